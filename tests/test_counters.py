"""Counters are kept by the database: after every write path they equal a fresh count."""

import datetime as dt
import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse

from entities.models import (
    Country,
    CountryMention,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Origin,
    Person,
    PersonMention,
)
from tests import factories
from tests.conftest import ROOT
from tests.test_admin_review import form_data


def assert_counters_are_fresh():
    """Every stored counter equals a COUNT of its fact rows, and no ingested meeting is reportless."""
    people = Person.objects.annotate(
        fresh_articles=Count("mentions", distinct=True), fresh_meetings=Count("participations", distinct=True)
    )
    assert [(p.name, p.article_count, p.meeting_count) for p in people] == [
        (p.name, p.fresh_articles, p.fresh_meetings) for p in people
    ]
    countries = Country.objects.annotate(
        fresh_articles=Count("mentions", distinct=True), fresh_meetings=Count("meeting_sides", distinct=True)
    )
    assert [(c.code, c.article_count, c.meeting_count) for c in countries] == [
        (c.code, c.fresh_articles, c.fresh_meetings) for c in countries
    ]
    meetings = Meeting.objects.annotate(reported=Count("reports"))
    assert [(m.pk, m.report_count) for m in meetings] == [(m.pk, m.reported) for m in meetings]
    assert not meetings.filter(origin=Origin.EXTRACTED, reported=0).exists()


def counts(person) -> tuple[int, int]:
    person.refresh_from_db()
    return person.article_count, person.meeting_count


def test_ingest_leaves_every_counter_equal_to_a_fresh_count(ingest_text, wire_story):
    results = ingest_text(wire_story(1), wire_story(2), wire_story(3))
    assert {r.status for r in results} == {"created"}
    lavrov = Person.objects.get(name="Sergei Lavrov")
    assert counts(lavrov) == (3, 3)
    assert_counters_are_fresh()


def test_ingest_of_a_second_report_of_one_meeting_counts_it_once(ingest_text, wire_story):
    results = ingest_text(wire_story(1), wire_story(2), defaults={"published": dt.date(2024, 3, 6)})
    assert {r.status for r in results} == {"created"}
    (meeting,) = Meeting.objects.all()
    assert meeting.report_count == 2
    assert counts(Person.objects.get(name="Sergei Lavrov")) == (2, 1)
    assert_counters_are_fresh()


def test_ingest_update_of_an_article_keeps_the_counters(ingest_text, wire_story):
    ingest_text(wire_story(1), wire_story(2))
    ingest_text(wire_story(1), wire_story(2), update=True)
    assert counts(Person.objects.get(name="Sergei Lavrov")) == (2, 2)
    assert_counters_are_fresh()


