"""Reading and printing: the compact ledger, empty states, sample text, favicon and robots.txt."""

from pathlib import Path

from articles.models import SAMPLE_SOURCE
from tests import factories

CSS = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"


def test_compact_ledger_puts_each_meeting_on_one_line_with_evidence_on_demand(client, world):
    html = client.get("/pairs/cn-ru/?view=compact").content.decode()
    assert '<table class="ledger compact">' in html
    assert "<details><summary>Evidence</summary><q>Yang met Russia" in html
    assert '<input type="hidden" name="view" value="compact">' in html
    assert 'href="/pairs/cn-ru/">Full rows</a>' in html


def test_compact_ledger_keeps_the_other_filters(client, world):
    html = client.get("/pairs/cn-ru/?year=2018&view=compact").content.decode()
    assert 'href="?year=2018">Full rows</a>' in html


def test_full_ledger_offers_the_compact_one(client, world):
    html = client.get("/pairs/cn-ru/").content.decode()
    assert 'href="?view=compact">Compact</a>' in html and "ledger compact" not in html


def test_an_empty_pair_shows_no_chart_no_filters_and_no_nobody_yet(client, world):
    factories.country("US")
    html = client.get("/pairs/cn-us/").content.decode()
    assert "<svg" not in html and 'class="filters"' not in html
    assert "Nobody yet" not in html and '<ol class="ranked">' not in html
    assert "No meetings between officials of China and United States have been recorded yet." in html


def test_a_pair_with_meetings_still_has_its_chart_and_officials(client, world):
    html = client.get("/pairs/cn-ru/").content.decode()
    assert "<svg" in html and '<ol class="ranked">' in html


def test_samples_are_marked_as_sample_text_wherever_articles_are_listed(client, world):
    sample = factories.article("A team-written sample", source=SAMPLE_SOURCE)
    factories.mention(sample, world["ru"], world["patrushev"])
    for url in ("/", "/articles/", "/countries/ru/", world["patrushev"].get_absolute_url()):
        html = client.get(url).content.decode()
        listed = html[html.index("A team-written sample") :]
        assert listed.index('class="sample"') < listed.index("</li>"), url
    assert (
        "Sample text, written by the Newsdesk team" in client.get(sample.get_absolute_url()).content.decode()
    )
    html = client.get("/articles/").content.decode()
    real = html[html.index(world["article"].title) :]
    assert 'class="sample"' not in real[: real.index("</li>")]


def test_bundled_samples_carry_the_sample_source():
    samples = Path(__file__).resolve().parent.parent / "samples"
    for path in samples.glob("*.txt"):
        assert f"source: {SAMPLE_SOURCE}\n" in path.read_text(), path.name


def test_robots_txt_keeps_crawlers_out_of_the_admin_search_and_api(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body and "Disallow: /search/" in body and "Disallow: /api/" in body


def test_pages_name_a_favicon_and_favicon_ico_redirects_to_it(client, world):
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/").content.decode()
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/favicon.svg"


def test_the_stylesheet_prints_without_navigation():
    css = CSS.read_text()
    printed = css[css.index("@media print") :]
    assert "header.site" in printed and "display: none" in printed


def test_compact_pair_page_makes_as_few_queries_as_the_full_one(client, world, django_assert_max_num_queries):
    factories.many_articles(10, world)
    with django_assert_max_num_queries(9):
        assert client.get("/pairs/cn-ru/?view=compact").status_code == 200
