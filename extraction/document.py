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

from .types import Document, DocumentError

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_BYTES = 2_000_000
# spaCy refuses longer texts (its max_length, E088): refused here with the reason instead.
MAX_CHARS = 1_000_000
# Publication dates outside these years are misreadings (0001-01-01, 9999-12-31) that would
# overflow date arithmetic later: the article is read undated, with a warning.
YEAR_MIN = 1900

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
# A valid UTF-8 multi-byte sequence. A file holding one is UTF-8 with a stray byte, not cp1252:
# reading it as cp1252 would silently turn "José" into "JosÃ©".
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Terminal escape sequences (ESC [ ... m) go whole, not just their ESC.
_ANSI_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
# Controls other than tab and line breaks, DEL and C1; bidi embeddings, overrides and isolates,
# which reverse the page text around them; zero-width characters, which split or hide words.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_WEB_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.I)
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
    rf"^(?:(?P<place>[A-Z][A-Z.'\-]*(?:[ /][A-Z][A-Z.'\-]*){{0,3}})(?:,\s*(?P<region>[A-Z][A-Za-z.' ]+?))??"
    rf"|(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,\s*{_DATE_WORDS}))"
    # CoNLL's Reuters write "KIEV 1996-08-23" on a line of its own, with no dash
    rf"(?:,?\s*(?P<date>{_DATE_WORDS}))?(?:\s*(?:{_AGENCY})?\s*{_DASH}\s*|(?(date)[ \t]*\n|(?!)))"
)


def read_document(
    data: bytes,
    *,
    name: str = "",
    defaults: dict | None = None,
    max_bytes: int = MAX_BYTES,
    max_chars: int = MAX_CHARS,
) -> Document:
    """Decode and split an uploaded article; raises `DocumentError` with a message for the user.

    What is read but not kept (a `javascript:` URL, an impossible date) is listed in `warnings`.
    """
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
    warnings: list[str] = []
    title = clean_field(settings.get("title", ""))
    if title:
        body_lines = lines
    else:
        title = lines[nonempty[0]]
        body_lines = lines[nonempty[0] + 1 :]
    body = "\n".join(line for line in body_lines if line)
    dateline = find_dateline(body)
    offset = len(title) + 2 if body else len(title)
    document = Document(
        title=title,
        body=body,
        byline=byline,
        source=clean_field(settings.get("source", "")),
        url=_web_url(settings.get("url"), warnings),
        published=_parse_published(settings.get("published"), warnings),
        dateline_place=dateline.place,
        dateline_region=dateline.region,
        dateline_text=dateline.date_text,
        # the dateline's date is worked out by the Document itself, from `published`
        dateline_span=(offset + dateline.start, offset + dateline.end) if dateline.end else (0, 0),
        warnings=warnings,
    )
    if len(document.text) > max_chars:
        raise DocumentError(
            f"{label}the text is {len(document.text):,} characters; "
            f"articles longer than {max_chars:,} characters are not read."
        )
    return document


def year_max() -> int:
    """The latest plausible year of a news date: next year (a summit planned ahead)."""
    return dt.date.today().year + 1


def plausible_date(value: dt.date | None) -> bool:
    return value is not None and YEAR_MIN <= value.year <= year_max()


def web_url(value: object) -> str:
    """The URL if it is an absolute http(s) link, else "": nothing else is safe as an href."""
    text = str(value or "").strip()
    return text if _WEB_URL.fullmatch(text) else ""


def clean_field(value: object) -> str:
    """A metadata value (front matter or manifest) as one clean line of text."""
    text = _INVISIBLE.sub("", _ANSI_ESCAPE.sub("", str(value or "")))
    return " ".join(text.split())


def _web_url(value: object, warnings: list[str]) -> str:
    url = web_url(value)
    if value and not url:
        warnings.append(f"url {str(value)[:80]!r} dropped: only http:// and https:// links are kept.")
    return url


