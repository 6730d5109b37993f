"""Stage 1, triggers: the words that report an encounter, and each one read into a `Reading` (calling the
later stages for its parties, status, place and date).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon.meetings import (
    ARRIVAL_WORDS,
    AWAY_PREPS,
    CONVEY_VERBS,
    EXAMPLE_PREPS,
    EXCHANGE_VERBS,
    MEALS,
    NEEDS_HOST,
    NOT_DIPLOMATIC,
    NOUN_KIND,
    PARTY_PREPS,
    PAY_VERBS,
    PLURAL_OCCASIONS,
    PRESENCE_VERBS,
    PRESS_NOUNS,
    PROCESS_NOUNS,
    PROCESS_VERBS,
    PRONOUNS,
    REFERENCE_VERBS,
    REMOTE_MEDIA,
    REMOTE_WORDS,
    ROLE_NOUNS,
    SEPARATE_ADVERBS,
    SEPARATE_WORDS,
    SETTING_OFF,
    SETTING_PREPS,
    SPEECH_NOUNS,
    TAKE_VERBS,
    TOPIC_HEADS,
    TOPIC_MODIFIERS,
    TOPICAL_PREPS,
    TRAVEL_VERBS,
    TRIP_NOUNS,
    VERB_FORMS,
    VERB_KIND,
    VISITING_GROUPS,
    WELCOME_VERBS,
)
from ..tokens import token_texts
from .context import (
    _SUBJECTS,
    _TIME_ENTS,
    _city_or_country,
    _Context,
    _entity,
    _in_caption,
    _Reading,
    _token_country,
)
from .dating import _at_start, _date, _duration_days
from .parties import (
    _add_member_sides,
    _add_ministry_host,
    _add_modifier_sides,
    _add_parties,
    _add_person,
    _destinations,
    _listed_after_colon,
    _mention_country,
    _modifier_people,
    _noun_parties,
    _np_countries,
    _people_before,
    _people_in,
    _person_by_title,
    _subject,
    _subject_lost,
    _teller_on_the_line,
    _visit_host,
)
from .place import _locate, _place_of
from .status import _status

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab


@functools.cache
def _matcher(vocab: Vocab) -> PhraseMatcher:
    # a PhraseMatcher on the lower-case form is a hash lookup per token; a Matcher with "IN" sets
    # costs milliseconds per article
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    matcher = PhraseMatcher(vocab, attr="LOWER")
    matcher.add("VERB", [Doc(vocab, words=[word]) for word in sorted(VERB_FORMS)])
    matcher.add("NOUN", [Doc(vocab, words=[word]) for word in sorted(NOUN_KIND)])
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
    reading.caption = _in_caption(trigger, ctx)
    reading.headline = trigger.idx < len(ctx.document.title)
    reading.several_days = _duration_days(trigger) > 1 and not _at_start(trigger)
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
        # the others met are at occasions of their own, and so are their states
        elsewhere = {reading.countries.get(n) for n in reading.separate if n != number} - {
            reading.countries.get(n) for n in people
        }
        copy = _copy(
            reading,
            people=people,
            countries={n: reading.countries.get(n) for n in people},
            sides=reading.sides - elsewhere,
        )
        copy.read &= set(people)
        copies.append(copy)
    return copies


def _read_verb(verb: Token, ctx: _Context) -> _Reading | None:
    base = VERB_FORMS[verb.lower_]
    if verb.dep_ == "amod":  # "the visiting Polish leader": a visitor to the dateline's country
        return _read_visiting(verb, verb.head, ctx)
    visitor = _visitor_misparsed(verb)
    if visitor is not None:
        return _read_visiting(verb, visitor, ctx)
    objects = _verb_objects(verb, base, ctx)
    if objects is None:
        return None
    status = _status([verb], ctx)
    if status is None:
        return None
    subject, passive = _subject(verb)
    reading = _Reading(sentence=verb.sent, trigger=verb, kind=VERB_KIND[base], status=status)
    reading.pronoun_subject = subject is not None and subject.lower_ in PRONOUNS and verb.dep_ == "ROOT"
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
    # (on the verb's own line: a byline or dateline run into the sentence is no subject)
    subjects += [
        c
        for c in verb.children
        if c.dep_ in _SUBJECTS and subject is not None and c.i != subject.i and not _line_break(c, verb)
    ]
    _add_parties(reading, subjects + objects, ctx, skip=places)
    for number, word in _listed_after_colon(verb, subject, ctx):
        _add_person(reading, number, ctx, _mention_country(word, ctx))
    listed = list(
        dict.fromkeys(n for o in objects for part in [o, *o.conjuncts] for n in _people_in(part, ctx))
    )
    if any(c.dep_ == "advmod" and c.lower_ in SEPARATE_ADVERBS for c in verb.children):
        reading.separate = listed  # "met A and B separately": an occasion per person met
    if base == "visit":
        _visit_host(reading, objects, places, passive, ctx)
    if _is_remote(verb):
        reading.kind = "video" if _mentions(verb.sent, {"video", "virtual", "online"}) else "call"
    elif base == "speak":
        reading.kind = "talks"  # "spoke with X on the sidelines of the summit"
    events = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _own_subject(verb):
        events.append(verb.head)  # "wrapped up ... on Wednesday, meeting with ...": the same day
    _locate(reading, events, ctx)
    _date(reading, events, ctx)
    return reading


def _line_break(a: Token, b: Token) -> bool:
    first, last = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[first:last])


def _earlier(verb: Token) -> bool:
    pluperfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children
    )
    return pluperfect or any(
        c.dep_ == "advmod" and c.lower_ in {"earlier", "previously"} for c in verb.children
    )


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


# Links the parser sometimes gives a verb's object when the name is also a place's
_MISREAD_OBJECTS = frozenset({"npadvmod", "attr", "oprd"})


def _verb_objects(verb: Token, base: str, ctx: _Context) -> list[Token] | None:
    """The verb's other parties, or None when this use of the verb is not an encounter."""
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            # "Izetbegovic, whom he met on Friday": the relative pronoun stands for the noun it follows
            relative = child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl"
            objects.append(verb.head if relative else child)
        elif child.dep_ in _MISREAD_OBJECTS and child.i > verb.i and ctx.person_at[child.i] >= 0:
            objects.append(child)  # "met President Carlos Mendoza.": a name the parser took for a place
        elif child.dep_ in {"prep", "agent"} and child.lower_ in PARTY_PREPS | {"by", "on"}:
            objects.extend(c for c in child.children if c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS)
    if base == "host":
        # "hosted a dinner for X", "hosted a lunch in honour of X": the guest is the other party
        objects.extend(
            guest
            for meal in list(objects)
            if meal.lower_ in MEALS
            for prep in meal.children
            if prep.dep_ == "prep" and prep.lower_ in {"for", "in"}
            for guest in prep.subtree
            # "a banquet for visiting King X": the guest is the object of the participle
            if (guest.dep_ == "pobj" or (guest.dep_ == "dobj" and guest.head.dep_ == "pcomp"))
            and guest.lower_ not in {"honour", "honor"}
        )
    # "visited Moslem countries, including Iran", "met Asian leaders such as X": the examples named
    objects.extend(_examples(objects))
    if base in NEEDS_HOST and objects and not any(_may_host(o, ctx) for o in objects):
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
    talks_with = any(c.dep_ == "prep" and c.lower_ in PARTY_PREPS for c in verb.children)
    together = _together(verb)
    if base == "talk" and not _talk_is_encounter(verb, objects, talks_with, together):
        return None
    # "discussed trade with X": the parser may hang the "with" from the topic
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    with_objects = [
        o
        for holder in holders
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    named_with = [o for o in with_objects if ctx.person_at[o.i] >= 0]
    if base == "tell":
        return _told(verb, objects, ctx)
    if base == "discuss":
        # "discussed trade": a topic; "discussed trade with X", "X and Y discussed trade": an encounter
        named_pair = any(
            ctx.person_at[c.i] >= 0 and any(ctx.person_at[g.i] >= 0 for g in c.conjuncts)
            for c in verb.children
            if c.dep_ in _SUBJECTS
        )
        # "discussed the Middle East with Palestinian and Soviet officials": a state's people
        national_with = [o for o in with_objects if o.pos_ == "NOUN" and _np_countries(o, ctx)]
        return named_with or national_with or ([] if named_pair else None)
    if base == "speak" and named_with and not _by_phone(verb) and _in_person(verb):
        return objects  # "spoke with X on the sidelines of the summit", "spoke with X in Tokyo"
    if base == "speak":
        # Only "spoke by phone / over the telephone / by video link with X" is an encounter; a
        # speech ("spoke at the forum", "spoke to reporters") is not.
        # "spoke by phone with X": the parser may hang the "with" from the medium
        via_medium = [
            o
            for prep in verb.children
            if prep.dep_ == "prep"
            for medium in prep.children
            if medium.lower_ in REMOTE_MEDIA
            for with_ in medium.children
            if with_.dep_ == "prep" and with_.lower_ in PARTY_PREPS
            for o in with_.children
            if o.dep_ == "pobj"
        ]
        if not _by_phone(verb) or not (talks_with or together or via_medium):
            return None
        objects = [o for o in objects if o.lower_ not in REMOTE_MEDIA] + via_medium
    return objects


def _together(verb: Token) -> bool:
    """Several people talking together: "they were talking", "X and Y spoke by telephone"."""
    return any(
        c.dep_ in _SUBJECTS and (c.tag_ in {"NNS", "PRP"} or any(g.dep_ == "conj" for g in c.children))
        for c in verb.children
    )


def _talk_is_encounter(verb: Token, objects: list[Token], talks_with: bool, together: bool) -> bool:
    """ "talked about", "talking tough": only "talk with/to someone" is an encounter, or several
    people talking together ("they were talking")."""
    if not talks_with and (not together or _has_prep(verb, {"of", "about"})):
        return False  # "Shultz trip fuels talk of wheat offer": what is said, not who met
    # "Talking to reporters, X said": a briefing
    return not (objects and all(o.lower_ in PRESS_NOUNS for o in objects))


def _examples(objects: list[Token]) -> list[Token]:
    return [
        example
        for o in objects
        if o.tag_ == "NNS"
        for prep in o.children
        if prep.dep_ == "prep" and prep.lower_ in EXAMPLE_PREPS
        for example in prep.children
        if example.dep_ == "pobj"
    ]


def _in_person(verb: Token) -> bool:
    """A place or a setting that says the speakers were together ("on the sidelines of", "in Tokyo")."""
    return any(
        c.dep_ == "prep"
        and (c.lower_ in {"in", "at", "during"} or any(o.lower_ == "sidelines" for o in c.children))
        for c in verb.children
    )


def _told(verb: Token, objects: list[Token], ctx: _Context) -> list[Token] | None:
    """ "Xi told Mr Duterte in Beijing that...": told in person, somewhere named or face to face;
    not "told reporters", "told him in a letter"."""
    told = [o for o in objects if o.dep_ in {"dobj", "dative"} and _addressed(o, ctx) >= 0]
    if told and (_in_named_place(verb) or _told_face_to_face(verb, told, ctx)):
        return told
    # "telling a visiting group from Taiwan that ...": a delegation received, told in person
    visitors = [o for o in objects if o.dep_ in {"dobj", "dative"} and _visiting_group(o, ctx)]
    return visitors or None


def _visiting_group(token: Token, ctx: _Context) -> bool:
    return (
        token.lower_ in VISITING_GROUPS
        and any(c.lower_ == "visiting" and c.dep_ in {"amod", "compound", "acl"} for c in token.children)
        and bool(_np_countries(token, ctx))
    )


def _addressed(token: Token, ctx: _Context) -> int:
    """The person told: named, or "the British minister" when the article names one such."""
    if ctx.person_at[token.i] >= 0:
        return ctx.person_at[token.i]
    if token.lower_ in ROLE_NOUNS and (number := _person_by_title(token, ctx)) is not None:
        return number
    return -1


def _told_face_to_face(verb: Token, told: list[Token], ctx: _Context) -> bool:
    """ "'We have come to seek open markets,' Senator X told Prime Minister Y", "President X told
    President Y he could live with it": words said to a titled official of another state, with no
    letter, message or telephone in between."""
    if _mentions(verb.sent, {"letter", "message", "messages", "tweet", "twitter", "phone", "telephone"}):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    speaker = ctx.person_at[subject.i] if subject is not None else -1
    if speaker < 0:
        return False
    theirs = ctx.people[speaker].country
    addressed = [ctx.people[_addressed(o, ctx)] for o in told]
    return any(person.titles and person.country not in {None, theirs} for person in addressed)


def _in_named_place(verb: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"in", "at"}
        and o.dep_ == "pobj"
        and o.ent_type_ in {"GPE", "LOC", "FAC"}
        for c in verb.children
        for o in c.children
    )


