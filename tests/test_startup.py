"""The web process starts light: the spaCy model loads on first use, in the processes that extract."""

import subprocess
import sys

from tests.conftest import ROOT

CHECK = """
import os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "newsdesk.settings"
import django
django.setup()
import newsdesk.urls, entities.admin, articles.admin, entities.views, articles.views
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
