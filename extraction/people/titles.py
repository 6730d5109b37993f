"""What the words around a name say: its titles and, read by grammar, its country."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..countries import in_a_new_place
from ..lexicon.speech import REPORTING_VERBS
from ..lexicon.titles import (
    CITY_POST_PREPS,
    COURTESY_WORDS,
    HONORIFICS,
    ORIGIN_NOUNS,
    RELATION_NOUNS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    TITLE_COUNTRIES,
    TOPIC_ROLES,
)
from .mentions import NOTHING, POSSESSIVE, Context, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..countries import CountryMention

# Institutions with no country of their own: their officials get none from fallbacks either.
_INTERNATIONAL = re.compile(
    r"\b(?:United Nations|U\.N\.|UN|EU|European (?:Union|Commission|Community|Parliament|Council)|NATO|"
    r"World Bank|IMF|International Monetary Fund|WTO|World Trade|ASEAN|OPEC|WHO|World Health|OECD|"
    r"Interpol|Red Cross|International (?:Court|Criminal|Atomic|Energy Agency|Committee|Labour|Labor|"
    r"Olympic|Organi[sz]ation|Maritime|Civil Aviation|Telecommunication)|"
    r"IAEA|UNSCOM|African Union|Arab League|Commonwealth|G7|G20|"
    r"Financial Stability Board|EC)(?!\w)"
)
MAX_TITLE_TOKENS = 14
# Titles that imply the state the holder represents; "Secretary of State for Wales" is British.
_TITLE_COUNTRY = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, TITLE_COUNTRIES), key=len, reverse=True)) + r")\b(?! for\b)"
)
# A country after these is the one dealt with, not the one represented ("Ambassador to Britain",
# "top negotiator with Taipei", "envoy for Syria").
_TOWARDS = frozenset(["to", "with", "for", "against", "toward", "towards", "on", "in"])
# Lower-case words that may open or sit inside a title ("ex-communist President", "then Premier").
_TITLE_MODIFIERS = frozenset(
    ["ex", "then", "late", "new", "outgoing", "incoming", "caretaker", "interim", "elect"]  # president-elect
)
# Words a title runs through ("Minister of State for Foreign Affairs"); "with" and "at" open a
# place or a company ("met in Washington with President X"), never a title before a name.
_CONNECTORS = frozenset(["of", "for", "and", "the", "-", *(_TOWARDS - {"with"})])
_DASHES = frozenset(["-", "--", "\u2013", "\u2014"])
# Capitalised words of these parts of speech open a clause, never a title ("When", "According").
_FUNCTION_POS = frozenset(["ADP", "SCONJ", "ADV", "VERB", "PRON", "DET", "AUX", "CCONJ", "PART", "INTJ"])
# Words after a title's head: "Secretary [of] State", "senior fellow [at] the Carnegie Center".
_HEAD_ENDS = frozenset(["of", "for", "at", "to", "in", "on", "with", "from"])
# Words a title does not end in: "Trump and", "aide to".
_TRAILING = frozenset(["and", "or", "of", "the", "for", "to", "with", "at", "in", "on", "a", "an"])
# Endings of nouns for people ("activist", "historian", "lawyer", "spokeswoman", "consultant").
_PERSON_NOUNS = frozenset(["boss", "chief", "head", "aide", "anchor", "laureate", "envoy", "staff"])
_PERSON_NOUN_ENDINGS = (
    "ist",
    "ian",
    "man",
    "men",
    "woman",
    "er",
    "or",
    "ant",
    "ent",
    "ee",
    "eer",
    "ary",
    "ive",
)

# Words that start an apposition before a name ("the Swiss diplomat, X", "his Peruvian counterpart, X").
_APPOSITION_OPENERS = frozenset(["the", "a", "an", "his", "her", "their", "its"])


def _spaced_dash(doc: Doc, k: int) -> bool:
    return doc[k].text in _DASHES and bool(doc[k].whitespace_) and k > 0 and bool(doc[k - 1].whitespace_)


def title_before(
    doc: Doc, mention: Mention, country_at: dict[int, CountryMention], named: frozenset[int] = frozenset()
) -> Context:
    """Title and country written before the name: "Russia's Security Council Secretary Nikolai
    Patrushev", "Chinese Premier Li Keqiang", "his Russian counterpart Vladimir Putin"."""
    sent_start = clause_start(doc, mention.start)
    k = mention.start - 1
    first = mention.start
    # Connectors and lower-case words ("of the", "foreign ministry") belong to the title only when
    # a title word further left holds them in: they are kept pending until one does.
    while k >= sent_start and mention.start - k <= MAX_TITLE_TOKENS:
        token = doc[k]
        # "Biden and Russian President Putin": a title never runs through another name, nor back
        # through a dateline's spaced dash ("ROME - Israeli Foreign Minister X")
        if k in named or _spaced_dash(doc, k):
            break
        if (
            (token.text in POSSESSIVE and k - 1 >= sent_start and k - 1 in country_at)
            # "the Australian Broadcasting Corporation's Bill Birtles": the employer's country
            or (token.text in POSSESSIVE and k - 1 >= sent_start and doc[k - 1].ent_type_ == "ORG")
            or k in country_at
            or token.lower_.rstrip(".") in HONORIFICS
            or token.lower_ in ROLE_WORDS
            or token.lower_ in _TITLE_MODIFIERS
        ):
            first = k
        elif token.text[:1].isupper() and (
            token.ent_type_ not in ("PERSON", "DATE", "TIME", "CARDINAL")
            or _posted_city(doc, k)
            # "Cartagena group chairman": the tagger's person that is a city and no one named here
            or (token.ent_type_ == "PERSON" and gazetteer.is_city(token.text) and doc[k + 1].is_lower)
        ):
            hyphened = not token.whitespace_ and doc[k + 1].text == "-"  # "Under-Secretary"
            if ((token.is_sent_start and token.is_stop) or token.pos_ in _FUNCTION_POS) and not hyphened:
                break  # "When President X", "According to Ms X", "Despite ..."
            first = k
        elif token.text == ")" and (opened := _acronym_opening(doc, k, sent_start)) is not None:
            k = opened  # "Director of the Federal Bureau of Investigation (FBI) Louis Freeh"
        elif (
            token.lower_ in _CONNECTORS
            or (token.text == "-" and not token.whitespace_)
            or (token.is_lower and token.pos_ in ("NOUN", "ADJ"))
        ):
            if first == mention.start and (token.lower_ in _CONNECTORS or token.tag_ in ("NNS", "NNPS")):
                break  # a title does not end in "for" or a plural: "demand for Laden", "officials Lawson"
            if token.is_lower and token.tag_ == "NNS" and doc[k + 1].lower_ in ("and", "or", ","):
                break  # nor holds one: "Andean Pact presidents and President X"
            # "Commissioner of the Chinese foreign ministry in the HKSAR", "ex-communist"
        else:
            break
        k -= 1
    # "Russia's jailing of opposition politician X", "opposition to President X": a title runs
    # left through "of", "to" or "for" only from a word that names a role ("Minister of", "aide
    # to"), never from an act done to the person
    for i in range(mention.start - 1, first, -1):
        before = doc[i - 1]
        if doc[i].lower_ == "of" and before.is_lower and not _names_a_role(before.lower_):
            first = i + 1
            break
        if doc[i].lower_ in _TOWARDS - {"with"} and before.is_lower and not _a_holder(before.lower_):
            # "Congressional pressure on President X", "opposition to President X"
            first = i + 1
            break
    first = _after_anothers_country(doc, first, mention.start, country_at)
    while first < mention.start and (doc[first].lower_ in _CONNECTORS or doc[first].text == "-"):
        first += 1
    if first == mention.start:
        return NOTHING
    span = doc[first : mention.start]
    code = represented_country(doc, first, mention.start, country_at)
    title = _title_text(span, country_at)
    return _context(title, code, span, (first, mention.start))