def _may_host(token: Token, ctx: _Context) -> bool:
    """Whether a visit's object can receive a visitor: a person, a country or city, people of a role."""
    return any(
        ctx.person_at[part.i] >= 0
        or part.pos_ == "PROPN"
        or part.ent_type_ in {"GPE", "LOC", "NORP", "PERSON"}
        or part.lower_ in ROLE_NOUNS
        or part.lower_ in PRONOUNS
        or part.lower_ in {"headquarters", "capital"}
        for part in [token, *token.conjuncts]
    )


def _by_phone(verb: Token) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"by", "over", "on", "via"}
        and any(
            o.lower_ in REMOTE_MEDIA or any(c.lower_ in REMOTE_MEDIA for c in o.children)
            for o in prep.children
        )
        for prep in verb.children
    )


def _visitor_misparsed(verb: Token) -> Token | None:
    """ "Xi met visiting Russian minister X", "told visiting X": the parser makes "visiting" a verb of
    its own whose object is the visitor; it is the visitor's adjective, and the governing verb the
    encounter."""
    if verb.lower_ != "visiting" or verb.dep_ not in {"xcomp", "advcl", "ccomp"} or _own_subject(verb):
        return None
    if not _receives(verb.head):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)


def _receives(verb: Token) -> bool:
    words = verb.lower_
    return verb.pos_ == "VERB" and (words in VERB_FORMS or words in EXCHANGE_VERBS or words in WELCOME_VERBS)


