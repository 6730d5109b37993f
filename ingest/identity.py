"""Who a name in an article is: the stored Person it refers to, matched across articles by any spelling."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils.text import slugify
from rapidfuzz.distance import Levenshtein

from entities.models import (
    MERGED_BY_ADMIN,
    Country,
    Person,
    PersonCountry,
    PersonName,
    PersonRedirect,
    Role,
    fold,
)
from extraction.lexicon.titles import ONE_NAME_TITLES
from extraction.people.firstnames import commonness
from extraction.types import PersonExtraction

# Two articles this many years apart name the same person by a spelling two people share only
# when the later one names them in passing or in retrospect ("former President", "the late"):
# "President George Bush" of 1989 is not the one of 2004, nor "George W Bush", nor a lone "Bush".
ERA_YEARS = 12
# A bare surname with a title several namesakes held is the one named this many times as often
# as all the others together: papers write the surname alone for the famous one.
DOMINANT = 5
# Where the family name comes first ("Xi Jinping", "Moon Jae-in", "Lee Hsien Loong"): a lone
# "Xi" is the first word of the name, not the last. (Not Japan: English copy puts Japanese
# given names first; nor Vietnam, whose leaders go by the last word of the name.)
FAMILY_NAME_FIRST = frozenset("CN TW HK MO KP KR SG".split())
# A title naming someone as they were: the person of an earlier era, not a namesake of this one.
RETROSPECTIVE = frozenset("former late ex then onetime erstwhile".split())


@dataclass
class Match:
    """The stored person an extracted name refers to, and why (kept on the spelling it adds)."""

    person: Person
    reason: str
    fuller_name: bool = False  # the name is the fuller one of a person known by surname alone
    respelled: bool = False  # the name is another transliteration of the person's name


def resolve_people(
    extracted: list[PersonExtraction], countries: dict[str, Country], published: dt.date | None = None
) -> dict[str, Match]:
    """The stored Person each extracted name refers to, created when there is none.

    Matches, in order: a known spelling (names and variants, including those an admin merged) of a
    person of the article's era; an alias the article reads for the name ("also known as"); a
    transliteration of the forename with the same surname and a compatible country and era; a lone
    surname that exactly one known person of that surname fits (their country is the one read for
    the name, or one the article names, and their era is the article's). A guessed country (from
    the dateline, say) counts as none on either side. A few queries per article.
    """
    keys = {p.name: fold(p.name) for p in extracted}
    aliases = {p.name: [fold(a) for a in p.aliases] for p in extracted}
    wanted = {*keys.values(), *(k for ks in aliases.values() for k in ks)}
    known: dict[str, list[Person]] = {}
    spellings = PersonName.objects.filter(key__in=wanted).select_related("person")
    for row in spellings.annotate(country_read=_country_read("person")):
        row.person.country_read = row.country_read
        row.person.merged_spelling = row.reason == MERGED_BY_ADMIN
        known.setdefault(row.key, []).append(row.person)
    missing_keys = set(keys.values()) - known.keys()
    surnames = {key.rsplit(" ", 1)[-1] for key in missing_keys}
    lone = {key for key in missing_keys if " " not in key}
    by_surname: dict[str, list[Person]] = {}
    if missing_keys:
        # One query for all: people entered by hand may lack a PersonName for their own name,
        # transliteration candidates share the surname, and a lone "Xi" may open a name.
        opening = Q(country_id__in=FAMILY_NAME_FIRST) & _any_prefix(lone) if lone else Q(pk__in=[])
        candidates = Person.objects.filter(Q(key__in=missing_keys) | Q(surname_key__in=surnames) | opening)
        for candidate in candidates.annotate(country_read=_country_read()):
            if candidate.key in missing_keys:
                known.setdefault(candidate.key, []).append(candidate)
            if candidate.surname_key in surnames:
                by_surname.setdefault(candidate.surname_key, []).append(candidate)
            if (family := _family_key(candidate)) in lone:
                by_surname.setdefault(family, []).append(candidate)

    article_countries = set(countries)
    people: dict[str, Match] = {}
    new: list[Person] = []
    for item in extracted:
        key = keys[item.name]
        country = countries.get(item.country) if item.country else None
        read = country.pk if country and item.country_read else None
        clue = Clue(key, read, article_countries, published, item.titles, guess=item.country)
        match = same_spelling(clue, known.get(key, []))
        for alias in aliases[item.name]:
            if match is None and (match := same_spelling(clue, known.get(alias, []))):
                match.reason = f"known as {match.person.name} (an alias read in the same article)"
        if match is None:
            match = similar_person(clue, by_surname.get(key.rsplit(" ", 1)[-1], []))
        if match is None:
            person = Person(name=item.name, country=country, first_seen=published, last_seen=published)
            person.country_read = read is not None
            person.key = key
            person.surname_key = key.rsplit(" ", 1)[-1]
            new.append(person)
            # A later, shorter spelling in the same batch finds it.
            by_surname.setdefault(person.surname_key, []).append(person)
            if family := _family_key(person):
                by_surname.setdefault(family, []).append(person)
            known.setdefault(key, []).insert(0, person)
            match = Match(person, "first seen here")
        people[item.name] = match
    if new:
        assign_slugs(new)
        Person.objects.bulk_create(new)
    return people


def preferred_spelling(a: str, b: str) -> str:
    """Of two transliterations of one name, the one a person's page shows, whichever article came
    first: the one whose forename is the more common given name ("Mikhail", not "Mikhael"), else
    the first in alphabetical order."""
    return min(a, b, key=lambda name: (-commonness(name.split()[0]), name.casefold()))


def _any_prefix(keys: set[str]) -> Q:
    """Names opening with one of these words (served by person_key_prefix_idx)."""
    condition = Q(pk__in=[])
    for key in keys:
        condition |= Q(key__startswith=f"{key} ")
    return condition


def _family_key(person: Person) -> str | None:
    """The family name of someone whose names put it first, when it is not also the last word."""
    if person.country_id not in FAMILY_NAME_FIRST or " " not in person.key:
        return None
    return person.key.split(" ", 1)[0]


@dataclass(frozen=True)
class Clue:
    """What an article tells of a name beyond its spelling."""

    key: str  # fold(name)
    country: str | None  # the country read (not guessed) for the name in this article
    article_countries: set[str]
    published: dt.date | None
    titles: list[str] = field(default_factory=list)
    guess: str | None = None  # the country guessed for the name, when none was read

    @property
    def of_the_past(self) -> bool:
        """Named in passing (no title) or as they were ("former Soviet leader"): someone of an
        earlier era may be meant; a title held now ("President") makes them of the article's."""
        return not self.titles or any(word in RETROSPECTIVE for t in self.titles for word in _title_words(t))


