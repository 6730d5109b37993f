"""Stage 4, status: held, planned, or not a meeting at all (a wish, an offer, a negation, a habit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon.meetings import (
    AGREE_WORDS,
    ANNOUNCEMENT_NOUNS,
    ARRIVAL_WORDS,
    COUNT_WORDS,
    DEPARTURE_WORDS,
    FUTURE_AUX,
    FUTURE_TIME_WORDS,
    HABITUAL,
    NOUN_KIND,
    OCCASION_NOUNS,
    PLAN_WORDS,
    PLANNED_MODIFIERS,
    SCHEDULED_DAYS,
    SETTING_PREPS,
    TIME_CONJUNCTIONS,
    TRIP_NOUNS,
    WISH_NOUNS,
    WISH_SETTING_PREPS,
    WISH_WORDS,
    WISHFUL_MODIFIERS,
)
from .context import _SUBJECTS, _Context

if TYPE_CHECKING:
    from spacy.tokens import Token


def _status(events: list[Token], ctx: _Context, preps: frozenset[str] = frozenset()) -> str | None:
    """ "held", "planned", or None when the encounter did not or may not happen (a wish, an offer,
    a negation). `preps` are those between a noun trigger and its verb ("at", "during")."""
    planned = False
    for token in events:
        if _coming_up(token) or _time_ahead(token) or _scheduled_phrase(token):
            planned = True
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return None
            if _habitual(child):
                return None  # "have often met", "met twice this year": no one occasion
            if child.dep_ in {"amod", "compound"} and child.lower_ in WISHFUL_MODIFIERS:
                return None
            if child.dep_ in {"amod", "compound"} and child.lower_ in PLANNED_MODIFIERS:
                planned = True

            if _counted(child):
                return None  # "more than 50 calls with world leaders": a tally, no one occasion
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
                planned = True
    verb = next((t for t in events if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and _scheduled(verb):
        planned = True
    if verb is not None:
        governed = _governing_status(verb, events[0], preps)
        if governed is None:
            return None
        planned = planned or governed == "planned"
    subject = events[-1] if verb is None else next((t for t in events if t.head is verb), events[0])
    if subject.dep_ in _SUBJECTS and subject.head.lower_ in PLAN_WORDS:
        planned = True  # "a meeting is planned"
    return "planned" if planned else "held"


def _governing_status(verb: Token, trigger: Token, preps: frozenset[str] = frozenset()) -> str | None:
    """Walk up infinitive and purpose links ("prepared to head to Brussels to meet"): a plan word
    makes it planned, a wish word drops it; arrival ("landed ... for talks") keeps it held. An
    infinitive with nothing above to say it happened ("an agreement reached to hold talks") is a plan."""
    token = verb
    infinitive = False
    for _ in range(6):
        if (marked := _marked(token)) is not None:
            return marked or None
        if token is not verb or trigger is not verb:
            if token.lower_ in WISH_WORDS:
                # "urged more trade at a meeting with X": the meeting is where they urged, not what
                said_there = preps & WISH_SETTING_PREPS and token is verb and token.tag_ == "VBD"
                # "had wanted to meet Belo during the chancellor's visit last month": the wish was
                # for another encounter; the visit it was to fit into took place
                during = "during" in preps and trigger.lower_ in TRIP_NOUNS and token.tag_ in {"VBD", "VBN"}
                return "held" if said_there or during else None
            if token.lower_ in ARRIVAL_WORDS or (preps & SETTING_PREPS and token.lower_ in AGREE_WORDS):
                return "held"
            if token.lower_ in DEPARTURE_WORDS and trigger.dep_ == "dobj" and trigger.head.i == token.i:
                return "held"  # "left the summit early": they were there; "left for talks" is a plan
            if token.lower_ in PLAN_WORDS:
                return "planned"
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        # "is said to have discussed", "is believed to have met": a perfect infinitive reports the past
        perfect = token.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in token.children)
        infinitive = infinitive or (to and not perfect and not _past_purpose(token))
        if token.dep_ in {"relcl", "acl"} and to:
            # "an offer to meet" is not a meeting; "an agreement to hold talks", "the first leader to
            # meet X" are plans
            return None if token.head.lower_ in WISH_NOUNS else "planned"
        if token.dep_ in {"xcomp", "advcl", "acomp"} and (to or token.dep_ in {"xcomp", "acomp"}):
            if token.head.lower_ in {"is", "are", "was", "were", "be"} and infinitive:
                return "planned"  # "is to meet", "is likely to meet" (not "was more than ... when")
            token = token.head
            continue
        if token.dep_ in {"conj", "relcl"} and token.head.pos_ in {"VERB", "NOUN"}:
            token = token.head if token.dep_ == "conj" else token.head.head
            continue
        if _past_time_clause(token):
            return "held"  # "arranged after Trump invited Kim ..., while he was attending the summit"
        if token.dep_ in {"advcl", "pcomp"}:
            # "is likely to meet Moi when he pays a visit", "will leave after meeting X"
            head = token.head.head if token.head.pos_ == "ADP" else token.head
            if _future_clause(token, head):
                return "planned"
            token = head
            continue
        break
    return "planned" if infinitive else "held"


def _past_time_clause(clause: Token) -> bool:
    """A clause of time in the past tense ("after X invited Y", "while he was attending"): what it
    tells happened, whatever the main clause plans."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_CONJUNCTIONS | {"while", "as"}
        for c in clause.children
    ):
        return False
    return clause.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in clause.children
    )


