"""Stage 2 and 3, participants and sides: who took part, named or resolved from pronouns and titles, and the
country each takes part for, read from the mention's own grammar first.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from .. import gazetteer
from ..countries import names_a_round
from ..lexicon.groups import group_members
from ..lexicon.meetings import (
    COMMENTATOR_WORDS,
    DELEGATION_NOUNS,
    FOREIGN_ROLES,
    GENERAL_ROLES,
    LEAD_VERBS,
    MEMBER_VERBS,
    MINISTRY_NOUNS,
    PAIR_NOUNS,
    PAY_VERBS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TRIP_NOUNS,
    VISITING_GROUPS,
)
from ..lexicon.titles import POST_PREPS
from ..types import PersonExtraction
from .context import _SUBJECTS, _city_or_country, _Context, _entity, _Reading, _token_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clause links through which a verb shares its subject with the verb it depends on
_SHARED_SUBJECT = frozenset({"xcomp", "acomp", "advcl", "conj", "pcomp", "acl"})


def _noun_parties(noun: Token, ctx: _Context) -> list[Token]:
    parties: list[Token] = []
    courtesy = noun.lower_ == "call" and (
        any(c.lower_ == "courtesy" for c in noun.children) or noun.head.lower_ in PAY_VERBS
    )
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
    return parties + _here_on(noun, ctx) + _by_agents(noun, ctx)


def _here_on(noun: Token, ctx: _Context) -> list[Token]:
    """ "Iranian foreign minister X, here on a two-day official visit, ...": the one set off as here
    on the visit is the visitor (read from the words, as the parser often hangs "here" elsewhere)."""
    if noun.lower_ not in TRIP_NOUNS or noun.head.lower_ != "on" or noun.head.head.lower_ != "here":
        return []
    here = noun.head.head
    if here.i < 2 or here.doc[here.i - 1].text != "," or ctx.person_at[here.i - 2] < 0:
        return []
    return [here.doc[here.i - 2]]


def _by_agents(token: Token, ctx: _Context) -> list[Token]:
    """ "talks co-chaired by X and Y", "the delegation, led by X": the people a participle names
    (matched once per article by `context.by_agents`)."""
    return [token.doc[i] for i in ctx.by_agents.get(token.i, [])]


def _modifier_people(noun: Token, ctx: _Context) -> list[Token]:
    return [
        token
        for child in noun.children
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i
        for token in child.subtree
        if ctx.person_at[token.i] >= 0
    ]


def _apposed_people(token: Token, ctx: _Context) -> list[tuple[int, Token]]:
    # (the parser may hang the second name from the first one's country: every name in the apposition)
    found: dict[int, Token] = {}
    for appos in (c for c in token.children if c.dep_ == "appos"):
        for word in appos.subtree:
            if (number := ctx.person_at[word.i]) >= 0:
                found.setdefault(number, word)  # (`_mention_country` reads from any word of the name)
    return list(found.items())


def _teller_on_the_line(reading: _Reading, support: Token | None, ctx: _Context) -> None:
    """ "Reagan said Takeshita said in a telephone conversation that ...": what one said on a call, as
    another of another state tells it, was said to the teller."""
    if support is None or reading.kind not in {"call", "video"} or len(reading.people) != 1:
        return
    told = support.lower_ in SPEECH_VERBS and support.dep_ == "ccomp"
    if not (told and support.head.lower_ in SPEECH_VERBS):
        return
    tellers = _named_subjects([c for c in support.head.children if c.dep_ == "nsubj"], ctx)
    own = reading.countries.get(reading.people[0])
    for number in tellers:
        if number not in reading.people and own and ctx.people[number].country not in {None, own}:
            _add_person(reading, number, ctx)


def _add_ministry_host(reading: _Reading, noun: Token, ctx: _Context) -> None:
    """ "meetings at the Economics and Foreign ministries this morning", datelined The Hague: a
    ministry of no stated country is the government where the reporter is."""
    ministries = [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "at"
        for o in prep.children
        if o.dep_ == "pobj" and o.lower_ in MINISTRY_NOUNS
    ]
    if ministries and ctx.dateline_country and not any(_np_countries(m, ctx) for m in ministries):
        reading.sides.add(ctx.dateline_country)
        reading.other_party = True


def _add_modifier_sides(reading: _Reading, noun: Token, ctx: _Context) -> None:
    # "Sino-Russian talks", "the China-Russia strategic security consultation", "US-China summit"
    found = [
        (token, code)
        for child in noun.children
        if child.dep_ in {"compound", "amod", "nmod"} and child.i < noun.i
        for token in child.subtree
        # "the Uruguay round negotiations"
        if token.ent_type_ not in {"EVENT", "ORG", "LAW", "FAC", "WORK_OF_ART"}
        and not names_a_round(token.doc, token.i + 1)
        and (code := _token_country(token, ctx))
    ]
    members = _group_sides(
        [
            t
            for c in noun.children
            if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i
            for t in c.subtree
        ],
        ctx,
    )  # "the G7 summit", "the Asean-China video meeting"
    if members:
        reading.sides |= members
        reading.other_party = True
    if len(found) == 1 and gazetteer.is_city(found[0][0].text):
        return  # "the London talks", "the Geneva summit": where, not who ("Moscow-Beijing talks": who)
    for _, code in found:
        reading.sides.add(code)
        reading.other_party = True


def _add_member_sides(reading: _Reading, noun: Token, ctx: _Context) -> None:
    # "the summit, which included leaders of China, Japan and South Korea": the members it names;
    # "the summit of the bloc that groups Brazil, Russia, India, China and South Africa"
    holders = [noun, *(o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    members = {
        code
        for holder in holders
        for child in holder.children
        if child.dep_ in {"relcl", "acl"} and child.lower_ in MEMBER_VERBS
        for token in child.subtree
        if token.dep_ in {"pobj", "dobj", "conj", "compound", "amod"} and (code := _token_country(token, ctx))
    }
    if reading.kind in {"summit", "video"}:  # a tour "which includes Bolivia" is visits, told apart
        members |= _listed_members(noun, ctx)
    if members:
        reading.sides |= members
        reading.other_party = True


def _listed_members(noun: Token, ctx: _Context) -> set[str]:
    """ "... the bloc that groups Brazil, Russia, India, China and South Africa": read off the text
    when the parser takes "groups" for a noun; the countries listed up to the clause's end."""
    sent = noun.sent
    for token in sent[noun.i - sent.start + 1 :]:
        if (
            token.lower_ in MEMBER_VERBS
            and token.i > 0
            and token.doc[token.i - 1].lower_ in {"that", "which"}
        ):
            codes = set()
            for word in token.doc[token.i + 1 : sent.end]:
                if word.pos_ in {"VERB", "AUX"} or word.text in {".", ";", ":"}:
                    break
                if code := _token_country(word, ctx):
                    codes.add(code)
            return codes
    return set()


