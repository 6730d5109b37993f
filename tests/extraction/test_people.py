import datetime as dt

import pytest


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


def test_a_quote_after_he_said_is_the_last_speakers_not_the_last_named(run):
    result = run(
        "Ties",
        "Analyst Matt Rowan said there is room for Washington to take Ivan Petrov up on his offer. "
        '"I do think the two countries can help each other in the aftermath of this thing," he said.',
    )
    quotes = {p.name: p.quotes for p in result.people}
    assert quotes["Ivan Petrov"] == []
    assert quotes["Matt Rowan"] == [
        "I do think the two countries can help each other in the aftermath of this thing"
    ]


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


def test_a_reporters_name_above_the_dateline_is_a_byline_and_runs_into_no_name(run):
    result = run(
        "Quiet town",
        "Karel Vondrasek\nTAVENKA, Norway 1996-08-30\nThe streets were empty on Friday. Mayor Ole Brunvoll "
        "stayed home.",
    )
    assert names(result) == ["Ole Brunvoll"]
    assert result.document.dateline_place == "Tavenka"


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


def test_an_unnamed_role_is_not_a_different_role_with_the_same_head_word(run):
    result = run(
        "Digest",
        "AMMAN, May 4 - Information Minister Samir Haddad said the border was calm. "
        "A Norwegian foreign minister arrives for talks on trade.",
    )
    assert countries_of(result)["Samir Haddad"] == "JO"


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


def country_of(result, name):
    return next(p.country for p in result.people if p.name == name)


def test_a_country_adjective_tagged_as_a_person_still_gives_the_title_its_country(run):
    result = run(
        "Talks",
        "Officials met. Azerbaijani presidential adviser Temur Valiyev and his Armenian "
        "counterpart Aram Sargsyan met on Monday.",
    )
    assert country_of(result, "Temur Valiyev") == "AZ"
    assert country_of(result, "Aram Sargsyan") == "AM"


def test_a_hyphenated_modifier_inside_a_title_keeps_the_possessive_country(run):
    result = run("Visit", "Officials met. Poland's ex-communist President Lech Borowski will visit Italy.")
    assert country_of(result, "Lech Borowski") == "PL"


def test_a_bracketed_acronym_inside_a_title_keeps_the_title_whole(run):
    result = run(
        "Inquiry",
        "Officials met. Director of the U.S. Federal Bureau of Investigation (FBI) Dan Hollis spoke.",
    )
    assert country_of(result, "Dan Hollis") == "US"


def test_an_apposition_before_the_name_gives_its_country(run):
    result = run(
        "Talks", "Officials met. The blame fell on the Saudi millionaire, Khalid Ansary, who lives abroad."
    )
    assert country_of(result, "Khalid Ansary") == "SA"


def test_his_counterpart_set_off_by_commas_gives_the_counterpart_country(run):
    result = run(
        "Silver",
        "Officials met. Mexican minister of energy and mines, Jorge Ibarra, will meet his Peruvian "
        "counterpart, Luis Quispe.",
    )
    assert country_of(result, "Jorge Ibarra") == "MX"
    assert country_of(result, "Luis Quispe") == "PE"


def test_a_country_dealt_with_is_not_the_country_represented(run):
    result = run(
        "Talks",
        "Officials met. State media quoted China's top negotiator with Taipei, Tang Wenli, as saying talks "
        "would resume.",
    )
    assert country_of(result, "Tang Wenli") == "CN"


def test_an_apposition_after_the_name_may_end_in_a_relative_clause(run):
    result = run(
        "Talks", "Officials met. Also present was Tim Voser, the Swiss diplomat who heads the mission."
    )
    assert country_of(result, "Tim Voser") == "CH"


def test_a_dash_apposition_is_cut_from_the_name_and_read_for_its_country(run):
    result = run("Poison", "Officials met. Oleg Markov - an ex-Russian intelligence officer - died in 2006.")
    assert country_of(result, "Oleg Markov") == "RU"


