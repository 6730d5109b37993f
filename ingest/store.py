"""Write one article's extraction to the database in one transaction, replacing an earlier extraction of it.

Facts an admin edited (origin "edited") are never overwritten or deleted here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from articles.models import Article
from entities.models import (
    Country,
    CountryMention,
    Dismissal,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Origin,
    Person,
    PersonMention,
    PersonName,
    Quote,
    Role,
    fold,
    participants_key,
)
from extraction.gazetteer import all_countries
from extraction.types import (
    ArticleExtraction,
    MeetingExtraction,
    PersonExtraction,
)
from ingest.identity import Match, resolve_people


def fit(model, field: str, value: str | None) -> str:
    """`value` cut to the column's length: what the extractor reads is not bounded by the schema."""
    return (value or "")[: model._meta.get_field(field).max_length]


class Batch:
    """What a run of stores shares, so that each article costs as few queries as possible.

    The counters of the rows they touched are a cache that list pages sort by: refreshed once for
    many articles, not per article. Country rows and dismissed names are looked up once per chunk.
    """

    def __init__(self) -> None:
        self.people: set[int] = set()
        self.countries: set[str] = set()
        self.meetings: set[int] = set()
        self.stored = 0
        self._country_rows: dict[str, Country] = {}
        self._dismissal_keys: set[str] = set()  # looked up this chunk
        self._dismissed: set[str] = set()

    def refresh(self) -> None:
        refresh_counts(people=self.people, countries=self.countries, meetings=self.meetings)
        self.people, self.countries, self.meetings = set(), set(), set()
        self.stored = 0

    def start_chunk(self, extractions: list[ArticleExtraction]) -> None:
        # A name dismissed, or a country deleted, since the last chunk counts from this one on.
        self._dismissal_keys, self._dismissed, self._country_rows = set(), set(), {}
        self.dismissed_people({fold(p.name) for e in extractions for p in e.people})
        self.country_rows(code for e in extractions for code in _country_codes(e))

    def dismissed_people(self, keys: set[str]) -> set[str]:
        """Those of these name keys an admin dismissed as extraction errors."""
        if unknown := keys - self._dismissal_keys:
            self._dismissed |= Dismissal.objects.person_keys(unknown)
            self._dismissal_keys |= unknown
        return keys & self._dismissed

    def country_rows(self, codes: Iterable[str]) -> dict[str, Country]:
        """{code: Country}, created the first time an article refers to them."""
        wanted = {c.upper() for c in codes if c}
        if missing := wanted - self._country_rows.keys():
            self._country_rows.update(_ensure_countries(missing))
        return {code: self._country_rows[code] for code in wanted}


# Counters are refreshed after this many stored articles, and at the end of a run.
COUNTERS_EVERY = 64