def _read_visiting(verb: Token, visitor: Token, ctx: _Context) -> _Reading | None:
    """ "the visiting Polish leader": a visitor to the dateline's country; "X told visiting Y" (or
    met, received, welcomed): X, the subject of the verb that governs the visitor, received them."""
    governor = visitor.head if visitor.dep_ in {"dobj", "dative"} and _receives(visitor.head) else None
    if verb.dep_ != "amod" and governor is None:
        governor = verb.head
    host = _subject(governor)[0] if governor is not None else None
    if ctx.dateline_country is None and host is None:
        return None
    reading = _Reading(sentence=verb.sent, trigger=verb, kind="visit", status="held", confidence=0.6)
    events = [visitor]
    if host is not None:
        status = _status([governor], ctx)
        if status is None:
            return None
        reading.status = status
        _add_parties(reading, [host], ctx)
        events = [governor]
    _add_parties(reading, [visitor], ctx)
    # "received visiting X at Government House in Bangkok": the sentence's place, else the dateline's
    _locate(reading, [*events, visitor], ctx)
    if reading.place_country is None and ctx.dateline_country is not None:
        reading.place, reading.place_country = ctx.dateline_place, ctx.dateline_country
    if reading.place_country is not None:
        reading.sides.add(reading.place_country)
    elif host is not None:
        _visit_host(reading, [host], {}, False, ctx)
    _date(reading, events, ctx)
    return reading


