"""Read ALL-CAPS lines (1987 Reuters headlines, CoNLL sports headers) in ordinary capitalisation.

spaCy's NER was trained on mixed-case text: "SHULTZ BEGINS TALKS WITH SHEVARDNADZE" yields little.
Each capitalised word takes the casing the rest of the article gives it ("Shultz", "talks"); words the
article never uses otherwise are lower-cased unless they name a country or city. Only letters change
case, so every character offset stays valid for `Document.text`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.lang.en.stop_words import STOP_WORDS

from . import gazetteer

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.\-]*")
_CAPS_LINE_MIN_LETTERS = 8
_CAPS_SHARE = 0.8
# Article-level abbreviations stay in capitals even when the article never repeats them.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,4}$")


# Bidi overrides, zero-width joiners and marks: invisible, yet they cut a name in two for the tagger.
# A space takes each one's place so that every offset stays valid. (Soft hyphens stay: they sit
# inside words.)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def truecase(text: str) -> str:
    """`text` with its all-caps lines recased and invisible format characters blanked; the same
    length, the same characters otherwise."""
    text = _INVISIBLE.sub(" ", text)
    lines = text.split("\n")
    caps = [i for i, line in enumerate(lines) if _is_caps(line) or (i == 0 and _is_title_case(line))]
    if not caps:
        return text
    forms = _casing_forms(line for i, line in enumerate(lines) if i not in set(caps))
    for i in caps:
        lines[i] = _recase_line(lines[i], forms)
    recased = "\n".join(lines)
    return recased if len(recased) == len(text) else text


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < _CAPS_LINE_MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= _CAPS_SHARE


def _is_title_case(line: str) -> bool:
    """ "Kenya Condemns Bomb Blasts": a headline styled with every word capitalised."""
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.8


def _casing_forms(lines) -> dict[str, str]:
    """Most common spelling of each word away from sentence starts ("talks", "Shultz", "U.S.")."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        for match in _WORD.finditer(line):
            start = match.start()
            before = line[:start].rstrip()
            if not before or before[-1] in '.!?"\u201c':
                continue  # sentence-initial capital says nothing
            word = match.group()
            counts[word.casefold()][word] += 1
    return {key: forms.most_common(1)[0][0] for key, forms in counts.items()}


def _recase_line(line: str, forms: dict[str, str]) -> str:
    out = []
    last = 0
    first = True
    for match in _WORD.finditer(line):
        word = match.group()
        out.append(line[last : match.start()])
        out.append(_recase_word(word, forms, first))
        last = match.end()
        first = False
    out.append(line[last:])
    return "".join(out)


def _recase_word(word: str, forms: dict[str, str], first: bool) -> str:
    if not word[:1].isupper() or (not word.isupper() and not word.istitle()):
        return word  # "McCain", "al-Assad": deliberate mixed case
    known = forms.get(word.casefold())
    if known and len(known) == len(word):
        new = known
    elif (
        _KEEP_UPPER.match(word)
        and (len(word) <= 3 or gazetteer.country_for(word))
        and word.lower() not in STOP_WORDS
    ):
        new = word  # "US", "NYC", "U.N.": acronyms
    elif gazetteer.country_for(word) or gazetteer.place_country(word):
        new = word.capitalize()
    else:
        new = word.lower()
    if first:
        new = new[:1].upper() + new[1:]
    return new if len(new) == len(word) else word
