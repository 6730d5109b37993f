"""Meetings: who met whom, of which countries, where, when, and whether it has happened yet.

A trigger word ("met", "talks", "visit", "phone call", "summit"...) is read through the dependency
parse, one stage at a time, each in its own module:

- `triggers`: the words that report an encounter, and whether this use of the word is one (and
  presence: an official of one state "is in" or "arrived in" another's city);
- `parties`: the participants (subject, object, "with"/"between" phrases; pronouns and bare titles
  resolved to people named nearby) and the sides, read from each mention's own grammar first;
- `status`: held, planned, or no meeting at all (a wish, an offer, a negation);
- `place` and `dating`: where and when, from the meeting's own clause before the dateline;
- `merge`: readings of the same occasion joined; `finish`: the guide's definition of a meeting.

The word lists are data, in `extraction.lexicon.meetings`. The pipeline runs without spaCy's
lemmatizer, so words are matched on their lower-case form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..types import Document, MeetingExtraction, PersonExtraction
from .context import _context
from .finish import _finish
from .merge import _merge
from .parties import _attend_lead_event, _delegation_heads
from .triggers import _read, _triggers, presence_readings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_meetings(doc: Doc, document: Document, people: list[PersonExtraction]) -> list[MeetingExtraction]:
    """The meetings `doc` (the parsed `document.text`) reports between `people`."""
    ctx = _context(doc, document, people)
    readings = [reading for trigger in _triggers(doc) for reading in _read(trigger, ctx)]
    readings += presence_readings(doc, ctx, readings)
    _attend_lead_event(readings, ctx)
    _delegation_heads(readings, ctx)
    meetings = [meeting for occasion in _merge(readings) if (meeting := _finish(occasion, ctx)) is not None]
    # in the order they happened; undated ones keep their place in the text
    return sorted(meetings, key=lambda m: (m.date is None, m.date or dt.date.min))


__all__ = ["find_meetings"]
