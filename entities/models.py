"""People, countries and meetings read from articles.

Facts carry their provenance (`origin`): rows written by ingest are "extracted"; rows an admin
changed are "edited" and ingest never overwrites or deletes them.
"""

import calendar
import datetime as dt
import enum
from collections.abc import Iterable

from django.conf import settings
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection, models
from django.db.models import Count, Exists, F, Max, OuterRef, Q, Subquery, Window
from django.db.models.functions import Coalesce, RowNumber
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from rapidfuzz import fuzz, process

from articles.models import Article
from extraction import gazetteer
from extraction import types as kinds


def fold(text: str) -> str:
    """Key of a name: the gazetteer's fold (case, accents, apostrophes) with hyphens and dots as
    spaces, so "Nikoláy  Patrushev", "Wang-Yi" and "G. Bush" meet their plain spellings."""
    return gazetteer.fold(text.replace("-", " ").replace(".", " "))


# Trigram similarity of a long key compares hundreds of trigrams against every name: beyond a full
# name's length only substrings are matched, which the same index answers quickly.
MAX_TRIGRAM_KEY = 60
MAX_SEARCH_KEY = 200


def participants_key(people) -> str:
    return "|".join(sorted({p.key for p in people}))


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

    def mark_edited(self, user) -> None:
        """Record an admin's correction (not saved): ingest will leave this row alone from now on."""
        from django.utils import timezone

        self.origin = Origin.EDITED
        self.edited_by = user if user is not None and user.is_authenticated else None
        self.edited_at = timezone.now()


def _fact_count(model, fk: str):
    """The number of `model` rows pointing at the outer row, 0 when none."""
    rows = model.objects.filter(**{fk: OuterRef("pk")}).order_by().values(fk).annotate(n=Count("*"))
    return Coalesce(Subquery(rows.values("n")), 0)


class CountryQuerySet(models.QuerySet):
    def recount(self) -> int:
        """Counters from a fresh count, in one statement: triggers keep them, but a load that
        bypassed triggers (TRUNCATE, a restore with --disable-triggers) did not."""
        return self.update(
            article_count=_fact_count(CountryMention, "country"),
            meeting_count=_fact_count(MeetingSide, "country"),
        )

    def with_coverage(self):
        return self.filter(article_count__gt=0).order_by("-meeting_count", "-article_count", "name")

    def search(self, query: str) -> list["Country"]:
        """Countries by name, code or alias ("Russian" -> Russia): those the words name exactly
        first, then, only when none does, those with a name word that starts with them ("Russia"
        is not Belarus, whose old name "Byelorussia" merely contains it; "abe" is not Burkina Faso
        for its people, the Burkinabe). The table is small: one query."""
        key = fold(query)
        if not key:
            return []
        countries = list(self.order_by("-meeting_count", "-article_count", "name"))
        exact = [c for c in countries if key in c.search_keys()]
        if exact:
            return exact
        return [c for c in countries if any(k.startswith(key) or f" {key}" in k for k in c.search_keys())]

    def named_in(self, query: str) -> tuple[list["Country"], str]:
        """The countries a query names as whole words ("china russia", "Sino-Russian" is not a
        query), longest names first, and the words left over."""
        words = fold(query).split()
        by_key = {k: c for c in self.all() for k in c.search_keys() if len(k) > 2 or k == c.code.casefold()}
        found, rest, i = [], [], 0
        while i < len(words):
            for size in (4, 3, 2, 1):
                phrase = " ".join(words[i : i + size])
                if len(words) - i >= size and phrase in by_key:
                    found.append(by_key[phrase])
                    i += size
                    break
            else:
                rest.append(words[i])
                i += 1
        return list(dict.fromkeys(found)), " ".join(rest)