def test_deleting_an_article_in_the_admin_recounts_and_deletes_its_only_meeting(admin_client, world):
    factories.many_articles(3, world)
    story, patrushev = world["article"], world["patrushev"]
    assert counts(patrushev) == (1, 4)
    url = reverse("admin:articles_article_delete", args=[story.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert counts(patrushev) == (0, 3)
    assert not Meeting.objects.filter(pk=world["meeting"].pk).exists()
    assert_counters_are_fresh()


def test_deleting_articles_from_the_admin_list_recounts(admin_client, world):
    factories.many_articles(4, world)
    doomed = list(world["yang"].articles()[:3])
    data = {"action": "delete_selected", "_selected_action": [a.pk for a in doomed], "post": "yes"}
    assert admin_client.post(reverse("admin:articles_article_changelist"), data).status_code == 302
    assert counts(world["yang"]) == (2, 2)
    assert_counters_are_fresh()


def test_a_meeting_reported_by_two_articles_stays_when_one_goes(world):
    second = factories.article()
    MeetingReport.objects.create(meeting=world["meeting"], article=second)
    world["article"].delete()
    held = Meeting.objects.get(pk=world["meeting"].pk)
    assert held.report_count == 1
    assert_counters_are_fresh()


def test_an_admin_made_meeting_without_reports_survives_losing_them(world):
    held = world["meeting"]
    Meeting.objects.filter(pk=held.pk).update(origin=Origin.EDITED)
    MeetingReport.objects.filter(meeting=held).delete()
    held.refresh_from_db()
    assert held.report_count == 0
    assert counts(world["patrushev"]) == (1, 1)
    assert_counters_are_fresh()


def test_a_report_moved_to_another_meeting_moves_its_count(world):
    factories.many_articles(1, world)
    held = world["meeting"]
    other = Meeting.objects.exclude(pk=held.pk).get()
    MeetingReport.objects.filter(meeting=held).update(meeting=other)
    assert not Meeting.objects.filter(pk=held.pk).exists()
    assert Meeting.objects.get(pk=other.pk).report_count == 2
    assert_counters_are_fresh()


def test_inline_edits_of_participants_and_sides_in_the_admin_recount(admin_client, world):
    held, yang = world["meeting"], world["yang"]
    factories.country("IN")
    url = reverse("admin:entities_meeting_change", args=[held.pk])
    data = form_data(admin_client.get(url))
    rows = list(MeetingParticipant.objects.filter(meeting=held).order_by("pk"))
    data[f"participant_rows-{rows.index(next(r for r in rows if r.person == yang))}-DELETE"] = "on"
    sides = list(MeetingSide.objects.filter(meeting=held).order_by("pk"))
    data[f"side_rows-{sides.index(next(s for s in sides if s.country_id == 'CN'))}-country"] = "IN"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert counts(yang) == (1, 0)
    assert Country.objects.get(code="IN").meeting_count == 1
    assert Country.objects.get(code="CN").meeting_count == 0
    assert_counters_are_fresh()


def test_deleting_a_side_or_a_participant_on_the_meetings_admin_page_recounts(admin_client, world):
    from tests.test_admin_review import form_data

    held = world["meeting"]
    side = MeetingSide.objects.get(meeting=held, country="RU")
    participant = MeetingParticipant.objects.get(meeting=held, person=world["patrushev"])
    url = reverse("admin:entities_meeting_change", args=[held.pk])
    page = admin_client.get(url)
    data = form_data(page)
    for inline in page.context["inline_admin_formsets"]:
        for form in inline.formset.forms:
            if form.instance in (side, participant):  # same model and primary key
                data[f"{form.prefix}-DELETE"] = "on"
    assert admin_client.post(url, data).status_code == 302
    assert not MeetingSide.objects.filter(pk=side.pk).exists()
    assert not MeetingParticipant.objects.filter(pk=participant.pk).exists()
    assert Country.objects.get(code="RU").meeting_count == 0
    assert counts(world["patrushev"]) == (1, 0)
    assert_counters_are_fresh()


def test_merging_people_in_the_admin_recounts_the_kept_one(admin_client, world):
    factories.many_articles(2, world)
    copy = factories.person("Nikolay Patrushev", "RU")
    story = factories.article()
    factories.mention(story, copy, world["patrushev"])  # both in one article: one mention after
    factories.meeting(story, [copy, world["yang"]])
    data = {
        "action": "merge_people",
        "_selected_action": [world["patrushev"].pk, copy.pk],
        "keep": world["patrushev"].pk,
    }
    assert admin_client.post(reverse("admin:entities_person_changelist"), data).status_code == 302
    assert not Person.objects.filter(pk=copy.pk).exists()
    assert counts(world["patrushev"]) == (2, 4)
    assert_counters_are_fresh()


def test_shell_writes_bulk_creates_updates_and_deletes_keep_the_counters(world):
    yang, patrushev, story = world["yang"], world["patrushev"], world["article"]
    extra = [factories.article() for _ in range(5)]
    PersonMention.objects.bulk_create([PersonMention(article=a, person=yang) for a in extra])
    CountryMention.objects.bulk_create(
        [CountryMention(article=a, country=world["cn"]) for a in extra], ignore_conflicts=True
    )
    assert counts(yang) == (6, 1)
    PersonMention.objects.filter(article__in=extra[:2]).update(person=patrushev)
    assert (counts(yang), counts(patrushev)) == ((4, 1), (3, 1))
    PersonMention.objects.filter(article=extra[0]).delete()
    CountryMention.objects.filter(article__in=extra).delete()
    world["meeting"].delete()
    assert (counts(yang), counts(patrushev)) == ((4, 0), (2, 0))
    assert story.meeting_reports.count() == 0
    assert_counters_are_fresh()


def test_deleting_a_person_recounts_their_meetings_and_countries(world):
    world["yang"].delete()
    assert Meeting.objects.get(pk=world["meeting"].pk).participant_rows.count() == 1
    assert_counters_are_fresh()


def test_recount_repairs_counters_a_raw_load_left_wrong(world, capsys):
    Person.objects.update(article_count=99, meeting_count=99)
    Country.objects.update(article_count=0, meeting_count=7)
    Meeting.objects.update(report_count=5)
    call_command("recount")
    assert "Recounted 2 people, 2 countries, 1 meetings." in capsys.readouterr().out
    assert_counters_are_fresh()


@pytest.mark.parametrize("n", [1, 3])
def test_factories_built_worlds_have_fresh_counters(world, n):
    factories.many_articles(n, world)
    assert counts(world["yang"]) == (n + 1, n + 1)
    assert Meeting.objects.filter(date__gte=dt.date(2015, 1, 1)).count() == n + 1
    assert_counters_are_fresh()


# Run in a `manage.py shell` on SQLite: prints the counters that differ from a fresh count.
SQLITE_CHECK = """
from entities.models import Country, Meeting, MeetingSide, Person, PersonMention
from tests import factories
world = factories.seed_world()
factories.many_articles(2, world)
PersonMention.objects.filter(article=world["article"], person=world["patrushev"]).delete()
MeetingSide.objects.filter(country="CN").update(country="US")
world["article"].delete()
stale = [p.name for p in Person.objects.all()
         if (p.article_count, p.meeting_count) != (p.mentions.count(), p.participations.count())]
stale += [c.code for c in Country.objects.all()
          if (c.article_count, c.meeting_count) != (c.mentions.count(), c.meeting_sides.count())]
stale += [m.pk for m in Meeting.objects.all() if m.report_count != m.reports.count()]
print(stale, Meeting.objects.filter(pk=world["meeting"].pk).exists(), Country.objects.get(code="US").meeting_count)
"""


def test_sqlite_keeps_the_counters_with_its_own_triggers(tmp_path):
    # `make run` uses SQLite when no DATABASE_URL is set; the suite itself runs on PostgreSQL.
    env = {"DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'local.sqlite3'}", "PATH": "/usr/bin:/bin"}
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert run("migrate", "--noinput", "-v0").returncode == 0
    checked = run("shell", "--no-imports", "-c", SQLITE_CHECK)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == "[] False 2"
