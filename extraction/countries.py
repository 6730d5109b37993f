"""Country mentions in a parsed article (the countries it is about are chosen in `focus`)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import gazetteer
from .tokens import span_text, token_texts
from .types import CountryExtraction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MAX_NAME_TOKENS = 6  # "United Kingdom of Great Britain and Northern Ireland" is 7; that is rare
_HYPHENS = {"-", "\u2013"}
# Geographic features: a country word before these names a region ("Persian Gulf", "Korean Peninsula").
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "near",
        "outside",
        "into",
        "visit",
        "visited",
        "visiting",
        "toward",
        "towards",
        "via",
        "inside",
        "across",
        "around",
    ]
)
_REGION_HEADS = {"gulf", "sea", "ocean", "peninsula", "strait", "straits", "basin", "river", "plateau"}
# "the Uruguay Round", "the Doha round": a trade negotiation named after where it was launched
_ROUND_HEADS = {"round"}


@dataclass(frozen=True)
class CountryMention:
    code: str
    start: int  # token indices in the Doc
    end: int
    start_char: int
    end_char: int


def find_country_mentions(doc: Doc, on: dt.date | None = None) -> list[CountryMention]:
    """Every reference to a country: names, abbreviations, adjectives, seats, capitals, cities."""
    entity_of = _entity_index(doc)
    mentions: list[CountryMention] = []
    after = 0  # the end of the last match: no other starts inside it
    for i in _capitalised(doc):
        if i < after:
            continue
        token = doc[i]
        if not (gazetteer.could_start(token.text) or token.lower_ in gazetteer.PREFIXES):
            continue
        found = _match_at(doc, i, on)
        if found is None:
            continue
        code, end = found
        if (
            _counts(doc, i, end, entity_of)
            and not _qualifies_a_nationality(doc, i, end)
            and not (_is_language(doc, i, end, entity_of))
            and not names_a_round(doc, end)
        ):
            mentions.append(CountryMention(code, i, end, doc[i].idx, doc[end - 1].idx + len(doc[end - 1])))
        after = end
    mentions.extend(_city_mentions(doc, mentions, on))
    mentions.sort(key=lambda m: m.start)
    return mentions


def organisation_country_mentions(doc: Doc, on: dt.date | None = None) -> list[CountryMention]:
    """Countries inside organisations' names ("the U.S. Trade Representative", "Carnegie Moscow
    Center"), which the article's country list leaves out: in a title they still say whose official
    someone is."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        i = ent.start
        while i < ent.end:
            found = _match_at(doc, i, on) if doc[i].text[:1].isupper() else None
            if found is None or found[1] > ent.end:
                i += 1
                continue
            code, end = found
            name = doc[i:end].text
            # a small capital's name is as often a district's or a founder's: "Georgetown University"
            if not gazetteer.is_city(name) or gazetteer.is_big_city(name):
                mentions.append(
                    CountryMention(code, i, end, doc[i].idx, doc[end - 1].idx + len(doc[end - 1]))
                )
            i = end
    return mentions


def _capitalised(doc: Doc) -> list[int]:
    """The tokens that start with a capital (a Token object for each of an article's words would
    cost more than the rest of the country search)."""
    return [i for i, text in enumerate(token_texts(doc)) if text[:1].isupper()]


def _qualifies_a_nationality(doc: Doc, start: int, end: int) -> bool:
    """ "Greek Cypriot", "Turkish Cypriot": the first adjective names a community, not a country."""
    return (
        end < len(doc)
        and gazetteer.is_adjective(doc[start:end].text)
        and gazetteer.is_adjective(doc[end].text)
        and doc[end].lower_ not in gazetteer.PREFIXES
    )


_LIST_JOINERS = frozenset([",", "and", "or"])


def _is_language(doc: Doc, start: int, end: int, entity_of: list[Span | None]) -> bool:
    """ "in English, French and Arabic": a language, tagged so or listed with one."""
    ent = entity_of[start]
    if ent is not None and ent.label_ == "LANGUAGE":
        return True
    for step, edge in ((-1, start - 1), (1, end)):
        k = edge
        while 0 <= k < len(doc) and doc[k].lower_ in _LIST_JOINERS:
            k += step
        neighbour = entity_of[k] if 0 <= k < len(doc) and k != edge else None
        if neighbour is not None and neighbour.label_ == "LANGUAGE":
            return True
    return False


def _entity_index(doc: Doc) -> list[Span | None]:
    index: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            index[k] = ent
    return index


