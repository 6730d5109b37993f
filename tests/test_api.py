"""The JSON API under /api/: each endpoint, its pagination and caps, and its own OpenAPI schema."""

import datetime as dt

import pytest
from django.core.cache import cache

from tests import factories


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    # The per-client counter lives in the cache: each test starts with a full allowance.
    cache.clear()


def get(client, url, expect=200, **params):
    response = client.get(url, params)
    assert response.status_code == expect, response.content[:300]
    return response.json()


def test_people_are_found_by_any_spelling_with_variants_and_roles(client, world):
    (found,) = get(client, "/api/people", q="nikolay patrushev")["items"]
    assert found["name"] == "Nikolai Patrushev"
    assert found["variants"] == ["Nikolay Patrushev"]
    assert found["roles"][0]["title"] == "Security Council Secretary"
    assert found["country"] == "RU" and found["url"] == world["patrushev"].get_absolute_url()


def test_a_person_by_slug_and_an_unknown_one(client, world):
    assert get(client, f"/api/people/{world['yang'].slug}")["name"] == "Yang Jiechi"
    get(client, "/api/people/nobody-at-all", expect=404)


def test_countries_page_by_code_with_a_cursor(client, world):
    factories.country("US")
    first = get(client, "/api/countries", limit=2)
    assert [c["code"] for c in first["items"]] == ["CN", "RU"] and first["next"] == "RU"
    rest = get(client, "/api/countries", limit=2, after=first["next"])
    assert [c["code"] for c in rest["items"]] == ["US"] and rest["next"] is None
    assert get(client, "/api/countries/ru")["name"] == "Russia"
    get(client, "/api/countries/zz", expect=404)


def test_pairs_rank_by_meetings_and_filter_by_country(client, world):
    (pair,) = get(client, "/api/pairs")
    assert pair == {
        "a": "CN",
        "b": "RU",
        "name": "China \u2013 Russia",
        "meetings": 1,
        "url": "/pairs/cn-ru/",
    }
    assert get(client, "/api/pairs", country="us") == []


def test_meetings_carry_participants_reports_and_the_dates_provenance(client, world):
    (meeting,) = get(client, "/api/meetings", a="cn", b="ru")["items"]
    assert meeting["id"] == world["meeting"].pk
    assert meeting["sides"] == ["CN", "RU"]
    assert {p["name"] for p in meeting["participants"]} == {"Yang Jiechi", "Nikolai Patrushev"}
    assert meeting["reports"][0]["outlet"] == "China Daily"
    assert meeting["date_anchor"] == "published" and "read against" in meeting["date_provenance"]
    assert get(client, f"/api/meetings/{meeting['id']}")["url"] == f"/meetings/{meeting['id']}/"


@pytest.mark.parametrize(
    ("params", "found"),
    [
        ({"from": "2018-11-01", "to": "2018-11-30"}, 1),
        ({"from": "2019-01-01"}, 0),
        ({"status": "held"}, 1),
        ({"status": "planned"}, 0),
        ({"kind": "consultation"}, 1),
        ({"kind": "call"}, 0),
        ({"place": "moscow"}, 1),
        ({"place": "Geneva"}, 0),
        ({"country": "ru"}, 1),
        ({"a": "cn", "b": "us"}, 0),
    ],
)
def test_meetings_filter_by_dates_status_kind_place_and_countries(client, world, params, found):
    assert len(get(client, "/api/meetings", **params)["items"]) == found


def test_meetings_filter_by_person(client, world):
    other = factories.person("Sergei Lavrov", "RU")
    factories.meeting(factories.article(), [other], date=dt.date(2020, 1, 1))
    items = get(client, "/api/meetings", person=world["yang"].slug)["items"]
    assert [m["id"] for m in items] == [world["meeting"].pk]


