"""People on articles unlike the tuning set: page furniture, plurals, whole articles in one case (issue 10)."""

import datetime as dt

import pytest

BODY = (
    "MOSCOW, May 4 - Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
    "Moscow on Tuesday. Lavrov said the talks were useful. Wang said China and Russia would keep "
    "working together."
)


def names(result):
    return {p.name for p in result.people}


def test_video_page_furniture_is_no_one(run):
    result = run(
        "Envoy arrives",
        "Envoy Maria Lindqvist arrived in Oslo on Monday.\nReplay More Videos ... MUST WATCH\n"
        "Lindqvist will meet officials on Tuesday.",
    )
    assert names(result) == {"Maria Lindqvist"}


def test_the_plural_of_a_word_the_article_uses_in_the_singular_is_no_one(run):
    result = run(
        "Bus link",
        "Kashmiri politicians on both sides welcomed the bus service. Officials said the link would "
        "make a real difference to Kashmiris. Minister Aftab Rana opened it on Monday.",
    )
    assert names(result) == {"Aftab Rana"}


def test_a_surname_ending_in_s_is_still_a_person(run):
    result = run("Talks", "Prime Minister Harold Adams met envoys on Monday. Adams said talks went well.")
    assert names(result) == {"Harold Adams"}


@pytest.mark.parametrize("recase", [str.lower, str.upper], ids=["lower case", "all caps"])
def test_an_article_in_one_case_finds_the_same_people_as_the_original(run, recase):
    original = run("Lavrov meets Wang", BODY)
    recased = run(recase("Lavrov meets Wang"), recase(BODY))
    assert {p.name.casefold() for p in recased.people} == {p.name.casefold() for p in original.people}
    assert {p.name: p.country for p in recased.people} == {p.name: p.country for p in original.people}


def test_the_head_of_a_league_table_row_is_a_team_not_a_person(run):
    result = run(
        "Soccer - Scottish league standings",
        "Manager Tommy Burns praised his side on Saturday.\nStandings:\nStranraer 3 1 1 1 3 3 4\n"
        "Greenock Morton 3 1 0 2 4 5 3\nBurns said Stranraer deserved it.",
    )
    assert names(result) == {"Tommy Burns"}


def test_a_word_mostly_used_as_a_modifier_after_the_is_no_one(run):
    result = run(
        "Trade deal at risk",
        "Prime Minister Alan Whitby defended the Brexit deal on Monday. Critics said the Brexit talks "
        "were stalling.",
    )
    assert names(result) == {"Alan Whitby"}


def test_a_surname_after_the_in_one_mention_is_still_a_person(run):
    result = run(
        "Visit",
        "Senator Ruth Calder arrived on Monday. Calder met officials. Calder said the Calder plan would pass.",
    )
    assert names(result) == {"Ruth Calder"}


def test_the_city_of_the_institution_a_person_works_at_gives_their_country(run):
    result = run(
        "Analysts wary",
        "Moscow will wait, analysts said. Fiona Hale, a senior fellow at the Brookings Institution in "
        "Washington, said Moscow would not move first.",
    )
    hale = next(p for p in result.people if p.name == "Fiona Hale")
    assert (hale.country, hale.country_read) == ("US", True)


def test_someones_own_minister_serves_the_same_state(run):
    result = run(
        "Trade row",
        "Japanese Prime Minister Kenji Arai spoke about U.S. trade. His words were milder than those of "
        "his Trade and Industry Minister, Hiro Tamaki, who said Japan was ready to act.",
    )
    assert {p.name: p.country for p in result.people} == {"Kenji Arai": "JP", "Hiro Tamaki": "JP"}


def test_a_counterpart_does_not_take_the_country_of_the_person_it_belongs_to(run):
    result = run(
        "Talks",
        "Russian Foreign Minister Sergei Lavrov spoke to U.S. officials. Lavrov's counterpart, Dana Reeve, "
        "said the U.S. would respond.",
    )
    assert {p.name: p.country for p in result.people}["Dana Reeve"] != "RU"