def _attend_lead_event(readings: list[_Reading], ctx: _Context) -> None:
    """A story whose lead is a forum or summit held ("A China-Africa media summit was held on Tuesday
    in Nairobi") and that then quotes officials: the officials quoted spoke at it."""
    lead_end = ctx.lead_end
    for reading in readings:
        if reading.kind in {"summit", "talks"} and reading.status == "held" and not reading.people:
            if reading.trigger.idx >= lead_end:
                return
            if not (reading.place_country or reading.date_text):
                continue  # the headline's "Summit opens": the lead says where and when
            speakers = _speakers(ctx)
            if reading.kind == "talks":
                # "peace talks between the two sides began in Qatar": the negotiators quoted, of
                # two states at least; a spokesman speaks about talks, not in them
                speakers = [n for n in speakers if not _spokesperson(ctx.people[n])]
                if len({ctx.people[n].country for n in speakers} - {None}) < 2:
                    return
            if len(speakers) >= 2:
                for number in speakers:
                    _add_person(reading, number, ctx)
                reading.confidence *= 0.6
            return


def _delegation_heads(readings: list[_Reading], ctx: _Context) -> None:
    """ "Senior US and Israeli officials landed in the UAE on a historic trip ... Kushner and O'Brien
    head the US delegation. The Israeli team is led by Meir Ben-Shabbat.": an encounter of unnamed
    officials takes the heads of the delegations the story names, each of the state its delegation
    is of, when that state is one of the encounter's visiting sides."""
    waiting = [r for r in readings if not r.people and len(r.sides) >= 2 and not r.headline]
    if not waiting:
        return
    heads = [
        (number, next(iter(codes)))
        for sentence in ctx.doc.sents
        for head, delegation in _led_delegations(sentence)
        if len(codes := _np_countries(delegation, ctx)) == 1
        for number in _named_subjects([head], ctx)
    ]
    for reading in waiting:
        for number, code in heads:
            if code in reading.sides and code != reading.place_country:
                _add_person(reading, number, ctx, code)