@transaction.atomic
def store(
    extraction: ArticleExtraction,
    *,
    content_hash: str,
    existing: Article | None = None,
    batch: Batch | None = None,
) -> Article:
    """Write one article and its facts; replaces what an earlier extraction of it stored.

    The counters of the people, countries and meetings it touched are refreshed now, or added to
    `batch` for the caller to refresh once for many articles.
    """
    own_batch = batch is None
    batch = batch or Batch()
    document = extraction.document
    article = existing or Article(content_hash=content_hash)
    article.title = fit(Article, "title", document.title)
    article.body = document.body
    article.byline = fit(Article, "byline", document.byline)
    article.source = fit(Article, "source", document.source)
    article.url = fit(Article, "url", document.url)
    article.published = document.published
    article.dateline = fit(
        Article, "dateline", " ".join(filter(None, [document.dateline_place, document.dateline_text]))
    )
    article.extracted_at = timezone.now()
    if not article.slug:
        article.slug = article.unique_slug()
    article.save()

    if existing is not None:
        touched_people, touched_countries, touched_meetings = _forget_extracted_facts(article)
    else:
        touched_people, touched_countries, touched_meetings = set(), set(), set()

    countries = batch.country_rows(_country_codes(extraction))
    focus = set(extraction.focus)
    CountryMention.objects.bulk_create(
        CountryMention(
            article=article,
            country=countries[c.code],
            count=max(c.mentions, 1),
            first_offset=min((s for s, _ in c.spans), default=0),
            focus=c.code in focus,
        )
        for c in extraction.countries
    )
    touched_countries |= {c.code for c in extraction.countries}

    # People an admin deleted as extraction errors stay deleted.
    dismissed = batch.dismissed_people({fold(p.name) for p in extraction.people})
    extracted_people = [p for p in extraction.people if fold(p.name) not in dismissed]
    matches = _resolve_and_lock(extracted_people, countries, document.published)
    people = {name: match.person for name, match in matches.items()}
    _record_names(matches, extracted_people)
    _record_era(people.values(), document.published)
    _record_roles(people, extracted_people, countries, document.published)
    PersonMention.objects.bulk_create(_mentions(article, people, extracted_people))
    Quote.objects.bulk_create(
        Quote(person=people[p.name], article=article, text=q) for p in extracted_people for q in p.quotes
    )
    touched_people |= {p.pk for p in people.values()}

    # The admin's version of a meeting this article reports stands: re-extraction must not store
    # its uncorrected reading again beside it (the date or the participants would differ).
    # The title a participant held at the time is the one this article gives them.
    titles = {
        people[p.name].pk: fit(MeetingParticipant, "title", p.titles[0]) for p in extracted_people if p.titles
    }
    corrected = (
        [
            {row.person_id for row in m.participant_rows.all()}
            for m in Meeting.objects.filter(reports__article=article, origin=Origin.EDITED).prefetch_related(
                "participant_rows"
            )
        ]
        if existing is not None
        else []
    )
    dismissed_meetings = Dismissal.objects.meeting_keys(article) if existing is not None else set()
    for extracted in extraction.meetings:
        key = participants_key(people[n] for n in extracted.participants if n in people)
        if key in dismissed_meetings:
            continue
        if any(
            corrected_people & {people[n].pk for n in extracted.participants if n in people}
            for corrected_people in corrected
        ):
            continue
        meeting = _store_meeting(extracted, article, people, countries, titles)
        if meeting is not None:
            touched_meetings.add(meeting.pk)
            touched_people |= {people[n].pk for n in extracted.participants if n in people}
            touched_countries |= set(extracted.sides)

    batch.people |= touched_people
    batch.countries |= touched_countries
    batch.meetings |= touched_meetings
    batch.stored += 1
    if own_batch:
        batch.refresh()
    return article


def _country_codes(extraction: ArticleExtraction) -> list[str]:
    """Every country an extraction refers to, as a place, a side or a person's country."""
    return (
        [c.code for c in extraction.countries]
        + [p.country for p in extraction.people if p.country]
        + [code for m in extraction.meetings for code in [*m.sides, m.place_country] if code]
    )


def _mentions(article: Article, people: dict[str, Person], extracted: list[PersonExtraction]):
    """One mention row per person, even when two spellings in the article resolved to them."""
    rows: dict[int, PersonMention] = {}
    for item in extracted:
        person = people[item.name]
        first = min((start for start, _ in item.spans), default=0)
        row = rows.get(person.pk)
        if row is None:
            rows[person.pk] = PersonMention(
                article=article,
                person=person,
                count=max(item.mentions, 1),
                first_offset=first,
                titles=item.titles,
            )
        else:
            row.count += max(item.mentions, 1)
            row.first_offset = min(row.first_offset, first)
            row.titles = [*row.titles, *(t for t in item.titles if t not in row.titles)]
    return list(rows.values())


def _forget_extracted_facts(article: Article) -> tuple[set[int], set[str], set[int]]:
    """On re-extraction, drop what the last extraction of this article stored (edits stay)."""
    people = set(PersonMention.objects.filter(article=article).values_list("person_id", flat=True))
    countries = set(CountryMention.objects.filter(article=article).values_list("country_id", flat=True))
    reports = MeetingReport.objects.filter(article=article, meeting__origin=Origin.EXTRACTED)
    meetings = set(reports.values_list("meeting_id", flat=True))
    people |= set(MeetingParticipant.objects.filter(meeting__in=meetings).values_list("person_id", flat=True))
    countries |= set(MeetingSide.objects.filter(meeting__in=meetings).values_list("country_id", flat=True))
    PersonMention.objects.filter(article=article).delete()
    CountryMention.objects.filter(article=article).delete()
    Quote.objects.filter(article=article).delete()
    reports.delete()
    # A meeting only this article reported goes with it.
    Meeting.objects.filter(pk__in=meetings, origin=Origin.EXTRACTED, reports__isnull=True).delete()
    return people, countries, meetings


