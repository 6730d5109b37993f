"""Meetings, on short stories written for these tests. People are given (names, countries) by the
`meetings` fixture, so these tests exercise `find_meetings` alone, not the people finder."""

import dataclasses
import datetime as dt

from extraction.meetings import find_meetings
from extraction.pipeline import nlp_text
from extraction.types import Document
from tests.extraction.conftest import given_person


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


# --- patterns of issue 10: sides read from the mention, counterparts, hosts, topics, dates, places --


def test_a_nationality_in_the_mention_beats_the_persons_article_wide_country(meetings):
    (meeting,) = meetings(
        "Estonian envoy Mart Kask and his Peruvian counterpart Rosa Quispe met in Vienna on Monday.",
        {"Mart Kask": "AT", "Rosa Quispe": "PE"},  # Kask's article-wide country is wrong here
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Mart Kask", "Rosa Quispe"]
    assert meeting.sides == ["EE", "PE"]


def test_both_subjects_of_met_are_participants(meetings):
    (meeting,) = meetings(
        "The source said Estonian envoy Mart Kask and his Peruvian counterpart Rosa Quispe met to "
        "discuss fishing rights on Wednesday.",
        {"Mart Kask": "EE", "Rosa Quispe": "PE"},
        published=dt.date(2021, 6, 11),
    )
    assert sorted(meeting.participants) == ["Mart Kask", "Rosa Quispe"]
    assert meeting.date == dt.date(2021, 6, 9)  # the day hangs from "discuss", the meeting's purpose


def test_plural_meetings_with_a_list_are_one_occasion_per_counterpart(meetings):
    found = meetings(
        "Paolo Verdi recalled his meetings with Chilean President Ana Soto and Peruvian President Luis Rojas.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL", "Luis Rojas": "PE"},
    )
    assert sorted(sorted(m.participants) for m in found) == [
        ["Ana Soto", "Paolo Verdi"],
        ["Luis Rojas", "Paolo Verdi"],
    ]


def test_a_visit_to_a_factory_is_not_a_meeting(meetings):
    body = "Italian Foreign Minister Paolo Verdi visited a car factory near Santiago on Tuesday."
    assert meetings(body, {"Paolo Verdi": "IT"}, published=dt.date(2021, 6, 10)) == []


def test_met_with_resistance_is_not_a_meeting(meetings):
    body = "OSLO, June 3 - Chilean President Ana Soto met with fierce resistance from farmers."
    assert meetings(body, {"Ana Soto": "CL"}) == []


def test_accession_talks_are_a_topic_not_a_meeting(meetings):
    body = "Paolo Verdi, a supporter of accession talks with Chile, said the talks of the past were useful."
    assert meetings(body, {"Paolo Verdi": "IT"}) == []


def test_a_resumption_of_talks_is_a_topic_not_a_meeting(meetings):
    body = "Chile urged the resumption of talks with Italy, Ana Soto said."
    assert meetings(body, {"Ana Soto": "CL"}) == []


