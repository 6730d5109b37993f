"""Admin uploads: each batch keeps its files (bytes and all) in the database until ingest has read them."""

import datetime as dt
import logging
from collections import deque
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, F, Q, Value
from django.db.models.functions import Coalesce, Length
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from ingest.run import CREATED, FAILED, SKIPPED, UPDATED, ingest
from ingest.sources import Source

log = logging.getLogger(__name__)


# A batch's runner claims this many files at a time; a claim older than STALE_AFTER is a dead
# runner's, and a file whose runner died MAX_ATTEMPTS times is failed rather than tried again.
CLAIM = 8
INSERT_ROWS = 200
STALE_AFTER = dt.timedelta(minutes=5)
MAX_ATTEMPTS = 3


class FileStatus:
    WAITING, READING = "", "reading"
    OPEN = (WAITING, READING)
    FINAL = (CREATED, UPDATED, SKIPPED, FAILED)


class UploadStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class UploadBatchQuerySet(models.QuerySet):
    def with_progress(self):
        """Adds `read`: how many of each batch's files are read (one query for a list of batches)."""
        return self.annotate(read=Count("files", filter=Q(files__status__in=FileStatus.FINAL)))


class UploadBatch(models.Model):
    """One admin upload: its files wait here (bytes and all) until ingest has read them.

    Small uploads are run in the request; large ones by the background worker (ingest.tasks),
    which may be on another machine and only shares the database. Any number of runners may read
    one batch at once, or again after a crash: each claims a few files at a time with row locks
    (as healthchecks' `sendalerts` claims checks), so no file is read twice.
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
    # What made it when not the upload page, e.g. "ingest --enqueue ../archive".
    label = models.CharField(max_length=200, blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    # Touched by each runner as it reads: a running batch not touched for STALE_AFTER has no runner.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why the whole batch stopped, if it did")

    objects = UploadBatchQuerySet.as_manager()

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
    def is_stale(self) -> bool:
        """Running, but no runner has read a file for a while: its worker died. Run it again."""
        beat = self.heartbeat_at or self.started_at or self.created_at
        return self.status == UploadStatus.RUNNING and beat < timezone.now() - STALE_AFTER

    @property
    def defaults(self) -> dict:
        return {
            key: value for key, value in (("source", self.source), ("published", self.published)) if value
        }

    def add_files(self, sources: Iterable[Source], *, max_bytes: int | None = None) -> None:
        """Store the sources to ingest as they come, a few hundred rows per insert (so an archive of
        any size streams: a few hundred files' bytes in memory at a time).

        Past `max_bytes` in all, the remaining files are refused rather than stored.
        """
        stored = position = 0
        rows: list[UploadFile] = []
        for position, source in enumerate(sources, 1):
            data, error = source.data, source.error
            if max_bytes is not None and stored + len(data) > max_bytes:
                data, error = (
                    b"",
                    f"not read: the upload is over {max_bytes:,} bytes in all; send the rest apart.",
                )
            stored += len(data)
            rows.append(
                UploadFile(
                    batch=self,
                    position=position - 1,
                    name=source.name[:500],
                    data=data,
                    error=error,
                    metadata=_as_json(source.metadata),
                )
            )
            if len(rows) >= INSERT_ROWS:
                UploadFile.objects.bulk_create(rows)
                rows = []
        UploadFile.objects.bulk_create(rows)
        self.total = position
        self.save(update_fields=["total"])

    def is_small(self) -> bool:
        """Few and short enough files to read within the upload's request; the rest go to the
        worker (extraction takes about a second per 50 KB: a web request must not wait on more)."""
        to_read = self.files.filter(error="").annotate(size=Length("data")).values_list("size", flat=True)
        sizes = list(to_read[: settings.NEWSDESK_INLINE_UPLOAD_FILES + 1])
        return (
            len(sizes) <= settings.NEWSDESK_INLINE_UPLOAD_FILES
            and sum(sizes) <= settings.NEWSDESK_INLINE_UPLOAD_BYTES
        )

    def enqueue(self, files_per_task: int | None = None) -> int:
        """Hand the batch to the background workers (call after the batch is committed): one task,
        or one per `files_per_task` files for many workers to share. Returns how many."""
        # Deferred: the task module imports this one for UploadBatch.
        from ingest.tasks import ingest_upload

        tasks = 1 if not files_per_task else max(1, -(-self.total // files_per_task))
        args = (self.pk, files_per_task) if files_per_task else (self.pk,)
        results = [ingest_upload.enqueue(*args) for _ in range(tasks)]
        self.task_id = str(results[0].id)[:64]
        self.save(update_fields=["task_id"])
        return tasks

    def run(self, max_files: int | None = None) -> None:
        """Read the files no runner holds, a few at a time, until none is left (or `max_files`).

        Safe to run again after a crash, and beside another runner: finished files are never read
        twice, and the files a dead runner held are taken again once their claim is stale.
        """
        now = timezone.now()
        UploadBatch.objects.filter(pk=self.pk).update(
            status=UploadStatus.RUNNING,
            started_at=Coalesce("started_at", Value(now)),
            heartbeat_at=now,
            error="",
        )
        held: deque[int] = deque()  # claimed, in the order ingest reads them
        try:
            for result in ingest(self._claimed_sources(held, max_files), defaults=self.defaults):
                # Results come in the order their files were claimed.
                UploadFile.objects.filter(pk=held.popleft()).update(
                    status=result.status,
                    message=result.message[:2000],
                    article=result.article,
                    data=b"",  # read: the article (or the reason it was refused) is what counts now
                )
                UploadBatch.objects.filter(pk=self.pk).update(heartbeat_at=timezone.now())
        except Exception as error:
            log.exception("upload batch %s stopped", self.pk)
            # Give back what this runner held and did not read: the next run takes it at once.
            UploadFile.objects.filter(pk__in=held, status=FileStatus.READING).update(
                status=FileStatus.WAITING, claimed_at=None
            )
            UploadBatch.objects.filter(pk=self.pk).update(
                status=UploadStatus.FAILED,
                error=f"{type(error).__name__}: {error}"[:2000],
                finished_at=timezone.now(),
            )
            raise
        if not self.files.filter(status__in=FileStatus.OPEN).exists():
            UploadBatch.objects.filter(pk=self.pk).update(
                status=UploadStatus.DONE, finished_at=timezone.now()
            )
        self.refresh_from_db()

    def _claim(self, n: int) -> list[int]:
        """Up to `n` files to read: waiting, or held by a runner that went quiet."""
        stale = timezone.now() - STALE_AFTER
        open_files = self.files.filter(
            Q(status=FileStatus.WAITING) | Q(status=FileStatus.READING, claimed_at__lt=stale)
        )
        with transaction.atomic():
            # A file that stopped its runner MAX_ATTEMPTS times is not tried again.
            open_files.filter(attempts__gte=MAX_ATTEMPTS).update(
                status=FAILED,
                message=f"not read: its reader stopped {MAX_ATTEMPTS} times (out of memory, or killed)",
                data=b"",
            )
            mine = list(
                open_files.filter(attempts__lt=MAX_ATTEMPTS)
                .order_by("position")
                .select_for_update(skip_locked=True)
                .values_list("pk", flat=True)[:n]
            )
            UploadFile.objects.filter(pk__in=mine).update(
                status=FileStatus.READING, claimed_at=timezone.now(), attempts=F("attempts") + 1
            )
        return mine

    def _claimed_sources(self, held: deque[int], max_files: int | None) -> Iterator[Source]:
        """The files this runner claims, a few at a time as ingest asks for more (so its parse of
        the next chunk still overlaps the store of the last); one file's bytes in memory at once."""
        read = 0
        while max_files is None or read < max_files:
            claimed = self._claim(CLAIM if max_files is None else min(CLAIM, max_files - read))
            if not claimed:
                return
            for pk in claimed:
                held.append(pk)
                row = UploadFile.objects.only("name", "data", "error", "metadata").get(pk=pk)
                yield Source(row.name, bytes(row.data), error=row.error, metadata=row.metadata)
            read += len(claimed)

    def progress(self) -> dict[str, int]:
        """{status: files}, with "waiting" for those not read yet: the report counts these."""
        counts = dict(self.files.values_list("status").annotate(n=Count("*")).order_by())
        waiting = counts.pop(FileStatus.WAITING, 0) + counts.pop(FileStatus.READING, 0)
        return {**{s: counts.get(s, 0) for s in FileStatus.FINAL}, "waiting": waiting}


class UploadFile(models.Model):
    batch = models.ForeignKey(UploadBatch, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=500)
    # The uploaded bytes until ingest has read them; never served back to a browser.
    data = models.BinaryField(blank=True)
    # What is known of it beside its text (a manifest's published, source, url).
    metadata = models.JSONField(default=dict, blank=True)
    # Set when the file was refused before ingest (a bad zip member, too large...).
    error = models.TextField(blank=True)
    # "" while waiting, "reading" while a runner holds it, then the ingest status: created,
    # updated, skipped or failed.
    status = models.CharField(max_length=10, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    message = models.TextField(blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="upload_file_position_unique")
        ]

    def __str__(self) -> str:
        return self.name


def _as_json(metadata: dict) -> dict:
    return {key: str(value) for key, value in metadata.items() if value is not None}