def _ensure_countries(wanted: set[str]) -> dict[str, Country]:
    """Country rows are created the first time an article refers to them."""
    found = {c.code: c for c in Country.objects.filter(code__in=wanted)}
    if not wanted - found.keys():
        return found
    known = _known_countries()
    missing = [
        Country(
            code=code,
            name=known.get(code, {}).get("name", code),
            official_name=known.get(code, {}).get("official_name", ""),
            historical=known.get(code, {}).get("historical", False),
            aliases=known.get(code, {}).get("aliases", []),
        )
        for code in sorted(wanted - found.keys())
    ]
    Country.objects.bulk_create(missing, ignore_conflicts=True)
    return {c.code: c for c in Country.objects.filter(code__in=wanted)}


@functools.cache
def _known_countries() -> dict[str, dict]:
    return {row["code"]: row for row in all_countries()}


def _resolve_and_lock(
    extracted: list[PersonExtraction], countries: dict[str, Country], published: dt.date | None
) -> dict[str, Match]:
    """The people these names are, locked until this article is stored.

    A merge locks the same rows (in the same order, by id), so the two serialise: a person merged
    away while this article was being read is found again under the name the merge kept.
    """
    for _ in range(3):
        matches = resolve_people(extracted, countries, published)
        wanted = {m.person.pk for m in matches.values()}
        locked = Person.objects.filter(pk__in=wanted).order_by("pk").select_for_update(no_key=True)
        if set(locked.values_list("pk", flat=True)) == wanted:
            for match in matches.values():
                if match.country is not None:
                    match.person.country = match.country
                    match.person.save(update_fields=["country"])
            return matches
    raise RuntimeError("the people of this article kept being merged away while it was stored")


def _record_names(matches: dict[str, Match], extracted: list[PersonExtraction]) -> None:
    """Every spelling becomes a PersonName, so later articles find the person by any of them; a
    spelling joined to someone already known keeps the reason it was."""
    rows = {}
    for item in extracted:
        match = matches[item.name]
        person = match.person
        for name in {person.name, item.name, *(v for v in item.variants if " " in v)}:
            reason = match.reason if fold(name) == fold(item.name) else "written so in the same article"
            rows[(person.pk, fold(name))] = PersonName(
                person=person, name=name, key=fold(name), reason=reason
            )
    PersonName.objects.bulk_create(rows.values(), ignore_conflicts=True)


def _record_era(people: Iterable[Person], published: dt.date | None) -> None:
    """Widen each person's first/last seen to this article's date: identity reads their era."""
    if published is None:
        return
    Person.objects.filter(pk__in={p.pk for p in people}).update(
        first_seen=Least(Coalesce("first_seen", Value(published)), Value(published)),
        last_seen=Greatest(Coalesce("last_seen", Value(published)), Value(published)),
    )


def _record_roles(
    people: dict[str, Person],
    extracted: list[PersonExtraction],
    countries: dict[str, Country],
    seen: dt.date | None,
) -> None:
    wanted = {(people[p.name].pk, fit(Role, "title", t)): p for p in extracted for t in p.titles}
    if not wanted:
        return
    existing = {
        (r.person_id, r.title): r
        for r in Role.objects.filter(person__in={pk for pk, _ in wanted}, title__in={t for _, t in wanted})
    }
    changed = []
    for person_id, title in wanted:
        role = existing.get((person_id, title))
        if role is None or seen is None or role.is_edited:
            continue
        first, last = min(filter(None, [role.first_seen, seen])), max(filter(None, [role.last_seen, seen]))
        if (first, last) != (role.first_seen, role.last_seen):
            role.first_seen, role.last_seen = first, last
            changed.append(role)
    Role.objects.bulk_update(changed, ["first_seen", "last_seen"])
    Role.objects.bulk_create(
        [
            Role(
                person_id=person_id,
                title=title,
                country=countries.get(item.country) if item.country else None,
                first_seen=seen,
                last_seen=seen,
            )
            for (person_id, title), item in wanted.items()
            if (person_id, title) not in existing
        ],
        ignore_conflicts=True,
    )


