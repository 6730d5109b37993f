"""One Person per real person, never one for two: how ingest matches a name to someone known."""

import datetime as dt

from entities.models import Person, PersonName
from extraction.types import PersonExtraction
from ingest.identity import preferred_spelling, resolve_people
from tests import factories


def resolve(name, code=None, *, article=(), published=dt.date(2020, 6, 1), titles=()):
    countries = {c: factories.country(c) for c in {*article, *([code] if code else [])}}
    extracted = PersonExtraction(name=name, country=code, titles=list(titles))
    return resolve_people([extracted], countries, published)[name]


def test_a_transliterated_forename_is_the_person_already_known(db):
    known = factories.person("Alexei Navalny", "RU")
    match = resolve("Alexey Navalny", "RU")
    assert match.person == known
    assert "spelling of Alexei Navalny" in match.reason


def test_two_forenames_with_one_surname_are_two_people(db):
    factories.person("Shintaro Abe", "JP")
    factories.person("Bill Clinton", "US")
    assert resolve("Shinzo Abe", "JP").reason == "first seen here"
    assert resolve("Hillary Clinton", "US").reason == "first seen here"


def test_names_whose_middle_initials_differ_are_two_people(db):
    factories.person("George H W Bush", "US")
    assert resolve("George W Bush", "US").reason == "first seen here"


def test_a_middle_initial_given_once_is_still_the_same_person(db):
    known = factories.person("John Kennedy", "US")
    assert resolve("John F Kennedy", "US").person == known


def test_a_namesake_from_another_era_is_someone_else(db):
    father = factories.person("George Bush", "US")
    Person.objects.filter(pk=father.pk).update(first_seen=dt.date(1987, 1, 1), last_seen=dt.date(1992, 12, 1))
    assert resolve("George W Bush", "US", published=dt.date(1991, 3, 1)).person == father
    assert resolve("George W Bush", "US", published=dt.date(2006, 3, 1)).reason == "first seen here"


def test_a_lone_surname_is_the_one_person_of_that_surname_in_the_articles_countries(db):
    known = factories.person("Ronald Reagan", "US")
    factories.person("Nancy Reagan")  # no country: cannot be told apart, so not a candidate
    match = resolve("Reagan", article=["US", "SU"])
    assert match.person == known
    assert match.reason.startswith("surname only")


def test_a_lone_surname_two_known_people_carry_is_left_alone(db):
    factories.person("James Baker", "US")
    factories.person("Howard Baker", "US")
    assert resolve("Baker", article=["US"]).reason == "first seen here"


def test_a_lone_surname_with_a_title_is_the_one_of_that_surname_who_holds_it(db):
    president = factories.person("Amos Varga", "US", title="President")
    factories.person("Lena Varga", "US", title="First Lady")
    factories.person("Peter Varga", "US")
    match = resolve("Varga", article=["US"], titles=["President"])
    assert match.person == president
    assert resolve("Varga", article=["US"], titles=["Senator"]).reason == "first seen here"


def test_a_lone_surname_with_a_title_two_held_is_the_one_far_more_often_named(db):
    president = factories.person("Amos Varga", "US", title="President")
    son = factories.person("Peter Varga", "US", title="President")  # a stray reading, once
    Person.objects.filter(pk=president.pk).update(article_count=40)
    Person.objects.filter(pk=son.pk).update(article_count=1)
    assert resolve("Varga", article=["US"], titles=["President"]).person == president
    Person.objects.filter(pk=son.pk).update(article_count=12)
    assert resolve("Varga", article=["US"], titles=["President"]).reason == "first seen here"


def test_a_lone_surname_with_no_title_is_the_namesake_named_far_more_often_then(db):
    president = factories.person("Amos Varga", "US")
    son = factories.person("Peter Varga", "US")
    Person.objects.filter(pk=president.pk).update(
        article_count=40, first_seen=dt.date(2016, 1, 1), last_seen=dt.date(2021, 1, 1)
    )
    Person.objects.filter(pk=son.pk).update(article_count=2)
    match = resolve("Varga", article=["US"])
    assert match.person == president
    assert "named in 40 articles" in match.reason
    Person.objects.filter(pk=son.pk).update(article_count=12)
    assert resolve("Varga", article=["US"]).reason == "first seen here"


