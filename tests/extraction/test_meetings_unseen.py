"""Meetings patterns found on a fresh sample of unseen articles (issue 10, round 15), each on a short
story written for the test."""

import datetime as dt


def test_a_travellers_talks_in_a_third_capital_are_not_his_talks_with_a_briton(meetings):
    found = meetings(
        "LONDON, March 2 - Greek Finance Minister Nikos Petrou spoke after his talks with British "
        "Chancellor Eleni Kosta. Petrou said his talks in Washington last week were aimed at support.",
        {"Nikos Petrou": "GR", "Eleni Kosta": "GB"},
        published=dt.date(1987, 3, 2),
    )
    assert sorted((m.sides, m.place) for m in found) == [
        (["GB", "GR"], "London"),
        (["GR", "US"], "Washington"),
    ]


def test_an_official_who_arrived_in_a_country_is_visiting_it(run):
    (meeting,) = run(
        "Petrou in Serbia",
        "Greek Prime Minister Nikos Petrou arrived in flood-hit Serbia on Friday after leaving Italy.",
        published=dt.date(2013, 3, 22),
    ).meetings
    assert (meeting.kind, meeting.sides, meeting.date) == ("visit", ["GR", "RS"], dt.date(2013, 3, 22))


def test_talks_ministers_can_get_down_to_at_a_meeting_next_month_are_to_come(meetings):
    (meeting,) = meetings(
        "ATHENS, April 29 - Greek Foreign Minister Nikos Petrou hoped that he and Serbian Foreign Minister "
        "Milan Jovic can get down to detailed negotiations at a meeting in Brussels on May 18.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1987, 4, 29),
    )
    assert (meeting.status, meeting.date) == ("planned", dt.date(1987, 5, 18))


def test_a_council_in_luxembourg_is_the_communitys_with_no_luxembourg_host(meetings):
    found = meetings(
        "LUXEMBOURG, June 16 - EC farm ministers met in Luxembourg on Monday under their chairman, Greek "
        "Agriculture Minister Nikos Petrou.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1987, 6, 16),
    )
    assert all("LU" not in m.sides for m in found)


def test_talks_in_two_cities_of_one_state_are_two_occasions(meetings):
    found = meetings(
        "Serbian Foreign Minister Milan Jovic held talks with Greek Prime Minister Nikos Petrou in Athens. "
        "Jovic also held talks with Greek officials in Patras.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1996, 8, 26),
    )
    assert sorted(m.place for m in found) == ["Athens", "Patras"]


def test_a_city_the_tagger_calls_an_organisation_is_still_where_talks_were_held(meetings):
    (meeting,) = meetings(
        "Serbian Foreign Minister Milan Jovic held talks with Greek officials in Thessaloniki.",
        {"Milan Jovic": "RS"},
        published=dt.date(1996, 8, 26),
    )
    assert (meeting.place, meeting.place_country) == ("Thessaloniki", "GR")


def test_one_who_spoke_after_the_meeting_just_told_took_part_in_it(meetings):
    found = meetings(
        "BELGRADE, March 3 - Serbian leaders were cautious after a series of meetings with Greek envoy "
        "Nikos Petrou. The trade deficit was large. Petrou met parliamentary leaders. Serbian Speaker "
        'Milan Jovic said after the meeting, "We have heard promises before."',
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1987, 3, 3),
    )
    assert [m.participants for m in found] == [["Nikos Petrou", "Milan Jovic"]]


def test_a_meeting_a_sentence_places_abroad_is_the_talks_the_same_sentence_tells(run):
    (meeting,) = run(
        "Talks",
        "Israeli Foreign Minister Avi Shalev discussed the peace process with Palestinian and Soviet "
        "officials during a meeting of the committee in Rome.",
    ).meetings
    assert (meeting.sides, meeting.place) == (["IL", "PS", "SU"], "Rome")


def test_a_visit_in_a_when_clause_took_place_at_the_main_clauses_time(meetings):
    (meeting,) = meetings(
        "ATHENS, March 30 - Greek envoy Nikos Petrou spotted the danger last November when he visited "
        "Serbia.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1987, 3, 30),
    )
    assert (meeting.date_text, meeting.partial_date) == ("last November", dt.date(1986, 11, 1))


def test_a_visit_by_the_datelines_own_people_was_not_at_the_dateline(meetings):
    found = meetings(
        "ATHENS, March 30 - Nikos Petrou, head of the Greek business group SEV, spotted the danger when "
        "he visited the European Community.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1987, 3, 30),
    )
    assert all(m.place != "Athens" for m in found)


def test_a_meeting_on_the_eve_of_talks_still_to_come_was_the_day_before_them(meetings):
    found = meetings(
        "Serbian envoy Milan Jovic met Greek Prime Minister Nikos Petrou in Athens on the eve of talks in "
        "Brussels on Monday.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(2020, 8, 30),  # a Sunday
    )
    assert [(m.place, m.date) for m in found if m.status == "held"] == [("Athens", dt.date(2020, 8, 30))]


def test_meetings_at_ministries_of_no_stated_country_are_with_the_datelines_government(run):
    (meeting,) = run(
        "Lobbying tour",
        "ATHENS, March 16 - American soybean producers are confident the tax will fail, American Soybean "
        "Association (ASA) president-elect Dale Hansen said. After meetings at the Economics and Foreign "
        "ministries this morning, he said the Greek Government would vote against it.",
        published=dt.date(1987, 3, 16),
    ).meetings
    assert (meeting.participants, meeting.sides) == (["Dale Hansen"], ["GR", "US"])


