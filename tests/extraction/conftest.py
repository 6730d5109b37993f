"""DB-free fixtures for the NLP package: no Django settings needed."""

from pathlib import Path

import pytest

from extraction.pipeline import extract
from extraction.types import Document

SEED = Path(__file__).resolve().parents[2] / "../shared/seed/000_0e12b51c2bb2fb3b.txt"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once for the whole run (overrides the Django one)."""
    from extraction.nlp import get_nlp

    return get_nlp()


@pytest.fixture
def run(nlp):
    """Extract from a headline and body written inline."""

    def run(title: str, body: str, **fields):
        return extract(Document(title=title, body=body, **fields), nlp=nlp)

    return run
