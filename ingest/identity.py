"""Who a name in an article is: the stored Person it refers to, matched across articles by any spelling."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from django.db.models import Q
from django.utils.text import slugify

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

# How close two spellings of a forename must be to count as one person ("Nikolai"/"Nikolay").
SAME_PERSON_RATIO = 0.8


def resolve_people(extracted: list[PersonExtraction], countries: dict[str, Country]) -> dict[str, Person]:
    """The stored Person each extracted name refers to, created when there is none.

    Matches, in order: a known spelling (names and variants, including merged people's); the same
    surname and country with a close forename (transliterations); a lone surname that only one
    known person of that country carries. A handful of queries per article, whatever its size.
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

    people: dict[str, Person] = {}
    new: list[Person] = []
    for item in extracted:
        key = keys[item.name]
        country = countries.get(item.country) if item.country else None
        person = known.get(key) or _similar_person(key, country, by_surname.get(key.rsplit(" ", 1)[-1], []))
        if person is None:
            person = Person(name=item.name, country=country)
            person.key = key
            person.surname_key = key.rsplit(" ", 1)[-1]
            new.append(person)
            # A later, shorter spelling in the same batch finds it.
            by_surname.setdefault(person.surname_key, []).append(person)
            known[key] = person
        elif person.pk and person.country_id is None and country is not None and not person.is_edited:
            person.country = country
            person.save(update_fields=["country"])
        people[item.name] = person
    if new:
        _assign_slugs(new)
        Person.objects.bulk_create(new)
    return people


def _similar_person(key: str, country: Country | None, candidates: list[Person]) -> Person | None:
    compatible = [c for c in candidates if country is None or c.country_id in (None, country.pk)]
    if " " in key:
        close = [c for c in compatible if " " in c.key and _same_name(c.key, key)]
        return close[0] if len(close) == 1 else None
    if len(compatible) == 1 and country is not None:
        return compatible[0]
    return None


def _same_name(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= SAME_PERSON_RATIO


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
