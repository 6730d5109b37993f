"""Who a name in an article is: the stored Person it refers to, matched across articles by any spelling."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from django.db.models import Q
from django.utils.text import slugify
from rapidfuzz.distance import Levenshtein

from entities.models import (
    Country,
    Person,
    PersonName,
    PersonRedirect,
    fold,
)
from extraction.types import (
    PersonExtraction,
)

# Two articles this many years apart name the same person only by the same spelling: "George Bush"
# of 1989 is not "George W Bush" of 2004, nor is a lone "Bush".
ERA_YEARS = 12
# Royals and religious leaders go by one name after their title ("King Hussein"): that name is not
# the surname of a namesake with a forename.
ONE_NAME_TITLES = frozenset("king queen emir sultan prince princess crown pope ayatollah sheikh shah".split())


@dataclass
class Match:
    """The stored person an extracted name refers to, and why (kept on the spelling it adds)."""

    person: Person
    reason: str
    country: Country | None = None  # read in this article for a known person who had none
    new: bool = False  # created by this call: in no other transaction's view yet


def resolve_people(
    extracted: list[PersonExtraction], countries: dict[str, Country], published: dt.date | None = None
) -> dict[str, Match]:
    """The stored Person each extracted name refers to, created when there is none.

    Matches, in order: a known spelling (names and variants, including those an admin merged); a
    transliteration of the forename with the same surname and a compatible country and era; a lone
    surname that exactly one known person of that surname fits (their country is the one read for
    the name, or one the article names, and their era is the article's). A few queries per article.
    """
    keys = {p.name: fold(p.name) for p in extracted}
    spellings = PersonName.objects.filter(key__in=keys.values()).select_related("person")
    known = {row.key: row.person for row in spellings}
    missing_keys = set(keys.values()) - known.keys()
    surnames = {key.rsplit(" ", 1)[-1] for key in missing_keys}
    by_surname: dict[str, list[Person]] = {}
    if missing_keys:
        # One query for both: people entered by hand may lack a PersonName for their own name,
        # and transliteration candidates share the surname.
        for candidate in Person.objects.filter(Q(key__in=missing_keys) | Q(surname_key__in=surnames)):
            if candidate.key in missing_keys:
                known.setdefault(candidate.key, candidate)
            by_surname.setdefault(candidate.surname_key, []).append(candidate)

    article_countries = set(countries)
    people: dict[str, Match] = {}
    new: list[Person] = []
    for item in extracted:
        key = keys[item.name]
        country = countries.get(item.country) if item.country else None
        match = Match(known[key], "the same spelling") if key in known else None
        if match is None:
            candidates = by_surname.get(key.rsplit(" ", 1)[-1], [])
            clue = Clue(key, country.pk if country else None, article_countries, published, item.titles)
            match = similar_person(clue, candidates)
        if match is None:
            person = Person(name=item.name, country=country, first_seen=published, last_seen=published)
            person.key = key
            person.surname_key = key.rsplit(" ", 1)[-1]
            new.append(person)
            # A later, shorter spelling in the same batch finds it.
            by_surname.setdefault(person.surname_key, []).append(person)
            known[key] = person
            match = Match(person, "first seen here", new=True)
        elif match.person.country_id is None and country and not match.person.is_edited:
            match.country = country  # the caller stores it once the person is locked
        people[item.name] = match
    if new:
        _assign_slugs(new)
        Person.objects.bulk_create(new)
    return people


@dataclass(frozen=True)
class Clue:
    """What an article tells of a name beyond its spelling."""

    key: str  # fold(name)
    country: str | None  # the country read for the name in this article
    article_countries: set[str]
    published: dt.date | None
    titles: list[str]


def similar_person(clue: Clue, candidates: list[Person]) -> Match | None:
    """The one candidate (same surname) this name can only be, or None when it is unclear."""
    fitting = [c for c in candidates if same_era(c, clue.published)]
    if clue.country is not None:
        fitting = [c for c in fitting if same_country(c.country_id, clue.country)]
    if " " in clue.key:
        close = [c for c in fitting if " " in c.key and same_name(c.key, clue.key)]
        if len(close) == 1:
            return Match(close[0], f"a spelling of {close[0].name} (same surname, forename transliterated)")
        return None
    if _one_name_title(clue.titles):
        return None  # "King Hussein" is no namesake's surname
    if clue.country is None:
        # Only the article's own countries can tell whose surname it is.
        fitting = [c for c in fitting if c.country_id in clue.article_countries]
    if len(fitting) == 1:
        where = clue.country or fitting[0].country_id
        return Match(fitting[0], f"surname only; the one {fitting[0].surname_key.title()} of {where} then")
    return None


def same_name(a: str, b: str) -> bool:
    """Two folded full names of one person: "alexei navalny" ~ "alexey navalny", "john f kennedy" ~
    "john kennedy"; not "shinzo abe" ~ "shintaro abe", "bill clinton" ~ "hillary clinton",
    "george h w bush" ~ "george w bush"."""
    first_a, *middle_a, last_a = a.split()
    first_b, *middle_b, last_b = b.split()
    if last_a != last_b or not same_forename(first_a, first_b):
        return False
    # Middle names or initials, where both give them, must agree.
    initials_a, initials_b = [m[0] for m in middle_a], [m[0] for m in middle_b]
    return not (initials_a and initials_b and initials_a != initials_b)


def same_forename(a: str, b: str) -> bool:
    """One forename transliterated two ways (Nikolai/Nikolay, Mikhail/Mikhael, Yasser/Yassir)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    if a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    return Levenshtein.distance(a, b) <= (1 if min(len(a), len(b)) <= 5 else 2)


# A state and the one that continued it: Gorbachev is one person in Soviet and in Russian articles.
SUCCESSORS = {("SU", "RU"), ("YU", "RS"), ("CS", "CZ"), ("DD", "DE")}


def same_country(stored: str | None, read: str) -> bool:
    return stored in (None, read) or (stored, read) in SUCCESSORS or (read, stored) in SUCCESSORS


def same_era(person: Person, published: dt.date | None) -> bool:
    if published is None or person.first_seen is None or person.last_seen is None:
        return True
    gap = max((person.first_seen - published).days, (published - person.last_seen).days, 0)
    return gap <= ERA_YEARS * 365


def _one_name_title(titles: list[str]) -> bool:
    return any(word in ONE_NAME_TITLES for title in titles for word in title.casefold().split())


def _assign_slugs(people: list[Person]) -> None:
    bases = [(p, slugify(p.name)[:200] or "person") for p in people]
    wanted = {b for _, b in bases}
    taken = _taken_slugs(Q(slug__in=wanted))  # off the unique indexes
    repeated = {b for b, n in Counter(b for _, b in bases).items() if n > 1}
    if clashing := (wanted & taken) | repeated:
        # Numbered forms ("wang-yi-2") only for the few names already in use: a regex scans.
        alternatives = "|".join(re.escape(b) for b in sorted(clashing))
        taken |= _taken_slugs(Q(slug__regex=f"^({alternatives})-[0-9]+$"))
    for person, base in bases:
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        person.slug = slug
        taken.add(slug)


def _taken_slugs(condition: Q) -> set[str]:
    """Slugs in use by people, or kept by merged people's redirects."""
    # Neither part nor the union may keep Person's default ordering (SQLite refuses ordered parts).
    people = Person.objects.filter(condition).values_list("slug", flat=True).order_by()
    merged = PersonRedirect.objects.filter(condition).values_list("slug", flat=True)
    return set(people.union(merged).order_by())
