"""Given names, from gender-guesser's name dictionary (about 45,000 names from many countries).

spaCy's small model often tags "Rinat Akhmetov" or "Prudence Bushnell" as an organisation; a known
given name at the start of a short capitalised entity says it is a person. The file is read once per
process, on first use (about 0.2 s).
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def _given_names() -> frozenset[str]:
    names = set()
    path = resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with path.open(encoding="iso-8859-1") as handle:
        for line in handle:
            if line[:1] in ("#", "="):
                continue
            # fixed columns: gender code, two spaces, the name padded to 26 characters
            name = line[3:29].strip()
            if name and " " not in name and "+" not in name:
                names.add(name.casefold())
    return frozenset(names)


def is_given_name(word: str) -> bool:
    return word.casefold() in _given_names()
