import hashlib
import re
import unicodedata

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.db import connection, models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

# Private-use characters mark search hits in headlines: they cannot be confused with markup, so
# the snippet can be escaped as a whole and only these become <mark>.
HIT_START, HIT_STOP = "\ue000", "\ue001"
SEARCH_CANDIDATES = 1000


class ArticleQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-ingested_at", "-id")

    def with_hash(self, content_hash: str):
        return self.filter(content_hash=content_hash)

    def search(self, query: str):
        """Articles matching the words, best first (`rank`); substring matching off PostgreSQL."""
        query = query.strip()
        if not query:
            return self.none()
        if connection.vendor != "postgresql":
            return self.filter(Q(title__icontains=query) | Q(body__icontains=query)).latest_first()
        words = SearchQuery(query, search_type="websearch", config="english")
        # Ranking reads every match's vector: for words in half the corpus that is the whole
        # table. Only the most recent SEARCH_CANDIDATES matches are ranked.
        candidates = self.filter(search_vector=words).latest_first().values("pk")[:SEARCH_CANDIDATES]
        return (
            self.filter(pk__in=candidates)
            .annotate(rank=SearchRank(F("search_vector"), words))
            .order_by("-rank", F("published").desc(nulls_last=True), "-id")
        )

    def with_headline(self, query: str):
        """Adds `headline`: the body around the words, hits between HIT_START and HIT_STOP."""
        if connection.vendor != "postgresql" or not query.strip():
            return self
        words = SearchQuery(query, search_type="websearch", config="english")
        return self.annotate(
            headline=SearchHeadline(
                "body", words, config="english", start_sel=HIT_START, stop_sel=HIT_STOP, max_fragments=2
            )
        )

    def mentioning(self, code: str):
        return self.filter(country_mentions__country=code)


class Article(models.Model):
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=120, unique=True)
    body = models.TextField()
    byline = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    dateline = models.CharField(max_length=200, blank=True, help_text='e.g. "TOKYO, March 3"')
    # sha256 of the normalised text: the same article uploaded twice is recognised and skipped.
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    ingested_at = models.DateTimeField(default=timezone.now, editable=False)
    extracted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Filled by ingest on PostgreSQL only; see ArticleQuerySet.search.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [F("published").desc(nulls_last=True), "-ingested_at", "-id"]
        indexes = [
            # (The "latest first" index needs NULLS LAST, which SQLite cannot index: see 0002.)
            # Admin review list: articles ingested since a date.
            models.Index(fields=["-ingested_at"], name="article_ingested_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="article_title_not_empty"),
            models.CheckConstraint(
                condition=models.Q(content_hash__regex=r"^[0-9a-f]{64}$"), name="article_hash_is_sha256"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", args=[self.slug])

    @property
    def snippet(self) -> SafeString:
        """The search headline as safe HTML: everything escaped, hits in <mark>."""
        text = getattr(self, "headline", None) or self.body[:300]
        parts, inside = [], False
        for piece in re.split(f"([{HIT_START}{HIT_STOP}])", text):
            if piece == HIT_START and not inside:
                parts.append("<mark>")
                inside = True
            elif piece == HIT_STOP and inside:
                parts.append("</mark>")
                inside = False
            elif piece not in (HIT_START, HIT_STOP):
                parts.append(escape(piece))
        if inside:
            parts.append("</mark>")
        return mark_safe("".join(parts))  # every piece of text above is escaped

    @staticmethod
    def hash_text(text: str) -> str:
        # Whitespace and Unicode form differences do not make a different article.
        normal = " ".join(unicodedata.normalize("NFC", text).split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def unique_slug(self) -> str:
        base = slugify(self.title)[:80].strip("-") or "article"
        return f"{base}-{self.content_hash[:8]}"


class UploadStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class UploadBatch(models.Model):
    """One admin upload: its files wait here (bytes and all) until ingest has read them.

    Small uploads are run in the request; large ones by the background worker (articles.tasks),
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
        from articles.tasks import ingest_upload

        result = ingest_upload.enqueue(self.pk)
        self.task_id = str(result.id)[:64]
        self.save(update_fields=["task_id"])

    def run(self) -> None:
        """Ingest the files not yet done, recording each result as it comes.

        Safe to run again after a crash: finished files are not read twice.
        """
        from entities.ingest import Source, ingest

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
