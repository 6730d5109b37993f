"""Where outlets are based, so that a meeting's reports can be read side by side by whose media said it.

Articles carry only the outlet's name (Article.source), looked up here by its display name
(articles.outlets, so "nyt" and "The New York Times" are one outlet); this is the short list of
outlets whose home is well known. An outlet not listed is shown under "Outlet's country not known",
never guessed.
"""

from articles.outlets import outlet_name
from entities.models import fold

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
    return OUTLET_COUNTRIES.get(fold(outlet_name(source)).replace("\u2019", "'")) if source else None
