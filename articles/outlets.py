"""Outlets by the names readers know them by: "The Straits Times", not the "straitstimes" of a corpus
manifest or a file's front matter.

Ingest stores the display name (Article.source); `outlet_name` also reads rows stored before, and
gives an outlet not listed here a readable form of its slug rather than the slug itself.
`outlet_country` says where an outlet is based, so that a meeting's reports can be read side by side
by whose media said it; an outlet not listed is shown under "Outlet's country not known", never
guessed.
"""

import re

# An outlet's short name or slug, casefolded -> the name it publishes under.
OUTLET_NAMES = {
    "ap": "Associated Press",
    "apw": "Associated Press",
    "afp": "AFP",
    "aljazeera": "Al Jazeera",
    "bbc": "BBC",
    "cgtn": "CGTN",
    "chinadaily": "China Daily",
    "cnn": "CNN",
    "dw": "Deutsche Welle",
    "ft": "Financial Times",
    "globaltimes": "Global Times",
    "guardian": "The Guardian",
    "theguardian": "The Guardian",
    "hindustantimes": "Hindustan Times",
    "japantimes": "The Japan Times",
    "koreaherald": "The Korea Herald",
    "kyodo": "Kyodo News",
    "nyt": "The New York Times",
    "nytimes": "The New York Times",
    "people.cn": "People's Daily Online",
    "peoplesdaily": "People's Daily",
    "reuters": "Reuters",
    "scmp": "South China Morning Post",
    "straitstimes": "The Straits Times",
    "tass": "TASS",
    "thehindu": "The Hindu",
    "timesofindia": "The Times of India",
    "washingtonpost": "The Washington Post",
    "wsj": "The Wall Street Journal",
    "xinhua": "Xinhua",
    "yonhap": "Yonhap",
}

# A slug is one lowercase word, perhaps with dots, hyphens or underscores: "people.cn", "le-monde".
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*")
_DOMAIN_END = re.compile(r"\.(com|org|net|cn|co\.uk|co|uk|ru|sg|in|jp|kr|de|fr)$")


def outlet_name(source: str) -> str:
    """The outlet's display name: as listed, else a slug made readable ("le-monde" -> "Le Monde",
    "afp" -> "AFP"), else the name as given (already a name: "Newsdesk sample")."""
    source = " ".join((source or "").split())
    key = source.casefold()
    if key in OUTLET_NAMES:
        return OUTLET_NAMES[key]
    if not _SLUG.fullmatch(source):
        return source
    words = re.split(r"[._-]+", _DOMAIN_END.sub("", key).removeprefix("www."))
    words = [w for w in words if w]
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0].upper()  # a short one-word slug is initials: an agency or broadcaster
    return " ".join(w.capitalize() for w in words)


# The outlets whose home is well known, by display name (casefolded).
OUTLET_COUNTRIES = {
    "china daily": "CN",
    "xinhua": "CN",
    "global times": "CN",
    "people's daily": "CN",
    "people's daily online": "CN",
    "cgtn": "CN",
    "south china morning post": "CN",
    "tass": "RU",
    "ria novosti": "RU",
    "interfax": "RU",
    "rt": "RU",
    "kommersant": "RU",
    "the moscow times": "RU",
    "associated press": "US",
    "ap": "US",
    "the new york times": "US",
    "new york times": "US",
    "the washington post": "US",
    "washington post": "US",
    "cnn": "US",
    "the wall street journal": "US",
    "reuters": "GB",
    "bbc": "GB",
    "bbc news": "GB",
    "the guardian": "GB",
    "financial times": "GB",
    "afp": "FR",
    "le monde": "FR",
    "deutsche welle": "DE",
    "dw": "DE",
    "der spiegel": "DE",
    "the hindu": "IN",
    "times of india": "IN",
    "the times of india": "IN",
    "hindustan times": "IN",
    "kyodo": "JP",
    "kyodo news": "JP",
    "nhk": "JP",
    "the japan times": "JP",
    "yonhap": "KR",
    "the korea herald": "KR",
    "the straits times": "SG",
    "al jazeera": "QA",
}


def outlet_country(source: str) -> str | None:
    """The ISO code of the outlet's home country, or None when it is not known."""
    if not source:
        return None
    return OUTLET_COUNTRIES.get(outlet_name(source).casefold().replace("\u2019", "'"))