def _coming_up(trigger: Token) -> bool:
    """ "With my meeting with Nakasone coming up": the parser makes the trigger the subject of
    "coming", or hangs "coming" from it."""
    if trigger.dep_ == "nsubj" and trigger.head.lower_ in _COMING:
        return True
    return any(c.dep_ in {"acl", "advcl", "relcl"} and c.lower_ in _COMING for c in trigger.children)


_COMING = frozenset(["coming", "approaching"])


def _scheduled_phrase(trigger: Token) -> bool:
    """ "Two rounds of talks between X and Y, scheduled for Thursday and Friday": a participle of
    plan on the trigger, or set off by a comma at the end of its phrase (the parser may hang it
    from the last name)."""
    return any(
        t.dep_ == "acl"
        and t.lower_ in PLANNED_MODIFIERS
        and (t.head is trigger or trigger.doc[t.i - 1].text == ",")
        for t in trigger.subtree
    )


def _time_ahead(trigger: Token) -> bool:
    """A noun trigger's own time phrase that lies ahead: "Shultz' visit later this month to Moscow",
    "talks next week" (a verb's tense says it instead)."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ in {"of", "for"}
        and trigger.head.head.lower_ in ANNOUNCEMENT_NOUNS
    ):
        return True  # "the announcement of his visit to Moscow", "in preparation for his visit"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"until", "till", "pending", "awaiting"}:
        return True  # "withholding judgment until Nakasone's visit"
    after = [t.lower_ for t in trigger.doc[trigger.i + 1 : trigger.i + 3]]
    if after[:1] and (after[0] in FUTURE_TIME_WORDS or after in (["later", "this"], ["later", "in"])):
        return True  # the parser may hang the phrase from the verb: "visit later this month to Moscow"
    for child in trigger.children:
        if child.dep_ not in {"npadvmod", "advmod", "prep"}:
            continue
        words = [t.lower_ for t in child.subtree]
        if any(w in FUTURE_TIME_WORDS for w in words) or ("later" in words and "this" in words):
            return True
    return False


def _counted(child: Token) -> bool:
    """A number of three or more on a plural trigger ("50 calls", "five meetings")."""
    if child.dep_ != "nummod" or child.head.lower_ not in NOUN_KIND or child.head.tag_ != "NNS":
        return False  # not "three hours of talks"
    text = child.lower_.replace(",", "")
    return (text.isdigit() and int(text) >= 3) or text in COUNT_WORDS


def _scheduled(verb: Token) -> bool:
    """ "Baker holds talks with his counterparts today": the present tense with a day to come is
    a timetable, written before the event."""
    return verb.tag_ in {"VBZ", "VBP"} and any(
        t.lower_ in SCHEDULED_DAYS
        for c in verb.children
        if c.dep_ in {"npadvmod", "prep", "advmod"}
        for t in c.subtree
    )


def _marked(token: Token) -> str | None:
    """ "" for a negated verb ("did not meet") or a habit ("have often X-ed when they've met"),
    "planned" for a future one ("will meet"), else None."""
    if _habitual_frame(token):
        return ""
    for child in token.children:
        if child.dep_ == "neg":
            return ""
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in FUTURE_AUX:
            return "planned"
    return None


_NOT_HELD = PLAN_WORDS | WISH_WORDS | AGREE_WORDS


def _past_purpose(token: Token) -> bool:
    """A purpose a past act served ("broke off his address to take a call from X") was held; not "an
    agreement Iraq reached to hold talks", nor what someone "wanted" or "planned" to do."""
    head = token.head
    return (
        token.dep_ == "advcl"
        and head.tag_ == "VBD"
        and head.dep_ in {"ROOT", "conj", "ccomp"}
        and head.lower_ not in _NOT_HELD
    )


def _future_clause(clause: Token, head: Token) -> bool:
    """ "when he pays a visit to Nairobi": the present tense of a clause of time speaks of the
    future; so does a clause under "is likely", "is expected"."""
    if any(c.dep_ == "acomp" and c.lower_ in PLAN_WORDS for c in head.children):
        return True
    return (
        clause.dep_ == "advcl"
        and clause.tag_ in {"VBZ", "VBP"}
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ in TIME_CONJUNCTIONS for c in clause.children)
    )


def _habitual_frame(clause: Token) -> bool:
    """A clause of time under a habit ("have often X-ed when they met"), or one that tells which
    "times" ("the times they've met"): the encounter is a pattern, not an occasion."""
    if clause.dep_ == "relcl":
        return clause.head.lower_ in OCCASION_NOUNS
    if clause.dep_ != "advcl" or not any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "whenever"} for c in clause.children
    ):
        return False
    return any(_habitual(c) for c in clause.head.children)


def _habitual(child: Token) -> bool:
    if child.lower_ in HABITUAL or (child.lower_ == "times" and child.dep_ == "npadvmod"):
        return True
    # "met X twice this year": the parser may hang "twice" from "year"
    return child.dep_ == "npadvmod" and any(g.lower_ in HABITUAL for g in child.children)
