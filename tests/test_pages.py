import datetime as dt
import re

import pytest

from entities.models import PersonRedirect
from tests import factories

DASH = "\u2013"  # the en dash between the two countries of a pair

# The most SQL queries each page may make, whatever the amount of data.
PAGE_QUERIES = {
    "home": 4,
    "articles": 2,
    "article": 6,
    "person": 11,
    "countries": 2,
    "country": 7,  # + its meetings (a page), their participants
    "pair": 9,
    "pair_filtered": 10,
    "search": 7,  # + SET LOCAL statement_timeout, + the countries the words name
    "person_feed": 2,
    "pair_feed": 4,
}


def page_urls(world):
    patrushev = world["patrushev"]
    return {
        "home": "/",
        "articles": "/articles/",
        "article": world["article"].get_absolute_url(),
        "person": patrushev.get_absolute_url(),
        "countries": "/countries/",
        "country": "/countries/ru/",
        "pair": "/pairs/cn-ru/",
        "pair_filtered": f"/pairs/cn-ru/?year=2018&official={patrushev.slug}",
        "search": "/search/?q=patrushev",
        "person_feed": f"/people/{patrushev.slug}/feed/",
        "pair_feed": "/pairs/cn-ru/feed/",
    }


@pytest.mark.parametrize("page", sorted(PAGE_QUERIES))
def test_every_page_makes_a_bounded_number_of_queries(client, world, page, django_assert_max_num_queries):
    url = page_urls(world)[page]
    for extra in (3, 27):  # 3 articles' worth of rows, then 30
        factories.many_articles(extra, world)
        with django_assert_max_num_queries(PAGE_QUERIES[page]):
            response = client.get(url)
        assert response.status_code == 200


def test_home_page_says_what_it_is_and_lists_the_busiest_pair(client, world):
    response = client.get("/")
    html = response.content.decode()
    assert "<title>Diplomatic meetings in the news · Newsdesk</title>" in html
    assert '<meta name="description"' in html
    assert 'href="/pairs/cn-ru/"' in html
    assert "Nikolai Patrushev" in html
    assert 'name="q"' in html


def test_home_page_falls_back_to_all_time_pairs_when_none_met_this_year(client, world):
    assert world["meeting"].date.year < dt.date.today().year
    assert "Busiest country pairs, all time" in client.get("/").content.decode()


def test_article_page_links_people_and_countries_in_the_text(client, world):
    html = client.get(world["article"].get_absolute_url()).content.decode()
    patrushev, yang = world["patrushev"], world["yang"]
    assert (
        f'<a class="mention mention-person" href="{patrushev.get_absolute_url()}">Nikolai Patrushev</a>'
        in html
    )
    # A surname reference links: the extractor read it as Yang Jiechi.
    assert f'<a class="mention mention-person" href="{yang.get_absolute_url()}">Yang</a> met' in html
    assert '<a class="mention mention-country" href="/countries/ru/">Russian</a>' in html
    assert "China Daily" in html and "Ren Qi" in html and "MOSCOW" in html


def test_article_page_explains_how_the_meeting_date_was_read(client, world):
    html = client.get(world["article"].get_absolute_url()).content.decode()
    assert "“on Tuesday” → 2018-11-13, read against the publication date 2018-11-14" in html


def test_article_text_is_always_escaped(client, world):
    story = factories.article("<script>alert(1)</script> headline", "Hi <script>alert(2)</script> Patrushev")
    factories.mention(story, world["patrushev"], read={world["patrushev"]: ["Patrushev", "<script>"]})
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert f'href="{world["patrushev"].get_absolute_url()}">&lt;script&gt;</a>' in html


def test_missing_article_is_a_404_page(client, db):
    response = client.get("/articles/no-such-article/")
    assert response.status_code == 404
    assert "Not found" in response.content.decode()


def test_person_page_shows_roles_meetings_counterparts_and_quotes(client, world):
    html = client.get(world["patrushev"].get_absolute_url()).content.decode()
    assert "<h1>Nikolai Patrushev</h1>" in html
    assert "Nikolay Patrushev" in html  # a spelling variant
    assert "Security Council Secretary" in html
    assert "2018-11-14" in html  # first/last seen
    assert "Yang Jiechi" in html and "Moscow" in html
    assert 'href="/pairs/cn-ru/"' in html  # counterpart's pair page
    assert "willing to continue" in html
    assert f'href="{world["patrushev"].get_feed_url()}"' in html


def test_merged_persons_old_slug_redirects_permanently(client, world):
    PersonRedirect.objects.create(slug="n-patrushev", person=world["patrushev"])
    response = client.get("/people/n-patrushev/")
    assert response.status_code == 301
    assert response["Location"] == world["patrushev"].get_absolute_url()


def test_unknown_person_is_a_404(client, db):
    assert client.get("/people/nobody/").status_code == 404


def test_countries_page_lists_countries_with_coverage_busiest_first(client, world):
    factories.country("IN")  # no coverage: not listed
    html = client.get("/countries/").content.decode()
    assert html.index(">China</a>") < html.index(">Russia</a>")
    assert ">India</a>" not in html


def test_country_page_ranks_partners_linking_to_pair_pages(client, world):
    html = client.get("/countries/ru/").content.decode()
    assert "<h1>Russia</h1>" in html
    assert f'<a href="/pairs/cn-ru/">Russia {DASH} China</a>' in html
    assert "Nikolai Patrushev" in html
    assert world["article"].title in html


