"""People: spaCy PERSON entities, cleaned, joined per person, with titles, country and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from ..countries import organisation_country_mentions
from ..document import dateline_end
from ..lexicon.people import CLAUSE_OPENERS, ORGANISATION_TITLES
from ..lexicon.titles import GENDERED_HONORIFICS, HONORIFICS, ONE_NAME_TITLES
from ..tokens import token_texts
from ..types import PersonExtraction
from .aliases import join_aliases
from .firstnames import gender_of
from .known import known_country
from .lists import listed_names, royal_names
from .mentions import Mention, Person, country_index, name_key
from .names import (
    clean,
    lowercase_words,
    named_as_a_body,
    only_a_place,
    only_a_word,
    other_entity_words,
    person_entities,
    place_name_starts,
)
from .nationality import (
    country_by_role,
    country_of_government,
    country_of_patron,
    fallback_countries,
    not_nationality,
    role_head,
    unnamed_roles,
)
from .quotes import attach_quotes
from .titles import apposition_after, apposition_before, country_of_after, country_under, title_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..countries import CountryMention
    from ..types import Document


def find_people(doc: Doc, document: Document, countries: list[CountryMention]) -> list[PersonExtraction]:
    """Everyone the article names, one entry each, in order of first mention."""
    countries = [c for c in countries if not not_nationality(doc, c)]
    country_at = country_index(countries)
    # titles read countries inside organisations' names too: "the U.S. Trade Representative, X"
    for mention in organisation_country_mentions(doc, document.published):
        if mention.start not in country_at and not not_nationality(doc, mention):
            country_at.update(dict.fromkeys(range(mention.start, mention.end), mention))
    texts = token_texts(doc)
    common = lowercase_words(texts)
    text = doc.text  # built on every access: read it once
    entities = person_entities(doc, common, document.published)
    entities += listed_names(doc, texts, entities)
    entities += royal_names(doc, texts, entities)
    # The dateline names a place and an agency ("BEIJING, Nov. 12 (Xinhua) --"), never a person.
    dateline = (len(document.title) + 2, len(document.title) + 2 + dateline_end(document.body))
    entities = [e for e in entities if not dateline[0] <= e.start_char < dateline[1]]
    original = document.text
    entities = [e for e in entities if not _a_header_line(original, e)]
    not_people: set[str] = set()  # words of clubs and firms: "Virgin" after "Virgin Atlantic"
    mentions = [m for ent in entities for m in [clean(doc, text, ent, country_at, common, not_people)] if m]
    if not_people:
        named = {w.casefold() for m in mentions if len(m.words) > 1 for w in m.words}
        mentions = [
            m for m in mentions if len(m.words) > 1 or m.words[0].casefold() not in not_people - named
        ]
    elsewhere = other_entity_words(doc)
    grouped = _group(mentions, doc)
    place_starts = place_name_starts(texts)
    people = [
        p
        for p in grouped
        if not only_a_place(doc, p, texts, place_starts)
        and not only_a_word(doc, p, elsewhere)
        and not named_as_a_body(doc, p)
    ]
    results = []
    pending: list[int] = []  # people whose country the titles did not give
    international: set[int] = set()  # officials of international bodies: no fallback country
    named = frozenset(k for person in people for m in person.mentions for k in range(m.start, m.end))
    # A known surname the tagger missed still ends a title: "a summit between Biden and Russian
    # President Putin" gives Putin no "Biden and" in his title.
    surnames = {m.words[-1] for person in people for m in person.mentions if len(m.words) > 1}
    named |= {i for i, text in enumerate(texts) if text in surnames and text[:1].isupper()}
    headline_end = len(document.title)
    for index, person in enumerate(people):
        name = " ".join(person.words)
        titles: list[str] = []
        country, is_international, implied = None, False, False
        # the body's grammar first: a headline's "..., LYNG SAYS" reads like an apposition
        for mention in sorted(person.mentions, key=lambda m: m.start_char < headline_end):
            for found in (
                title_before(doc, mention, country_at, named),
                apposition_before(doc, mention, country_at, named),
                apposition_after(doc, mention, country_at, named),
            ):
                if found.title and found.title not in titles:
                    titles.append(found.title)
                if found.country and not country:
                    country, implied = found.country, found.implied
                is_international = is_international or found.international
            country = (
                country
                or country_of_after(doc, mention, country_at)
                or country_under(doc, mention, country_at)
            )
        if implied and (known := known_country([m.words for m in person.mentions], document.published)):
            # Reuters called Canada's Joe Clark "Foreign Secretary": who he is outweighs the wording
            country = known
        results.append(
            PersonExtraction(
                name=name,
                country=country,
                country_read=country is not None,
                titles=titles,
                mentions=len(person.mentions),
                spans=[(m.start_char, m.end_char) for m in person.mentions],
                variants=sorted(
                    {
                        m.raw
                        for m in person.mentions
                        if not _clause_word_first(m.raw)
                        and not _cut_short(m.raw, name)
                        and not _nationality_first(m.raw)
                    }
                    - {name}
                ),
            )
        )
        if is_international and not country:
            international.add(index)
        elif not country:
            pending.append(index)
    roles = unnamed_roles(doc, countries)
    held = {(p.country, role_head(t)) for p in results if p.country for t in p.titles}
    owner = {
        k: index
        for index, person in enumerate(people)
        for m in person.mentions
        for k in range(m.start, m.end)
    }
    for index in pending:
        person = results[index]
        if known := known_country([m.words for m in people[index].mentions], document.published):
            # world knowledge, not a guess from what stands near the name
            person.country, person.country_read = known, True
            continue
        person.country = (
            country_of_patron(doc, people[index], results, owner)
            or country_of_government(doc, people[index], roles)
            or country_by_role(doc, people[index], person, roles, held)
        )
        held.update((person.country, role_head(t)) for t in person.titles if person.country)
    fallback_countries(results, document, countries, international)
    attach_quotes(doc, people, results)
    # "troubled Russian crude producer Yukos": what the title says it is, it is
    return join_aliases(text, [person for person in results if not _titled_as_an_organisation(person)])


_PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from"})


def _titled_as_an_organisation(person: PersonExtraction) -> bool:
    # ("chief dealer at Sumitomo Bank" is a person's: a title with a preposition names their post)
    heads = [title.split()[-1].lower() for title in person.titles if not _PREPOSITIONS & set(title.split())]
    return bool(heads) and len(heads) == len(person.titles) and all(h in ORGANISATION_TITLES for h in heads)


def _a_header_line(original: str, ent: Span) -> bool:
    """ "AL RAI" on a line of its own: a digest's section (a newspaper, a desk), not a person. The
    original text is read, since all-caps lines are recased before parsing."""
    start = original.rfind("\n", 0, ent.start_char) + 1
    end = original.find("\n", ent.end_char)
    line = original[start : end if end >= 0 else len(original)].strip(" -:.\t")
    name = original[ent.start_char : ent.end_char]
    return start > 0 and line == name and name.isupper()


def _group(mentions: list[Mention], doc: Doc) -> list[Person]:
    """Join mentions of one person: full names first, then surnames and partial names.

    A short form joins a longer name only when exactly one longer name fits it, so two people
    who share a surname ("Marcello and Massimo Cuttitta") are never merged, and the bare surname
    stays a separate, ambiguous entry. "King Hussein" joins only a name a ruler's title also
    precedes, never "Hussein Khalaf".
    """
    people: list[Person] = []
    by_key: dict[tuple[str, ...], Person] = {}
    # each person's fullest form, kept up to date as mentions join (`Person.words` counts them all)
    full: dict[int, tuple[str, ...]] = {}
    ordered = sorted(mentions, key=lambda m: (-len(m.words), m.start))
    for mention in ordered:
        key = name_key(mention.words)
        candidates = [p for p in people if _fits(key, full[id(p)])]
        if len(key) == 1 and _after_one_name_title(doc, mention):
            candidates = [p for p in candidates if any(_after_one_name_title(doc, m) for m in p.mentions)]
        if len(candidates) > 1 and (gender := _gender_before(doc, mention)):
            # "Mrs Trump" after Donald and Melania Trump: hers
            candidates = [p for p in candidates if gender_of(p.words[0]) != _OTHER[gender]] or candidates
        if key in by_key and len(candidates) <= 1 and (not candidates or by_key[key] is candidates[0]):
            _join(by_key[key], mention, full)
            continue
        if len(candidates) > 1:
            # "Zhang" after "Zhang Xiaoming" and "Zhang Yong": the one named last; before either
            # is named (a headline's "CUTTITTA"), it stays a separate, ambiguous entry
            before = [p for p in candidates if p.mentions[0].start < mention.start]
            if before:
                latest = max(
                    before, key=lambda p: max(m.start for m in p.mentions if m.start < mention.start)
                )
                candidates = [latest]
        if len(candidates) == 1:
            by_key.setdefault(key, candidates[0])
            _join(candidates[0], mention, full)
            continue
        person = Person([mention])
        people.append(person)
        full[id(person)] = key
        by_key[key] = person
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


_OTHER = {"M": "F", "F": "M"}


def _gender_before(doc: Doc, mention: Mention) -> str | None:
    word = doc[mention.start - 1].lower_.rstrip(".") if mention.start else ""
    return GENDERED_HONORIFICS.get(word)


def _nationality_first(raw: str) -> bool:
    """ "Belgian Paul de Keersmaeker": the tagger's span with the nationality is no spelling of the name."""
    first, _, rest = raw.partition(" ")
    return bool(rest) and gazetteer.is_adjective(first)


