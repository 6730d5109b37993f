"""Typed NLP for news articles: people, countries, focus and meetings. No Django here.

    from extraction.document import read_document
    from extraction.pipeline import extract
    extracted = extract(read_document(data, defaults={"published": date}))

The package imports nothing itself: web code that only needs the dataclasses in `types` does not
pay for importing spaCy.
"""
