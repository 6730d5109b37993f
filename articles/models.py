import hashlib
import re
import unicodedata

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVectorField
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

from articles.outlets import outlet_name
from extraction.document import web_url

# Private-use characters mark search hits in headlines: they cannot be confused with markup, so
# the snippet can be escaped as a whole and only these become <mark>.
HIT_START, HIT_STOP = "\ue000", "\ue001"
SEARCH_CANDIDATES = 1000
# The `source:` every file in samples/ carries (samples/MANIFEST.md): how sample text is told apart.
SAMPLE_SOURCE = "Newsdesk sample"


class ArticleQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-ingested_at", "-id")

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

    def clean(self):
        # URLField also takes ftp:// links; the page links only to http(s), so only those are stored.
        if self.url and not web_url(self.url):
            raise ValidationError({"url": "Only http:// and https:// links can be stored."})

    @property
    def outlet(self) -> str:
        """The outlet's display name ("The Straits Times"), also for rows stored with a slug."""
        return outlet_name(self.source)

    @property
    def is_sample(self) -> bool:
        """Written by the team to show the site working (samples/), not published news."""
        return self.source == SAMPLE_SOURCE

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