def same_spelling(clue: Clue, spelled: list[Person]) -> Match | None:
    """The person of this article's era known by exactly this spelling.

    A spelling an admin merged into someone is theirs, and so is one only they have. One two people
    share (father and son, namesakes) goes to the one seen at this date, then
    the one whose own name it is, then the one seen nearest; none of another era, unless the
    article names them in passing or in retrospect.
    """
    people = list({p.pk or id(p): p for p in spelled}.values())
    if merged := [p for p in people if getattr(p, "merged_spelling", False)]:
        return Match(merged[0], "the same spelling (an admin merged it into this person)")
    if len(people) == 1:
        # Someone named again decades on ("Senator John McCain" of 1987 and of 2018) is far more
        # often the same person than a namesake spelled the same: the era decides between sharers.
        return Match(people[0], "the same spelling")
    fitting = [p for p in people if clue.of_the_past or same_era(p, clue.published)]
    if not fitting:
        return None
    if clue.country is not None and len(fitting) > 1:
        fitting = [p for p in fitting if same_country(read_country(p), clue.country)] or fitting
    best = min(
        fitting, key=lambda p: (_gap(p, clue.published) > 0, p.key != clue.key, _gap(p, clue.published))
    )
    return Match(best, "the same spelling")


def read_country(person: Person) -> str | None:
    """The person's country as identity weighs it: a guess is no evidence against a name."""
    return person.country_id if getattr(person, "country_read", False) or person.is_edited else None


def _country_read(person: str = ""):
    """Whether some article read the person's stored country by grammar (an annotation)."""
    field = f"{person}__" if person else ""
    evidence = PersonCountry.objects.filter(
        person=OuterRef(person or "pk"), country=OuterRef(f"{field}country"), read__gt=0
    )
    return Exists(evidence)


def similar_person(clue: Clue, candidates: list[Person]) -> Match | None:
    """The one candidate (same surname) this name can only be, or None when it is unclear."""
    fitting = [c for c in candidates if same_era(c, clue.published)]
    if clue.country is not None:
        fitting = [c for c in fitting if same_country(read_country(c), clue.country)]
    if " " in clue.key:
        # A middle initial is how namesakes of two eras are told apart: where only one spelling gives
        # it, the two must fit one era together ("George Bush" of 1987 is not "George W Bush" of 2004).
        close = [
            c
            for c in fitting
            if " " in c.key
            and same_name(c.key, clue.key)
            and (not _initial_given_once(c.key, clue.key) or within_era(c, clue.published))
        ]
        if len(close) == 1:
            return Match(
                close[0],
                f"a spelling of {close[0].name} (same surname, forename transliterated)",
                respelled=True,
            )
        if not any(" " in c.key for c in candidates):
            return _surname_only_person(clue, fitting)
        return None
    if _one_name_title(clue.titles):
        return None  # "King Hussein" is no namesake's surname
    if clue.country is None:
        # Only the article's own countries can tell whose surname it is.
        fitting = [c for c in fitting if c.country_id in clue.article_countries]
    surname = clue.key.title()
    if len(fitting) == 1:
        where = clue.country or fitting[0].country_id
        return Match(fitting[0], f"surname only; the one {surname} of {where} then")
    if len(fitting) > 1 and (holder := _the_one_titled(fitting, clue.titles)) is not None:
        return Match(holder, f"surname only; the one {surname} known as {clue.titles[0]}")
    if len(fitting) > 1 and not clue.titles and (famous := _the_one_famous(fitting, clue.published)):
        return Match(
            famous, f"surname only; the {surname} named in {famous.article_count} articles, the others in few"
        )
    return None


