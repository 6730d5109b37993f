"""Article in, `ArticleExtraction` out: the one entry point ingest, the CLI and the admin use."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .countries import choose_focus, find_country_mentions, summarise
from .document import dateline_end
from .meetings import find_meetings
from .people import find_people
from .truecase import truecase
from .types import ArticleExtraction, Document, PersonExtraction

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
    people = _people_and_countries(doc, document)
    return _finish(doc, document, *people)


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


def _people_and_countries(doc: Doc, document: Document):
    mentions = find_country_mentions(doc, document.published)
    people = find_people(doc, document, mentions)
    return mentions, people


def _finish(doc: Doc, document: Document, mentions, people: list[PersonExtraction]) -> ArticleExtraction:
    meetings = find_meetings(doc, document, people)
    lead = lead_span(doc, document)
    return ArticleExtraction(
        document=document,
        people=people,
        countries=summarise(mentions),
        focus=choose_focus(document, mentions, lead, people, meetings),
        meetings=meetings,
    )


# A body line that ends like a sentence; captions, credits and "Published 7 hours ago" do not.
_SENTENCE_END = tuple(".!?\"'\u201d\u2019)")
_MIN_LEAD_WORDS = 6


def lead_span(doc: Doc, document: Document) -> tuple[int, int]:
    """Offsets of the lead (the first body sentence, where the story's subject is stated), skipping
    the dateline and furniture lines before it (photo captions, "Image copyright ...")."""
    text = document.text  # the same offsets as doc.text, without rebuilding it from the tokens
    start = len(document.title) + 2 + dateline_end(document.body)
    position = start
    while position < len(text):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end].strip()
        if line.endswith(_SENTENCE_END) and len(line.split()) >= _MIN_LEAD_WORDS:
            start = position
            break
        position = line_end + 1
    for sent in doc.sents:
        if sent.end_char > start + 20:
            return start, sent.end_char
    return start, len(text)
