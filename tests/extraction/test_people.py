def names(result):
    return [p.name for p in result.people]


def test_surname_mentions_join_the_full_name(run):
    result = run(
        "Talks open", "Foreign Minister Amara Tobeku arrived on Monday. Tobeku said talks went well."
    )
    assert names(result) == ["Amara Tobeku"]
    assert result.people[0].mentions == 2


def test_honorifics_and_possessives_are_stripped(run):
    result = run("Visit", "Mr Dorian Valcourt met officials. Mr Valcourt's aides said little.")
    assert names(result) == ["Dorian Valcourt"]


def test_two_people_sharing_a_surname_are_never_merged(run):
    result = run("Brothers", "Marco Bellandi and Luca Bellandi both played. The pair trained on Sunday.")
    assert sorted(names(result)) == ["Luca Bellandi", "Marco Bellandi"]


def test_title_and_country_come_from_the_words_before_the_name(run):
    result = run("Meeting", "Japanese Prime Minister Kenji Haruno met visiting officials on Tuesday.")
    person = result.people[0]
    assert person.country == "JP"
    assert person.titles == ["Prime Minister"]


def test_counterpart_gives_the_country(run):
    result = run("Call", "Leaders spoke. He later called his French counterpart Jules Armand on Friday.")
    assert [(p.name, p.country) for p in result.people] == [("Jules Armand", "FR")]


def test_photo_credits_are_not_people(run):
    result = run("Scene", "Delegates gather in the hall. Photo: Xinhua/Li Tao\nThe meeting ended late.")
    assert "Li Tao" not in names(result)


def test_quotes_are_attached_to_the_speaker(run):
    result = run(
        "Talks", 'Minister Anton Veres spoke on Monday. "We will keep talking to everyone," Veres said.'
    )
    assert result.people[0].quotes == ["We will keep talking to everyone"]


def test_all_caps_headlines_are_read_in_normal_case(run):
    result = run(
        "BROWNING MEETS KALDOR IN VIENNA", "Diplomat Alan Browning met envoy Peter Kaldor on Monday."
    )
    assert "Alan Browning" in names(result)
    assert all(not name.isupper() for name in names(result))


def countries_of(result):
    return {p.name: p.country for p in result.people}


def test_names_in_a_results_table_with_countries_are_people(run):
    result = run(
        "Athletics results",
        "Results on Friday:\n1. Amara Velkoni (Kenya) 12.71\n2. Sefa Dorrinwa (Ghana) 12.80\n"
        "3. Petra Lindqvar (Sweden) 12.92",
    )
    assert {"Amara Velkoni", "Sefa Dorrinwa", "Petra Lindqvar"} <= set(names(result))


def test_an_initial_and_a_surname_in_a_scoreboard_is_a_person(run):
    result = run(
        "Cricket scores", "Close of play:\nRedvale 210 (P. Marlowe 4-38, K. Tandrell 55), Eastby 96-3."
    )
    assert {"P. Marlowe", "K. Tandrell"} <= set(names(result))


def test_list_items_next_to_known_names_are_people(run):
    result = run(
        "Line-up",
        "Coach Tomas Adler praised Pavel Horn and Karel Nedbal after the game.\n"
        "Redland - 1 - Tomas Adler; 2 - Pavel Horn (14 - Jan Brezina 87th), 5 - Ivo Lanz, "
        "8 - Marek Dusil, 3 - Karel Nedbal",
    )
    assert {"Jan Brezina", "Ivo Lanz", "Marek Dusil"} <= set(names(result))
    assert "Redland" not in names(result)


def test_firms_clubs_and_fixtures_are_not_people():
    from extraction.people.names import names_an_organisation

    assert names_an_organisation(["Tessora", "SpA"])
    assert names_an_organisation(["Westbridgeshire"])
    assert names_an_organisation(["Redvale", "v", "Eastby"])
    assert not names_an_organisation(["Marco", "Bellandi"])


def test_a_name_never_runs_into_the_next_line(run):
    result = run(
        "Quiet town", "Karel Vondrasek\nTAVENKA, Norway 1996-08-30\nThe streets were empty on Friday."
    )
    assert "Karel Vondrasek" in names(result)
    assert not any("Tavenka" in name or "TAVENKA" in name for name in names(result))


def test_backed_by_or_against_a_country_is_not_its_nationality(run):
    result = run(
        "Vote in Ukraine", "Ukraine voted on Sunday. Moscow-backed candidate Dorian Valcourt lost the vote."
    )
    assert countries_of(result)["Dorian Valcourt"] == "UA"


def test_a_country_of_an_unnamed_official_is_not_given_to_a_named_one(run):
    result = run(
        "Visit",
        "ANKARA, March 3 - The Italian prime minister will be the first Western leader to meet "
        "Prime Minister Orhan Delibas since he took office, officials said.",
    )
    assert countries_of(result)["Orhan Delibas"] == "TR"


def test_an_unnamed_role_refers_to_the_person_named_later_with_that_role(run):
    result = run(
        "Papers found",
        "Files about the Pakistani president's visit to London were found in a street. "
        "A spokesman said President Halim Qadiri was safe.",
    )
    assert countries_of(result)["Halim Qadiri"] == "PK"


def test_the_pope_represents_the_vatican(run):
    result = run("Visit", "Poland's president will visit Polish-born Pope Jan Kowalczyk early next year.")
    assert countries_of(result)["Jan Kowalczyk"] == "VA"


def test_an_official_of_an_international_body_has_no_country(run):
    result = run(
        "Inspector heads for Baghdad",
        "MANAMA, Aug 26 - Senior United Nations arms official Rolf Andersvik left Bahrain for Baghdad.",
    )
    assert countries_of(result)["Rolf Andersvik"] is None


def test_the_agency_in_a_dateline_is_not_a_person(run):
    result = run(
        "Ministers meet",
        "BEIJING, March 5 (Newsdesk) -- Chinese Foreign Minister Wang Yi met Russian Foreign Minister "
        "Sergei Lavrov on Tuesday.",
    )
    assert sorted(names(result)) == ["Sergei Lavrov", "Wang Yi"]
