import hashlib
import unicodedata

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify


class ArticleQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-ingested_at", "-id")

    def with_hash(self, content_hash: str):
        return self.filter(content_hash=content_hash)


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

    @staticmethod
    def hash_text(text: str) -> str:
        # Whitespace and Unicode form differences do not make a different article.
        normal = " ".join(unicodedata.normalize("NFC", text).split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()

    def unique_slug(self) -> str:
        base = slugify(self.title)[:80].strip("-") or "article"
        return f"{base}-{self.content_hash[:8]}"