def test_a_lone_surname_before_the_famous_namesake_was_first_seen_is_not_theirs(db):
    president = factories.person("Amos Varga", "US")
    factories.person("Peter Varga", "US")
    Person.objects.filter(pk=president.pk).update(
        article_count=40, first_seen=dt.date(2016, 1, 1), last_seen=dt.date(2021, 1, 1)
    )
    assert resolve("Varga", article=["US"], published=dt.date(2010, 1, 1)).reason == "first seen here"


def test_a_lone_family_name_written_first_is_the_one_person_it_opens(db):
    leader = factories.person("Xi Jinping", "CN")
    factories.person("Abe Shinzo", "JP")  # English copy writes Japanese names given name first
    match = resolve("Xi", article=["CN", "US"])
    assert match.person == leader
    assert match.reason == "surname only; the one Xi of CN then"
    assert resolve("Abe", article=["JP"]).reason == "first seen here"


def test_a_lone_surname_from_a_country_the_article_does_not_name_is_not_joined(db):
    factories.person("Ronald Reagan", "US")
    assert resolve("Reagan", article=["GB"]).reason == "first seen here"


def test_a_king_known_by_one_name_is_not_a_namesakes_surname(db):
    factories.person("Nizar Hussein", "IQ")
    assert resolve("Hussein", article=["IQ", "JO"], titles=["King"]).reason == "first seen here"


def test_a_soviet_leader_read_as_russian_later_is_one_person(db):
    known = factories.person("Mikhail Gorbachev", "SU")
    assert resolve("Mikhael Gorbachev", "RU").person == known


def test_ingest_keeps_why_a_spelling_was_joined_and_the_persons_era(ingest_text):
    ingest_text(
        "---\npublished: 2019-03-01\n---\nTalks in Moscow\n\nRussian opposition leader Alexei Navalny met supporters.",
        "---\npublished: 2020-08-21\n---\nNavalny in hospital\n\nRussian opposition leader Alexey Navalny was flown to Berlin.",
    )
    person = Person.objects.get(name="Alexei Navalny")
    assert (person.first_seen, person.last_seen) == (dt.date(2019, 3, 1), dt.date(2020, 8, 21))
    assert "spelling of Alexei Navalny" in PersonName.objects.get(person=person, name="Alexey Navalny").reason


def test_a_merge_records_that_an_admin_joined_the_names(db):
    kept = factories.person("Mahmoud Abbas", "PS")
    duplicate = factories.person("Abu Mazen", "PS")
    duplicate.merge_into(kept)
    assert PersonName.objects.get(person=kept, name="Abu Mazen").reason == "merged by an admin"


def test_a_participants_side_is_the_country_this_article_reads_for_them(ingest_text):
    from entities.models import MeetingParticipant

    factories.person("Sergei Lavrov", "US")  # a wrong country stored earlier
    (result,) = ingest_text(
        "---\npublished: 2020-06-03\n---\nLavrov and Wang meet\n\n"
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday."
    )
    assert result.status == "created"
    lavrov = MeetingParticipant.objects.get(person__name="Sergei Lavrov")
    assert lavrov.country_id == "RU"


def test_a_side_that_stands_only_on_a_guessed_country_is_inferred_not_counted():
    from extraction.types import MeetingExtraction
    from ingest.store import inferred_sides

    meeting = MeetingExtraction(participants=["Sergei Lavrov", "Wang Yi", "Li Hui"], sides=["CN", "RU", "US"])
    read = {"Sergei Lavrov": "RU", "Wang Yi": "CN"}
    guessed = {"Li Hui": "US"}  # from the dateline, say
    assert inferred_sides(meeting, read, guessed) == {"US"}
    assert inferred_sides(meeting, {**read, "Li Hui": "CN"}, {}) == set()


def seen(person, first, last=None, *, read=None):
    """The person as if their articles ran from `first` to `last` (and their country read or not)."""
    from entities.models import PersonCountry

    Person.objects.filter(pk=person.pk).update(first_seen=first, last_seen=last or first)
    if read:
        PersonCountry.objects.create(person=person, country=person.country, read=1, last_read=first)
    person.refresh_from_db()
    return person