class Country(models.Model):
    code = models.CharField(max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2")
    name = models.CharField(max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    historical = models.BooleanField(default=False, help_text="Soviet Union, East Germany...")
    # Names, adjectives and capitals that refer to it, for search ("Russian" -> Russia).
    aliases = models.JSONField(default=list, blank=True)
    # Kept exact by triggers on the fact tables (migration 0006), so lists never aggregate on every view.
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

    def get_offices_url(self) -> str:
        return reverse("entities:offices", args=[self.code.lower()])

    def get_meetings_feed_url(self) -> str:
        return reverse("entities:country_meetings_feed", args=[self.code.lower()])

    def search_keys(self) -> set[str]:
        """Every folded name a reader may search it by: name, official name, code and aliases."""
        names = [self.name, self.official_name, self.code, *(a for a in self.aliases if isinstance(a, str))]
        return {fold(n) for n in names if n}

    def partners(self):
        """Countries it met with, most shared meetings first (`shared` on each)."""
        from entities.summaries import summaries_kept

        if summaries_kept():
            # Each country probes the pair totals' two indexes (a pair is stored a < b).
            total = PairTotal.objects.values("meeting_count")
            shared = Coalesce(
                Subquery(total.filter(country_a=self.pk, country_b=OuterRef("pk"))),
                Subquery(total.filter(country_a=OuterRef("pk"), country_b=self.pk)),
            )
            return Country.objects.annotate(shared=shared).filter(shared__gt=0).order_by("-shared", "name")
        mine = MeetingSide.objects.filter(country=self).values("meeting_id")
        return (
            # Probing the sides of its own meetings, not hashing every side of every meeting.
            Country.objects.filter(among("meeting_sides__meeting_id", mine))
            .exclude(pk=self.pk)
            .annotate(shared=Count("*"))  # sides counted off the (meeting, country) index alone
            .order_by("-shared", "name")
        )


class PersonQuerySet(models.QuerySet):
    def recount(self) -> int:
        """As CountryQuerySet.recount."""
        return self.update(
            article_count=_fact_count(PersonMention, "person"),
            meeting_count=_fact_count(MeetingParticipant, "person"),
        )

    def most_active(self):
        return self.order_by("-meeting_count", "-article_count", "name")

    def search(self, query: str):
        """Officials by any known spelling: accents, case, partial names, transliterations, typos.

        On PostgreSQL, `%>` (word similarity) and LIKE both use the trigram index on PersonName.key;
        elsewhere only substrings match. Each person carries `score`, best first.
        """
        # Folded first, then cut: NFKD expands some characters eighteenfold (U+FDFA).
        key = fold(query)[:MAX_SEARCH_KEY].strip()
        if not key:
            return self.none()
        if connection.vendor == "postgresql" and len(key) <= MAX_TRIGRAM_KEY:
            people = self.filter(Q(names__key__contains=key) | Q(names__key__trigram_word_similar=key))
            people = people.annotate(score=Max(TrigramWordSimilarity(key, "names__key")))
        elif connection.vendor == "postgresql":
            people = self.filter(names__key__contains=key).annotate(score=Max("meeting_count"))
        else:
            people = self.filter(Q(names__key__contains=key) | Q(key__contains=key))
            if not people.exists():
                people = self.filter(pk__in=_close_spellings(key))  # typos, without trigrams
            people = people.annotate(score=Max("meeting_count"))
        return people.select_related("country").order_by("-score", "-meeting_count", "name", "pk")

    def merged(self, kept: "Person") -> "Person":
        """The person merging these into `kept` would leave (Person.merge_into, for each of the
        others in turn), unsaved: a preview, with `spellings` and `titles` set on it. Needs `names`
        and `roles` prefetched; two queries count the distinct articles and meetings."""
        people = list(self)
        others = [p for p in people if p.pk != kept.pk]
        names = {fold(kept.name): kept.name}
        for person in [kept, *others]:
            for name in [person.name, *(n.name for n in person.names.all())]:
                names.setdefault(fold(name), name)
        merged = Person(
            name=kept.name,
            slug=kept.slug,
            country=next((p.country for p in [kept, *others] if p.country_id), None),
            first_seen=min(filter(None, (p.first_seen for p in people)), default=None),
            last_seen=max(filter(None, (p.last_seen for p in people)), default=None),
            article_count=PersonMention.objects.filter(person__in=people)
            .values("article")
            .distinct()
            .count(),
            meeting_count=MeetingParticipant.objects.filter(person__in=people)
            .values("meeting")
            .distinct()
            .count(),
        )
        merged.spellings = list(names.values())
        merged.titles = list(dict.fromkeys(r.title for p in [kept, *others] for r in p.roles.all()))
        return merged

    def called(self, word: str) -> "Person | None":
        """The best-known person one of whose names is this word exactly ("putin", "xi")."""
        key = fold(word)
        if len(key) < 2:
            return None
        best = self.search(key).first()
        return best if best is not None and key in best.key.split() else None


class Person(Provenance):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    # fold(name): the exact-match key ingest uses to find the same person in another article.
    key = models.CharField(max_length=200, editable=False)
    # fold() of the last word of the name: candidates for "Nikolay" ~ "Nikolai" Patrushev.
    surname_key = models.CharField(max_length=100, editable=False)
    article_count = models.PositiveIntegerField(default=0, editable=False)
    meeting_count = models.PositiveIntegerField(default=0, editable=False)
    # The dates of the first and last article naming them: a namesake decades apart is not them.
    first_seen = models.DateField(null=True, blank=True, editable=False)
    last_seen = models.DateField(null=True, blank=True, editable=False)

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
            # Ingest: names opening with a lone family name ("Xi" → "xi jinping"); PostgreSQL needs
            # the pattern opclass for LIKE 'xi %' under a non-C collation.
            models.Index(fields=["key"], name="person_key_prefix_idx", opclasses=["varchar_pattern_ops"]),
            # Home page and country pages: most active officials first.
            models.Index(F("meeting_count").desc(), F("article_count").desc(), name="person_active_idx"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.key = fold(self.name)
        self.surname_key = self.key.rsplit(" ", 1)[-1]
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "person"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("entities:person", args=[self.slug])

    def get_feed_url(self) -> str:
        return reverse("entities:person_feed", args=[self.slug])

    def get_meetings_feed_url(self) -> str:
        return reverse("entities:person_meetings_feed", args=[self.slug])

    def counterparts(self, limit: int = 15) -> list["Person"]:
        """The people they met, most shared meetings first (`shared` on each); two queries."""
        from entities.summaries import summaries_kept

        if summaries_kept():
            top = Counterpart.objects.filter(person=self).order_by("-meeting_count", "other")[:limit]
            return _with_counts({"person": c.other_id, "shared": c.meeting_count} for c in top)
        mine = MeetingParticipant.objects.filter(person=self).values("meeting_id")
        top = (
            # Counted on the participant indexes alone, probing their meetings only (a hash join
            # would read every participant row); people are fetched for the top rows only.
            MeetingParticipant.objects.filter(among("meeting_id", mine))
            .exclude(person=self)
            .values("person")
            .annotate(shared=Count("meeting"))
            .order_by("-shared", "person")[:limit]
        )
        return _with_counts(top)

    def articles(self):
        return Article.objects.filter(person_mentions__person=self).latest_first()

    def latest_quotes(self):
        """Their quotes, latest article first. Ordered by the article's "latest first" index
        columns, so that for someone quoted in thousands of articles PostgreSQL walks that index
        and stops at one page (ordered by the quote it sorted every quote: 87 ms at 1M articles)."""
        return (
            self.quotes.select_related("article")
            .only("text", "article__slug", "article__title", "article__published")
            .order_by(
                F("article__published").desc(nulls_last=True), "-article__ingested_at", "-article_id", "-id"
            )
        )

    def ledger(self):
        return Meeting.objects.filter(participant_rows__person=self).ledger().with_details()

    def merge_into(self, kept: "Person") -> None:
        """Fold this person (a duplicate) into `kept`, then delete it.

        Everything that pointed here moves to `kept`; where `kept` already has the same row
        (a mention of the same article, the same role title, the same meeting) the two are
        combined. This person's spellings become `kept`'s variants, so ingest attaches later
        articles naming them to `kept`, and the old slug redirects. The database moves the
        counters with the rows.
        """
        if kept.pk == self.pk:
            raise ValueError("cannot merge a person into themselves")
        from django.db import transaction

        with transaction.atomic():
            # Ingest locks the people an article names the same way (by id, in order): a merge
            # and an ingest touching one person wait for each other instead of losing mentions.
            locked = Person.objects.filter(pk__in=[self.pk, kept.pk]).order_by("pk").select_for_update()
            if len(locked) != 2:
                raise Person.DoesNotExist("one of the two people was deleted or merged meanwhile")
            # Their articles become the kept person's: so does the span of dates they were seen in.
            kept.first_seen = min(filter(None, [kept.first_seen, self.first_seen]), default=None)
            kept.last_seen = max(filter(None, [kept.last_seen, self.last_seen]), default=None)
            kept.save(update_fields=["first_seen", "last_seen"])
            kept_mentions = {m.article_id: m for m in kept.mentions.all()}
            for mention in self.mentions.all():
                same = kept_mentions.get(mention.article_id)
                if same is None:
                    mention.person = kept
                    mention.save(update_fields=["person"])
                    continue
                same.count += mention.count
                same.first_offset = min(same.first_offset, mention.first_offset)
                same.titles = [*same.titles, *(t for t in mention.titles if t not in same.titles)]
                same.spans = sorted([*same.spans, *mention.spans])
                same.save(update_fields=["count", "first_offset", "titles", "spans"])
                mention.delete()

            kept_roles = {r.title: r for r in kept.roles.all()}
            for role in self.roles.all():
                same = kept_roles.get(role.title)
                if same is None:
                    role.person = kept
                    role.save(update_fields=["person"])
                    continue
                same.first_seen = min(filter(None, [same.first_seen, role.first_seen]), default=None)
                same.last_seen = max(filter(None, [same.last_seen, role.last_seen]), default=None)
                same.country_id = same.country_id or role.country_id
                if role.is_edited and not same.is_edited:
                    same.origin, same.edited_by_id, same.edited_at = (
                        role.origin,
                        role.edited_by_id,
                        role.edited_at,
                    )
                same.save()
                role.delete()

            kept_meetings = set(kept.participations.values_list("meeting_id", flat=True))
            self.participations.filter(meeting_id__in=kept_meetings).delete()
            self.participations.update(person=kept)
            self.quotes.update(person=kept)

            kept_keys = set(kept.names.values_list("key", flat=True))
            self.names.filter(key__in=kept_keys).delete()
            self.names.update(person=kept, reason=MERGED_BY_ADMIN)
            kept_keys |= set(kept.names.values_list("key", flat=True))
            for name in {self.name, kept.name}:
                if fold(name) not in kept_keys:
                    PersonName.objects.create(person=kept, name=name, reason=MERGED_BY_ADMIN)
                    kept_keys.add(fold(name))

            kept_evidence = {e.country_id: e for e in kept.country_evidence.all()}
            for row in self.country_evidence.all():
                same = kept_evidence.setdefault(row.country_id, row)
                if same is row:
                    row.person = kept
                    row.save(update_fields=["person"])
                    continue
                same.read, same.guessed = same.read + row.read, same.guessed + row.guessed
                same.last_read = max(filter(None, [same.last_read, row.last_read]), default=None)
                same.save(update_fields=["read", "guessed", "last_read"])
                row.delete()

            self.redirects.update(person=kept)
            PersonRedirect.objects.create(slug=self.slug, person=kept)
            # Both people's articles now vouch for one country; an admin's choice stands.
            country, _ = (None, False) if kept.is_edited else PersonCountry.decide(kept_evidence.values())
            if country is None and kept.country_id is None:
                country = self.country_id
            if country is not None and country != kept.country_id:
                kept.country_id = country
                kept.save(update_fields=["country"])
            self.delete()


# The reason on a spelling an admin's merge gave a person: ingest holds no era or country against it.
MERGED_BY_ADMIN = "merged by an admin"


class PersonName(models.Model):
    """Every spelling of a person seen or entered: the name variants search and ingest match on."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=200)
    key = models.CharField(max_length=200, editable=False)
    # Why this spelling is this person's ("the same spelling", "a spelling of …", "merged by an admin").
    reason = models.CharField(max_length=200, blank=True)

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


class PersonCountry(models.Model):
    """The evidence of all a person's articles for their country: how many read it by grammar
    ("Russia's X", "the Russian minister X") and how many only guessed it (the dateline, a nearby
    country), and when it was last read. Ingest stores the person's country from it, and identity
    holds only a read country against a name."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="country_evidence")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    read = models.PositiveIntegerField(default=0)
    guessed = models.PositiveIntegerField(default=0)
    last_read = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["person", "country"], name="person_country_unique")]

    def __str__(self) -> str:
        return f"{self.person_id} {self.country_id}: read {self.read}, guessed {self.guessed}"

    @staticmethod
    def decide(rows: Iterable["PersonCountry"]) -> tuple[str | None, bool]:
        """(country, read) the evidence decides: a country read by grammar beats any number of
        guesses; among read ones the most read, then the latest read (a Soviet official read as
        Russian later is Russian now); with none read, the most guessed."""
        rows = [r for r in rows if r.read or r.guessed]
        if not rows:
            return None, False
        best = max(rows, key=lambda r: (r.read, r.last_read or dt.date.min, r.guessed, r.country_id))
        return best.country_id, best.read > 0


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
                condition=Q(first_seen__isnull=True)
                | Q(last_seen__isnull=True)
                | Q(first_seen__lte=F("last_seen")),
                name="role_seen_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.title}"

    def held_on(self, day: dt.date) -> bool:
        """Seen in this title on both sides of `day` (or on it): all the record can vouch for."""
        return bool(self.first_seen and self.last_seen and self.first_seen <= day <= self.last_seen)


class PersonMention(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="person_mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(default=0)
    titles = models.JSONField(default=list, blank=True)
    # [[start, end], ...]: where the extractor read them, as offsets into the article's body;
    # the article page links exactly these (entities.linking).
    spans = models.JSONField(default=list, db_default=[], blank=True)

    class Meta:
        verbose_name = "person named in an article"
        verbose_name_plural = "people named in articles"
        ordering = ["first_offset"]
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="person_mention_unique"),
            models.CheckConstraint(condition=Q(count__gte=1), name="person_mention_count_positive"),
        ]
        indexes = [
            # Person page: the articles that mention them.
            models.Index(fields=["person", "article"], name="person_mention_person_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.person} in “{self.article}”"


class CountryMention(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="country_mentions")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(default=0)
    focus = models.BooleanField(default=False, help_text="One of the 1-3 countries the article is about")
    spans = models.JSONField(default=list, db_default=[], blank=True)  # as PersonMention.spans

    class Meta:
        verbose_name = "country named in an article"
        verbose_name_plural = "countries named in articles"
        ordering = ["-focus", "-count"]
        constraints = [
            models.UniqueConstraint(fields=["article", "country"], name="country_mention_unique"),
            models.CheckConstraint(condition=Q(count__gte=1), name="country_mention_count_positive"),
        ]
        indexes = [
            # Country and pair pages: articles about (focus) a country before those that merely mention it.
            models.Index(fields=["country", "-focus", "article"], name="country_mention_country_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.country} in “{self.article}”"


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


def _choices(name: str, values: type[enum.StrEnum], labels: dict[str, str] | None = None):
    """Django choices for one of the extractor's enums: the values are defined once, there."""
    labels = labels or {}
    return models.TextChoices(name, [(m.name, (m.value, labels.get(m, m.name.title()))) for m in values])


MeetingKind = _choices("MeetingKind", kinds.MeetingKind, {"call": "phone call", "video": "video call"})
MeetingStatus = _choices("MeetingStatus", kinds.MeetingStatus)
DatePrecision = _choices("DatePrecision", kinds.DatePrecision)
DateAnchor = _choices(
    "DateAnchor",
    kinds.DateAnchor,
    {"": "unresolved", "published": "publication date", "absolute": "stated in the text"},
)


class MeetingQuerySet(models.QuerySet):
    def recount(self) -> int:
        """As CountryQuerySet.recount."""
        return self.update(report_count=_fact_count(MeetingReport, "meeting"))

    def between(self, a: str, b: str):
        """Meetings in which both countries took part: the country pair's ledger."""
        return self.filter(pk__in=pair_meeting_ids(a, b))

    def ledger(self):
        return self.order_by(F("date").desc(nulls_last=True), "-id")

    def with_details(self):
        """What a ledger row shows: place, sides, participants, the first report's article."""
        # Only what a row shows: a participant's name, link, side and title, not two full models each.
        return self.prefetch_related(
            models.Prefetch(
                "participant_rows",
                queryset=MeetingParticipant.objects.select_related("person")
                .only("meeting_id", "person_id", "country_id", "title", "person__name", "person__slug")
                .order_by("country_id", "person__name"),
            ),
            models.Prefetch(
                "reports",
                queryset=MeetingReport.objects.select_related("article")
                .only("meeting_id", "article_id", "evidence", "article__slug", "article__title")
                .order_by("id"),
            ),
        )

    def in_year(self, year: int):
        return self.filter(date__gte=dt.date(year, 1, 1), date__lt=dt.date(year + 1, 1, 1))

    def with_participant(self, person):
        return self.filter(participant_rows__person=person)

    def ids_and_dates(self) -> list[tuple[int, dt.date | None]]:
        """[(id, date)] in ledger order, newest first: one pass gives a pair page its timeline,
        its ledger count and the ids of the ledger page shown, without a query for each."""
        return list(self.ledger().values_list("pk", "date"))

    def busiest_pairs(self, limit: int = 10):
        """The `limit` country pairs with most meetings (CountryPair.meeting_count); one query."""
        ids, params = self.order_by().values("pk").query.sql_with_params()
        # A self-join of the meetings' sides, read once off MeetingSide's (meeting, country) index
        # (on PostgreSQL one probe per meeting id, not a hash join over every side); the ORM
        # would route it through the meeting table.
        in_ids = f"= ANY(ARRAY({ids}))" if connection.vendor == "postgresql" else f"IN ({ids})"
        where = f"WHERE meeting_id {in_ids}" if self.query.where else ""  # all meetings: no probes
        sql = f"""
            WITH side AS (SELECT meeting_id, country_id FROM entities_meetingside {where})
            SELECT a.country_id, ca.name, b.country_id, cb.name, COUNT(*) AS n
            FROM side a
            JOIN side b ON b.meeting_id = a.meeting_id AND b.country_id > a.country_id
            JOIN entities_country ca ON ca.code = a.country_id
            JOIN entities_country cb ON cb.code = b.country_id
            GROUP BY a.country_id, ca.name, b.country_id, cb.name
            ORDER BY n DESC, a.country_id, b.country_id
            LIMIT %s
        """  # only the ORM's own compiled SQL is interpolated; its params stay apart
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit])
            rows = cursor.fetchall()
        return [
            CountryPair(Country(code=a, name=a_name), Country(code=b, name=b_name), meeting_count=n)
            for a, a_name, b, b_name, n in rows
        ]


class Meeting(Provenance):
    kind = models.CharField(max_length=12, choices=MeetingKind.choices, default=MeetingKind.MEETING)
    status = models.CharField(max_length=7, choices=MeetingStatus.choices, default=MeetingStatus.HELD)
    place = models.CharField(max_length=100, blank=True)
    place_country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="hosted_meetings"
    )
    date = models.DateField(null=True, blank=True)
    date_text = models.CharField(
        max_length=100, blank=True, help_text='The words that gave the date, "on Tuesday"'
    )
    date_anchor = models.CharField(max_length=10, choices=DateAnchor.choices, blank=True, default="")
    # A month or a year ("in April 2012") is stored as its first day: it sorts and filters with the
    # days, and `date_label` shows no more than was said.
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY, db_default=DatePrecision.DAY
    )
    date_anchor_date = models.DateField(
        null=True, blank=True, help_text="What date_text was resolved against"
    )
    evidence = models.TextField(blank=True, help_text="The sentence it was read from")
    confidence = models.FloatField(default=1.0)
    report_count = models.PositiveIntegerField(default=0, editable=False)
    # Sides that stand only on a participant's guessed country: shown as inferred, and not sides
    # (MeetingSide), so the meeting does not count between them in pair totals.
    inferred_sides = models.JSONField(default=list, db_default=[], blank=True)
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
            models.CheckConstraint(
                condition=Q(date_anchor__in=DateAnchor.values), name="meeting_anchor_valid"
            ),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values), name="meeting_precision_valid"
            ),
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1), name="meeting_confidence_0_1"
            ),
        ]
        indexes = [
            # (The "newest first" ledger index needs NULLS LAST, which SQLite cannot index: see 0002.)
            # Admin review list: weakest evidence first.
            models.Index(fields=["confidence"], name="meeting_confidence_idx"),
            # Pair page timeline (MeetingQuerySet.per_period): the dates of the pair's meetings,
            # merge-joined in id order off this index alone instead of hashing every meeting.
            models.Index(fields=["id", "date"], name="meeting_id_date_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date or ''} {self.place}".strip()

    def get_absolute_url(self) -> str:
        return reverse("entities:meeting", args=[self.pk])

    @cached_property
    def label(self) -> str:
        """What a person calls it: "the China-Russia talks, 9 April 2024" (en dash) (one query for the sides,
        none when they are prefetched; cached, as an inline's rows share their meeting)."""
        sides = "\u2013".join(sorted(c.name for c in self.sides.all())) if self.pk else ""
        kind = self.get_kind_display().lower()
        what = f"the {sides} {kind}" if sides else f"a {kind}"
        if self.place and not sides:
            what += f" in {self.place}"
        if self.date and self.date_precision == DatePrecision.DAY:
            return f"{what}, {self.date:%-d %B %Y}"
        return f"{what}, {self.date_label}"

    def has_one_named_participant(self) -> bool:
        """A weak reading: the ledger marks it (needs participant_rows prefetched, as ledgers do)."""
        return len(self.participant_rows.all()) < 2

    def get_feed_url(self) -> str:
        return reverse("entities:meeting_feed", args=[self.pk])

    @property
    def date_label(self) -> str:
        """The date as precisely as it was given: "2012-04-13", "April 2012", "2012" or "undated"."""
        if self.date is None:
            return "undated"
        if self.date_precision == DatePrecision.YEAR:
            return str(self.date.year)
        if self.date_precision == DatePrecision.MONTH:
            return f"{calendar.month_name[self.date.month]} {self.date.year}"
        return self.date.isoformat()

    @property
    def date_iso(self) -> str:
        """The HTML <time> value: "2012-04-13", "2012-04" or "2012" ("" undated)."""
        if self.date is None:
            return ""
        length = {DatePrecision.YEAR: 4, DatePrecision.MONTH: 7}.get(self.date_precision, 10)
        return self.date.isoformat()[:length]

    @property
    def date_provenance(self) -> str:
        """How the date was read, so a reader can check it: '"on Tuesday", read against ...'."""
        if self.date is None:
            return f"“{self.date_text}”, not resolved to a date" if self.date_text else "no date given"
        if self.date_precision != DatePrecision.DAY:
            said = f"“{self.date_text}”, " if self.date_text else ""
            return f"{said}a {self.get_date_precision_display().lower()}, not a day"
        if self.date_anchor == DateAnchor.ABSOLUTE:
            return f"“{self.date_text}”, stated in the text" if self.date_text else "stated in the text"
        if self.date_anchor and self.date_anchor_date:
            said = f"“{self.date_text}” → {self.date.isoformat()}, " if self.date_text else ""
            # Mid-sentence: "read against the dateline", not "the Dateline".
            anchor = f"{self.get_date_anchor_display().lower()} {self.date_anchor_date.isoformat()}"
            return f"{said}read against the {anchor}"
        return f"“{self.date_text}”" if self.date_text else ""

    @property
    def first_report(self):
        """The earliest report (needs `with_details`): its evidence sentence and article."""
        reports = self.reports.all()
        return reports[0] if reports else None

    @property
    def evidence_sentence(self) -> str:
        report = self.first_report
        return (report.evidence if report and report.evidence else self.evidence).strip()

    def participants_of(self, code: str) -> list:
        """Participant rows standing for one country (needs `with_details`)."""
        return [row for row in self.participant_rows.all() if row.country_id == code]

    def participants_key(self) -> str:
        """Who took part, as one string: how a dismissed meeting is recognised on re-extraction."""
        return participants_key(row.person for row in self.participant_rows.all())

    def other_participants(self, person) -> list:
        return [row for row in self.participant_rows.all() if row.person_id != person.pk]

    def same_people(self):
        """Other meetings of the same people (all of them, or at least two when more took part)."""
        ids = [row.person_id for row in self.participant_rows.all()]
        if not ids:
            return Meeting.objects.none()
        shared = (
            MeetingParticipant.objects.filter(person_id__in=ids)
            .exclude(meeting_id=self.pk)
            .values("meeting_id")
            .annotate(n=Count("*"))
            .filter(n__gte=min(2, len(ids)))
            .values("meeting_id")
        )
        return Meeting.objects.filter(pk__in=shared)

    def earlier_and_later(self, limit: int = 5):
        """(earlier, later) meetings of the same people, nearest first; undated ones have neither."""
        if self.date is None:
            return [], []
        others = self.same_people()
        earlier = others.filter(Q(date__lt=self.date) | Q(date=self.date, pk__lt=self.pk)).ledger()
        later = others.filter(Q(date__gt=self.date) | Q(date=self.date, pk__gt=self.pk)).order_by(
            "date", "id"
        )
        # Listed by date, kind, place and names: only the participants are fetched with them.
        people = models.Prefetch(
            "participant_rows",
            queryset=MeetingParticipant.objects.select_related("person")
            .only("meeting_id", "person_id", "person__name", "person__slug")
            .order_by("person__name"),
        )
        return (
            list(earlier.prefetch_related(people)[:limit]),
            list(later.prefetch_related(people)[:limit]),
        )


class MeetingSide(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="side_rows")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="meeting_sides")

    class Meta:
        verbose_name = "side at a meeting"
        verbose_name_plural = "sides at meetings"
        constraints = [models.UniqueConstraint(fields=["meeting", "country"], name="meeting_side_unique")]
        indexes = [
            # Pair and country pages: meetings a country took part in.
            models.Index(fields=["country", "meeting"], name="meeting_side_country_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.country} at {self.meeting.label}"


class MeetingParticipant(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participant_rows")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    # The side they stood for and the title they held at the time (people change jobs).
    country = models.ForeignKey(Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = "participant in a meeting"
        verbose_name_plural = "participants in meetings"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="meeting_participant_unique")
        ]
        indexes = [
            # Person page: their meetings; counterparts ranked by meetings.
            models.Index(fields=["person", "meeting"], name="participant_person_idx"),
            # Pair page: officials of one side ranked by meetings, read from the index alone.
            models.Index(fields=["meeting", "country", "person"], name="participant_meeting_side_idx"),
            # Pair page, unfiltered (CountryPair.officials): both sides' participant rows read as
            # two ranges of this index alone, then matched to the pair's meetings.
            models.Index(fields=["country", "meeting", "person"], name="participant_side_meeting_idx"),
        ]

    def __str__(self) -> str:
        side = f" ({self.country})" if self.country_id else ""
        return f"{self.person}{side} at {self.meeting.label}"


class MeetingReport(models.Model):
    """An article reporting a meeting, with the sentence it was read from."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="meeting_reports")
    evidence = models.TextField(blank=True)
    evidence_start = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "report of a meeting"
        verbose_name_plural = "reports of meetings"
        constraints = [models.UniqueConstraint(fields=["meeting", "article"], name="meeting_report_unique")]
        indexes = [
            # Article page: the meetings it reports.
            models.Index(fields=["article", "meeting"], name="meeting_report_article_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.meeting.label[:1].upper()}{self.meeting.label[1:]}, reported in “{self.article}”"


def link_people(people) -> None:
    """Set `url` on each person: the person URL reversed once for them all, not once each (a
    ledger page names dozens of people). Slugs are URL-safe, so the pattern's slug is swapped."""
    marker = "person-slug"
    pattern = None
    for person in people:
        if pattern is None:
            pattern = reverse("entities:person", args=[marker])
        person.url = pattern.replace(marker, person.slug)


def _with_counts(rows) -> list[Person]:
    """People for [{"person": id, "shared": n}] rows, in order, each with `shared` set."""
    rows = list(rows)
    people = (
        Person.objects.select_related("country")
        .only("name", "slug", "country__name")
        .in_bulk([row["person"] for row in rows])
    )
    ranked = []
    for row in rows:
        person = people[row["person"]]
        person.shared = row["shared"]
        ranked.append(person)
    return ranked


class _AnyOfArray(models.Func):
    """`field = ANY(ARRAY(subquery))`, a condition."""

    arg_joiner = " = ANY(ARRAY("
    template = "%(expressions)s))"
    output_field = models.BooleanField()


def among(field: str, ids):
    """A filter: `field` is one of a subquery's ids, run on PostgreSQL as `= ANY(ARRAY(ids))`.

    The ids are collected first and each one probes `field`'s index. Planned as a join instead,
    a few thousand ids out of a large table are often hash-joined against every row of it.
    """
    if connection.vendor != "postgresql":
        return Q(**{f"{field}__in": ids})
    return _AnyOfArray(F(field), ids)


def pair_meeting_ids(a: str, b: str):
    """Ids of the meetings both countries took part in, as a subquery.

    Semi-joins on MeetingSide's (country, meeting) index: no pass over the meeting table.
    """
    return MeetingSide.objects.filter(
        country=a, meeting_id__in=MeetingSide.objects.filter(country=b).values("meeting_id")
    ).values("meeting_id")


def _close_spellings(key: str, limit: int = 20) -> list[int]:
    """People whose spellings are within a typo or two of `key`, for databases without trigram
    indexes (SQLite, for `make run`): rapidfuzz over every folded spelling, fine at a local size."""
    spellings = list(PersonName.objects.values_list("key", "person_id"))
    keys = [k for k, _ in spellings]
    matches = process.extract(key, keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=80)
    return [spellings[index][1] for _, _, index in matches]


def busiest_pairs(year: int | None, limit: int = 10) -> list["CountryPair"]:
    """The pairs with most meetings in a year, or of all time (year None)."""
    from entities.summaries import summaries_kept

    if summaries_kept():
        return PairMonth.objects.busiest_pairs(year, limit)
    meetings = Meeting.objects.all() if year is None else Meeting.objects.in_year(year)
    return meetings.busiest_pairs(limit=limit)


def pair_slug(a: str, b: str) -> str:
    return "-".join(sorted([a.lower(), b.lower()]))


class CountryPair:
    """Two countries seen together: the pair page's ledger, timeline, officials and articles."""

    def __init__(self, a: Country, b: Country, meeting_count: int | None = None):
        self.a, self.b = sorted([a, b], key=lambda c: c.code)
        self.meeting_count = meeting_count

    def __str__(self) -> str:
        return f"{self.a.name} \u2013 {self.b.name}"

    @property
    def codes(self) -> tuple[str, str]:
        return self.a.code, self.b.code

    def get_absolute_url(self) -> str:
        return reverse("entities:pair", args=pair_slug(*self.codes).split("-"))

    def get_csv_url(self) -> str:
        return reverse("entities:pair_csv", args=pair_slug(*self.codes).split("-"))

    def get_feed_url(self) -> str:
        return reverse("entities:pair_feed", args=pair_slug(*self.codes).split("-"))

    def meetings(self):
        return Meeting.objects.between(*self.codes)

    def months(self) -> list[tuple[dt.date | None, int]]:
        """[(first of month, meetings)], month None for the undated: the pair's timeline and
        ledger counts, from the summary (a few hundred rows at most, however busy the pair)."""
        a, b = self.codes
        rows = PairMonth.objects.filter(country_a=a, country_b=b).order_by(F("month").asc(nulls_last=True))
        return list(rows.values_list("month", "meeting_count"))

    def latest_meetings(self, n: int):
        """The n latest meetings, with details: the top of the ledger index, not a sort of them all."""
        from entities.summaries import summaries_kept

        if summaries_kept():
            return Meeting.objects.filter(pk__in=self.ledger_ids()[:n]).ledger().with_details()
        return self.meetings().ledger().with_details()[:n]

    def ledger_ids(self, year: int | None = None):
        """The pair's meeting ids, newest first (of one year, or all): a page of it is one range
        of the pair ledger index, and can stand as a subquery."""
        return PairMeeting.objects.of(*self.codes).ledger_ids(year)

    def officials(self, meetings=None, limit: int = 10) -> dict[str, list[Person]]:
        """{code: people} who stood for each side in the pair's meetings (all, or those given),
        most meetings first (`shared` on each); one pass over the participants, one for names."""
        from entities.summaries import summaries_kept

        if meetings is None and summaries_kept():
            return self._ranked_officials(limit)
        ids = pair_meeting_ids(*self.codes) if meetings is None else meetings.values("pk")
        counted = (
            # Counted on the (meeting, country, person) index alone, ranked within each side.
            MeetingParticipant.objects.filter(meeting_id__in=ids, country__in=self.codes)
            .values("country", "person")
            .annotate(shared=Count("meeting"))
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("country"),
                    order_by=[Count("meeting").desc(), F("person").asc()],
                )
            )
            .filter(rank__lte=limit)
            .order_by("country", "rank")
        )
        return self._officials_of(list(counted))

    def _ranked_officials(self, limit: int) -> dict[str, list[Person]]:
        # The top rows of each side's range of the ranking index, read as one query.
        a, b = self.codes
        pair = PairOfficial.objects.filter(country_a=a, country_b=b)
        sides = [
            pair.filter(country=code)
            .order_by("-meeting_count", "person")
            .values("country", "person", shared=F("meeting_count"))[:limit]
            for code in self.codes
        ]
        rows = sorted(
            sides[0].union(sides[1], all=True), key=lambda r: (r["country"], -r["shared"], r["person"])
        )
        return self._officials_of(rows)

    def _officials_of(self, rows) -> dict[str, list[Person]]:
        people = (
            Person.objects.select_related("country")
            .only("name", "slug", "meeting_count", "article_count", "country__name")
            .in_bulk([row["person"] for row in rows])
        )
        sides: dict[str, list[Person]] = {code: [] for code in self.codes}
        for row in rows:
            person = people[row["person"]]
            person.shared = row["shared"]
            sides[row["country"]].append(person)
        return sides

    def articles_about(self):
        """Articles about both countries (both in focus), latest first."""
        a, b = self.codes
        return Article.objects.filter(_mentioned(a, focus=True), _mentioned(b, focus=True)).latest_first()

    def articles_mentioning(self):
        """Articles naming both countries without being about both, latest first."""
        a, b = self.codes
        # One NOT EXISTS (an anti-join probing the mention index per article): NOT (about a AND
        # about b) was an OR of two NOT EXISTS, which PostgreSQL ran by hashing every focused
        # mention of both countries first (20 ms and more for China and Russia).
        about_both = Exists(
            CountryMention.objects.filter(article=OuterRef("pk"), country=a, focus=True).filter(
                Exists(CountryMention.objects.filter(article=OuterRef("article"), country=b, focus=True))
            )
        )
        return Article.objects.filter(_mentioned(a), _mentioned(b)).exclude(about_both).latest_first()


def _mentioned(code: str, **extra):
    # EXISTS probes on CountryMention's (country, focus, article) index let PostgreSQL walk the
    # "latest first" index and stop at one page, however many articles name the country.
    return Exists(CountryMention.objects.filter(article=OuterRef("pk"), country=code, **extra))


class DismissalQuerySet(models.QuerySet):
    def person_keys(self, keys) -> set[str]:
        return set(self.filter(kind=Dismissal.Kind.PERSON, key__in=keys).values_list("key", flat=True))

    def meeting_keys(self, article) -> set[str]:
        return set(self.filter(kind=Dismissal.Kind.MEETING, article=article).values_list("key", flat=True))

    def dismiss_people(self, people, user=None) -> None:
        """Every spelling of these people: ingest will not create them again."""
        keys = {n.key for p in people for n in p.names.all()} | {p.key for p in people}
        self.bulk_create(
            [Dismissal(kind=Dismissal.Kind.PERSON, key=k, created_by=user) for k in sorted(keys)],
            ignore_conflicts=True,
        )

    def dismiss_meetings(self, meetings, user=None) -> None:
        """These meetings as each reporting article told them: re-extraction skips them."""
        rows = [
            Dismissal(
                kind=Dismissal.Kind.MEETING,
                key=m.participants_key(),
                article_id=r.article_id,
                created_by=user,
            )
            for m in meetings.prefetch_related("participant_rows__person", "reports")
            for r in m.reports.all()
        ]
        self.bulk_create(rows, ignore_conflicts=True)

    def dismiss_meetings_of(self, article, user=None) -> int:
        """The meetings read from one article, as it told them (an admin's corrected ones stay):
        re-extracting it skips them. One only it reported goes; one others report loses its report."""
        meetings = list(
            Meeting.objects.filter(reports__article=article, origin=Origin.EXTRACTED).prefetch_related(
                "participant_rows__person"
            )
        )
        rows = [
            Dismissal(kind=Dismissal.Kind.MEETING, key=m.participants_key(), article=article, created_by=user)
            for m in meetings
        ]
        self.bulk_create(rows, ignore_conflicts=True)
        MeetingReport.objects.filter(article=article, meeting__in=meetings).delete()
        Meeting.objects.filter(pk__in=[m.pk for m in meetings], reports__isnull=True).delete()
        return len(meetings)


class Dismissal(models.Model):
    """Something an admin deleted as an extraction error, so that re-ingest does not bring it back.

    A person is dismissed by every spelling of their name (a newspaper read as a person); a meeting
    by its participants within the articles that reported it.
    """

    class Kind(models.TextChoices):
        PERSON = "person"
        MEETING = "meeting"

    kind = models.CharField(max_length=7, choices=Kind.choices)
    # person: fold(name); meeting: Meeting.participants_key()
    key = models.CharField(max_length=1000)
    article = models.ForeignKey("articles.Article", null=True, blank=True, on_delete=models.CASCADE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DismissalQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["person", "meeting"]), name="dismissal_kind_valid"),
            models.UniqueConstraint(
                fields=["kind", "key"], condition=Q(article__isnull=True), name="dismissal_unique_global"
            ),
            models.UniqueConstraint(
                fields=["kind", "key", "article"],
                condition=Q(article__isnull=False),
                name="dismissal_unique_article",
            ),
        ]
        indexes = [
            # Ingest: is this name or this meeting of this article dismissed?
            models.Index(fields=["kind", "key"], name="dismissal_lookup_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"


class Office:
    """One title seen for a country ("Security Council Secretary") and the Role rows of its holders."""

    def __init__(self, title: str, roles: list[Role], on: dt.date | None = None):
        self.title = title
        self.roles = sorted(roles, key=lambda r: (r.first_seen or dt.date.max, r.person.name))
        self.first_seen = min((r.first_seen for r in roles if r.first_seen), default=None)
        self.last_seen = max((r.last_seen for r in roles if r.last_seen), default=None)
        for role in self.roles:
            role.held_then = on is not None and role.held_on(on)
        self.held_then = [r for r in self.roles if r.held_then]

    def __str__(self) -> str:
        return self.title


def country_offices(country: Country, on: dt.date | None = None) -> list[Office]:
    """Each title seen for the country with its holders, most recently seen first; one query.

    Titles are grouped case-insensitively: "Foreign Minister" and "foreign minister" are one office.
    """
    roles = (
        Role.objects.filter(country=country)
        .select_related("person")
        .only("title", "first_seen", "last_seen", "country_id", "origin", "person__name", "person__slug")
        .order_by("title", "first_seen")
    )
    grouped: dict[str, list[Role]] = {}
    titles: dict[str, str] = {}
    # A country's titles number in the hundreds; the cap keeps a runaway extraction from a huge page.
    for role in roles[:5000]:
        key = " ".join(role.title.casefold().split())
        grouped.setdefault(key, []).append(role)
        titles.setdefault(key, role.title)
    link_people(role.person for rows in grouped.values() for role in rows)
    offices = [Office(titles[key], rows, on) for key, rows in grouped.items()]
    return sorted(offices, key=lambda o: (-(o.last_seen or dt.date.min).toordinal(), o.title.casefold()))


def meetings_of_country(code: str):
    return Meeting.objects.filter(pk__in=MeetingSide.objects.filter(country=code).values("meeting_id"))


# -- pair summaries ---------------------------------------------------------------------------------
# Kept by PostgreSQL's triggers (entities.summaries, migration 0010), never written by Django: the
# foreign keys are the triggers' to keep (DO_NOTHING, no database constraint), so that deleting a
# meeting or a person goes through the fact tables' triggers alone.


def _summary_fk(model, **kwargs):
    # No index of its own either: the constraints and indexes below lead with what is looked up.
    return models.ForeignKey(
        model, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False, related_name="+", **kwargs
    )


class PairMeetingQuerySet(models.QuerySet):
    def of(self, a: str, b: str):
        a, b = sorted([a, b])
        return self.filter(country_a=a, country_b=b)

    def latest_meetings(self, n: int):
        """The n latest meetings, with details: the top of the ledger index, not a sort of them all."""
        from entities.summaries import summaries_kept

        if summaries_kept():
            return Meeting.objects.filter(pk__in=self.ledger_ids()[:n]).ledger().with_details()
        return self.meetings().ledger().with_details()[:n]

    def ledger_ids(self, year: int | None = None):
        """Meeting ids newest first, undated last: a page is one range of the ledger index."""
        rows = self.order_by(F("date").desc(nulls_last=True), "-meeting_id")
        if year:
            rows = rows.filter(date__gte=dt.date(year, 1, 1), date__lt=dt.date(year + 1, 1, 1))
        return rows.values_list("meeting_id", flat=True)


class PairMeeting(models.Model):
    """A meeting of a pair, with its date: the pair ledger, read newest first off one index."""

    meeting = _summary_fk(Meeting)
    country_a = _summary_fk(Country)  # country_a < country_b
    country_b = _summary_fk(Country)
    date = models.DateField(null=True)

    objects = PairMeetingQuerySet.as_manager()

    class Meta:
        constraints = [
            # Triggers: the pairs of a meeting whose sides or date changed.
            models.UniqueConstraint(fields=["meeting", "country_a", "country_b"], name="pair_meeting_unique"),
        ]
        # (The pair page's "newest first" ledger index needs NULLS LAST: made by 0009 in SQL.)

    def __str__(self) -> str:
        return f"meeting {self.meeting_id} of {self.country_a_id}-{self.country_b_id}"


class PairMonthQuerySet(models.QuerySet):
    def busiest_pairs(self, year: int | None = None, limit: int = 10) -> list["CountryPair"]:
        """The pairs with most meetings in a year (or of all time), as MeetingQuerySet.busiest_pairs."""
        pair = ["country_a", "country_a__name", "country_b", "country_b__name"]
        if year is None:
            rows = PairTotal.objects.order_by("-meeting_count", "country_a", "country_b")
            rows = rows.values_list(*pair, "meeting_count")
        else:
            rows = (
                self.filter(month__gte=dt.date(year, 1, 1), month__lt=dt.date(year + 1, 1, 1))
                .values_list(*pair)
                .annotate(n=models.Sum("meeting_count"))
                .order_by("-n", "country_a", "country_b")
            )
        return [
            CountryPair(Country(code=a, name=a_name), Country(code=b, name=b_name), meeting_count=n)
            for a, a_name, b, b_name, n in rows[:limit]
        ]


class PairMonth(models.Model):
    """A pair's meetings in one month: timelines, ledger counts and the busiest pairs of a year."""

    country_a = _summary_fk(Country)
    country_b = _summary_fk(Country)
    month = models.DateField(null=True)  # its first day; NULL: undated meetings
    meeting_count = models.PositiveIntegerField()

    objects = PairMonthQuerySet.as_manager()

    class Meta:
        # Only where the triggers keep it (SQLite's pages aggregate on the fly), which is also
        # where one NULL month per pair can be unique.
        required_db_features = {"supports_nulls_distinct_unique_constraints"}
        constraints = [
            # Triggers' upserts; the pair page's timeline (one range per pair).
            models.UniqueConstraint(
                fields=["country_a", "country_b", "month"], nulls_distinct=False, name="pair_month_unique"
            ),
        ]
        indexes = [
            # Home page: the busiest pairs this year, summed over one range of months alone.
            models.Index(
                fields=["month", "country_a", "country_b", "meeting_count"], name="pair_month_month_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country_a_id}-{self.country_b_id} {self.month}: {self.meeting_count}"


class PairTotal(models.Model):
    """All of a pair's meetings: a country's partners, the busiest pairs of all time."""

    country_a = _summary_fk(Country)
    country_b = _summary_fk(Country)
    meeting_count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            # Triggers' upserts; a country's partners on the a side.
            models.UniqueConstraint(fields=["country_a", "country_b"], name="pair_total_unique"),
        ]
        indexes = [
            # Country page: its partners on the b side.
            models.Index(fields=["country_b", "country_a"], name="pair_total_b_idx"),
            # Home page, all time: the busiest pairs first.
            models.Index(F("meeting_count").desc(), name="pair_total_busiest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.country_a_id}-{self.country_b_id}: {self.meeting_count}"


class PairOfficial(models.Model):
    """The meetings of a pair a person stood at for one of its sides: each side's officials."""

    country_a = _summary_fk(Country)
    country_b = _summary_fk(Country)
    country = _summary_fk(Country)  # the side they stood for
    person = _summary_fk(Person)
    meeting_count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            # Triggers' upserts.
            models.UniqueConstraint(
                fields=["country_a", "country_b", "country", "person"], name="pair_official_unique"
            ),
        ]
        indexes = [
            # Pair page: one side's officials, most meetings first, the top rows of one range.
            models.Index(
                "country_a",
                "country_b",
                "country",
                F("meeting_count").desc(),
                "person",
                name="pair_official_rank_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"person {self.person_id} for {self.country_id}: {self.meeting_count}"


class Counterpart(models.Model):
    """The meetings two people were both at (each pair stored both ways): a person's counterparts."""

    person = _summary_fk(Person)
    other = _summary_fk(Person)
    meeting_count = models.PositiveIntegerField()

    class Meta:
        constraints = [
            # Triggers' upserts.
            models.UniqueConstraint(fields=["person", "other"], name="counterpart_unique"),
        ]
        indexes = [
            # Person page: the people they met most, the top rows of one range.
            models.Index("person", F("meeting_count").desc(), "other", name="counterpart_rank_idx"),
        ]

    def __str__(self) -> str:
        return f"person {self.person_id} met {self.other_id} {self.meeting_count} times"