def _led_delegations(sentence: Span) -> list[tuple[Token, Token]]:
    """(who leads, the delegation) for "X heads the Y delegation" and "the Y team is led by X"."""
    found = []
    for verb in sentence:
        if verb.lower_ not in LEAD_VERBS or verb.pos_ != "VERB":
            continue
        for child in verb.children:
            if child.dep_ == "dobj" and child.lower_ in DELEGATION_NOUNS:
                found += [(s, child) for s in verb.children if s.dep_ == "nsubj"]
            if child.dep_ == "nsubjpass" and child.lower_ in DELEGATION_NOUNS:
                found += [(o, child) for a in verb.children if a.dep_ == "agent" for o in a.children]
    return found


def _speakers(ctx: _Context) -> list[int]:
    found: list[int] = []
    for token in ctx.doc:
        if token.lower_ in SPEECH_VERBS:
            for child in token.children:
                if child.dep_ == "nsubj":
                    for number in _people_in(child, ctx):
                        if number not in found and not _commentator(ctx.people[number]):
                            found.append(number)
    return found


def _spokesperson(person: PersonExtraction) -> bool:
    return any(word.startswith("spokes") for title in person.titles for word in title.lower().split())


def _commentator(person: PersonExtraction) -> bool:
    """An analyst, scholar or expert quoted on an event: someone who comments, not a participant."""
    return any(word in COMMENTATOR_WORDS for title in person.titles for word in title.lower().split())


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject, inherited from the governing verb for participles and infinitives, and
    whether the verb is passive (its subject is then the one visited, received...)."""
    token = verb
    passive = verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    for _ in range(6):
        # of two subjects the nearer is the verb's own: "LIMA, June 29 - President X held talks"
        # gives the dateline's city as a subject too
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        for child in sorted(subjects, key=lambda c: (c.i > token.i, -c.i if c.i < token.i else c.i))[:1]:
            if child.tag_ in {"WP", "WDT"} and token.dep_ == "relcl":
                return token.head, passive  # "the ambassador who arrived from a meeting"
            return child, passive or child.dep_ == "nsubjpass"
        if token.dep_ == "relcl":
            return token.head, passive
        if token.dep_ == "acl":
            return token.head, passive or token.tag_ == "VBN"
        if token.dep_ not in _SHARED_SUBJECT and token.head.pos_ != "ADP":
            return None, passive
        if (
            token.tag_ == "VBG"
            and token.head.lower_ in {"for", "as"}
            and (done_to := _object_of(token.head.head))
        ):
            # "threatening a Czech politician for visiting Taiwan": he visited; "quoted X as telling"
            return done_to, passive
        token = token.head
        while token.pos_ == "ADP" and token.dep_ != "ROOT":  # "after meeting ..." hangs from a preposition
            token = token.head
    return None, passive


def _object_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.pos_ == "VERB" else None


def _add_parties(
    reading: _Reading, tokens: Iterable[Token], ctx: _Context, skip: Container[int] = ()
) -> None:
    for token in tokens:
        for part in [token, *token.conjuncts]:
            if part.i not in skip and (part is token or not _reports(part)):
                _add_party(reading, part, ctx)


def _add_party(reading: _Reading, token: Token, ctx: _Context) -> None:
    # (not an object: "met his Russian and Chinese counterparts, A and B" reads each one's country)
    subject = token.dep_ not in {"pobj", "dobj"}
    if subject and token.lower_ in ROLE_NOUNS and len(apposed := _apposed_people(token, ctx)) >= 2:
        for number, word in apposed:  # "the two leaders, X of Greece and Y of Serbia, met"
            _add_person(reading, number, ctx, _mention_country(word, ctx))
        return
    if token.lower_ in PRONOUNS or _pair_phrase(token):
        pair = _pair_phrase(token)
        found = _antecedents(token, ctx, plural=True if pair else None, pair=pair)
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
    if token.lower_ not in ROLE_NOUNS and token.lower_ not in VISITING_GROUPS:
        if token.ent_type_ == "ORG":
            # "the French Finance Ministry" is France; "the IMF" is an organisation of its own
            codes = _organisation_countries(token, ctx)
            reading.sides.update(codes)
            reading.other_party = reading.other_party or bool(codes)
            reading.organisation = reading.organisation or not codes
        return
    number = _person_by_title(token, ctx)
    if number is None and token.lower_ in VISITING_GROUPS and _definite_subject(token):
        # "the U.S. group also urged ...": the visiting group the story has been following, by its
        # member named last (not whoever was the last subject: often the host)
        number = _last_named_of(token, _np_countries(token, ctx), ctx)
    elif number is None and _definite_subject(token):
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
    foreign = token.lower_ in FOREIGN_ROLES or any(c.ent_type_ == "ORG" for c in token.children)
    reading.stranger = reading.stranger or (foreign and not codes)


_GROUP_LOOKBACK_SENTENCES = 3


def _last_named_of(token: Token, codes: set[str], ctx: _Context) -> int | None:
    """The person of one of `codes` named last before `token`, within a few sentences."""
    if not codes:
        return None
    sentence = token.sent
    for _ in range(_GROUP_LOOKBACK_SENTENCES):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    for i in range(token.i - 1, sentence.start - 1, -1):
        number = ctx.person_at[i]
        if number >= 0 and ctx.people[number].country in codes:
            return number
    return None


def _pair_phrase(token: Token) -> bool:
    """ "the two leaders", "both presidents": the people the story has just named, like "they"."""
    return (
        token.tag_ == "NNS"
        and token.lower_ in PAIR_NOUNS
        and any(
            c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet", "amod"}
            for c in token.children
        )
    )


def _add_person(reading: _Reading, number: int, ctx: _Context, read: str | None = None) -> None:
    if number not in reading.people:
        reading.people.append(number)
    if read:
        reading.countries[number] = read
        reading.read.add(number)
    elif number not in reading.countries:
        reading.countries[number] = ctx.people[number].country


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
        stack.extend(
            c
            for c in word.children
            if c.dep_ in {"compound", "nmod"}
            or (c.dep_ == "conj" and not _reports(c))
            or (c.dep_ == "appos" and not _run_on(word, c))
        )
        if word.lower_ in ROLE_NOUNS:
            stack.extend(_posted_name(word, ctx))
            for agent in _by_agents(word, ctx):
                stack.extend([agent, *agent.conjuncts])
            # "leaders including X and Y", "officials such as X"
            # (", including X" may hang from a deeper noun: "leaders pressing for a bill, including X")
            deeper = [t for t in word.subtree if t.lower_ == "including" and t.doc[t.i - 1].text == ","]
            for prep in dict.fromkeys([*word.children, *deeper]):
                if prep.lower_ in {"including", "among", "like"} or (prep.lower_ == "as" and prep.i > word.i):
                    for named in prep.children:
                        if named.dep_ == "pobj":
                            stack.extend([named, *named.conjuncts])
    return found


def _posted_name(role: Token, ctx: _Context) -> list[Token]:
    """ "talks with Turkish Ambassador to Athens Nazmi Akiman": the parser hangs the post's city, and
    the name after it, elsewhere; read from the words, the name ends the title."""
    doc = role.doc
    at = role.i + 1
    if at >= len(doc) or doc[at].lower_ not in POST_PREPS:
        return []
    at += 1
    while (
        at < len(doc)
        and at - role.i <= 4
        and ctx.person_at[at] < 0
        and any(_city_or_country(doc[at].text, ctx.on))
    ):
        at += 1
    if at - role.i > 2 and at < len(doc) and ctx.person_at[at] >= 0:
        return [doc[at]]
    return []


def _listed_after_colon(verb: Token, subject: Token | None, ctx: _Context) -> list[tuple[int, Token]]:
    """ "Three leaders met on Monday: X, Y and Z": the parser often ends the sentence at the colon, so
    the people are read from the text after it, up to the sentence's full stop."""
    colon = next((t for t in verb.subtree if t.text == ":" and t.i > verb.i), None)
    if colon is None or subject is None or subject.tag_ != "NNS" or _people_tokens(subject, ctx):
        return []
    found: list[tuple[int, Token]] = []
    for token in verb.doc[colon.i + 1 :]:
        if token.text in {".", ";"} or "\n" in token.text:
            break
        number = ctx.person_at[token.i]
        if number >= 0 and (token.head.i == token.i or ctx.person_at[token.head.i] != number):
            found.append((number, token))
    return found


