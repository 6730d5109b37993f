"""Write one article's extraction to the database in one transaction, replacing an earlier extraction of it.

Facts an admin edited (origin "edited") are never overwritten or deleted here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, Greatest, Least, Lower
from django.utils import timezone

from articles.models import Article
from articles.outlets import outlet_name
from entities.models import (
    Country,
    CountryMention,
    Dismissal,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    MeetingStatus,
    Origin,
    Person,
    PersonCountry,
    PersonMention,
    PersonName,
    PersonRedirect,
    Quote,
    Role,
    fold,
    participants_key,
)
from extraction.gazetteer import all_countries
from extraction.types import (
    ArticleExtraction,
    DatePrecision,
    Document,
    MeetingExtraction,
    PersonExtraction,
)
from ingest.identity import Match, assign_slugs, preferred_spelling, resolve_people


def fit(model, field: str, value: str | None) -> str:
    """`value` cut to the column's length: what the extractor reads is not bounded by the schema."""
    return (value or "")[: model._meta.get_field(field).max_length]


class Batch:
    """What a run of stores shares, so that each article costs as few queries as possible: country
    rows and dismissed names are looked up once per chunk. (Counters are the database's to keep.)
    """

    def __init__(self) -> None:
        self._country_rows: dict[str, Country] = {}
        self._dismissal_keys: set[str] = set()  # looked up this chunk
        self._dismissed: set[str] = set()

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


@transaction.atomic
def store(
    extraction: ArticleExtraction,
    *,
    content_hash: str,
    existing: Article | None = None,
    batch: Batch | None = None,
) -> Article:
    """Write one article and its facts; replaces what an earlier extraction of it stored.

    The database's triggers keep the counters of the people, countries and meetings it touches.
    """
    batch = batch or Batch()
    document = extraction.document
    article = existing or Article(content_hash=content_hash)
    article.title = fit(Article, "title", document.title)
    article.body = document.body
    article.byline = fit(Article, "byline", document.byline)
    article.source = fit(Article, "source", outlet_name(document.source))
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
        _forget_extracted_facts(article)

    countries = batch.country_rows(_country_codes(extraction))
    focus = set(extraction.focus)
    CountryMention.objects.bulk_create(
        CountryMention(
            article=article,
            country=countries[c.code],
            count=max(c.mentions, 1),
            first_offset=min((s for s, _ in c.spans), default=0),
            focus=c.code in focus,
            spans=_body_spans(c.spans, document),
        )
        for c in extraction.countries
    )

    # People an admin deleted as extraction errors stay deleted.
    dismissed = batch.dismissed_people({fold(p.name) for p in extraction.people})
    extracted_people = [p for p in extraction.people if fold(p.name) not in dismissed]
    matches = _resolve_and_lock(extracted_people, countries, document.published)
    people = {name: match.person for name, match in matches.items()}
    _record_country_evidence(people, extracted_people, document.published)
    _record_names(matches, extracted_people, article)
    _record_era(people.values(), document.published)
    _record_roles(people, extracted_people, countries, document.published)
    PersonMention.objects.bulk_create(_mentions(article, people, extracted_people, document))
    Quote.objects.bulk_create(
        Quote(person=people[p.name], article=article, text=q) for p in extracted_people for q in p.quotes
    )

    # The admin's version of a meeting this article reports stands: re-extraction must not store
    # its uncorrected reading again beside it (the date or the participants would differ).
    # The title a participant held at the time is the one this article gives them.
    titles = {
        people[p.name].pk: fit(MeetingParticipant, "title", p.titles[0]) for p in extracted_people if p.titles
    }
    # A participant's side is the country this article reads for them, not whatever their stored
    # person says (a namesake's, or a guess another article made).
    read_countries = {people[p.name].pk: p.country for p in extracted_people if p.country}
    guessed = {p.name: p.country for p in extracted_people if p.country and not p.country_read}
    read = {p.name: p.country for p in extracted_people if p.country and p.country_read}
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
        inferred = inferred_sides(extracted, read, guessed)
        _store_meeting(extracted, article, people, countries, titles, read_countries, inferred)
    return article


def _country_codes(extraction: ArticleExtraction) -> list[str]:
    """Every country an extraction refers to, as a place, a side or a person's country."""
    return (
        [c.code for c in extraction.countries]
        + [p.country for p in extraction.people if p.country]
        + [code for m in extraction.meetings for code in [*m.sides, m.place_country] if code]
    )