def _posted_city(doc: Doc, k: int) -> bool:
    # "Ambassador to Rome Eleni Kosta": NER ran the post's city into the name it was cut from
    return k > 0 and doc[k - 1].lower_ in CITY_POST_PREPS and gazetteer.is_city(doc[k].text)


def _after_anothers_country(doc: Doc, first: int, start: int, country_at: dict[int, CountryMention]) -> int:
    """ "Mr Chee of Singapore and Mr Busaya": a country after "of" before "and" is the last
    person's, so the title starts after the "and"."""
    for i in range(start - 1, first, -1):
        if doc[i].lower_ != "and" or i - 1 not in country_at:
            continue
        country = country_at[i - 1]
        k = country.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0 and doc[k].lower_ in ("of", "from"):
            return i + 1
    return first


def clause_start(doc: Doc, k: int) -> int:
    """The start of k's sentence, or of its line when the parser ran a headline into the lead."""
    start = doc[k].sent.start
    for i in range(k - 1, start - 1, -1):
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            return i + 1
    return start


def clause_end(doc: Doc, k: int) -> int:
    end = doc[k].sent.end
    for i in range(k, end):
        if "\n" in doc[i].whitespace_ or doc[i].is_space:
            return i + 1
    return end


def represented_country(doc: Doc, start: int, end: int, country_at: dict[int, CountryMention]) -> str | None:
    """The first country in a title that is not the one dealt with ("China's Ambassador to Britain"
    is Chinese; "Ambassador to Britain" alone says nothing)."""
    # "China's Xi Jinping and US President Donald Trump": the title is the part after "and"
    last_and = max((i for i in range(start, end) if doc[i].lower_ == "and"), default=None)
    if last_and is not None and (found := represented_country(doc, last_and + 1, end, country_at)):
        return found
    for i in range(start, end):
        # a name's first word only: "es" in "in Dar es Salaam" follows no "in"
        first = i == start or country_at.get(i - 1) is not country_at.get(i)
        if (
            i in country_at
            and first
            and not _dealt_with(doc, i, start)
            and not _subject_of_role(doc, country_at[i])
        ):
            return country_at[i].code
    return None


