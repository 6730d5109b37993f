"""Names: PERSON entities repaired and cleaned, or refused when they name no one."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from .. import gazetteer
from ..lexicon.people import (
    CLAUSE_OPENERS,
    EVENT_HEADS,
    NOT_A_PERSON_ALONE,
    NOT_NAME_WORDS,
    NOT_PEOPLE_AFTER,
    ORGANISATION_HEADS,
    ORGANISATION_TITLES,
    ORGANISATION_WORDS,
    PAGE_FURNITURE,
    PARTICLES,
    PLACE_HEADS,
    PLACE_NOUNS,
    THING_NOUNS,
    VESSEL_PREFIXES,
)
from ..lexicon.titles import (
    CITY_POST_PREPS,
    HONORIFICS,
    ONE_NAME_TITLES,
    PERSONAL,
    RANKS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
)
from ..tokens import token_texts
from .firstnames import is_given_name
from .known import known_country
from .mentions import POSSESSIVE, Mention, Person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..countries import CountryMention

_FIRM_ENDS = frozenset({"Co", "Co.", "CO", "Company", "Sons", "Partners"})
_CREDIT_BEFORE = re.compile(
    r"\s*(?:By|BY|Analysis by|Reporting by|Editing by|Writing by|Additional reporting by|Compiled by|"
    r"Photo(?:graph)?(?: by)?|Picture(?: by)?|Image(?: copyright)?|Credit|Source|Video)\s*:?[\w ,.'\-]*$"
)
_HEADER_DASHES = frozenset(["-", "--", "\u2013", "\u2014"])
_QUOTES = frozenset(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019"])
MAX_NAME_CHARS = 100  # longer is a run of text NER took for a name, or an attack on the pages


def person_entities(
    doc: Doc, common: frozenset[str] = frozenset(), published: dt.date | None = None
) -> list[Span]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS:
            continue  # dates, numbers, money: most of an article's entities, and never a name
        if (
            ent.label_ == "PERSON"
            or (
                ent.label_ in ("ORG", "GPE", "NORP")
                and len(ent) > 1
                and ent[0].lower_.rstrip(".") in PERSONAL
                and all(t.is_title or t.text in POSSESSIVE for t in ent[1:])
            )
            or _quoted_title_and_name(ent)
        ):
            found.extend(_split_at_symbols(ent))
        elif (
            _titled_name_mislabelled(doc, ent)
            or _role_apposed_mislabelled(doc, ent, common)
            or _given_name_mislabelled(ent, common)
            or _ruler_mislabelled(ent)
            or _known_surname_mislabelled(ent, common, published)
        ):
            found.append(ent)
        elif (name := _name_after_title_inside(ent)) is not None:
            found.append(name)
    found.extend(_untagged_titled_names(doc, common))
    found.sort(key=lambda span: span.start)
    return _join_adjacent(doc, found)


# The labels a person's name may wear: PERSON, and those the tagger mistakes names for.
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"))


_QUOTES = "\"'\u201c\u201d\u2018\u2019"  # straight and curly quotes


def _quoted_word(word: str) -> bool:
    return len(word) > 2 and word[0] in _QUOTES and word[-1] in _QUOTES


def _join_adjacent(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "[Roberto Abreu] [Sodre]", "[John W. "Jay"] [Raymond]": two PERSON spans with only a space
    between are one name."""
    from spacy.tokens import Span

    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.end == span.start
            and last[-1].whitespace_ == " "
            and (last[-1].is_title or _quoted_word(last[-3:].text.replace(" ", "")))
            and span[0].is_title
        ):
            joined[-1] = Span(doc, last.start, span.end, label="PERSON")
        else:
            joined.append(span)
    return joined


def _is_plain_name_word(token: Token, common: frozenset[str]) -> bool:
    """A capitalised word that can be part of a name: no title, country, place or common word."""
    return (
        token.is_title
        and token.is_alpha
        and token.pos_ == "PROPN"
        and token.lower_ not in common
        and token.lower_ not in HONORIFICS
        and token.lower_ not in ROLE_WORDS
        and token.lower_ not in NOT_NAME_WORDS
        and gazetteer.country_for(token.text) is None
        and gazetteer.place_country(token.text) is None
    )


