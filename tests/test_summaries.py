"""Pair summaries are kept by the database: after every write path they equal a fresh aggregate."""

import datetime as dt

import pytest
from django.db import connection
from django.db.models import F
from django.urls import reverse

from entities import summaries
from entities.models import (
    Counterpart,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    PairMeeting,
    PairMonth,
    PairOfficial,
    PairTotal,
    Person,
)
from tests import factories

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="summaries are kept by PostgreSQL's triggers only"
)

FRESH = {
    "pair meetings": f"""SELECT s1.meeting_id, s1.country_id, s2.country_id, m.date
        FROM {summaries.SIDE} s1
        JOIN {summaries.SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
        JOIN {summaries.MEETING} m ON m.id = s1.meeting_id""",
    "months": f"""SELECT s1.country_id, s2.country_id, date_trunc('month', m.date)::date, count(*)
        FROM {summaries.SIDE} s1
        JOIN {summaries.SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
        JOIN {summaries.MEETING} m ON m.id = s1.meeting_id GROUP BY 1, 2, 3""",
    "totals": f"""SELECT s1.country_id, s2.country_id, count(*)
        FROM {summaries.SIDE} s1
        JOIN {summaries.SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
        GROUP BY 1, 2""",
    "officials": f"""SELECT s1.country_id, s2.country_id, r.country_id, r.person_id, count(*)
        FROM {summaries.SIDE} s1
        JOIN {summaries.SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
        JOIN {summaries.PART} r ON r.meeting_id = s1.meeting_id AND r.country_id IN (s1.country_id, s2.country_id)
        GROUP BY 1, 2, 3, 4""",
    "counterparts": f"""SELECT x.person_id, y.person_id, count(*) FROM {summaries.PART} x
        JOIN {summaries.PART} y ON y.meeting_id = x.meeting_id AND y.person_id <> x.person_id
        GROUP BY 1, 2""",
}


def stored() -> dict[str, set]:
    return {
        "pair meetings": set(PairMeeting.objects.values_list("meeting", "country_a", "country_b", "date")),
        "months": set(PairMonth.objects.values_list("country_a", "country_b", "month", "meeting_count")),
        "totals": set(PairTotal.objects.values_list("country_a", "country_b", "meeting_count")),
        "officials": set(
            PairOfficial.objects.values_list("country_a", "country_b", "country", "person", "meeting_count")
        ),
        "counterparts": set(Counterpart.objects.values_list("person", "other", "meeting_count")),
    }


def fresh() -> dict[str, set]:
    found = {}
    with connection.cursor() as cursor:
        for name, sql in FRESH.items():
            cursor.execute(sql)
            found[name] = set(cursor.fetchall())
    return found


def assert_summaries_are_fresh() -> dict[str, set]:
    now = stored()
    assert now == fresh()
    return now


def cn_ru_total() -> int:
    row = PairTotal.objects.filter(country_a="CN", country_b="RU").first()
    return row.meeting_count if row else 0


def test_factory_writes_leave_every_summary_equal_to_a_fresh_aggregate(world):
    factories.many_articles(3, world)
    now = assert_summaries_are_fresh()
    assert cn_ru_total() == 4
    assert {n for *_, n in now["officials"]} == {1, 4}  # Yang and Patrushev at all four


def test_ingest_leaves_every_summary_equal_to_a_fresh_aggregate(ingest_text, wire_story):
    ingest_text(wire_story(1), wire_story(2), wire_story(3))
    now = assert_summaries_are_fresh()
    assert now["pair meetings"] and now["officials"]


def test_ingest_update_of_articles_keeps_the_summaries(ingest_text, wire_story):
    ingest_text(wire_story(1), wire_story(2))
    before = assert_summaries_are_fresh()
    ingest_text(wire_story(1), wire_story(2), update=True)
    after = assert_summaries_are_fresh()
    # Re-extraction makes the meetings again (new ids): the same dates, months, officials.
    assert {row[1:] for row in after.pop("pair meetings")} == {row[1:] for row in before.pop("pair meetings")}
    assert after == before


