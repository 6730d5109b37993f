"""What the people finder passes between its stages: a mention, a person, a title's reading."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..countries import CountryMention

POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


@dataclass
class Mention:
    words: list[str]  # the cleaned name, word by word
    start: int  # token indices of the cleaned name
    end: int
    start_char: int
    end_char: int
    raw: str  # the entity as written, titles included


@dataclass(frozen=True)
class Context:
    """What the words around a name say: title, country, and whether it is an international body."""

    title: str = ""
    country: str | None = None
    international: bool = False
    tokens: tuple[int, int] = (0, 0)
    implied: bool = False  # the country is what the title's wording implies ("Foreign Secretary")


NOTHING = Context()


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        # the fullest form: most words, then most frequent
        forms = Counter(tuple(m.words) for m in self.mentions)
        return list(max(forms, key=lambda form: (len(form), forms[form], form)))

    @property
    def keys(self) -> set[str]:
        return {w.casefold() for m in self.mentions for w in m.words}


def name_key(words: list[str]) -> tuple[str, ...]:
    """How a name is compared: "Kim Jong-un" and "Kim Jong Un" are one person."""
    return tuple(part for word in words for part in word.casefold().split("-") if part)


def country_index(countries: list[CountryMention]) -> dict[int, CountryMention]:
    return {k: mention for mention in countries for k in range(mention.start, mention.end)}
