"""The meeting page, a country's offices over time, and the feeds of meetings."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from articles.models import Article
from entities.models import MeetingReport, Origin, Role
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


def second_report(world, source="TASS", evidence="Patrushev received Yang in Moscow."):
    story = factories.article("Patrushev and Yang meet", source=source, published=dt.date(2018, 11, 15))
    MeetingReport.objects.create(meeting=world["meeting"], article=story, evidence=evidence)
    return story


def test_meeting_page_shows_participants_with_titles_and_the_dates_provenance(client, world):
    html = client.get(world["meeting"].get_absolute_url()).content.decode()
    assert "Nikolai Patrushev" in html and "Security Council Secretary" in html
    assert "director of the Office of the Foreign Affairs Commission" in html
    assert "“on Tuesday” → 2018-11-13, read against the publication date 2018-11-14" in html
    assert "Consultation in Moscow" in html


def test_meeting_page_sets_every_report_side_by_side_grouped_by_outlet_country(client, world):
    second_report(world)
    html = client.get(world["meeting"].get_absolute_url()).content.decode()
    assert "<h3>China</h3>" in html and "<h3>Russia</h3>" in html
    assert html.index("<h3>China</h3>") < html.index("China Daily") < html.index("<h3>Russia</h3>")
    assert "Patrushev received Yang in Moscow." in html
    assert "Yang met Russia&#x27;s Security Council Secretary Nikolai Patrushev in Moscow." in html


def test_reports_from_an_unknown_outlet_come_last_under_their_own_heading(client, world):
    second_report(world, source="Some Blog")
    html = client.get(world["meeting"].get_absolute_url()).content.decode()
    assert html.index("<h3>China</h3>") < html.index("Outlet&#x27;s country not known")


def test_meeting_page_links_earlier_and_later_meetings_of_the_same_people(client, world):
    story = factories.article()
    earlier = factories.meeting(story, [world["yang"], world["patrushev"]], date=dt.date(2014, 6, 6))
    later = factories.meeting(story, [world["yang"], world["patrushev"]], date=dt.date(2020, 1, 2))
    html = client.get(world["meeting"].get_absolute_url()).content.decode()
    earlier_at = html.index("Earlier meetings of the same people")
    later_at = html.index("Later meetings of the same people")
    assert earlier_at < html.index(f'href="{earlier.get_absolute_url()}"') < later_at
    assert later_at < html.index(f'href="{later.get_absolute_url()}"')


def test_an_undated_meeting_says_why_it_has_no_earlier_or_later_ones(client, world):
    story = factories.article()
    undated = factories.meeting(story, [world["yang"], world["patrushev"]], date=None)
    html = client.get(undated.get_absolute_url()).content.decode()
    assert html.count("Undated: no meeting can be placed before or after it.") == 2


def test_an_admins_correction_shows_as_such(client, world, admin_user):
    meeting = world["meeting"]
    meeting.mark_edited(admin_user)
    meeting.save()
    assert meeting.origin == Origin.EDITED
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert "Corrected by an editor (admin)" in html


def test_meeting_page_is_citable_with_a_permanent_url(client, world):
    meeting = world["meeting"]
    html = client.get(meeting.get_absolute_url()).content.decode()
    assert f"http://testserver/meetings/{meeting.pk}/" in html
    assert f"Newsdesk, meeting {meeting.pk}." in html
    assert "Consultation: Yang Jiechi (director of the Office" in html
    assert "Nikolai Patrushev (Security Council Secretary), Moscow, 2018-11-13. 1 report." in html


def test_every_ledger_row_links_its_meeting_page(client, world):
    url = world["meeting"].get_absolute_url()
    assert f'href="{url}"' in client.get("/pairs/cn-ru/").content.decode()
    assert f'href="{url}"' in client.get(world["patrushev"].get_absolute_url()).content.decode()


def test_unknown_meeting_is_a_404(client, db):
    assert client.get("/meetings/999999/").status_code == 404


def test_meeting_has_an_atom_entry(client, world):
    meeting = world["meeting"]
    response = client.get(meeting.get_feed_url())
    assert response["Content-Type"].startswith("application/atom+xml")
    (entry,) = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href").endswith(meeting.get_absolute_url())


@pytest.mark.parametrize("feed", ["person", "country", "pair"])
def test_feeds_of_meetings_list_new_meetings(client, world, feed):
    url = {
        "person": world["patrushev"].get_meetings_feed_url(),
        "country": world["ru"].get_meetings_feed_url(),
        "pair": "/pairs/cn-ru/feed/",
    }[feed]
    entries = ET.fromstring(client.get(url).content).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}id").text for e in entries] == [f"newsdesk-meeting-{world['meeting'].pk}"]


def test_offices_page_lists_each_title_with_its_holders_and_seen_dates(client, world):
    html = client.get("/countries/ru/offices/").content.decode()
    assert "Security Council Secretary" in html and "Nikolai Patrushev" in html
    assert "2018-11-14" in html


def test_offices_page_answers_who_held_an_office_on_a_date(client, world):
    ru = world["ru"]
    bortnikov = factories.person("Alexander Bortnikov", "RU")
    Role.objects.create(
        person=bortnikov,
        title="Security Council Secretary",
        country=ru,
        first_seen=dt.date(2024, 6, 1),
        last_seen=dt.date(2024, 9, 1),
    )
    Role.objects.filter(person=world["patrushev"]).update(
        first_seen=dt.date(2014, 6, 7), last_seen=dt.date(2023, 9, 19)
    )
    html = client.get("/countries/ru/offices/?on=2019-06-15").content.decode()
    assert html.count('class="held-then"') == 1
    row = html[html.index('class="held-then"') :]
    assert row.index("Nikolai Patrushev") < row.index("</tr>")
    assert "1 holder on 15 June 2019" in html
    assert "Alexander Bortnikov" in html


def test_offices_page_says_so_when_on_is_not_a_date(client, world):
    response = client.get("/countries/ru/offices/?on=June")
    assert response.status_code == 200
    assert "That is not a date" in response.content.decode()


def test_officials_page_links_their_countrys_offices(client, world):
    html = client.get(world["patrushev"].get_absolute_url()).content.decode()
    assert 'href="/countries/ru/offices/"' in html


def test_offices_of_an_unknown_country_are_a_404(client, db):
    assert client.get("/countries/zz/offices/").status_code == 404


PAGE_QUERIES = {"meeting": 8, "meeting_feed": 4, "offices": 2, "person_meetings": 4, "country_meetings": 4}


@pytest.mark.parametrize("page", sorted(PAGE_QUERIES))
def test_every_new_page_makes_a_bounded_number_of_queries(client, world, page, django_assert_max_num_queries):
    meeting = world["meeting"]
    url = {
        "meeting": meeting.get_absolute_url(),
        "meeting_feed": meeting.get_feed_url(),
        "offices": "/countries/ru/offices/?on=2018-11-14",
        "person_meetings": world["patrushev"].get_meetings_feed_url(),
        "country_meetings": world["ru"].get_meetings_feed_url(),
    }[page]
    for extra in (3, 27):
        factories.many_articles(extra, world)
        for story in Article.objects.all()[:extra]:
            MeetingReport.objects.get_or_create(meeting=meeting, article=story)
        with django_assert_max_num_queries(PAGE_QUERIES[page]):
            response = client.get(url)
        assert response.status_code == 200
