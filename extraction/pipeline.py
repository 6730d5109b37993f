"""Article in, `ArticleExtraction` out: the one entry point ingest, the CLI and the admin use."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .countries import CountryMention, find_country_mentions, summarise
from .document import lead_span
from .focus import choose_focus
from .meetings import find_meetings
from .people import find_people
from .truecase import truecase
from .types import ArticleExtraction, Document, MeetingExtraction, PersonExtraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)


def nlp_text(document: Document) -> str:
    """What spaCy reads: `document.text` with all-caps lines recased (offsets unchanged)."""
    return truecase(document.text)


def extract(document: Document, doc: Doc | None = None, *, nlp: Language | None = None) -> ArticleExtraction:
    """Extract people, countries, focus and meetings from one document."""
    if doc is None:
        doc = _nlp(nlp)(nlp_text(document))
    mentions, people, meetings = read_article(doc, document)
    return ArticleExtraction(
        document=document,
        people=people,
        countries=summarise(mentions),
        focus=choose_focus(document, mentions, document.lead_span, people, meetings),
        meetings=meetings,
    )


def read_article(
    doc: Doc, document: Document
) -> tuple[list[CountryMention], list[PersonExtraction], list[MeetingExtraction]]:
    """Every stage but focus, whose inputs these are (`focus_training` reads them too)."""
    if document.lead_span is None:
        document.lead_span = lead_span(doc, document)  # worked out once, read by every stage
    mentions = find_country_mentions(doc, document.published)
    people = find_people(doc, document, mentions)
    return mentions, people, find_meetings(doc, document, people)


def extract_many(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[ArticleExtraction]:
    """Stream extractions in input order; documents are read lazily, `batch_size` at a time."""
    pairs = ((nlp_text(document), document) for document in documents)
    for doc, document in _nlp(nlp).pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract(document, doc)


def _nlp(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from .nlp import get_nlp

    return get_nlp()


__all__ = ["extract", "extract_many", "lead_span", "nlp_text", "read_article"]