def _dealt_with(doc: Doc, i: int, start: int) -> bool:
    """Is the country at i one the title deals with ("envoy to Syria", "an ally of Russia")?"""
    k = i - 1
    if k > start and doc[k].lower_ == "the":
        k -= 1
    if k < start:
        return False
    return doc[k].lower_ in _TOWARDS or _related(doc, i, start)


def _subject_of_role(doc: Doc, mention: CountryMention) -> bool:
    """ "Burundi negotiator", "North Korea special envoy": a country's name, not its adjective or
    abbreviation, before a role that deals with a country (see TOPIC_ROLES)."""
    name = doc[mention.start : mention.end]
    if name[-1].tag_ != "NNP" or len(name.text) <= 4 or "." in name.text:
        return False
    k = mention.end + (mention.end < len(doc) and doc[mention.end].lower_ == "special")
    return k < len(doc) and doc[k].lower_ in TOPIC_ROLES


def _related(doc: Doc, i: int, start: int) -> bool:
    """Is the country at i the other party of a relation ("a close ally of Russia")?"""
    k = i - 1
    if k > start and doc[k].lower_ == "the":
        k -= 1
    return k > start and doc[k].lower_ == "of" and doc[k - 1].lower_ in RELATION_NOUNS


def _acronym_opening(doc: Doc, close: int, limit: int) -> int | None:
    """The "(" of a bracketed acronym ending at `close`, as in "(FBI)", else None."""
    opening = close - 2
    if opening >= limit and doc[opening].text == "(" and doc[close - 1].text.isupper():
        return opening
    return None


