"""Meeting patterns read from articles nobody tuned on (issue 10), each on a short story written for
the test. People are given (names, countries), so these exercise `find_meetings` alone."""

import datetime as dt


def test_an_opposition_leaders_talks_with_the_prime_minister_are_a_meeting(meetings):
    (meeting,) = meetings(
        "Opposition leader Ravi Das held talks with Prime Minister Meena Rao in Delhi on Friday.",
        {"Ravi Das": "IN", "Meena Rao": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.participants == ["Ravi Das", "Meena Rao"]
    assert meeting.sides == ["IN"]
    assert meeting.date == dt.date(2021, 6, 4)


def test_talks_attended_by_two_ministers_in_the_passive_name_both(meetings):
    (meeting,) = meetings(
        "The talks in Rome on Monday were attended by Italian Foreign Minister Paolo Verdi and "
        "Chilean President Ana Soto.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert sorted(meeting.participants) == ["Ana Soto", "Paolo Verdi"]
    assert (meeting.kind, meeting.place) == ("talks", "Rome")


def test_a_meeting_attended_by_ministers_and_by_named_leaders_names_each_by(meetings):
    (meeting,) = meetings(
        "The meeting was attended by farm ministers from both countries and by Italian President "
        "Paolo Verdi, his Prime Minister Luca Neri, and by Chilean President Ana Soto.",
        {"Paolo Verdi": "IT", "Luca Neri": "IT", "Ana Soto": "CL"},
    )
    assert meeting.participants == ["Paolo Verdi", "Luca Neri", "Ana Soto"]
    assert meeting.sides == ["CL", "IT"]


def test_also_attending_the_summit_were_adds_the_list_to_the_summit(meetings):
    (summit,) = meetings(
        "Indonesian President Budi Santoso chaired the regional summit in Jakarta on Tuesday. Also "
        "attending the summit were Thai Prime Minister Somchai Wong and Malaysian Prime Minister Ahmad Razak.",
        {"Budi Santoso": "ID", "Somchai Wong": "TH", "Ahmad Razak": "MY"},
    )
    assert sorted(summit.participants) == ["Ahmad Razak", "Budi Santoso", "Somchai Wong"]
    assert summit.sides == ["ID", "MY", "TH"]


def test_the_meeting_in_the_next_sentence_is_the_one_just_told(meetings):
    (meeting,) = meetings(
        "Italian Prime Minister Paolo Verdi held a meeting in Rome on Monday. The meeting was also "
        "attended by Chilean President Ana Soto.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert meeting.participants == ["Paolo Verdi", "Ana Soto"]
    assert meeting.sides == ["CL", "IT"]


def test_a_meeting_sentences_away_with_other_people_is_another_occasion(meetings):
    found = meetings(
        "Italian Prime Minister Paolo Verdi met Peruvian President Luis Rojas in Rome on Monday. Trade "
        "was discussed. Exports grew last year. The meeting with Chilean President Ana Soto on Friday "
        "was shorter.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL", "Luis Rojas": "PE"},
    )
    assert ["Paolo Verdi", "Luis Rojas"] in [m.participants for m in found]


def test_met_visiting_minister_is_a_visit_to_the_hosts_country(meetings):
    (meeting,) = meetings(
        "Chinese President Xi Jinping met visiting Russian Foreign Minister Sergei Lavrov on Monday.",
        {"Xi Jinping": "CN", "Sergei Lavrov": "RU"},
        published=dt.date(2021, 6, 10),
    )
    assert sorted(meeting.participants) == ["Sergei Lavrov", "Xi Jinping"]
    assert (meeting.sides, meeting.place_country) == (["CN", "RU"], "CN")
    assert meeting.date == dt.date(2021, 6, 7)


def test_telling_a_visiting_politician_makes_the_teller_the_host_in_the_dateline_city(meetings):
    (meeting,) = meetings(
        "HAVANA, June 9 - Cuban President Rosa Diaz has told visiting Mexican senator Juan Ortega that "
        "trade would grow.",
        {"Rosa Diaz": "CU", "Juan Ortega": "MX"},
    )
    assert sorted(meeting.participants) == ["Juan Ortega", "Rosa Diaz"]
    assert (meeting.place, meeting.place_country) == ("Havana", "CU")


def test_a_consular_visit_to_a_detained_citizen_is_not_a_meeting(meetings):
    body = (
        "Canadian officials made a consular visit to Paul Grant at a detention centre in Beijing on Monday."
    )
    assert meetings(body, {"Paul Grant": "CA"}) == []


def test_talks_between_officials_do_not_make_the_next_speaker_a_participant(meetings):
    body = (
        "After talks on Sunday between Kenyan and Ugandan officials, Finance Minister Joseph Mwangi told "
        "reporters the deal was done."
    )
    assert all("Joseph Mwangi" not in m.participants for m in meetings(body, {"Joseph Mwangi": "KE"}))


def test_a_name_run_on_after_officials_without_a_comma_is_not_theirs(meetings):
    body = "Following talks here between Japanese and British officials Lawson told reporters they had won."
    assert meetings(body, {"Nigel Lawson": "GB"}) == []


def test_paying_a_call_on_a_president_is_a_visit(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi paid a call on Chilean President Ana Soto on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert (meeting.participants, meeting.kind) == (["Paolo Verdi", "Ana Soto"], "visit")


def test_the_agent_of_a_passive_is_the_visitor(meetings):
    (meeting,) = meetings(
        "The deal was brokered by US President Joe Biden during a visit to Israel on Friday.",
        {"Joe Biden": "US"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.participants, meeting.sides) == (["Joe Biden"], ["IL", "US"])
    assert meeting.date == dt.date(2021, 6, 4)


def test_meeting_two_leaders_separately_is_two_occasions(meetings):
    found = meetings(
        "Italian Prime Minister Paolo Verdi met Chilean President Ana Soto and Peruvian President Luis "
        "Rojas separately on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL", "Luis Rojas": "PE"},
    )
    assert sorted(m.participants[-1] for m in found) == ["Ana Soto", "Luis Rojas"]


def test_a_conference_of_ministers_in_a_city_is_held_there(meetings):
    (meeting,) = meetings(
        "Canadian Foreign Minister Joe Clark told a conference of Asian foreign ministers in Singapore "
        "on Monday that subsidies must end.",
        {"Joe Clark": "CA"},
    )
    assert (meeting.place, meeting.sides) == ("Singapore", ["CA", "SG"])


def test_received_by_a_president_in_a_city_is_held_there(meetings):
    (meeting,) = meetings(
        "Italian Prime Minister Paolo Verdi was received by Chilean President Ana Soto in Santiago on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert (meeting.place, meeting.place_country) == ("Santiago", "CL")


def test_talks_with_an_organisation_are_a_meeting_of_one_named_person(meetings):
    (meeting,) = meetings(
        "Polish central bank head Jan Nowak held talks with the International Monetary Fund in "
        "Washington on Monday.",
        {"Jan Nowak": "PL"},
    )
    assert (meeting.participants, meeting.kind) == (["Jan Nowak"], "talks")
    assert meeting.place == "Washington"


def test_a_name_the_parser_takes_for_a_place_is_still_the_one_met(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi met Chilean President Carlos Mendoza.",
        {"Carlos Mendoza": "CL", "Paolo Verdi": "IT"},
    )
    assert "Carlos Mendoza" in meeting.participants


def test_the_two_men_are_the_two_named_in_the_sentence_before(meetings):
    found = meetings(
        "Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto. The two men held talks "
        "in Rome on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert any(m.date == dt.date(2021, 6, 7) and len(m.participants) == 2 for m in found)


def test_the_day_of_the_saying_is_not_the_day_of_the_meeting(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi said on Thursday he had met Chilean President Ana Soto in "
        "Rome on Monday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert (meeting.date, meeting.date_text) == (dt.date(2021, 6, 7), "on Monday")


def test_a_meeting_after_arriving_abroad_is_where_they_arrived_not_the_dateline(meetings):
    (meeting,) = meetings(
        "ROME, June 9 - Italian Foreign Minister Paolo Verdi arrived in Santiago on Tuesday. He met "
        "Chilean President Ana Soto.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
    )
    assert (meeting.place, meeting.place_country) == ("Santiago", "CL")


def test_leaving_a_summit_early_means_the_leader_was_there(meetings):
    (summit,) = meetings(
        "Italian Prime Minister Paolo Verdi left the summit in Osaka early on Monday.",
        {"Paolo Verdi": "IT"},
        published=dt.date(2021, 6, 10),
    )
    assert (summit.status, summit.sides, summit.date) == ("held", ["IT", "JP"], dt.date(2021, 6, 7))


def test_leaders_including_two_named_met_as_participants(meetings):
    (meeting,) = meetings(
        "Leaders including Italian Prime Minister Paolo Verdi and Japanese Prime Minister Taro Sato met "
        "in Osaka on Monday.",
        {"Paolo Verdi": "IT", "Taro Sato": "JP"},
    )
    assert sorted(meeting.participants) == ["Paolo Verdi", "Taro Sato"]


def test_speaking_with_a_leader_on_the_sidelines_is_talks_in_person(meetings):
    (meeting,) = meetings(
        "Italian Prime Minister Paolo Verdi spoke with Japanese Prime Minister Taro Sato on the sidelines "
        "of the summit on Monday.",
        {"Paolo Verdi": "IT", "Taro Sato": "JP"},
    )
    assert meeting.kind == "talks"


def test_discussing_trade_with_a_leader_is_talks_and_discussing_trade_alone_is_not(meetings):
    people = {"Paolo Verdi": "IT", "Taro Sato": "JP"}
    (meeting,) = meetings(
        "Italian Prime Minister Paolo Verdi discussed trade with Japanese Prime Minister Taro Sato in Tokyo.",
        people,
    )
    assert (meeting.kind, meeting.place) == ("talks", "Tokyo")
    assert meetings("Italian Prime Minister Paolo Verdi discussed trade in Tokyo.", people) == []


def test_welcoming_a_visiting_leader_is_a_meeting(meetings):
    (meeting,) = meetings(
        "Japanese Prime Minister Taro Sato welcomed Italian Prime Minister Paolo Verdi on Monday.",
        {"Paolo Verdi": "IT", "Taro Sato": "JP"},
    )
    assert sorted(meeting.participants) == ["Paolo Verdi", "Taro Sato"]


def test_welcoming_a_decision_is_not_a_meeting(meetings):
    assert meetings("Japanese Prime Minister Taro Sato welcomed the decision.", {"Taro Sato": "JP"}) == []


def test_on_the_eve_of_a_summit_on_a_day_is_the_day_before(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto in Rome on the eve of the "
        "summit on Tuesday.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.date == dt.date(2021, 6, 7)


def test_a_day_before_the_eve_phrase_is_the_meetings_own(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto in Rome on Tuesday, on the "
        "eve of the summit.",
        {"Paolo Verdi": "IT", "Ana Soto": "CL"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.date == dt.date(2021, 6, 8)


def test_in_the_chinese_capital_is_beijing(meetings):
    (meeting,) = meetings(
        "Italian Foreign Minister Paolo Verdi met Chinese Premier Li Wei in the Chinese capital on Monday.",
        {"Paolo Verdi": "IT", "Li Wei": "CN"},
    )
    assert (meeting.place, meeting.place_country) == ("Beijing", "CN")


def test_the_city_of_a_name_is_where_they_met(meetings):
    (meeting,) = meetings(
        "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Rojas in the "
        "southern Peruvian city of Arequipa on Tuesday.",
        {"Ana Soto": "CL", "Luis Rojas": "PE"},
    )
    assert (meeting.place, meeting.place_country) == ("Arequipa", "PE")


def test_earlier_talks_between_other_countries_lend_the_meeting_no_side_or_place(meetings):
    (meeting,) = meetings(
        "Chilean Foreign Minister Ana Soto held talks with Peruvian Foreign Minister Luis Rojas on Tuesday. "
        "The meeting came days after Brazilian and Chilean officials traded sharp words at talks in Geneva.",
        {"Ana Soto": "CL", "Luis Rojas": "PE"},
    )
    assert meeting.sides == ["CL", "PE"]
    assert meeting.place != "Geneva"


def test_a_visit_in_a_present_tense_clause_of_time_is_planned_not_held(meetings):
    found = meetings(
        "President Ana Soto is likely to meet Prime Minister Ravi Das when she pays a visit to Delhi on Friday.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert not [m for m in found if m.status == "held"]


def test_a_headline_is_not_run_into_the_lead_that_reports_the_meeting(run):
    result = run(
        "Leaders agree to return envoys after summit",
        "Chilean President Ana Soto and Indian Prime Minister Ravi Das met for three hours in Geneva on "
        "Wednesday and "
        "agreed to send their envoys back.",
        published=dt.date(2021, 6, 17),
    )
    (meeting,) = [m for m in result.meetings if "Ravi Das" in m.participants]
    assert (meeting.status, meeting.date, meeting.place) == ("held", dt.date(2021, 6, 16), "Geneva")


def test_talks_in_the_present_tense_today_are_a_timetable(meetings):
    (meeting,) = meetings(
        "Finance Minister Ana Soto holds talks with Finance Minister Ravi Das today.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.status == "planned"


def test_a_buildings_name_is_not_read_as_a_town_it_contains(meetings):
    (meeting,) = meetings(
        "Chilean President Ana Soto met Indian Prime Minister Ravi Das at the Villa La Grange on Monday.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.place != "La"


def test_a_meeting_someone_missed_or_boycotted_is_not_one_they_held(meetings):
    found = meetings(
        "Chilean President Ana Soto missed her meeting with Indian Prime Minister Ravi Das on Monday.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert not [m for m in found if m.status == "held"]


def test_a_city_naming_the_talks_is_where_they_were_not_a_side(meetings):
    (meeting,) = meetings(
        "Chilean envoy Ana Soto and Indian envoy Ravi Das ended the London talks on Monday.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert meeting.sides == ["CL", "IN"]


def test_a_tally_of_calls_is_no_one_occasion(meetings):
    found = meetings(
        "Chilean President Ana Soto has held more than 50 calls with world leaders, including Indian Prime "
        "Minister Ravi Das.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert not found


def test_a_meeting_coming_up_is_planned(meetings):
    found = meetings(
        '"With my meeting with Prime Minister Ravi Das coming up, it is time to act," Chilean President '
        "Ana Soto said.",
        {"Ana Soto": "CL", "Ravi Das": "IN"},
        published=dt.date(2021, 6, 10),
    )
    assert not [m for m in found if m.status == "held"]


def test_talking_to_reporters_is_a_briefing_not_the_meetings_evidence(meetings):
    (meeting,) = meetings(
        "Talking to reporters, Finance Minister Rui Costa said the crisis would pass. Costa was replying "
        "to a statement after his talks with Chancellor Ewan Hale.",
        {"Rui Costa": "BR", "Ewan Hale": "GB"},
    )
    assert meeting.participants == ["Rui Costa", "Ewan Hale"]
    assert meeting.evidence.startswith("Costa was replying")


def test_the_one_a_message_was_given_to_in_meetings_took_part(meetings):
    (meeting,) = meetings(
        "U.S. officials gave the same message to former Japanese Foreign Minister Kenji Sato in "
        "meetings in Washington last week.",
        {"Kenji Sato": "JP"},
        published=dt.date(1987, 4, 26),
    )
    assert (meeting.participants, meeting.sides) == (["Kenji Sato"], ["JP", "US"])
    assert (meeting.place, meeting.date_text) == ("Washington", "last week")


def test_a_meeting_word_naming_who_takes_part_tells_no_occasion(nlp):
    from extraction.meetings.triggers import _noun_kind

    doc = nlp("Officials from summit countries said the summit would disappoint.")
    modifier, occasion = (t for t in doc if t.lower_ == "summit")
    assert _noun_kind(modifier, set()) is None
    assert _noun_kind(occasion, set()) == "summit"


def test_a_plan_dated_yesterday_is_held(meetings):
    (meeting,) = meetings(
        "Finance Minister Ken Ito flew to Washington to attend yesterday's meeting with Treasury "
        "Secretary Paul Dunn.",
        {"Ken Ito": "JP", "Paul Dunn": "US"},
        published=dt.date(1987, 4, 9),
    )
    assert (meeting.status, meeting.date) == ("held", dt.date(1987, 4, 8))


def test_talks_co_chaired_by_two_ministers_name_both_though_the_tokenizer_splits_the_verb(meetings):
    (meeting,) = meetings(
        "The talks were co-chaired by Singapore Foreign Minister Vivian Tan and his Malaysian "
        "counterpart Saifuddin Musa.",
        {"Vivian Tan": "SG", "Saifuddin Musa": "MY"},
    )
    assert (meeting.participants, meeting.sides) == (["Vivian Tan", "Saifuddin Musa"], ["MY", "SG"])


def test_also_attending_the_talks_were_names_each_attendee(meetings):
    (meeting,) = meetings(
        "Also attending the talks in Vienna on Friday were Iranian Foreign Minister Javad Karimi and "
        "Iraqi Foreign Minister Fuad Salih.",
        {"Javad Karimi": "IR", "Fuad Salih": "IQ"},
    )
    assert (meeting.participants, meeting.place) == (["Javad Karimi", "Fuad Salih"], "Vienna")


def test_a_banquet_hosted_for_a_visiting_king_is_their_meeting(meetings):
    (meeting,) = meetings(
        "Chinese President Wang Tao hosted a banquet for visiting Cambodian King Norodom Sarin on Wednesday.",
        {"Wang Tao": "CN", "Norodom Sarin": "KH"},
        published=dt.date(2020, 6, 10),
    )
    assert (meeting.participants, meeting.sides) == (["Wang Tao", "Norodom Sarin"], ["CN", "KH"])


def test_separate_meetings_with_two_counterparts_named_by_the_verb_are_two_occasions(meetings):
    found = meetings(
        "Indian Foreign Minister Ravi Nair held separate meetings with his Russian and Chinese "
        "counterparts, Oleg Petrov and Zhou Min, in Moscow on Thursday.",
        {"Ravi Nair": "IN", "Oleg Petrov": "RU", "Zhou Min": "CN"},
        published=dt.date(2020, 6, 10),
    )
    assert sorted(m.sides for m in found) == [["CN", "IN"], ["IN", "RU"]]
    assert {m.place for m in found} == {"Moscow"}


def test_a_visitor_received_at_a_venue_in_a_city_met_there(meetings):
    (meeting,) = meetings(
        "Thai Prime Minister Anan Chai received visiting Lao Prime Minister Thong Vong at Government "
        "House in Bangkok on Friday.",
        {"Anan Chai": "TH", "Thong Vong": "LA"},
        published=dt.date(2020, 6, 10),
    )
    assert (meeting.sides, meeting.place) == (["LA", "TH"], "Bangkok")


def test_leaving_for_a_city_for_a_summit_places_it_there_and_dates_the_departure_only(meetings):
    (meeting,) = meetings(
        "South Korean President Kim Ho left for Washington on Tuesday for a summit with US President "
        "Dan Reed.",
        {"Kim Ho": "KR", "Dan Reed": "US"},
        published=dt.date(2020, 6, 10),
    )
    assert (meeting.place, meeting.place_country, meeting.date) == ("Washington", "US", None)


def test_a_president_telling_a_foreign_president_something_is_an_encounter(run):
    result = run(
        "Treaty talks",
        "In early 1997, Russian President Ivan Orlov told U.S. President Sam Bell he could live with "
        "the treaty.",
        published=dt.date(1999, 3, 13),
    )
    assert [m.sides for m in result.meetings] == [["RU", "US"]]


def test_telling_a_foreign_president_in_a_letter_is_no_encounter(meetings):
    assert not meetings(
        "President Ivan Orlov told President Sam Bell in a letter that he could live with the treaty.",
        {"Ivan Orlov": "RU", "Sam Bell": "US"},
    )


def test_an_exchange_before_a_visitor_left_on_a_day_is_dated_that_day(run):
    result = run(
        "Embargo talks",
        "Officials said Russian lawmaker Ivan Petrov told Iraqi President Omar Jabouri before he left "
        "Baghdad on Wednesday that the embargo must end.",
        published=dt.date(1996, 8, 22),
    )
    assert [(m.date, m.date_text) for m in result.meetings] == [(dt.date(1996, 8, 21), "on Wednesday")]


def test_a_meeting_which_was_held_on_a_day_via_video_link_is_a_video_meeting_that_day(meetings):
    (meeting,) = meetings(
        "Premier Li Wen spoke with Prime Minister Tran Van Minh at the leaders' meeting, which was "
        "held Thursday afternoon via video link.",
        {"Li Wen": "CN", "Tran Van Minh": "VN"},
        published=dt.date(2020, 11, 13),
    )
    assert (meeting.kind, meeting.date, meeting.place) == ("video", dt.date(2020, 11, 12), None)
