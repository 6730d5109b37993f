"""Stage 6, date: the time expression of the meeting's own clause, resolved against the article's dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .. import dates
from ..lexicon.dates import END_WORDS, NUMBER_WORDS, START_WORDS
from ..lexicon.meetings import ARRIVAL_WORDS, DEPARTURE_WORDS
from .context import _Context, _Reading

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FUTURE_PHRASE = re.compile(r"\b(?:next|coming|later|tomorrow)\b", re.IGNORECASE)
_PAST_PHRASE = re.compile(r"\b(?:yesterday|last|ago)\b", re.IGNORECASE)
_TRAVEL_MARKS = frozenset({"before", "when", "as", "after"})  # "before he left Baghdad on Wednesday"
_LATER_TODAY = re.compile(r"\b(?:later|tonight|evening|afternoon)\b", re.IGNORECASE)
_HOLDING = frozenset({"held", "convened", "opened", "began", "started", "took"})  # "which was held on ..."


def _date(reading: _Reading, events: list[Token], ctx: _Context) -> None:
    phrase = _date_phrase(reading.sentence, events, ctx) or _borrowed_phrase(reading, events, ctx)
    if phrase is None:
        return
    reading.date_text = phrase
    if _FUTURE_PHRASE.search(phrase):
        reading.status = "planned"  # "next week", "later this month", "tomorrow"
    elif _PAST_PHRASE.search(phrase):
        reading.status = "held"  # "left to attend yesterday's meetings": the plan is done
    if dates.is_vague(phrase):
        return
    eve = _on_the_eve(reading.sentence, phrase)
    present = _present_tense(events)
    # "met on the eve of talks in Abu Dhabi on Monday": the talks may be still to come
    future = reading.status == "planned" or present or eve
    date, anchor, anchor_date = dates.resolve(
        phrase, published=ctx.published, dateline=ctx.dateline_date, future=future
    )
    if eve and not present and date is not None and ctx.anchor is not None and reading.status == "held":
        if date - dt.timedelta(days=1) > ctx.anchor:  # held: its eve is no later than the story
            date, anchor, anchor_date = dates.resolve(
                phrase, published=ctx.published, dateline=ctx.dateline_date, future=False
            )
    elif date is not None and ctx.anchor is not None and future and reading.status == "held":
        if date > ctx.anchor:  # "begins a visit on Tuesday": present tense about a day to come
            reading.status = "planned"
        else:
            date, anchor, anchor_date = dates.resolve(
                phrase, published=ctx.published, dateline=ctx.dateline_date, future=False
            )
    if date is not None and eve:
        date -= dt.timedelta(days=1)  # "on the eve of the summit on Tuesday": the Monday
    if date is not None and _dates_the_end(reading.trigger):
        date -= dt.timedelta(days=_duration_days(reading.trigger) - 1)  # the guide dates the first day
    reading.date, reading.date_anchor, reading.date_anchor_date = date, anchor, anchor_date
    if _begins_on_the_day(reading, phrase, ctx):
        reading.status = "held"


def _begins_on_the_day(reading: _Reading, phrase: str, ctx: _Context) -> bool:
    """ "who arrives today for a four-day visit", "ahead of visits to Athens and Ankara on Tuesday" in
    Tuesday's paper: a visit that starts on the day of the story is under way when it is read (a
    meeting "later today" is not)."""
    return (
        reading.status == "planned"
        and reading.kind == "visit"
        and reading.date is not None
        and reading.date == ctx.anchor
        and not _LATER_TODAY.search(phrase)
    )


def _borrowed_phrase(reading: _Reading, events: list[Token], ctx: _Context) -> str | None:
    """The time of the encounter told by words around its own: the sentence before, a verb of its
    people, the telling, the journey, the clause it is the time of."""
    phrase = None
    if reading.pronoun_subject and reading.sentence.start > 0:
        # "On Aug. 7, Bushnell and Kimotho ... They were talking when ...": the same time
        previous = ctx.doc[reading.sentence.start - 1].sent
        phrase = _date_phrase(previous, [previous.root], ctx)
    if phrase is None and (verb := _verb_of_subject(reading.trigger)) is not None:
        # "Officials attending the consultation ... pledged closer cooperation on Tuesday": what
        # the people at the event did, they did at the event, on that day
        phrase = _date_phrase(reading.sentence, [verb], ctx)
    if phrase is None and (report := _just_reported(events)):
        # "Before departing on Friday afternoon, Obama revealed that X and Y had just spoken": what
        # had just happened when it was told happened that day
        phrase = _date_phrase(reading.sentence, report, ctx)
    if phrase is None and (travel := _travel_clause(events)):
        # "X told Y before he left Baghdad on Wednesday": the day of the leaving
        phrase = _date_phrase(reading.sentence, travel, ctx)
    if phrase is None and (main := _clause_of_time_over(events)):
        # "spotted the danger last November when he visited the EC": the time of the main clause
        phrase = _date_phrase(reading.sentence, main, ctx)
    if phrase is None:
        # "Xi attends the BRICS summit via video link in Beijing, Nov. 17, 2020.": a full date set
        # off at the sentence's end, as agency captions write it, dates what the sentence shows
        phrase = _appended_date(reading.sentence, ctx)
    if phrase is None and not reading.people and reading.trigger.idx < ctx.lead_end:
        # An event the lead names without people: the lead's one time expression is when it was
        # (the parser often runs the headline into the lead, so the parse cannot be trusted here)
        phrase = _only_date_phrase(reading.sentence, ctx)
    return phrase


def _travel_clause(events: list[Token]) -> list[Token]:
    """ "before he left Baghdad", "when she arrived in Rome": a journey's clause on the event's verb."""
    return [
        clause
        for event in events
        for clause in event.children
        if clause.dep_ == "advcl"
        and clause.lower_ in DEPARTURE_WORDS | ARRIVAL_WORDS
        and any(c.dep_ == "mark" and c.lower_ in _TRAVEL_MARKS for c in clause.children)
    ]


def _clause_of_time_over(events: list[Token]) -> list[Token]:
    """The verb a "when/while" clause holding the event hangs from: both happened then."""
    return [
        event.head
        for event in events
        if event.dep_ == "advcl"
        and any(c.dep_ in {"advmod", "mark"} and c.lower_ in _SAME_TIME for c in event.children)
    ]


_SAME_TIME = frozenset({"when", "while"})


def _just_reported(events: list[Token]) -> list[Token]:
    """The telling verb (and its "before/after ..." clauses) of "revealed that they had just spoken"."""
    for event in events:
        if event.dep_ == "ccomp" and any(c.dep_ == "advmod" and c.lower_ == "just" for c in event.children):
            report = event.head
            timed = [
                clause
                for prep in report.children
                if prep.dep_ == "prep" and prep.lower_ in _TRAVEL_MARKS
                for clause in prep.children
                if clause.dep_ == "pcomp"
            ]
            return [report, *timed, *_travel_clause([report])]
    return []


def _on_the_eve(sentence: Span, phrase: str) -> bool:
    """Whether the time expression dates the event that "the eve of" names, not the meeting itself."""
    at = sentence.text.find(phrase)
    if at < 0:
        return False
    at += sentence.start_char
    return any(
        t.lower_ == "eve"
        and any(c.lower_ == "of" for c in t.children)
        # inside "the eve of ..." or right after it (the parser hangs the date from either)
        and t.idx < at <= t.right_edge.idx + len(t.right_edge.text_with_ws) + len("on ")
        for t in sentence
    )


def _duration_days(event: Token) -> int:
    """3 for "a three-day visit", 1 when the event gives no length."""
    for child in event.children:
        if child.dep_ in {"compound", "amod", "nmod"} and child.lower_ in {"day", "days", "-day"}:
            for number in child.children:
                if number.dep_ == "nummod":
                    if number.text.isdigit():
                        return int(number.text)
                    return NUMBER_WORDS.get(number.lower_, 1)
    return 1


def _at_start(event: Token) -> bool:
    """ "arrived for a four-day visit", "on the first day of a visit": told on the day it began."""
    for ancestor in list(event.ancestors)[:3]:
        if ancestor.lower_ in START_WORDS or any(c.lower_ == "first" for c in ancestor.children):
            return True
    return False


def _dates_the_end(event: Token) -> bool:
    """ "at the end of a two-day visit yesterday", "wrapped up three days of talks on Friday"."""
    if event.dep_ == "pobj" and event.head.lower_ == "of" and event.head.head.lower_ in END_WORDS:
        return True
    return event.dep_ in {"dobj", "nsubj"} and event.head.lower_ in END_WORDS


def _only_date_phrase(sentence: Span, ctx: _Context) -> str | None:
    skip_start, skip_end = ctx.dateline_span
    found = [
        words.strip()
        for start, end, words in dates.find_date_phrases(sentence.text)
        if not (start + sentence.start_char < skip_end and end + sentence.start_char > skip_start)
    ]
    return found[0] if len(found) == 1 else None


def _appended_date(sentence: Span, ctx: _Context) -> str | None:
    phrase = _only_date_phrase(sentence, ctx)
    if phrase is None or not re.search(r"\b\d{4}\b", phrase) or not re.search(r"\b\d{1,2}\b", phrase):
        return None
    tail = sentence.text.rstrip().rstrip(".").rstrip()
    return phrase if tail.endswith(phrase) and tail[: -len(phrase)].rstrip().endswith(",") else None


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
        if _before_own_subject(span, events):
            continue  # "said on Thursday he had met X on Monday": the saying's day, not the meeting's
        steps = 0
        came_from: Token | None = None
        while steps < 4:
            if token.i not in event_ids and token.dep_ in {"conj", "appos"} and token.pos_ == "PROPN":
                token = token.head  # "between X, of Y, and Z on Thursday": the list is one party phrase
                continue
            steps += 1
            if token.i in event_ids:
                if _dates_the_object(token, came_from, event_ids):
                    break  # "X's trip follows the decision 10 days ago": the decision's day
                return words.strip()
            if token.pos_ == "VERB" and token.dep_ == "acl" and token.head.i in event_ids:
                return words.strip()  # "a video call lasting three hours on Monday"
            if token.dep_ == "relcl" and token.lower_ in _HOLDING and token.head.i in event_ids:
                return words.strip()  # "the meeting, which was held Thursday afternoon"
            if _purpose(token) and token.head.i in event_ids:
                return words.strip()  # "met to discuss the border on Wednesday": the meeting's day
            if token.head is token or (token.pos_ in {"VERB", "AUX"} and token is not span.root):
                break
            came_from, token = token, token.head
    return None


def _dates_the_object(verb: Token, came_from: Token | None, event_ids: set[int]) -> bool:
    """A time phrase inside the object of the verb whose subject the encounter is."""
    return (
        came_from is not None
        and came_from.dep_ == "dobj"
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in event_ids for c in verb.children)
    )


def _before_own_subject(span: Span, events: list[Token]) -> bool:
    """A time expression before the subject of a reported clause ("said on Thursday he met")."""
    for verb in events:
        if verb.pos_ == "VERB" and verb.dep_ in {"ccomp", "advcl", "conj"}:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
            if subjects and span.end <= subjects[0].left_edge.i and span.start > verb.head.i:
                return True
    return False


def _date_from_lead(reading: _Reading, ctx: _Context) -> None:
    """A held meeting told later without a time of its own, of someone the lead names with its one
    time expression ("..., said Prime Minister Lee on Tuesday. ... The Prime Minister was speaking at
    the summit"): the lead's day is the story's day, and the meeting's."""
    if reading.several_days or ctx.published is None:
        return
    start, end = ctx.document.lead_span or (0, 0)
    if not start < end or reading.sentence.start_char < end:
        return
    lead = ctx.doc.char_span(start, end, alignment_mode="expand")
    if lead is None or not any(ctx.person_at[t.i] in reading.people for t in lead):
        return
    phrase = _only_date_phrase(lead, ctx)
    if phrase is None or dates.is_vague(phrase):
        return
    date, anchor, anchor_date = dates.resolve(phrase, published=ctx.published, dateline=ctx.dateline_date)
    if date is not None:
        reading.date, reading.date_text = date, phrase
        reading.date_anchor, reading.date_anchor_date = anchor, anchor_date


def _date_from_dateline(reading: _Reading, ctx: _Context) -> None:
    """A held meeting in the dateline city with no time expression happened on the dateline's day (a
    digest's stories, on the digest's day); not a visit of several days ("a three-day visit"), whose
    first day the dateline does not give."""
    if reading.several_days or not reading.place:
        return
    day = ctx.dateline_date or (ctx.published if ctx.document.datelines else None)
    if day and reading.place == ctx.story_dateline(reading.trigger.idx)[0]:
        reading.date, reading.date_anchor, reading.date_anchor_date = day, "dateline", day
