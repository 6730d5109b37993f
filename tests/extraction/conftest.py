"""DB-free fixtures for the NLP package (the `nlp` fixture is the suite's one, in tests/conftest.py)."""

from pathlib import Path

import pytest

from extraction.pipeline import extract
from extraction.types import Document

SEED = Path(__file__).resolve().parents[2] / "../shared/seed/000_0e12b51c2bb2fb3b.txt"


@pytest.fixture
def run(nlp):
    """Extract from a headline and body written inline."""

    def run(title: str, body: str, **fields):
        return extract(Document(title=title, body=body, **fields), nlp=nlp)

    return run
