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
