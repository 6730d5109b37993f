"""Meetings recall on articles nobody tuned on (issue 10), each case on a short story written for the
test: the dateline after a byline, and encounters the parser splits."""

import datetime as dt

import pytest

from extraction.document import dateline_end, find_dateline


@pytest.mark.parametrize(
    "body",
    [
        "By Jane Smith\nBelgrade, March 3 - Serbian leaders met on Monday.",
        "By JANE SMITH, Associated Press Writer\nBELGRADE, Yugoslavia, March 3 (AP) - Serbian leaders met.",
        "Jane Smith\nAssociated Press Writer\nBELGRADE, Yugoslavia, March 3 (AP) _ Serbian leaders met.",
        "Jane Smith\nBELGRADE, March 3 (AP) -- Serbian leaders met.",
        # the CoNLL Reuters layout: a reporter's name, then place and ISO date on a line of their own
        "Jane Smith\nBELGRADE, Yugoslavia 1996-03-03\nSerbian leaders met.",
    ],
)
def test_a_dateline_after_a_byline_is_read_as_the_dateline(body):
    dateline = find_dateline(body)
    assert dateline.place == "Belgrade"
    assert dateline.date_text in {"March 3", "1996-03-03"}
    assert body[dateline_end(body) :].startswith("Serbian leaders met")


def test_a_first_line_that_is_a_sentence_is_no_byline():
    assert find_dateline("Serbian leaders met today in Belgrade.\nBELGRADE, March 3 - More.").start > 0
    assert dateline_end("Serbian leaders met today in Belgrade.\nBELGRADE, March 3 - More.") == 0


def test_a_meeting_after_a_byline_takes_the_datelines_day(meetings):
    (meeting,) = meetings(
        "By Jane Smith\nBelgrade, March 3 - Serbian President Milan Jovic met Greek Prime Minister "
        "Nikos Petrou on Monday.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
        published=dt.date(1999, 3, 4),
    )
    assert meeting.place == "Belgrade"
    assert meeting.date == dt.date(1999, 3, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Greek Prime Minister Nikos Petrou is said to have discussed the idea with Serbian President Milan Jovic.",
        "Greek Prime Minister Nikos Petrou is believed to have met Serbian President Milan Jovic in Athens.",
    ],
)
def test_a_perfect_infinitive_reports_a_meeting_held(meetings, sentence):
    (meeting,) = meetings(sentence, {"Milan Jovic": "RS", "Nikos Petrou": "GR"})
    assert meeting.status == "held"


def test_a_plain_infinitive_is_still_a_plan(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou is expected to meet Serbian President Milan Jovic in Athens.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
    )
    assert meeting.status == "planned"


def test_a_call_taken_for_a_purpose_a_past_act_served_was_held(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou broke off his speech to take a telephone call from Serbian "
        "President Milan Jovic.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
    )
    assert (meeting.kind, meeting.status) == ("call", "held")


def test_talks_an_agreement_was_reached_to_hold_are_a_plan(meetings):
    (meeting,) = meetings(
        "Serbian President Milan Jovic will hold talks with Greek Prime Minister Nikos Petrou as part of "
        "an agreement Serbia reached with Greece in June to hold talks.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
    )
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "In a meeting with Serbian President Milan Jovic on Monday, Greek Prime Minister Nikos Petrou urged more trade.",
        "Greek Prime Minister Nikos Petrou urged more trade in a meeting with Serbian President Milan Jovic on Monday.",
        "At talks with Serbian President Milan Jovic on Monday, Greek Prime Minister Nikos Petrou asked for more trade.",
    ],
)
def test_a_wish_said_at_a_meeting_does_not_undo_the_meeting(meetings, sentence):
    (meeting,) = meetings(sentence, {"Milan Jovic": "RS", "Nikos Petrou": "GR"})
    assert meeting.status == "held"


def test_a_wish_for_a_meeting_is_still_no_meeting(meetings):
    assert not meetings(
        "Greek Prime Minister Nikos Petrou urged talks with Serbian President Milan Jovic on Monday.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
    )


def test_the_people_listed_after_a_colon_are_the_participants(meetings):
    (meeting,) = meetings(
        "Three leaders met in Athens on Monday: Greek Prime Minister Nikos Petrou, Serbian President "
        "Milan Jovic and Italian Prime Minister Paolo Verdi.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS", "Paolo Verdi": "IT"},
    )
    assert sorted(meeting.participants) == ["Milan Jovic", "Nikos Petrou", "Paolo Verdi"]
    assert meeting.sides == ["GR", "IT", "RS"]


def test_a_colon_after_the_place_still_opens_the_list(meetings):
    (meeting,) = meetings(
        "Two leaders met in Rome: Italy's Paolo Verdi and Chile's Ana Soto. They discussed trade.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]


def test_a_named_subject_is_not_joined_by_the_people_after_a_colon(meetings):
    (meeting,) = meetings(
        "Paolo Verdi met Ana Soto in Rome on Monday: Milan Jovic was not invited.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL", "Milan Jovic": "RS"},
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]