def presence_readings(doc: Doc, ctx: _Context, found: list[_Reading]) -> list[_Reading]:
    """ "Iranian Prime Minister X is currently in Damascus", "X arrived in Beijing on Monday": an
    official of one state present in another's city is on a visit there, unless the sentence tells
    the encounter the visit was for ("arrived in Rome and held talks with Y")."""
    busy = {(r.sentence.start, n) for r in found for n in r.people}
    readings = []
    for i, text in enumerate(token_texts(doc)):
        journey = text.lower() in TRAVEL_VERBS
        if not (journey or text.lower() in PRESENCE_VERBS) or (verb := doc[i]).pos_ not in {"AUX", "VERB"}:
            continue
        # the nearest: "ABU DHABI (REUTERS) - Senior US officials landed" has the dateline as another
        subject = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj" and c.i < i), None)
        if subject is None:
            continue
        if subject.tag_ == "WP" and verb.dep_ == "relcl":
            subject = verb.head  # "Funaro, who travels to Italy this evening"
        number = ctx.person_at[subject.i]
        if number < 0:
            if verb.lower_ in ARRIVAL_WORDS and (group := _arriving_delegation(verb, subject, ctx)):
                readings.append(group)
            continue
        if not ctx.people[number].country_read or (verb.sent.start, number) in busy:
            continue
        city = next(
            (
                o
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == ("to" if journey else "in")
                for o in c.children
                if o.dep_ == "pobj" and o.ent_type_ == "GPE"
            ),
            None,
        )
        # (a quoted speaker's "here" is where the speaker is, which the dateline need not be)
        here = city is None and not journey and any(c.lower_ == "here" for c in verb.children)
        here = here and not _quoted(verb)
        if here and ctx.dateline_country:
            # "when Nakasone was here", datelined Washington: the dateline city
            place, code = ctx.dateline_place, ctx.dateline_country
        elif city is None or _in_caption(verb, ctx):
            continue
        else:
            place, code = _city_or_country((_entity(city) or city).text, ctx.on)
        # "is in Italy" says little; "travels to Italy", "arrived in Jordan" is a journey to its government
        journey = journey or verb.lower_ in ARRIVAL_WORDS
        if (place is None and not journey) or code is None or code == ctx.people[number].country:
            continue
        status = _status([verb], ctx)
        if status is None:
            continue
        reading = _Reading(sentence=verb.sent, trigger=verb, kind="visit", status=status, confidence=0.6)
        _add_person(reading, number, ctx)
        for other in subject.conjuncts:  # "Prince Charles and Princess Diana went to Saudi Arabia"
            if ctx.person_at[other.i] >= 0:
                _add_person(reading, ctx.person_at[other.i], ctx)
        reading.sides.add(code)
        reading.other_party = True
        reading.place, reading.place_country = place, code
        # "when Nakasone was here": some time before, not the dateline's day
        reading.away = here and verb.dep_ == "advcl"
        _date(reading, [verb], ctx)
        readings.append(reading)
    return readings


