"""Bytes in, `Document` out: decoding, sanity checks, front matter, headline, byline, dateline.

The dateline grammar lives here and nowhere else; the lead (which needs sentence boundaries) is found
here too, from the parse, and both are carried on the `Document` for every later stage.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import dateline_date
from .types import Document, DocumentError

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_BYTES = 2_000_000

# Magic numbers of files people upload by mistake.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\xd0\xcf\x11\xe0",  # old Office
    b"\x7fELF",
    b"BM",
    b"RIFF",
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_KEY = re.compile(r"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$")
_EMAIL_LINE = re.compile(r"^\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?\s*$")
# Wire-service sign-offs left at the end of the text.
_FURNITURE_LINE = re.compile(r"^\s*(?:REUTERS?|Reuters?|\(Reuters?\)|AP|Xinhua|AFP)\s*$")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_WORDS = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
)
_AGENCY = r"\([A-Z][A-Za-z]+(?:[,/]\s*[A-Z][A-Za-z]+)*\)"
_DASH = r"(?:-{1,2}|\u2013|\u2014|_|\u2022)"
# "TOKYO, March 3 -", "BEIJING, Nov. 12 (Xinhua) --", "MANAMA 1996-08-26 -", "WASHINGTON (AP) --",
# "ABHA, Saudi Arabia, March 15 -", "SINGAPORE -": a place in capitals (or in Title case when a date
# follows), an optional region, date and agency, then a dash.
_DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){{0,3}})(?:,\s*[A-Z][A-Za-z.' ]+?)??"
    rf"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,\s*{_DATE_WORDS}))"
    rf"(?:,?\s*(?P<date>{_DATE_WORDS}))?\s*(?:{_AGENCY})?\s*{_DASH}\s*"
)


def read_document(
    data: bytes, *, name: str = "", defaults: dict | None = None, max_bytes: int = MAX_BYTES
) -> Document:
    """Decode and split an uploaded article; raises `DocumentError` with a message for the user."""
    label = f"{name}: " if name else ""
    if len(data) > max_bytes:
        raise DocumentError(
            f"{label}the file is {len(data):,} bytes; "
            f"articles larger than {max_bytes:,} bytes are not accepted."
        )
    text = decode(data, label=label)
    meta, text = split_front_matter(text)
    text = html.unescape(text).replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    lines = _drop_trailing_furniture(lines)
    byline = ""
    while lines and _EMAIL_LINE.match(lines[-1]):
        email = lines.pop().strip("() ")
        byline = byline or email
        lines = _drop_trailing_furniture(lines)
    nonempty = [i for i, line in enumerate(lines) if line]
    if not nonempty:
        raise DocumentError(f"{label}the file has no text in it.")
    settings = {**(defaults or {}), **meta}
    title = settings.get("title", "").strip()
    if title:
        body_lines = lines
    else:
        title = lines[nonempty[0]]
        body_lines = lines[nonempty[0] + 1 :]
    body = "\n".join(line for line in body_lines if line)
    dateline = find_dateline(body)
    published = _parse_published(settings.get("published"))
    offset = len(title) + 2 if body else len(title)
    return Document(
        title=title,
        body=body,
        byline=byline,
        source=str(settings.get("source", "") or ""),
        url=str(settings.get("url", "") or ""),
        published=published,
        dateline_place=dateline.place,
        dateline_text=dateline.date_text,
        dateline_span=(offset + dateline.start, offset + dateline.end) if dateline.end else (0, 0),
        dateline_date=dateline_date(dateline.date_text, published),
    )


def decode(data: bytes, *, label: str = "") -> str:
    """UTF-8 (BOM or not); cp1252 only when UTF-8 fails and cp1252 gives ordinary text."""
    if not data.strip():
        raise DocumentError(f"{label}the file is empty.")
    if any(data.startswith(magic) for magic in _BINARY_MAGIC) or b"\x00" in data[:65536]:
        raise DocumentError(
            f"{label}this looks like a binary file (an image, PDF or document), not plain text."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise DocumentError(
                f"{label}the file is not UTF-8 text and cannot be read safely; please save it as UTF-8."
            ) from None
        if _control_ratio(text) > 0.01 or _printable_ratio(text) < 0.95:
            raise DocumentError(
                f"{label}the file is not UTF-8 text and cannot be read safely; please save it as UTF-8."
            ) from None
    if _control_ratio(text) > 0.05:
        raise DocumentError(f"{label}this looks like a binary file, not plain text.")
    if not text.strip():
        raise DocumentError(f"{label}the file has no text in it.")
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    return controls / max(len(text), 1)


def _printable_ratio(text: str) -> float:
    return sum(1 for c in text if c.isprintable() or c in "\n\r\t") / max(len(text), 1)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`---` / `key: value` lines / `---` at the very top -> (metadata, rest of the text)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key_value = _FRONT_KEY.match(line)
        if key_value:
            meta[key_value.group(1).lower()] = key_value.group(2).strip("\"'")
    return meta, text[match.end() :]


def _parse_published(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        # a bare year or a typo should not cost the article: read it undated
        return None


def _drop_trailing_furniture(lines: list[str]) -> list[str]:
    while lines and (not lines[-1] or _FURNITURE_LINE.match(lines[-1])):
        lines = lines[:-1]
    return lines


@dataclass(frozen=True)
class Dateline:
    place: str = ""  # "Tokyo", in normal capitalisation; "" when there is none
    date_text: str = ""  # the raw date words ("March 3", "1996-08-29"), "" when undated
    start: int = 0  # offsets into the body
    end: int = 0


# A dateline after a photo caption or two: a city, an optional region, a date and a dash ("BEIJING,
# Nov. 12 (Xinhua) --"), searched for in the first lines; without a date only at a line start, where
# an upper-case word followed by a dash is not a headline ("WASHINGTON (AP) --").
_CITY = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2})?"
_LATE_AGENCY = r"(?:\s*\((?:[A-Za-z][\w .&-]{0,20})\))?"
_LATE_DASH = r"\s*(?:-{1,3}|\u2013|\u2014|_)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_LATE_DATED = re.compile(
    rf"(?:^|(?<=\s))(?P<place>{_CITY}){_REGION},?\s+"
    rf"(?P<date>{_MONTH}\s+{_DAY}(?:,?\s+(?:1[89]\d\d|20\d\d))?|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    rf"{_LATE_AGENCY}{_LATE_DASH}",
)
_LATE_UNDATED = re.compile(
    rf"^\s*(?P<place>{_CITY}){_REGION}{_LATE_AGENCY}{_LATE_DASH}(?:\s|$)", re.MULTILINE
)
_LATE_SEARCH_CHARS = 1200
_AGENCIES = frozenset({"REUTER", "REUTERS", "AP", "AFP", "UPI"})


def find_dateline(body: str) -> Dateline:
    """The body's dateline: at its very start ("TOKYO, March 3 -", "SINGAPORE -"), else one after a
    photo caption; `Dateline()` when there is none."""
    match = _DATELINE.match(body[:200])
    if match:
        place = (match.group("place") or match.group("titled") or "").split("/")[0].strip(" ,")
        if len(place) < 2:  # a dash after a stray capital: still furniture to skip, but no place
            return Dateline(end=match.end())
        return Dateline(_title_place(place), (match.group("date") or "").strip(), 0, match.end())
    match = _late_dateline(body[:_LATE_SEARCH_CHARS])
    if match is None:
        return Dateline()
    return Dateline(
        _title_place(match["place"]), match.groupdict().get("date") or "", match.start("place"), match.end()
    )


def _late_dateline(head: str) -> re.Match[str] | None:
    match = _LATE_DATED.search(head)
    if match and _looks_like_city(match["place"]):
        return match
    return next((m for m in _LATE_UNDATED.finditer(head) if _looks_like_city(m["place"])), None)


def _looks_like_city(words: str) -> bool:
    # a dateline city is a word or few, not a shouted headline or an agency
    return 1 <= len(words.split()) <= 3 and words.upper() not in _AGENCIES


def dateline_end(body: str) -> int:
    """Length of the dateline prefix of the body (0 when there is none, or when it follows a caption)."""
    dateline = find_dateline(body)
    return dateline.end if dateline.start == 0 else 0


# A body line that ends like a sentence; captions, credits and "Published 7 hours ago" do not.
_SENTENCE_END = tuple(".!?\"'\u201d\u2019)")
_MIN_LEAD_WORDS = 6


def lead_span(doc: Doc, document: Document) -> tuple[int, int]:
    """Offsets of the lead (the first body sentence, where the story's subject is stated), skipping
    the dateline and furniture lines before it (photo captions, "Image copyright ...")."""
    text = document.text  # the same offsets as doc.text, without rebuilding it from the tokens
    start = len(document.title) + 2 + dateline_end(document.body)
    position = start
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line.endswith(_SENTENCE_END) and len(line.split()) >= _MIN_LEAD_WORDS:
            start = position
            break
        position = line_end + 1
    for sent in doc.sents:
        if sent.end_char > start + 20:
            return start, sent.end_char
    return start, len(text)


def _title_place(place: str) -> str:
    """ "NEW YORK" -> "New York"; already mixed-case places are kept as written."""
    if not place.isupper():
        return place
    return " ".join(word.capitalize() if len(word) > 2 or "." not in word else word for word in place.split())