def test_a_lower_case_article_keeps_its_few_capitals_and_common_words_stay_lower(run):
    from extraction.truecase import truecase

    text = (
        "moscow, may 4 - russian foreign minister sergei lavrov met officials in moscow on tuesday. "
        "lavrov said russia would work with the EU and meet again in the autumn to discuss trade, energy "
        "and security in the region."
    )
    recased = truecase(text)
    assert "Sergei Lavrov" in recased and "the EU" in recased and "the autumn" in recased
    assert len(recased) == len(text)


def test_a_lower_case_story_under_a_capitals_headline_is_recased_and_its_people_found(run):
    result = run(
        "NO REPLY TO PERU SILVER TALKS PROPOSAL",
        "meanwhile, a bank spokesman confirmed that mexican central bank head luis ortega held "
        "private talks yesterday with the president of the peruvian central bank juan prado on "
        "silver marketing and the details of the cooperation plan for next year.",
    )
    assert {p.name for p in result.people} == {"Luis Ortega", "Juan Prado"}
    assert [m.sides for m in result.meetings] == [["MX", "PE"]]


def test_a_lower_case_story_with_a_few_capitals_left_is_still_read_as_lower_case(run):
    result = run(
        "GREECE TELLS SERBIA OF TRADE PLANS",
        "BELGRADE, Oct 19 - Greek foreign minister nikos petrou, here on a two-day official visit, told "
        "serbian officials on Monday of the trade plans, diplomatic sources said. They said the trip, "
        "to be followed by a visit to bulgaria and romania, was linked to talks in athens. Petrou could "
        "not be reached for comment on the U.S. plan which sofia opposes.",
    )
    assert {p.name for p in result.people} == {"Nikos Petrou"}


def test_a_country_the_tagger_ran_into_a_name_is_said_of_the_person(nlp):
    from spacy.tokens import Span

    from extraction.countries import find_country_mentions
    from extraction.people import find_people
    from extraction.pipeline import nlp_text
    from extraction.types import Document

    document = Document(
        title="Rubber talks",
        body="The chairman of the conference, Anan Wongsa of Thailand, said the issues must be settled.",
    )
    doc = nlp(nlp_text(document))
    name = next(t.i for t in doc if t.text == "Anan")
    doc.ents = [Span(doc, name, name + 4, label="PERSON")]  # as the tagger reads some names
    mentions = find_country_mentions(doc)
    people = find_people(doc, document, mentions)
    assert [m.code for m in mentions] == ["TH"]
    assert [(p.name, p.country) for p in people] == [("Anan Wongsa", "TH")]


def test_a_wire_bracket_round_the_words_left_out_closes_inside_the_name(run):
    result = run(
        "Trade talks",
        '"We sent word to (Greek Prime Minister Nikos al-) Petrou that we are ready," Serbian '
        'President Milan Jovic said. "Anything on offer (Finance Minister Dana) Reeve will take."',
    )
    names = {p.name for p in result.people}
    assert {"Nikos al-Petrou", "Dana Reeve", "Milan Jovic"} <= names
    assert not names & {"Nikos", "Petrou", "Dana", "Reeve"}


def test_an_instrument_named_like_a_person_is_no_person(run):
    result = run(
        "Brexit row",
        "Irish Prime Minister Sean Daly spoke on Monday.\nThe Internal Market Bill spells out that certain "
        "provisions are \u201cto have effect notwithstanding inconsistency\u201d.\nPrecautions increase "
        "until you arrive at Biosafety Level 4 (BSL-4), Daly said.",
    )
    assert {p.name for p in result.people} == {"Sean Daly"}


def test_a_title_whole_after_a_preposition_starts_there(run):
    result = run(
        "Journalist questioned",
        "He was later interviewed by Serbian police in the presence of Greece's ambassador to Serbia, "
        "Nikos Petrou.",
    )
    assert [(p.name, p.country) for p in result.people] == [("Nikos Petrou", "GR")]