def apposition_before(
    doc: Doc, mention: Mention, country_at: dict[int, CountryMention], named: frozenset[int] = frozenset()
) -> Context:
    """A title set off by a comma before the name: "China's top negotiator with Taipei, Tang Shubei",
    "his Peruvian counterpart, Wilfredo Huayta", "the Saudi millionaire, Osama Bin Laden"."""
    start = mention.start
    while start > 0 and _is_title_token(doc[start - 1]):
        start -= 1  # "The Russian army commander in the region, General X"
    comma = start - 1
    limit = clause_start(doc, mention.start)
    if comma - 2 < limit or doc[comma].text != ",":
        return NOTHING
    if (
        mention.end < len(doc)
        and doc[mention.end].text not in (",", ".", ";", ")")
        and not _ends_clause(doc, mention.end)
    ):
        return NOTHING  # "the US, Japan, Frank X and ...": a list, not an apposition
    k = comma - 1
    first = None
    role = False
    while k >= limit and comma - k <= MAX_TITLE_TOKENS:
        token = doc[k]
        if token.text in (",", ";", ":", '"', "\u201c", "\u201d", "(", ")") or token.pos_ in ("VERB", "AUX"):
            break
        if k in named:
            # "a letter from Chancellor X to Commission President, Y": the title starts after X
            first = first if first is not None else k + 1
            break
        role = role or token.lower_ in ROLE_WORDS or token.lower_ in HONORIFICS
        if token.lower_ in _APPOSITION_OPENERS or (
            k in country_at and (k == limit or doc[k - 1].pos_ in ("VERB", "ADP", "PUNCT", "CCONJ"))
        ):
            first = k
            inner = k - 1 >= limit and doc[k - 1].pos_ == "ADP"  # "commander in the region"
            if token.lower_ in _APPOSITION_OPENERS and not inner:
                break
            if k in country_at and inner and role:
                # "interviewed by Chinese police in the presence of [Australia's ambassador to
                # China], X": a title whole after a preposition starts there
                break
        k -= 1
    if first is None or _opening_adverbial(doc, limit, k):
        return NOTHING
    # a role word, or a country with the noun it qualifies ("the Saudi millionaire, X")
    has_country = any(i in country_at for i in range(first, comma))
    if not (role or (has_country and doc[comma - 1].pos_ == "NOUN" and doc[comma - 1].is_lower)):
        return NOTHING
    code = represented_country(doc, first, comma, country_at)
    span = doc[first:comma]
    title = _title_text(span, country_at)
    if title.lower().startswith(("a ", "an ")):
        title = title.split(" ", 1)[1]
    return _context(title, code, span, (first, comma))


def _opening_adverbial(doc: Doc, limit: int, k: int) -> bool:
    """The phrase before the comma opens the sentence with a preposition: "In an interview with BBC
    Russian last month, Ms X" says where or when, not who X is ("As Russia's envoy, X" does)."""
    return k < limit and doc[limit].pos_ in ("ADP", "SCONJ") and doc[limit].lower_ != "as"


def _is_title_token(token) -> bool:
    return token.lower_.rstrip(".") in HONORIFICS and token.text[:1].isupper()


def _ends_clause(doc: Doc, k: int) -> bool:
    """A verb or a line break right after the name: "..., Tang Shubei, said" or "..., X said"."""
    return doc[k].pos_ in ("VERB", "AUX") or "\n" in doc[k - 1].whitespace_


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
    return title_phrase(title)


def title_phrase(title: str) -> str:
    """The title, or "" when the words are no title: what follows a photo caption's label
    ("Media caption ICC prosecutor" -> "ICC prosecutor"), with no dangling "and" or "to", and only
    if some word names a role or a person ("ordeal", "home country" are none)."""
    words = title.split()
    lowered = [w.lower().strip(",.") for w in words]
    if "caption" in lowered:
        words = words[len(lowered) - lowered[::-1].index("caption") :]
        lowered = lowered[len(lowered) - len(words) :]
    while words and lowered[-1] in _TRAILING:
        words, lowered = words[:-1], lowered[:-1]
    while words and (
        lowered[0] in _TRAILING or lowered[0].rstrip(".") in COURTESY_WORDS or _source_tag(lowered[0])
    ):
        words, lowered = words[1:], lowered[1:]
    if not any(_names_a_role(word) for word in lowered) or not _heads_a_role(lowered):
        return ""
    return " ".join(words)


def _source_tag(word: str) -> bool:
    """ "(CNN) US President": the agency's tag that opens a story."""
    return word.startswith("(") and word.endswith(")")


def _heads_a_role(lowered: list[str]) -> bool:
    """A title's head, its last word before any "of", "at" or "to", names someone who holds a post
    ("Secretary of State", "top diplomat", "then-president"); "security of the Gulf", "trade row"
    and "resumption of business activities" name none."""
    cut = next((i for i, w in enumerate(lowered) if i and w in _HEAD_ENDS), len(lowered))
    head = lowered[cut - 1].removesuffix("'s").replace("-", " ").split()
    if not head:
        return False
    word = head[-1]
    if _a_holder(word) or word in RELATION_NOUNS or word in _PERSON_NOUNS:
        return True
    return word.rstrip("s") in ROLE_WORDS and word not in ROLE_MODIFIERS