def _reports(name: Token) -> bool:
    """ "talks with President Reagan, Chief Cabinet Secretary Gotoda told reporters": a name the
    parser joined to a party but that a saying verb follows is who reports the talks."""
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return after is not None and after.lower_ in SPEECH_VERBS and after.dep_ != "relcl"


def _run_on(head: Token, appos: Token) -> bool:
    """ "talks between Japanese and British officials Lawson told reporters": a name run on after a
    plural noun, with no comma, begins the next clause; it is not the officials' name."""
    if appos.i > head.i and _reports(appos):
        return True
    if head.tag_ != "NNS" or appos.i < head.i:
        return False
    return not any(t.is_punct for t in head.doc[head.i + 1 : appos.left_edge.i])


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
    if (code := _respective_country(head, ctx)) is not None:
        return code
    holders = [head]
    if head.dep_ == "appos" and head.head.lower_ in ROLE_NOUNS:
        holders.append(head.head)
    holders.extend(c for c in head.children if c.dep_ == "appos" and c.lower_ in ROLE_NOUNS)
    codes: set[str] = set()
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _NAME_MODIFIERS and ctx.person_at[child.i] != number:
                codes.update(_grammar_country(child, ctx))
            elif child.dep_ == "prep" and child.lower_ == "of":
                codes.update(c for o in child.children if o.dep_ == "pobj" and (c := _token_country(o, ctx)))
    return codes.pop() if len(codes) == 1 else None