def test_deleting_an_article_in_the_admin_takes_its_only_meeting_out_of_the_summaries(admin_client, world):
    factories.many_articles(3, world)
    url = reverse("admin:articles_article_delete", args=[world["article"].pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert_summaries_are_fresh()
    assert cn_ru_total() == 3


def test_deleting_a_meeting_and_a_person_in_the_admin_keeps_the_summaries(admin_client, world):
    factories.many_articles(3, world)
    meeting_url = reverse("admin:entities_meeting_delete", args=[world["meeting"].pk])
    assert admin_client.post(meeting_url, {"post": "yes"}).status_code == 302
    assert_summaries_are_fresh()
    person_url = reverse("admin:entities_person_delete", args=[world["patrushev"].pk])
    assert admin_client.post(person_url, {"post": "yes"}).status_code == 302
    assert_summaries_are_fresh()
    assert not PairOfficial.objects.filter(person=world["patrushev"].pk).exists()


def test_an_admin_correction_of_a_meeting_date_moves_it_between_months_at_once(world):
    factories.many_articles(1, world)
    meeting = world["meeting"]
    meeting.date = dt.date(1999, 5, 5)
    meeting.save()
    now = assert_summaries_are_fresh()
    assert ("CN", "RU", dt.date(1999, 5, 1), 1) in now["months"]
    Meeting.objects.filter(pk=meeting.pk).update(date=None)
    now = assert_summaries_are_fresh()
    assert ("CN", "RU", None, 1) in now["months"]


def test_orm_bulk_operations_keep_the_summaries(world):
    factories.many_articles(4, world)
    us = factories.country("US")
    # A side moved, sides added in bulk, participants moved to another side, then deleted in bulk.
    MeetingSide.objects.filter(meeting=world["meeting"], country="RU").update(country=us)
    assert_summaries_are_fresh()
    MeetingSide.objects.bulk_create(
        [MeetingSide(meeting=m, country_id="RU") for m in Meeting.objects.exclude(side_rows__country="RU")]
    )
    assert_summaries_are_fresh()
    MeetingParticipant.objects.filter(person=world["yang"]).update(country=us)
    assert_summaries_are_fresh()
    Meeting.objects.update(date=F("date") + dt.timedelta(days=40))
    assert_summaries_are_fresh()
    MeetingReport.objects.filter(meeting__date__year__lt=2017).delete()
    assert_summaries_are_fresh()
    MeetingParticipant.objects.all().delete()
    now = assert_summaries_are_fresh()
    assert not now["officials"]
    MeetingSide.objects.all().delete()
    assert not any(stored().values())


def test_merging_two_people_moves_their_pair_officials_rows(world):
    factories.many_articles(3, world)
    duplicate = factories.person("Yang Jiechi Duplicate", "CN")
    for m in Meeting.objects.all()[:2]:
        MeetingParticipant.objects.create(meeting=m, person=duplicate, country_id="CN")
    assert_summaries_are_fresh()
    duplicate.merge_into(world["yang"])
    now = assert_summaries_are_fresh()
    yang = {n for a, b, c, p, n in now["officials"] if p == world["yang"].pk and c == "CN"}
    assert yang == {cn_ru_total()}
    assert not Counterpart.objects.filter(person=duplicate.pk).exists()
    assert not Person.objects.filter(pk=duplicate.pk).exists()


def test_refill_rebuilds_summaries_a_load_without_triggers_left_wrong(world):
    factories.many_articles(2, world)
    before = assert_summaries_are_fresh()
    with connection.cursor() as cursor:
        cursor.execute("UPDATE entities_pairtotal SET meeting_count = 99")
        cursor.execute("DELETE FROM entities_pairofficial")
    summaries.refill()
    assert assert_summaries_are_fresh() == before


def test_pair_page_reads_the_summaries_and_shows_an_admin_correction_at_once(client, world):
    factories.many_articles(3, world)
    html = client.get("/pairs/cn-ru/").content.decode()
    assert "City 2" in html
    Meeting.objects.filter(place="City 2").delete()
    assert "City 2" not in client.get("/pairs/cn-ru/").content.decode()