def _given_name_mislabelled(ent: Span, common: frozenset[str]) -> bool:
    """ "[Rinat Akhmetov], the steel magnate" tagged ORG: a given name and one or two more name
    words, none of them a title, a country, a place or a word the article writes in lower case."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not 2 <= len(ent) <= 4:
        return False
    if ent.label_ == "NORP" and ent[-1].text.endswith("ers"):
        return False  # "Hong Kongers": a people, whatever "Hong" may be
    # "Paul de Keersmaeker": a particle inside the name, never at its ends
    plain = [ent[0], *(t for t in ent[1:-1] if t.text not in PARTICLES), ent[-1]]
    return (
        is_given_name(ent[0].text)
        and len(plain) <= 3
        and all(_is_plain_name_word(t, common) for t in plain)
        and not names_an_organisation(ent.text.split())
        # "Hong Kong Watch": a place inside it
        and not any(gazetteer.place_country(ent[i : i + 2].text) for i in range(len(ent) - 1))
    )


def _untagged_titled_names(doc: Doc, common: frozenset[str]) -> list[Span]:
    """ "Defence Minister [Ng Eng Hen] said", "Dr [Ashish Jha]": two or three name words that NER left
    untagged, right after a capitalised title word and ending where the capitals end."""
    from spacy.tokens import Span

    found = []
    n = len(doc)
    # read once as plain strings: this looks at every token, and each Token attribute builds an object
    texts = token_texts(doc)
    lowers = [t.lower().rstrip(".") for t in texts]
    for i, text in enumerate(texts):
        if not text[:1].isupper() or not (lowers[i] in HONORIFICS or _ends_a_title(doc, i, texts, lowers)):
            continue
        k = i + 1
        while k < n and k - i <= 3 and not doc[k].ent_type_ and _is_plain_name_word(doc[k], common):
            k += 1
        if 2 <= k - i - 1 <= 3 and (k == n or not texts[k][:1].isupper()):
            found.append(Span(doc, i + 1, k, label="PERSON"))
    return found


def _ends_a_title(doc: Doc, i: int, texts: list[str], lowers: list[str]) -> bool:
    """ "China's Ambassador to the US [Cui Tiankai]": a country after "to" or "of" closes a title."""
    k = i - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    return (
        k >= 1
        and lowers[k] in ("to", "of")
        and texts[k - 1][:1].isupper()
        and lowers[k - 1] in HONORIFICS
        and doc[i].ent_type_ == "GPE"
    )


def _titled_name_mislabelled(doc: Doc, ent: Span) -> bool:
    """ "German Chancellor [Olaf Scholz]" tagged ORG: two or three capitalised words right after a
    capitalised title word are a name, unless they name a place or an organisation."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 3 or ent.start == 0:
        return False
    title = doc[ent.start - 1]
    return (
        title.text[:1].isupper()
        and title.lower_.rstrip(".") in HONORIFICS
        and all(t.is_title and t.is_alpha for t in ent)
        and gazetteer.place_country(ent.text) is None
        and not any(gazetteer.country_for(t.text) for t in ent)
        and not names_an_organisation(ent.text.split())
    )


_POSTS = ROLE_WORDS - ROLE_MODIFIERS  # the words a post ends in ("director", "minister")


def _role_apposed_mislabelled(doc: Doc, ent: Span, common: frozenset[str]) -> bool:
    """ "[Rei Shiratori], director of the Institute", "[Amara Essy] of the Ivory Coast, its foreign
    minister" tagged ORG or a work of art: two or three name words set off by a comma before a role
    word are a person's name (an organisation's apposition is rarely a post)."""
    if ent.label_ not in ("ORG", "WORK_OF_ART", "PRODUCT") or not 2 <= len(ent) <= 3:
        return False
    if not all(_is_plain_name_word(t, common) for t in ent) or names_an_organisation(ent.text.split()):
        return False
    k = ent.end
    if k + 2 < len(doc) and doc[k].lower_ == "of" and "GPE" in {doc[k + 1].ent_type_, doc[k + 2].ent_type_}:
        k += 2 if doc[k + 1].lower_ == "the" else 1  # "of the Ivory Coast, its foreign minister"
        while k < len(doc) and doc[k].ent_type_ == "GPE":
            k += 1
    if k >= len(doc) or doc[k].text != ",":
        return False
    return any(t.lower_ in _POSTS for t in doc[k + 1 : k + 4])


def _known_surname_mislabelled(ent: Span, common: frozenset[str], published: dt.date | None) -> bool:
    """ "on the eve of [Miyazawa]'s departure" tagged ORG: a lone capitalised word that is the
    surname of an official in the news then (`lexicon.officials`), and no place, country or word
    the article also writes in lower case."""
    # not NORP: a lone group word ("Roman", "Baptist") is an adjective far more often than a name
    if ent.label_ not in ("ORG", "GPE", "PRODUCT", "FAC") or len(ent) != 1:
        return False
    token = ent[0]
    return (
        token.is_title
        and token.is_alpha
        and token.lower_ not in common
        and token.lower_ not in HONORIFICS | ROLE_WORDS | NOT_NAME_WORDS
        and gazetteer.country_for(token.text) is None
        and gazetteer.place_country(token.text) is None
        and known_country([[token.text]], published) is not None
    )