def _respective_country(name: Token, ctx: _Context) -> str | None:
    """ "his Russian and Chinese counterparts, A and B": A is the Russian, B the Chinese."""
    first = name
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    role = first.head
    if first.dep_ != "appos" or role.lower_ not in ROLE_NOUNS or role.tag_ != "NNS":
        return None
    names = sorted([first, *first.conjuncts], key=lambda t: t.i)
    adjectives = [c for c in role.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < role.i]
    words = sorted({t for a in adjectives for t in [a, *a.conjuncts]}, key=lambda t: t.i)
    codes = [code for t in words if (code := _token_country(t, ctx))]
    if len(codes) != len(names) or len(codes) < 2 or name not in names:
        return None
    return codes[names.index(name)]


def _grammar_country(modifier: Token, ctx: _Context) -> set[str]:
    # "U.S. President", "Russia's", "Chinese Foreign Ministry spokesman": a country in the modifier,
    # not inside an organisation's name ("the Carnegie Moscow Center" is read by people.py), nor the
    # post ("Turkish Ambassador to Athens X", parsed with "Athens" as a compound of the name)
    return {
        code
        for t in modifier.subtree
        if ctx.person_at[t.i] < 0
        and t.ent_type_ != "ORG"
        and not (t.i > 0 and t.doc[t.i - 1].lower_ in POST_PREPS)
        and (code := _token_country(t, ctx))
    }


def _organisation_countries(token: Token, ctx: _Context) -> set[str]:
    """The country an organisation belongs to by an adjective or possessive ("the French Finance
    Ministry", "Russia's Foreign Ministry"); a city in its name is not one ("the Paris Club")."""
    return {
        code
        for child in token.children
        if child.dep_ in {"amod", "poss", "compound"} and child.i < token.i
        for word in child.subtree
        if (word.ent_type_ == "NORP" or word.pos_ == "ADJ" or child.dep_ == "poss")
        and (code := _token_country(word, ctx))
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
        words = list(words)
        for word in words:
            code = _token_country(word, ctx)
            if code:
                codes.add(code)
        codes |= _group_sides(words, ctx)  # "Asean foreign ministers", "Group of Seven finance ministers"
    return codes


def _group_sides(words: list[Token], ctx: _Context) -> set[str]:
    """The member states of a group of governments the words name ("Asean", "the G7")."""
    if not words:
        return set()
    doc = words[0].doc
    text = doc[min(w.i for w in words) : max(w.i for w in words) + 1].text
    return group_members(text, ctx.on.year if ctx.on else None)


def _person_by_title(token: Token, ctx: _Context) -> int | None:
    """A unique person whose titles fit a singular, definite title ("the FBI chief", "Kenya's trade
    minister"), when the article names them elsewhere."""
    # "the Prime Minister" is often tagged NNP: a capitalised title is still a title
    if token.tag_ not in {"NN", "NNP"} or not any(c.dep_ in {"det", "poss"} for c in token.children):
        return None
    if any(c.lower_ in {"a", "an"} for c in token.children):
        return None
    # "the president of the Peruvian central bank" is no President: the body's words count too
    body = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        # a named body or a described one ("the central bank"), not "the president of the republic"
        if o.pos_ == "PROPN" or any(c.dep_ in {"compound", "amod"} for c in o.children)
    ]
    words = {token.lower_, *(o.lower_ for o in body if not _token_country(o, ctx))} | {
        c.lower_
        for t in [token, *body]
        for c in t.children
        if c.dep_ in {"compound", "amod"} and not _token_country(c, ctx)
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
    return all(
        any(
            title.startswith(w[:5]) or w.startswith(title[:5]) or title in GENERAL_ROLES.get(w, ())
            for title in titles
        )
        for w in words
    )


def _definite_subject(token: Token) -> bool:
    return (
        token.dep_ == "nsubj"
        and token.tag_ in {"NN", "NNP"}
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in {"poss", "prep", "relcl", "acl", "appos"} for c in token.children)
    )


