"""Store what the extractor read: the one code path behind `manage.py ingest` and the admin upload.

Each article is stored in its own transaction, so one bad file never loses the others, and
re-ingesting the same text is a no-op unless `update=True`. Facts an admin edited (origin
"edited") are never overwritten or deleted here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import json
import os
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.text import slugify

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
    PersonRedirect,
    Quote,
    Role,
    fold,
    participants_key,
)
from extraction.types import (
    ArticleExtraction,
    Document,
    DocumentError,
    MeetingExtraction,
    PersonExtraction,
)

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"

# How close two spellings of a forename must be to count as one person ("Nikolai"/"Nikolay").
SAME_PERSON_RATIO = 0.8


@dataclass
class Source:
    """One file to ingest: its name (for messages) and raw bytes."""

    name: str
    data: bytes
    error: str = ""  # set when the file could not even be read
    # What is known of it beside its text (published, source, url); its front matter wins.
    metadata: dict = field(default_factory=dict)


@dataclass
class IngestResult:
    name: str
    status: str
    article: Article | None = None
    message: str = ""


@dataclass
class _Pending:
    source: Source
    document: Document | None = None
    content_hash: str = ""
    existing: Article | None = None
    result: IngestResult | None = None


def sources_from_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Source]:
    """Files and folders (recursively, *.txt), read lazily so a large corpus streams.

    The nearest `MANIFEST.jsonl` in or above a folder (or a file's folder) gives the files'
    metadata (see `read_manifest`).
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            manifest = _nearest_manifest(path)
            for child in sorted(path.rglob("*.txt")):
                yield Source(str(child), child.read_bytes(), metadata=manifest.get(child.resolve(), {}))
        else:
            try:
                metadata = _nearest_manifest(path.parent).get(path.resolve(), {})
                yield Source(str(path), path.read_bytes(), metadata=metadata)
            except OSError as error:
                yield Source(str(path), b"", error=f"cannot read the file: {error.strerror or error}")


MANIFEST = "MANIFEST.jsonl"


def _nearest_manifest(folder: Path) -> dict[Path, dict]:
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        if (candidate / MANIFEST).is_file():
            return read_manifest(candidate / MANIFEST)
    return {}


def read_manifest(path: Path) -> dict[Path, dict]:
    # Files named one by one share their folder's manifest: it is read once while unchanged.
    return _read_manifest(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _read_manifest(path: Path, mtime: int) -> dict[Path, dict]:
    """{file: metadata} from a JSON-lines manifest: one object per file, `file` relative to the
    manifest's folder, with any of `published` (YYYY-MM-DD), `outlet` or `source`, and `url`.

    Corpora ship their publication dates this way; without them "on Tuesday" cannot be resolved.
    Lines that are not such objects are passed over: the files are still ingested, undated.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    manifest = {}
    for line in lines:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            continue
        metadata = {
            "published": row.get("published"),
            "source": row.get("outlet") or row.get("source"),
            "url": row.get("url"),
        }
        manifest[(path.parent / row["file"]).resolve()] = {k: v for k, v in metadata.items() if v}
    return manifest


def ingest(
    sources: Iterable[Source],
    *,
    update: bool = False,
    defaults: dict | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
) -> Iterator[IngestResult]:
    """Read, extract and store each source; yields one result per source, in order.

    With `n_process` > 1, worker processes parse and extract while this process stores.
    """
    from extraction.parallel import Failure, extract_chunks

    batch_size = batch_size or default_batch_size(n_process)

    seen: set[str] = set()
    prepared = (_prepare(source, defaults=defaults, seen=seen) for source in sources)
    chunks = (_look_up_stored(chunk, update=update) for chunk in _chunked(prepared, batch_size))
    items: deque[list[_Pending]] = deque()

    def documents():
        # Files that need no NLP (failed, duplicates) travel as None and keep their place.
        for chunk in chunks:
            items.append(chunk)
            yield [item.document if item.result is None else None for item in chunk]

    outcomes = extract_chunks(
        documents(), model_name=settings.NEWSDESK_SPACY_MODEL, processes=n_process, batch_size=batch_size
    )
    batch = Batch()
    with _asynchronous_commits():
        try:
            for extracted in outcomes:
                batch.start_chunk([e for e in extracted if isinstance(e, ArticleExtraction)])
                for item, outcome in zip(items.popleft(), extracted, strict=True):
                    if item.result is not None:
                        yield item.result
                    elif isinstance(outcome, Failure):
                        message = f"extraction failed: {outcome.message}"
                        yield IngestResult(item.source.name, FAILED, message=message)
                    else:
                        yield _store_one(item, outcome, batch)
                if batch.stored >= COUNTERS_EVERY:
                    batch.refresh()
        finally:
            # Also when the caller stops half-way.
            batch.refresh()


def default_batch_size(processes: int) -> int:
    # Several workers are best fed smaller chunks: none of them idles long at the end of a run.
    return 32 if processes <= 1 else 16


def _store_one(item: _Pending, extraction: ArticleExtraction, batch: Batch) -> IngestResult:
    try:
        article = store(extraction, content_hash=item.content_hash, existing=item.existing, batch=batch)
    except Exception as error:  # one article's failure must not stop the batch; store() rolled back
        return IngestResult(item.source.name, FAILED, message=f"could not be stored: {error}")
    return IngestResult(item.source.name, UPDATED if item.existing else CREATED, article)


@contextlib.contextmanager
def _asynchronous_commits():
    """Ingest is idempotent: should the server crash, the last few articles are simply ingested
    again, so their commits need not wait for the disk (set once for the run, not per article)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")
        except DatabaseError:  # a broken connection or an aborted transaction: it goes with them
            pass


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


def _chunked(items: Iterable[_Pending], size: int) -> Iterator[list[_Pending]]:
    chunk: list[_Pending] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare(source: Source, *, defaults: dict | None, seen: set[str]) -> _Pending:
    from extraction.document import read_document

    item = _Pending(source)
    if source.error:
        item.result = IngestResult(source.name, FAILED, message=source.error)
        return item
    try:
        item.document = read_document(
            source.data,
            name=source.name,
            defaults={**(defaults or {}), **source.metadata},
            max_bytes=settings.NEWSDESK_MAX_UPLOAD_BYTES,
        )
    except DocumentError as error:
        item.result = IngestResult(source.name, FAILED, message=str(error))
        return item
    item.content_hash = Article.hash_text(item.document.text)
    if item.content_hash in seen:
        item.result = IngestResult(
            source.name, SKIPPED, message="the same text as an earlier file in this batch"
        )
        return item
    seen.add(item.content_hash)
    return item


def _look_up_stored(chunk: list[_Pending], *, update: bool) -> list[_Pending]:
    """One query for the chunk: texts already stored are skipped, or updated when asked."""
    hashes = [item.content_hash for item in chunk if item.result is None]
    stored = Article.objects.in_bulk(hashes, field_name="content_hash") if hashes else {}
    for item in chunk:
        item.existing = stored.get(item.content_hash) if item.result is None else None
        if item.existing and not update:
            item.result = IngestResult(item.source.name, SKIPPED, item.existing, "already ingested")
    return chunk


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
    article.title = document.title[:500]
    article.body = document.body
    article.byline = document.byline[:200]
    article.source = document.source[:200]
    article.url = document.url[:1000]
    article.published = document.published
    article.dateline = " ".join(filter(None, [document.dateline_place, document.dateline_text]))[:200]
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
            spans=_body_spans(c.spans, document),
        )
        for c in extraction.countries
    )
    touched_countries |= {c.code for c in extraction.countries}

    # People an admin deleted as extraction errors stay deleted.
    dismissed = batch.dismissed_people({fold(p.name) for p in extraction.people})
    extracted_people = [p for p in extraction.people if fold(p.name) not in dismissed]
    people = resolve_people(extracted_people, countries)
    _record_names(people, extracted_people)
    _record_roles(people, extracted_people, countries, document.published)
    PersonMention.objects.bulk_create(_mentions(article, people, extracted_people, document))
    Quote.objects.bulk_create(
        Quote(person=people[p.name], article=article, text=q) for p in extracted_people for q in p.quotes
    )
    touched_people |= {p.pk for p in people.values()}

    # The admin's version of a meeting this article reports stands: re-extraction must not store
    # its uncorrected reading again beside it (the date or the participants would differ).
    # The title a participant held at the time is the one this article gives them.
    titles = {people[p.name].pk: p.titles[0][:300] for p in extracted_people if p.titles}
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
    from extraction.gazetteer import all_countries

    return {row["code"]: row for row in all_countries()}