def _quoted_title_and_name(ent: Span) -> bool:
    """ "'We are on alert,' [General Guven Ergenc] said": after a quotation a title and a name
    are often tagged a work of art."""
    return (
        ent.label_ == "WORK_OF_ART"
        and 3 <= len(ent) <= 4
        and ent[0].lower_.rstrip(".") in HONORIFICS
        and all(t.is_title and t.is_alpha for t in ent[1:])
        and not names_an_organisation(ent.text.split())
    )


def _ruler_mislabelled(ent: Span) -> bool:
    """ "[Sultan Haji Hassanal Bolkiah]" tagged FAC: a ruler's title and name words, not a building
    or a body named after one ("King Fahd Stadium", "Sultan Qaboos University")."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or not 2 <= len(ent) <= 5:
        return False
    words = ent.text.split()
    return (
        ent[0].lower_ in ONE_NAME_TITLES
        and all(t.is_title and t.is_alpha for t in ent[1:])
        and words[-1].casefold() not in PLACE_HEADS
        and not names_an_organisation(words)
        and gazetteer.place_country(" ".join(words[1:])) is None
    )


def _name_after_title_inside(ent: Span) -> Span | None:
    """ "[Lance Corporal Daniel Smith]" or "[Waseda University Political Science Professor Mitsuru
    Uchida]" tagged ORG: the two or three name words after the last title word are a person."""
    if ent.label_ not in ("ORG", "FAC", "WORK_OF_ART") or len(ent) < 3:
        return None
    k = max((t.i for t in ent if _title_inside(t, ent)), default=None)
    if k is None or not 2 <= ent.end - k - 1 <= 3:
        return None
    name = ent.doc[k + 1 : ent.end]
    if not all(t.is_title and t.is_alpha and t.lower_ not in HONORIFICS | ROLE_WORDS for t in name):
        return None
    words = name.text.split()
    if names_an_organisation(words) or words[-1].casefold() in PLACE_HEADS:
        return None
    if gazetteer.place_country(name.text) or any(gazetteer.country_for(w) for w in words):
        return None
    return name


def _title_inside(token: Token, ent: Span) -> bool:
    """A capitalised title word inside the entity, or a role word a given name follows ("Secretary of
    [Agriculture Richard Lyng]")."""
    if not token.text[:1].isupper():
        return False
    if token.lower_.rstrip(".") in HONORIFICS:
        return True
    after = token.i + 1
    return token.lower_ in ROLE_WORDS and after < ent.end and is_given_name(token.doc[after].text)


def _split_at_symbols(ent: Span) -> list[Span]:
    """ "Lavrov 🤝 Wang" is two people: a symbol or emoji between names separates them."""
    parts, start = [], ent.start
    for token in ent:
        if _is_symbol(token.text):
            if token.i > start:
                parts.append(ent.doc[start : token.i])
            start = token.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        parts.append(ent.doc[start : ent.end])
    return [ent.doc[p.start : p.end] for p in parts]


def _is_symbol(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c)[0] == "S" or _is_invisible(c) for c in text)


def _is_invisible(char: str) -> bool:
    """Zero-width and bidi-override characters (format controls): never part of a name."""
    return unicodedata.category(char) == "Cf"


def lowercase_words(texts: list[str]) -> frozenset[str]:
    """Words the article writes in lower case somewhere: "Debtor" at a sentence start is no name."""
    return frozenset(w for w in texts if w.islower() and w.isalpha())


def clean(
    doc: Doc,
    doc_text: str,
    ent: Span,
    country_at: dict[int, CountryMention],
    common: frozenset[str],
    not_people: set[str] | None = None,
) -> Mention | None:
    """The name inside a PERSON entity, or None when the entity is not a usable name."""
    start, end = _trim(doc, ent, country_at)
    if start >= end or any(_is_country_word(doc[k]) for k in range(start, end) if end - start > 1):
        return None  # "Disarming Iraq", "Related Topics Belarusian"
    end = _cut_at_lower_word(doc, start, end)
    if start >= end or _is_vessel(doc, start) or _is_event_compound(doc, start, end):
        return None
    # "(Prime Minister Yasuhiro) Nakasone", "(Syrian President Hafez al-) Assad": the wire's bracket
    # round what the speaker left out closes inside the name
    surname = _surname_after_bracket(doc, start, end)
    if surname is not None:
        end = _with_particle(doc, end)
    text = "".join(c for c in doc[start:end].text if not _is_invisible(c))
    if surname is not None:
        text += ("" if text.endswith("-") else " ") + surname.text
        end = surname.i + 1
    # by the text's own spaces: "Abdul-Karim al-Kabariti" is two words; John W. "Jay" Raymond's
    # nickname is no part of his name
    words = [w for w in text.split() if not _quoted_word(w)]
    if not words or len(text) > MAX_NAME_CHARS or doc[end - 1].lower_.rstrip(".") in RANKS:
        return None  # "Lance Cpl": a rank, no name
    if _is_junk(text, words) or _is_credit(doc, doc_text, ent) or _names_something_else(doc, end, words):
        return None
    if len(words) == 1 and _is_no_single_name(doc, end, text, common):
        return None
    end_char = doc[end - 1].idx + len(doc[end - 1])
    table_row = _heads_a_table_row(doc_text, start, end_char, doc)
    if _names_a_place(words) or names_an_organisation(words) or table_row:
        if not_people is not None:
            not_people.update(w.casefold() for w in words)
        return None  # "Atletico Madrid", "Partizan Belgrade", "Blackburn": clubs and towns
    return Mention(words, start, end, doc[start].idx, end_char, ent.text)