def test_an_employers_country_is_its_journalists(run):
    result = run(
        "Journalists leave",
        "Serbia said so. The Greek Broadcasting Corporation's Nikos Petrou landed in Athens on Tuesday.",
    )
    assert [(p.name, p.country) for p in result.people] == [("Nikos Petrou", "GR")]


def test_a_title_word_one_letter_out_is_still_a_title(run):
    result = run("Trade", "U.S. Trade Represenative Dana Reeve said Greece must open its markets.")
    assert [p.name for p in result.people] == ["Dana Reeve"]


def test_royals_after_their_titles_are_people_even_when_a_town_shares_the_name(run):
    result = run(
        "State visit",
        "The Saudi leader will meet Queen Elizabeth during the visit. Britain's Prince Edmund and "
        "Princess Clara went to Saudi Arabia in November. Minister of Defence and Aviation Prince Zayan "
        "met him in Jeddah.",
        published=dt.date(1987, 3, 22),
    )
    names = {p.name for p in result.people}
    assert {"Elizabeth", "Edmund", "Clara", "Zayan"} <= names
    (trip,) = [m for m in result.meetings if "Edmund" in m.participants]
    assert trip.participants == ["Edmund", "Clara"]


def test_a_royal_title_before_a_tables_figures_is_a_team(run):
    result = run("Soccer results", "Results on Saturday:\nPrince Rupert 1 3\nVictoria 2 2")
    assert not result.people


def test_a_name_with_a_particle_inside_is_one_person_at_its_fullest(run):
    result = run(
        "Farm talks",
        "LUXEMBOURG, April 29 - The talks' chairman, Belgium's Pieter de Vlaeminck, told reporters "
        "he would draft a compromise. De Vlaeminck said the ministers were still divided.",
        published=dt.date(1987, 4, 29),
    )
    assert {(p.name, p.country) for p in result.people} == {("Pieter de Vlaeminck", "BE")}


@pytest.mark.parametrize(
    "sentence",
    [
        '"The special relationship has not worked," Rei Moriyama, director of the Institute for Political '
        "Studies, said.",
    ],
)
def test_two_name_words_set_off_before_a_post_are_a_person(run, sentence):
    assert "Rei Moriyama" in names(run("Ties", sentence))


def test_a_shoal_is_no_one(run):
    result = run(
        "Fishing row",
        "The incident happened at Sabina Shoal, a fishing site seized in 2012, the ministry said.",
    )
    assert names(result) == set()


@pytest.mark.parametrize(
    "body",
    [
        'Space Command commander Gen. John W. "Jay" Raymond said the test was a threat.',
        "Commander Nikos “Nick” Petrou said the test was a threat.",
    ],
)
def test_a_quoted_nickname_is_no_part_of_the_name_and_does_not_split_it(run, body):
    assert names(run("Test", body)) <= {"John W. Raymond", "Nikos Petrou"}
    assert len(names(run("Test", body))) == 1


def test_a_title_runs_through_a_city_the_tagger_took_for_a_person(run):
    result = run(
        "Debt",
        "Speaking earlier in New York, Uruguay's Foreign Minister and Cartagena group chairman Tomas "
        "Ferrer said the decision could discourage new lending.",
    )
    assert [(p.name, p.country) for p in result.people] == [("Tomas Ferrer", "UY")]


def test_a_small_citys_dateline_tells_its_country_by_the_region_after_it(run):
    result = run(
        "Debt talks",
        "GUANAJUATO, Mexico, June 1 - Finance director Pablo Ruiz said here there were no plans to "
        "renegotiate. Argentina and Brazil disagreed, and Argentina said so.",
        published=dt.date(1987, 6, 1),
    )
    assert [(p.name, p.country) for p in result.people] == [("Pablo Ruiz", "MX")]


def test_a_caption_after_a_photo_credit_still_names_its_people(run):
    result = run(
        "Law passed",
        "The law was passed on Tuesday.\nImage copyright AFP Image caption President Nikos Petrou and "
        "other senior figures applauded when the law was passed\nGreece said the law was needed.",
    )
    assert "Nikos Petrou" in names(result)


