"""People: spaCy PERSON entities, cleaned, joined per person, with titles, country and quotes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import gazetteer
from .countries import CountryMention
from .document import dateline_end
from .types import Document, PersonExtraction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that precede a name but are not part of it. Lower-case; compared without a final dot.
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mister",
        "madam",
        "madame",
        "mme",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "father",
        "president",
        "premier",
        "pm",
        "dpm",
        "minister",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "emperor",
        "empress",
        "emir",
        "amir",
        "sheikh",
        "sheik",
        "sultan",
        "pope",
        "gen",
        "general",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "lt",
        "lieutenant",
        "sgt",
        "adm",
        "admiral",
        "marshal",
        "brig",
        "cmdr",
        "commander",
        "chancellor",
        "senator",
        "sen",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "judge",
        "justice",
        "ambassador",
        "secretary",
        "chairman",
        "chairwoman",
        "comrade",
        "ayatollah",
        "imam",
        "cardinal",
        "archbishop",
        "bishop",
        "his",
        "her",
        "excellency",
        "hon",
        "honourable",
        "honorable",
        "deputy",
        "vice",
        "acting",
        "former",
        "foreign",
        "prime",
        "state",
        "mp",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "nobel",
        "laureate",
        "coach",
        "captain",
        "skipper",
        "manager",
        "defender",
        "midfielder",
        "striker",
        "goalkeeper",
        "keeper",
        "winger",
    ]
)
# Lower-case role nouns that can sit inside a title before a name ("his Russian counterpart Putin").
ROLE_WORDS = frozenset(
    [
        "minister",
        "president",
        "premier",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "leader",
        "chief",
        "head",
        "chairman",
        "chairwoman",
        "director",
        "official",
        "counterpart",
        "commissioner",
        "governor",
        "mayor",
        "senator",
        "general",
        "adviser",
        "advisor",
        "aide",
        "deputy",
        "vice",
        "foreign",
        "prime",
        "defence",
        "defense",
        "finance",
        "trade",
        "economy",
        "economic",
        "interior",
        "state",
        "security",
        "national",
        "former",
        "acting",
        "senior",
        "chief",
        "executive",
        "representative",
        "negotiator",
        "diplomat",
        "delegate",
        "commander",
        "king",
        "queen",
        "prince",
        "emir",
        "lawmaker",
        "legislator",
        "candidate",
        "justice",
        "judge",
        "attorney",
        "analyst",
        "professor",
        "fellow",
        "researcher",
        "expert",
        "member",
        "agriculture",
        "commerce",
        "industry",
        "energy",
        "health",
        "education",
        "justice",
        "affairs",
        "opposition",
        "party",
    ]
)
# Institutions with no country of their own: their officials get none from fallbacks either.
_INTERNATIONAL = re.compile(
    r"\b(?:United Nations|U\.N\.|UN|EU|European (?:Union|Commission|Community|Parliament|Council)|NATO|"
    r"World Bank|IMF|International Monetary Fund|WTO|World Trade|ASEAN|OPEC|WHO|World Health|OECD|"
    r"Interpol|Red Cross|International|IAEA|UNSCOM|African Union|Arab League|Commonwealth|G7|G20|"
    r"Financial Stability Board|EC)(?!\w)"
)
_CREDIT_BEFORE = re.compile(
    r"\s*(?:By|BY|Reporting by|Editing by|Writing by|Additional reporting by|Compiled by|"
    r"Photo(?:graph)?(?: by)?|Picture(?: by)?|Image(?: copyright)?|Credit|Source|Video)\s*:?[\w ,.'\-]*$"
)
_SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "added",
        "stressed",
        "noted",
        "urged",
        "asked",
        "warned",
        "insisted",
        "declared",
        "explained",
    ]
)
_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,}?)[\"\u201d]")
_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|told)\b", re.I)
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
MAX_TITLE_TOKENS = 14


@dataclass
class _Mention:
    words: list[str]  # the cleaned name, word by word
    start: int  # token indices of the cleaned name
    end: int
    start_char: int
    end_char: int
    raw: str  # the entity as written, titles included


@dataclass(frozen=True)
class _Context:
    """What the words around a name say: title, country, and whether it is an international body."""

    title: str = ""
    country: str | None = None
    international: bool = False
    tokens: tuple[int, int] = (0, 0)


_NOTHING = _Context()


@dataclass
class _Person:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        # the fullest form: most words, then most frequent
        forms = Counter(tuple(m.words) for m in self.mentions)
        return list(max(forms, key=lambda form: (len(form), forms[form], form)))

    @property
    def keys(self) -> set[str]:
        return {w.casefold() for m in self.mentions for w in m.words}


def find_people(doc: Doc, document: Document, countries: list[CountryMention]) -> list[PersonExtraction]:
    """Everyone the article names, one entry each, in order of first mention."""
    countries = [c for c in countries if not _not_nationality(doc, c)]
    country_at = _country_index(countries)
    texts = [t.text for t in doc]  # read once: every Token attribute access builds a new object
    common = _lowercase_words(texts)
    text = doc.text  # built on every access: read it once
    entities = _person_entities(doc)
    entities += _listed_names(doc, texts, entities)
    # The dateline names a place and an agency ("BEIJING, Nov. 12 (Xinhua) --"), never a person.
    dateline = (len(document.title) + 2, len(document.title) + 2 + dateline_end(document.body))
    entities = [e for e in entities if not dateline[0] <= e.start_char < dateline[1]]
    not_people: set[str] = set()  # words of clubs and firms: "Virgin" after "Virgin Atlantic"
    mentions = [m for ent in entities for m in [_clean(doc, text, ent, country_at, common, not_people)] if m]
    if not_people:
        named = {w.casefold() for m in mentions if len(m.words) > 1 for w in m.words}
        mentions = [
            m for m in mentions if len(m.words) > 1 or m.words[0].casefold() not in not_people - named
        ]
    people = [p for p in _group(mentions) if not _only_a_place(doc, p)]
    results = []
    claimed: set[int] = set()  # tokens of titles: "Russian" in "his Russian counterpart" is Putin's
    pending: list[int] = []  # people whose country the titles did not give
    international: set[int] = set()  # officials of international bodies: no fallback country
    for index, person in enumerate(people):
        titles: list[str] = []
        country, is_international = None, False
        for mention in person.mentions:
            for found in (
                _title_before(doc, mention, country_at),
                _apposition_after(doc, mention, country_at),
            ):
                if found.title and found.title not in titles:
                    titles.append(found.title)
                country = country or found.country
                is_international = is_international or found.international
                claimed.update(range(*found.tokens))
            country = country or _country_of_after(doc, mention, country_at)
        results.append(
            PersonExtraction(
                name=" ".join(person.words),
                country=country,
                titles=titles,
                mentions=len(person.mentions),
                spans=[(m.start_char, m.end_char) for m in person.mentions],
                variants=sorted({m.raw for m in person.mentions} - {" ".join(person.words)}),
            )
        )
        if is_international and not country:
            international.add(index)
        elif not country:
            pending.append(index)
    roles = _unnamed_roles(doc, countries)
    claimed.update(k for mention, _ in roles for k in range(mention.start, mention.end))
    held = {(p.country, _role_head(t)) for p in results if p.country for t in p.titles}
    for index in pending:
        person = results[index]
        person.country = _country_nearby(doc, people[index], countries, claimed) or _country_by_role(
            person, roles, held
        )
        held.update((person.country, _role_head(t)) for t in person.titles if person.country)
    _fallback_countries(results, document, countries, international)
    _attach_quotes(doc, people, results)
    return results


def _country_nearby(
    doc: Doc, person: _Person, countries: list[CountryMention], claimed: set[int]
) -> str | None:
    """The closest country named before the person in a sentence that mentions them, skipping
    countries that belong to someone else's title ("President Xi and his Russian counterpart")."""
    for mention in person.mentions:
        sent = doc[mention.start].sent
        in_sentence = [c for c in countries if sent.start <= c.start < sent.end]
        # "X and his Russian counterpart Y": X is not Russian
        theirs = {c.code for c in in_sentence if _counterpart_follows(doc, c.end, sent.end)}
        before = [
            c
            for c in in_sentence
            if c.start < mention.start and c.start not in claimed and c.code not in theirs
        ]
        if before:
            return before[-1].code
    return None


