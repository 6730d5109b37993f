"""One Person per real person, never one for two: how ingest matches a name to someone known."""

import datetime as dt

from entities.models import Person, PersonName
from extraction.types import PersonExtraction
from ingest.identity import resolve_people
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
