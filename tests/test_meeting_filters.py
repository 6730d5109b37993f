"""The meeting filters in the URL (from/to, status, kind, place, official, sort) on every meeting
list, its CSV and feeds; meetings dated to a month or a year."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import RequestFactory
from django.utils import timezone

from entities.filters import MeetingFilters
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def ledger(world):
    """The seed's 2018-11-13 consultation in Moscow, and four more CN-RU meetings."""
    yang, patrushev, story = world["yang"], world["patrushev"], world["article"]
    rows = {
        "call": factories.meeting(story, [yang, patrushev], date=dt.date(2019, 5, 2), place="", kind="call"),
        "planned": factories.meeting(
            story, [yang, patrushev], date=dt.date(2019, 7, 20), place="Beijing", status="planned"
        ),
        "april": factories.meeting(
            story, [yang, patrushev], date=dt.date(2012, 4, 1), date_precision="month", place="Sochi"
        ),
        "year": factories.meeting(
            story, [yang, patrushev], date=dt.date(2015, 1, 1), date_precision="year", place="Kazan"
        ),
    }
    rows["april"].reports.create(article=factories.article(), evidence="")
    rows["april"].report_count = 2
    rows["april"].save()
    return {**world, **rows}


def html(client, url: str, queries: int, django_assert_max_num_queries) -> str:
    with django_assert_max_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def ledger_places(page: str) -> list[str]:
    """The places in a ledger's rows, in order."""
    return re.findall(r'<td data-label="Place">(.*?)</td>', page)


def test_the_pair_ledger_chart_and_officials_keep_to_the_date_range(
    client, ledger, django_assert_max_num_queries
):
    page = html(client, "/pairs/cn-ru/?from=2018-11-01&to=2019-06-30", 10, django_assert_max_num_queries)
    assert 'Meetings from 2018-11-01 to 2019-06-30 <span class="count">2</span>' in page
    assert ledger_places(page) == ["—", "Moscow"]
    assert "2 dated meetings from Nov 2018 to Jun 2019" in page  # the chart spans the range
    assert '<span class="count">2 meetings</span>' in page  # so do the officials


def test_a_month_is_in_a_range_that_overlaps_it_and_shows_as_the_month(
    client, ledger, django_assert_max_num_queries
):
    page = html(client, "/pairs/cn-ru/?from=2012-04-20&to=2012-05-10", 10, django_assert_max_num_queries)
    assert '<time datetime="2012-04">April 2012</time>' in page
    assert '<span class="count">1</span>' in page
    after = html(client, "/pairs/cn-ru/?from=2012-05-01", 10, django_assert_max_num_queries)
    assert "April 2012" not in after
    # The same rule when other filters send the page past the summaries, to the meetings themselves.
    held = html(
        client, "/pairs/cn-ru/?from=2012-04-20&to=2012-05-10&status=held", 10, django_assert_max_num_queries
    )
    assert ledger_places(held) == ["Sochi"]


def test_a_year_shows_as_the_year_and_is_in_any_range_within_it(
    client, ledger, django_assert_max_num_queries
):
    page = html(client, "/pairs/cn-ru/?from=2015-06-01&to=2015-06-30", 10, django_assert_max_num_queries)
    assert '<time datetime="2015">2015</time>' in page and "a year, not a day" in page


def test_the_old_year_parameter_is_that_years_range(client, ledger, django_assert_max_num_queries):
    page = html(client, "/pairs/cn-ru/?year=2019", 10, django_assert_max_num_queries)
    assert 'Meetings in 2019 <span class="count">2</span>' in page
    assert 'value="2019-01-01"' in page and 'value="2019-12-31"' in page


@pytest.mark.parametrize(
    ("query", "places"),
    [
        ("status=planned", ["Beijing"]),
        ("status=held&kind=call", ["—"]),
        ("place=sochi", ["Sochi"]),
        ("kind=consultation", ["Moscow"]),
    ],
)
def test_the_pair_ledger_keeps_the_status_kind_and_place_asked_for(
    client, ledger, query, places, django_assert_max_num_queries
):
    page = html(client, f"/pairs/cn-ru/?{query}", 10, django_assert_max_num_queries)
    assert ledger_places(page) == places


def test_the_pair_ledger_sorts_by_date_either_way_and_by_reports(
    client, ledger, django_assert_max_num_queries
):
    def dates(sort: str) -> list[str]:
        page = html(client, f"/pairs/cn-ru/?sort={sort}", 10, django_assert_max_num_queries)
        return [row.split('datetime="')[1].split('"')[0] for row in page.split('<tr id="meeting-')[1:]]

    newest = ["2019-07-20", "2019-05-02", "2018-11-13", "2015", "2012-04"]
    assert dates("-date") == newest
    assert dates("date") == newest[::-1]
    assert dates("reports")[0] == "2012-04"


@pytest.mark.parametrize(
    "query",
    [
        "from=2019-02-30",
        "from=9999-01-01&to=0001-01-01",
        "from=%C2%B2019-01-01",
        "to=yesterday",
        "status=cancelled",
        "kind=%00",
        "sort=;DROP",
        "official=nobody-at-all",
        "year=99999999999",
        "place=" + "x" * 5000,
        "place=%00&official=a%00b",
        "place=%E2%80%AEwocsoM",
    ],
)
def test_a_crafted_filter_is_ignored_and_the_form_says_so(
    client, ledger, query, django_assert_max_num_queries
):
    page = html(client, f"/pairs/cn-ru/?{query}", 11, django_assert_max_num_queries)
    assert 'id="ledger-h"' in page
    if "place=" not in query:
        assert "Not understood, so not applied" in page