# "Moscow-backed", "US-friendly", "Polish-born", "anti-U.S.", "pro-Moscow": a country word that
# says what someone is backed by, friendly to or against, not what they belong to.
_NOT_NATIONALITY_AFTER = frozenset(
    [
        "backed",
        "led",
        "born",
        "funded",
        "sponsored",
        "friendly",
        "allied",
        "brokered",
        "controlled",
        "occupied",
        "supported",
        "trained",
        "armed",
        "bound",
        "style",
    ]
)
_NOT_NATIONALITY_BEFORE = frozenset(["anti", "pro", "non", "post", "pre"])
# Titles that imply the state the holder represents.
_TITLE_COUNTRY = {"pope": "VA"}
# Role nouns that can stand for an unnamed person ("the Pakistani president", "Kenya's trade minister").
_ROLE_HEADS = frozenset(
    [
        "president",
        "premier",
        "minister",
        "secretary",
        "ambassador",
        "envoy",
        "leader",
        "king",
        "queen",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "official",
        "officials",
        "counterpart",
        "foreign",
        "prime",
        "delegation",
        "government",
    ]
)
_ROLE_ALIASES = {"premier": "minister", "officials": "official"}


def _not_nationality(doc: Doc, mention: CountryMention) -> bool:
    end, start = mention.end, mention.start
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _NOT_NATIONALITY_AFTER:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _NOT_NATIONALITY_BEFORE