def _cut_short(raw: str, name: str) -> bool:
    """ "Lee Hsien" of "Lee Hsien Loong": the tagger's span that the name was widened from."""
    return name.startswith(raw + " ")


def _clause_word_first(raw: str) -> bool:
    """ "Before Mrs Trump's": NER's span with the sentence's first word (the name itself drops it,
    in `names.clean`) is no spelling of the name, nor one that starts with a title."""
    first = raw.split(" ", 1)[0].lower()
    # "Councillor Wang Yi", "PM Abe": a title the tagger took in is no spelling either
    return first in CLAUSE_OPENERS or first.rstrip(".") in HONORIFICS


def _after_one_name_title(doc: Doc, mention: Mention) -> bool:
    return mention.start > 0 and doc[mention.start - 1].lower_ in ONE_NAME_TITLES


def _join(person: Person, mention: Mention, full: dict[int, tuple[str, ...]]) -> None:
    person.mentions.append(mention)
    full[id(person)] = name_key(person.words)


def _fits(key: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Is `key` a shorter way of naming the person whose fullest form is `full`? ("Yang" for "Yang
    Jiechi", "George Bush" for "George W Bush".)"""
    if len(key) >= len(full):
        return False
    if len(key) == 1:
        return key[0] in full
    if full[: len(key)] == key:
        return True  # "Lee Hsien" for "Lee Hsien Loong": NER cut the name short
    # every word in order, same last word
    it = iter(full)
    return key[-1] == full[-1] and all(word in it for word in key)
