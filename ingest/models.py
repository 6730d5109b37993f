"""Admin uploads: each batch keeps its files (bytes and all) in the database until ingest has read them."""

import logging

from django.conf import settings
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from ingest.run import ingest
from ingest.sources import Source

log = logging.getLogger(__name__)


class UploadStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class UploadBatch(models.Model):
    """One admin upload: its files wait here (bytes and all) until ingest has read them.

    Small uploads are run in the request; large ones by the background worker (ingest.tasks),
    which may be on another machine and only shares the database.
    """

    created_at = models.DateTimeField(default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    status = models.CharField(max_length=10, choices=UploadStatus.choices, default=UploadStatus.QUEUED)
    # Defaults for files without front matter (front matter in a file wins).
    source = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    task_id = models.CharField(max_length=64, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the whole batch stopped, if it did")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "upload batches"

    def __str__(self) -> str:
        return f"Upload {self.pk} ({self.total} files, {self.status})"

    def get_report_url(self) -> str:
        return reverse("admin:articles_article_upload_report", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in (UploadStatus.DONE, UploadStatus.FAILED)

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)

    @property
    def defaults(self) -> dict:
        return {
            key: value for key, value in (("source", self.source), ("published", self.published)) if value
        }

    def add_files(self, sources) -> None:
        """Store the sources to ingest; the caller wraps this and the batch in one transaction."""
        UploadFile.objects.bulk_create(
            UploadFile(batch=self, position=n, name=s.name[:500], data=s.data, error=s.error)
            for n, s in enumerate(sources)
        )
        self.total = self.files.count()
        self.save(update_fields=["total"])

    def enqueue(self) -> None:
        """Hand the batch to the background worker (call after the batch is committed)."""
        # Deferred: the task module imports this one for UploadBatch.
        from ingest.tasks import ingest_upload

        result = ingest_upload.enqueue(self.pk)
        self.task_id = str(result.id)[:64]
        self.save(update_fields=["task_id"])

    def run(self) -> None:
        """Ingest the files not yet done, recording each result as it comes.

        Safe to run again after a crash: finished files are not read twice.
        """
        UploadBatch.objects.filter(pk=self.pk).update(
            status=UploadStatus.RUNNING, started_at=timezone.now(), error=""
        )
        pending = list(self.files.filter(status="").order_by("position").values_list("pk", flat=True))

        # One file's bytes in memory at a time (ingest pulls sources lazily).
        def sources():
            for pk in pending:
                row = UploadFile.objects.only("name", "data", "error").get(pk=pk)
                yield Source(row.name, bytes(row.data), error=row.error)

        try:
            for pk, result in zip(pending, ingest(sources(), defaults=self.defaults), strict=True):
                UploadFile.objects.filter(pk=pk).update(
                    status=result.status,
                    message=result.message[:2000],
                    article=result.article,
                    data=b"",  # read: the article (or the reason it was refused) is what counts now
                )
                UploadBatch.objects.filter(pk=self.pk).update(done=F("done") + 1)
        except Exception as error:
            log.exception("upload batch %s stopped", self.pk)
            UploadBatch.objects.filter(pk=self.pk).update(
                status=UploadStatus.FAILED,
                error=f"{type(error).__name__}: {error}"[:2000],
                finished_at=timezone.now(),
            )
            raise
        UploadBatch.objects.filter(pk=self.pk).update(status=UploadStatus.DONE, finished_at=timezone.now())
        self.refresh_from_db()


class UploadFile(models.Model):
    batch = models.ForeignKey(UploadBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=500)
    # The uploaded bytes until ingest has read them; never served back to a browser.
    data = models.BinaryField(blank=True)
    # Set when the file was refused before ingest (a bad zip member, too large...).
    error = models.TextField(blank=True)
    # "" while waiting, then the ingest status: created, updated, skipped or failed.
    status = models.CharField(max_length=10, blank=True)
    message = models.TextField(blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="upload_file_position_unique")
        ]

    def __str__(self) -> str:
        return self.name
