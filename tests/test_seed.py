"""The seed story end to end: ingest it, search for Patrushev, follow him to the China-Russia ledger."""

from django.urls import reverse

from entities.models import Meeting, Person


def test_searching_patrushev_after_ingesting_the_seed_leads_to_his_moscow_meeting(
    client, seed_article, django_assert_max_num_queries
):
    patrushev = Person.objects.get(name="Nikolai Patrushev")
    assert not Person.objects.filter(name__in=["Yang", "Patrushev"]).exists()

    with django_assert_max_num_queries(8):
        search = client.get(reverse("entities:search"), {"q": "patrushev"})
    assert patrushev.get_absolute_url() in search.content.decode()

    page = client.get(patrushev.get_absolute_url()).content.decode()
    assert "Yang Jiechi" in page and "Moscow" in page

    meeting = Meeting.objects.get(participants=patrushev)
    assert meeting.place == "Moscow" and meeting.place_country_id == "RU"
    assert meeting.date_text == "on Tuesday"
    ledger = client.get("/pairs/cn-ru/").content.decode()
    assert "Nikolai Patrushev" in ledger and "Yang Jiechi" in ledger
    assert seed_article.get_absolute_url() in ledger


def test_the_pair_in_the_other_order_redirects_permanently(client, seed_article):
    response = client.get("/pairs/ru-cn/")
    assert response.status_code == 301
    assert response["Location"] == "/pairs/cn-ru/"
