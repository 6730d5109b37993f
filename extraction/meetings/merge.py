"""Readings of one occasion (same people, compatible date, place and status) merged into one."""

from __future__ import annotations

from .. import dates
from ..gazetteer import fold, is_city, is_us_state
from .context import _all_sides, _Reading


def _merge(readings: list[_Reading]) -> list[_Reading]:
    """One entry per occasion: a reading joins an earlier one with the same or a subset of the
    people, nested sides, and no conflicting date, place or status."""
    occasions: list[_Reading] = []
    # Only occasions that share a person (or, for summits, the kind) can match, so each reading is
    # compared with those alone: a long article with hundreds of readings stays linear.
    by_key: dict[object, set[int]] = {}
    last: int | None = None  # the occasion the text told last
    previous: _Reading | None = None  # ... and the reading that told it
    for reading in readings:
        candidates = sorted({i for key in _merge_keys(reading) for i in by_key.get(key, [])})
        found = next((i for i in candidates if _same_occasion(occasions[i], reading)), None)
        if (
            found is None
            and last is not None
            and previous is not None
            and (_refers_back(reading, occasions[last], previous) or _describes(reading, occasions[last]))
        ):
            found = last
        if found is None:
            occasions.append(reading)
            found = len(occasions) - 1
        else:
            _absorb(occasions[found], reading)
        for key in _merge_keys(occasions[found]):
            by_key.setdefault(key, set()).add(found)
        last, previous = found, reading
    # "The latest round of the consultation ... on Tuesday" names no one, but when exactly one
    # occasion of that kind has people, it tells when and where that one took place.
    with_people: dict[str, list[_Reading]] = {}
    for occasion in occasions:
        if occasion.people:
            with_people.setdefault(occasion.kind, []).append(occasion)
    kept = []
    for occasion in occasions:
        if (named := _named_next(occasion, occasions)) is not None:
            _absorb(named, occasion)
            continue
        same_kind = with_people.get(occasion.kind, [])
        alone = not occasion.people and occasion.kind != "summit" and len(same_kind) == 1
        # "... came days after U.S. and Chinese officials' talks in Anchorage": an occasion that has
        # both its sides already, or only named people with their countries ("after talks with
        # Turkish Ambassador X"), takes no new side from talks that name no one
        others = alone and _takes_no_side(same_kind[0], occasion)
        if alone and not others and _compatible(same_kind[0], occasion):
            _absorb(same_kind[0], occasion)
            continue
        kept.append(occasion)
    return _without_headline_echoes(kept)


def _takes_no_side(named: _Reading, unnamed: _Reading) -> bool:
    sides = _all_sides(named)
    unnamed_party = named.other_party or named.organisation or named.stranger
    complete = len(sides) >= 2 or (len(named.people) >= 2 and not unnamed_party)
    return complete and bool(unnamed.sides - sides)


def _named_next(occasion: _Reading, occasions: list[_Reading]) -> _Reading | None:
    """ "Russian and rebel commanders met in Chechnya on Tuesday. General X arrived ... for
    discussions with Y": an occasion told with its time and no names, and in the next sentence the
    one occasion that names people and no time, are one."""
    if occasion.people or occasion.date_text is None or occasion.headline:
        return None
    end = occasion.sentence.end
    following = [o for o in occasions if o.people and o.sentence.start == end]
    if len(following) != 1:
        return None
    named = following[0]
    return named if named.date_text is None and _compatible(named, occasion) else None


def _without_headline_echoes(occasions: list[_Reading]) -> list[_Reading]:
    """A headline's present tense proves nothing ("Xi meets Putin" over a story of talks to come): a
    held occasion read from the headline alone goes when the body has the same people's meeting
    still to come. (A headline may name two occasions, a call held and a visit agreed: both stay.)"""
    body = [o for o in occasions if not o.headline and o.people]
    return [
        o
        for o in occasions
        if not (
            o.headline
            and o.people
            and any(
                (set(o.people) <= set(b.people) or set(b.people) <= set(o.people))
                and o.status == "held"
                and b.status == "planned"
                for b in body
            )
        )
    ]


def _refers_back(reading: _Reading, occasion: _Reading, told: _Reading) -> bool:
    """ "X held a meeting in Rome. The meeting was also attended by Y": a definite noun in the next
    sentence, with no people of its own in common, adds to the occasion just told (`told` is the
    reading that told it last: "Abe met Senate leaders. Sen. Danforth said after the meeting")."""
    if not (reading.anaphoric and reading.people and occasion.people):
        return False
    if set(reading.people) & set(occasion.people):
        return False  # the same people: `_same_occasion` has had its say
    sentence_before = reading.sentence.start - 1
    near = told.trigger.sent.start == reading.sentence.start or (
        sentence_before >= 0 and told.trigger.doc[sentence_before].sent.start == told.trigger.sent.start
    )
    return near and reading.trigger.i > told.trigger.i and _compatible(occasion, reading)


def _describes(reading: _Reading, occasion: _Reading) -> bool:
    """ "Putin spoke at the BRICS summit hosted by Russia via video conference, which brought together
    Brazil, Russia, India, China and South Africa": words of the sentence that name no one tell more
    of the occasion just told in it (how it was held, who took part), unless it already has two
    sides and these would add others ("days after talks in Anchorage between US and Chinese
    officials")."""
    if reading.people or not occasion.people or reading.sentence.start != occasion.sentence.start:
        return False
    sides = _all_sides(occasion)
    if len(sides) >= 2 and reading.sides - sides:
        return False
    return _compatible(occasion, reading)