def _role_head(title: str) -> str:
    words = title.lower().replace("\u2019", "'").split()
    head = words[-1] if words else ""
    return _ROLE_ALIASES.get(head, head)


def _unnamed_roles(doc: Doc, countries: list[CountryMention]) -> list[tuple[CountryMention, str]]:
    """Countries that belong to an unnamed person: "the Italian prime minister said", "Kenya's trade
    minister", with no name after the role. They say nothing about people named nearby."""
    found = []
    n = len(doc)
    for mention in countries:
        k = mention.end
        if k < n and doc[k].text in _POSSESSIVE:
            k += 1
        head = ""
        while k < n and k - mention.end < 4 and doc[k].is_lower and doc[k].is_alpha:
            if doc[k].lower_ in _ROLE_HEADS:
                head = doc[k].lower_
            elif head:
                break
            k += 1
        if not head or head in ("foreign", "prime"):
            continue
        if k < n and (doc[k].ent_type_ == "PERSON" or (doc[k].is_title and not doc[k].is_sent_start)):
            continue  # "Chinese premier Li Keqiang": the title of a named person
        found.append((mention, _ROLE_ALIASES.get(head, head)))
    return found


def _country_by_role(
    person: PersonExtraction, roles: list[tuple[CountryMention, str]], held: set[tuple[str, str]]
) -> str | None:
    """ "the Pakistani president's visit ... President Musharraf": the one country whose president
    the article mentions without a name, when no named person already holds that role."""
    heads = {_role_head(t) for t in person.titles} - {"official", "government", "delegation", ""}
    codes = {m.code for m, head in roles if head in heads and (m.code, head) not in held}
    return codes.pop() if len(codes) == 1 else None


def _counterpart_follows(doc: Doc, end: int, limit: int) -> bool:
    return any(doc[k].lower_ == "counterpart" for k in range(end, min(end + 2, limit)))


# Honorifics that only ever precede a person's name, so "Gen Pervez Musharraf" tagged ORG is a person.
_PERSONAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "president",
        "premier",
        "sir",
        "sheikh",
        "king",
        "queen",
        "prince",
        "pope",
    ]
)