def test_telling_someone_something_in_a_named_city_is_a_meeting(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou told Serbian President Milan Jovic in Belgrade last year that "
        "the border was not up for negotiation.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )
    assert (meeting.kind, meeting.place, meeting.sides) == ("meeting", "Belgrade", ["GR", "RS"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Greek Prime Minister Nikos Petrou told reporters in Belgrade that trade would grow.",
        "Greek Prime Minister Nikos Petrou told Serbian President Milan Jovic that trade would grow.",
        "Greek Prime Minister Nikos Petrou told Serbian President Milan Jovic in a letter that trade would grow.",
    ],
)
def test_telling_without_a_place_to_meet_in_is_no_meeting(meetings, sentence):
    assert not meetings(sentence, {"Nikos Petrou": "GR", "Milan Jovic": "RS"})


def test_two_named_people_discussing_something_together_met(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou and Serbian President Milan Jovic discussed trade on Monday.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )
    assert (meeting.kind, meeting.sides) == ("talks", ["GR", "RS"])


def test_one_person_discussing_a_topic_met_no_one(meetings):
    assert not meetings(
        "Greek Prime Minister Nikos Petrou discussed trade with reporters on Monday.",
        {"Nikos Petrou": "GR"},
    )


def test_having_met_twice_this_year_names_no_one_occasion(meetings):
    # the guide's own example: "The two presidents have met twice this year" is not listed
    assert not meetings(
        "Greek Prime Minister Nikos Petrou has met Serbian President Milan Jovic twice this year.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts say Petrou and Jovic have often sidelined their aides when they have met.",
        "Aides were left out, as they have been the times Petrou and Jovic have met.",
        "Petrou has convened regular virtual meetings with Jovic to coordinate aid.",
    ],
)
def test_meetings_told_as_a_habit_name_no_one_occasion(meetings, sentence):
    assert not meetings(
        f"Greek Prime Minister Nikos Petrou called Serbian President Milan Jovic a friend. {sentence}",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )


def test_the_person_a_visit_was_paid_to_took_part(meetings):
    (meeting,) = meetings(
        "Serbian President Milan Jovic paid a visit to Greek Prime Minister Nikos Petrou in Athens on Monday.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )
    assert sorted(meeting.participants) == ["Milan Jovic", "Nikos Petrou"]
    assert meeting.kind == "visit"


@pytest.mark.parametrize(
    "sentence",
    [
        "Greek Prime Minister Nikos Petrou visited several Balkan countries, including Serbia, last month.",
        "Greek Prime Minister Nikos Petrou visited Balkan nations such as Serbia last month.",
    ],
)
def test_a_country_named_among_the_places_visited_is_a_side(meetings, sentence):
    (meeting,) = meetings(sentence, {"Nikos Petrou": "GR"}, published=dt.date(2021, 6, 10))
    assert (meeting.kind, meeting.sides, meeting.place_country) == ("visit", ["GR", "RS"], "RS")


def test_the_capitalised_title_of_the_story_s_leader_speaking_at_a_summit_takes_part(meetings):
    (meeting,) = meetings(
        "Greek Prime Minister Nikos Petrou said trade must go on. The Prime Minister was speaking at the "
        "regional summit, which included leaders of Serbia, Albania and Bulgaria.",
        {"Nikos Petrou": "GR"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.participants == ["Nikos Petrou"]
    assert meeting.sides == ["AL", "BG", "GR", "RS"]


def test_a_venue_hung_from_a_party_of_a_meeting_between_two_gives_the_place(meetings):
    # the parser hangs "at Tegel Airport" from Obama, not from the meeting
    (meeting,) = meetings(
        "They spoke again during a final meeting between Obama and Merkel at Tegel Airport in Berlin "
        "minutes before the plane left.",
        {"Barack Obama": "US", "Angela Merkel": "DE"},
        published=dt.date(2013, 6, 20),
    )
    assert meeting.place_country == "DE"


def test_a_place_alone_on_the_first_line_is_no_dateline():
    assert find_dateline("WASHINGTON\nThe president said so.").place == ""


def test_a_headline_and_the_lead_that_give_one_person_two_countries_report_one_meeting(meetings):
    (meeting,) = meetings(
        "ROME, Aug 31 - Italian Foreign Minister Paolo Verdi on Saturday met former Tanzanian president "
        "Joseph Mwangosi, the negotiator for Burundi.",
        {"Paolo Verdi": "IT", "Joseph Mwangosi": "TZ"},
        title="Italy's Verdi meets Burundi negotiator Mwangosi",
        published=dt.date(1996, 8, 31),
    )
    assert meeting.sides == ["IT", "TZ"]
    # the body's sentence, not the headline's shorthand, and without the dateline
    assert meeting.evidence.startswith("Italian Foreign Minister Paolo Verdi on Saturday met")


def test_a_meeting_told_later_without_a_day_takes_the_day_the_lead_gives_its_participant(meetings):
    (meeting,) = meetings(
        "ATHENS - Trade must go on, said Greek Prime Minister Nikos Petrou on Tuesday.\n"
        "He warned of a slump. Later he held talks with Serbian President Milan Jovic.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.date, meeting.date_text) == (dt.date(2021, 6, 8), "on Tuesday")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nikos Petrou welcomed the announcement of his visit to Belgrade.",
        "Officials returned to Athens in preparation for Nikos Petrou's visit to Belgrade, April 29 to May 5.",
        "Nikos Petrou said his visit to Belgrade next week would help trade.",
    ],
)
def test_a_visit_whose_own_time_lies_ahead_is_planned(meetings, sentence):
    (meeting,) = meetings(sentence, {"Nikos Petrou": "GR"})
    assert meeting.status == "planned"


def test_talk_of_a_deal_is_no_talks(meetings):
    found = meetings(
        "Wheat sales were up.", {"Nikos Petrou": "GR"}, title="Nikos Petrou trip fuels talk of wheat offer"
    )
    assert found == []


def test_a_time_phrase_the_parser_hangs_from_the_verb_still_puts_the_visit_ahead(nlp):
    from extraction.meetings.status import _time_ahead

    doc = nlp("Markets are calm in the run-up to Nikos Petrou's visit later this month to Belgrade.")
    assert _time_ahead(next(t for t in doc if t.text == "visit"))


def test_discussing_a_subject_with_a_states_officials_is_an_encounter_with_that_state(meetings):
    (meeting,) = meetings(
        "Israeli Foreign Minister Avi Shalev discussed the Middle East with Palestinian and Soviet "
        "officials at a committee meeting in Rome.",
        {"Avi Shalev": "IL"},
    )
    assert meeting.sides == ["IL", "PS", "SU"]
    assert meeting.place == "Rome"


def test_here_in_a_digest_is_the_city_of_its_own_storys_dateline(meetings):
    (meeting,) = meetings(
        "WASHINGTON - Markets fell today.\nROME - Israeli Foreign Minister Avi Shalev met Palestinian "
        "officials here.\nCAIRO - Egypt said nothing.",
        {"Avi Shalev": "IL"},
    )
    assert (meeting.place, meeting.place_country) == ("Rome", "IT")


def test_the_counterparts_met_separately_each_bring_only_their_own_state(meetings):
    found = meetings(
        "British Prime Minister Tom Grant held separate talks with his Israeli counterpart, Avi Shalev, "
        "and the Palestinian leader, Omar Nasser.",
        {"Tom Grant": "GB", "Avi Shalev": "IL", "Omar Nasser": "PS"},
    )
    assert sorted((m.participants, m.sides) for m in found) == [
        (["Tom Grant", "Avi Shalev"], ["GB", "IL"]),
        (["Tom Grant", "Omar Nasser"], ["GB", "PS"]),
    ]


def test_a_summit_with_leaders_of_several_states_stays_one_occasion(meetings):
    found = meetings(
        "British Prime Minister Tom Grant attended a summit with Israeli Prime Minister Avi Shalev and "
        "Palestinian leader Omar Nasser.",
        {"Tom Grant": "GB", "Avi Shalev": "IL", "Omar Nasser": "PS"},
    )
    assert [m.sides for m in found] == [["GB", "IL", "PS"]]


def test_talks_scheduled_for_days_ahead_are_planned_and_not_placed_at_the_dateline(meetings):
    (meeting,) = meetings(
        "TOKYO, April 20 - Two rounds of talks between President Tom Grant and Japanese Prime Minister "
        "Taro Kato, scheduled for Thursday and Friday, come after the tariffs.",
        {"Tom Grant": "US", "Taro Kato": "JP"},
        published=dt.date(1987, 4, 20),
    )
    assert (meeting.status, meeting.place) == ("planned", None)


def test_nameless_words_of_the_same_sentence_tell_how_the_occasion_was_held_and_who_took_part(meetings):
    found = meetings(
        "MOSCOW, Nov. 18 - Russian President Ivan Orlov spoke on Tuesday. Orlov said this during the 12th "
        "BRICS summit hosted by Russia via video conference, which brought together the member countries "
        "of Brazil, Russia, India, China and South Africa. He recalled the BRICS summit in Johannesburg.",
        {"Ivan Orlov": "RU"},
        published=dt.date(2020, 11, 18),
    )
    held = [m for m in found if m.participants == ["Ivan Orlov"] and m.kind == "video"]
    assert [(m.sides, m.place) for m in held] == [(["BR", "CN", "IN", "RU", "ZA"], None)]


def test_a_summit_attended_in_a_past_clause_of_time_is_held_whatever_the_main_clause_plans(meetings):
    found = meetings(
        "The meeting was arranged at short notice after President Tom Grant invited Kim in a message "
        "on Saturday, while he was attending the Group of 20 summit in Japan.",
        {"Tom Grant": "US"},
    )
    assert [(m.status, m.place_country) for m in found] == [("held", "JP")]


def test_a_summit_attended_via_video_link_of_a_bloc_that_groups_states_has_them_as_sides(meetings):
    found = meetings(
        "BEIJING, Nov. 17 - Chinese President Li Ming attends the 12th BRICS summit via video link in "
        "Beijing. The virtual summit of the emerging-market bloc that groups Brazil, Russia, India, China "
        "and South Africa was convened as the pandemic continues.",
        {"Li Ming": "CN"},
    )
    assert [(m.kind, m.sides, m.place) for m in found] == [("video", ["BR", "CN", "IN", "RU", "ZA"], None)]


def test_a_tour_which_includes_other_countries_gives_the_visit_no_such_sides(meetings):
    found = meetings(
        "BUENOS AIRES, March 16 - West German President Karl Weber arrived for a four-day visit, opening a "
        "Latin American tour which includes Bolivia and Guatemala.",
        {"Karl Weber": "DE"},
    )
    assert all("BO" not in m.sides for m in found)


def test_words_quoted_as_told_to_a_foreign_official_are_an_encounter(run):
    result = run(
        "Trade",
        'TOKYO - "We have come to seek open markets," U.S. Senator Jake Gorn told Japanese Prime Minister '
        "Taro Kato.",
    )
    assert [m.sides for m in result.meetings] == [["JP", "US"]]


def test_words_quoted_as_told_to_the_minister_the_story_names_are_an_encounter_where_he_was(run):
    result = run(
        "Embargo",
        "Dutch Foreign Minister Pieter de Wit defended the plan on Friday. When he was in Oslo this week, "
        'Norwegian Foreign Minister Lars Dahl told the Dutch minister that the plan was "a worry".',
    )
    (meeting,) = result.meetings
    assert meeting.participants == ["Lars Dahl", "Pieter de Wit"]
    assert (meeting.place, meeting.place_country) == ("Oslo", "NO")


def test_the_minister_told_is_no_one_when_the_story_names_no_minister_of_that_country(run):
    result = run(
        "Embargo",
        'Norwegian Foreign Minister Lars Dahl told the Dutch minister that the plan was "a worry".',
    )
    assert [m.participants for m in result.meetings] in ([], [["Lars Dahl"]])


def test_quoted_as_telling_a_visiting_group_from_a_country_is_an_encounter_with_it(run):
    result = run(
        "Strait",
        "State media quoted China's chief negotiator, Deng Haolin, as telling a visiting group from "
        "Taiwan on Wednesday that it was time for political talks.",
    )
    assert [(m.participants, m.sides) for m in result.meetings] == [(["Deng Haolin"], ["CN", "TW"])]


def test_telling_a_group_that_is_not_visiting_is_no_encounter(run):
    result = run(
        "Strait",
        "State media quoted China's chief negotiator, Deng Haolin, as telling a group of students "
        "from Taiwan on Wednesday that it was time for political talks.",
    )
    assert result.meetings == []


def test_words_told_in_a_letter_are_no_encounter(meetings):
    found = meetings(
        '"We want open markets," Senator Jake Gorn told Prime Minister Taro Kato in a letter.',
        {"Jake Gorn": "US", "Taro Kato": "JP"},
    )
    assert found == []


def test_a_commentator_pointing_to_a_summit_took_no_part_in_it(meetings):
    found = meetings(
        "Russian President Ivan Orlov met U.S. President Tom Grant in Hamburg in 2017. Analyst Ann Stone "
        "said so on Monday, pointing to the leaders' first summit in Hamburg.",
        {"Ivan Orlov": "RU", "Tom Grant": "US", "Ann Stone": "US"},
    )
    assert all("Ann Stone" not in m.participants for m in found)


def test_the_one_blamed_for_visiting_is_the_one_who_visited(meetings):
    found = meetings(
        "In Germany, Chinese Foreign Minister Li Wen was reprimanded over threatening a Czech politician "
        "for visiting Taiwan.",
        {"Li Wen": "CN"},
    )
    assert all("TW" not in m.sides for m in found)


def test_obstructing_talks_is_not_holding_them(meetings):
    found = meetings(
        "Polish banker Jan Nowak held talks in Washington with the IMF. One official blamed Washington for "
        "obstructing talks with the World Bank.",
        {"Jan Nowak": "PL"},
    )
    assert [m.sides for m in found] == [["PL"]]


def test_an_official_present_in_another_states_city_is_on_a_visit_there(run):
    result = run(
        "Iran seeks help",
        "BAHRAIN - Iranian Prime Minister Ali Karimi is currently in Damascus, and diplomats said he would "
        "seek Syrian help.",
    )
    assert [(m.kind, m.sides, m.place) for m in result.meetings] == [("visit", ["IR", "SY"], "Damascus")]


def test_an_arrival_for_talks_told_in_the_same_sentence_is_no_visit_of_its_own(run):
    result = run(
        "Talks",
        "ROME - Former Tanzanian president Julius Mkapa arrived in Rome this week on a private visit and "
        "held talks with the U.S. special envoy to Burundi, Howard Wolfe.",
    )
    assert [m.kind for m in result.meetings] == ["talks"]


def test_a_participant_of_a_guessed_country_met_in_another_states_city_is_the_host(run):
    result = run(
        "Specter in Saudi Arabia",
        "DUBAI 1996-08-26\nU.S. Senate Intelligence Committee chairman Arlen Specter met officials. Specter "
        "met Crown Prince Abdullah and Prince Sultan in Jeddah, Saudi state television reported.",
    )
    held = [m for m in result.meetings if "Abdullah" in m.participants]
    assert [m.sides for m in held] == [["SA", "US"]]


def test_a_full_date_set_off_at_the_sentences_end_dates_what_it_shows(meetings):
    found = meetings(
        "Chinese President Li Ming attends the BRICS summit via video link in Beijing, capital of China, "
        "Nov. 17, 2020. The virtual summit of the bloc that groups Brazil, Russia, India, China and South "
        "Africa was convened as the pandemic continues.",
        {"Li Ming": "CN"},
        published=dt.date(2020, 11, 18),
    )
    assert [m.date for m in found] == [dt.date(2020, 11, 17)]


def test_a_meeting_during_the_subjects_own_visit_was_abroad_not_at_the_dateline(meetings):
    found = meetings(
        "TOKYO, April 27 - Former Foreign Minister Taro Kato returned. Kato met President Tom Grant and "
        "U.S. Congressional leaders during his visit.",
        {"Taro Kato": "JP", "Tom Grant": "US"},
    )
    assert [(m.place, m.place_country) for m in found] == [(None, "US")]


def test_a_meeting_of_one_states_people_is_no_part_of_one_of_them_visiting_abroad(meetings):
    found = meetings(
        "TOKYO, April 1 - Prime Minister Taro Kato will visit Washington at the end of April. Ambassador "
        "Jiro Sato made the recommendation at a meeting with Kato, Kyodo said.",
        {"Taro Kato": "JP", "Jiro Sato": "JP"},
    )
    assert all("Jiro Sato" not in m.participants for m in found)


def test_the_host_a_visitor_will_meet_abroad_is_of_the_state_visited_in_that_meeting(run):
    result = run(
        "Specter to visit Saudi Arabia",
        "DUBAI 1996-08-26\nU.S. Senate Intelligence Committee chairman Arlen Specter arrived on Sunday. "
        "Specter will meet Crown Prince Abdullah and Prince Sultan in Jeddah next week.",
    )
    held = [m for m in result.meetings if "Abdullah" in m.participants]
    assert [m.sides for m in held] == [["SA", "US"]]


def test_he_in_a_clause_of_time_under_a_passive_is_the_one_person_it_names(meetings):
    (meeting,) = meetings(
        "Officials said the position was made clear to Turkey's ambassador Cem Aydin when he met Greek "
        "Deputy Minister Nikos Petrou last week.",
        {"Cem Aydin": "TR", "Nikos Petrou": "GR"},
    )
    assert sorted(meeting.participants) == ["Cem Aydin", "Nikos Petrou"]


def test_their_after_two_people_joined_by_and_is_those_two(meetings):
    (meeting,) = meetings(
        "The move matched the statement made by Greek Finance Minister Nikos Petrou and Serbian "
        "Finance Minister Milan Jovic after their January 21 consultations.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1999, 1, 29),
    )
    assert sorted(meeting.participants) == ["Milan Jovic", "Nikos Petrou"]
    assert meeting.date == dt.date(1999, 1, 21)


def test_their_never_reaches_back_to_the_sentence_before(meetings):
    assert not meetings(
        "Greek Prime Minister Nikos Petrou and Serbian President Milan Jovic spoke on Monday. Trade "
        "between Athens and Belgrade has stalled since their summit broke up.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )


def test_talks_that_a_briefing_followed_had_the_one_who_briefed_in_them(meetings):
    (meeting,) = meetings(
        'Greek Trade Minister Eleni Petrou spoke. "We made progress," she told reporters at a briefing '
        "following informal talks with the U.S. and Japanese trade ministers.",
        {"Eleni Petrou": "GR"},
    )
    assert meeting.participants == ["Eleni Petrou"]
    assert meeting.sides == ["GR", "JP", "US"]


def test_unnamed_officials_arriving_abroad_take_the_heads_of_their_delegations(meetings):
    (meeting,) = meetings(
        "ATHENS (REUTERS) - Senior Serbian and Croatian officials landed in Greece on Monday on a trip "
        "to sign a pact.\nThe visit was planned for weeks, aides said.\nMilan Jovic heads the Serbian "
        "delegation. The Croatian team is led by Ivo Kovac.",
        {"Milan Jovic": None, "Ivo Kovac": None},
        published=dt.date(2020, 8, 31),
    )
    assert sorted(meeting.participants) == ["Ivo Kovac", "Milan Jovic"]
    assert meeting.sides == ["GR", "HR", "RS"]
    assert (meeting.place_country, meeting.date) == ("GR", dt.date(2020, 8, 31))


def test_unnamed_officials_arriving_with_no_one_said_to_lead_them_name_no_meeting(meetings):
    assert not meetings(
        "Senior Serbian officials landed in Greece on Monday. Milan Jovic said the talks would help.",
        {"Milan Jovic": "RS"},
    )


def test_the_envoy_one_met_is_the_ambassador_the_story_names(run):
    result = run(
        "Envoy reports",
        "TOKYO, March 31 - Ambassador Jiro Sato made the recommendation to Prime Minister Taro Kato, "
        "Kyodo said. Kato told reporters after meeting the envoy that he agreed.",
        published=dt.date(1987, 3, 31),
    )
    assert not result.meetings


def test_a_city_that_names_the_talks_is_where_they_were_held(meetings):
    found = meetings(
        "Greek Finance Minister Nikos Petrou attended the Geneva talks with Serbian officials on Monday. "
        "Serbian President Milan Jovic praised the Athens-Belgrade talks.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )
    (geneva,) = [m for m in found if "Nikos Petrou" in m.participants]
    assert (geneva.place, geneva.place_country) == ("Geneva", "CH")
    assert all(m.place is None for m in found if "Milan Jovic" in m.participants)


def test_a_summit_in_a_seat_of_international_bodies_has_no_host_state(meetings):
    assert not meetings(
        "Leaving a Brussels summit, Greek Prime Minister Nikos Petrou said the deal was fair.",
        {"Nikos Petrou": "GR"},
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The move was a gesture in advance of his meeting with Jovic on April 5-6 in Athens.",
        "Petrou spoke on the eve of his meeting with Jovic in Athens.",
        "Petrou spoke ahead of his meeting with Jovic in Athens.",
        "Petrou and Jovic hope to agree on trade during their meeting later in the week.",
    ],
)
def test_a_meeting_still_ahead_of_the_story_is_planned(meetings, sentence):
    found = meetings(
        f"ATHENS, March 20 - Greek Prime Minister Nikos Petrou met aides. {sentence}",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1987, 3, 20),
    )
    assert [m.status for m in found if "Milan Jovic" in m.participants] == ["planned"]


def test_a_day_after_the_last_of_the_listed_parties_dates_their_meeting(meetings):
    (meeting,) = meetings(
        "Both countries agreed to explore the increase of air links between them as part of the fast lane, "
        "following a video conference meeting between Mr Lim Wee Kiong, Permanent Secretary of "
        "Singapore's MFA, and China's Vice-Foreign Minister Zhao Zhaohui on Thursday (May 28).",
        {"Lim Wee Kiong": "SG", "Zhao Zhaohui": "CN"},
        published=dt.date(2020, 5, 30),
    )
    assert meeting.date == dt.date(2020, 5, 28)


def test_a_trip_to_a_capital_is_a_visit_to_its_hosts(meetings):
    (meeting,) = meetings(
        "Greek Energy Minister Nikos Petrou discussed the pipeline during a trip to Belgrade last year.",
        {"Nikos Petrou": "GR"},
    )
    assert (meeting.kind, meeting.sides, meeting.place) == ("visit", ["GR", "RS"], "Belgrade")


def test_the_city_a_visitor_leaves_at_the_end_of_a_visit_is_where_it_was(meetings):
    (meeting,) = meetings(
        "Greek Energy Minister Nikos Petrou repeated the warning before leaving Belgrade yesterday at the "
        "end of a four-day visit.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1987, 4, 9),
    )
    assert (meeting.place, meeting.place_country) == ("Belgrade", "YU")  # in 1987
    assert meeting.date == dt.date(1987, 4, 5)  # the first of the four days that ended yesterday


def test_a_visitor_from_elsewhere_with_no_destination_visits_the_dateline_city(meetings):
    (meeting,) = meetings(
        "ATHENS, April 24 - Aides met on Friday, paving the way for the April 29-May 2 visit of Serbian "
        "President Milan Jovic.",
        {"Milan Jovic": "YU"},
        published=dt.date(1987, 4, 24),
    )
    assert (meeting.participants, meeting.sides) == (["Milan Jovic"], ["GR", "YU"])
    assert (meeting.status, meeting.place, meeting.date) == ("planned", "Athens", dt.date(1987, 4, 29))


def test_what_waits_until_a_visit_puts_the_visit_ahead(meetings):
    (meeting,) = meetings(
        "ATHENS, April 24 - Greek lawmakers are withholding judgment until Jovic's visit.",
        {"Milan Jovic": "RS"},
        published=dt.date(1987, 4, 24),
    )
    assert meeting.status == "planned"


def test_a_named_member_of_the_group_met_takes_part_even_when_the_parse_hangs_him_deeper(meetings):
    (meeting,) = meetings(
        "Greek envoy Nikos Petrou also met Serbian leaders pressing for a tough trade bill, including "
        "Senator Milan Jovic, a Belgrade liberal.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
    )
    assert meeting.participants == ["Nikos Petrou", "Milan Jovic"]


def test_an_official_who_travels_to_a_country_this_evening_plans_a_visit_there(run):
    result = run(
        "Greek minister in Athens",
        "ATHENS, March 4 - Greek Finance Minister Nikos Petrou met aides. Petrou, who travels to Italy "
        "this evening, said it was unclear if he would go to Japan on Friday.",
        published=dt.date(1987, 3, 4),
    )
    (italy,) = [m for m in result.meetings if "IT" in m.sides]
    assert (italy.kind, italy.status, italy.sides) == ("visit", "planned", ["GR", "IT"])
    assert italy.date == dt.date(1987, 3, 4)


def test_the_one_set_off_as_here_on_a_visit_is_the_visitor_to_the_dateline_city(meetings):
    (meeting,) = meetings(
        "ATHENS, Oct 19 - Serbian foreign minister Milan Jovic, here on a two-day official visit, "
        "informed Greek foreign ministry officials on Monday on the tense situation, sources said.",
        {"Milan Jovic": "RS"},
        published=dt.date(2021, 10, 19),
    )
    assert (meeting.participants, meeting.sides, meeting.place) == (["Milan Jovic"], ["GR", "RS"], "Athens")


def test_a_surname_the_tagger_left_untagged_is_still_its_one_owner(run):
    result = run(
        "JORDAN'S KING ZAYAN VISITS BRITAIN THIS WEEK",
        "LONDON, March 22 - King Zayan of Jordan begins a four-day state visit on Tuesday which will "
        "focus on trade.\nBritish officials said King Zayan may ask Britain to restore diplomatic "
        "relations with Syria.",
        published=dt.date(1987, 3, 22),
    )
    assert [(m.participants, m.status, m.date) for m in result.meetings] == [
        (["Zayan"], "planned", dt.date(1987, 3, 24))
    ]


def test_belgrade_between_the_break_up_and_2003_is_yugoslavia_where_a_meeting_was_held(meetings):
    (meeting,) = meetings(
        "U.S. envoy Dana Reeve met Serbian President Milan Jovic in Belgrade on Thursday.",
        {"Dana Reeve": "US", "Milan Jovic": "RS"},
        published=dt.date(1996, 8, 29),
    )
    assert (meeting.sides, meeting.place_country) == (["RS", "US"], "YU")


def test_an_official_who_was_here_visited_the_dateline_city_some_time_before(run):
    result = run(
        "Trade offer",
        "ATHENS, June 2 - The offer was more than was talked about when Serbian Prime Minister Milan "
        "Jovic was here, the official said.",
        published=dt.date(2021, 6, 2),
    )
    (visit,) = result.meetings
    assert (visit.sides, visit.status, visit.place, visit.date) == (["GR", "RS"], "held", "Athens", None)


def test_a_quoted_speakers_here_is_not_the_dateline_city(run):
    result = run(
        "Trade offer",
        'ATHENS, June 2 - "It is more than was talked about when Serbian Prime Minister Milan Jovic was '
        'here," said the minister, speaking from Rome.',
        published=dt.date(2021, 6, 2),
    )
    assert not result.meetings


def test_what_had_just_happened_when_it_was_told_is_dated_by_the_telling(meetings):
    (call,) = meetings(
        "Before departing for Rome on Friday afternoon, the envoy revealed that Serbian President Milan "
        "Jovic and Greek Prime Minister Nikos Petrou had just spoken by telephone.",
        {"Milan Jovic": "RS", "Nikos Petrou": "GR"},
        published=dt.date(2013, 3, 22),
    )
    assert (call.kind, call.date) == ("call", dt.date(2013, 3, 22))


def test_the_visiting_group_is_its_member_named_last_not_the_last_host(meetings):
    found = meetings(
        'ATHENS, April 13 - "We have come to seek open markets," U.S. Senator Dana Reeve told Greek '
        "Prime Minister Nikos Petrou. Petrou replied that some problems exist.\nIn separate talks with "
        "Finance Minister Eleni Kosta, the U.S. group also urged Greece to open its bond market.",
        {"Dana Reeve": "US", "Nikos Petrou": "GR", "Eleni Kosta": "GR"},
        published=dt.date(1987, 4, 13),
    )
    (kosta,) = [m for m in found if "Eleni Kosta" in m.participants]
    assert (sorted(kosta.participants), kosta.sides) == (["Dana Reeve", "Eleni Kosta"], ["GR", "US"])


def test_a_visit_another_encounter_was_wanted_during_took_place(meetings):
    (visit,) = meetings(
        "Greek Prime Minister Nikos Petrou had wanted to meet the bishop during the prime minister's "
        "official visit to Serbia last month, but the bishop was too busy.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1996, 12, 6),
    )
    assert (visit.kind, visit.status, visit.sides) == ("visit", "held", ["GR", "RS"])


def test_his_visit_is_the_visitors_whoever_the_clause_says_acted(meetings):
    found = meetings(
        "Greek Prime Minister Nikos Petrou is expected to canvass support for the idea, first proposed "
        "by Greek Farm Minister Eleni Kosta, during his two-day visit to Belgrade.",
        {"Nikos Petrou": "GR", "Eleni Kosta": "GR"},
        published=dt.date(2021, 3, 31),
    )
    assert all("Eleni Kosta" not in m.participants for m in found)


def test_a_time_inside_what_a_visit_follows_is_not_the_visits(meetings):
    (visit,) = meetings(
        "ATHENS, March 3 - Serbian Finance Minister Milan Jovic's trip follows the decision by Serbia "
        "10 days ago to suspend interest payments.",
        {"Milan Jovic": "RS"},
        published=dt.date(2021, 3, 3),
    )
    assert visit.date_text != "10 days ago"


def test_a_setting_set_off_after_a_reported_clause_is_the_tellings(meetings):
    (call,) = meetings(
        "Greek Prime Minister Nikos Petrou warned Serbian President Milan Jovic on Tuesday that Greece "
        "and its allies would impose strong measures if Serbia closed the border, during a video call "
        "that lasted two hours.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(2021, 12, 8),
    )
    assert (call.participants, call.kind, call.status) == (["Nikos Petrou", "Milan Jovic"], "video", "held")
    assert call.date == dt.date(2021, 12, 7)


def test_the_two_sides_are_states_not_the_two_people_just_named(meetings):
    found = meetings(
        "Greek Foreign Minister Nikos Petrou said the message sent to Serbian President Milan Jovic was "
        "clear. Peace talks between the two sides were last held in February.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1996, 8, 22),
    )
    assert not any(m.participants == ["Nikos Petrou", "Milan Jovic"] for m in found)


def test_a_trip_told_with_no_time_is_the_timed_plan_of_the_same_traveller_there(meetings):
    (meeting,) = meetings(
        "Greek Foreign Minister Nikos Petrou, who will hold talks in Belgrade on Thursday, said the "
        "border deal was fair. Mr Petrou's Serbia trip is part of regular high-level meetings.",
        {"Nikos Petrou": "GR"},
        published=dt.date(2021, 3, 1),
    )
    assert (meeting.status, meeting.place, meeting.sides) == ("planned", "Belgrade", ["GR", "RS"])


def test_an_occasion_told_with_its_time_then_named_in_the_next_sentence_is_one(meetings):
    found = meetings(
        "Greek and Serbian military commanders finally met on the border on Tuesday for delayed talks.\n"
        "The Greek army commander, General Nikos Petrou, arrived at the village for discussions with "
        "Serbian chief-of-staff Milan Jovic.\nGreek envoy Eleni Kosta held talks with Albanian officials "
        "in Tirana on Sunday.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS", "Eleni Kosta": "GR"},
        published=dt.date(1996, 8, 27),
    )
    (talks,) = [m for m in found if "Milan Jovic" in m.participants]
    assert (talks.participants, talks.date) == (["Nikos Petrou", "Milan Jovic"], dt.date(1996, 8, 27))


def test_an_ambassador_to_a_capital_speaks_for_his_own_country(meetings):
    found = meetings(
        "He was speaking to reporters after talks with Greek Ambassador to Belgrade Nikos Petrou, who "
        "arrived last night from a meeting with Serbian Premier Milan Jovic.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1996, 8, 27),
    )
    (meeting,) = [m for m in found if "Milan Jovic" in m.participants]
    assert meeting.sides == ["GR", "RS"]


def test_a_digest_story_meeting_in_its_own_dateline_city_is_dated_by_the_digest(meetings):
    found = meetings(
        "ROME - Italian police arrested two men.\nATHENS - The border is open, Greek Foreign Minister "
        "Nikos Petrou said after talks with Serbian Premier Milan Jovic.\nMADRID - Spain's jobless rate fell.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        title="WORLD NEWS HIGHLIGHTS",
        published=dt.date(1987, 4, 7),
    )
    (talks,) = found
    assert (talks.place, talks.date) == ("Athens", dt.date(1987, 4, 7))


def test_a_named_post_after_the_title_is_the_person_addressed(meetings):
    found = meetings(
        "Serbian Premier Milan Jovic spoke after talks with Greek Ambassador to Belgrade Nikos Petrou.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1996, 8, 27),
    )
    assert [m.participants for m in found] == [["Milan Jovic", "Nikos Petrou"]]


def test_a_premier_briefed_by_his_own_ambassador_is_no_meeting(run):
    extracted = run(
        "Greek envoy reports",
        "ATHENS, March 30 - Greek Prime Minister Nikos Petrou said the row was easing. He was speaking "
        "after talks with Greek Ambassador to Belgrade Eleni Kosta.",
        published=dt.date(1987, 3, 30),
    )
    assert extracted.meetings == []


def test_talks_that_name_no_one_add_no_side_to_talks_between_named_countrymen(meetings):
    found = meetings(
        "Greece and Serbia were moving towards talks on the border, Greek Premier Nikos Petrou said.\n"
        "He spoke after talks with Greek opposition leader Eleni Kosta.",
        {"Nikos Petrou": "GR", "Eleni Kosta": "GR"},
        published=dt.date(1987, 3, 30),
    )
    assert all(m.sides == ["GR"] for m in found)


def test_a_trip_that_took_its_traveller_to_three_capitals_is_a_visit_to_each(meetings):
    found = meetings(
        "Greek Finance Minister Nikos Petrou said his trip, which has already taken him to London, Paris "
        "and Bonn, was aimed at explaining his country's stance.",
        {"Nikos Petrou": "GR"},
        published=dt.date(1987, 3, 4),
    )
    assert sorted(m.place for m in found) == ["Bonn", "London", "Paris"]


def test_a_meeting_of_two_states_told_from_the_eus_seat_was_held_there(meetings):
    (meeting,) = meetings(
        "BRUSSELS, June 29 - A Greek-Serbian meeting on the sidelines of a summit of EC leaders failed "
        "to unblock the talks. The meeting was attended by Greek Premier Nikos Petrou and Serbian "
        "President Milan Jovic.",
        {"Nikos Petrou": "GR", "Milan Jovic": "RS"},
        published=dt.date(1987, 6, 29),
    )
    assert (meeting.place, meeting.date) == ("Brussels", dt.date(1987, 6, 29))