def _antecedents(pronoun: Token, ctx: _Context, plural: bool | None = None, pair: bool = False) -> list[int]:
    """Who "he" or "they" refers to: a named subject earlier in the sentence that governs it, else
    the subjects of the nearest sentences before."""
    if plural is None:
        plural = pronoun.lower_ in PLURAL_PRONOUNS
    if found := _in_own_sentence(pronoun, ctx, plural):
        return found
    if pronoun.lower_ == "their":
        return []  # "talks between Pyongyang and Washington since their summit": a group, often states
    sentence = pronoun.sent
    for _ in range(3):
        if sentence.start == 0:
            break
        sentence = ctx.doc[sentence.start - 1].sent
        found = _named_subjects([t for t in sentence if t.dep_ in _SUBJECTS], ctx)
        # "he" after an analyst's comment goes back to the story's actor, not to the analyst
        found = [n for n in found if not _commentator(ctx.people[n])]
        if plural and len(found) < 2:
            found = _line_subjects(sentence, ctx)
        if pair and len(found) < 2:
            # "X met Y. The two men held talks": the two named in the sentence before, subject or not
            named = list(dict.fromkeys(n for t in sentence if (n := ctx.person_at[t.i]) >= 0))
            found = named if len(named) == 2 else found
        if plural and len(found) >= 2:
            return found
        if not plural and found:
            return found[:1]
    return []


def _in_own_sentence(pronoun: Token, ctx: _Context, plural: bool) -> list[int]:
    for ancestor in pronoun.ancestors:
        for child in ancestor.children:
            if child.dep_ not in _SUBJECTS or child.i >= pronoun.i:
                continue
            if child.lower_ == pronoun.lower_:
                return _antecedents(child, ctx, plural)
            found = _named_subjects([child], ctx)
            if found and (len(found) > 1) == plural:
                return found
        if not plural and (passive := _passive_recipient(ancestor, pronoun, ctx)) is not None:
            return [passive]
    # (not "both sides", "the two leaders": those name the sides of the meeting at hand)
    return _coordinated_before(pronoun, ctx) if pronoun.lower_ in PLURAL_PRONOUNS else []


def _coordinated_before(pronoun: Token, ctx: _Context) -> list[int]:
    """ "the statement made by X and Y after their talks": the last people joined by "and" before
    "they" or "their" in its sentence, whatever role the parser gave them."""
    for token in reversed(ctx.doc[pronoun.sent.start : pronoun.i]):
        if ctx.person_at[token.i] >= 0 and token.dep_ != "conj":
            named = _named_subjects([token], ctx)
            if len(named) >= 2:
                return named
    return []


def _passive_recipient(clause: Token, pronoun: Token, ctx: _Context) -> int | None:
    """ "The position was made clear to ambassador X when he met Y": a passive clause has no one
    acting; the one person it names before "he" is who "he" is."""
    if not any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    named = {
        number
        for t in clause.subtree
        if t.i < pronoun.i and (number := ctx.person_at[t.i]) >= 0 and not t.is_ancestor(pronoun)
    }
    return named.pop() if len(named) == 1 else None


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
    """A visit to countries or cities: one meeting per place (see `triggers._read`); a visit to a person puts
    the meeting in that person's country."""
    if places:
        reading.destinations = list(dict.fromkeys(places.values()))
        return
    hosts = reading.people[:1] if passive else [ctx.person_at[t.i] for t in targets]
    for number in hosts:
        country = reading.countries.get(number) or (ctx.people[number].country if number >= 0 else None)
        if number >= 0 and country and reading.place_country is None:
            reading.place_country = country