def _quoted(token: Token) -> bool:
    """Inside a quotation: an odd number of quotation marks open its paragraph before it."""
    text = token.doc.text
    before = text[text.rfind("\n", 0, token.idx) + 1 : token.idx]
    straight = before.count('"')
    return straight % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _arriving_delegation(verb: Token, subject: Token, ctx: _Context) -> _Reading | None:
    """ "Senior US and Israeli officials landed in the United Arab Emirates on Monday": unnamed
    officials of other states arriving in a state's city are on a visit there; who led them, the
    sentences after may say (`parties._delegation_heads`), else it names no one and is dropped."""
    if subject.lower_ not in VISITING_GROUPS and subject.lower_ not in ROLE_NOUNS:
        return None
    codes = _np_countries(subject, ctx)
    place = next(
        (
            found
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for o in c.children
            if o.dep_ == "pobj" and (found := _place_of(o, ctx))
        ),
        None,
    )
    if not codes or place is None or place[1] is None or place[1] in codes or _in_caption(verb, ctx):
        return None
    status = _status([verb], ctx)
    if status is None:
        return None
    reading = _Reading(sentence=verb.sent, trigger=verb, kind="visit", status=status, confidence=0.6)
    reading.sides.update(codes | {place[1]})
    reading.other_party = True
    reading.place, reading.place_country = place
    _date(reading, [verb], ctx)
    return reading