def resolve_read(name, code, **kwargs):
    """`resolve`, the country read by grammar in the article rather than guessed."""
    published = kwargs.pop("published", dt.date(2020, 6, 1))
    countries = {c: factories.country(c) for c in {*kwargs.pop("article", ()), code}}
    extracted = PersonExtraction(name=name, country=code, country_read=True, **kwargs)
    return resolve_people([extracted], countries, published)[name]


def test_a_guessed_country_stored_earlier_does_not_keep_a_transliteration_apart(db):
    known = factories.person("Yassir Khalidi", "BR")  # guessed from a dateline, never read
    match = resolve_read("Yasser Khalidi", "PS")
    assert match.person == known
    assert "spelling of Yassir Khalidi" in match.reason


def test_a_country_read_earlier_keeps_a_transliteration_apart(db):
    seen(factories.person("Yassir Khalidi", "BR"), dt.date(2020, 1, 1), read=True)
    assert resolve_read("Yasser Khalidi", "PS").reason == "first seen here"


def test_a_country_guessed_in_this_article_does_not_block_a_known_person(db):
    known = seen(factories.person("Yasser Khalidi", "PS"), dt.date(2020, 1, 1), read=True)
    assert resolve("Yassir Khalidi", "BR").person == known  # BR only guessed


def test_a_lone_surname_read_as_one_country_fits_a_person_whose_country_was_a_guess(db):
    known = factories.person("Ronald Dunmore", "JP")  # guessed
    match = resolve_read("Dunmore", "US")
    assert match.person == known
    assert match.reason.startswith("surname only")


def test_the_stored_country_is_the_one_the_articles_read_not_the_one_they_guessed(ingest_text):
    ingest_text(
        "---\npublished: 2020-03-02\n---\nTalks\n\nTOKYO - Delegates met Halvard Brekke on Monday.",
        "---\npublished: 2020-03-09\n---\nVisit\n\nNorwegian Foreign Minister Halvard Brekke arrived in Rome.",
        "---\npublished: 2020-03-10\n---\nTalks\n\nTOKYO - Halvard Brekke left on Tuesday.",
    )
    person = Person.objects.get(name="Halvard Brekke")
    assert person.country_id == "NO"
    evidence = {e.country_id: (e.read, e.guessed) for e in person.country_evidence.all()}
    assert evidence["NO"] == (1, 0)
    assert evidence["JP"][0] == 0


def test_an_admin_chosen_country_stands_against_the_articles(ingest_text):
    from entities.models import Origin

    person = factories.person("Halvard Brekke", "DK")
    Person.objects.filter(pk=person.pk).update(origin=Origin.EDITED)
    ingest_text(
        "---\npublished: 2020-03-09\n---\nVisit\n\nNorwegian Foreign Minister Halvard Brekke arrived in Rome."
    )
    assert Person.objects.get(pk=person.pk).country_id == "DK"


def test_read_countries_outweigh_guesses_and_the_latest_reading_breaks_a_tie():
    from entities.models import PersonCountry

    def row(code, read=0, guessed=0, last_read=None):
        return PersonCountry(country_id=code, read=read, guessed=guessed, last_read=last_read)

    assert PersonCountry.decide([row("JP", guessed=7), row("US", read=1)]) == ("US", True)
    assert PersonCountry.decide([row("JP", guessed=7), row("US", guessed=2)]) == ("JP", False)
    old, new = dt.date(1987, 1, 1), dt.date(2001, 1, 1)
    assert PersonCountry.decide([row("SU", read=2, last_read=old), row("RU", read=2, last_read=new)]) == (
        "RU",
        True,
    )
    assert PersonCountry.decide([]) == (None, False)


def test_a_spelling_only_one_person_has_is_theirs_decades_later(db):
    senator = seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1), dt.date(1988, 6, 1))
    assert resolve("Walter Kemp", "US", published=dt.date(2018, 3, 1), titles=["Senator"]).person == senator


def test_a_shared_spelling_holding_a_title_in_neither_sharers_era_is_a_namesake(db):
    seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1), dt.date(1992, 6, 1))
    seen(factories.person("Walter J Kemp", "US", variants=["Walter Kemp"]), dt.date(2004, 1, 1))
    in_office = {"titles": ["President"]}
    assert (
        resolve("Walter Kemp", "US", published=dt.date(2040, 3, 1), **in_office).reason == "first seen here"
    )