def test_an_apposition_before_a_titled_name_reaches_past_a_place_phrase(run):
    result = run(
        "Talks", "Officials met. The Russian army commander in the region, General Pavel Dronov, arrived."
    )
    assert country_of(result, "Pavel Dronov") == "RU"


def test_a_title_may_run_through_of_the_and_in_to_its_country(run):
    result = run(
        "Forum", "Officials met. Commissioner of the Chinese foreign ministry in the HKSAR Xu Ming attended."
    )
    assert country_of(result, "Xu Ming") == "CN"


def test_an_emoji_between_two_names_separates_two_people(run):
    result = run("Talks", "Officials met. Lavrov 🤝 Wang was the caption. Sergei Lavrov and Wang Yi met.")
    assert sorted(names(result)) == ["Sergei Lavrov", "Wang Yi"]


def test_honorifics_of_faith_and_office_are_not_part_of_the_name(run):
    result = run(
        "Talks",
        "Officials met. Chancellor of the Exchequer Nigel Lawson spoke. State Councillor Wang Yi agreed. "
        "Speaker Nancy Pelosi left. Mullah Abdul Ghani Baradar stayed.",
    )
    assert set(names(result)) == {"Nigel Lawson", "Wang Yi", "Nancy Pelosi", "Abdul Ghani Baradar"}


def test_office_and_party_words_glued_to_a_name_are_titles(run):
    result = run(
        "Talks",
        "Officials met. Foreign Affairs Undersecretary Yannis Petrou spoke. Special Counsel Robert Marsh "
        "agreed. Conservative Graham Hurst left. Doctor Li Wenming warned. Diplomatic Editor Nic Dawes wrote.",
    )
    assert set(names(result)) == {"Yannis Petrou", "Robert Marsh", "Graham Hurst", "Li Wenming", "Nic Dawes"}


def test_a_security_service_or_an_armed_group_is_no_person(run):
    result = run(
        "Flight",
        "The jet carried agents of the US Secret Service and the Israeli Shin Bet, an Israeli spokesman "
        "said. Agents of the Iraqi Kataib Hezbollah fired rockets. The Chinese President Xi Jinping spoke.",
    )
    assert names(result) == ["Xi Jinping"]


def test_a_newsletter_sign_up_line_names_no_one(run):
    result = run("Opinion", "Officials met.\nGet our free weekly newsletter Sign up for our newsletter.")
    assert names(result) == []


def test_the_city_of_a_mayor_is_no_part_of_the_name(run):
    result = run("Tensions", "Officials met.\nMayor of Lusaka Joseph Banda asks staff about the reports.")
    assert names(result) == ["Joseph Banda"]


def test_a_name_after_a_title_inside_a_work_of_art_entity_is_a_person(run):
    result = run(
        "Politics",
        '"So the emergency is real," Waseda University Political Science Professor Mitsuru Uchida told '
        "Reuters.",
    )
    assert names(result) == ["Mitsuru Uchida"]


def test_an_office_or_a_service_written_like_a_name_is_no_person(run):
    result = run(
        "Satellite",
        "The State Council Information Office said on Monday that the satellite worked, "
        "spokesman Li Wenming told reporters.",
    )
    assert names(result) == ["Li Wenming"]


def test_the_author_an_opinion_pieces_note_names_is_not_in_the_story(run):
    result = run(
        "Opinion",
        "Peter Hallam is president and CEO of Corus International, parent of the charities Lutheran World "
        "Relief and IMA World Health. He previously served as an ambassador with the State Department. The "
        "views expressed in this commentary are his own. View more opinion on CNN.\nPresident Tom Grant "
        "said the United States would help.",
    )
    assert names(result) == ["Tom Grant"]


def test_a_royal_after_a_title_is_named_by_the_single_name(run):
    result = run("Visit", "Officials met. King Fahd received the envoy on Monday.")
    assert names(result) == ["Fahd"]


def test_a_ship_named_after_a_person_is_not_a_person(run):
    result = run("Drill", "Officials met. The carrier USS Ronald Reagan sailed on Monday.")
    assert names(result) == []


