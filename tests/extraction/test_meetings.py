"""Meetings, on short stories written for these tests. People are given (names, countries), so these
tests exercise `find_meetings` alone, not the people finder."""

import datetime as dt
import re

import pytest

from extraction.meetings import find_meetings
from extraction.pipeline import nlp_text
from extraction.types import Document, MeetingExtraction, PersonExtraction


@pytest.fixture
def meetings(nlp):
    def run(
        body: str, people: dict[str, str | None], title: str = "Diplomacy", **fields
    ) -> list[MeetingExtraction]:
        document = Document(title=title, body=body, **fields)
        doc = nlp(nlp_text(document))
        return find_meetings(
            doc, document, [_person(document.text, name, code) for name, code in people.items()]
        )

    return run


def _person(text: str, name: str, country: str | None) -> PersonExtraction:
    spans: list[tuple[int, int]] = []
    for form in (name, name.split()[-1]):
        for match in re.finditer(rf"\b{re.escape(form)}\b", text):
            if not any(start <= match.start() < end for start, end in spans):
                spans.append((match.start(), match.end()))
    return PersonExtraction(name=name, country=country, spans=spans)


def test_met_in_a_city_gives_both_people_sides_and_place(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto in Rome on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.participants == ["Paolo Verdi", "Ana Soto"]
    assert meeting.sides == ["CL", "IT"]
    assert (meeting.place, meeting.place_country) == ("Rome", "IT")
    assert meeting.status == "held"
    assert (meeting.date, meeting.date_anchor) == (dt.date(2021, 6, 8), "published")
    assert meeting.evidence.startswith("Italian Foreign Minister")


def test_surname_alone_resolves_to_the_full_name(meetings):
    (meeting,) = meetings(
        "Chilean President Ana Soto arrived on Monday. Soto held talks with Paolo Verdi of Italy.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert meeting.kind == "talks"


def test_unnamed_officials_of_a_country_are_a_side(meetings):
    (meeting,) = meetings(
        "Brazilian Finance Minister Lucas Prado met Swiss officials in Bern on Friday.",
        {"Lucas Prado": "BR"},
    )
    assert meeting.participants == ["Lucas Prado"]
    assert meeting.sides == ["BR", "CH"]


def test_will_meet_next_week_is_planned(meetings):
    (meeting,) = meetings(
        "Paolo Verdi will meet Ana Soto in Santiago next week.", {"Paolo Verdi": "IT", "Ana Soto": "CL"}
    )
    assert meeting.status == "planned"


def test_is_expected_to_visit_is_planned(meetings):
    (meeting,) = meetings(
        "Paolo Verdi is expected to visit Chile, where he will hold talks with Ana Soto.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert meeting.status == "planned"


def test_an_offer_to_meet_is_not_a_meeting(meetings):
    assert meetings("Paolo Verdi offered to meet Ana Soto.", {"Paolo Verdi": "IT", "Ana Soto": "CL"}) == []


def test_did_not_meet_is_not_a_meeting(meetings):
    assert meetings("Paolo Verdi did not meet Ana Soto.", {"Paolo Verdi": "IT", "Ana Soto": "CL"}) == []


def test_two_officials_of_one_country_meeting_at_home_is_not_listed(meetings):
    body = "Interior Minister Ravi Das met Finance Minister Meena Rao in Delhi on Monday."
    assert meetings(body, {"Ravi Das": "IN", "Meena Rao": "IN"}) == []


def test_phone_call_has_no_place(meetings):
    (meeting,) = meetings(
        "MADRID, May 4 - Spanish Prime Minister Jorge Ruiz held a phone call with Ana Soto on Monday.",
        {"Jorge Ruiz": "ES", "Ana Soto": "CL"},
        published=dt.date(2021, 5, 4),
    )
    assert meeting.kind == "call"
    assert (meeting.place, meeting.place_country) == (None, None)


def test_visiting_leader_meets_in_the_dateline_city_on_its_day(meetings):
    (meeting,) = meetings(
        "OSLO, June 29 - Prime Minister Erik Lund held talks with the visiting Kenyan leader Daniel Otieno.",
        {"Erik Lund": "NO", "Daniel Otieno": "KE"},
        published=dt.date(1987, 6, 29),
    )
    assert (meeting.place, meeting.place_country) == ("Oslo", "NO")
    assert (meeting.date, meeting.date_anchor) == (dt.date(1987, 6, 29), "dateline")


def test_the_same_encounter_in_two_sentences_is_one_meeting(meetings):
    found = meetings(
        "Paolo Verdi met Ana Soto in Rome on Tuesday. During the meeting, Soto and Verdi discussed trade.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert len(found) == 1


def test_two_meetings_on_different_days_are_two_entries(meetings):
    found = meetings(
        "Paolo Verdi met Ana Soto on Monday. On Thursday, Verdi and Soto met again in Rome.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 11),
    )
    assert [m.date for m in found] == [dt.date(2021, 6, 7), dt.date(2021, 6, 10)]


def test_pronoun_subject_is_the_person_of_the_sentence_before(meetings):
    (meeting,) = meetings(
        "Paolo Verdi arrived in Chile on Sunday. He held talks with President Ana Soto on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 8),
    )
    assert meeting.participants == ["Paolo Verdi", "Ana Soto"]
    assert meeting.date == dt.date(2021, 6, 7)


def test_visit_to_a_country_makes_it_the_host_side(meetings):
    (meeting,) = meetings(
        "Italian President Paolo Verdi began a state visit to Argentina on Monday.",
        {"Paolo Verdi": "IT"},
        published=dt.date(2021, 6, 8),
    )
    assert meeting.kind == "visit"
    assert meeting.sides == ["AR", "IT"]
    assert meeting.place_country == "AR"


def test_confidence_is_lower_when_the_other_side_is_unnamed(meetings):
    (named,) = meetings("Paolo Verdi met Ana Soto in Rome.", {"Paolo Verdi": "IT", "Ana Soto": "CL"})
    (unnamed,) = meetings("Paolo Verdi met Chilean officials in Rome.", {"Paolo Verdi": "IT"})
    assert 0 < unnamed.confidence <= named.confidence <= 1


def test_the_two_leaders_are_the_people_just_named(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi and Chilean President Ana Soto arrived in Rome. "
        "The two leaders met at a villa on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert meeting.date == dt.date(2021, 6, 8)


def test_a_greeting_during_a_video_call_is_the_same_occasion(meetings):
    (meeting,) = meetings(
        "Paolo Verdi and Ana Soto held a video call lasting two hours on Monday evening. "
        "Soto greeted Verdi as an old friend.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.kind, meeting.place, meeting.date) == ("video", None, dt.date(2021, 6, 7))


def test_an_agreement_made_at_a_meeting_leaves_the_meeting_held(meetings):
    found = meetings(
        "Verdi and Soto agree to restore flights at Rome meeting",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        title="Diplomacy",
        published=dt.date(2021, 6, 10),
    )
    assert [m.status for m in found] == ["held"]


def test_agreeing_to_resume_trade_talks_is_not_a_planned_meeting(meetings):
    found = meetings(
        "Paolo Verdi and Ana Soto agreed on Monday to resume trade talks.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert [m for m in found if m.status == "planned"] == []


def test_lead_subject_is_kept_when_the_headline_runs_into_it(meetings):
    found = meetings(
        "ROME, June 8 (Newsdesk) -- Italian Foreign Minister Paolo Verdi and Chilean President Ana Soto "
        "met for two hours on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        title="Verdi and Soto meet in Rome as leaders",
        published=dt.date(2021, 6, 8),
    )
    assert [(sorted(m.participants), m.date) for m in found] == [
        (["Ana Soto", "Paolo Verdi"], dt.date(2021, 6, 8))
    ]


def test_an_unnamed_event_in_the_lead_dates_the_one_meeting_of_its_kind(meetings):
    (meeting,) = meetings(
        "Officials attending the annual security consultation in Chile pledged closer ties on Tuesday.\n"
        "Paolo Verdi met Ana Soto in Santiago. Soto said during the consultation that ties were strong.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        title="Italy and Chile pledge closer ties",
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert meeting.kind == "consultation"
    assert meeting.date_text == "on Tuesday"
    assert meeting.place == "Santiago"


def test_spoke_by_phone_with_is_a_call_without_a_place(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi spoke by phone with Chilean President Ana Soto on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert meeting.kind == "call"
    assert meeting.place is None
    assert meeting.date == dt.date(2021, 6, 8)


def test_speaking_to_reporters_is_not_a_meeting(meetings):
    found = meetings(
        "Italian Foreign Minister Paolo Verdi spoke to reporters in Rome about Ana Soto on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert found == []
