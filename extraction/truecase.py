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
from .lexicon.dates import MONTH_NAMES, WEEKDAYS
from .lexicon.meetings import SPEECH_VERBS, VERB_FORMS
from .lexicon.titles import HONORIFICS, ROLE_HEADS, ROLE_WORDS
from .people.firstnames import is_given_name

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
    if _in_one_case(text):
        # capitals are kept where a mostly lower-case article has them
        recased = _guess_case(text if any(c.islower() for c in text) else text.lower())
        return recased if len(recased) == len(text) else text
    lines = text.split("\n")
    caps = [i for i, line in enumerate(lines) if _is_caps(line) or (i == 0 and _is_title_case(line))]
    if not caps:
        return text
    rest = [i for i in range(len(lines)) if i not in set(caps)]
    body = "\n".join(lines[i] for i in rest)
    if _in_one_case(body) and any(c.islower() for c in body):
        # a capitals headline over a lower-case story (a 1987 wire's "mexico city, april 24 -")
        for i, line in zip(rest, _guess_case(body).split("\n"), strict=True):
            lines[i] = line
    forms = _casing_forms(line for i, line in enumerate(lines) if i not in set(caps))
    for i in caps:
        lines[i] = _recase_line(lines[i], forms)
    recased = "\n".join(lines)
    return recased if len(recased) == len(text) else text


_ONE_CASE_MIN_WORDS = 20
_TITLED_SHARE = 0.05  # ordinary news prose capitalises one word in seven or more
_NAME_WORDS_MAX = 3
_LOWER_PLACES_MIN = 3
_CALENDAR = frozenset(m.lower() for m in MONTH_NAMES) | frozenset(WEEKDAYS)
_TITLE_WORDS = ROLE_HEADS | ROLE_WORDS | HONORIFICS
_NOUN_SUFFIXES = ("ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence")
_ENDS_A_NAME = _TITLE_WORDS | SPEECH_VERBS | frozenset(VERB_FORMS) | STOP_WORDS | _CALENDAR


def _in_one_case(text: str) -> bool:
    """A whole article in lower case or in capitals: no line says how its words are written."""
    words = _WORD.findall(text)
    if len(words) < _ONE_CASE_MIN_WORDS:
        return False
    if all(not w.islower() for w in words):
        return True
    if sum(w[0].isupper() for w in words) / len(words) < _TITLED_SHARE:
        return True
    # A wire story keyed in lower case with a few capitals left ("Iranian foreign minister ali akbar
    # velayati ... cuban officials"): prose that writes country names and nationalities in lower case
    # more often than not writes everything so (not cities: many are English words, "side", "match").
    places = [w for w in words if len(w) > 3 and w.lower() not in STOP_WORDS and _names_a_country(w.lower())]
    lowered = sum(w.islower() for w in places)
    return lowered >= _LOWER_PLACES_MIN and lowered > len(places) - lowered


def _guess_case(text: str) -> str:
    """Capitalise, in lower-case `text`, what is usually capitalised: sentence starts, months and
    days, countries, cities and nationalities, and names: the words after a given name or a title
    ("foreign minister wang yi"), then those words wherever they recur ("wang said")."""
    matches = list(_WORD.finditer(text))
    names: set[str] = set()
    words = [m.group().rstrip(".").lower() for m in matches]
    for i, word in enumerate(words):
        opens = word in _TITLE_WORDS or (word not in STOP_WORDS and len(word) > 2 and is_given_name(word))
        if not opens:
            continue
        k = i if word not in _TITLE_WORDS else i + 1
        taken: list[str] = []
        while k < len(matches) and len(taken) < _NAME_WORDS_MAX:
            following = words[k]
            between = text[matches[k - 1].end() : matches[k].start()] if k > i else ""
            between += "." if k > i and matches[k - 1].group().endswith(".") else ""
            if following in _ENDS_A_NAME or between.strip() or _names_a_place(following):
                break
            if len(following) > 5 and following.endswith(_NOUN_SUFFIXES):
                break  # "silver marketing": an English noun, not a surname
            taken.append(following)
            k += 1
        # a given name alone may be a common word ("autumn", "will"): it takes a surname after it
        if word in _TITLE_WORDS or len(taken) > 1:
            names.update(taken)
    out, last, sentence_start = [], 0, True
    for match, bare in zip(matches, words, strict=True):
        word = match.group()
        gap = text[last : match.start()]
        sentence_start = sentence_start or any(c in ".!?\n" for c in gap)
        out.append(gap)
        if bare in names or bare in _CALENDAR or _names_a_place(bare) or sentence_start:
            word = word[:1].upper() + word[1:]
        out.append(word)
        last = match.end()
        sentence_start = word.endswith(".") and len(bare) > 1
    out.append(text[last:])
    return "".join(out)


def _names_a_place(word: str) -> bool:
    if word in STOP_WORDS or len(word) < 3:
        return False  # "the" is a town somewhere
    return bool(gazetteer.country_for(word) or gazetteer.is_adjective(word) or gazetteer.is_city(word))


def _names_a_country(word: str) -> bool:
    return bool(gazetteer.country_for(word) or gazetteer.is_adjective(word))


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
