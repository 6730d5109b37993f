"""Shared fixtures. The suite runs on PostgreSQL (`make test` finds or starts one)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_0e12b51c2bb2fb3b.txt"
SAMPLES = ROOT / "samples"


def pytest_configure(config):
    import os

    from django.conf import settings

    # Tests sign sessions and CSRF tokens; a real deployment sets SECRET_KEY in its environment.
    settings.SECRET_KEY = os.environ.get("SECRET_KEY") or "tests-only-secret-key"
    # The hashed-name manifest exists only after collectstatic, which tests do not run.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run."""
    from django.conf import settings

    from extraction.nlp import get_nlp

    return get_nlp(settings.NEWSDESK_SPACY_MODEL)


@pytest.fixture
def seed_bytes():
    if not SEED.exists():
        pytest.skip("../shared/seed is not beside the project")
    return SEED.read_bytes()


@pytest.fixture
def ingest_text(db, nlp):
    """Ingest article texts written in the test; returns the results, in order."""
    from ingest.run import ingest
    from ingest.sources import Source

    def run(*texts: str | bytes, update: bool = False, defaults: dict | None = None):
        sources = [
            Source(f"test-{n}.txt", t.encode("utf-8") if isinstance(t, str) else t)
            for n, t in enumerate(texts)
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
    from ingest.run import ingest
    from ingest.sources import sources_from_paths

    return list(ingest(sources_from_paths([SAMPLES])))


# Admin: uploads, review and the background worker.


@pytest.fixture
def wire_story():
    """A short wire story in which two ministers meet; `n` makes each one a different article."""

    def make(n: int = 0, *, front_matter: str = "", extra: str = "") -> str:
        head = f"---\n{front_matter}\n---\n" if front_matter else ""
        return (
            f"{head}Lavrov and Wang hold talks, round {n}\n\n"
            "BEIJING, March 5 (Newsdesk) -- Russian Foreign Minister Sergei Lavrov met Chinese Foreign "
            f"Minister Wang Yi in Beijing on Tuesday for the {n}th round of consultations, "
            "the two ministries said.\n"
            f"Lavrov said the two countries would keep working together on regional security. {extra}\n"
        )

    return make


@pytest.fixture
def make_zip():
    """Zip bytes from {member name: bytes}, in memory."""
    import io
    import zipfile

    def make(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in members.items():
                archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, compression)
        return buffer.getvalue()

    return make


@pytest.fixture
def upload(admin_client, nlp):
    """Post files (name, bytes) to the admin upload page as a logged-in superuser; follows redirects."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    def post(*files: tuple[str, bytes], **fields):
        payload = {"files": [SimpleUploadedFile(name, data) for name, data in files], **fields}
        return admin_client.post(reverse("admin:articles_article_upload"), payload, follow=True)

    return post


@pytest.fixture
def world(db):
    """Rows mimicking the seed article, written directly: Yang Jiechi (CN) met Nikolai Patrushev (RU)."""
    from tests.factories import seed_world

    return seed_world()
