"""The extractor's output: plain dataclasses, no Django, no spaCy objects.

Everything downstream (the `extract` command's JSON, ingest into the database, the admin upload)
reads these and nothing else, so the NLP can change without touching the web code.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from enum import StrEnum


class MeetingKind(StrEnum):
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    CALL = "call"
    VIDEO = "video"
    SUMMIT = "summit"
    CONSULTATION = "consultation"


class MeetingStatus(StrEnum):
    HELD = "held"
    PLANNED = "planned"


class DateAnchor(StrEnum):
    """What a meeting's date was resolved against."""

    NONE = ""  # unresolved
    PUBLISHED = "published"
    DATELINE = "dateline"
    ABSOLUTE = "absolute"  # stated in the text


class DatePrecision(StrEnum):
    """How much of a calendar day a meeting's date gives: "on May 3", "in May 2012", "in 2012"."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DocumentError(ValueError):
    """The input cannot be read as an article; the message is shown to the user as is."""


@dataclass
class Document:
    """A decoded article, before any NLP."""

    title: str
    body: str  # headline excluded; byline e-mail removed; HTML entities decoded
    byline: str = ""
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    # "TOKYO, March 3 -" / "BEIJING, Nov. 12 (Xinhua) --": city and the raw date words, if any. Worked
    # out once, by `document.find_dateline` (when the Document is built, if not given), for every stage.
    dateline_place: str = ""
    dateline_text: str = ""
    dateline_region: str = ""  # "GUANAJUATO, Mexico, June 1": what tells a small city's country
    dateline_span: tuple[int, int] | None = None  # char offsets into `text`; (0, 0) without a dateline
    dateline_date: dt.date | None = None  # the day the dateline gives, its year from `published`
    # The lead (the first body sentence, where the story's subject is stated), as offsets into `text`.
    # It needs the sentence boundaries, so the pipeline sets it once the text is parsed.
    lead_span: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.dateline_span is None:
            from .document import find_dateline  # document.py builds Documents: imported late

            dateline = find_dateline(self.body)
            offset = len(self.text) - len(self.body)
            self.dateline_span = (offset + dateline.start, offset + dateline.end) if dateline.end else (0, 0)
            if not self.dateline_place and not self.dateline_text:
                self.dateline_place, self.dateline_text = dateline.place, dateline.date_text
                self.dateline_region = dateline.region
        if self.dateline_date is None and self.dateline_text:
            from .dates import dateline_date

            self.dateline_date = dateline_date(self.dateline_text, self.published)

    # What was read but not kept, for the ingest report: "url 'javascript:…' dropped: …"
    warnings: list[str] = field(default_factory=list)

    @functools.cached_property
    def datelines(self) -> list[tuple[int, str]]:
        """A digest's own datelines, one per story: (offset into `text`, city); [] for one story."""
        from .document import paragraph_datelines

        offset = len(self.text) - len(self.body)
        return [(offset + at, place) for at, place in paragraph_datelines(self.body)]

    def dateline_country(self, on: dt.date | None = None) -> str | None:
        """The dateline city's country, told by the region after it when the city is not known."""
        from . import gazetteer

        if not self.dateline_place:
            return None
        on = on or self.published
        # a known city is its own ("TBILISI, Georgia" is no Georgia in the US)
        known = gazetteer.place_country(self.dateline_place, on)
        if known or not self.dateline_region:
            return known
        return gazetteer.place_country(f"{self.dateline_place}, {self.dateline_region}", on)

    def dateline_before(self, offset: int) -> str:
        """The city of the digest story that holds `offset`, else the article's dateline city."""
        return next((place for at, place in reversed(self.datelines) if at <= offset), self.dateline_place)

    @property
    def text(self) -> str:
        """What the NLP reads: headline, blank line, body. Offsets below are into this."""
        return f"{self.title}\n\n{self.body}" if self.body else self.title


@dataclass
class PersonExtraction:
    name: str  # fullest form in the article, no titles or honorifics
    country: str | None = None  # ISO 3166-1 alpha-2 (SU, DD, CS, YU for historical states)
    titles: list[str] = field(default_factory=list)
    mentions: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)  # char offsets into Document.text
    variants: list[str] = field(default_factory=list)  # other spellings seen ("Mr Yang", "Yang")
    quotes: list[str] = field(default_factory=list)  # what they were reported as saying
    # True when the country was read from the grammar ("Russia's X", "the Russian minister X"),
    # False when it is the best guess from nearby countries or the dateline.
    country_read: bool = False
    # Other names the article says they go by, each with the words that said so:
    # {"Abu Mazen": "also known as"}.
    aliases: dict[str, str] = field(default_factory=dict)


@dataclass
class CountryExtraction:
    code: str
    name: str
    mentions: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class MeetingExtraction:
    participants: list[str]  # PersonExtraction.name values
    sides: list[str]  # sorted ISO codes
    kind: str = MeetingKind.MEETING
    status: str = MeetingStatus.HELD
    place: str | None = None
    place_country: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_anchor: str = DateAnchor.NONE
    date_anchor_date: dt.date | None = None
    # "in April 2012", "last year": the first day of the month or year named, when `date` (a day,
    # what the gold scores) is None; `date_precision` says which
    partial_date: dt.date | None = None
    date_precision: str = DatePrecision.DAY
    evidence: str = ""  # the sentence it was read from
    evidence_start: int = 0  # char offset of that sentence in Document.text
    confidence: float = 1.0  # 0..1, for the admin review list (weakest first)


@dataclass
class ArticleExtraction:
    document: Document
    people: list[PersonExtraction] = field(default_factory=list)
    countries: list[CountryExtraction] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)
    meetings: list[MeetingExtraction] = field(default_factory=list)

    def as_json(self, file: str) -> dict:
        """The object `manage.py extract` prints, keys in the order ../shared/eval/GUIDE.md gives."""
        return {
            "file": file,
            "title": self.document.title,
            "published": _iso(self.document.published),
            "people": [
                {"name": p.name, "country": p.country, "titles": p.titles, "mentions": p.mentions}
                for p in self.people
            ],
            "countries": [{"code": c.code, "name": c.name, "mentions": c.mentions} for c in self.countries],
            "focus": self.focus,
            "meetings": [
                {
                    "participants": m.participants,
                    "sides": m.sides,
                    "kind": m.kind,
                    "status": m.status,
                    "place": m.place,
                    "place_country": m.place_country,
                    "date": _iso(m.date),
                    "date_text": m.date_text,
                    "date_anchor": m.date_anchor,
                    "date_precision": m.date_precision,
                    "partial_date": _iso(m.partial_date),
                    "evidence": m.evidence,
                }
                for m in self.meetings
            ],
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


__all__ = [
    "ArticleExtraction",
    "CountryExtraction",
    "DatePrecision",
    "Document",
    "DocumentError",
    "MeetingExtraction",
    "PersonExtraction",
]