def _noun_kind(noun: Token, modifiers: set[str]) -> str | None:
    """The kind of encounter a noun names, or None when this use of it names none."""
    kind = NOUN_KIND[noun.lower_]
    if kind == "summit" and modifiers & SPEECH_NOUNS:
        if "joint" not in modifiers and not _has_prep(noun, {"with"}):
            return None  # a news conference
        kind = "meeting"  # "a joint news conference with X": they appeared together
    if _topic(noun, modifiers):
        return None
    if noun.lower_ == "talk" and not _has_prep(noun, {"with", "between"}):
        return None  # "fuels talk of a wheat deal": what people say, not talks anyone held
    if modifiers & NOT_DIPLOMATIC:
        return None  # "a consular visit" to a detained citizen: no encounter between states
    if kind == "call" and _paid_call(noun):
        return "visit"  # "paid a (courtesy) call on the president"
    if kind == "call" and not (
        modifiers & (REMOTE_WORDS | {"courtesy"}) or _has_prep(noun, {"with", "between"})
    ):
        return None  # "a call for calm"
    if noun.ent_type_ in {"ORG", "EVENT", "FAC", "WORK_OF_ART", "LAW"} and noun.pos_ == "PROPN":
        return None
    if noun.dep_ == "compound" and noun.head.tag_ in {"NNS", "NNPS"} and noun.head.lower_ not in NOUN_KIND:
        return None  # "summit countries", "summit participants": who, not an occasion told
    return kind