def _person_entities(doc: Doc) -> list[Span]:
    found = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or (
            ent.label_ in ("ORG", "GPE", "NORP")
            and len(ent) > 1
            and ent[0].lower_.rstrip(".") in _PERSONAL
            and all(t.is_title or t.text in _POSSESSIVE for t in ent[1:])
        ):
            found.append(ent)
    return found


def _lowercase_words(texts: list[str]) -> frozenset[str]:
    """Words the article writes in lower case somewhere: "Debtor" at a sentence start is no name."""
    return frozenset(w for w in texts if w.islower() and w.isalpha())


def _clean(
    doc: Doc,
    doc_text: str,
    ent: Span,
    country_at: dict[int, CountryMention],
    common: frozenset[str],
    not_people: set[str] | None = None,
) -> _Mention | None:
    """The name inside a PERSON entity, or None when the entity is not a usable name."""
    start, end = _widen(doc, ent)
    for k in range(start + 1, end):
        if "\n" in doc[k - 1].whitespace_ or doc[k].is_space:
            # a name never runs across lines: "Yuri Kushko\nTAVILDARA, Tajikistan"
            if k > ent.start:
                end = k
                break
            start = k
    for k in range(end - 2, start, -1):
        if doc[k].text in _HEADER_DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            start = k + 1  # "Soccer - Baratelli": a recased header, not part of the name
            break
    while end > start and (doc[end - 1].text in _POSSESSIVE or not doc[end - 1].text[:1].isalpha()):
        end -= 1  # "D. Blenkiron 4-43": the bowling figures
    while start < end and (_is_honorific(doc[start]) or start in country_at):
        start += 1
    while start < end and not doc[start].text[:1].isalpha():
        start += 1
    if start >= end or any(_is_country_word(doc[k]) for k in range(start, end) if end - start > 1):
        return None  # "Disarming Iraq", "Related Topics Belarusian"
    text = doc[start:end].text
    words = text.split()  # by the text's own spaces: "Abdul-Karim al-Kabariti" is two words
    if _is_junk(text, words) or _is_credit(doc, doc_text, ent) or _names_something_else(doc, end):
        return None
    if len(words) == 1 and (text.lower() in common or gazetteer.country_for(text) is not None):
        return None
    if end < len(doc) and doc[end].text == ":" and len(words) == 1:
        return None  # "Attendance: 200", a table label
    if _names_a_place(words) or _names_an_organisation(words):
        if not_people is not None:
            not_people.update(w.casefold() for w in words)
        return None  # "Atletico Madrid", "Partizan Belgrade", "Blackburn": clubs and towns
    return _Mention(words, start, end, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), ent.text)


_PARTICLES = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "de",
        "du",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "abu",
        "dos",
        "das",
        "y",
    ]
)
_NOT_PEOPLE_AFTER = frozenset(
    ["administration", "government", "era", "doctrine", "presidency", "camp", "cabinet-era"]
)


def _widen(doc: Doc, ent: Span) -> tuple[int, int]:
    """Repair names NER cut short: "Ursula von der [Leyen]", "Abdul-Karim [al-Kabariti]",
    "Gen [Pervez] Musharraf"."""
    start, end = ent.start, ent.end
    n = len(doc)
    while end < n and end - ent.end < 4:
        token = doc[end]
        glued = not doc[end - 1].whitespace_ and token.text not in _POSSESSIVE and token.is_alpha
        if token.ent_type_ not in ("", "PERSON") and not glued and doc[end - 1].lower_ not in _PARTICLES:
            break
        if doc[end - 1].text == "-" or glued:
            end += 1
        elif token.lower_ in _PARTICLES and end + 1 < n and doc[end + 1].text[:1].isupper():
            end += 2
        elif (
            token.lower_ in _PARTICLES and end + 2 < n and doc[end + 1].text == "-" and doc[end + 2].is_title
        ):
            end += 3
        elif doc[end - 1].lower_ in _PARTICLES and token.text[:1].isupper() and token.is_alpha:
            end += 1  # "von der Leyen": NER often tags the last word as a place
        elif token.text == "-" and not token.whitespace_ and not doc[end - 1].whitespace_:
            end += 1
        else:
            break
    if start > 0:
        left = doc[start - 1]
        if (
            left.pos_ == "PROPN"
            and left.is_title
            and not left.is_sent_start
            and not left.ent_type_
            and not _is_honorific(left)
            and left.lower_ not in ROLE_WORDS
            and gazetteer.country_for(left.text) is None
        ):
            start -= 1
    return start, end


