"""People, countries and meetings read from articles.

Facts carry their provenance (`origin`): rows written by ingest are "extracted"; rows an admin
changed are "edited" and ingest never overwrites or deletes them.
"""

import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify


def fold(text: str) -> str:
    """Case- and accent-insensitive key of a name: "Nikoláy  Patrushev" -> "nikolay patrushev"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("-", " ").replace(".", " ").casefold().split())


class Origin(models.TextChoices):
    EXTRACTED = "extracted"
    EDITED = "edited"


class Provenance(models.Model):
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_edited(self) -> bool:
        return self.origin == Origin.EDITED


class CountryQuerySet(models.QuerySet):
    def with_coverage(self):
        return self.filter(article_count__gt=0).order_by("-meeting_count", "-article_count", "name")


class Country(models.Model):
    code = models.CharField(max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2")
    name = models.CharField(max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    historical = models.BooleanField(default=False, help_text="Soviet Union, East Germany...")
    # Names, adjectives and capitals that refer to it, for search ("Russian" -> Russia).
    aliases = models.JSONField(default=list, blank=True)
    # Kept up to date by ingest (QuerySet.refresh_counts), so lists never aggregate on every view.
    article_count = models.PositiveIntegerField(default=0, editable=False)
    meeting_count = models.PositiveIntegerField(default=0, editable=False)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(condition=Q(code__regex=r"^[A-Z]{2}$"), name="country_code_is_alpha2"),
        ]
        indexes = [
            # /countries/: countries with coverage, busiest first.
            models.Index(F("meeting_count").desc(), F("article_count").desc(), name="country_busiest_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("entities:country", args=[self.code.lower()])


class PersonQuerySet(models.QuerySet):
    def most_active(self):
        return self.order_by("-meeting_count", "-article_count", "name")


class Person(Provenance):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="people")
    # fold(name): the exact-match key ingest uses to find the same person in another article.
    key = models.CharField(max_length=200, editable=False)
    # fold() of the last word of the name: candidates for "Nikolay" ~ "Nikolai" Patrushev.
    surname_key = models.CharField(max_length=100, editable=False)
    article_count = models.PositiveIntegerField(default=0, editable=False)
    meeting_count = models.PositiveIntegerField(default=0, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="person_name_not_empty"),
        ]
        indexes = [
            # Ingest: find the person an extracted name belongs to.
            models.Index(fields=["key"], name="person_key_idx"),
            models.Index(fields=["surname_key"], name="person_surname_idx"),
            # Home page and country pages: most active officials first.
            models.Index(F("meeting_count").desc(), F("article_count").desc(), name="person_active_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("entities:person", args=[self.slug])

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        self.surname_key = self.key.rsplit(" ", 1)[-1]
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "person"
        super().save(*args, **kwargs)


class PersonName(models.Model):
    """Every spelling of a person seen or entered: the name variants search and ingest match on."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["person", "key"], name="person_name_unique")]
        indexes = [
            # Ingest and search: exact variant lookup by folded name.
            models.Index(fields=["key"], name="person_name_key_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        super().save(*args, **kwargs)


class PersonRedirect(models.Model):
    """The slug of a person merged into another: its old URL redirects to the kept person."""

    slug = models.SlugField(max_length=220, unique=True)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"{self.slug} → {self.person}"


class Role(Provenance):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=300)
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    first_seen = models.DateField(null=True, blank=True)
    last_seen = models.DateField(null=True, blank=True)

    class Meta:
        ordering = [F("last_seen").desc(nulls_last=True), "title"]
        constraints = [
            models.UniqueConstraint(fields=["person", "title"], name="role_unique_title"),
            models.CheckConstraint(
                condition=Q(first_seen__isnull=True) | Q(last_seen__isnull=True) | Q(first_seen__lte=F("last_seen")),
                name="role_seen_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.title}"


class PersonMention(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="person_mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(default=0)
    titles = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["first_offset"]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="person_mention_unique"),
            models.CheckConstraint(condition=Q(count__gte=1), name="person_mention_count_positive"),
        ]
        indexes = [
            # Person page: the articles that mention them.
            models.Index(fields=["person", "article"], name="person_mention_person_idx"),
        ]


class CountryMention(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="country_mentions")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(default=0)
    focus = models.BooleanField(default=False, help_text="One of the 1-3 countries the article is about")

    class Meta:
        ordering = ["-focus", "-count"]
        constraints = [
            models.UniqueConstraint(fields=["article", "country"], name="country_mention_unique"),
            models.CheckConstraint(condition=Q(count__gte=1), name="country_mention_count_positive"),
        ]
        indexes = [
            # Country and pair pages: articles about (focus) a country before those that merely mention it.
            models.Index(fields=["country", "-focus", "article"], name="country_mention_country_idx"),
        ]


class Quote(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="quotes")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()

    class Meta:
        indexes = [
            # Person page: what they were quoted as saying.
            models.Index(fields=["person", "article"], name="quote_person_idx"),
        ]

    def __str__(self) -> str:
        return self.text[:80]


class MeetingKind(models.TextChoices):
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    CALL = "call", "phone call"
    VIDEO = "video", "video call"
    SUMMIT = "summit"
    CONSULTATION = "consultation"


class MeetingStatus(models.TextChoices):
    HELD = "held"
    PLANNED = "planned"


class DateAnchor(models.TextChoices):
    NONE = "", "unresolved"
    PUBLISHED = "published", "publication date"
    DATELINE = "dateline"
    ABSOLUTE = "absolute", "stated in the text"


class MeetingQuerySet(models.QuerySet):
    def between(self, a: str, b: str):
        """Meetings in which both countries took part: the country pair's ledger."""
        return self.filter(sides__code=a).filter(sides__code=b)

    def ledger(self):
        return self.order_by(F("date").desc(nulls_last=True), "-id")


class Meeting(Provenance):
    kind = models.CharField(max_length=12, choices=MeetingKind.choices, default=MeetingKind.MEETING)
    status = models.CharField(max_length=7, choices=MeetingStatus.choices, default=MeetingStatus.HELD)
    place = models.CharField(max_length=100, blank=True)
    place_country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="hosted_meetings"
    )
    date = models.DateField(null=True, blank=True)
    date_text = models.CharField(max_length=100, blank=True, help_text='The words that gave the date, "on Tuesday"')
    date_anchor = models.CharField(max_length=10, choices=DateAnchor.choices, blank=True, default="")
    date_anchor_date = models.DateField(null=True, blank=True, help_text="What date_text was resolved against")
    evidence = models.TextField(blank=True, help_text="The sentence it was read from")
    confidence = models.FloatField(default=1.0)
    report_count = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    sides = models.ManyToManyField(Country, through="MeetingSide", related_name="meetings")
    participants = models.ManyToManyField(Person, through="MeetingParticipant", related_name="meetings")
    articles = models.ManyToManyField("articles.Article", through="MeetingReport", related_name="meetings")

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = [F("date").desc(nulls_last=True), "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=MeetingKind.values), name="meeting_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=MeetingStatus.values), name="meeting_status_valid"),
            models.CheckConstraint(condition=Q(date_anchor__in=DateAnchor.values), name="meeting_anchor_valid"),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="meeting_confidence_0_1"
            ),
        ]
        indexes = [
            # (The "newest first" ledger index needs NULLS LAST, which SQLite cannot index: see 0002.)
            # Admin review list: weakest evidence first.
            models.Index(fields=["confidence"], name="meeting_confidence_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date or ''} {self.place}".strip()


class MeetingSide(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="side_rows")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="meeting_sides")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "country"], name="meeting_side_unique")]
        indexes = [
            # Pair and country pages: meetings a country took part in.
            models.Index(fields=["country", "meeting"], name="meeting_side_country_idx"),
        ]


class MeetingParticipant(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participant_rows")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    # The side they stood for and the title they held at the time (people change jobs).
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "person"], name="meeting_participant_unique")]
        indexes = [
            # Person page: their meetings; counterparts ranked by meetings.
            models.Index(fields=["person", "meeting"], name="participant_person_idx"),
        ]


class MeetingReport(models.Model):
    """An article reporting a meeting, with the sentence it was read from."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="meeting_reports")
    evidence = models.TextField(blank=True)
    evidence_start = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["meeting", "article"], name="meeting_report_unique")]
        indexes = [
            # Article page: the meetings it reports.
            models.Index(fields=["article", "meeting"], name="meeting_report_article_idx"),
        ]
