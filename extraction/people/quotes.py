"""Quotations, attached to the person who spoke them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.speech import QUOTING_VERBS, SPEECH_VERBS
from .mentions import Person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..types import PersonExtraction

_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,}?)[\"\u201d]")
_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|told)\b", re.I)


def attach_quotes(doc: Doc, people: list[Person], results: list[PersonExtraction]) -> None:
    """`Yang said "..."` / `"...", Yang said` / `"...", he said` -> the quote, on the speaker."""
    owner_of_token: dict[int, int] = {}
    for index, person in enumerate(people):
        for mention in person.mentions:
            for k in range(mention.start, mention.end):
                owner_of_token[k] = index
    last_speaker: int | None = None
    text = doc.text  # sliced per sentence: `Span.text` rebuilds it token by token
    for sent in doc.sents:
        speakers = [owner_of_token[i] for i in range(sent.start, sent.end) if i in owner_of_token]
        sentence = text[sent.start_char : sent.end_char]
        quotes = _QUOTE.findall(sentence)
        if quotes:
            speaker = None
            if speakers and not _pronoun_speaks(sent, owner_of_token):
                speaker = _speaker(sent, owner_of_token)
            elif _PRONOUN_SAID.search(sentence) or _pronoun_speaks(sent, owner_of_token):
                # "He has called Mr Putin's party 'crooks and thieves'": he, not the one named, speaks
                speaker = last_speaker
            if speaker is not None:
                for quote in quotes:
                    quote = quote.strip().strip(",")
                    if quote not in results[speaker].quotes and _spoken_by(quote, people[speaker]):
                        results[speaker].quotes.append(quote)
        if speakers:
            # "Rojansky said there is room to take Putin up on his offer. '...,' he said": the one who
            # spoke last, not the last one named
            last_speaker = _speaker(sent, owner_of_token)
            last_speaker = speakers[-1] if last_speaker is None else last_speaker


def _pronoun_speaks(sent: Span, owner_of_token: dict[int, int]) -> bool:
    """ "He called X's party ...": the quoting verb's subject is a pronoun and no one named is one."""
    subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.lower_ in QUOTING_VERBS]
    return any(t.lower_ in {"he", "she"} for t in subjects) and not any(
        t.i in owner_of_token for t in subjects
    )


_MIN_QUOTE_WORDS = 4  # fewer are a name or a scare quote ("Slavic Brotherhood"), not words spoken


def _spoken_by(quote: str, person: Person) -> bool:
    """Words someone said, not a phrase in quotation marks, nor words about them ("Putin's appeal to
    Trump is meant to be an...", quoted in a sentence that names Putin)."""
    if len(quote.split()) < _MIN_QUOTE_WORDS:
        return False
    surnames = {m.words[-1] for m in person.mentions}
    # the substring test first: most quotes hold no surname, and the search compiles a pattern each
    return not any(name in quote and re.search(rf"\b{re.escape(name)}\b", quote) for name in surnames)


def _speaker(sent: Span, owner_of_token: dict[int, int]) -> int | None:
    """Who speaks the sentence's quotation: the one named subject, or the named subject nearest a
    speech verb; with no named subject, the name nearest a speech verb ("according to X"). Someone
    only mentioned ("Putin's party, which Navalny dubbed 'crooks and thieves'") does not speak."""
    subjects = {
        owner_of_token[t.i] for t in sent if t.i in owner_of_token and t.dep_ in ("nsubj", "nsubjpass")
    }
    # "Putin launched the 'Slavic Brotherhood' drills": quotation marks with no one saying anything
    if not any(t.lower_ in QUOTING_VERBS or t.lower_ == "according" or t.text == ":" for t in sent):
        return None
    if len(subjects) == 1:
        return subjects.pop()
    if subjects:
        return _nearest_to_speech_verb(sent, {i: o for i, o in owner_of_token.items() if o in subjects})
    return _nearest_to_speech_verb(sent, owner_of_token)


def _nearest_to_speech_verb(sent: Span, owner_of_token: dict[int, int]) -> int | None:
    verbs = [t.i for t in sent if t.lower_ in SPEECH_VERBS]
    owned = [i for i in range(sent.start, sent.end) if i in owner_of_token]
    if not verbs or not owned:
        return owner_of_token[owned[0]] if owned else None
    best = min(owned, key=lambda i: min(abs(i - v) for v in verbs))
    return owner_of_token[best]