def _is_country_word(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and not gazetteer.is_capital(token.text)
        and bool(gazetteer.country_for(token.text))
    )


def _names_a_place(words: list[str]) -> bool:
    """A name containing a sizeable city is a team or a town, not a person, in news text."""
    # the last word only: "Vladimir Putin" starts with a city's name, "Atletico Madrid" ends with one
    return words[-1][:1].isupper() and gazetteer.is_big_city(words[-1])


_HEADER_DASHES = frozenset(["-", "--", "\u2013", "\u2014"])
# Last words that make a name an organisation's or a place's ("Pirelli SpA", "Gold Fields",
# "Manchester United", "Warsaw Newsroom", "Changi Prison", "Sueddeutsche Zeitung").
_ORGANISATION_HEADS = frozenset(
    [
        "spa",
        "ag",
        "inc",
        "ltd",
        "corp",
        "co",
        "plc",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "llc",
        "group",
        "holdings",
        "controls",
        "fields",
        "cables",
        "mining",
        "cement",
        "airlines",
        "airways",
        "atlantic",
        "network",
        "newsroom",
        "prison",
        "stadium",
        "zeitung",
        "united",
        "city",
        "rovers",
        "wanderers",
        "athletic",
        "county",
        "bank",
        "university",
        "institute",
        "foundation",
        "agency",
    ]
)


def _only_a_place(doc: Doc, person: _Person) -> bool:
    """A one-word "person" that is a town ("Wigan", "Karlsruhe") or is written like one
    ("LONGYEAR, Norway"), never given a first name in the article."""
    if any(len(m.words) > 1 for m in person.mentions):
        return False
    word = person.mentions[0].words[0]
    if gazetteer.is_big_city(word) or gazetteer.is_us_state(word):
        return True
    for mention in person.mentions:
        k = mention.end
        if k + 1 < len(doc) and doc[k].text == "," and gazetteer.country_for(doc[k + 1].text):
            return True
    return False


def _names_an_organisation(words: list[str]) -> bool:
    last = words[-1].casefold().rstrip(".")
    if last.endswith("shire") or (len(words) > 1 and last in _ORGANISATION_HEADS):
        return True  # "Nottinghamshire", "Pirelli SpA"
    # "St Johnstone v Airdrieonians": a fixture
    return any(word in ("v", "v.", "vs", "vs.") for word in words[1:-1])


# --- Names in lists and results tables, where NER misses many ---------------------------------
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
                and ((text == "-" and not spaces[j] and not spaces[j - 1]) or text.lower() in _PARTICLES)
            ):
                j += 2
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _listed_names(doc: Doc, texts: list[str], entities: list[Span]) -> list[Span]:
    """Names NER missed in lists and tables (see above), as PERSON spans."""
    from spacy.tokens import Span

    spaces = [t.whitespace_ for t in doc]
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


def _names_something_else(doc: Doc, end: int) -> bool:
    """ "the Reagan administration" is not a reference to Reagan the person."""
    return end < len(doc) and doc[end].lower_ in _NOT_PEOPLE_AFTER


def _is_honorific(token: Token) -> bool:
    return token.lower_.rstrip(".") in HONORIFICS and token.i + 1 < len(token.doc)


def _is_junk(text: str, words: list[str]) -> bool:
    if not text[:1].isupper() or any(c.isdigit() for c in text) or "/" in text or "@" in text:
        return True
    # four or more capitalised words with no lower case: a headline fragment, not a name
    return len(text) < 2 or (not any(c.islower() for c in text) and len(words) > 3)


