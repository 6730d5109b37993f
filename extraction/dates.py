"""The time expressions that date a meeting, and the day a dateline's date words give.

News gives dates relative to when it was written ("on Tuesday", "yesterday") or as a day and month
without a year ("Nov. 12"), so every phrase is resolved against an anchor: the dateline's date when the
article has one (wire stories date the dateline to the day of the events), else the publication date.
The common forms are handled by a few precompiled regexes; `dateparser` is only a fallback for the rest
because it is slow to import and to call.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .document import plausible_date
from .lexicon.dates import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    RELATIVE_DAYS,
    SMALL_NUMBERS,
    WEEKDAYS,
)

# Full names, or abbreviations with an optional full stop ("Nov. 12"; not the one ending "in May.")
_MONTH = (
    rf"(?:(?:{'|'.join(MONTH_NAMES)})\b"
    rf"|(?:{'|'.join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))})\b\.?)"
)
_WEEKDAY = rf"(?:{'|'.join(name.capitalize() for name in WEEKDAYS)})"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# "March 3", "Nov. 12, 1996" / "12 November 2018", "4 May" / "1996-08-29"
_MONTH_DAY = rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\b(?:,?\s+(?P<y1>{_YEAR})\b)?"
_DAY_MONTH = rf"\b(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{_YEAR})\b)?"
_ISO = r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
_ABSOLUTE_RE = re.compile(rf"{_ISO}|{_MONTH_DAY}|{_DAY_MONTH}", re.IGNORECASE)
_WEEKDAY_RE = re.compile(rf"\b(?P<rel>last|next|this|coming)?\s*(?P<wd>{_WEEKDAY})\b", re.IGNORECASE)
_RELATIVE_RE = re.compile(r"\b(" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b", re.I)
_DAYS_AGO_RE = re.compile(r"\b(\d+|two|three|four|five|six)\s+days\s+(ago|earlier|later)\b", re.IGNORECASE)
# Words that name a time but not a day: "last week", "recently", "in September". Recognised so that
# the phrase is reported (date_text), then deliberately left unresolved.
_VAGUE = (
    rf"(?:last|next|this|previous|coming)\s+(?:week|month|year|weekend)|earlier\s+this\s+(?:week|month)"
    rf"|later\s+this\s+(?:week|month|year)|recently|in\s+(?:early\s+|late\s+|mid-)?{_MONTH}(?:\s+{_YEAR}|\s+(?:last|next|this)\s+year)?"
    rf"|in\s+(?:early\s+|late\s+)?{_YEAR}"
    # "last November" (the month's name in capitals: "this may help" is no date)
    rf"|(?:last|next|this)\s+(?-i:{_MONTH})(?!\.?\s*{_DAY}\b)"
)

# Every form a sentence may carry, for `find_date_phrases`; longest alternatives first so that
# "Thursday (Aug 20)" wins over "Thursday" and "on 12 November 2018" over "12 November".
_EVE_RE = re.compile(r"\bthe\s+eve\s+of\s+", re.IGNORECASE)
_PHRASE_RE = re.compile(
    rf"\b(?:(?i:on|since|from)\s+)?(?:"
    rf"(?i:the\s+eve\s+of\s+)(?:{_WEEKDAY}(?:'s)?|{_MONTH}\s+{_DAY}\b|{_DAY}\s+{_MONTH})"
    rf"|{_WEEKDAY}\s*\(\s*{_MONTH}\s+{_DAY}\s*\)"
    rf"|(?:(?:{_WEEKDAY}),?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"
    rf"|(?:(?:{_WEEKDAY}),?\s+)?{_DAY}\s+{_MONTH}(?:\s+{_YEAR}\b)?"
    rf"|(?:19|20)\d\d-[01]\d-[0-3]\d"
    rf"|(?:(?i:last|next|this|coming)\s+)?{_WEEKDAY}{_PART_OF_DAY}"
    rf"|(?i:earlier\s+today|yesterday{_PART_OF_DAY}|today|tonight|tomorrow{_PART_OF_DAY}|last\s+night"
    rf"|this\s+(?:morning|afternoon|evening)"
    rf"|(?:\d+|two|three|four|five|six)\s+days\s+(?:ago|earlier|later)"
    rf"|{_VAGUE}))",
)


# The periods among the vague phrases that still name a month or a year: "in April 2012",
# "in March last year", "last month", "in 2019", "later this year". Weeks and "recently" name neither.
_SHIFT = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
_IN_MONTH_RE = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-)?(?P<month>{_MONTH})"
    rf"(?:\s+(?P<year>{_YEAR})\b|\s+(?P<rel>last|next|this)\s+year\b)?",
    re.IGNORECASE,
)
_REL_MONTH_RE = re.compile(rf"(?P<rel>last|next|this)\s+(?P<month>{_MONTH})", re.IGNORECASE)
_IN_YEAR_RE = re.compile(rf"\bin\s+(?:early\s+|late\s+)?(?P<year>{_YEAR})\b", re.IGNORECASE)
_THIS_PERIOD_RE = re.compile(
    r"\b(?:(?P<rel>last|next|this|previous|coming)|(?:earlier|later)\s+this)\s+(?P<unit>month|year)\b",
    re.IGNORECASE,
)


def resolve_period(
    phrase: str, *, published: dt.date | None, dateline: dt.date | None, future: bool = False
) -> tuple[dt.date | None, str]:
    """The first day of the month or year a phrase names, and "month" or "year"; (None, "") for a
    phrase that names neither ("last week", "on Tuesday"). A month without a year is the latest
    such month up to the anchor's (the next one from it, `future`)."""
    anchor = dateline or published
    text = phrase.strip()
    match = _IN_MONTH_RE.fullmatch(text)
    if match:
        month = MONTHS[match["month"][:3].lower()]
        if match["year"]:
            year = int(match["year"])
        elif anchor is None:
            return None, ""
        elif match["rel"]:
            year = anchor.year + _SHIFT[match["rel"].lower()]
        elif future:
            year = anchor.year + (month < anchor.month)
        else:
            year = anchor.year - (month > anchor.month)
        return _period(dt.date(year, month, 1), "month")
    match = _REL_MONTH_RE.fullmatch(text)
    if match and anchor is not None:
        month, rel = MONTHS[match["month"][:3].lower()], match["rel"].lower()
        # "last November" told in March is the one before; "next March" the one to come
        year = anchor.year - (month >= anchor.month) if rel == "last" else anchor.year
        year += rel == "next" and month <= anchor.month
        return _period(dt.date(year, month, 1), "month")
    match = _IN_YEAR_RE.fullmatch(text)
    if match:
        return _period(dt.date(int(match["year"]), 1, 1), "year")
    match = _THIS_PERIOD_RE.fullmatch(text)
    if match and anchor is not None:
        shift = _SHIFT[match["rel"].lower()] if match["rel"] else 0
        if match["unit"].lower() == "year":
            return _period(dt.date(anchor.year + shift, 1, 1), "year")
        index = anchor.year * 12 + anchor.month - 1 + shift
        return _period(dt.date(index // 12, index % 12 + 1, 1), "month")
    return None, ""


def _period(start: dt.date, precision: str) -> tuple[dt.date | None, str]:
    return (start, precision) if plausible_date(start) else (None, "")


def dateline_date(words: str, published: dt.date | None) -> dt.date | None:
    """The date a dateline gives ("June 29" takes its year from `published`; "1996-08-29" is whole)."""
    if not words:
        return None
    return resolve(words, published=published, dateline=None)[0]


def find_date_phrases(text: str) -> list[tuple[int, int, str]]:
    """Every time expression in `text` as (start, end, words), in order."""
    return [(m.start(), m.end(), m.group(0)) for m in _PHRASE_RE.finditer(text)]


def is_vague(phrase: str) -> bool:
    """True for a phrase that names a period rather than a day ("last week", "in September")."""
    return re.fullmatch(rf"\s*(?:{_VAGUE})\s*", phrase, re.IGNORECASE) is not None


def resolve(
    phrase: str,
    *,
    published: dt.date | None,
    dateline: dt.date | None,
    future: bool | None = False,
) -> tuple[dt.date | None, str, dt.date | None]:
    """The calendar date `phrase` names, the anchor used ("dateline", "published", "absolute" or "")
    and the anchor's date.

    `future` says which way a bare weekday or a date without a year points: False for something that
    happened (the most recent such day, the anchor's own day included), True for something planned
    (the next one), None when unknown (the closest).

    A date outside 1900..next year ("99999999999 days ago", "tomorrow" after 9999-12-31) is a
    misreading: unresolved, never an OverflowError that costs the article.
    """
    try:
        date, anchor_name, anchor = _resolve(phrase, published=published, dateline=dateline, future=future)
    except OverflowError:
        return None, "", None
    if date is not None and not plausible_date(date):
        return None, "", None
    return date, anchor_name, anchor


def _resolve(
    phrase: str, *, published: dt.date | None, dateline: dt.date | None, future: bool | None
) -> tuple[dt.date | None, str, dt.date | None]:
    anchor_name, anchor = _anchor(published, dateline)
    text = phrase.strip()
    if not text or is_vague(text):
        return None, "", None
    eve = _EVE_RE.search(text)
    if eve:  # "on the eve of Tuesday's summit": the day before
        date, anchor_name, anchor_date = resolve(
            text[eve.end() :], published=published, dateline=dateline, future=future
        )
        return (date - dt.timedelta(days=1) if date else None), anchor_name, anchor_date

    # A weekday with the date in brackets ("Thursday (Aug 20)") is as good as the bracketed date
    match = _ABSOLUTE_RE.search(text)
    if match:
        return _absolute(match, anchor_name, anchor, future)
    if anchor is None:
        return None, "", None
    match = _RELATIVE_RE.search(text)
    if match:
        return anchor + dt.timedelta(days=RELATIVE_DAYS[match[1].lower()]), anchor_name, anchor
    match = _DAYS_AGO_RE.search(text)
    if match:
        count = int(match[1]) if match[1].isdigit() else SMALL_NUMBERS[match[1].lower()]
        sign = 1 if match[2].lower() == "later" else -1
        return anchor + dt.timedelta(days=sign * count), anchor_name, anchor
    match = _WEEKDAY_RE.search(text)
    if match:
        return _weekday(match, anchor, future), anchor_name, anchor
    return _fallback(text, anchor_name, anchor)


def _anchor(published: dt.date | None, dateline: dt.date | None) -> tuple[str, dt.date | None]:
    # The dateline is written on the day of the events; the publication date may be a day later
    if dateline is not None:
        return "dateline", dateline
    if published is not None:
        return "published", published
    return "", None


def _absolute(
    match: re.Match[str], anchor_name: str, anchor: dt.date | None, future: bool | None
) -> tuple[dt.date | None, str, dt.date | None]:
    if match["iso"]:
        try:
            return dt.date.fromisoformat(match["iso"]), "absolute", None
        except ValueError:
            return None, "", None
    month = MONTHS[(match["m1"] or match["m2"])[:3].lower()]
    day = int(re.sub(r"\D", "", match["d1"] or match["d2"]))
    year = match["y1"] or match["y2"]
    if year:
        return _safe_date(int(year), month, day), "absolute", None
    if anchor is None:
        return None, "", None
    return _nearest_year(month, day, anchor, future), anchor_name, anchor


def _nearest_year(month: int, day: int, anchor: dt.date, future: bool | None) -> dt.date | None:
    # A day and month without a year: the anchor's year unless that puts the event on the wrong side
    # of the anchor by a lot ("Dec. 28" in a January story happened last year)
    candidates = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
    ]
    if not candidates:
        return None
    slack = dt.timedelta(days=2)
    if future is False:
        past = [d for d in candidates if d <= anchor + slack]
        return max(past) if past else min(candidates)
    if future is True:
        ahead = [d for d in candidates if d >= anchor - slack]
        return min(ahead) if ahead else max(candidates)
    return min(candidates, key=lambda d: abs(d - anchor))


def _weekday(match: re.Match[str], anchor: dt.date, future: bool | None) -> dt.date:
    target = WEEKDAYS.index(match["wd"].lower())
    relative = (match["rel"] or "").lower()
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if relative == "last":
        return anchor - dt.timedelta(days=back or 7)
    if relative in {"next", "coming"} or (future and relative != "this"):
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fallback(text: str, anchor_name: str, anchor: dt.date) -> tuple[dt.date | None, str, dt.date | None]:
    parsed = _dateparser_parse(text, anchor.isoformat())
    if parsed is None:
        return None, "", None
    return parsed, anchor_name, anchor


@lru_cache(maxsize=512)
def _dateparser_parse(text: str, anchor_iso: str) -> dt.date | None:
    import dateparser  # slow to import; most phrases never get here

    anchor = dt.datetime.fromisoformat(anchor_iso)
    settings = {"RELATIVE_BASE": anchor, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"]}
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


__all__ = ["dateline_date", "find_date_phrases", "is_vague", "resolve", "resolve_period"]