def _the_one_famous(people: list[Person], published: dt.date | None) -> Person | None:
    """A bare surname with no title is, of several namesakes, the one named in DOMINANT times as
    many articles as the others together, and first seen by this date: papers write "Trump" alone
    for the President, not for his son. A lone surname from before the famous one's first article
    is not theirs."""
    if any(p.pk is None for p in people):
        return None
    ranked = sorted(people, key=lambda p: -p.article_count)
    top, rest = ranked[0], sum(p.article_count for p in ranked[1:])
    if top.article_count < DOMINANT * max(rest, 1):
        return None
    if published is not None and top.first_seen is not None and top.first_seen > published:
        return None
    return top


def _the_one_titled(people: list[Person], titles: list[str]) -> Person | None:
    """Of several people of one surname, the one known by the title the article gives the name
    ("President Trump": not his wife nor his son); of several known by it, one named in DOMINANT
    times as many articles as the rest together (a stray reading gave the son the title). One
    query, only when the surname is shared."""
    heads = _heads(titles)
    if not heads or any(p.pk is None for p in people):
        return None
    held = Role.objects.filter(person__in=people).values_list("person_id", "title")
    holders = {pk for pk, title in held if _heads([title]) & heads}
    found = sorted((p for p in people if p.pk in holders), key=lambda p: -p.article_count)
    if len(found) > 1 and found[0].article_count < DOMINANT * sum(p.article_count for p in found[1:]):
        return None
    return found[0] if found else None


def _surname_only_person(clue: Clue, fitting: list[Person]) -> Match | None:
    """The person known so far by surname alone ("Reagan") whose full name this is: the one person
    of that surname anyone knows, of this era and country, and not a royal known by one name
    ("King Hussein"). With no country read for the name, their country must be one the article
    names, and something more must tie the two: their country read there, the same guess, or a
    title both hold ("President Reagan", "President Ronald Reagan"). A lone "Wong" of a Hong Kong
    story is not "Minister Lawrence Wong" of Singapore in an article naming China."""
    if clue.country is None:
        fitting = [c for c in fitting if c.country_id in clue.article_countries]
    if len(fitting) != 1 or fitting[0].pk is None or fitting[0].is_edited:
        return None
    (person,) = fitting
    held = list(person.roles.values_list("title", flat=True))
    if _one_name_title(held):
        return None
    tied = (
        clue.country is not None
        or read_country(person) is not None
        or person.country_id == clue.guess
        or bool(_heads(held) & _heads(clue.titles))
    )
    if not tied:
        return None
    where = clue.country or person.country_id
    return Match(
        person, f"the full name of {person.name}, the one {person.name} of {where} then", fuller_name=True
    )


def _heads(titles) -> set[str]:
    """The last word of each title: "U.S. President" and "president" are one office's."""
    return {words[-1] for t in titles if (words := _title_words(t))}


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
    """Seen within ERA_YEARS of this date."""
    return _gap(person, published) <= ERA_YEARS * 365


def within_era(person: Person, published: dt.date | None) -> bool:
    """All the person's articles and this one within ERA_YEARS of each other. An undated article
    and a person seen only in dated ones (or the reverse) cannot tell; someone entered by hand
    and never seen in an article has no era to hold against it."""
    if person.first_seen is None and not person.article_count:
        return True
    if published is None or person.first_seen is None or person.last_seen is None:
        return published is None and person.first_seen is None
    return (max(person.last_seen, published) - min(person.first_seen, published)).days <= ERA_YEARS * 365


def _gap(person: Person, published: dt.date | None) -> int:
    """Days between this date and the person's first/last seen (0 within them, or when unknown)."""
    if published is None or person.first_seen is None or person.last_seen is None:
        return 0
    return max((person.first_seen - published).days, (published - person.last_seen).days, 0)


def _initial_given_once(a: str, b: str) -> bool:
    """One spelling has a middle initial the other lacks ("george w bush", "george bush"); a
    middle name written out ("recep tayyip erdogan") is the fuller form of one person's name."""
    middle_a, middle_b = a.split()[1:-1], b.split()[1:-1]
    extra = middle_a if len(middle_a) > len(middle_b) else middle_b
    return middle_a != middle_b and all(len(word) == 1 for word in extra)


def _one_name_title(titles: list[str]) -> bool:
    return any(word in ONE_NAME_TITLES for title in titles for word in _title_words(title))


def _title_words(title: str) -> list[str]:
    return title.casefold().replace("-", " ").split()


def assign_slugs(people: list[Person]) -> None:
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