def test_a_shared_spelling_named_in_passing_decades_later_is_a_person_of_an_earlier_era(db):
    father = seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1))
    seen(factories.person("Walter J Kemp", "US", variants=["Walter Kemp"]), dt.date(2004, 1, 1))
    assert resolve("Walter Kemp", "US", published=dt.date(2040, 3, 1)).person == father


def test_a_shared_spelling_named_in_retrospect_is_a_person_of_an_earlier_era(db):
    father = seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1))
    seen(factories.person("Walter J Kemp", "US", variants=["Walter Kemp"]), dt.date(2004, 1, 1))
    match = resolve("Walter Kemp", "US", published=dt.date(2040, 3, 1), titles=["former President"])
    assert match.person == father


def test_a_middle_initial_only_one_spelling_gives_must_fit_one_era_with_the_other(db):
    father = seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1), dt.date(1996, 6, 1))
    assert resolve("Walter J Kemp", "US", published=dt.date(1992, 3, 1)).person == father
    assert resolve("Walter J Kemp", "US", published=dt.date(2004, 3, 1)).reason == "first seen here"


def test_a_middle_name_written_out_is_the_fuller_form_of_one_persons_name(db):
    known = seen(factories.person("Recep Tayyip Ozkan", "TR"), dt.date(1998, 1, 1), dt.date(2008, 1, 1))
    assert resolve("Recep Ozkan", "TR", published=dt.date(2018, 3, 1)).person == known


def test_a_middle_initial_read_in_an_undated_article_is_no_proof_for_a_dated_one(db):
    son = factories.person("Walter J Kemp", "US")
    Person.objects.filter(pk=son.pk).update(article_count=3)  # seen only in undated articles
    assert resolve("Walter Kemp", "US", published=None).person == son
    assert resolve("Walter Kemp", "US", published=dt.date(1987, 3, 1)).reason == "first seen here"


def test_a_spelling_two_people_share_goes_to_the_one_of_the_articles_era(db):
    father = seen(factories.person("Walter Kemp", "US"), dt.date(1987, 1, 1), dt.date(1992, 6, 1))
    son = seen(
        factories.person("Walter J Kemp", "US", variants=["Walter Kemp"]),
        dt.date(2004, 1, 1),
        dt.date(2006, 1, 1),
    )
    assert resolve("Walter Kemp", "US", published=dt.date(2005, 3, 1)).person == son
    assert resolve("Walter Kemp", "US", published=dt.date(1990, 3, 1)).person == father
    # Seen by neither then: the one whose own name it is.
    assert resolve("Walter Kemp", "US", published=dt.date(1998, 3, 1)).person == father
    assert resolve("Walter J Kemp", "US", published=dt.date(1998, 3, 1)).person == son


def test_an_alias_the_article_reads_is_stored_with_why_and_finds_the_person_later(ingest_text):
    ingest_text(
        "---\npublished: 2020-03-02\n---\nTalks\n\n"
        "Palestinian negotiator Tariq Hamdan, also known as Abu Salim, met officials in Cairo on Monday.",
        "---\npublished: 2020-04-02\n---\nTalks\n\nPalestinian negotiator Abu Salim returned to Cairo.",
    )
    person = Person.objects.get(name="Tariq Hamdan")
    alias = PersonName.objects.get(person=person, name="Abu Salim")
    assert "an alias read in" in alias.reason and "'also known as'" in alias.reason
    assert not Person.objects.filter(name="Abu Salim").exists()
    assert person.mentions.count() == 2


def test_a_name_known_only_as_someones_alias_is_that_person(db):
    known = factories.person("Tariq Hamdan", "PS", variants=["Abu Salim"])
    extracted = PersonExtraction(name="Idris Hamdan", aliases={"Abu Salim": "known as"})
    match = resolve_people([extracted], {}, dt.date(2020, 6, 1))["Idris Hamdan"]
    assert match.person == known
    assert "alias" in match.reason