def test_meetings_page_newest_first_then_undated_without_repeats(client, world):
    story = factories.article()
    people = [world["yang"], world["patrushev"]]
    for day in (dt.date(2020, 1, 1), None, dt.date(2016, 5, 5), None, dt.date(2018, 11, 13)):
        factories.meeting(story, people, date=day)
    seen, after = [], None
    while True:
        page = get(client, "/api/meetings", limit=2, **({"after": after} if after else {}))
        seen += [(m["date"], m["id"]) for m in page["items"]]
        after = page["next"]
        if after is None:
            break
    assert len(seen) == 6 == len(set(seen))
    dates = [d for d, _ in seen]
    assert dates[:4] == ["2020-01-01", "2018-11-13", "2018-11-13", "2016-05-05"]
    assert dates[4:] == [None, None]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"after": "nonsense"},
        {"after": "2019-13-40.5"},
        {"a": "cn"},
        {"kind": "x"},
    ],
)
def test_bad_parameters_are_client_errors_not_crashes(client, world, params):
    response = client.get("/api/meetings", params)
    assert 400 <= response.status_code < 500


def test_articles_carry_what_was_read_from_them(client, world):
    (item,) = get(client, "/api/articles", country="ru")["items"]
    assert item["slug"] == world["article"].slug and item["outlet"] == "China Daily"
    assert {p["name"] for p in item["people"]} == {"Yang Jiechi", "Nikolai Patrushev"}
    assert {c["key"] for c in item["countries"]} == {"CN", "RU"}
    assert item["meetings"] == [world["meeting"].pk]
    assert item["quotes"] == ["The Russian government is willing to continue."]
    assert item["sample"] is False
    assert get(client, f"/api/articles/{item['slug']}")["title"] == item["title"]
    assert get(client, "/api/articles", person=world["yang"].slug)["items"][0]["slug"] == item["slug"]


def test_the_api_sends_no_cors_headers(client, world):
    response = client.get("/api/countries", headers={"Origin": "https://elsewhere.example"})
    assert not [h for h in response.headers if h.lower().startswith("access-control-")]


def test_each_client_is_rate_limited(client, world, settings):
    from api.api import api

    (throttle,) = api.throttle
    allowed = throttle.num_requests
    statuses = [client.get("/api/countries").status_code for _ in range(allowed + 1)]
    assert statuses[:allowed] == [200] * allowed and statuses[-1] == 429
    other = client.get("/api/countries", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


API_QUERIES = {
    "/api/people": 3,
    "/api/people/{slug}": 3,
    "/api/countries": 1,
    "/api/countries/{code}": 1,
    "/api/pairs": 1,
    "/api/meetings": 3,
    "/api/meetings/{meeting_id}": 3,
    "/api/articles": 5,
    "/api/articles/{slug}": 5,
}


def examples(world) -> dict:
    return {
        "slug": world["patrushev"].slug,
        "code": "ru",
        "meeting_id": world["meeting"].pk,
        "article_slug": world["article"].slug,
    }


def concrete(path: str, world) -> str:
    values = examples(world)
    if path.startswith("/api/articles/"):
        return path.replace("{slug}", values["article_slug"])
    for name, value in values.items():
        path = path.replace("{" + name + "}", str(value))
    return path


@pytest.mark.parametrize("path", sorted(API_QUERIES))
def test_every_endpoint_makes_a_bounded_number_of_queries(client, world, path, django_assert_max_num_queries):
    url = concrete(path, world)
    for extra in (3, 27):
        factories.many_articles(extra, world)
        with django_assert_max_num_queries(API_QUERIES[path]):
            response = client.get(url, {"limit": 100} if "{" not in path else {})
        assert response.status_code == 200


def test_the_openapi_schema_is_valid_and_every_path_answers_with_example_parameters(client, world):
    schema = get(client, "/api/openapi.json")
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == set(API_QUERIES)
    for path, operations in schema["paths"].items():
        assert set(operations) == {"get"}, "the API is read-only"
        operation = operations["get"]
        assert "200" in operation["responses"]
        response = client.get(concrete(path, world))
        assert response.status_code == 200, path
        required = operation["responses"]["200"]["content"]["application/json"]["schema"]
        body = response.json()
        if "$ref" in required:
            name = required["$ref"].rsplit("/", 1)[-1]
            assert set(schema["components"]["schemas"][name]["required"]) <= set(body)
