def codes(result):
    return sorted(c.code for c in result.countries)


def test_adjectives_compounds_and_abbreviations_count_as_countries(run):
    result = run("Sino-Russian ties", "The U.S. and Franco-German envoys met in Geneva.")
    assert codes(result) == ["CH", "CN", "DE", "FR", "RU", "US"]


def test_regions_and_organisation_names_do_not_add_countries(run):
    result = run(
        "Summit", "Leaders from the Middle East met the Communist Party of China in the Persian Gulf."
    )
    assert "IR" not in codes(result)


def test_focus_is_the_two_sides_of_a_bilateral_story(run):
    result = run(
        "Japan, Poland hold talks on loans",
        "Japan and Poland discussed loans. Japanese officials said Poland must agree with creditors. "
        "France and Germany were also mentioned once.",
    )
    assert result.focus == ["JP", "PL"]


def test_a_third_country_level_with_the_second_is_in_focus(run):
    result = run(
        "Iran condemns bombings in Kenya, Tanzania",
        "TEHRAN, Aug 8 - Iran condemned the bombings in Kenya and Tanzania on Saturday. "
        "Iran expressed sympathy for the victims, the Iranian news agency said.",
    )
    assert result.focus == ["IR", "KE", "TZ"]


def test_a_dateline_alone_does_not_put_the_bureau_city_in_focus(run):
    result = run(
        "NATO to admit new members",
        "BRUSSELS, Feb 10 - NATO has decided to admit Poland, Hungary and the Czech Republic in March, "
        "an official said.\nPoland welcomed it. Hungary welcomed it. The Czech Republic welcomed it.",
    )
    assert result.focus == ["CZ", "HU", "PL"]


def test_a_bureau_dateline_mentioned_again_in_passing_stays_out_of_focus(run):
    result = run(
        "Farm ministers fail to agree",
        "LONDON, May 4 - Kenyan and Ugandan farm ministers failed to agree on quotas on Monday. Kenya "
        "wants higher quotas. Uganda wants lower ones, and Kenya said it would not move. A meeting in "
        "London is planned.",
    )
    assert result.focus == ["KE", "UG"]


def test_a_home_leader_in_the_headline_puts_a_country_named_only_in_the_dateline_in_focus(run):
    result = run(
        "Countries must work together, says PM Lee Hsien Loong",
        "SINGAPORE - Countries must keep trade going, said Prime Minister Lee Hsien Loong on Tuesday. "
        '"We must work together," Mr Lee said. Mr Lee said China, Japan and South Korea agreed.',
    )
    assert "SG" in result.focus


def _chances(mentions, title="Talks resume", people=(), meetings=()):
    from extraction.focus import focus_facts, load_model
    from extraction.types import Document

    document = Document(title=title, body="x" * 200)
    facts = focus_facts(document, mentions, (30, 60), list(people), list(meetings))
    return {code: load_model().probability(row) for code, row in facts.items()}


def _mentions(codes, start=40):
    from extraction.countries import CountryMention

    return [CountryMention(c, i, i + 1, start + i, start + i + 1) for i, c in enumerate(codes)]


def test_the_sides_of_a_meeting_told_are_likelier_in_focus():
    from extraction.types import MeetingExtraction

    mentions = _mentions(["KE", "US", "TZ", "KE", "US", "TZ"])
    meeting = MeetingExtraction(participants=["A", "B"], sides=["KE", "US"], status="held")
    before, after = _chances(mentions), _chances(mentions, meetings=[meeting])
    assert after["KE"] > before["KE"] and after["US"] > before["US"]
    assert after["TZ"] < after["KE"]


def test_a_country_the_headline_names_is_likelier_in_focus():
    mentions = _mentions(["KE"] * 6 + ["JP"] * 2)
    in_headline = [*mentions, *_mentions(["JP"], start=0)]
    assert _chances(in_headline, title="Japan urges calm")["JP"] > _chances(mentions)["JP"]


def test_a_country_named_often_and_early_is_in_focus_and_one_named_once_late_is_not():
    from extraction.focus import choose_focus
    from extraction.types import Document

    document = Document(title="Talks resume", body="x" * 400)
    mentions = _mentions(["KE"] * 7) + _mentions(["JP"], start=390)
    assert choose_focus(document, mentions, (30, 60), [], []) == ["KE"]


