"""Aliases an article reads for a person: one entry for both names, the alias kept with its words."""

from extraction.people.aliases import join_aliases
from extraction.types import PersonExtraction


def person(text, name, **fields):
    start = text.index(name)
    return PersonExtraction(name=name, spans=[(start, start + len(name))], mentions=1, **fields)


def test_also_known_as_after_a_name_gives_the_alias():
    text = "Rebel commander Idris Marwan, also known as Abu Karim, spoke on Monday."
    (found,) = join_aliases(text, [person(text, "Idris Marwan")])
    assert found.aliases == {"Abu Karim": "also known as"}


def test_an_alias_read_as_a_person_of_its_own_joins_the_person_it_names():
    text = "Idris Marwan (better known as Abu Karim) spoke. Abu Karim said the truce would hold."
    marwan = person(text, "Idris Marwan", country="SY", country_read=True)
    alias = PersonExtraction(
        name="Abu Karim", spans=[(text.index("Abu Karim", 40), 70)], mentions=1, quotes=["q"]
    )
    (found,) = join_aliases(text, [marwan, alias])
    assert found.name == "Idris Marwan"
    assert found.aliases == {"Abu Karim": "better known as"}
    assert (found.mentions, found.quotes, found.country) == (2, ["q"], "SY")
    assert "Abu Karim" in found.variants


def test_as_a_name_is_known_after_the_alias_names_the_person():
    text = "Abu Karim, as Idris Marwan is widely known, spoke. Marwan left."
    alias, marwan = person(text, "Abu Karim"), person(text, "Idris Marwan")
    (found,) = join_aliases(text, [alias, marwan])
    assert found.name == "Idris Marwan"
    assert found.aliases == {"Abu Karim": "as ... is known"}


def test_a_nickname_in_quotes_is_an_alias():
    text = "The guerrilla chief Tomas Ibarra, known as 'Comandante Rayo', fled."
    (found,) = join_aliases(text, [person(text, "Tomas Ibarra")])
    assert found.aliases == {"Comandante Rayo": "known as"}


def test_known_as_a_description_or_a_place_is_no_alias():
    for text in (
        "President Jorge Sandoval, known as a hardliner, arrived.",
        "Minister Lena Kovac, known as Britain's toughest negotiator, arrived.",
        "The envoy Omar Talib, known as Cairo's man in Gaza, left.",
        "The envoy Omar Talib, known as Ibarra's deputy, left.",
    ):
        name = text.split(",")[0].split(" ", 1)[1].removeprefix("envoy ")
        (found,) = join_aliases(text, [person(text, name)])
        assert found.aliases == {}, text


def test_an_alias_the_pipeline_reads_leaves_one_person(run):
    result = run(
        "Talks",
        "Palestinian negotiator Tariq Hamdan, also known as Abu Salim, met officials in Cairo on Monday. "
        "Abu Salim said the talks were useful.",
    )
    (found,) = [p for p in result.people if "Hamdan" in p.name or "Salim" in p.name]
    assert found.name == "Tariq Hamdan"
    assert found.aliases == {"Abu Salim": "also known as"}


def test_a_birth_name_after_born_is_the_same_person():
    text = "Envoy Mara Lind was named. Lind, born Mara Korvel to a diplomat, fled. Mara Korvel was six."
    lind = person(text, "Mara Lind")
    lind.spans.append((text.index("Lind,"), text.index("Lind,") + 4))
    korvel = PersonExtraction(
        name="Mara Korvel", spans=[(text.rindex("Mara Korvel"), len(text) - 9)], mentions=1
    )
    (found,) = join_aliases(text, [lind, korvel])
    assert found.name == "Mara Lind"
    assert found.aliases == {"Mara Korvel": "born"}
