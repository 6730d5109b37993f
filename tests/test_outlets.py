"""Outlets shown by the names readers know them by, wherever an outlet shows."""

import json

import pytest

from articles.models import Article
from articles.outlets import outlet_country, outlet_name
from tests import factories

STORY = """Ministers hold talks in Hanoi

HANOI, June 2 -- Vietnam's Foreign Minister met his Thai counterpart in Hanoi on Monday.
"""


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("straitstimes", "The Straits Times"),
        ("nyt", "The New York Times"),
        ("people.cn", "People's Daily Online"),
        ("STRAITSTIMES", "The Straits Times"),
        ("le-monde", "Le Monde"),
        ("globo_news", "Globo News"),
        ("rtl", "RTL"),
        ("www.example.com", "Example"),
        ("Wire Desk", "Wire Desk"),
        ("Newsdesk sample", "Newsdesk sample"),
        ("", ""),
    ],
)
def test_an_outlet_shows_by_its_name_or_a_readable_form_of_its_slug(source, shown):
    assert outlet_name(source) == shown


def test_an_outlets_country_is_the_same_for_its_slug_and_its_name():
    assert outlet_country("straitstimes") == outlet_country("The Straits Times") == "SG"
    assert outlet_country("nyt") == outlet_country("The New York Times") == "US"
    assert outlet_country("people.cn") == "CN"


def test_ingest_stores_the_display_name_of_a_manifests_outlet(db, nlp, tmp_path):
    from ingest.run import ingest
    from ingest.sources import sources_from_paths

    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY.replace("Monday", "Tuesday"))
    rows = [
        {"file": "a.txt", "outlet": "straitstimes", "published": "2020-06-02"},
        {"file": "b.txt", "outlet": "hanoitimes", "outlet_name": "Hanoi Times", "published": "2020-06-03"},
    ]
    (tmp_path / "MANIFEST.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    results = list(ingest(sources_from_paths([tmp_path])))
    assert [r.status for r in results] == ["created", "created"]
    assert sorted(Article.objects.values_list("source", flat=True)) == ["Hanoi Times", "The Straits Times"]


def test_a_front_matter_slug_is_stored_as_the_outlets_name(ingest_text):
    (result,) = ingest_text(f"---\nsource: cnn\npublished: 2020-06-02\n---\n{STORY}")
    assert result.article.source == "CNN"


def test_pages_show_an_outlet_stored_as_a_slug_by_its_name(client, db, django_assert_max_num_queries):
    article = factories.article("Ministers hold talks", "Talks were held.", source="straitstimes")
    with django_assert_max_num_queries(6):
        page = client.get(article.get_absolute_url()).content.decode()
    assert "The Straits Times" in page and "straitstimes" not in page
    with django_assert_max_num_queries(2):
        listing = client.get("/articles/").content.decode()
    assert "The Straits Times" in listing
