"""People read so that they hold on unseen articles: patterns of names, titles and countries (issue 10)."""


def people_of(result):
    return {p.name: p for p in result.people}


def test_a_hyphenated_given_name_and_its_spaced_spelling_are_one_person(run):
    result = run(
        "Envoy named",
        "North Korean envoy Pak Song-chol arrived in Hanoi on Monday. Pak Song Chol later met officials.",
    )
    assert len(result.people) == 1
    assert result.people[0].country == "KP"