def _a_holder(word: str) -> bool:
    """A noun for someone who holds a post ("ambassador", "adviser", "envoy"), not a word that
    only goes with one ("opposition", "party")."""
    return word in HONORIFICS or word in _PERSON_NOUNS or word.endswith(_PERSON_NOUN_ENDINGS)


def _names_a_role(word: str) -> bool:
    parts = word.replace("-", " ").split()
    return any(
        part in HONORIFICS
        or part in ROLE_WORDS
        or part in _PERSON_NOUNS
        or part in RELATION_NOUNS
        or part.rstrip("s") in ROLE_WORDS
        or part.endswith(_PERSON_NOUN_ENDINGS)
        for part in parts
    )


def apposition_after(
    doc: Doc, mention: Mention, country_at: dict[int, CountryMention], named: frozenset[int] = frozenset()
) -> Context:
    """ ", a senior fellow at the Carnegie Moscow Center," after a name."""
    end = mention.end
    while end < len(doc) and doc[end].text in POSSESSIVE:
        end += 1
    spaced_dash = doc[end].text in _DASHES and bool(doc[end].whitespace_) if end < len(doc) else False
    if end + 1 >= len(doc) or not (doc[end].text == "," or spaced_dash):
        return NOTHING
    sent_end = clause_end(doc, end)
    k = end + 1
    if doc[k].lower_ in ("also", "now", "then", "formerly", "currently") and k + 1 < len(doc):
        k += 1
    first_word = doc[k]
    if not (
        first_word.lower_ in ("a", "an", "the", "from")
        or first_word.lower_ in ROLE_WORDS
        or k in country_at
        or (first_word.pos_ in ("NOUN", "ADJ") and first_word.is_lower)
        or (first_word.tag_ == "VBG" and first_word.is_lower)  # ", ranking Republican on the committee,"
    ):
        return NOTHING
    stop = k
    while (
        stop < sent_end and doc[stop].text not in (",", ";", ".", ")", "(", '"', "\u201d") and stop - k < 20
    ):
        if doc[stop].lower_ in ("who", "which", "that") and stop > k:
            break  # "the Swiss diplomat who heads the mission"
        if doc[stop].text in _DASHES and doc[stop].whitespace_:
            break
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG"):
            return NOTHING
        stop += 1
    closing = (",", ".", ";", ")", "(", "who", "which", "that", *_DASHES)  # "(" opens an acronym
    if stop == k or (stop < sent_end and doc[stop].lower_ not in closing):
        return NOTHING
    # "X, spokesman for commissioner Y": the title ends where another person's name starts
    stop = next((i for i in range(k, stop) if i in named), stop)
    if stop == k:
        return NOTHING
    if doc[stop - 1].lower_ in REPORTING_VERBS:
        return NOTHING  # "X, South Korea's spy agency claims.": a reporting clause
    span = doc[k:stop]
    # ", a large military build-up near the border": the apposition's head noun, the last word
    # before any preposition, must name a role ("a senior fellow at ...", "the envoy to ...") for
    # it to be a title; its country still counts (", a Chilean national,")
    head = next((t.i for t in span if t.pos_ == "ADP" and t.i > k), stop) - 1
    names_a_role = _names_a_role(doc[head].lower_)
    code = represented_country(doc, k, stop, country_at) or _institution_place(doc, k, stop, country_at)
    if code is None:
        # "a senior fellow at the Carnegie Moscow Center", "professor at the University of Sydney":
        # the institution's city
        code = next(
            (
                c
                for t in span
                if t.text[:1].isupper()
                and not _related(doc, t.i, k)
                and not _dealt_with(doc, t.i, k)
                and not _small_city_in_a_name(t)
                and not in_a_new_place(doc, t.i)  # "a New Jersey Democrat"
                for c in [gazetteer.country_for(t.text) or _big_city_country(t)]
                if c
            ),
            None,
        )
    title = _title_text(span, country_at) if names_a_role else ""
    if title.lower().startswith(("a ", "an ", "from ")):
        title = title.split(" ", 1)[1]
    return _context(title, code, span, (k, stop))