def _read_noun(noun: Token, ctx: _Context) -> _Reading | None:
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    kind = _noun_kind(noun, modifiers)
    if kind is None:
        return None
    path, support = _support(noun)
    support = _main_clause_setting(noun, path, support)
    preps = frozenset(t.lower_ for t in path if t.pos_ == "ADP")
    events = [noun, *path] + ([support] if support is not None else [])
    # "agree to restore contacts at a meeting": the meeting is where they agreed, not what
    status = _status(events, ctx, preps)
    if status is None:
        return None
    if (
        status == "planned"
        and kind in {"talks", "consultation"}
        and support is not None
        and support.lower_ in PROCESS_VERBS
    ):
        return None  # "agreed to resume trade talks": a process to restart, not an occasion
    reading = _Reading(sentence=noun.sent, trigger=noun, kind=kind, status=status)
    reading.anaphoric = _anaphoric(noun)
    # "a virtual summit", "the summit via video link", "talks by telephone"
    holders = [
        noun,
        *([noun.head] if noun.head.pos_ == "VERB" else []),
        *(c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.lower_ in {"held", "conducted"}),
    ]  # "attends the summit via video link", "the meeting, which was held via video link"
    remote = modifiers | {
        g.lower_ for h in holders for c in h.children if c.lower_ in {"via", "by"} for g in c.subtree
    }
    if remote & REMOTE_WORDS:
        reading.kind = "video" if remote & {"video", "virtual", "online", "videoconference"} else "call"
    parties = _noun_parties(noun, ctx) + [
        t for t in path if t.pos_ in {"PROPN", "NOUN"} and ctx.person_at[t.i] >= 0
    ]
    named_by_modifier = _modifier_people(noun, ctx)
    parties.extend(named_by_modifier)  # "Biden-Xi virtual summit": the parties, not the verb's subject
    carried = support is not None and noun.dep_ not in _SUBJECTS and not (preps & TOPICAL_PREPS)
    carried = carried and support.lower_ not in REFERENCE_VERBS
    carried = carried and len({ctx.person_at[t.i] for t in named_by_modifier}) < 2
    # "a visit to Kyiv by X", "X's visit": the noun names its own party, the governing verb's subject
    # ("China accused Taipei of spoiling talks with a visit by X") is someone else
    carried = carried and not _names_own_party(noun, ctx)
    if carried and not _path_is_subject(path):
        subject = _agent(support) or _subject(support)[0]
        if subject is not None:
            parties.insert(0, subject)
            reading.pronoun_subject = subject.lower_ in PRONOUNS and support.dep_ == "ROOT"
        if not path:  # "held talks on Sunday with X": the "with" may hang from the verb
            parties.extend(
                o for p in support.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
            )
        if preps & (SETTING_PREPS | {"in", "over"}) and support.lower_ in EXCHANGE_VERBS:
            # "X warned Y during a phone call", "X told Y at the meeting": the one addressed took part
            parties.extend(o for o in support.children if o.dep_ in {"dobj", "dative"})
        if preps & (SETTING_PREPS | {"in"}) and support.lower_ in CONVEY_VERBS:
            # "gave the same message to X in meetings in Washington": the one it was given to
            parties.extend(_given_to(support))
    destinations = _targets(noun, kind)
    places = _destinations(destinations, ctx) if kind == "visit" else {}
    if kind == "visit":  # "paid a visit to President X": the one visited took part
        parties.extend(p for p in destinations if ctx.person_at[p.i] >= 0)
    _add_parties(reading, parties, ctx, skip=places)
    _teller_on_the_line(reading, support, ctx)
    # "held separate meetings with A and B": the "with" may hang from the verb
    holders = [noun, *([support] if support is not None and not path else [])]
    listed = list(dict.fromkeys(
        number for holder in holders for prep in holder.children if prep.lower_ == "with"
        for o in prep.children for part in [o, *o.conjuncts] for number in _people_in(part, ctx)
    ))  # fmt: skip
    if _separate_occasions(noun):
        reading.separate = listed
    _add_modifier_sides(reading, noun, ctx)
    _add_ministry_host(reading, noun, ctx)
    _add_member_sides(reading, noun, ctx)
    if kind == "visit":
        _visit_host(reading, destinations, places, False, ctx)
    if preps & AWAY_PREPS:
        # "arrived from a meeting with X": not where, nor when, the arrival happened
        reading.away = True
        events = [noun, *path]
    if support is not None and support.lower_ in SETTING_OFF and "for" in preps:
        events = [noun, *(t for t in path if t.i != support.i)]
        _destination_of_departure(reading, support, ctx)
    _locate(reading, events, ctx)
    _date(reading, events, ctx)
    return reading


def _targets(noun: Token, kind: str) -> list[Token]:
    """Whom or where the noun is directed at ("a visit to X"); a visit's also where it took its
    traveller."""
    targets = [p for prep in noun.children if prep.lower_ == "to" for p in prep.children]
    return targets + _taken_to(noun) if kind == "visit" else targets


def _taken_to(noun: Token) -> list[Token]:
    """ "his trip, which has already taken him to London, Paris and Bonn": the places it took him."""
    return [
        place
        for verb in noun.children
        if verb.dep_ in {"relcl", "acl"} and verb.lower_ in TAKE_VERBS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for place in prep.children
        if place.dep_ == "pobj"
    ]


def _destination_of_departure(reading: _Reading, verb: Token, ctx: _Context) -> None:
    """ "left for Washington ... for a summit": the first "for" names where the summit is."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for place in prep.children:
                if (found := _place_of(place, ctx)) and found[0]:
                    reading.place, reading.place_country = found
                    return


def _given_to(verb: Token) -> list[Token]:
    return [
        o
        for prep in verb.children
        if prep.dep_ in {"dative", "prep"} and prep.lower_ == "to"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _paid_call(noun: Token) -> bool:
    return noun.head.lower_ in PAY_VERBS and noun.dep_ == "dobj" and _has_prep(noun, {"on"})


def _anaphoric(noun: Token) -> bool:
    """ "The meeting", "the talks" with nothing of their own to say which: the occasion just told."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children) and not any(
        c.dep_ in {"poss", "compound", "amod", "nmod"}
        or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS | {"of", "on", "over", "about"})
        for c in noun.children
    )


