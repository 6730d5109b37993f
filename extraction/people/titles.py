"""What the words around a name say: its titles and, read by grammar, its country."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..lexicon.titles import HONORIFICS, ROLE_WORDS
from .mentions import NOTHING, POSSESSIVE, Context, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..countries import CountryMention

# Institutions with no country of their own: their officials get none from fallbacks either.
_INTERNATIONAL = re.compile(
    r"\b(?:United Nations|U\.N\.|UN|EU|European (?:Union|Commission|Community|Parliament|Council)|NATO|"
    r"World Bank|IMF|International Monetary Fund|WTO|World Trade|ASEAN|OPEC|WHO|World Health|OECD|"
    r"Interpol|Red Cross|International|IAEA|UNSCOM|African Union|Arab League|Commonwealth|G7|G20|"
    r"Financial Stability Board|EC)(?!\w)"
)
MAX_TITLE_TOKENS = 14
# Titles that imply the state the holder represents.
_TITLE_COUNTRY = {"pope": "VA"}


def title_before(doc: Doc, mention: Mention, country_at: dict[int, CountryMention]) -> Context:
    """Title and country written before the name: "Russia's Security Council Secretary Nikolai
    Patrushev", "Chinese Premier Li Keqiang", "his Russian counterpart Vladimir Putin"."""
    sent_start = doc[mention.start].sent.start
    k = mention.start - 1
    first = mention.start
    while k >= sent_start and mention.start - k <= MAX_TITLE_TOKENS:
        token = doc[k]
        if (
            (token.text in POSSESSIVE and k - 1 >= sent_start and k - 1 in country_at)
            or k in country_at
            or token.lower_.rstrip(".") in HONORIFICS
            or token.lower_ in ROLE_WORDS
        ):
            first = k
        elif token.text[:1].isupper() and token.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL"):
            if token.is_sent_start and token.is_stop:
                break
            first = k
        elif (
            token.lower_ in ("of", "for", "and", "the", "-")
            and k - 1 >= sent_start
            and _title_word(doc, k - 1)
        ):
            first = k
        elif (
            token.is_lower
            and token.pos_ in ("NOUN", "ADJ")
            and k - 1 >= sent_start
            and doc[k - 1].text[:1].isupper()
            and doc[k - 1].ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL")
        ):
            first = k  # "United Nations arms official", "Russian trade envoy"

        else:
            break
        k -= 1
    while first < mention.start and doc[first].lower_ in ("of", "for", "and", "the", "-"):
        first += 1
    if first == mention.start:
        return NOTHING
    span = doc[first : mention.start]
    code = next((country_at[i].code for i in range(first, mention.start) if i in country_at), None)
    code = next((_TITLE_COUNTRY[t.lower_] for t in span if t.lower_ in _TITLE_COUNTRY), code)
    title = _title_text(span, country_at)
    return Context(title, code, bool(_INTERNATIONAL.search(span.text)), (first, mention.start))


def _title_word(doc: Doc, k: int) -> bool:
    token = doc[k]
    return token.text[:1].isupper() or token.lower_ in ROLE_WORDS


def _title_text(span: Span, country_at: dict[int, CountryMention]) -> str:
    """The title as written, minus a leading country ("Russia's", "Chinese") and words that only
    refer back ("his ... counterpart"); "senior fellow at the Carnegie Moscow Center" stays whole."""
    words = []
    leading = True
    for token in span:
        skip_country = leading and (token.i in country_at or token.text in POSSESSIVE)
        if skip_country or token.lower_ in ("counterpart", "his", "her", "their", "its"):
            continue
        leading = leading and token.lower_ in ("the", "a", "an")
        words.append(token.text_with_ws)
    title = "".join(words).strip(" ,-")
    while title.lower().startswith(("the ", "of ", "and ")):
        title = title.split(" ", 1)[1] if " " in title else ""
    return title


def apposition_after(doc: Doc, mention: Mention, country_at: dict[int, CountryMention]) -> Context:
    """ ", a senior fellow at the Carnegie Moscow Center," after a name."""
    end = mention.end
    while end < len(doc) and doc[end].text in POSSESSIVE:
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return NOTHING
    sent_end = doc[end].sent.end
    k = end + 1
    if doc[k].lower_ in ("also", "now", "then", "formerly", "currently") and k + 1 < len(doc):
        k += 1
    first_word = doc[k]
    if not (
        first_word.lower_ in ("a", "an", "the")
        or first_word.lower_ in ROLE_WORDS
        or k in country_at
        or (first_word.pos_ in ("NOUN", "ADJ") and first_word.is_lower)
    ):
        return NOTHING
    stop = k
    while (
        stop < sent_end and doc[stop].text not in (",", ";", ".", ")", "(", '"', "\u201d") and stop - k < 20
    ):
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG"):
            return NOTHING
        stop += 1
    if stop == k or (stop < sent_end and doc[stop].text not in (",", ".", ";", ")")):
        return NOTHING
    span = doc[k:stop]
    code = next((country_at[i].code for i in range(k, stop) if i in country_at), None)
    if code is None:
        # "a senior fellow at the Carnegie Moscow Center": the institution's city
        code = next(
            (c for t in span if t.text[:1].isupper() for c in [gazetteer.country_for(t.text)] if c), None
        )
    title = _title_text(span, country_at)
    if title.lower().startswith(("a ", "an ")):
        title = title.split(" ", 1)[1]
    return Context(title, code, bool(_INTERNATIONAL.search(span.text)), (k, stop))


def country_of_after(doc: Doc, mention: Mention, country_at: dict[int, CountryMention]) -> str | None:
    """ "Tansu Ciller of Turkey", "Li Peng (China)"."""
    k = mention.end
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "from", "(") and k + 1 in country_at:
        return country_at[k + 1].code
    return None
