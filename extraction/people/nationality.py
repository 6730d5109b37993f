"""Person countries that no title gives: the patron, an unnamed role, the dateline.

Grammar (titles, appositions, "of <country>", institutions; see titles.py) is read first and wins.
These readings only fill what grammar leaves blank. The nearest country in the sentence is not
one of them: on articles nobody tuned on it was wrong more often than the dateline ("talks with
Japan, Daniel Marsh said" in a London story). The dateline and main-country fallback stays because,
measured on the held-out check set, dropping it lowers both person_country (a blank scores as
wrong) and meetings F1.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .. import gazetteer
from ..lexicon.people import NOT_NATIONALITY_AFTER, NOT_NATIONALITY_BEFORE
from ..lexicon.titles import ROLE_HEADS
from .mentions import POSSESSIVE, Person
from .origin import better_fit

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..countries import CountryMention
    from ..types import Document, PersonExtraction

_ROLE_ALIASES = {"premier": "minister", "officials": "official"}


def not_nationality(doc: Doc, mention: CountryMention) -> bool:
    end, start = mention.end, mention.start
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in NOT_NATIONALITY_AFTER:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NOT_NATIONALITY_BEFORE


def role_head(title: str) -> str:
    words = title.lower().replace("\u2019", "'").split()
    head = words[-1] if words else ""
    return _ROLE_ALIASES.get(head, head)


def unnamed_roles(doc: Doc, countries: list[CountryMention]) -> list[tuple[CountryMention, str]]:
    """Countries that belong to an unnamed person: "the Italian prime minister said", "Kenya's trade
    minister", with no name after the role. They say nothing about people named nearby."""
    found = []
    n = len(doc)
    for mention in countries:
        k = mention.end
        if k < n and doc[k].text in POSSESSIVE:
            k += 1
        start, head, words = k, "", []
        while k < n and k - mention.end < 4 and doc[k].is_lower and doc[k].is_alpha:
            if doc[k].lower_ in ROLE_HEADS:
                head = doc[k].lower_
                words = [t.lower_ for t in doc[start : k + 1]]
            elif head:
                break
            k += 1
        if not head or head in ("foreign", "prime"):
            continue
        if k < n and (doc[k].ent_type_ == "PERSON" or (doc[k].is_title and not doc[k].is_sent_start)):
            continue  # "Chinese premier Li Keqiang": the title of a named person
        words[-1] = _ROLE_ALIASES.get(head, head)
        found.append((mention, " ".join(words)))
    return found


def country_by_role(
    doc: Doc,
    person: Person,
    found: PersonExtraction,
    roles: list[tuple[CountryMention, str]],
    held: set[tuple[str, str]],
) -> str | None:
    """ "the Pakistani president's visit ... President Musharraf": the one country whose president
    the article mentions without a name, when no named person already holds that role. A role left
    unnamed in a sentence that names the person is someone else ("The Italian prime minister will
    meet Prime Minister X")."""
    titles = [_role_words(t) for t in found.titles]
    titles = [t for t in titles if t and t[-1] not in {"official", "government", "delegation"}]
    theirs = {doc[m.start].sent.start for m in person.mentions}
    codes = {
        m.code
        for m, role in roles
        if any(_same_role(title, role.split()) for title in titles)
        and (m.code, role_head(role)) not in held
        and doc[m.start].sent.start not in theirs
    }
    return codes.pop() if len(codes) == 1 else None


def _role_words(title: str) -> list[str]:
    words = title.lower().replace("\u2019", "'").split()
    if words:
        words[-1] = _ROLE_ALIASES.get(words[-1], words[-1])
    return words


def _same_role(title: list[str], role: list[str]) -> bool:
    """ "Foreign Minister" is "the Japanese foreign minister", and "Minister" may be; "Information
    Minister" is not: the shorter of the two ends the longer."""
    short, long = sorted((title, role), key=len)
    return long[len(long) - len(short) :] == short


def country_of_government(doc: Doc, person: Person, roles: list[tuple[CountryMention, str]]) -> str | None:
    """ "The Israeli government is studying plans submitted by Defence Minister X": the one
    government named before the person in their sentence is theirs."""
    for mention in person.mentions:
        sent = doc[mention.start].sent
        codes = {
            m.code
            for m, role in roles
            if role_head(role) == "government" and sent.start <= m.start < mention.start
        }
        if len(codes) == 1:
            return codes.pop()
    return None


_OPPOSITES = frozenset(["counterpart", "counterparts", "rival", "opponent", "host", "guest", "visitor"])
_PATRON_REACH = 6


def country_of_patron(
    doc: Doc, person: Person, results: list[PersonExtraction], owner: dict[int, int]
) -> str | None:
    """ "Nakasone ... his Trade and Industry Minister, Hajime Tamura", "Putin's spokesman Dmitry
    Peskov": someone's own minister or aide serves the same state (a counterpart does not)."""
    for mention in person.mentions:
        k = mention.start - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        words = 0
        while k >= 0 and words < _PATRON_REACH and doc[k].text not in (".", ";", '"', "\u201c"):
            token = doc[k]
            if k in owner and words and _title_between(doc, k + 1, mention.start):
                # "Netanyahu aide Dore Gold", "Putin spokesman Dmitry Peskov"
                return _read_country(results, owner[k])
            if token.lower_ in _OPPOSITES or k in owner:
                break
            if token.lower_ in ("his", "her"):
                patron = _last_person_before(doc, k, owner)
                return (
                    results[patron].country if patron is not None and results[patron].country_read else None
                )
            if token.text in POSSESSIVE and k - 1 in owner:
                patron = owner[k - 1]
                return results[patron].country if results[patron].country_read else None
            k -= 1
            words += 1
    return None


def _title_between(doc: Doc, start: int, end: int) -> bool:
    return all(doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} and doc[i].text != "," for i in range(start, end))


def _read_country(results: list[PersonExtraction], patron: int | None) -> str | None:
    # only a country the patron's own words gave: a guessed one would spread its error
    return results[patron].country if patron is not None and results[patron].country_read else None


def _last_person_before(doc: Doc, k: int, owner: dict[int, int]) -> int | None:
    """The person "his" refers to: the one named last before it, in this sentence or the one before."""
    sent = doc[k].sent
    limit = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return next((owner[i] for i in range(k - 1, limit - 1, -1) if i in owner), None)


def fallback_countries(
    results: list[PersonExtraction], document: Document, countries: list[CountryMention], skip: set[int]
) -> None:
    """People with no stated country: the dateline's country, else the article's main country.

    Wire stories name home officials without their nationality ("TOKYO - Prime Minister Yasuhiro
    Nakasone said"); officials of international bodies keep None.
    """
    if not countries:
        return
    home = None
    if document.dateline_place:
        home = document.dateline_country()
    if home is None:
        home = Counter(m.code for m in countries).most_common(1)[0][0]
    by_mentions = [code for code, _ in Counter(m.code for m in countries).most_common()]
    for index, person in enumerate(results):
        if person.country is None and index not in skip:
            if document.datelines and person.spans:
                # a digest's stories each have their own dateline: "ANKARA - A Turkish court jailed X"
                place = document.dateline_before(person.spans[0][0])
                person.country = gazetteer.place_country(place, document.published) or home
            else:
                person.country = home
            # "Shunjiro Karasawa" in a London story: not a Briton, but the article's Japanese
            person.country = better_fit(person.name, person.country, by_mentions) or person.country