def decode(data: bytes, *, label: str = "") -> str:
    """UTF-8 (BOM or not); cp1252 only when UTF-8 fails and cp1252 gives ordinary text."""
    if not data.strip():
        raise DocumentError(f"{label}the file is empty.")
    if any(data.startswith(magic) for magic in _BINARY_MAGIC):
        raise DocumentError(
            f"{label}this looks like a binary file (an image, PDF or document), not plain text."
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        # Anywhere in the file, not only its start: PostgreSQL cannot store NUL in text.
        raise DocumentError(
            f"{label}there is a NUL byte at byte {nul:,}: this looks like a binary file, not plain text."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _UTF8_MULTIBYTE.search(data):
            raise DocumentError(
                f"{label}the file is not valid UTF-8 (byte {error.start:,} is 0x{data[error.start]:02x}) "
                "and cannot be read safely; please save it as UTF-8."
            ) from None
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
    text = clean_text(text)
    if not text.strip():
        raise DocumentError(f"{label}the file has no text in it.")
    return text


def clean_text(text: str) -> str:
    """Drop terminal escapes, control characters (tab and line breaks kept; form and vertical
    feeds become line breaks), bidi controls and zero-width characters."""
    text = _ANSI_ESCAPE.sub("", text).replace("\f", "\n").replace("\v", "\n")
    return _INVISIBLE.sub("", text)


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


def _parse_published(value: object, warnings: list[str]) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    else:
        text = clean_field(value)
        try:
            date = dt.date.fromisoformat(text[:10])
        except ValueError as error:
            # a bare year or a typo ("2019-02-30") should not cost the article: read it undated
            warnings.append(
                f"published {text[:40]!r} is not a date ({error}); expected YYYY-MM-DD, read undated."
            )
            return None
    if not plausible_date(date):
        warnings.append(
            f"published {date.isoformat()} is outside {YEAR_MIN}-{year_max()}; the article is read undated."
        )
        return None
    return date


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
    region: str = ""  # "GUANAJUATO, Mexico": the state or country a small city is told by


# A dateline after a photo caption or two: a city, an optional region, a date and a dash ("BEIJING,
# Nov. 12 (Xinhua) --"), searched for in the first lines; without a date only at a line start, where
# an upper-case word followed by a dash is not a headline ("WASHINGTON (AP) --").
_CITY = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,2}))?"
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


# Byline lines before the dateline: "By Jane Smith", "By JANE SMITH, Associated Press Writer", a name
# alone ("Jane Smith"), "Associated Press Writer".
_BYLINE = re.compile(
    r"(?:By\s+[A-Z][^\n]{0,80}|[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){1,3}"
    r"|(?:Associated Press|AP|Reuters|AFP|UPI)(?: [A-Z][a-z]+){0,2} (?:Writer|Correspondent))\n"
)
_BYLINE_LINES = 2


def find_dateline(body: str) -> Dateline:
    """The body's dateline: at its very start ("TOKYO, March 3 -", "SINGAPORE -") or after a byline,
    else one after a photo caption; `Dateline()` when there is none."""
    start = _byline_end(body)
    match = _DATELINE.match(body[start : start + 200])
    if match:
        end = start + match.end()
        place = (match.group("place") or match.group("titled") or "").split("/")[0].strip(" ,")
        if len(place) < 2:  # a dash after a stray capital: still furniture to skip, but no place
            return Dateline(start=start, end=end)
        region = (match.group("region") or "").strip()
        return Dateline(_title_place(place), (match.group("date") or "").strip(), start, end, region)
    match = _late_dateline(body[:_LATE_SEARCH_CHARS])
    if match is None:
        return Dateline()
    return Dateline(
        _title_place(match["place"]),
        match.groupdict().get("date") or "",
        match.start("place"),
        match.end(),
        match["region"] or "",
    )


def paragraph_datelines(body: str) -> list[tuple[int, str]]:
    """A digest's datelines: (offset into `body`, city) for each later paragraph that opens with
    one of its own ("WASHINGTON - President Reagan said ...", "ANKARA - A Turkish court ...")."""
    found = []
    for line in re.finditer(r"(?<=\n)[A-Z][^\n]*", body):
        match = _DATELINE.match(line.group())
        place = match and (match.group("place") or "").split("/")[0].strip(" ,")
        if place and len(place) >= 2 and match.group("place") == match.group("place").upper():
            found.append((line.start(), _title_place(place)))
    return found if len(found) >= 2 else []  # one is a quoted "US - ..." line, not a digest


def _byline_end(body: str) -> int:
    """Where the byline lines at the start of the body end, when a dateline follows them (0 if not)."""
    position = 0
    for _ in range(_BYLINE_LINES):
        line = _BYLINE.match(body, position)
        if line is None:
            break
        position = line.end()
        if _DATELINE.match(body[position : position + 200]):
            return position
    return 0


def _late_dateline(head: str) -> re.Match[str] | None:
    match = _LATE_DATED.search(head)
    if match and _looks_like_city(match["place"]):
        return match
    return next((m for m in _LATE_UNDATED.finditer(head) if _looks_like_city(m["place"])), None)


def _looks_like_city(words: str) -> bool:
    # a dateline city is a word or few, not a shouted headline or an agency
    return 1 <= len(words.split()) <= 3 and words.upper() not in _AGENCIES


def dateline_end(body: str) -> int:
    """Length of the dateline prefix of the body, with any byline before it (0 when there is none, or
    when it follows a caption)."""
    dateline = find_dateline(body)
    return dateline.end if dateline.start == _byline_end(body) else 0


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