_TABLE_ROW_REST = re.compile(r"(?:[ \t]+\d+){5,}[ \t]*(?:\n|$)")


def _surname_after_bracket(doc: Doc, start: int, end: int) -> Token | None:
    close = _with_particle(doc, end)
    if close + 1 >= len(doc) or doc[close].text != ")" or not doc[close + 1].is_title:
        return None
    if not doc[close + 1].is_alpha or doc[close + 1].is_stop:
        return None
    opening = [t.text for t in doc[max(0, start - 4) : start]]
    return doc[close + 1] if "(" in opening and ")" not in opening else None


def _with_particle(doc: Doc, end: int) -> int:
    """Past an "al-" or "bin" the name's first part ends on inside the bracket."""
    if end < len(doc) and (doc[end].lower_.rstrip("-") in PARTICLES or doc[end].lower_ in {"al-", "el-"}):
        return end + 1
    return end


def _heads_a_table_row(text: str, start: int, end_char: int, doc: Doc) -> bool:
    """ "Crewe 4 1 1 2 4 6 4": a line that is a name and five or more counts is a team's row in a
    league table (players' lines carry figures with hyphens, points or brackets)."""
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    return not text[line_start : doc[start].idx].strip() and bool(_TABLE_ROW_REST.match(text, end_char))


def _trim(doc: Doc, ent: Span, country_at: dict[int, CountryMention]) -> tuple[int, int]:
    """The entity widened where NER cut a name short, then cut to the name: one line, no header,
    no figures after it, no honorific or country before it."""
    start, end = _widen(doc, ent)
    for k in range(start + 1, end):
        if "\n" in doc[k - 1].whitespace_ or doc[k].is_space:
            # a name never runs across lines: "Yuri Kushko\nTAVILDARA, Tajikistan"
            if k > ent.start:
                end = k
                break
            start = k
    for k in range(end - 2, start, -1):
        if doc[k].text in _HEADER_DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            if doc[k + 1].is_lower:
                end = k  # "Oleg Markov - an ex-Russian officer": an apposition NER ran into
            else:
                start = k + 1  # "Soccer - Baratelli": a recased header, not part of the name
            break
    while end > start and (doc[end - 1].text in POSSESSIVE or not doc[end - 1].text[:1].isalpha()):
        end -= 1  # "D. Blenkiron 4-43": the bowling figures
    end = _before_of_country(doc, start, end)
    while start < end and (_is_honorific(doc[start]) or start in country_at or _opens_a_clause(doc[start])):
        start += 1
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in ONE_NAME_TITLES and doc[k].text[:1].isupper():
            start = k + 1  # "Minister of Defence and Aviation Prince Sultan": the royal title ends it
    if end - start > 2 and _misspelt_title(doc[start].text):
        start += 1  # "Trade Represenative Clayton Yeutter": the wire's typing, still a title
    if end - start > 2 and gazetteer.is_adjective(doc[start].text):
        start += 1  # "[Filipina Suzette Nicolas]": a nationality NER ran into the name
    if (
        end - start > 2
        and start > 0
        and doc[start - 1].lower_ in CITY_POST_PREPS
        and gazetteer.is_city(doc[start].text)
    ):
        start += 1  # "Mayor of [Lusaka Miles Sampa]", "Ambassador to [Rome Eleni Kosta]": the post's city
    while start < end and not doc[start].text[:1].isalpha() and not _opens_a_nickname(doc, start, end):
        start += 1
    return start, end


def _before_of_country(doc: Doc, start: int, end: int) -> int:
    """ "[Manaspas Xuto of Thailand]": the country NER ran into the name is said of the person."""
    for k in range(start + 2, end - 1):
        if doc[k].lower_ == "of" and gazetteer.country_for(doc[k + 1 : end].text.removeprefix("the ")):
            return k
    return end