def _is_credit(doc: Doc, text: str, ent: Span) -> bool:
    """Photo credits ("Xinhua/Li Tao") and bylines ("By John Smith") name no one in the story."""
    if ent.start > 0 and doc[ent.start - 1].text in ("/", "\\"):
        return True
    if ent.end < len(doc) and doc[ent.end].text in ("/",):
        return True
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    # only the clause the name opens: from the line start or the last "(" / "["
    before = text[line_start : ent.start_char]
    before = before[max(before.rfind("("), before.rfind("[")) + 1 :]
    return len(before) <= 80 and bool(_CREDIT_BEFORE.match(before))


def _group(mentions: list[_Mention]) -> list[_Person]:
    """Join mentions of one person: full names first, then surnames and partial names.

    A short form joins a longer name only when exactly one longer name fits it, so two people
    who share a surname ("Marcello and Massimo Cuttitta") are never merged, and the bare surname
    stays a separate, ambiguous entry.
    """
    people: list[_Person] = []
    by_key: dict[tuple[str, ...], _Person] = {}
    ordered = sorted(mentions, key=lambda m: (-len(m.words), m.start))
    for mention in ordered:
        key = tuple(w.casefold() for w in mention.words)
        candidates = [p for p in people if _fits(key, p)]
        if key in by_key and len(candidates) <= 1:
            by_key[key].mentions.append(mention)
            continue
        if len(candidates) > 1:
            # "Zhang" after "Zhang Xiaoming" and "Zhang Yong": the one named last; before either
            # is named (a headline's "CUTTITTA"), it stays a separate, ambiguous entry
            before = [p for p in candidates if p.mentions[0].start < mention.start]
            if before:
                latest = max(
                    before, key=lambda p: max(m.start for m in p.mentions if m.start < mention.start)
                )
                candidates = [latest]
        if len(candidates) == 1:
            by_key.setdefault(key, candidates[0])
            candidates[0].mentions.append(mention)
            continue
        person = _Person([mention])
        people.append(person)
        by_key[key] = person
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _fits(key: tuple[str, ...], person: _Person) -> bool:
    """Is `key` a shorter way of naming `person`? ("Yang" for "Yang Jiechi", "George Bush" for
    "George W Bush".)"""
    full = tuple(w.casefold() for w in person.words)
    if len(key) >= len(full):
        return False
    if len(key) == 1:
        return key[0] in full
    # every word in order, same last word
    it = iter(full)
    return key[-1] == full[-1] and all(word in it for word in key)


def _country_index(countries: list[CountryMention]) -> dict[int, CountryMention]:
    return {k: mention for mention in countries for k in range(mention.start, mention.end)}


