"""Typed NLP for news articles: people, countries, focus and meetings. No Django here.

from entities.extraction import read_document, extract
extraction = extract(read_document(data, defaults={"published": date}))

Names are imported on first use, so that web code importing the dataclasses in `types` does not
pay for importing spaCy.
"""

import importlib

from .types import (
    ArticleExtraction,
    CountryExtraction,
    Document,
    DocumentError,
    MeetingExtraction,
    PersonExtraction,
)

_LAZY = {
    "read_document": "document",
    "all_countries": "gazetteer",
    "country_for": "gazetteer",
    "country_name": "gazetteer",
    "place_country": "gazetteer",
    "DEFAULT_MODEL": "nlp",
    "get_nlp": "nlp",
    "extract": "pipeline",
    "extract_many": "pipeline",
    "nlp_text": "pipeline",
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)


__all__ = [
    "ArticleExtraction",
    "CountryExtraction",
    "Document",
    "DocumentError",
    "MeetingExtraction",
    "PersonExtraction",
    *_LAZY,
]