def _institution_place(doc: Doc, start: int, end: int, country_at: dict[int, CountryMention]) -> str | None:
    """ "a senior fellow at the Brookings Institution in Washington": where the institution one works
    at is ("ambassador in Washington" alone is about the host country, so an institution must come
    between "at" and "in")."""
    for i in range(start + 2, end - 1):
        before = doc[i - 1]
        if doc[i].lower_ != "in" or i + 1 not in country_at or before.ent_type_ not in ("ORG", "FAC"):
            continue
        institution = i - 1
        while institution > start and doc[institution - 1].ent_iob_ == "I":
            institution -= 1
        opening = institution - 1 if doc[institution - 1].lower_ == "the" else institution
        if doc[opening - 1].lower_ == "at":
            return country_at[i + 1].code
    return None


def _context(title: str, code: str | None, span: Span, tokens: tuple[int, int]) -> Context:
    """A title's reading; with no country written in it, the state its wording implies, if any
    ("Secretary of State", "Tory", "Knesset"), unless it is an international body's."""
    international = bool(_INTERNATIONAL.search(span.text))
    implied = _TITLE_COUNTRY.search(title.lower()) if code is None and not international else None
    if implied and not _a_party_family(span, implied.group(1)):
        return Context(title, TITLE_COUNTRIES[implied.group(1)], international, tokens, implied=True)
    origin = bool(title) and title.rsplit(" ", 1)[-1].lower() in ORIGIN_NOUNS
    return Context(title, code, international, tokens, implied=origin and code is not None)


def _small_city_in_a_name(token: Token) -> bool:
    """ "Georgetown University": a small capital's name inside an institution's is as often a
    district's or a founder's, and says nothing of whose the institution is."""
    return (
        token.ent_type_ in ("ORG", "FAC")
        and gazetteer.is_city(token.text)
        and not gazetteer.is_big_city(token.text)
    )


def _a_party_family(span: Span, phrase: str) -> bool:
    """ "social democrat Prime Minister Kalevi Sorsa": a Social, Christian or Liberal Democrat is of
    a party family many states have, not of America's Democrats."""
    if phrase not in ("democrat", "republican"):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    words = [before, *(t.lower_ for t in span)]
    k = words.index(phrase) if phrase in words else 0
    return k > 0 and words[k - 1] in ("social", "christian", "liberal", "free")


def _big_city_country(token: Token) -> str | None:
    """The country of a big city in an institution's name ("the University of Sydney")."""
    if token.ent_type_ not in ("ORG", "FAC") or not gazetteer.is_big_city(token.text):
        return None
    return gazetteer.place_country(token.text)


def _based_in(doc: Doc, at: int) -> str | None:
    """The country of "<place>-based" at `at` (one token, or the place, a hyphen and "based")."""
    token = doc[at]
    if token.lower_.endswith("-based"):
        place = token.text[: -len("-based")]
    elif at + 2 < len(doc) and doc[at + 1].text == "-" and doc[at + 2].lower_ == "based":
        place = token.text
    else:
        return None
    return gazetteer.country_for(place) or gazetteer.place_country(place)


def country_under(doc: Doc, mention: Mention, country_at: dict[int, CountryMention]) -> str | None:
    """ "the Soviet Union under Stalin", "Iraq under Saddam Hussein": the country they led."""
    k = mention.start - 1
    if k >= 1 and doc[k].lower_ == "under" and k - 1 in country_at:
        return country_at[k - 1].code
    return None


def country_of_after(doc: Doc, mention: Mention, country_at: dict[int, CountryMention]) -> str | None:
    """ "Tansu Ciller of Turkey", "Jan Kavan of the Czech Republic", "Li Peng (China)", "X and other
    Japanese officials"."""
    k = mention.end
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "from", "("):
        # "Jan Kavan of the Czech Republic"
        at = k + 2 if doc[k + 1].lower_ == "the" and k + 2 < len(doc) else k + 1
        if at in country_at:
            return country_at[at].code
        if (code := _based_in(doc, at)) is not None:
            return code  # "Tim Casey of the U.S.-based MCI", "X of the Moscow-based Carnegie Center"
    # "Deputy Foreign Minister Ryohei Murata and other senior Japanese officials": one of them
    if k + 2 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ == "other":
        for i in range(k + 2, min(k + 5, len(doc))):
            if i in country_at:
                return country_at[i].code
            if not doc[i].is_lower:
                break
    return None