def _opens_a_clause(token: Token) -> bool:
    """ "Before Mrs Trump spoke", "After Putin left": a sentence's first word NER ran into the name."""
    if token.lower_ not in CLAUSE_OPENERS:
        return False
    before = token.doc[token.i - 1] if token.i else None
    # a paragraph's first word follows a space token the parser may have put in the last sentence
    return token.is_sent_start or before is None or before.is_space or "\n" in before.whitespace_


def _is_no_single_name(doc: Doc, end: int, text: str, common: frozenset[str]) -> bool:
    """A one-word "name" that is a common word, a country, or a table label ("Attendance: 200")."""
    if text.lower() in common or gazetteer.country_for(text) is not None:
        return True
    return end < len(doc) and doc[end].text == ":"


def _cut_at_lower_word(doc: Doc, start: int, end: int) -> int:
    """A name is capitalised words and particles: "Yorkshire at Headingley", "J. Gillespie st
    Kaluwitharana" and "Yo-jong 'more" end before the first word that is neither. A quoted
    nickname ("Roberto "Hands of Stone" Duran") is part of the name."""
    quoted = False
    for k in range(start, end):
        text = doc[k].text
        if text in _QUOTES:
            if not quoted and k + 1 < end and not doc[k].whitespace_ and doc[k + 1].text[:1].isupper():
                quoted = _closes(doc, k + 1, end)
                if quoted:
                    continue
            elif quoted:
                quoted = False
                continue
            return k
        if quoted or not text[:1].isalpha() or not text[:1].islower():
            continue
        if doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
            continue  # "Moon Jae-in", "Ata-ur-Rehman": the rest of a hyphenated name
        if text.split("-")[0] not in PARTICLES:
            return k
    return end


def _closes(doc: Doc, k: int, end: int) -> bool:
    """Is the quote opened before k closed inside the name, with a name word after it?"""
    return any(doc[i].text in _QUOTES and i + 1 < end for i in range(k, end))


def _is_vessel(doc: Doc, start: int) -> bool:
    before = doc[start - 1].text if start > 0 else ""
    return doc[start].text in VESSEL_PREFIXES or before in VESSEL_PREFIXES


def _is_event_compound(doc: Doc, start: int, end: int) -> bool:
    """ "the Reagan-Gorbachev summit", "Trump-Kim talks": two names joined into an event's name."""
    parts = doc[start:end].text.split("-")
    if end - start < 3 or " " in doc[start:end].text or len(parts) != 2:
        return False
    after = doc[end] if end < len(doc) else None
    return (
        all(p[:1].isupper() for p in parts)
        and after is not None
        and after.is_lower
        and after.pos_ in ("NOUN", "ADJ")
    )


def _widen(doc: Doc, ent: Span) -> tuple[int, int]:
    """Repair names NER cut short: "Ursula von der [Leyen]", "Abdul-Karim [al-Kabariti]",
    "Gen [Pervez] Musharraf"."""
    start, end = ent.start, ent.end
    n = len(doc)
    while end < n and end - ent.end < 4:
        token = doc[end]
        glued = not doc[end - 1].whitespace_ and token.text not in POSSESSIVE and token.is_alpha
        if token.ent_type_ not in ("", "PERSON") and not glued and doc[end - 1].lower_ not in PARTICLES:
            break
        if doc[end - 1].text == "-" or glued:
            end += 1
        elif token.lower_ in PARTICLES and end + 1 < n and doc[end + 1].text[:1].isupper():
            end += 2
        elif token.lower_ in PARTICLES and end + 2 < n and doc[end + 1].text == "-" and doc[end + 2].is_title:
            end += 3
        elif doc[end - 1].lower_ in PARTICLES and token.text[:1].isupper() and token.is_alpha:
            end += 1  # "von der Leyen": NER often tags the last word as a place
        elif token.text == "-" and not token.whitespace_ and not doc[end - 1].whitespace_:
            end += 1
        elif _untagged_head_of_name(doc[end - 1], token):
            end += 1  # "[Lee Hsien] Loong": the name's last word, which the others compound
        else:
            break
    if start > 0:
        left = doc[start - 1]
        if (
            left.pos_ == "PROPN"
            and left.is_title
            and not left.is_sent_start
            # "[Han] Zheng" with "Han" tagged NORP: a given name the tagger read as a people's name
            and (not left.ent_type_ or (left.ent_type_ == "NORP" and is_given_name(left.text)))
            and left.lower_ not in NOT_NAME_WORDS
            and not _is_honorific(left)
            and left.lower_ not in ROLE_WORDS
            and gazetteer.country_for(left.text) is None
        ):
            start -= 1
    end = _regnal_number_after(doc, end)
    if start > 0 and end < len(doc) and _bracketed_name(doc, start - 1) == end:
        start -= 1  # "(Jerry) Koosman" where NER tagged only the nickname
        end = _name_words_after(doc, end + 1)
    start, end = _bracketed_part_before(doc, start), _bracketed_part_after(doc, end)
    return start, end