def _match_at(doc: Doc, i: int, on: dt.date | None) -> tuple[str, int] | None:
    """Longest country expression starting at token i, as (code, end token)."""
    n = len(doc)
    texts = token_texts(doc)
    if in_a_new_place(doc, i):
        return None
    for end in range(min(n, i + MAX_NAME_TOKENS), i, -1):
        if end - i > 1 and not texts[end - 1][:1].isupper():
            continue
        text = span_text(doc, i, end)
        code = gazetteer.country_for(text, on)
        if code:
            if _is_region(doc, end) or _is_us_state_after_place(doc, i, text):
                return None
            return code, end
    prefix = gazetteer.PREFIXES.get(doc[i].lower_)
    if prefix and i + 2 < n and doc[i + 1].text in _HYPHENS and gazetteer.country_for(doc[i + 2].text, on):
        return gazetteer.on_date(prefix, on), i + 1
    return None


def in_a_new_place(doc: Doc, i: int) -> bool:
    """ "Jersey" of "New Jersey", "Guinea" of "New Guinea": a place of its own, no country ("New
    Zealand" is matched whole, from "New")."""
    return i > 0 and token_texts(doc)[i - 1] == "New"


def _is_region(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _REGION_HEADS


def names_a_round(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _ROUND_HEADS


def _is_us_state_after_place(doc: Doc, i: int, text: str) -> bool:
    """ "Atlanta, Georgia": the state, not the country."""
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "GPE" and gazetteer.is_us_state(text)


def _counts(doc: Doc, start: int, end: int, entity_of: list[Span | None]) -> bool:
    """A match inside a person's name, a region or an organisation's name does not count."""
    ent = entity_of[start]
    if ent is None:
        return True
    if ent.label_ == "PERSON":
        # "Azerbaijani" tagged PERSON on its own is the adjective, not a name; "[Filipina Suzette
        # Nicolas]" is a nationality NER ran into the name (never a country's name: "Georgia Smith")
        if len(ent) == end - start:
            return gazetteer.country_for(ent.text) is not None
        if end == ent.end and start - ent.start >= 3 and doc[start - 1].lower_ == "of":
            return True  # "[Manaspas Xuto of Thailand]": NER ran the person's country into the name
        first_word = start == ent.start and end == start + 1
        return first_word and len(ent) > 2 and gazetteer.is_adjective(doc[start].text)
    whole = ent.text.removeprefix("the ").removeprefix("The ")
    if ent.label_ in ("LOC", "ORG", "FAC"):
        if gazetteer.country_for(whole) is not None:
            return True
        if ent.label_ == "LOC":
            return False
        # "Chinese Foreign Ministry" names China; "Communist Party of China", "Paris Club" and
        # "Carnegie Moscow Center" only borrow a place name
        first = ent.start + (doc[ent.start].lower_ == "the")
        return start == first and not gazetteer.is_capital(doc[start:end].text)
    return True


def _city_mentions(doc: Doc, found: list[CountryMention], on: dt.date | None) -> list[CountryMention]:
    """Places named as GPE entities that are cities ("in Mayfair" no, "in Manchester" yes)."""
    covered = {k for m in found for k in range(m.start, m.end)}
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "GPE" or any(k in covered for k in range(ent.start, ent.end)):
            continue
        if not _named_as_place(doc, ent) or names_a_round(doc, ent.end):
            continue
        code = gazetteer.place_country(ent.text.removeprefix("the "), on)
        if code:
            mentions.append(CountryMention(code, ent.start, ent.end, ent.start_char, ent.end_char))
    return mentions


def _named_as_place(doc: Doc, ent: Span) -> bool:
    """A city counts where something happens ("in Manchester", a dateline), not in "the Kyoto treaty"."""
    if ent.start == 0 or "\n" in doc[ent.start - 1].text or doc[ent.start - 1].is_space:
        return True  # dateline or line start
    before = doc[ent.start - 1]
    if before.lower_ == "the" and ent.start > 1:
        before = doc[ent.start - 2]
    return before.lower_ in _LOCATIVE or before.text == ","


def summarise(mentions: list[CountryMention]) -> list[CountryExtraction]:
    """One entry per country, most-mentioned first."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        spans[mention.code].append((mention.start_char, mention.end_char))
    return [
        CountryExtraction(code=code, name=gazetteer.country_name(code), mentions=len(found), spans=found)
        for code, found in sorted(spans.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