def test_a_people_the_tagger_calls_a_nationality_is_no_one(run):
    result = run(
        "Law passed",
        "The law was passed on Tuesday.\nMedia playback is unsupported on your device Media caption Hong "
        "Kongers give their reaction to the law\nChina said the law was needed.",
    )
    assert names(result) == set()


def test_the_taggers_span_with_a_nationality_is_no_spelling_of_the_name(run):
    result = run(
        "EC FARM MINISTERS END MEETING",
        "LUXEMBOURG, June 18 - European Community farm ministers ended a negotiation today.\nTheir "
        "chairman, Belgian Marc van Damme, told a press conference this morning ministers voted.\n"
        "Damme said he would consider it.",
    )
    (person,) = [p for p in result.people if p.name == "Marc van Damme"]
    assert not any(v.startswith("Belgian") for v in person.variants)


def test_a_known_citys_dateline_region_does_not_override_its_country(run):
    result = run(
        "Talks",
        "TBILISI, Georgia, May 4 - Finance director Pablo Ruiz said the talks had failed.",
        published=dt.date(2004, 5, 4),
    )
    assert [(p.name, p.country) for p in result.people] == [("Pablo Ruiz", "GE")]


def test_a_dateline_after_a_caption_keeps_its_region_too():
    from extraction.document import find_dateline

    dateline = find_dateline("Photo caption here.\nGUANAJUATO, Mexico, June 1 (Reuters) - Officials met.")
    assert (dateline.place, dateline.region) == ("Guanajuato", "Mexico")


# round 16: a fresh draw of unseen articles


def test_a_name_the_article_calls_a_paper_a_film_a_pipeline_or_a_lake_is_no_one(run):
    result = run(
        "Petrou under pressure",
        "Greek Prime Minister Nikos Petrou confirmed a report in the news weekly Der Spiegel. He said "
        "work on the pipeline Nord Stream 2 would go on. The photo came from the film Basic Instinct. "
        "Troops met near Pangong Tso, a strategically located lake high in the mountains.",
    )
    assert names(result) == {"Nikos Petrou"}


def test_a_name_before_and_co_is_a_firms_but_merkel_and_co_are_people(run):
    result = run(
        "Markets",
        "The dollar may fall, said Eleni Kosta of Aubrey G. Lanston and Co Inc. Milan Jovic said German "
        "Chancellor Angela Merkel and co would not give in.",
    )
    assert names(result) == {"Eleni Kosta", "Milan Jovic", "Angela Merkel"}


def test_the_author_of_an_analysis_box_is_no_one_the_article_names(run):
    result = run(
        "Russia faces fallout",
        "Greek Prime Minister Nikos Petrou called for answers.\nAnalysis by Eleni Kosta, BBC News, Athens\n"
        "The pressure on Moscow is growing.",
    )
    assert names(result) == {"Nikos Petrou"}


def test_a_guessed_country_gives_way_to_the_one_the_name_fits(run):
    result = run(
        "Trade worries",
        "LONDON, April 3 - Japan's trade surplus is a worry for Europe, said Takeshi Morimoto. Japan "
        "and Britain will discuss it, said Eleanor Whitfield.",
        published=dt.date(1987, 4, 3),
    )
    assert {p.name: p.country for p in result.people} == {"Takeshi Morimoto": "JP", "Eleanor Whitfield": "GB"}


def test_a_surname_of_many_traditions_keeps_the_guess():
    from extraction.people.origin import better_fit

    assert better_fit("Pierre Languetin", "CH", ["FR", "CH"]) is None  # a Swiss may be called Pierre
    assert better_fit("Morimoto", "GB", ["GB", "JP"]) is None  # a surname alone says too little


def test_a_given_name_english_speakers_bear_keeps_an_english_speaking_guess():
    from extraction.people.origin import better_fit

    assert better_fit("Kim Kardashian", "US", ["KP", "US"]) is None
    assert better_fit("Shunjiro Karasawa", "GB", ["GB", "JP"]) == "JP"