def test_two_names_joined_by_a_hyphen_before_a_noun_are_an_event_not_a_person(run):
    result = run(
        "Summit", "Officials met. The Reagan-Gorbachev summit opened. Ronald Reagan met Mikhail Gorbachev."
    )
    assert "Reagan-Gorbachev" not in names(result)


def test_hyphenated_given_names_keep_their_lower_case_part(run):
    result = run("Talks", "Officials met. President Moon Jae-in met Tsai Ing-wen on Monday.")
    assert set(names(result)) == {"Moon Jae-in", "Tsai Ing-wen"}


def test_invisible_format_characters_do_not_cut_a_name(run):
    result = run("Talks", "Officials met. Zhang Wei\u202e spoke to Li Ming\u200b on Monday.")
    assert set(names(result)) == {"Zhang Wei", "Li Ming"}


def test_a_lower_case_word_ends_a_name(run):
    result = run("Cricket", "Play resumed. Yorkshire at Headingley drew. Tom Barlow scored.")
    assert "Yorkshire at Headingley" not in names(result)


def test_a_rank_alone_is_no_name_and_a_surname_like_a_rank_is_kept(run):
    result = run("Trial", "Officials met. Lance Cpl Joe Brant was tried. Prime Minister John Major spoke.")
    assert "Lance Cpl" not in names(result)
    assert "John Major" in names(result)


def test_a_one_word_city_is_not_a_person(run):
    result = run("Football", "Fans cheered. Wigan beat Norwich 2-1 on Saturday. Tom Barlow scored.")
    assert "Wigan" not in names(result) and "Norwich" not in names(result)


def test_the_country_after_and_belongs_to_the_name_that_follows(run):
    result = run("Talks", "Officials met. He met China's Xi Jinping and US President Daniel Marsh on Monday.")
    assert country_of(result, "Daniel Marsh") == "US"


def read_titles(nlp, text, name):
    """What title_before and apposition_after read around `name` in `text`."""
    from extraction.countries import find_country_mentions
    from extraction.people.mentions import Mention, country_index
    from extraction.people.titles import apposition_after, title_before

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    mention = Mention(name.split(), start, start + len(name.split()), 0, 0, name)
    at = country_index(find_country_mentions(doc))
    return title_before(doc, mention, at), apposition_after(doc, mention, at)


def test_an_ally_of_a_country_is_not_of_that_country(nlp):
    _, after = read_titles(nlp, "Mr Pavel Sorin, a close ally of Russia, refused to resign.", "Pavel Sorin")
    assert after.title == "close ally of Russia"
    assert after.country is None


def test_a_noun_and_preposition_before_a_name_are_no_title(nlp):
    before, _ = read_titles(nlp, "The U.S. repeated its demand for Tarek Hamdi's extradition.", "Tarek Hamdi")
    assert before.title == ""
    assert before.country is None


def test_a_place_phrase_with_with_is_no_title(run):
    result = run("Visit", "Officials met. Clinton met in Washington with President Karel Novak on Monday.")
    person = next(p for p in result.people if p.name == "Karel Novak")
    assert person.titles == ["President"]


def test_a_country_named_near_a_person_does_not_give_them_its_nationality(run):
    result = run(
        "Trade", "LONDON, April 3 - After talks with Japan, Daniel Marsh flew home. Marsh was tired."
    )
    assert country_of(result, "Daniel Marsh") == "GB"


def test_an_opening_phrase_before_a_comma_is_no_apposition(run):
    result = run(
        "Protests",
        "Protests went on in Belarus. In an interview with BBC Russian last month, Ms Olga Petrova "
        "described the protests. Petrova is an opposition leader in Belarus.",
    )
    assert country_of(result, "Olga Petrova") == "BY"


def test_a_country_of_origin_yields_to_the_state_a_known_official_serves(run):
    body = "PRAGUE - Czech native Madeleine Albright was named. Albright is a diplomat."
    result = run("Albright", body, published=dt.date(1996, 12, 6))
    assert country_of(result, "Madeleine Albright") == "US"


