import pytest
from django.db import connection

from articles.models import Article
from entities.models import Person
from tests import factories

# Typos and ranked, highlighted article search need PostgreSQL (pg_trgm, full-text search).
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL: set DATABASE_URL"
)


@pytest.fixture
def officials(world):
    wang = factories.person("Wang Yi", "CN")
    lavrov = factories.person("Sergey Lavrov", "RU", variants=["Sergei Lavrov"])
    jaishankar = factories.person("Subrahmanyam Jaishankar", "IN")
    factories.person("José Martínez", "US")
    return {**world, "wang": wang, "lavrov": lavrov, "jaishankar": jaishankar}


def names(query: str) -> list[str]:
    return [p.name for p in Person.objects.search(query)[:5]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Nikolai Patrushev", "Nikolai Patrushev"),
        ("nikolay patrushev", "Nikolai Patrushev"),  # transliteration variant
        ("PATRUSHEV", "Nikolai Patrushev"),  # surname alone, any case
        pytest.param("patrushov", "Nikolai Patrushev", marks=postgresql_only),  # typo
        ("patru", "Nikolai Patrushev"),  # partial
        ("Wang-Yi", "Wang Yi"),
        ("wang yi", "Wang Yi"),
        ("jose martinez", "José Martínez"),  # accents
        ("Lavrov", "Sergey Lavrov"),
        ("sergei lavrov", "Sergey Lavrov"),
        pytest.param("jaishanker", "Subrahmanyam Jaishankar", marks=postgresql_only),
    ],
)
def test_officials_are_found_by_any_spelling(officials, query, expected):
    assert names(query)[:1] == [expected]


def test_unrelated_names_are_not_found(officials):
    assert names("Merkel") == []


@postgresql_only
def test_search_page_lists_the_official_first(client, officials):
    html = client.get("/search/", {"q": "patrushov"}).content.decode()
    assert html.index("Nikolai Patrushev") < html.index('id="articles-h"')
    assert f'href="{officials["patrushev"].get_absolute_url()}"' in html


@postgresql_only
def test_articles_are_found_by_their_words_with_highlighted_snippets(client, world):
    factories.search_vectors()
    html = client.get("/search/", {"q": "security cooperation"}).content.decode()
    assert world["article"].title in html
    assert "<mark>security</mark>" in html or "<mark>cooperation</mark>" in html


@postgresql_only
def test_snippets_escape_article_text_and_only_mark_the_hits(world):
    story = factories.article(
        "Hostile", "Talks <script>alert(1)</script> on security & 1 < 2 in <b>bold</b>."
    )
    factories.search_vectors()
    (found,) = Article.objects.filter(pk=story.pk).with_headline("security")
    assert "<script>" not in found.snippet and "<b>" not in found.snippet
    assert "&amp;" in found.snippet and "<mark>security</mark>" in found.snippet


def test_countries_are_found_by_adjective(client, world):
    html = client.get("/search/", {"q": "Chinese"}).content.decode()
    assert '<a href="/countries/cn/"><strong>China</strong></a>' in html


def test_search_degrades_to_substring_matching_off_postgresql(officials, monkeypatch):
    monkeypatch.setattr(connection, "vendor", "sqlite")
    assert names("patrushev") == ["Nikolai Patrushev"]
    assert list(Article.objects.search("Patrushev")) == [officials["article"]]


def test_empty_query_shows_the_search_form(client, db):
    html = client.get("/search/").content.decode()
    assert "<h1>Search</h1>" in html and 'name="q"' in html


def test_long_query_is_truncated(client, world):
    response = client.get("/search/", {"q": "patrushev " * 1000})
    assert response.status_code == 200
    assert response.context["query"] == ("patrushev " * 1000)[:200].strip()


def test_two_countries_answer_with_their_pair_page_first(client, world, django_assert_max_num_queries):
    with django_assert_max_num_queries(7):
        page = client.get("/search/", {"q": "China and Russia"}).content.decode()
    answers = page.split('id="answers-h"')[1].split("</section>")[0]
    assert 'href="/pairs/cn-ru/"' in answers


def test_two_surnames_answer_with_the_officials_shared_meetings(client, world):
    page = client.get("/search/", {"q": "Patrushev Yang"}).content.decode()
    answers = page.split('id="answers-h"')[1].split("</section>")[0]
    assert "Nikolai Patrushev and Yang Jiechi" in answers or "Yang Jiechi and Nikolai Patrushev" in answers
    assert "1 meeting together" in answers and "Moscow" in answers


def test_a_country_name_gives_that_country_and_not_one_whose_name_contains_it(db):
    factories.country("RU")
    belarus = factories.country("BY")
    belarus.aliases = ["Belarusian", "Byelorussia", "White Russia"]
    belarus.save()
    from entities.models import Country

    assert [c.code for c in Country.objects.search("Russia")] == ["RU"]
    assert [c.code for c in Country.objects.search("russian")] == ["RU"]
    assert [c.code for c in Country.objects.search("belo")] == []
    assert [c.code for c in Country.objects.search("byelo")] == ["BY"]


def test_a_short_query_inside_a_countrys_demonym_finds_no_country(db):
    burkina = factories.country("BF")
    burkina.name, burkina.aliases = "Burkina Faso", ["Burkinabe"]
    burkina.save()
    from entities.models import Country

    assert [c.code for c in Country.objects.search("abe")] == []
    assert [c.code for c in Country.objects.search("burk")] == ["BF"]
    assert [c.code for c in Country.objects.search("faso")] == ["BF"]


def test_typos_are_forgiven_without_postgresql_too(officials, monkeypatch):
    monkeypatch.setattr(connection, "vendor", "sqlite")
    assert names("patrushov") == ["Nikolai Patrushev"]
