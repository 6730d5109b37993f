"""What every stage reads: the article's facts worked out once (`Context`), one trigger's account of an
encounter (`Reading`), and lookups of tokens' entities and countries.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import gazetteer
from ..document import lead_span
from ..lexicon.meetings import PARTY_PATTERNS
from ..tokens import token_texts
from ..types import Document, PersonExtraction

if TYPE_CHECKING:
    from spacy.matcher import DependencyMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class _Context:
    doc: Doc
    document: Document
    people: list[PersonExtraction]
    person_at: list[int]  # person index per token, -1 for none
    published: dt.date | None
    dateline_place: str
    dateline_country: str | None
    dateline_date: dt.date | None
    dateline_span: tuple[int, int]  # char offsets in doc.text, so its date is not read as an event's
    on: dt.date | None  # the article's date, for historical country codes
    lead_end: int  # where the article's lead sentence ends
    captions: list[tuple[int, int]]  # photo captions, as offsets into the text, in order
    by_agents: dict[int, list[int]]  # "talks co-chaired by X": the noun's token -> the "by" people

    @property
    def anchor(self) -> dt.date | None:
        return self.dateline_date or self.published

    def story_dateline(self, offset: int) -> tuple[str, str | None]:
        """The dateline city and country of the story that holds `offset`: a digest's stories each
        have their own ("BRUSSELS - ...", "ROME - ...")."""
        if not self.document.datelines:
            return self.dateline_place, self.dateline_country
        place = _normal_case(self.document.dateline_before(offset))
        return place, _place_country(place, self.on) if place else None


@dataclass
class _Reading:
    """One trigger's account of an encounter."""

    sentence: Span
    trigger: Token
    kind: str
    status: str
    people: list[int] = field(default_factory=list)
    # each participant's country as read for this meeting: the grammar of the mention ("his Armenian
    # counterpart Y") when it says, else the person's article-wide country
    countries: dict[int, str | None] = field(default_factory=dict)
    read: set[int] = field(default_factory=set)  # participants whose country the mention gave
    sides: set[str] = field(default_factory=set)  # countries taking part that are not a participant's
    other_party: bool = False  # an unnamed party (with or without a known country) took part
    away: bool = False  # reported as somewhere the subject came from: not at the dateline
    pronoun_subject: bool = False  # "They were talking": may take its date from the sentence before
    stranger: bool = False  # an unnamed party of no known country took part ("European diplomats")
    organisation: bool = False  # an organisation was the other party ("talks with the IMF")
    caption: bool = False  # read from a photo caption, which may show any earlier occasion
    headline: bool = False  # read from the headline alone
    several_days: bool = False  # "a three-day visit": the dateline's day is not its first
    # "The meeting was also attended by X" names the occasion the sentence before reported
    anaphoric: bool = False
    destinations: list[tuple[str | None, str]] = field(default_factory=list)  # places visited
    # "his meetings with A, B and C", "their respective talks with A and B": one occasion each
    separate: list[int] = field(default_factory=list)
    place: str | None = None
    place_country: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    date_anchor: str = ""
    date_anchor_date: dt.date | None = None
    confidence: float = 0.9


def _context(doc: Doc, document: Document, people: list[PersonExtraction]) -> _Context:
    # the dateline and the lead are the Document's, worked out once for every stage
    place = _normal_case(document.dateline_place)
    on = document.dateline_date or document.published
    if document.lead_span is None:
        document.lead_span = lead_span(doc, document)
    return _Context(
        doc=doc,
        document=document,
        people=people,
        person_at=_person_index(doc, people),
        published=document.published,
        dateline_place=place,
        dateline_country=document.dateline_country(on),
        dateline_date=document.dateline_date,
        dateline_span=document.dateline_span or (0, 0),
        on=on,
        lead_end=document.lead_span[1],
        captions=_captions(document.text),
        by_agents=_by_agents(doc),
    )


@functools.cache
def _by_agent_matcher(vocab: Vocab) -> DependencyMatcher:
    from spacy.matcher import DependencyMatcher

    matcher = DependencyMatcher(vocab)
    for name, pattern in PARTY_PATTERNS.items():
        matcher.add(name, [pattern])
    return matcher


@functools.cache
def _by_agent_anchor(vocab: Vocab) -> set[int]:
    """The words every pattern's first node may be ("attended", "attending"...), as hashes."""
    return {
        vocab.strings.add(word)
        for pattern in PARTY_PATTERNS.values()
        for word in pattern[0]["RIGHT_ATTRS"]["LOWER"]["IN"]
    }


def _by_agents(doc: Doc) -> dict[int, list[int]]:
    # The DependencyMatcher tries every combination of the tokens each node may be (the "event" is
    # any token), so over a whole article it cost more than the rest of the meetings stage. A match
    # lies within one parse tree, a sentence: it runs on the few that hold the pattern's anchor.
    import numpy
    from spacy.attrs import LOWER

    hits = numpy.isin(doc.to_array([LOWER]).reshape(len(doc)), list(_by_agent_anchor(doc.vocab)))
    sentences = {}
    for start in numpy.flatnonzero(hits).tolist():
        sentence = doc[start].sent
        sentences.setdefault(sentence.start, sentence)
    matcher = _by_agent_matcher(doc.vocab)
    found: dict[int, list[int]] = {}
    for offset, sentence in sorted(sentences.items()):
        for match_id, tokens in matcher(sentence):
            pattern = PARTY_PATTERNS[doc.vocab.strings[match_id]]
            match = dict(
                zip((entry["RIGHT_ID"] for entry in pattern), (offset + i for i in tokens), strict=True)
            )
            parties = found.setdefault(match["event"], [])
            if match["party"] not in parties:
                parties.append(match["party"])
    return found


