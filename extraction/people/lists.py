"""Names in lists and results tables, where NER misses many."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..lexicon.people import PARTICLES
from ..lexicon.titles import ONE_NAME_TITLES
from ..tokens import token_spaces

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# "1. Michelle Freeman (Jamaica) 12.71", "2 - Lilian Thuram (14 - Sabri Lamouchi 87th), 5 - Laurent
# Blanc", "(A. Dale 69, H. Morris 69; D. Blenkiron 4-43)", "leaders Li Keqiang, Li Zhanshu and Han
# Zheng": a run of capitalised words between separators is a list item; in a list where most items
# are names NER found, the other items of two or more words are names too.
_LIST_SEPARATORS = frozenset([",", ";", "and", "&", "(", ")", "-", "--", "\u2013", ":", "."])
_NUMBERISH = re.compile(r"^[\d.:,\-/]+(?:st|nd|rd|th)?$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_MIN_LISTED_NAMES = 2
_LIST_SHARE = 2  # up to two unknown items for each known name


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and (text.isalpha() or _INITIAL.match(text) is not None or "'" in text)


def _is_gap_word(text: str) -> bool:
    return text.isspace() or text in _LIST_SEPARATORS or _NUMBERISH.match(text) is not None


def _name_runs(texts: list[str], spaces: list[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words ("Patricia Djate-Taillard", "A. Dale", "Joaquin del Olmo")."""
    runs = []
    n = len(texts)
    i = 0
    while i < n:
        if not _is_name_word(texts[i]):
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in spaces[j - 1] and not texts[j - 1].isspace():
            text = texts[j]
            if _is_name_word(text):
                j += 1
            elif (
                j + 1 < n
                and _is_name_word(texts[j + 1])
                and ((text == "-" and not spaces[j] and not spaces[j - 1]) or text.lower() in PARTICLES)
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def listed_names(doc: Doc, texts: list[str], entities: list[Span]) -> list[Span]:
    """Names NER missed in lists and tables (see above), as PERSON spans."""
    from spacy.tokens import Span

    spaces = token_spaces(doc)
    n = len(texts)
    is_person = [False] * n
    for ent in entities:
        for k in range(ent.start, ent.end):
            is_person[k] = True
    # surnames NER found anywhere in the article: "Leboeuf" in the story, "Franck Leboeuf" in the line-up
    known = {texts[ent.end - 1].lower() for ent in entities if len(texts[ent.end - 1]) > 2}
    found: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []

    def close(chain: list[tuple[int, int]]) -> None:
        people = [
            run for run in chain if any(is_person[run[0] : run[1]]) or texts[run[1] - 1].lower() in known
        ]
        if len(people) < _MIN_LISTED_NAMES:
            return
        others = [
            run for run in chain if run not in people and not gazetteer.country_for(doc[run[0] : run[1]].text)
        ]
        if len(people) * _LIST_SHARE >= len(others):
            found.extend(run for run in others if run[1] - run[0] >= 2)

    previous_end = -1
    for start, end in _name_runs(texts, spaces):
        bounded_before = start == 0 or _is_gap_word(texts[start - 1])
        bounded_after = end >= n or _is_gap_word(texts[end])
        if any(is_person[start:end]):
            pass
        elif 2 <= end - start <= 3 and bounded_before and _INITIAL.match(texts[start]):
            found.append((start, end))  # "P. Simmons 4-38": an initial and a surname
        elif end - start >= 2 and end + 2 < n and texts[end] == "(" and _country_in_brackets(doc, end):
            found.append((start, end))  # "Michelle Freeman (Jamaica)"
        if not (bounded_before and bounded_after):
            if chain:
                close(chain)
            chain, previous_end = [], -1
            continue
        if chain and not all(_is_gap_word(texts[k]) for k in range(previous_end, start)):
            close(chain)
            chain = []
        chain.append((start, end))
        previous_end = end
    if chain:
        close(chain)
    return [Span(doc, start, end, label="PERSON") for start, end in sorted(set(found))]


def _country_in_brackets(doc: Doc, end: int) -> bool:
    if end + 2 >= len(doc) or doc[end].text != "(":
        return False
    close = next((k for k in range(end + 2, min(end + 5, len(doc))) if doc[k].text == ")"), None)
    return close is not None and gazetteer.country_for(doc[end + 1 : close].text) is not None


def royal_names(doc: Doc, texts: list[str], entities: list[Span]) -> list[Span]:
    """ "Britain's Prince Charles and Princess Diana": a royal title and the one name after it, which
    NER often leaves untagged, as a PERSON span (the title is trimmed off later, like any other)."""
    from spacy.tokens import Span

    tagged = {k for ent in entities for k in range(ent.start, ent.end)}
    found = []
    for i in range(len(texts) - 1):
        name = texts[i + 1]
        if (
            texts[i][:1].isupper()
            and texts[i].lower() in ONE_NAME_TITLES
            and i not in tagged
            and i + 1 not in tagged
            and name.istitle()
            and name.isalpha()
            and not doc[i + 1].is_stop
            and doc[i + 1].ent_type_ in {"", "PERSON"}
            and not gazetteer.country_for(name)
            and not gazetteer.is_city(f"{texts[i]} {name}")  # "Prince George"
            and not (i + 2 < len(texts) and texts[i + 2].isdigit())  # "Prince Rupert 1 3": a table's row
        ):
            found.append(Span(doc, i, i + 2, label="PERSON"))
    return found
