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