def test_a_courtesy_call_on_a_minister_is_a_meeting(meetings):
    (meeting,) = meetings(
        "Chilean envoy Rosa Quispe paid a courtesy call on Italian Prime Minister Paolo Verdi on Monday.",
        {"Rosa Quispe": "CL", "Paolo Verdi": "IT"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Paolo Verdi", "Rosa Quispe"]


def test_a_joint_news_conference_with_a_foreign_leader_is_a_meeting(meetings):
    (meeting,) = meetings(
        "Paolo Verdi spoke at a joint news conference with Ana Soto in Rome on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.sides) == ["CL", "IT"]


def test_a_news_conference_alone_is_not_a_meeting(meetings):
    assert (
        meetings("Paolo Verdi told a news conference in Rome that Chile was a friend.", {"Paolo Verdi": "IT"})
        == []
    )


def test_hosting_a_dinner_for_a_visitor_is_a_meeting(meetings):
    (meeting,) = meetings(
        "Italian Prime Minister Paolo Verdi hosted a dinner for Chilean President Ana Soto on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]


def test_whom_he_met_is_the_person_the_clause_follows(meetings):
    (meeting,) = meetings(
        "Paolo Verdi praised Chilean President Ana Soto, whom he met during a Friday visit.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 12),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert meeting.date == dt.date(2021, 6, 11)


def test_two_leaders_who_spoke_by_telephone_had_a_call(meetings):
    (meeting,) = meetings(
        "Mr Verdi and Mr Rojas had spoken by telephone on Friday, officials said.",
        {"Paolo Verdi": "IT", "Luis Rojas": "PE"},
        published=dt.date(2021, 6, 12),
    )
    assert meeting.kind == "call"
    assert sorted(meeting.participants) == ["Luis Rojas", "Paolo Verdi"]


def test_a_visit_by_someone_does_not_take_the_governing_verbs_subject(meetings):
    (meeting,) = meetings(
        "Chile accused Lima of spoiling relations with a visit to Bolivia by Peruvian minister Luis Rojas.",
        {"Luis Rojas": "PE"},
    )
    assert meeting.participants == ["Luis Rojas"]
    assert meeting.sides == ["BO", "PE"]


def test_talks_abroad_with_foreign_officials_do_not_add_the_host_as_a_side(meetings):
    (meeting,) = meetings(
        "U.S. envoy John Hale held talks in Paris on Tuesday with Israeli and Egyptian officials.",
        {"John Hale": "US"},
        published=dt.date(1996, 8, 28),
    )
    assert meeting.sides == ["EG", "IL", "US"]
    assert meeting.place_country == "FR"


def test_talks_abroad_with_an_organisation_do_not_add_the_host_as_a_side(meetings):
    found = meetings(
        "Polish central bank head Jan Nowak, in talks in Washington with the International Monetary Fund, "
        "asked for a loan.",
        {"Jan Nowak": "PL"},
    )
    assert all("US" not in m.sides for m in found)


def test_a_city_in_an_organisations_name_is_not_its_country(meetings):
    found = meetings(
        "Polish minister Jan Nowak held talks with the Paris Club on Monday.",
        {"Jan Nowak": "PL"},
        published=dt.date(1987, 3, 5),
    )
    assert all("FR" not in m.sides for m in found)


def test_talks_co_chaired_by_two_ministers_name_both(meetings):
    (meeting,) = meetings(
        "The talks, co-chaired by Italian Foreign Minister Paolo Verdi and Chilean Foreign Minister Ana "
        "Soto, ended in Rome on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]


def test_a_delegation_led_by_someone_names_them(meetings):
    (meeting,) = meetings(
        "Ana Soto received a Peruvian delegation led by Luis Rojas in Santiago on Monday.",
        {"Ana Soto": "CL", "Luis Rojas": "PE"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Luis Rojas"]


def test_a_multi_day_visit_is_dated_by_its_first_day(meetings):
    (meeting,) = meetings(
        "Peruvian President Luis Rojas told reporters at the end of a two-day visit to Chile yesterday "
        "that he had held talks with Ana Soto.",
        {"Luis Rojas": "PE", "Ana Soto": "CL"},
        published=dt.date(1987, 3, 26),
    )
    assert meeting.date == dt.date(1987, 3, 24)


def test_talks_at_the_kremlin_are_in_moscow(meetings):
    (meeting,) = meetings(
        "Chilean President Ana Soto held talks with Luis Rojas at the Kremlin on Tuesday.",
        {"Ana Soto": "CL", "Luis Rojas": "RU"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.place, meeting.place_country) == ("Moscow", "RU")


def test_could_meet_is_planned(meetings):
    (meeting,) = meetings(
        "Ana Soto said Paolo Verdi could meet Luis Rojas on Thursday.",
        {"Paolo Verdi": "IT", "Luis Rojas": "PE", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 7),
    )
    assert meeting.status == "planned"


def test_meetings_take_time_linear_in_the_article_length(nlp):
    # A long article is the same parsed paragraph many times over (Doc.from_docs copies the parse),
    # so the test times find_meetings alone: four times the text should cost about four times as much.
    import time

    from spacy.tokens import Doc

    unit = (
        "Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto in Rome on Tuesday. "
        "Peruvian envoy Luis Rojas held talks with Verdi during a visit to Lima. "
        "The ministers discussed trade, officials said. He told reporters the meeting had been useful.\n"
    )
    paragraph = nlp(unit)

    def seconds(copies: int) -> float:
        doc = Doc.from_docs([nlp("Diplomacy\n\n"), *[paragraph] * copies], ensure_whitespace=False)
        title, body = doc.text.split("\n\n", 1)
        document = Document(title=title, body=body)
        people = [
            given_person(doc.text, name, code)
            for name, code in {"Paolo Verdi": "IT", "Ana Soto": "CL", "Luis Rojas": "PE"}.items()
        ]
        start = time.perf_counter()
        find_meetings(doc, document, people)
        return time.perf_counter() - start

    seconds(5)  # warm the matcher and the gazetteer
    # the best of three runs each, as the machine is shared; a quadratic path would cost 16 times
    small, large = min(seconds(40) for _ in range(3)), min(seconds(160) for _ in range(3))
    assert large < 10 * small, f"{small:.3f}s for 40 paragraphs, {large:.3f}s for 160"


def test_the_one_warned_during_a_phone_call_took_part(meetings):
    (meeting,) = meetings(
        "Chilean President Ana Soto warned Italian Prime Minister Paolo Verdi against new tariffs during "
        "a phone call on Thursday.",
        {"Ana Soto": "CL", "Paolo Verdi": "IT"},
        published=dt.date(2022, 7, 29),
    )
    assert (sorted(meeting.participants), meeting.kind) == (["Ana Soto", "Paolo Verdi"], "call")
    assert meeting.date == dt.date(2022, 7, 28)


def test_due_to_speak_by_phone_with_someone_is_a_planned_call(meetings):
    (meeting,) = meetings(
        "Paolo Verdi was due to speak by phone with Peruvian President Luis Rojas on Thursday.",
        {"Paolo Verdi": "IT", "Luis Rojas": "PE"},
        published=dt.date(2021, 12, 8),
    )
    assert sorted(meeting.participants) == ["Luis Rojas", "Paolo Verdi"]
    assert (meeting.kind, meeting.status, meeting.date) == ("call", "planned", dt.date(2021, 12, 9))


def test_a_meeting_shown_only_in_a_photo_caption_is_not_listed(meetings):
    body = (
        "image copyright Agency image caption Paolo Verdi met Ana Soto in Rome in 2015\n"
        "Italy's economy grew by two percent last year, officials said on Monday."
    )
    assert meetings(body, {"Paolo Verdi": "IT", "Ana Soto": "CL"}, published=dt.date(2021, 6, 10)) == []


def test_a_caption_confirmed_by_the_body_is_kept(meetings):
    body = (
        "image copyright Agency image caption Paolo Verdi met Ana Soto in Rome\n"
        "Italian Prime Minister Paolo Verdi met Chilean President Ana Soto in Rome on Tuesday."
    )
    (meeting,) = meetings(body, {"Paolo Verdi": "IT", "Ana Soto": "CL"}, published=dt.date(2021, 6, 10))
    assert meeting.date == dt.date(2021, 6, 8)


def test_a_headline_in_the_present_does_not_make_a_planned_meeting_held(meetings):
    found = meetings(
        "Paolo Verdi will meet Chilean President Ana Soto in Santiago next week, officials said.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        title="Verdi meets Soto",
        published=dt.date(2021, 6, 10),
    )
    assert [m.status for m in found] == ["planned"]


def test_a_multi_day_visit_takes_no_date_from_the_dateline(meetings):
    (meeting,) = meetings(
        "LIMA, June 29 - Chilean President Ana Soto held talks with Luis Rojas during a three-day visit.",
        {"Ana Soto": "CL", "Luis Rojas": "PE"},
        published=dt.date(1987, 6, 29),
    )
    assert meeting.date is None


def test_the_dateline_city_is_not_the_subject_of_the_lead(meetings):
    (meeting,) = meetings(
        "LIMA, June 29 - Chilean President Ana Soto held talks with Luis Rojas during a visit.",
        {"Ana Soto": "CL", "Luis Rojas": "PE"},
        published=dt.date(1987, 6, 29),
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Luis Rojas"]


def test_a_quoted_analyst_is_not_a_participant_of_the_lead_summit(nlp):
    from extraction.meetings import find_meetings

    document = Document(
        title="Summit opens",
        body="A regional trade summit was held in Nairobi on Tuesday. Kenyan minister Jane Wanjiru said "
        "tariffs would fall. Ugandan minister Paul Okello said roads would be built. Analyst Tom Reed said "
        "the summit was a success.",
        published=dt.date(2021, 6, 10),
    )
    people = [
        given_person(document.text, "Jane Wanjiru", "KE"),
        given_person(document.text, "Paul Okello", "UG"),
        dataclasses.replace(given_person(document.text, "Tom Reed", "GB"), titles=["analyst"]),
    ]
    (meeting,) = find_meetings(nlp(nlp_text(document)), document, people)
    assert sorted(meeting.participants) == ["Jane Wanjiru", "Paul Okello"]


def test_a_meeting_in_a_named_month_has_no_day_but_a_month(meetings):
    (meeting,) = meetings(
        "Paolo Verdi met Ana Soto in Santiago in April 2012, officials said.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2013, 1, 9),
    )
    assert meeting.date is None  # the gold scores days only
    assert (meeting.partial_date, meeting.date_precision) == (dt.date(2012, 4, 1), "month")


def test_a_meeting_last_year_has_a_year(meetings):
    (meeting,) = meetings(
        "Paolo Verdi held talks with Ana Soto in Rome last year.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2016, 5, 2),
    )
    assert meeting.date is None
    assert (meeting.partial_date, meeting.date_precision) == (dt.date(2015, 1, 1), "year")


def test_a_meeting_on_a_day_keeps_day_precision(meetings):
    (meeting,) = meetings(
        "Paolo Verdi met Ana Soto in Rome on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.date, meeting.partial_date, meeting.date_precision) == (dt.date(2021, 6, 8), None, "day")


def test_the_negotiators_quoted_after_a_lead_of_talks_held_took_part_in_them(nlp):
    from extraction.meetings import find_meetings

    document = Document(
        title="Peace talks open",
        body="Peace talks between the two sides began in Geneva on Saturday. Government negotiator Ana "
        "Ruiz said there was no winner through war. Rebel leader Tomas Vega said he hoped for patience. "
        "A foreign ministry spokesman, Luc Morel, said France welcomed the talks.",
        published=dt.date(2021, 6, 12),
    )
    people = [
        given_person(document.text, "Ana Ruiz", "CO"),
        given_person(document.text, "Tomas Vega", "VE"),
        dataclasses.replace(
            given_person(document.text, "Luc Morel", "FR"), titles=["foreign ministry spokesman"]
        ),
    ]
    (talks,) = find_meetings(nlp(nlp_text(document)), document, people)
    assert sorted(talks.participants) == ["Ana Ruiz", "Tomas Vega"]


def test_speakers_of_one_state_after_a_lead_of_talks_are_not_made_its_parties(nlp):
    from extraction.meetings import find_meetings

    document = Document(
        title="Trade talks open",
        body="Trade talks began in Geneva on Saturday. Minister Ana Ruiz said tariffs would fall. "
        "Minister Rosa Diaz said exports would grow.",
        published=dt.date(2021, 6, 12),
    )
    people = [given_person(document.text, "Ana Ruiz", "CO"), given_person(document.text, "Rosa Diaz", "CO")]
    assert all(not m.participants for m in find_meetings(nlp(nlp_text(document)), document, people))


def test_the_official_who_reports_the_talks_after_a_comma_is_not_in_them(run):
    result = run(
        "Visit",
        "TOKYO, March 27 - Prime Minister Yasuhiro Nakasone will make an official week-long visit to the "
        "United States from April 29 and hold talks in Washington with President Reagan, Chief Cabinet "
        "Secretary Kenji Sato told reporters.",
        published=dt.date(1987, 3, 27),
    )
    (meeting,) = result.meetings
    assert sorted(meeting.participants) == ["Reagan", "Yasuhiro Nakasone"]