def _merge_keys(reading: _Reading) -> list[object]:
    return [*reading.people, *(["summit"] if reading.kind == "summit" else [])]


def _same_occasion(a: _Reading, b: _Reading) -> bool:
    people_a, people_b = set(a.people), set(b.people)
    if not (people_a and people_b and (people_a <= people_b or people_b <= people_a)):
        return a.kind == b.kind == "summit" and _compatible(a, b)
    sides_a, sides_b = _sides_with_host(a, b), _sides_with_host(b, a)
    # "Italy's Dini meets Burundi negotiator Nyerere" over "Dini met former Tanzanian president
    # Nyerere": a headline's shorthand titles do not make the same two people another occasion
    echo = (a.headline or b.headline) and people_a == people_b and len(people_a) >= 2
    if sides_a and sides_b and not (sides_a <= sides_b or sides_b <= sides_a) and not echo:
        return False
    if _at_home(a, b) or _at_home(b, a):
        return False
    if a.status != b.status and _timeless_visit_of(a, b):
        return _compatible(a, b, status=False)
    return _compatible(a, b)


def _sides_with_host(reading: _Reading, other: _Reading) -> set[str]:
    """ "Funaro's talks in Washington last week": one country's people meeting in another's city met
    that country (as `finish` will read it), so the talks are not the ones he held with a Briton
    somewhere else."""
    sides = _all_sides(reading)
    elsewhere = reading.place_country and reading.place_country != other.place_country
    # (one sentence's words tell one occasion: "discussed X with Y at a meeting in Rome")
    elsewhere = elsewhere and reading.sentence.start != other.sentence.start
    if len(sides) == 1 and elsewhere and reading.kind not in _REMOTE_KINDS:
        return sides | {reading.place_country}
    return sides


def _timeless_visit_of(a: _Reading, b: _Reading) -> bool:
    """ "Mr Straw's China trip is part of ..." beside "Straw, who will hold talks in Beijing on
    Thursday": a visit told with no time of its own is the trip a timed reading of the same traveller,
    in the same country, tells; that reading's tense says whether it has happened."""
    visit, other = (a, b) if a.date_text is None else (b, a)
    return (
        visit.kind == "visit"
        and visit.date_text is None
        and other.date_text is not None
        and visit.place_country is not None
        and visit.place_country == other.place_country
    )


def _at_home(visit: _Reading, other: _Reading) -> bool:
    """ "Ambassador X made the recommendation at a meeting with Nakasone" beside Nakasone's visit to
    Washington: a meeting of several people of one state is no part of one's visit abroad."""
    return (
        visit.kind == "visit"
        and other.kind != "visit"
        and len(other.people) >= 2
        and len(_all_sides(other)) == 1
        and len(_all_sides(visit)) >= 2
    )


def _compatible(a: _Reading, b: _Reading, *, status: bool = True) -> bool:
    if status and a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.place_country and b.place_country and a.place_country != b.place_country:
        return False
    if _two_cities(a.place, b.place):
        return False  # talks in Dhahran and in Riyadh: one occasion is in one city
    remote = {"call", "video"}
    if (a.kind in remote) == (b.kind in remote):
        return True
    # "held a video call ... Xi greeted Biden": an in-person word with no place of its own is
    # the same occasion as the call
    in_person = b if a.kind in remote else a
    return in_person.place_country is None and not in_person.destinations


_REMOTE_KINDS = frozenset({"call", "video"})


def _two_cities(a: str | None, b: str | None) -> bool:
    # (a state is no city: "near San Francisco, California" and "in Woodside" can be one estate)
    return bool(a and b) and fold(a) != fold(b) and all(is_city(p) and not is_us_state(p) for p in (a, b))


def _absorb(occasion: _Reading, reading: _Reading) -> None:
    # the telling that names more of the people is the evidence (counted before they are joined)
    fuller = len(reading.people) > len(occasion.people)
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
    occasion.organisation = occasion.organisation or reading.organisation
    occasion.caption = occasion.caption and reading.caption  # the body confirms what a caption shows
    from_headline = occasion.headline and not reading.headline
    occasion.headline = occasion.headline and reading.headline
    occasion.several_days = occasion.several_days or reading.several_days
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
    if occasion.date_text is None and reading.date_text is not None:
        occasion.status = reading.status  # the timed telling's tense (see `_timeless_visit_of`)
    if occasion.date is None and reading.date is not None:
        occasion.date, occasion.date_text = reading.date, reading.date_text
        occasion.date_anchor, occasion.date_anchor_date = reading.date_anchor, reading.date_anchor_date
    if occasion.date_text is None or (dates.is_vague(occasion.date_text) and occasion.date is None):
        occasion.date_text = reading.date_text or occasion.date_text
    if from_headline or fuller:
        # the body's sentence is the evidence a reader wants, not the headline's shorthand
        occasion.sentence, occasion.trigger = reading.sentence, reading.trigger
    if occasion.kind == "meeting" and reading.kind != "meeting":
        occasion.kind = reading.kind
    elif occasion.kind == "call" and reading.kind == "video":
        occasion.kind = "video"
    occasion.confidence = max(occasion.confidence, reading.confidence)