# "image caption Leaders pose ..." (a line of its own), "Leaders pose ... (Xinhua/Li Tao) BEIJING, ..."
# (a caption with its photo credit, then the story on the same line)
_CAPTION_LABEL = re.compile(r"\b(?:image|photo) caption\b|^\s*(?:file )?photo:", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\((?:Xinhua|Photo|AFP|Reuters|AP)[^()\n]{0,40}/[^()\n]{1,40}\)")
_CAPTION_MAX_WORDS = 40


def _captions(text: str) -> list[tuple[int, int]]:
    """Where the photo captions are: a caption shows an occasion that may be years old."""
    found = []
    position = 0
    for line in text.split("\n"):
        label = _CAPTION_LABEL.search(line)
        if label and len(line[label.end() :].split()) <= _CAPTION_MAX_WORDS:
            found.append((position + label.start(), position + len(line)))
        credit = _PHOTO_CREDIT.search(line, 0, 600)
        if credit:
            found.append((position, position + credit.end()))
        position += len(line) + 1
    return sorted(found)


def _in_caption(token: Token, ctx: _Context) -> bool:
    return any(start <= token.idx < end for start, end in ctx.captions)


def _normal_case(place: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in place.split())


def _person_index(doc: Doc, people: list[PersonExtraction]) -> list[int]:
    index = [-1] * len(doc)
    for number, person in enumerate(people):
        for start, end in person.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                index[span.start : span.end] = [number] * len(span)
    _index_short_forms(doc, people, index)
    return index


def _index_short_forms(doc: Doc, people: list[PersonExtraction], index: list[int]) -> None:
    """Name entities the people's spans left out ("Weizsaecker" after "Richard von Weizsaecker"),
    by surname, given name or a recorded variant, when only one person has that form."""
    owners: dict[str, set[int]] = {}
    for number, person in enumerate(people):
        words = person.name.split()
        for form in {person.name, words[-1], words[0], *person.variants}:
            owners.setdefault(form.casefold(), set()).add(number)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(index[i] >= 0 for i in range(ent.start, ent.end)):
            continue
        text = ent.text.removesuffix("'s").casefold()
        found = owners.get(text) or owners.get(ent[-1].text.casefold(), set())
        if len(found) == 1:
            index[ent.start : ent.end] = [next(iter(found))] * len(ent)
    # A surname the tagger did not see as a name is its one owner's: "Ms von der Leyen" read as an
    # organisation; "King Fahd of Saudi Arabia" left untagged (a one-word name only where no other
    # entity has the word and it names no thing: not "the Reagan administration").
    surnames = {person.name.split()[-1]: number for number, person in enumerate(people)}
    for i, text in enumerate(token_texts(doc)):
        if index[i] >= 0 or text not in surnames or len(owners[text.casefold()]) != 1:
            continue
        token = doc[i]
        if token.pos_ != "PROPN":
            continue
        if " " in people[surnames[text]].name or (
            token.ent_type_ in {"", "PERSON"} and not (token.dep_ == "compound" and token.head.pos_ == "NOUN")
        ):
            index[i] = surnames[text]


def _country_for(text: str, on: dt.date | None) -> str | None:
    return gazetteer.country_for(text, on)


def _place_country(text: str, on: dt.date | None) -> str | None:
    return gazetteer.place_country(text, on)


def _city_or_country(name: str, on: dt.date | None) -> tuple[str | None, str | None]:
    """(city, country code) for a place name: ("Moscow", "RU"), (None, "PS") for "West Bank"."""
    country = _country_for(name, on)
    if country and gazetteer.fold(name) not in gazetteer.capitals():
        return None, country
    city_country = country or _place_country(name, on)
    return (name, city_country) if city_country else (None, None)


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _all_sides(reading: _Reading) -> set[str]:
    return reading.sides | {code for code in reading.countries.values() if code}


def _token_country(token: Token, ctx: _Context) -> str | None:
    """The country a token names, reading the whole entity it belongs to ("the United States")."""
    if token.pos_ not in {"PROPN", "ADJ", "NOUN"} or not token.text[:1].isupper():
        return None
    if token.ent_type_ in {"GPE", "NORP", "LOC"}:
        ent = _entity(token)
        if ent is not None:
            code = _country_for(ent.text, ctx.on)
            if code:
                return code
    return _country_for(token.text, ctx.on)


def _entity(token: Token) -> Span | None:
    """The named entity a token is part of, found from the token's own IOB tags: `token.sent.ents`
    filters every entity of the document, which made each lookup cost the article's length."""
    if not token.ent_type:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=token.ent_type_)
