"""Country mentions in a parsed article, and the 1-3 countries it is principally about."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import gazetteer
from .tokens import span_text, token_texts
from .types import CountryExtraction, Document, MeetingExtraction, PersonExtraction

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


# Focus weights: where a country appears matters more than how often.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
MEETING_WEIGHT = 3.0
PERSON_WEIGHT = 1.0
DATELINE_WEIGHT = 0.5
MENTION_WEIGHT = 1.0
SECOND_SHARE = 0.5  # a second focus country needs this share of the leader's score
THIRD_SHARE = 0.6  # a third needs more: most stories are about one country or a pair
TIE_SHARE = 0.95  # ... unless it is level with the second
# A second country named at least half as often as the first, and not in passing, is the other
# party of the story even where the headline and the people quoted are all of the first ("Japan
# trade surplus" stories about the United States).
COUNT_SHARE = 0.5
MIN_COUNT = 3
MAX_FOCUS = 3


def choose_focus(
    document: Document,
    mentions: list[CountryMention],
    lead: tuple[int, int],
    people: list[PersonExtraction],
    meetings: list[MeetingExtraction],
) -> list[str]:
    """The 1-3 countries the article is principally about, sorted.

    Mention counts alone are a weak signal (long background paragraphs dominate); the headline, the
    lead sentence, the sides of a reported meeting and the people quoted carry more weight.
    """
    scores = focus_scores(document, mentions, lead, people, meetings)
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best = ranked[0][1]
    chosen = [code for code, value in ranked[:2] if value >= SECOND_SHARE * best]
    counts = Counter(m.code for m in mentions)
    if len(chosen) == 1 and len(ranked) > 1:
        second = counts[ranked[1][0]]
        if second >= MIN_COUNT and second >= COUNT_SHARE * counts[ranked[0][0]]:
            chosen.append(ranked[1][0])
    if len(chosen) == 2 and len(ranked) > 2:
        third, second = ranked[2][1], ranked[1][1]
        # "bombings in Kenya and Tanzania": a third level with the second goes in with it
        if third >= THIRD_SHARE * best or (third >= SECOND_SHARE * best and third >= TIE_SHARE * second):
            chosen.append(ranked[2][0])
    pair = _bilateral_pair(meetings)
    if pair and set(chosen[:2]) == pair:
        # a bilateral meeting story is about its two sides, not a third country in the background
        chosen = chosen[:2]
    elif pair and chosen == [ranked[0][0]] and chosen[0] in pair:
        chosen = list(pair)  # ... and about both of them
    return sorted(chosen)


def _bilateral_pair(meetings: list[MeetingExtraction]) -> set[str] | None:
    """The two sides every held meeting in the article shares, if they are exactly two."""
    sides = {tuple(sorted(set(m.sides))) for m in meetings if m.status == "held"}
    if len(sides) == 1:
        only = next(iter(sides))
        if len(only) == 2:
            return set(only)
    return None


def focus_scores(
    document: Document,
    mentions: list[CountryMention],
    lead: tuple[int, int],
    people: list[PersonExtraction],
    meetings: list[MeetingExtraction],
) -> dict[str, float]:
    title_end = len(document.title)
    dateline_start, dateline_end = document.dateline_span or (0, 0)
    # the dateline says where the reporter files from, often a bureau (Brussels, London, Manama),
    # not what the story is about: it is not a mention
    # (but a country named only there is still in the article: "SINGAPORE - PM Lee said")
    present = {m.code for m in mentions}
    mentions = [m for m in mentions if not dateline_start <= m.start_char < dateline_end]
    counts = Counter(m.code for m in mentions)
    scores: dict[str, float] = defaultdict(float)
    for code, count in counts.items():
        scores[code] += MENTION_WEIGHT * min(count, 10) ** 0.5
    lead_start, lead_end = lead
    # "Blair urges ...": a person the headline or the lead names stands for their country there
    in_headline = {p.country for p in people if p.country_read and any(s < title_end for s, _ in p.spans)}
    in_lead = {
        p.country
        for p in people
        if p.country_read and any(max(title_end, lead_start) <= s < lead_end for s, _ in p.spans)
    }
    for code in {m.code for m in mentions if m.start_char < title_end} | (in_headline & present):
        scores[code] += HEADLINE_WEIGHT
    lead_codes = {m.code for m in mentions if max(title_end, lead_start) <= m.start_char < lead_end}
    for code in lead_codes | (in_lead & present):
        scores[code] += LEAD_WEIGHT
    for meeting in meetings:
        for code in set(meeting.sides):
            if code in present:
                scores[code] += MEETING_WEIGHT / max(len(meetings), 1)
    total_people = sum(p.mentions for p in people if p.country) or 1
    for person in people:
        if person.country in present:
            scores[person.country] += PERSON_WEIGHT * 3 * person.mentions / total_people
    dateline = document.dateline_country()
    if dateline in counts:
        # where the reporter files from counts as much as the lead when the story also talks about
        # that country; a dateline alone (a wire bureau in Brussels) says little
        scores[dateline] += LEAD_WEIGHT if counts[dateline] > 1 else DATELINE_WEIGHT
    return dict(scores)