def _mentions(
    article: Article, people: dict[str, Person], extracted: list[PersonExtraction], document: Document
):
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
                spans=_body_spans(item.spans, document),
            )
        else:
            row.count += max(item.mentions, 1)
            row.first_offset = min(row.first_offset, first)
            row.titles = [*row.titles, *(t for t in item.titles if t not in row.titles)]
            row.spans = sorted([*row.spans, *_body_spans(item.spans, document)])
    return list(rows.values())


def _body_spans(spans: list[tuple[int, int]], document: Document) -> list[list[int]]:
    """The spans read in the body, as offsets into the stored body: the extractor's are into
    `Document.text`, which puts the headline and a blank line before it (the headline's go)."""
    start = len(document.title) + 2
    return sorted([s - start, e - start] for s, e in spans if s >= start)


def _forget_extracted_facts(article: Article) -> None:
    """On re-extraction, drop what the last extraction of this article stored (edits stay); a
    meeting only this article reported goes with its report (the database sees to it)."""
    PersonMention.objects.filter(article=article).delete()
    CountryMention.objects.filter(article=article).delete()
    Quote.objects.filter(article=article).delete()
    MeetingReport.objects.filter(article=article, meeting__origin=Origin.EXTRACTED).delete()


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
            for name, match in matches.items():
                if match.fuller_name:
                    # Known by surname alone until now: their page takes the full name.
                    match.person.name = fit(Person, "name", name)
                    match.person.save(update_fields=["name", "key", "surname_key"])
                elif match.respelled and not match.person.is_edited and _prefers(name, match.person):
                    _respell(match.person, fit(Person, "name", name))
            return matches
    raise RuntimeError("the people of this article kept being merged away while it was stored")


def _prefers(name: str, person: Person) -> bool:
    return preferred_spelling(name, person.name) != person.name


def _respell(person: Person, name: str) -> None:
    """The person's page takes the preferred spelling, whatever order the articles came in; the
    old address redirects to it."""
    old = person.slug
    person.name = name
    assign_slugs([person])
    person.save(update_fields=["name", "key", "surname_key", "slug"])
    PersonRedirect.objects.get_or_create(slug=old, defaults={"person": person})


def _record_names(matches: dict[str, Match], extracted: list[PersonExtraction], article: Article) -> None:
    """Every spelling becomes a PersonName, so later articles find the person by any of them; a
    spelling joined to someone already known keeps the reason it was, an alias what the article said."""
    rows = {}
    for item in extracted:
        match = matches[item.name]
        person = match.person
        for name in {person.name, item.name, *(v for v in item.variants if " " in v)}:
            reason = match.reason if fold(name) == fold(item.name) else "written so in the same article"
            rows[(person.pk, fold(name))] = PersonName(
                person=person, name=name, key=fold(name), reason=reason
            )
        for alias, said in item.aliases.items():
            reason = fit(PersonName, "reason", f"an alias read in {article.slug}: '{said}'")
            rows[(person.pk, fold(alias))] = PersonName(
                person=person, name=alias, key=fold(alias), reason=reason
            )
    PersonName.objects.bulk_create(rows.values(), ignore_conflicts=True)


