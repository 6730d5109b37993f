"""A reader's path through the site in a real headless Chromium (Debian's, at /usr/bin/chromium)."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls here are plain setup.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.getenv("CHROMIUM", "/usr/bin/chromium")
DASH = "\u2013"  # the en dash between the two countries of a pair
OFFICES = "Russia\u2019s offices over time"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(
        not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)),
        reason=f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM=/path) to run",
    ),
]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()
        # The ORM calls made while Playwright runs get a connection of their own (another context
        # to asgiref): close it, or dropping the test database finds it still open.
        from django.db import connections

        connections.close_all()


@pytest.fixture
def seeded(transactional_db):
    from tests.factories import seed_world

    return seed_world()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_reader_goes_from_a_search_to_the_pair_and_the_article(browser, live_server, seeded, viewport):
    from playwright.sync_api import expect

    name = "desktop" if viewport["width"] > 800 else "phone"
    page = browser.new_page(viewport=viewport)
    page.goto(live_server.url + "/")
    expect(page).to_have_title("Diplomatic meetings in the news · Newsdesk")
    shot(page, f"{name}-1-home")

    page.get_by_label("Search officials, articles and countries").first.fill("patrushev")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results for “patrushev”")
    expect(page.locator("#articles-h + ul")).to_contain_text(seeded["article"].title)
    shot(page, f"{name}-2-search")

    page.locator("#people-h + ul").get_by_role("link", name="Nikolai Patrushev").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nikolai Patrushev")
    expect(page.get_by_text("Security Council Secretary").first).to_be_visible()
    shot(page, f"{name}-3-person")

    page.get_by_role("link", name=f"Russia {DASH} China meetings").click()
    expect(page).to_have_title(f"China {DASH} Russia · Newsdesk")
    ledger = page.locator("table.ledger")
    expect(ledger).to_contain_text("2018-11-13")
    expect(ledger).to_contain_text("Moscow")
    expect(ledger).to_contain_text("Yang Jiechi")
    expect(page.locator("figure.timeline svg title").first).to_have_text(
        f"Meetings per month: China {DASH} Russia"
    )
    shot(page, f"{name}-4-pair")

    ledger.get_by_role("link", name=seeded["article"].title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(seeded["article"].title)
    expect(page.locator("a.mention-person", has_text="Nikolai Patrushev")).to_have_count(1)
    expect(page.get_by_text("read against the publication date 2018-11-14")).to_be_visible()
    shot(page, f"{name}-5-article")

    # Nothing overflows sideways on a phone except the ledger, which scrolls in its own box.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]


def test_pages_are_keyboard_navigable(browser, live_server, seeded):
    page = browser.new_page()
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Newsdesk"


@pytest.fixture
def walk(seeded):
    """The seed, and a recent year of China-Russia meetings: talks held a month ago (reported by
    two outlets), a visit planned for next month (which "held" leaves out) and one long ago."""
    import datetime as dt

    from django.utils import timezone

    from tests import factories

    today = timezone.localdate()
    yang, patrushev = seeded["yang"], seeded["patrushev"]
    first = factories.article("Security talks held in Beijing", source="Xinhua", published=today)
    second = factories.article("Beijing hosts Russian security chief", source="China Daily", published=today)
    talks = factories.meeting(
        first,
        [yang, patrushev],
        date=today - dt.timedelta(days=30),
        place="Beijing",
        kind="talks",
        evidence="Yang held talks with Patrushev in Beijing.",
    )
    talks.reports.create(article=second, evidence="Patrushev and Yang met in the Chinese capital.")
    factories.meeting(
        first, [yang, patrushev], date=today + dt.timedelta(days=20), place="Kazan", status="planned"
    )
    return {**seeded, "talks": talks}


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_analyst_narrows_a_pair_to_the_last_year_held_and_follows_a_meeting_to_its_offices(
    browser, live_server, walk, viewport
):
    from playwright.sync_api import expect

    name = "desktop" if viewport["width"] > 800 else "phone"
    page = browser.new_page(viewport=viewport)
    page.goto(live_server.url + "/")
    page.get_by_label("Search officials, articles and countries").first.fill("China Russia")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Results for “China Russia”")
    page.locator(".answers").get_by_role("link", name=f"China {DASH} Russia").click()
    expect(page).to_have_title(f"China {DASH} Russia · Newsdesk")
    ledger = page.locator("table.ledger")
    expect(ledger.locator("tbody tr")).to_have_count(3)

    # A preset sets the dates; the status is chosen in the form, as a reader would.
    page.get_by_role("link", name="Last 12 months").click()
    expect(page.get_by_text("Last 12 months", exact=True)).to_have_attribute("aria-current", "true")
    page.get_by_label("Status").select_option("held")
    page.get_by_role("button", name="Filter").click()
    assert "status=held" in page.url and "from=" in page.url
    expect(ledger.locator("tbody tr")).to_have_count(1)
    expect(ledger).to_contain_text("Beijing")
    expect(ledger).not_to_contain_text("Kazan")
    expect(page.get_by_label("Status")).to_have_value("held")
    expect(page.locator("#ledger-h .count")).to_have_text("1")
    shot(page, f"{name}-walk-1-pair-filtered")

    page.get_by_role("link", name=walk["talks"].date.isoformat()).click()
    expect(page.get_by_role("heading", name="Reports side by side")).to_be_visible()
    reports = page.locator("figure.report")
    expect(reports).to_have_count(2)
    expect(reports.nth(0)).to_contain_text("Xinhua")
    expect(reports.nth(1)).to_contain_text("China Daily")
    if name == "desktop":  # a phone stacks them
        boxes = [reports.nth(i).bounding_box() for i in range(2)]
        assert boxes[0]["y"] == boxes[1]["y"] and boxes[0]["x"] < boxes[1]["x"]
    shot(page, f"{name}-walk-2-meeting")

    page.locator("#participants-h + table").get_by_role("link", name="Nikolai Patrushev").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nikolai Patrushev")
    page.get_by_role("link", name=OFFICES).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(OFFICES)
    expect(page.locator("main")).to_contain_text("Security Council Secretary")
    shot(page, f"{name}-walk-3-offices")

    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]
