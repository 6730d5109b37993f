"""The web process starts light: the spaCy model loads on first use, in the processes that extract."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Each starts Python processes of its own.
pytestmark = pytest.mark.slow

CHECK = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "newsdesk.settings"
import django
django.setup()
import newsdesk.urls, entities.admin, ingest.admin, entities.views

print("spacy" in sys.modules)
"""


def test_serving_pages_and_the_admin_does_not_import_spacy():
    done = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"DEBUG": "1"},
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_the_quick_local_run_on_sqlite_ingests_the_samples(tmp_path):
    # `make run` uses SQLite when no DATABASE_URL is set; the suite itself runs on PostgreSQL.
    env = {"DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'local.sqlite3'}", "PATH": "/usr/bin:/bin"}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert run("migrate", "--noinput", "-v0").returncode == 0
    samples = sorted(str(p) for p in (ROOT / "samples").glob("0[0-1]*.txt"))
    ingested = run("ingest", *samples)
    assert ingested.returncode == 0, ingested.stderr
    assert ingested.stdout.strip().endswith(f"{len(samples)} created, 0 updated, 0 skipped, 0 failed")
    again = run("ingest", *samples)
    assert again.stdout.strip().endswith(f"0 created, 0 updated, {len(samples)} skipped, 0 failed")
