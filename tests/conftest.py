"""Shared fixtures. The suite runs on PostgreSQL (`make test` finds or starts one)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_0e12b51c2bb2fb3b.txt"
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run."""
    from django.conf import settings

    from entities.extraction.nlp import get_nlp

    return get_nlp(settings.NEWSDESK_SPACY_MODEL)


@pytest.fixture
def seed_bytes():
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the project")
    return SEED.read_bytes()


@pytest.fixture
def ingest_text(db, nlp):
    """Ingest article texts written in the test; returns the results, in order."""
    from entities.ingest import Source, ingest

    def run(*texts: str | bytes, update: bool = False, defaults: dict | None = None):
        sources = [
            Source(f"test-{n}.txt", t.encode("utf-8") if isinstance(t, str) else t) for n, t in enumerate(texts)
        ]
        return list(ingest(sources, update=update, defaults=defaults))

    return run


@pytest.fixture
def seed_article(ingest_text, seed_bytes):
    (result,) = ingest_text(seed_bytes)
    assert result.status == "created", result.message
    return result.article


@pytest.fixture
def sample_articles(db, nlp):
    """Every bundled sample article, ingested."""
    from entities.ingest import ingest, sources_from_paths

    return list(ingest(sources_from_paths([SAMPLES])))