def _untagged_head_of_name(last: Token, token: Token) -> bool:
    return (
        last.dep_ == "compound"
        and last.head.i == token.i
        and not token.ent_type_
        and token.pos_ == "PROPN"
        and token.is_title
        and token.is_alpha
        and token.lower_ not in HONORIFICS | ROLE_WORDS | NOT_NAME_WORDS
        and gazetteer.country_for(token.text) is None
        and gazetteer.place_country(token.text) is None
    )


def _is_name_token(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ == "PROPN" and not gazetteer.country_for(token.text)


def _name_words_after(doc: Doc, k: int) -> int:
    start = k
    while (
        k < len(doc)
        and doc[k].text[:1].isupper()
        and doc[k].pos_ == "PROPN"
        and not gazetteer.country_for(doc[k].text)
    ):
        k += 1
    return k if k > start else start - 1


_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


def _regnal_number_after(doc: Doc, end: int) -> int:
    """ "Henry VIII", "Elizabeth I": the number is part of a monarch's name."""
    if end < len(doc) and doc[end - 1].whitespace_ and _ROMAN.match(doc[end].text):
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is None or not after.text[:1].isupper():
            return end + 1
    return end


def _bracketed_name(doc: Doc, opening: int) -> int | None:
    """The ")" closing a bracketed nickname or initials at `opening` ("(Leo)", "(A.J.P.)"), else None."""
    close = opening + 2
    if close >= len(doc) or doc[opening].text != "(" or doc[close].text != ")":
        return None
    inner = doc[opening + 1].text
    if not inner[:1].isupper() or gazetteer.place_country(inner) or (inner.isupper() and len(inner) > 1):
        return None  # "Li Peng (China)", "(AFP)"
    return close


def _opens_a_nickname(doc: Doc, start: int, end: int) -> bool:
    """ "(Jerry) Koosman": the bracket closes inside the name, before its surname."""
    close = _bracketed_name(doc, start)
    return close is not None and close < end - 1


def _bracketed_part_after(doc: Doc, end: int) -> int:
    """ "James Leander (Leo) Nichols": the bracket and the surname after it are the name's."""
    close = _bracketed_name(doc, end)
    if close is None or close + 1 >= len(doc) or doc[close + 1].ent_type_ != "PERSON":
        return end
    k = close + 1
    while k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].text[:1].isupper():
        k += 1
    return k


def _bracketed_part_before(doc: Doc, start: int) -> int:
    """ "(Jerry) Koosman": a nickname in brackets opening the name."""
    opening = start - 3
    if opening < 0 or _bracketed_name(doc, opening) != start - 1:
        return start
    k = opening
    while k > 0 and doc[k - 1].ent_type_ == "PERSON" and doc[k - 1].text[:1].isupper():
        k -= 1
    return k


def _is_country_word(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and not gazetteer.is_capital(token.text)
        and bool(gazetteer.country_for(token.text))
    )


def _names_a_place(words: list[str]) -> bool:
    """A name containing a sizeable city is a team or a town, not a person, in news text."""
    # the last word only: "Vladimir Putin" starts with a city's name, "Atletico Madrid" ends with one
    if len(words) > 1 and words[-1].casefold() in PLACE_HEADS:
        return True  # "Victoria Harbour", "Tiananmen Square"
    if len(words) > 2 or (len(words) > 1 and is_given_name(words[0])):
        return False  # "Luiz Carlos Bresser Pereira": a person whose surname is also a city's name
    return words[-1][:1].isupper() and gazetteer.is_big_city(words[-1])


def only_a_place(doc: Doc, person: Person, texts: list[str], place_starts: list[int]) -> bool:
    """A "person" named as a place ("the village of Novye Atagi"), or a one-word one that is a town
    ("Wigan", "Karlsruhe") or is written like one ("LONGYEAR, Norway"), never given a first name in
    the article."""
    if _named_as_a_place(texts, person, place_starts):
        return True
    if any(len(m.words) > 1 for m in person.mentions):
        return False
    word = person.mentions[0].words[0]
    if any(m.start > 0 and doc[m.start - 1].lower_ in ONE_NAME_TITLES for m in person.mentions):
        return False  # "Queen Elizabeth", "King Hussein": a royal, whatever town shares the name
    if gazetteer.is_city(word) or gazetteer.is_us_state(word):
        return True
    for mention in person.mentions:
        k = mention.end
        if k + 1 < len(doc) and doc[k].text == "," and gazetteer.country_for(doc[k + 1].text):
            return True
    return False


