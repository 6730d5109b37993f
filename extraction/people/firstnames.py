"""Given names, from gender-guesser's name dictionary (about 45,000 names from many countries).

spaCy's small model often tags "Rinat Akhmetov" or "Prudence Bushnell" as an organisation; a known
given name at the start of a short capitalised entity says it is a person. The file is read once per
process, on first use (about 0.2 s).
"""

from __future__ import annotations

import functools
from importlib import resources

_COMMON_GRADE = 3
_GRADES = frozenset("123456789ABCDabcd")


@functools.cache
def _given_names() -> dict[str, str]:
    """Each given name and the genders its bearers have: "M", "F" or "MF"."""
    return {name: gender for name, (gender, _, _) in _table().items()}


@functools.cache
def _table() -> dict[str, tuple[str, int, int]]:
    """Each given name: its bearers' genders, how common it is (the sum of the dictionary's
    per-country frequency grades, 1 to 13 each: "Mikhail" 47, "Mikhael" 4), and its highest grade in
    Great Britain, Ireland and the USA (the first three country columns)."""
    names: dict[str, tuple[str, int, int]] = {}
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with path.open(encoding="iso-8859-1") as handle:
        for line in handle:
            if line[:1] in ("#", "="):
                continue
            # fixed columns: gender code ("M", "1F" mostly female, "?" either), the name from column 3,
            # then one frequency grade per country (a hex digit, blank where the name is not used)
            name = line[3:29].strip()
            if name and " " not in name and "+" not in name:
                code = line[:2]
                gender = "M" if "M" in code else "F" if "F" in code else "MF"
                key = name.casefold()
                grades = [int(c, 16) if c in _GRADES else 0 for c in line[30:85]]
                old_gender, old_grade, old_english = names.get(key, (gender, 0, 0))
                names[key] = (
                    gender if old_gender == gender else "MF",
                    max(sum(grades), old_grade),
                    max(max(grades[:3], default=0), old_english),
                )
    return names


def common_in_english(given_name: str) -> bool:
    """ "Kim", "Harry": a given name English speakers commonly bear, whatever else it is."""
    return _table().get(given_name.casefold(), ("", 0, 0))[2] >= _COMMON_GRADE


def is_given_name(word: str) -> bool:
    return word.casefold() in _given_names()


def commonness(given_name: str) -> int:
    """How widely a given name is borne, 0 for one not in the dictionary: of two transliterations,
    the common one is the one readers know ("Mikhail", not "Mikhael")."""
    return _table().get(given_name.casefold(), ("", 0, 0))[1]


def gender_of(given_name: str) -> str | None:
    """ "M" or "F" for a name borne by one sex only ("Donald", "Melania"), else None."""
    gender = _given_names().get(given_name.casefold())
    return gender if gender in ("M", "F") else None
