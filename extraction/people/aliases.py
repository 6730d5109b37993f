"""Aliases: another name the article says a person goes by, read from the words that say so.

"Mahmoud Abbas, also known as Abu Mazen", "Mahmoud Abbas (better known as Abu Mazen)", "Abu Mazen,
as Mahmoud Abbas is known": the two names are one person. When the alias was read as a person of
its own, that entry joins the person's; either way the alias is kept on the person, with the words
that told it, so that other articles naming them only by it find them.
"""

from __future__ import annotations

import re

from ..gazetteer import country_for, fold, place_country
from ..lexicon.aliases import ALIAS_AFTER, ALIAS_KNOWN_ADVERBS
from ..lexicon.people import PARTICLES
from ..types import PersonExtraction

_QUOTE = "\"'\u201c\u201d\u2018\u2019"
# A name: capitalised words, with lower-case particles inside ("Abu Ali al-Hassan"), up to five
# words, perhaps in quotes.
_WORD = r"[A-Z](?:\.|[\w'\u2019-]*)"  # a word or an initial
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
_NAME = rf"[{_QUOTE}]?(?P<{{group}}>{_WORD}(?:[ -](?:(?:{_PARTICLE})[ -])?{_WORD}){{{{0,4}}}})[{_QUOTE}]?"
_PHRASES = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ALIAS_AFTER)
# After a name: ", also known as Y" / " (also known as Y" / ", who is better known as Y".
_AFTER = re.compile(rf"\s*[,(]\s*(?:who\s+is\s+)?(?P<said>{_PHRASES})\s+{_NAME.format(group='alias')}")
# After the alias: ", as X is known" / ", as X was widely known".
_ADVERBS = "|".join(sorted(ALIAS_KNOWN_ADVERBS))
_REVERSED = re.compile(
    rf"\s*,\s*as\s+{_NAME.format(group='real')}\s+(?:is|was)\s+(?:(?:{_ADVERBS})\s+)?known\b"
)


def join_aliases(text: str, people: list[PersonExtraction]) -> list[PersonExtraction]:
    """The people with the aliases the article gives them; a person read only under an alias is
    folded into the one it names (their mentions, titles, quotes and country evidence carried)."""
    by_key = {fold(form): p for p in people for form in [p.name, *p.variants]}
    gone: set[int] = set()
    for person in people:
        if id(person) in gone:
            continue
        for _, end in person.spans:
            if (found := _AFTER.match(text, end)) is not None:
                named, alias, said = person, _clean(found["alias"]), _said(found["said"])
            elif (found := _REVERSED.match(text, end)) is not None:
                named = by_key.get(fold(_clean(found["real"])))
                alias, said = person.name, "as ... is known"
                if named is None:
                    # The real name was not read as a person: the alias's entry takes it.
                    named, alias = person, _clean(found["real"])
            else:
                continue
            if _possessive(found) or not _an_alias(alias, named):
                continue
            other = by_key.get(fold(alias))
            if other is not None and other is not named and id(other) not in gone:
                _fold_into(named, other)
                gone.add(id(other))
                by_key.update({fold(form): named for form in [other.name, *other.variants]})
            named.aliases.setdefault(alias, said)
            if id(person) in gone:
                break  # read as the alias of another, whose entry now has its spans
    return [p for p in people if id(p) not in gone]


def _possessive(found: re.Match) -> bool:
    """ "known as Ortega's deputy": a description, not a name."""
    return any(found[g].endswith(("'s", "\u2019s")) for g in ("alias", "real") if g in found.re.groupindex)


def _clean(name: str) -> str:
    return name.strip(_QUOTE + ".,;:").removesuffix("'s").removesuffix("\u2019s")


def _said(phrase: str) -> str:
    return " ".join(phrase.split())


def _an_alias(alias: str, person: PersonExtraction) -> bool:
    """Another name, not a place ("known as Gaza"), nor the person's own name or part of it."""
    key = fold(alias)
    if not key or key in fold(person.name).split() or key == fold(person.name):
        return False
    return country_for(alias) is None and place_country(alias) is None


def _fold_into(person: PersonExtraction, alias: PersonExtraction) -> None:
    """One entry for the two names: what was read of the alias is the person's."""
    person.mentions += alias.mentions
    person.spans = sorted([*person.spans, *alias.spans])
    person.variants = sorted({*person.variants, *alias.variants, alias.name} - {person.name})
    person.titles += [t for t in alias.titles if t not in person.titles]
    person.quotes += [q for q in alias.quotes if q not in person.quotes]
    for name, said in alias.aliases.items():
        person.aliases.setdefault(name, said)
    if alias.country and (person.country is None or (alias.country_read and not person.country_read)):
        person.country, person.country_read = alias.country, alias.country_read