def test_a_bracketed_nickname_is_part_of_the_name(run):
    result = run("Baseball", "Fans cheered. James Leander (Leo) Nichols won. Nichols said so.")
    assert names(result) == ["James Leander (Leo) Nichols"]


def test_a_bracketed_country_after_a_name_is_not_part_of_it(run):
    result = run("Talks", "Officials met. Li Peng (China) spoke on Monday.")
    assert names(result) == ["Li Peng"]


def test_a_regnal_number_is_part_of_a_monarch_name(run):
    result = run("History", "Scholars met. Henry VIII and Elizabeth I ruled England.")
    assert set(names(result)) == {"Henry VIII", "Elizabeth I"}


def test_a_name_after_a_title_is_a_person_even_when_tagged_an_organisation(run):
    result = run("Visit", "PARIS -- German Chancellor Olaf Scholz visited Paris on Friday. Scholz said so.")
    assert [(p.name, p.country) for p in result.people] == [("Olaf Scholz", "DE")]


def test_a_title_before_a_name_starts_after_an_act_done_to_the_person(nlp):
    before, _ = read_titles(nlp, "It bowed to Congressional pressure on President Dana Holt.", "Dana Holt")
    assert before.title == "President"


def test_a_title_does_not_run_through_other_holders_of_the_office(nlp):
    before, _ = read_titles(nlp, "The Andean Pact presidents and President Luis Mora met.", "Luis Mora")
    assert before.title == "President"


def test_words_that_name_no_post_are_no_title():
    from extraction.people.titles import title_phrase

    assert title_phrase("security of the Gulf") == ""
    assert title_phrase("latest trade row") == ""
    assert title_phrase("resumption of business activities and economic recovery") == ""
    assert title_phrase("(CNN) US President") == "US President"
    assert title_phrase("Secretary of State") == "Secretary of State"
    assert title_phrase("Trade and Industry Minister") == "Trade and Industry Minister"
    assert title_phrase("government's top diplomat") == "government's top diplomat"
    assert title_phrase("Then-president") == "Then-president"


def test_a_quote_goes_to_the_one_who_speaks_it_not_to_a_person_mentioned(run):
    result = run(
        "Party",
        'Ivan Petrov has long called President Boris Orlov\'s party "the party of crooks and thieves".',
    )
    quotes = {p.name: p.quotes for p in result.people}
    assert quotes.get("Boris Orlov", []) == []
    assert quotes["Ivan Petrov"] == ["the party of crooks and thieves"]


def test_a_quote_after_he_called_goes_to_the_one_he_is_not_to_the_name_in_the_object(run):
    result = run(
        "Feud",
        "Opposition leader Ivan Petrov spoke in Moscow on Monday. He has called Mr Orlov's party a place "
        'that is "sucking the blood out of Russia". President Boris Orlov said "we will never talk to that '
        'man again".',
    )
    quotes = {p.name: p.quotes for p in result.people}
    assert quotes == {
        "Ivan Petrov": ["sucking the blood out of Russia"],
        "Boris Orlov": ["we will never talk to that man again"],
    }


def test_a_form_with_a_title_the_tagger_took_in_is_no_spelling_of_the_name(run):
    result = run(
        "Talks", "State Councillor Wang Yi met officials. Councillor Wang Yi said so. Mr Wang agreed."
    )
    (wang,) = result.people
    assert not [v for v in wang.variants if v.split()[0] in ("Councillor", "Mr")]


@pytest.mark.parametrize(
    "body",
    [
        'President Ivan Orlov launched the "Slavic Brotherhood" drills on Monday, officials said.',
        'President Ivan Orlov watched as troops began the "drills of the century in the steppe".',
        'Analysts wrote that "Orlov\'s appeal to the West is meant to be an opening", citing Ivan Orlov.',
    ],
)
def test_words_in_quotation_marks_that_no_one_says_are_no_ones_quote(run, body):
    result = run("Drills", body)
    assert [p.quotes for p in result.people if p.name == "Ivan Orlov"] == [[]]