def _record_country_evidence(
    people: dict[str, Person], extracted: list[PersonExtraction], published: dt.date | None
) -> None:
    """Count this article's reading of each person's country (read by grammar, or guessed), then
    store as their country the one all their articles' evidence decides (PersonCountry.decide);
    an admin's choice stands. Three queries; the people are locked, so the counts cannot race.
    """
    said: dict[tuple[int, str], bool] = {}  # (person, country): read in this article
    for item in extracted:
        if item.country:
            pair = (people[item.name].pk, item.country)
            said[pair] = said.get(pair, False) or item.country_read
    if not said:
        return
    touched = {pk for pk, _ in said}
    evidence = {(e.person_id, e.country_id): e for e in PersonCountry.objects.filter(person__in=touched)}
    for (pk, code), read in said.items():
        row = evidence.setdefault((pk, code), PersonCountry(person_id=pk, country_id=code))
        if read:
            row.read += 1
            row.last_read = max(filter(None, [row.last_read, published]), default=None)
        else:
            row.guessed += 1
    # Fresh rows, without ids: the insert meets the stored ones on (person, country) alone.
    written = [
        PersonCountry(
            person_id=e.person_id,
            country_id=e.country_id,
            read=e.read,
            guessed=e.guessed,
            last_read=e.last_read,
        )
        for e in (evidence[pair] for pair in said)
    ]
    PersonCountry.objects.bulk_create(
        written,
        update_conflicts=True,
        unique_fields=["person", "country"],
        update_fields=["read", "guessed", "last_read"],
    )
    changed = []
    for person in {p.pk: p for p in people.values() if p.pk in touched}.values():
        if person.is_edited:
            continue
        country, _ = PersonCountry.decide(e for (pk, _), e in evidence.items() if pk == person.pk)
        if country != person.country_id:
            person.country_id = country
            changed.append(person)
    Person.objects.bulk_update(changed, ["country"])


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
    # One role per title whatever its case ("President", "president"); the capitalised spelling is kept.
    spelled: dict[tuple[int, str], str] = {}
    wanted: dict[tuple[int, str], PersonExtraction] = {}
    for p in extracted:
        for t in p.titles:
            title = fit(Role, "title", t)
            key = (people[p.name].pk, title.lower())  # as Lower() folds it in SQL
            if key not in spelled or (title[:1].isupper() and not spelled[key][:1].isupper()):
                spelled[key] = title
            wanted.setdefault(key, p)
    if not wanted:
        return
    held = Role.objects.annotate(folded=Lower("title")).filter(
        person__in={pk for pk, _ in wanted}, folded__in={t for _, t in wanted}
    )
    existing = {(r.person_id, r.title.lower()): r for r in held}
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
                title=spelled[(person_id, folded)],
                country=countries.get(item.country) if item.country else None,
                first_seen=seen,
                last_seen=seen,
            )
            for (person_id, folded), item in wanted.items()
            if (person_id, folded) not in existing
        ],
        ignore_conflicts=True,
    )


def _store_meeting(
    extracted: MeetingExtraction,
    article: Article,
    people: dict[str, Person],
    countries: dict[str, Country],
    titles: dict[int, str],
    read_countries: dict[int, str],
    inferred: set[str],
) -> Meeting | None:
    participants = [people[n] for n in extracted.participants if n in people]
    if not participants:
        return None
    meeting = _same_occasion(extracted, participants, article)
    if meeting is None:
        meeting = Meeting.objects.create(**_meeting_fields(extracted, countries, inferred))
    if meeting.is_edited:
        # Another report of a meeting an admin corrected: it counts as a report, changes nothing.
        _add_report(meeting, article, extracted)
        return meeting
    if meeting.status == MeetingStatus.PLANNED and extracted.status == MeetingStatus.HELD:
        # The plan has happened: the report of it held describes it, whichever was read first.
        held = _meeting_fields(extracted, countries, inferred)
        for field, value in held.items():
            setattr(meeting, field, value)
        meeting.save(update_fields=list(held))
    elif extracted.date and (meeting.date is None or meeting.date_precision != DatePrecision.DAY):
        # "Nakasone's visit to Washington", then "his April 29 visit": the report that gives the day
        # dates the occasion
        dated = {
            k: v for k, v in _meeting_fields(extracted, countries, inferred).items() if k.startswith("date")
        }
        for field, value in dated.items():
            setattr(meeting, field, value)
        meeting.save(update_fields=list(dated))
    MeetingSide.objects.bulk_create(
        # Only the sides read count in the pair totals; a guessed one is kept on the meeting, shown as such.
        [
            MeetingSide(meeting=meeting, country=countries[c])
            for c in extracted.sides
            if c in countries and c not in inferred
        ],
        ignore_conflicts=True,
    )
    MeetingParticipant.objects.bulk_create(
        [
            MeetingParticipant(
                meeting=meeting,
                person=p,
                country=countries.get(read_countries.get(p.pk, "")),
                title=titles.get(p.pk, ""),
            )
            for p in participants
        ],
        ignore_conflicts=True,
    )
    _add_report(meeting, article, extracted)
    return meeting


def _meeting_fields(extracted: MeetingExtraction, countries: dict, inferred: set[str]) -> dict:
    return {
        "kind": extracted.kind,
        "status": extracted.status,
        "place": fit(Meeting, "place", extracted.place),
        "place_country": countries.get(extracted.place_country) if extracted.place_country else None,
        "date": extracted.date or extracted.partial_date,
        "date_precision": extracted.date_precision if extracted.date is None else DatePrecision.DAY,
        "date_text": fit(Meeting, "date_text", extracted.date_text),
        "date_anchor": extracted.date_anchor or "",
        "date_anchor_date": extracted.date_anchor_date,
        "evidence": extracted.evidence,
        "confidence": min(max(extracted.confidence, 0.0), 1.0),
        "inferred_sides": sorted(inferred),
    }


