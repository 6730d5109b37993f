"""How well a name fits a state's naming tradition: a character n-gram model (naive Bayes) of the
names in `lexicon.officials`, grouped by `lexicon.cultures`. Built once per process, in a few ms.

It only vetoes: a guessed country (the dateline's, the article's main one) that a name does not fit
at all ("Shunjiro Karasawa" as a Briton, "Roger Smith" as a Japanese) gives way to the article's
most-named country that it fits well. The whole name is read, not the surname alone, which is too
short to learn from; a given name common in English keeps an English-speaking guess ("Kim
Kardashian" of the US).
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass

from ..lexicon.cultures import CULTURE_OF
from ..lexicon.officials import OFFICIALS
from .firstnames import common_in_english

_SIZES = (2, 3, 4)
_SMOOTHING = 0.1
UNFIT = 0.02  # below this share, a name does not fit a tradition
FIT = 0.9  # above it, it does
# Traditions the officials list has enough names of to tell apart. The others are left alone both
# ways: with few names to learn from, a Turkish or a Central African name looks European to the
# model ("Orhan Delibas", "Christophe Grelombe").
MODELLED = frozenset({"european", "east-asian", "slavic", "middle-eastern", "south-asian"})


def _grams(name: str) -> list[str]:
    text = "^" + "^".join(name.lower().replace("-", " ").split()) + "$"
    return [text[i : i + n] for n in _SIZES for i in range(len(text) - n + 1)]


@dataclass(frozen=True)
class _Tradition:
    log_prior: float
    log_seen: dict[str, float]  # log P(gram | tradition) of each gram its names have
    log_unseen: float  # ... and of any other


@functools.cache
def _model() -> dict[str, _Tradition]:
    names: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    for name, code, *_ in OFFICIALS:
        if culture := CULTURE_OF.get(code):
            names[culture] += 1
            counts.setdefault(culture, Counter()).update(_grams(name))
    vocabulary = len({gram for grams in counts.values() for gram in grams})
    model = {}
    for culture, grams in counts.items():
        size = grams.total() + _SMOOTHING * vocabulary
        model[culture] = _Tradition(
            log_prior=math.log(names[culture] / names.total()),
            log_seen={gram: math.log((seen + _SMOOTHING) / size) for gram, seen in grams.items()},
            log_unseen=math.log(_SMOOTHING / size),
        )
    return model


def name_fit(name: str) -> dict[str, float]:
    """The share of each naming tradition in how likely `name` is (they sum to 1)."""
    grams = _grams(name)
    scores = {
        culture: tradition.log_prior
        + sum(tradition.log_seen.get(gram, tradition.log_unseen) for gram in grams)
        for culture, tradition in _model().items()
    }
    top = max(scores.values())
    weights = {culture: math.exp(score - top) for culture, score in scores.items()}
    whole = sum(weights.values())
    return {culture: weight / whole for culture, weight in weights.items()}


def better_fit(name: str, guessed: str, candidates: list[str]) -> str | None:
    """The first of `candidates` whose tradition `name`'s surname fits, when it does not fit `guessed`'s."""
    if len(name.split()) < 2 or CULTURE_OF.get(guessed) not in MODELLED:
        return None
    if CULTURE_OF[guessed] == "european" and common_in_english(name.split()[0]):
        return None  # "Kim Kardashian" of the US is no Korean
    fit = name_fit(name)
    if fit.get(CULTURE_OF[guessed], 0.0) >= UNFIT:
        return None
    fitting = [
        c for c in candidates if c != guessed and CULTURE_OF.get(c) in MODELLED and fit[CULTURE_OF[c]] >= FIT
    ]
    return fitting[0] if fitting else None