def test_upper_case_country_code_redirects_and_unknown_is_404(client, world):
    response = client.get("/countries/RU/")
    assert response.status_code == 301 and response["Location"] == "/countries/ru/"
    assert client.get("/countries/zz/").status_code == 404
    assert client.get("/countries/russia/").status_code == 404


def test_pair_page_title_ledger_and_officials(client, world):
    html = client.get("/pairs/cn-ru/").content.decode()
    assert f"<title>China {DASH} Russia · Newsdesk</title>" in html
    assert "Security Council Secretary" in html  # title held at the time
    assert world["meeting"].evidence in html.replace("&#x27;", "'")
    assert f'href="{world["article"].get_absolute_url()}"' in html
    assert "1 report" in html
    assert "<svg" in html and '<title id="timeline-title">' in html and "<table>" in html


def test_pair_in_the_other_order_redirects_permanently(client, world):
    response = client.get("/pairs/ru-cn/?year=2018")
    assert response.status_code == 301
    assert response["Location"] == "/pairs/cn-ru/?year=2018"


@pytest.mark.parametrize("url", ["/pairs/ru-ru/", "/pairs/cn-zz/", "/pairs/xx-yy/", "/pairs/cn-russia/"])
def test_same_or_unknown_country_pair_is_a_404(client, world, url):
    assert client.get(url).status_code == 404


def test_pair_page_lists_articles_about_both_before_those_merely_mentioning_both(client, world):
    merely = factories.article("Merely mentions both", published=dt.date(2024, 1, 1))
    factories.mention(merely, world["cn"], world["ru"], focus={"CN"})
    html = client.get("/pairs/cn-ru/").content.decode()
    about, mentioning = html.index('id="about-h"'), html.index('id="mentioning-h"')
    assert about < mentioning
    assert (
        world["article"].title in html[about:mentioning] and "Merely mentions both" not in html[:mentioning]
    )
    assert "Merely mentions both" in html[mentioning:]


def test_pair_ledger_filters_by_year_and_official(client, world):
    factories.many_articles(3, world)
    html = client.get("/pairs/cn-ru/?year=2016").content.decode()
    assert "Meetings in 2016" in html and "City 1" in html and "City 0" not in html
    html = client.get(f"/pairs/cn-ru/?official={world['patrushev'].slug}&year=nonsense").content.decode()
    assert "with Nikolai Patrushev" in html


def test_pair_ledger_downloads_as_csv(client, world):
    response = client.get("/pairs/cn-ru/meetings.csv")
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    header, row = body.splitlines()[:2]
    assert header.startswith("date,date_precision,date_text,place")
    assert (
        "2018-11-13" in row
        and "Yang Jiechi" in row
        and "Nikolai Patrushev (Security Council Secretary)" in row
    )


def test_search_answers_with_the_country_first_then_officials_then_articles(client, world):
    html = client.get("/search/", {"q": "Russian"}).content.decode()
    assert '<a href="/countries/ru/"><strong>Russia</strong></a>' in html
    assert html.index('id="answers-h"') < html.index('id="people-h"') < html.index('id="articles-h"')


@pytest.mark.parametrize(
    "query",
    ["", "x" * 10_000, "'; DROP TABLE entities_person; --", "<script>alert(1)</script>", "\x00", "%_%"],
)
def test_search_stays_calm_whatever_the_query(client, world, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_pair_ledger_pages_newest_first_with_undated_last_and_counts(client, world):
    # 25 dated meetings and one undated: page 1 holds the newest 20, page 2 the rest, undated last.
    yang, patrushev = world["yang"], world["patrushev"]
    for i in range(25):
        factories.meeting(
            world["article"], [yang, patrushev], date=dt.date(2010 + i % 3, 1 + i % 12, 1), place=f"Town {i}"
        )
    factories.meeting(world["article"], [yang, patrushev], date=None, place="Nowhere")
    first = client.get("/pairs/cn-ru/").content.decode()
    second = client.get("/pairs/cn-ru/?page=2").content.decode()
    assert '<span class="count">27</span>' in first and "Page 1 of 2" in first
    assert first.count('<tr id="meeting-') == 20 and second.count('<tr id="meeting-') == 7
    assert "2018-11-13" in first and "Nowhere" in second
    assert second.index("Town") < second.index("Nowhere")  # undated after every dated meeting
    ledgers = "".join(
        html.split('<table class="ledger">')[1].split("</table>")[0] for html in (first, second)
    )
    dated = re.findall(r'<time datetime="([\d-]+)">', ledgers)
    assert len(dated) == 26
    assert dated == sorted(dated, reverse=True)
    in_2011 = client.get("/pairs/cn-ru/?year=2011").content.decode()
    assert '<span class="count">8</span>' in in_2011 and "Nowhere" not in in_2011
    assert "Nikolai Patrushev" in in_2011 and "27 meetings" in first  # officials ranked on every page


def test_a_pair_without_meetings_or_articles_promises_no_articles_below(
    client, db, django_assert_max_num_queries
):
    factories.country("AR"), factories.country("ZW")
    with django_assert_max_num_queries(PAGE_QUERIES["pair"]):
        page = client.get("/pairs/ar-zw/").content.decode()
    assert "have been recorded yet." in page
    assert "listed below" not in page


def test_the_printed_pair_page_leaves_out_the_download_and_feed_links(client, world):
    page = client.get("/pairs/cn-ru/").content.decode()
    hidden = page[page.index('<span class="print-hide">') :]
    assert hidden.index("Download as CSV") < hidden.index("</span>")