def resolve_people(extracted: list[PersonExtraction], countries: dict[str, Country]) -> dict[str, Person]:
    """The stored Person each extracted name refers to, created when there is none.

    Matches, in order: a known spelling (names and variants, including merged people's); the same
    surname and country with a close forename (transliterations); a lone surname that only one
    known person of that country carries. A handful of queries per article, whatever its size.
    """
    keys = {p.name: fold(p.name) for p in extracted}
    spellings = PersonName.objects.filter(key__in=keys.values()).select_related("person")
    known = {row.key: row.person for row in spellings}
    missing_keys = set(keys.values()) - known.keys()
    surnames = {key.rsplit(" ", 1)[-1] for key in missing_keys}
    by_surname: dict[str, list[Person]] = {}
    if missing_keys:
        # One query for both: people entered by hand may lack a PersonName for their own name,
        # and transliteration candidates share the surname.
        for candidate in Person.objects.filter(Q(key__in=missing_keys) | Q(surname_key__in=surnames)):
            if candidate.key in missing_keys:
                known.setdefault(candidate.key, candidate)
            by_surname.setdefault(candidate.surname_key, []).append(candidate)

    people: dict[str, Person] = {}
    new: list[Person] = []
    for item in extracted:
        key = keys[item.name]
        country = countries.get(item.country) if item.country else None
        person = known.get(key) or _similar_person(key, country, by_surname.get(key.rsplit(" ", 1)[-1], []))
        if person is None:
            person = Person(name=item.name, country=country)
            person.key = key
            person.surname_key = key.rsplit(" ", 1)[-1]
            new.append(person)
            # A later, shorter spelling in the same batch finds it.
            by_surname.setdefault(person.surname_key, []).append(person)
            known[key] = person
        elif person.pk and person.country_id is None and country is not None and not person.is_edited:
            person.country = country
            person.save(update_fields=["country"])
        people[item.name] = person
    if new:
        _assign_slugs(new)
        Person.objects.bulk_create(new)
    return people


