"""Typed NLP for news articles: people, countries, focus and meetings. No Django here.

from entities.extraction import read_document, extract
extraction = extract(read_document(data, defaults={"published": date}))
"""

from .document import read_document
from .gazetteer import all_countries, country_for, country_name, place_country
from .nlp import DEFAULT_MODEL, get_nlp
from .pipeline import extract, extract_many, nlp_text
from .types import (
    ArticleExtraction,
    CountryExtraction,
    Document,
    DocumentError,
    MeetingExtraction,
    PersonExtraction,
)

__all__ = [
    "DEFAULT_MODEL",
    "ArticleExtraction",
    "CountryExtraction",
    "Document",
    "DocumentError",
    "MeetingExtraction",
    "PersonExtraction",
    "all_countries",
    "country_for",
    "country_name",
    "extract",
    "extract_many",
    "get_nlp",
    "nlp_text",
    "place_country",
    "read_document",
]