def place_name_starts(texts: list[str]) -> list[int]:
    """Where a name given as a place's starts: after "the village of", "the settlement of"..."""
    return [k for k in range(2, len(texts)) if texts[k - 1] == "of" and texts[k - 2].lower() in PLACE_NOUNS]


def _named_as_a_place(texts: list[str], person: Person, starts: list[int]) -> bool:
    """ "the village of Novye Atagi" anywhere in the article: a place's name, however it is written."""
    forms = {tuple(m.words) for m in person.mentions}
    return any(tuple(texts[k : k + len(form)]) == form for k in starts for form in forms)


_OTHER_ENTITIES = frozenset(["ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "NORP"])
_MAX_ACRONYM = 5


def other_entity_words(doc: Doc) -> Counter[str]:
    """How often each word is part of an entity that is not a person ("Twitter" ORG, "Tiananmen
    Square" FAC)."""
    return Counter(t.lower_ for ent in doc.ents if ent.label_ in _OTHER_ENTITIES for t in ent)


def only_a_word(doc: Doc, person: Person, elsewhere: Counter[str]) -> bool:
    """A one-word "person" that names no one: a plural ("Africans", "Kashmiris"), an acronym
    ("EEZ"), a people or a faith ("Hutu"), or a word the article names an organisation, a place or
    an event with more often ("Twitter", "Tiananmen", "Brexit")."""
    if any(len(m.words) > 1 for m in person.mentions):
        return False
    word = person.mentions[0].words[0]
    if word.isupper() and len(word) <= _MAX_ACRONYM and "." not in word:
        return True
    if word.casefold() in NOT_NAME_WORDS:
        return True  # "Hutu", "Sunni": a people or a faith
    if word.endswith("s") and any(doc[m.end - 1].tag_ in ("NNS", "NNPS") for m in person.mentions):
        return True
    if _plural_of_a_word_used_alone(doc, word) or _mostly_a_modifier(doc, person):
        return True
    if word.endswith("s") and _always_after_the(doc, person):
        return True  # "patrolling the Spratlys", "the Clintons": islands, a family, never one person
    return elsewhere[word.casefold()] > len(person.mentions)


def _always_after_the(doc: Doc, person: Person) -> bool:
    """Every mention in the body follows "the" (a headline drops it)."""
    headline_end = doc.text.find("\n")
    body = [m for m in person.mentions if doc[m.start].idx > headline_end]
    return bool(body) and all(m.start > 0 and doc[m.start - 1].lower_ == "the" for m in body)


def named_as_a_body(doc: Doc, person: Person) -> bool:
    """A "person" the article itself calls a body or a vessel: "CoFACE, the French export credit
    agency, said", "the Turkish aid ship, Mavi Marmara", or a one-word name people work at ("analysts
    at Berenberg")."""
    single = all(len(m.words) == 1 for m in person.mentions)
    bodies = ORGANISATION_TITLES | THING_NOUNS
    for mention in person.mentions:
        k = mention.start
        if single and k >= 2 and doc[k - 1].lower_ == "at" and doc[k - 2].tag_ == "NNS":
            return True
        # "the Turkish aid ship, Mavi Marmara", "the aircraft carrier Ronald Reagan", "the news weekly
        # Der Spiegel"
        before = doc[k - 2] if k >= 2 and doc[k - 1].text == "," else doc[k - 1] if k >= 1 else None
        if before is not None and before.is_lower and before.lower_ in THING_NOUNS:
            return True
        end = mention.end
        if end + 1 < len(doc) and doc[end].lower_ in {"and", "&"} and doc[end + 1].text in _FIRM_ENDS:
            return True  # "David Jones of Aubrey G. Lanston and Co Inc": a firm ("Merkel and co": her set)
        if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an"):
            stop = next((i for i in range(end + 2, min(end + 8, len(doc))) if doc[i].is_punct), None)
            if stop is not None and doc[stop - 1].lower_ in bodies:
                return True
        # "Shigatse, the second-largest city in Tibet": the apposition's own noun says what it is
        if any(
            c.dep_ == "appos" and c.is_lower and c.lower_ in (bodies | PLACE_NOUNS if single else THING_NOUNS)
            for c in doc[end - 1].children
        ):
            return True  # ... "Pangong Tso, a strategically located lake"
    return False


def _mostly_a_modifier(doc: Doc, person: Person) -> bool:
    """ "the Brexit deal", "the Brexit talks": a one-word name the article mostly puts between an
    article and a noun names a thing; "the Reagan administration" alone is dropped before this."""
    modifying = sum(
        1
        for m in person.mentions
        if m.end < len(doc)
        and doc[m.end].is_lower
        and doc[m.end].is_alpha
        and (
            (m.start > 0 and doc[m.start - 1].lower_ in ("the", "a", "an"))
            # "Cyberspace squabbles overshadowed ...": a headline or sentence opens with no article
            or (_opens_a_line_or_sentence(doc, m.start) and doc[m.end].tag_ == "NNS")
        )
    )
    return modifying * 2 > len(person.mentions)


def _opens_a_line_or_sentence(doc: Doc, k: int) -> bool:
    return k == 0 or doc[k].is_sent_start or doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_


def _plural_of_a_word_used_alone(doc: Doc, word: str) -> bool:
    """ "Kashmiris" beside "Kashmiri politicians", "Novichoks" beside "a Novichok nerve agent": the
    plural of a word the article also uses, outside any name, in the singular."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    stem = word[:-1]
    return any(t.text == stem and t.ent_type_ != "PERSON" for t in doc)


def names_an_organisation(words: list[str]) -> bool:
    last = words[-1].casefold().rstrip(".")
    if last.endswith("shire") or (len(words) > 1 and last in ORGANISATION_HEADS):
        return True  # "Nottinghamshire", "Pirelli SpA"
    if len(words) > 2 and last in EVENT_HEADS:
        return True  # "Tomb Sweeping Day", "Lunar New Year Festival" ("Robin Day" is a man)
    if any(word.casefold() in ORGANISATION_WORDS for word in words):
        return True  # "Asean Plus Three"
    # "St Johnstone v Airdrieonians": a fixture
    return any(word in ("v", "v.", "vs", "vs.") for word in words[1:-1])


def _names_something_else(doc: Doc, end: int, words: list[str]) -> bool:
    """ "the Reagan administration" and "the Reagan Administration" are not references to Reagan
    the person."""
    if len(words) > 1 and words[-1].casefold() in NOT_PEOPLE_AFTER:
        return True
    return end < len(doc) and doc[end].lower_ in NOT_PEOPLE_AFTER


_LONG_TITLE_WORDS = sorted(w for w in ROLE_WORDS | HONORIFICS if len(w) >= 8 and w.isalpha())


@functools.lru_cache(maxsize=4096)
def _misspelt_title(word: str) -> bool:
    """A long title word one letter out ("Represenative", "Secetary"), and no given name."""
    folded = word.casefold()
    if len(folded) < 8 or not word[:1].isupper() or is_given_name(word) or folded in _LONG_TITLE_WORDS:
        return False
    return any(Levenshtein.distance(folded, title, score_cutoff=1) <= 1 for title in _LONG_TITLE_WORDS)


def _is_honorific(token: Token) -> bool:
    if token.text in ("U.", "u"):
        return False  # the Burmese honorific is "U" alone; "U. Chandana" is an initial
    return token.lower_.rstrip(".") in HONORIFICS and token.i + 1 < len(token.doc)


def _is_junk(text: str, words: list[str]) -> bool:
    if not text.lstrip("(")[:1].isupper() or any(c.isdigit() for c in text) or "/" in text or "@" in text:
        return True
    if any(word.casefold() in PAGE_FURNITURE for word in words):
        return True
    if len(words) == 1 and words[0].casefold() in NOT_A_PERSON_ALONE:
        return True
    # four or more capitalised words with no lower case: a headline fragment, not a name
    return len(text) < 2 or (not any(c.islower() for c in text) and len(words) > 3)


_AUTHOR_NOTE = re.compile(
    r"\bviews expressed in this (?:commentary|article|column) are (?:his|her|their) own\b"
)


def _is_credit(doc: Doc, text: str, ent: Span) -> bool:
    """Photo credits ("Xinhua/Li Tao") and bylines ("By John Smith") name no one in the story."""
    if ent.start > 0 and doc[ent.start - 1].text in ("/", "\\"):
        return True
    if ent.end < len(doc) and doc[ent.end].text in ("/",):
        return True
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    if _AUTHOR_NOTE.search(text, line_start, line_end if line_end >= 0 else len(text)):
        return True  # an opinion piece's note on its author: "The views expressed ... are his own."
    # only the clause the name opens: from the line start or the last "(" / "["
    before = text[line_start : ent.start_char]
    before = before[max(before.rfind("("), before.rfind("[")) + 1 :]
    # "Image copyright AFP Image caption President Xi Jinping applauded": a caption after the credit
    # tells the story's people
    caption = before.lower().rfind("caption")
    before = before[caption + len("caption") :] if caption >= 0 else before
    return len(before) <= 80 and bool(_CREDIT_BEFORE.match(before))