def _similar_person(key: str, country: Country | None, candidates: list[Person]) -> Person | None:
    compatible = [c for c in candidates if country is None or c.country_id in (None, country.pk)]
    if " " in key:
        close = [c for c in compatible if " " in c.key and _same_name(c.key, key)]
        return close[0] if len(close) == 1 else None
    if len(compatible) == 1 and country is not None:
        return compatible[0]
    return None


def _same_name(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= SAME_PERSON_RATIO


def _assign_slugs(people: list[Person]) -> None:
    bases = [(p, slugify(p.name)[:200] or "person") for p in people]
    wanted = {b for _, b in bases}
    taken = _taken_slugs(Q(slug__in=wanted))  # off the unique indexes
    repeated = {b for b, n in Counter(b for _, b in bases).items() if n > 1}
    if clashing := (wanted & taken) | repeated:
        # Numbered forms ("wang-yi-2") only for the few names already in use: a regex scans.
        alternatives = "|".join(re.escape(b) for b in sorted(clashing))
        taken |= _taken_slugs(Q(slug__regex=f"^({alternatives})-[0-9]+$"))
    for person, base in bases:
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        person.slug = slug
        taken.add(slug)


def _taken_slugs(condition: Q) -> set[str]:
    """Slugs in use by people, or kept by merged people's redirects."""
    # Neither part nor the union may keep Person's default ordering (SQLite refuses ordered parts).
    people = Person.objects.filter(condition).values_list("slug", flat=True).order_by()
    merged = PersonRedirect.objects.filter(condition).values_list("slug", flat=True)
    return set(people.union(merged).order_by())


def _record_names(people: dict[str, Person], extracted: list[PersonExtraction]) -> None:
    """Every spelling becomes a PersonName, so later articles find the person by any of them."""
    rows = {}
    for item in extracted:
        person = people[item.name]
        for name in {person.name, item.name, *(v for v in item.variants if " " in v)}:
            rows[(person.pk, fold(name))] = PersonName(person=person, name=name, key=fold(name))
    PersonName.objects.bulk_create(rows.values(), ignore_conflicts=True)


def _record_roles(
    people: dict[str, Person],
    extracted: list[PersonExtraction],
    countries: dict[str, Country],
    seen: dt.date | None,
) -> None:
    wanted = {(people[p.name].pk, t[:300]): p for p in extracted for t in p.titles}
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
            place=(extracted.place or "")[:100],
            place_country=countries.get(extracted.place_country) if extracted.place_country else None,
            date=extracted.date,
            date_text=(extracted.date_text or "")[:100],
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
