import xml.etree.ElementTree as ET

from entities.models import PersonRedirect
from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list:
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_person_feed_lists_articles_mentioning_them(client, world):
    (entry,) = entries(client.get(world["patrushev"].get_feed_url()))
    assert entry.find(f"{ATOM}title").text == world["article"].title
    assert entry.find(f"{ATOM}link").get("href").endswith(world["article"].get_absolute_url())


def test_person_feed_escapes_article_text(client, world):
    story = factories.article("Hostile", "<script>alert(1)</script> Patrushev")
    factories.mention(story, world["patrushev"])
    response = client.get(world["patrushev"].get_feed_url())
    summaries = [e.find(f"{ATOM}summary").text for e in entries(response)]
    # Atom summaries are HTML: the markup must arrive escaped, as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Patrushev" in summaries


def test_merged_persons_feed_redirects(client, world):
    PersonRedirect.objects.create(slug="old-patrushev", person=world["patrushev"])
    response = client.get("/people/old-patrushev/feed/")
    assert response.status_code == 301
    assert response["Location"] == world["patrushev"].get_feed_url()


def test_pair_feed_lists_meetings_linking_to_the_reporting_article(client, world):
    (entry,) = entries(client.get("/pairs/cn-ru/feed/"))
    title = entry.find(f"{ATOM}title").text
    assert title.startswith("Consultation in Moscow, 2018-11-13")
    assert "Yang Jiechi" in title and "Nikolai Patrushev" in title
    assert entry.find(f"{ATOM}link").get("href").endswith(world["article"].get_absolute_url())


def test_pair_feed_in_the_other_order_redirects_and_unknown_is_404(client, world):
    assert client.get("/pairs/ru-cn/feed/")["Location"] == "/pairs/cn-ru/feed/"
    assert client.get("/pairs/cn-zz/feed/").status_code == 404