def _store_meeting(
    extracted: MeetingExtraction,
    article: Article,
    people: dict[str, Person],
    countries: dict[str, Country],
    titles: dict[int, str],
) -> Meeting | None:
    participants = [people[n] for n in extracted.participants if n in people]
    if not participants:
        return None
    meeting = _same_occasion(extracted, participants, article)
    if meeting is None:
        meeting = Meeting.objects.create(
            kind=extracted.kind,
            status=extracted.status,
            place=fit(Meeting, "place", extracted.place),
            place_country=countries.get(extracted.place_country) if extracted.place_country else None,
            date=extracted.date,
            date_text=fit(Meeting, "date_text", extracted.date_text),
            date_anchor=extracted.date_anchor or "",
            date_anchor_date=extracted.date_anchor_date,
            evidence=extracted.evidence,
            confidence=min(max(extracted.confidence, 0.0), 1.0),
        )
    if meeting.is_edited:
        # Another report of a meeting an admin corrected: it counts as a report, changes nothing.
        _add_report(meeting, article, extracted)
        return meeting
    MeetingSide.objects.bulk_create(
        [MeetingSide(meeting=meeting, country=countries[c]) for c in extracted.sides if c in countries],
        ignore_conflicts=True,
    )
    MeetingParticipant.objects.bulk_create(
        [
            MeetingParticipant(
                meeting=meeting,
                person=p,
                country=countries.get(p.country_id) if p.country_id else None,
                title=titles.get(p.pk, ""),
            )
            for p in participants
        ],
        ignore_conflicts=True,
    )
    _add_report(meeting, article, extracted)
    return meeting


def _add_report(meeting: Meeting, article: Article, extracted: MeetingExtraction) -> None:
    # One query, no savepoint; when the article told of the occasion twice, its first telling stays.
    report = MeetingReport(
        meeting=meeting, article=article, evidence=extracted.evidence, evidence_start=extracted.evidence_start
    )
    MeetingReport.objects.bulk_create([report], ignore_conflicts=True)


def _same_occasion(extracted, participants: list[Person], article: Article) -> Meeting | None:
    """An already stored meeting this one reports again: same people, same day give or take one."""
    wanted = {p.pk for p in participants}
    candidates = Meeting.objects.filter(participant_rows__person=participants[0], status=extracted.status)
    if extracted.date:
        window = dt.timedelta(days=1)
        candidates = candidates.filter(date__range=(extracted.date - window, extracted.date + window))
    elif article.published:
        window = dt.timedelta(days=3)
        candidates = candidates.filter(
            date__isnull=True,
            reports__article__published__range=(article.published - window, article.published + window),
        )
    else:
        return None
    for meeting in candidates.distinct().prefetch_related("participant_rows"):
        if {row.person_id for row in meeting.participant_rows.all()} == wanted:
            return meeting
    return None


def refresh_counts(
    *, people: Iterable[int] = (), countries: Iterable[str] = (), meetings: Iterable[int] = ()
):
    """Recompute the denormalised counters that list pages sort by."""

    def count(model, fk: str, **extra):
        rows = (
            model.objects.filter(**{fk: OuterRef("pk")}, **extra)
            .values(fk)
            .annotate(n=Count("*"))
            .values("n")
        )
        return Coalesce(Subquery(rows), Value(0))

    Person.objects.filter(pk__in=set(people)).update(
        article_count=count(PersonMention, "person"),
        meeting_count=count(MeetingParticipant, "person"),
    )
    Country.objects.filter(pk__in=set(countries)).update(
        article_count=count(CountryMention, "country"),
        meeting_count=count(MeetingSide, "country"),
    )
    Meeting.objects.filter(pk__in=set(meetings)).update(report_count=count(MeetingReport, "meeting"))