def test_south_or_african_alone_is_no_country():
    from extraction.gazetteer import country_for

    assert country_for("South") is None
    assert country_for("African") is None
    assert country_for("South African") == "ZA"
    assert country_for("Sri Lankan") == "LK"


def codes_in(nlp, text):
    from extraction.countries import find_country_mentions

    return [m.code for m in find_country_mentions(nlp(text))]


def test_a_nationality_before_cypriot_names_a_community_not_a_country(nlp):
    assert codes_in(nlp, "Greek Cypriot and Turkish Cypriot leaders met.") == ["CY", "CY"]


def test_languages_in_a_list_of_languages_are_no_countries(nlp):
    assert codes_in(nlp, "The text was published in English, French and Arabic.") == []


def test_a_city_whose_name_keeps_its_article_is_found(nlp):
    assert codes_in(nlp, "The court in The Hague ruled on Monday.") == ["NL"]


def test_dependent_territories_count_as_their_sovereign():
    from extraction.gazetteer import place_country

    assert place_country("Guam") == "US"
    assert place_country("Greenland") == "DK"
    assert place_country("Hong Kong") == "CN"


def test_a_person_the_headline_names_stands_for_their_country_there():
    from extraction.types import PersonExtraction

    mentions = _mentions(["KE"] * 8 + ["JP"])
    tanaka = PersonExtraction(name="Tanaka", country="JP", country_read=True, spans=[(0, 6)], mentions=2)
    assert _chances(mentions, title="Tanaka urges calm", people=[tanaka])["JP"] > _chances(mentions)["JP"]


def test_the_focus_model_is_fitted_on_the_facts_focus_reads():
    from extraction.focus import load_model
    from extraction.focus_training import FEATURES

    model = load_model()
    assert model.features == FEATURES
    assert len(model.mean) == len(model.scale) == len(model.weights) == len(FEATURES)


def test_fitting_learns_that_a_telling_fact_raises_the_chance():
    from extraction.focus import FocusModel
    from extraction.focus_training import FEATURES, fit

    headline = FEATURES.index("headline")
    rows = [
        [float(i % 3 == 0) if n == headline else (i % 5) / 5 for n in range(len(FEATURES))] for i in range(60)
    ]
    labels = [row[headline] for row in rows]
    model = FocusModel(**fit(rows, labels))
    facts = dict(zip(FEATURES, rows[1], strict=True))
    assert model.probability(facts | {"headline": 1.0}) > 0.5 > model.probability(facts | {"headline": 0.0})


def test_a_story_of_one_bilateral_meeting_is_about_both_its_sides(run):
    result = run(
        "Howe seeks trade deal",
        "LONDON, May 4 - British Foreign Secretary Geoffrey Howe met Japanese Foreign Minister Tadashi "
        "Kuranari in London on Monday. Howe said Britain wanted more access. Britain's exporters agreed. "
        "British firms and British banks said so too.",
    )
    assert result.focus == ["GB", "JP"]


def test_a_trade_round_named_after_a_place_adds_no_country_and_no_side(run):
    result = run(
        "Farm trade",
        "British Agriculture Minister Tom Reyes during a visit to Washington this week endorsed the "
        "study as a starting point for the Uruguay round negotiations. The Tokyo Round is long over.",
    )
    assert codes(result) == ["GB", "US"]
    assert [m.sides for m in result.meetings] == [["GB", "US"]]


def test_a_place_named_new_and_a_country_is_not_that_country(run):
    result = run(
        "Senators",
        "Senator Tom Hale, a New Jersey Democrat, spoke. The governor of New Mexico agreed. "
        "New Zealand and Papua New Guinea signed.",
    )
    assert sorted(c.code for c in result.countries) == ["NZ", "PG"]


def test_a_new_jersey_senator_is_american(run):
    result = run("Senators", "Senator Tom Hale, a New Jersey Democrat, spoke on Monday.")
    assert [(p.name, p.country) for p in result.people] == [("Tom Hale", "US")]