def inferred_sides(extracted: MeetingExtraction, read: dict[str, str], guessed: dict[str, str]) -> set[str]:
    """The sides of a meeting that stand only on a participant's guessed country (no participant
    read as of that country, and not named otherwise): they are shown, never counted."""
    read_sides = {read[n] for n in extracted.participants if n in read}
    return {guessed[n] for n in extracted.participants if n in guessed} - read_sides


def _add_report(meeting: Meeting, article: Article, extracted: MeetingExtraction) -> None:
    # One query, no savepoint; when the article told of the occasion twice, its first telling stays.
    report = MeetingReport(
        meeting=meeting, article=article, evidence=extracted.evidence, evidence_start=extracted.evidence_start
    )
    MeetingReport.objects.bulk_create([report], ignore_conflicts=True)


PLAN_WINDOW_DAYS = 30


def _same_occasion(extracted, participants: list[Person], article: Article) -> Meeting | None:
    """An already stored meeting this one reports again: same people, same day give or take one;
    for one named person, the same place's country too. Never one from this article: the extractor has
    already joined the readings of one occasion, so two meetings of one article are two ("visited
    Japan, South Korea and China": three visits)."""
    wanted = {p.pk for p in participants}
    # (a plan by any of them: the plan that named only the visitor may not name first whom this one does)
    planned = extracted.status == MeetingStatus.PLANNED
    named = Q(participant_rows__person__in=participants if planned else participants[:1])
    candidates = Meeting.objects.filter(named).exclude(reports__article=article)
    # "Biden and Putin will meet in Geneva on June 16" and, a day later, "met in Geneva on June 16":
    # one occasion, first planned, then held; otherwise a plan and a meeting are two
    same_status = Q(status=extracted.status)
    candidates = candidates.filter(same_status | Q(date=extracted.date) if extracted.date else same_status)
    if len(wanted) == 1 and extracted.place_country:
        # one traveller's visits to two countries are two occasions
        candidates = candidates.filter(place_country_id=extracted.place_country)
    if extracted.date:
        window = dt.timedelta(days=1)
        on_the_day = Q(date__range=(extracted.date - window, extracted.date + window))
        if planned and article.published:
            # "Nakasone's visit to Washington" weeks ahead, and "his April 29 visit": one plan
            weeks = dt.timedelta(days=PLAN_WINDOW_DAYS)
            on_the_day |= Q(
                date__isnull=True,
                reports__article__published__range=(article.published - weeks, article.published + weeks),
            )
        candidates = candidates.filter(on_the_day)
    elif article.published:
        # A plan is reported for weeks before it happens ("Nakasone's visit to Washington"); an
        # undated held meeting, only for the days after it
        window = dt.timedelta(days=PLAN_WINDOW_DAYS if planned else 3)
        # Not a day: undated, or a month or a year (which one report may give and another not).
        undated = Q(date__isnull=True) | ~Q(date_precision=DatePrecision.DAY)
        published = article.published
        recent = Q(reports__article__published__range=(published - window, published + window))
        when = undated & recent
        if planned:  # ... or a plan already dated for the weeks ahead ("his April 29 visit")
            when |= Q(status=MeetingStatus.PLANNED, date__range=(published, published + window))
        candidates = candidates.filter(when)
    else:
        return None
    for meeting in candidates.distinct().prefetch_related("participant_rows"):
        found = {row.person_id for row in meeting.participant_rows.all()}
        if found == wanted:
            return meeting
        nested = found <= wanted or wanted <= found
        if (meeting.status != extracted.status or planned) and len(found & wanted) >= 2 and nested:
            # the plan named the two leaders, the report of it held names the host too; two
            # reports of a plan name more or fewer of the delegation
            return meeting
        if (
            planned
            and nested
            and extracted.place_country
            and meeting.place_country_id == extracted.place_country
        ):
            # "Nakasone's visit to Washington" and "Nakasone will meet Reagan in Washington": the
            # visit a plan names is the plan that names the host
            return meeting
    return None