def test_what_one_said_on_a_call_as_another_tells_it_was_said_to_the_teller(run):
    found = run(
        "Ties",
        "ATHENS, Oct 20 - Greek Prime Minister Nikos Petrou said the pact held, in a statement following "
        "a meeting with his advisers. Petrou said Serbian President Milan Jovic said in a telephone "
        "conversation on Tuesday morning that his top priority was stable relations with Greece.",
        published=dt.date(1987, 10, 20),
    ).meetings
    (meeting,) = [m for m in found if len(m.participants) == 2]
    assert (meeting.kind, sorted(meeting.participants)) == ("call", ["Milan Jovic", "Nikos Petrou"])
    assert "telephone conversation" in meeting.evidence


def test_the_president_of_a_central_bank_is_not_the_states_president(run):
    found = run(
        "Silver talks",
        "ATHENS, April 24 - Greek central bank head Nikos Petrou held private talks here yesterday with "
        "the president of the Serbian central bank. The talks followed Serbian President Milan Jovic's "
        "visit to Greece in March.",
        published=dt.date(1987, 4, 24),
    ).meetings
    talks = [m for m in found if m.kind == "talks"]
    assert [m.participants for m in talks] == [["Nikos Petrou"]]


def test_lunch_with_a_foreign_leader_is_a_meeting(run):
    (meeting,) = run(
        "Talks",
        "ATHENS, May 4 - Greek Prime Minister Nikos Petrou had lunch with Serbian President Milan Jovic on "
        "Monday.",
        published=dt.date(1996, 5, 4),
    ).meetings
    assert (meeting.participants, meeting.sides) == (["Nikos Petrou", "Milan Jovic"], ["GR", "RS"])


def test_summoning_a_foreign_ambassador_is_a_meeting_with_that_state(run):
    (meeting,) = run(
        "Protest",
        "ATHENS, May 4 - Greek Foreign Minister Nikos Petrou summoned the Serbian ambassador on Monday to "
        "protest.",
        published=dt.date(1996, 5, 4),
    ).meetings
    assert (meeting.participants, meeting.sides) == (["Nikos Petrou"], ["GR", "RS"])


def test_a_president_summoning_his_own_ambassador_for_consultations_is_no_meeting(run):
    extracted = run(
        "Arms talks",
        "WASHINGTON, March 3 - President Tom Harlan said he was summoning Ambassador Ron Pitt and the "
        "other top U.S. arms negotiators home for consultations later this week.",
        published=dt.date(1987, 3, 3),
    )
    assert extracted.meetings == []


def test_two_leaders_named_in_apposition_to_the_subject_met(run):
    (meeting,) = run(
        "Talks",
        "ATHENS, May 4 - The two leaders, Nikos Petrou of Greece and Milan Jovic of Serbia, met on Monday "
        "in Athens.",
        published=dt.date(1996, 5, 4),
    ).meetings
    assert sorted(meeting.participants) == ["Milan Jovic", "Nikos Petrou"]


def test_a_party_president_and_the_states_president_in_talks_are_two_sides(run):
    extracted = run(
        "Talks",
        "ATHENS, May 4 - Freedom Party president Nikos Petrou held talks with Greek President Milan Jovic "
        "on Monday.",
        published=dt.date(1990, 5, 4),
    )
    assert [m.participants for m in extracted.meetings] == [["Nikos Petrou", "Milan Jovic"]]


# round 16: a fresh draw of unseen articles


def test_a_visit_that_begins_on_the_day_of_the_story_is_under_way(meetings):
    (meeting,) = meetings(
        "ATHENS, March 20 - Unrest grew during the visit of Serbian President Milan Jovic, who arrives "
        "today for a four-day official visit.",
        {"Milan Jovic": "RS"},
        published=dt.date(1987, 3, 20),
    )
    assert (meeting.status, meeting.date) == ("held", dt.date(1987, 3, 20))


def test_a_meeting_later_on_the_day_of_the_story_is_still_to_come(meetings):
    (meeting,) = meetings(
        "ATHENS, March 20 - Greek Foreign Minister Nikos Petrou will meet Serbian Foreign Minister "
        "Milan Jovic later today.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1987, 3, 20),
    )
    assert meeting.status == "planned"


def test_a_meeting_with_asean_ministers_has_every_member_as_a_side(meetings):
    (meeting,) = meetings(
        "Greek Foreign Minister Nikos Petrou spoke after his meeting with Asean foreign ministers on "
        "Wednesday.",
        {"Nikos Petrou": "GR"},
        published=dt.date(2020, 9, 11),
    )
    assert meeting.sides == sorted(["GR", "BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"])


def test_a_groups_summit_has_the_members_of_its_time(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou attended the BRICS summit on Monday as a guest.",
        {"Nikos Petrou": "GR"},
        published=dt.date(2009, 6, 16),
    )
    assert meeting.sides == ["BR", "CN", "GR", "IN", "RU"]  # South Africa joined in 2010


def test_a_group_is_named_in_capitals_only():
    from extraction.lexicon.groups import group_members

    assert group_members("students met in the quad", 2020) == set()
    assert group_members("the Quad foreign ministers", 2020) == {"AU", "IN", "JP", "US"}
    assert "RU" in group_members("the G-8 summit", 2006)
    assert "RU" not in group_members("the G8 summit", 2015)
