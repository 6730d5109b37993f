"""A merged occasion checked against the guide's definition of a meeting and turned into a
`MeetingExtraction`.
"""

from __future__ import annotations

from .. import dates, gazetteer
from ..lexicon.meetings import GOVERNMENT_POSTS, HEAD_OF_STATE_TITLES, NEGOTIATION_KINDS
from ..types import DatePrecision, MeetingExtraction
from .context import _all_sides, _Context, _normal_case, _Reading
from .dating import _date_from_dateline, _date_from_lead
from .place import _former_state, _place_from_context


def _finish(reading: _Reading, ctx: _Context) -> MeetingExtraction | None:
    _hosts_by_place(reading, ctx)
    names = [ctx.people[n].name for n in reading.people]
    countries = {reading.countries.get(n, ctx.people[n].country) for n in reading.people}
    sides = _all_sides(reading)
    _place_from_context(reading, sides, countries, ctx)
    if reading.place_country:
        reading.place_country = _former_state(reading.place_country, sides, ctx.on)
    host_unnamed = sides <= countries and not reading.organisation
    # (a Brussels summit is the EU's: Belgium is no host there)
    host_unnamed = host_unnamed and not (reading.place and gazetteer.is_seat(reading.place))
    if len(countries) == 1 and None not in countries and reading.place_country and host_unnamed:
        # every named participant is from one country and they met abroad, with no one else named
        # (not "talks in Paris with Israeli officials", "with the IMF"): the host is a side
        sides.add(reading.place_country)
    if reading.caption or not _is_meeting(reading, names, sides, countries, ctx):
        return None
    if reading.date is None and reading.date_text is None and reading.status == "held" and not reading.away:
        _date_from_lead(reading, ctx)
        if reading.date is None:
            _date_from_dateline(reading, ctx)
    start, evidence = _evidence(reading, ctx)
    partial, precision = None, DatePrecision.DAY
    if reading.date is None and reading.date_text:
        # "in April 2012", "last month": not a day (the date stays None), but a month or a year
        partial, period = dates.resolve_period(
            reading.date_text,
            published=ctx.published,
            dateline=ctx.dateline_date,
            future=reading.status == "planned",
        )
        precision = DatePrecision(period) if period else DatePrecision.DAY
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
        partial_date=partial,
        date_precision=precision,
        evidence=evidence,
        evidence_start=start,
        confidence=round(min(reading.confidence, 1.0), 2),
    )


def _hosts_by_place(reading: _Reading, ctx: _Context) -> None:
    """ "Specter met (or will meet) Crown Prince Abdullah ... in Jeddah", datelined Dubai: a participant
    whose country was only guessed, met in the city of a state no one read in the meeting belongs to,
    is its host there (the dateline's guess would make Abdullah an Emirati). Only the meeting's
    sides take it: a fellow delegate ("Funaro and central bank head Gros in Washington") fits too,
    so the person's own country stays the people stage's."""
    if not reading.place_country or reading.kind in {"call", "video"}:
        return
    guessed = [n for n in reading.people if n not in reading.read and not ctx.people[n].country_read]
    read = {reading.countries.get(n, ctx.people[n].country) for n in reading.people if n not in guessed}
    if guessed and read and None not in read and reading.place_country not in read:
        for number in guessed:
            reading.countries[number] = reading.place_country


def _evidence(reading: _Reading, ctx: _Context) -> tuple[int, str]:
    """The trigger's sentence, cut to its own line and without the dateline: the parser sometimes
    runs a headline or a dateline into the first sentence."""
    sentence = reading.sentence
    text = sentence.text
    offset = reading.trigger.idx - sentence.start_char
    start = text.rfind("\n", 0, offset) + 1
    dateline_start, dateline_end = ctx.dateline_span
    if dateline_end and sentence.start_char + start <= dateline_start < dateline_end <= reading.trigger.idx:
        start = dateline_end - sentence.start_char  # "OSAKA, June 29 (Reuters) -- ..."
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    stripped = line.lstrip()
    return sentence.start_char + start + len(line) - len(stripped), stripped.rstrip()


def _one_government(reading: _Reading, ctx: _Context) -> bool:
    return all(any(_government_title(title) for title in ctx.people[n].titles) for n in reading.people)


def _government_title(title: str) -> bool:
    title = title.lower()
    return title in HEAD_OF_STATE_TITLES or any(word in GOVERNMENT_POSTS for word in title.split())


def _is_meeting(
    reading: _Reading, names: list[str], sides: set[str], countries: set[str | None], ctx: _Context
) -> bool:
    """Two named people, or one named person and another side. An unnamed party of no stated
    country ("European diplomats") counts as another side."""
    if len(names) >= 2:
        if len(sides) >= 2 or None in countries or reading.stranger:
            return True
        # two of one country in talks: an opposition leader and the prime minister, a rebel commander
        # and a government envoy negotiate for different organisations, as the guide counts them (a
        # minister's meeting with her own president does not)
        reading.confidence *= 0.7
        return reading.kind in NEGOTIATION_KINDS and not _one_government(reading, ctx)
    if len(names) == 1:
        if len(sides) >= 2 or (None in countries and sides):
            return True
        if (reading.stranger or reading.organisation) and sides:
            # "talks in Washington with the IMF": an organisation is a party of its own
            reading.confidence *= 0.6
            return True
    return False
