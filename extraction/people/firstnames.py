"""Given names, from gender-guesser's name dictionary (about 45,000 names from many countries).

spaCy's small model often tags "Rinat Akhmetov" or "Prudence Bushnell" as an organisation; a known
given name at the start of a short capitalised entity says it is a person. The file is read once per
process, on first use (about 0.2 s).
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _given_names() -> dict[str, str]:
    """Each given name and the genders its bearers have: "M", "F" or "MF"."""
    names: dict[str, str] = {}
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with path.open(encoding="iso-8859-1") as handle:
        for line in handle:
            if line[:1] in ("#", "="):
                continue
            # fixed columns: gender code ("M", "1F" mostly female, "?" either), the name from column 3
            name = line[3:29].strip()
            if name and " " not in name and "+" not in name:
                code = line[:2]
                gender = "M" if "M" in code else "F" if "F" in code else "MF"
                key = name.casefold()
                names[key] = gender if names.get(key, gender) == gender else "MF"
    return names


def is_given_name(word: str) -> bool:
    return word.casefold() in _given_names()


def gender_of(given_name: str) -> str | None:
    """ "M" or "F" for a name borne by one sex only ("Donald", "Melania"), else None."""
    gender = _given_names().get(given_name.casefold())
    return gender if gender in ("M", "F") else None