def _topic(noun: Token, modifiers: set[str]) -> bool:
    """ "accession talks", "a supporter of talks", "the resumption of talks": talks as a subject of
    policy, not an occasion anyone attended."""
    if noun.lower_ not in PROCESS_NOUNS:
        return False
    if modifiers & TOPIC_MODIFIERS:
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"of", "for", "to"}
        and noun.head.head.lower_ in TOPIC_HEADS
    )


def _names_own_party(noun: Token, ctx: _Context) -> bool:
    # "talks between Japanese and British officials": "between" names every party
    return any(
        (c.dep_ == "prep" and c.lower_ == "between")
        or (c.dep_ == "prep" and c.lower_ == "by" and any(ctx.person_at[o.i] >= 0 for o in c.children))
        # "paving the way for the visit of Prime Minister X": the visitor is named
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and noun.lower_ in {"visit", "visits"}
            and any(ctx.person_at[o.i] >= 0 for o in c.children)
        )
        or (c.dep_ == "poss" and ctx.person_at[c.i] >= 0)
        # "the idea, first proposed by X, during his visit": "his" is the visitor, whoever acted
        or (c.dep_ == "poss" and c.lower_ in {"his", "her"} and noun.lower_ in TRIP_NOUNS)
        for c in noun.children
    )


def _separate_occasions(noun: Token) -> bool:
    """ "meetings with A and B" (plural), "respective/separate talks with": an occasion per person."""
    own = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"}}
    return (noun.lower_ in PLURAL_OCCASIONS) or bool(own & SEPARATE_WORDS)


def _has_prep(token: Token, words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in token.children)


def _support(noun: Token) -> tuple[list[Token], Token | None]:
    """The words between a noun trigger and the verb that governs it ("held [talks]", "explained ...
    during the first round of [talks]"), and that verb."""
    path: list[Token] = []
    token = noun
    while token.dep_ != "ROOT" and len(path) < 6:
        head = token.head
        # "told reporters at a briefing following talks with X": "following" is "after", not a verb
        if head.pos_ in {"VERB", "AUX"} and not _after(head):
            return path, head
        if token.dep_ not in {"pobj", "prep", "conj", "appos", "compound", "dobj", "attr"} and not _after(
            token
        ):
            return path, None
        path.append(head)
        token = head
    return path, None


def _main_clause_setting(noun: Token, path: list[Token], support: Token | None) -> Token | None:
    """ "Biden warned Putin on Tuesday that the allies would impose measures if Russia invaded,
    during a video call": a setting set off by a comma after a reported clause is the telling's,
    wherever the parser hung it inside what was told."""
    if support is None or len(path) != 1 or path[0].lower_ not in {"during", "in"}:
        return support
    if path[0].i == 0 or noun.doc[path[0].i - 1].text != ",":
        return support
    main = support
    while main.dep_ == "ccomp" and main.head.pos_ == "VERB":
        main = main.head
    return main if main is not support and main.lower_ in EXCHANGE_VERBS else support


def _after(token: Token) -> bool:
    return token.lower_ in {"following", "preceding"} and token.dep_ in {"acl", "prep", "advcl"}


def _agent(verb: Token) -> Token | None:
    """ "The deal was brokered by X during a visit": in a passive the one who acted is the agent."""
    if verb.tag_ != "VBN":
        return None
    return next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)


def _path_is_subject(path: list[Token]) -> bool:
    # "talks were held", "the first round of talks began": the noun phrase is the verb's subject
    return bool(path) and path[-1].dep_ in _SUBJECTS


def _is_remote(verb: Token) -> bool:
    return verb.lower_ in {"phoned", "telephoned", "phones", "telephones"} or any(
        c.dep_ == "prep" and any(g.lower_ in REMOTE_WORDS for g in c.subtree) for c in verb.children
    )


def _mentions(sentence: Span, words: set[str]) -> bool:
    return any(t.lower_ in words for t in sentence)
