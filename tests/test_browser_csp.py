"""The Content-Security-Policy blocks nothing the site itself uses, in a real headless Chromium."""

import os
import shutil
from pathlib import Path

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.getenv("CHROMIUM", "/usr/bin/chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)),
        reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM=/path) to run",
    ),
]


def test_no_page_or_admin_page_breaks_the_content_security_policy(live_server, transactional_db):
    from django.contrib.auth.models import User
    from playwright.sync_api import sync_playwright

    from tests.factories import seed_world

    world = seed_world()
    User.objects.create_superuser("boss", "boss@example.org", "a-long-password-123")
    public = ["/", "/search/?q=patrushev", "/pairs/cn-ru/", world["article"].get_absolute_url(),
              world["patrushev"].get_absolute_url(), "/countries/", world["meeting"].get_absolute_url(),
              "/countries/ru/offices/?on=2018-11-14", "/pairs/cn-ru/?view=compact"]  # fmt: skip
    admin = ["/admin/", "/admin/articles/article/", "/admin/articles/article/upload/",
             "/admin/entities/meeting/review/", f"/admin/entities/person/{world['patrushev'].pk}/change/",
             f"/admin/entities/meeting/{world['meeting'].pk}/change/"]  # fmt: skip
    violations = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page()
        page.on(
            "console",
            lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
        )
        for path in public:
            page.goto(live_server.url + path)
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "boss")
        page.fill("#id_password", "a-long-password-123")
        page.click("input[type=submit]")
        for path in admin:
            response = page.goto(live_server.url + path)
            assert response.status < 400, path
        browser.close()
    assert violations == []
