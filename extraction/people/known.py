"""The country of an official the news names without saying whose they are ("Blair said"): looked
up in `lexicon.officials`, which was written from general knowledge, not from any article.

A full name is theirs from (a little before) their first year in the news on; a lone surname only
when every official of that surname in the news then is of one country.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from .. import gazetteer
from ..lexicon.officials import OFFICIALS

# Years before their first and after their last year in the news that an article still means them:
# named before their rise ("Senator Biden" of 1987 is in the list from then) or in retrospect.
_BEFORE, _AFTER = 2, 10
_Entry = tuple[str, int, int]  # country, first year, last year
_SPELLING_EDITS = 2


def _key(name: str) -> str:
    """ "George H.W. Bush" ~ "George H W Bush", "(Mike) Pompeo" ~ "Mike Pompeo"."""
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in gazetteer.fold(name)).split())


@functools.cache
def _tables() -> tuple[dict[str, list[_Entry]], dict[str, list[tuple[str, _Entry]]]]:
    by_name: dict[str, list[_Entry]] = defaultdict(list)
    by_surname: dict[str, list[tuple[str, _Entry]]] = defaultdict(list)  # with the given names
    for name, code, first, last in OFFICIALS:
        key = _key(name)
        given, _, surname = key.rpartition(" ")
        by_name[key].append((code, first, last))
        by_surname[surname].append((given, (code, first, last)))
    return dict(by_name), dict(by_surname)


def _spelled_otherwise(key: str, by_surname: dict[str, list[tuple[str, _Entry]]]) -> list[_Entry]:
    """ "Yassir Arafat", "Mikhael Gorbachev": a known surname whose given name is another spelling of
    the listed one (as long, one or two letters changed, same initial), not a namesake ("Hillary"
    Clinton) nor a familiar form ("Billy" is not "Bill")."""
    given, _, surname = key.rpartition(" ")
    return [
        entry
        for listed, entry in by_surname.get(surname, [])
        if len(listed) == len(given)
        and listed[:1] == given[:1]
        and Levenshtein.distance(listed, given) <= _SPELLING_EDITS
    ]


def known_country(names: list[list[str]], published: dt.date | None) -> str | None:
    """The country of the known official these mentions name (word lists, longest first), or None."""
    by_name, by_surname = _tables()
    year = published.year if published else None
    longest = max(names, key=len)
    if len(longest) > 1:
        key = _key(" ".join(longest))
        entries = by_name.get(key) or _spelled_otherwise(key, by_surname)
    else:
        entries = [entry for _, entry in by_surname.get(_key(longest[0]), [])]
    # a full name is the same person however long after their time ("founder Kim Il Sung" in 2020);
    # a lone surname means the one in the news then ("Crown Prince Abdullah" of 1996 is a Saudi, not
    # Afghanistan's Abdullah Abdullah)
    fitting = {
        c
        for c, first, last in entries
        if year is None or (first - _BEFORE <= year and (len(longest) > 1 or year <= last + _AFTER))
    }
    # "Shevardnadze" of 1987 is a Soviet minister
    return gazetteer.on_date(fitting.pop(), published) if len(fitting) == 1 else None