def test_a_range_typed_backwards_is_the_same_range():
    request = RequestFactory().get("/", {"from": "2019-12-31", "to": "2019-01-01"})
    filters = MeetingFilters.from_request(request)
    assert (filters.start, filters.end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_the_filters_round_trip_through_their_query_string(db):
    request = RequestFactory().get(
        "/", {"from": "2019-01-01", "status": "held", "kind": "visit", "sort": "date"}
    )
    filters = MeetingFilters.from_request(request)
    assert filters.query_string() == "?from=2019-01-01&status=held&kind=visit&sort=date"
    again = MeetingFilters.from_request(RequestFactory().get("/" + filters.query_string()))
    assert again == filters and MeetingFilters().query_string() == ""


def test_the_date_presets_are_links_relative_to_today_that_keep_the_other_filters(client, ledger):
    today = timezone.localdate()
    page = client.get("/pairs/cn-ru/?status=held").content.decode()
    thirty = (today - dt.timedelta(days=30)).isoformat()
    assert (
        f'href="/pairs/cn-ru/?from={thirty}&amp;to={today.isoformat()}&amp;status=held">Last 30 days' in page
    )
    assert 'aria-current="true">All time' in page
    twelve = MeetingFilters().presets(today)[1][1]
    assert twelve.end == today and (twelve.end - twelve.start).days in (364, 365)


def test_the_filtered_csv_and_feed_links_carry_the_filters(client, ledger, django_assert_max_num_queries):
    page = html(client, "/pairs/cn-ru/?status=planned", 10, django_assert_max_num_queries)
    assert 'href="/pairs/cn-ru/meetings.csv?status=planned"' in page
    assert 'href="/pairs/cn-ru/feed/?status=planned"' in page


def test_the_csv_keeps_the_filters_and_gives_each_dates_precision(client, ledger):
    body = b"".join(client.get("/pairs/cn-ru/meetings.csv?from=2012-01-01&to=2015-12-31").streaming_content)
    rows = body.decode().splitlines()[1:]
    assert [row.split(",")[:2] for row in rows] == [["2015-01-01", "year"], ["2012-04-01", "month"]]


def entries(response) -> list[str]:
    assert response["Content-Type"].startswith("application/atom+xml")
    return [e.find(f"{ATOM}title").text for e in ET.fromstring(response.content).findall(f"{ATOM}entry")]


def test_the_pair_feed_keeps_the_filters(client, ledger):
    assert len(entries(client.get("/pairs/cn-ru/feed/"))) == 5
    (title,) = entries(client.get("/pairs/cn-ru/feed/?place=Sochi"))
    assert title.startswith("Meeting in Sochi, April 2012")


def test_the_person_and_country_meeting_feeds_keep_the_filters(client, ledger):
    slug = ledger["patrushev"].slug
    assert len(entries(client.get(f"/people/{slug}/meetings/feed/?status=planned"))) == 1
    assert len(entries(client.get("/countries/ru/meetings/feed/?kind=call"))) == 1
    assert len(entries(client.get("/countries/ru/meetings/feed/?from=nonsense"))) == 5


def test_the_person_page_filters_its_meetings(client, ledger, django_assert_max_num_queries):
    slug = ledger["patrushev"].slug
    page = html(client, f"/people/{slug}/?status=planned", 12, django_assert_max_num_queries)
    assert ledger_places(page) == ["Beijing"]
    assert f'href="/people/{slug}/meetings/feed/?status=planned"' in page
    empty = html(client, f"/people/{slug}/?from=2000-01-01&to=2000-12-31", 12, django_assert_max_num_queries)
    assert "No meetings recorded for these filters." in empty


def test_the_country_page_lists_its_meetings_filtered(client, ledger, django_assert_max_num_queries):
    page = html(client, "/countries/ru/?from=2012-01-01&to=2015-12-31", 8, django_assert_max_num_queries)
    meetings = page.split('id="meetings-h"')[1].split('id="articles-h"')[0]
    assert re.findall(r"<li><a [^>]+>(.*?)</a>", meetings) == [
        "2015 · Meeting in Kazan",
        "April 2012 · Meeting in Sochi",
    ]


def test_search_carries_the_filters_to_the_pair_and_the_shared_meetings(
    client, ledger, django_assert_max_num_queries
):
    page = html(client, "/search/?q=China+Russia&status=planned", 9, django_assert_max_num_queries)
    assert 'href="/pairs/cn-ru/?status=planned"' in page
    assert 'type="hidden" name="q" value="China Russia"' in page
    both = html(client, "/search/?q=yang+patrushev&kind=call", 12, django_assert_max_num_queries)
    assert "1 meeting together" in both


def test_the_api_gives_each_dates_precision_and_ranges_overlap_months(client, ledger):
    def places(**params) -> list[str]:
        found = client.get("/api/meetings", {"a": "cn", "b": "ru", **params}).json()["items"]
        return [m["place"] for m in found]

    assert places(**{"from": "2012-04-15", "to": "2012-12-31"}) == ["Sochi"]
    assert places(**{"from": "2012-05-01", "to": "2012-12-31"}) == []
    found = client.get("/api/meetings", {"a": "cn", "b": "ru", "place": "Sochi"}).json()["items"]
    (april,) = found
    assert (april["date"], april["date_precision"], april["date_label"]) == (
        "2012-04-01",
        "month",
        "April 2012",
    )


def test_a_chart_over_a_range_spans_the_range_not_just_its_busy_months():
    from entities import charts

    chart = charts.timeline(
        [(dt.date(2026, 3, 1), 2)], "month", "CN-RU", (dt.date(2025, 12, 3), dt.date(2026, 12, 2))
    )
    assert [bar.label for bar in chart.bars][:2] == ["Dec 2025", "Jan 2026"] and len(chart.bars) == 13
    assert sum(bar.count for bar in chart.bars) == 2