def test_an_admin_merge_decides_later_articles_whatever_their_era(db):
    kept = seen(factories.person("Tariq Hamdan", "PS"), dt.date(1987, 1, 1))
    duplicate = seen(factories.person("Abu Salim", "JO"), dt.date(1988, 1, 1))
    Person.objects.create(name="Abu Salim", slug="abu-salim-namesake", first_seen=dt.date(2020, 1, 1))
    duplicate.merge_into(kept)
    match = resolve("Abu Salim", "JO", published=dt.date(2020, 6, 1), titles=["President"])
    assert match.person == kept
    assert "admin" in match.reason


def test_a_full_name_is_the_person_known_until_then_by_that_surname_alone(ingest_text):
    ingest_text(
        "---\npublished: 2020-03-02\n---\nTalks\n\nAmerican envoy Dunmore met Swedish officials. Dunmore left.",
        "---\npublished: 2020-03-09\n---\nVisit\n\nAmerican envoy Ronald Dunmore arrived in Stockholm.",
    )
    person = Person.objects.get(surname_key="dunmore")
    assert person.name == "Ronald Dunmore"
    assert person.mentions.count() == 2
    assert "the full name of Dunmore" in person.names.get(name="Ronald Dunmore").reason


def test_a_full_name_is_not_joined_to_a_lone_surname_on_guesses_alone(db):
    factories.person("Harlan", "CN")  # guessed
    assert resolve("Hilda Harlan", "CN", article=["CN"]).person.name == "Harlan"  # the same guess
    assert (
        resolve("Hilda Harlan", "SG", article=["CN", "SG"], titles=["Minister"]).reason == "first seen here"
    )


def test_a_full_name_guessed_elsewhere_joins_a_lone_surname_holding_the_same_title(db):
    lone = factories.person("Harlan", "US", title="President")  # guessed
    assert resolve("Ronald Harlan", "JP", article=["JP", "US"], titles=["President"]).person == lone


def test_a_full_name_is_not_joined_to_a_lone_surname_another_full_name_shares(db):
    factories.person("Harlan", "US")
    factories.person("Bill Harlan", "US")
    assert resolve_read("Hilda Harlan", "US").reason == "first seen here"


def test_a_full_name_is_not_a_royal_known_by_one_name(db):
    factories.person("Hassan", "JO", title="King")
    assert resolve_read("Omar Hassan", "JO").reason == "first seen here"


def test_a_merge_adds_up_both_peoples_country_evidence(db):
    from entities.models import PersonCountry

    kept = factories.person("Tariq Hamdan", "BR")
    duplicate = factories.person("Abu Salim", "PS")
    PersonCountry.objects.create(person=kept, country=kept.country, guessed=3)
    PersonCountry.objects.create(person=duplicate, country=duplicate.country, read=1)
    duplicate.merge_into(kept)
    kept.refresh_from_db()
    assert kept.country_id == "PS"
    assert {(e.country_id, e.read, e.guessed) for e in kept.country_evidence.all()} == {
        ("BR", 0, 3),
        ("PS", 1, 0),
    }


def test_a_title_written_in_two_cases_is_one_role(ingest_text):
    ingest_text(
        "Talks\n\nPresident Amos Varga met envoys on Monday.",
        "More talks\n\nAmos Varga, the president, met envoys again on Tuesday.",
    )
    varga = Person.objects.get(name="Amos Varga")
    assert [r.title.casefold() for r in varga.roles.all()].count("president") == 1


def test_a_persons_page_shows_the_same_spelling_whichever_article_came_first(ingest_text):
    ingest_text("Talks\n\nRussian envoy Nikolay Sorokin met officials in Geneva on Monday.")
    ingest_text("More talks\n\nRussian envoy Nikolai Sorokin met officials in Rome on Tuesday.")
    person = Person.objects.get()
    assert (person.name, person.slug) == ("Nikolai Sorokin", "nikolai-sorokin")
    assert person.redirects.filter(slug="nikolay-sorokin").exists()


def test_a_page_shows_the_more_common_transliteration_whichever_came_first():
    assert preferred_spelling("Mikhael Gorbachev", "Mikhail Gorbachev") == "Mikhail Gorbachev"
    assert preferred_spelling("Yasser Arafat", "Yassir Arafat") == "Yasser Arafat"
    assert preferred_spelling("Nikolay Patrushev", "Nikolai Patrushev") == "Nikolai Patrushev"
