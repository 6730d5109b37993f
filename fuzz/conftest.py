"""`make fuzz`: a bounded hypothesis pass, kept out of `make test` (testpaths is tests/ only)."""

from collections import Counter

import pytest

# What each fuzz target tried, by kind, printed at the end of the run.
TRIED: dict[str, Counter] = {}


def pytest_configure(config):
    import os

    from django.conf import settings

    settings.SECRET_KEY = os.environ.get("SECRET_KEY") or "fuzz-only-secret-key"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def pytest_terminal_summary(terminalreporter):
    for target, kinds in TRIED.items():
        terminalreporter.write_sep("-", f"fuzz: {target} tried {sum(kinds.values())} inputs")
        for kind, n in kinds.most_common():
            terminalreporter.write_line(f"  {n:6d}  {kind}")


@pytest.fixture
def world(db):
    from tests.factories import seed_world

    return seed_world()