def _title_before(doc: Doc, mention: _Mention, country_at: dict[int, CountryMention]) -> _Context:
    """Title and country written before the name: "Russia's Security Council Secretary Nikolai
    Patrushev", "Chinese Premier Li Keqiang", "his Russian counterpart Vladimir Putin"."""
    sent_start = doc[mention.start].sent.start
    k = mention.start - 1
    first = mention.start
    while k >= sent_start and mention.start - k <= MAX_TITLE_TOKENS:
        token = doc[k]
        if (
            (token.text in _POSSESSIVE and k - 1 >= sent_start and k - 1 in country_at)
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
        return _NOTHING
    span = doc[first : mention.start]
    code = next((country_at[i].code for i in range(first, mention.start) if i in country_at), None)
    code = next((_TITLE_COUNTRY[t.lower_] for t in span if t.lower_ in _TITLE_COUNTRY), code)
    title = _title_text(span, country_at)
    return _Context(title, code, bool(_INTERNATIONAL.search(span.text)), (first, mention.start))


def _title_word(doc: Doc, k: int) -> bool:
    token = doc[k]
    return token.text[:1].isupper() or token.lower_ in ROLE_WORDS


def _title_text(span: Span, country_at: dict[int, CountryMention]) -> str:
    """The title as written, minus a leading country ("Russia's", "Chinese") and words that only
    refer back ("his ... counterpart"); "senior fellow at the Carnegie Moscow Center" stays whole."""
    words = []
    leading = True
    for token in span:
        skip_country = leading and (token.i in country_at or token.text in _POSSESSIVE)
        if skip_country or token.lower_ in ("counterpart", "his", "her", "their", "its"):
            continue
        leading = leading and token.lower_ in ("the", "a", "an")
        words.append(token.text_with_ws)
    title = "".join(words).strip(" ,-")
    while title.lower().startswith(("the ", "of ", "and ")):
        title = title.split(" ", 1)[1] if " " in title else ""
    return title


def _apposition_after(doc: Doc, mention: _Mention, country_at: dict[int, CountryMention]) -> _Context:
    """ ", a senior fellow at the Carnegie Moscow Center," after a name."""
    end = mention.end
    while end < len(doc) and doc[end].text in _POSSESSIVE:
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return _NOTHING
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
        return _NOTHING
    stop = k
    while (
        stop < sent_end and doc[stop].text not in (",", ";", ".", ")", "(", '"', "\u201d") and stop - k < 20
    ):
        if doc[stop].pos_ in ("VERB", "AUX") and doc[stop].tag_ not in ("VBN", "VBG"):
            return _NOTHING
        stop += 1
    if stop == k or (stop < sent_end and doc[stop].text not in (",", ".", ";", ")")):
        return _NOTHING
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
    return _Context(title, code, bool(_INTERNATIONAL.search(span.text)), (k, stop))


def _country_of_after(doc: Doc, mention: _Mention, country_at: dict[int, CountryMention]) -> str | None:
    """ "Tansu Ciller of Turkey", "Li Peng (China)"."""
    k = mention.end
    if k + 1 < len(doc) and doc[k].lower_ in ("of", "from", "(") and k + 1 in country_at:
        return country_at[k + 1].code
    return None


def _fallback_countries(
    results: list[PersonExtraction], document: Document, countries: list[CountryMention], skip: set[int]
) -> None:
    """People with no stated country: the dateline's country, else the article's main country.

    Wire stories name home officials without their nationality ("TOKYO - Prime Minister Yasuhiro
    Nakasone said"); officials of international bodies keep None.
    """
    if not countries:
        return
    home = None
    if document.dateline_place:
        home = gazetteer.place_country(document.dateline_place, document.published)
    if home is None:
        home = Counter(m.code for m in countries).most_common(1)[0][0]
    for index, person in enumerate(results):
        if person.country is None and index not in skip:
            person.country = home


def _attach_quotes(doc: Doc, people: list[_Person], results: list[PersonExtraction]) -> None:
    """`Yang said "..."` / `"...", Yang said` / `"...", he said` -> the quote, on the speaker."""
    owner_of_token: dict[int, int] = {}
    for index, person in enumerate(people):
        for mention in person.mentions:
            for k in range(mention.start, mention.end):
                owner_of_token[k] = index
    last_speaker: int | None = None
    for sent in doc.sents:
        speakers = [owner_of_token[t.i] for t in sent if t.i in owner_of_token]
        quotes = _QUOTE.findall(sent.text)
        if quotes:
            speaker = None
            if speakers:
                speaker = (
                    _nearest_to_speech_verb(sent, owner_of_token) if len(set(speakers)) > 1 else speakers[0]
                )
            elif _PRONOUN_SAID.search(sent.text):
                speaker = last_speaker
            if speaker is not None:
                for quote in quotes:
                    if quote.strip() not in results[speaker].quotes:
                        results[speaker].quotes.append(quote.strip().strip(","))
        if speakers:
            last_speaker = speakers[-1]


def _nearest_to_speech_verb(sent: Span, owner_of_token: dict[int, int]) -> int | None:
    verbs = [t.i for t in sent if t.lower_ in _SPEECH_VERBS]
    owned = [i for i in range(sent.start, sent.end) if i in owner_of_token]
    if not verbs or not owned:
        return owner_of_token[owned[0]] if owned else None
    best = min(owned, key=lambda i: min(abs(i - v) for v in verbs))
    return owner_of_token[best]
