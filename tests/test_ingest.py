"""Ingest: the one path from text to rows, used by `manage.py ingest` and the admin upload."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from entities.models import Meeting, MeetingReport, Person, PersonName

FIRST_REPORT = """---
published: 2024-03-06
source: Newsdesk test
---
Lavrov and Wang hold talks in Beijing

BEIJING, March 5 (Newsdesk) -- Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the two ministries said.
Lavrov said the two countries would keep working together on regional security.
"""

SECOND_REPORT = """---
published: 2024-03-06
source: Another desk
---
Chinese and Russian ministers meet

Chinese Foreign Minister Wang Yi held talks with his Russian counterpart Sergei Lavrov in Beijing on Tuesday. Wang said relations between China and Russia were stable.
"""

VARIANT_SPELLING = """---
published: 2024-05-20
source: Newsdesk test
---
Security officials confer

Russian Security Council Secretary Nikolay Patrushev met Chinese officials in Moscow on Monday.
"""

FIRST_SPELLING = """---
published: 2024-04-02
source: Newsdesk test
---
Security talks in Moscow

Chinese Foreign Minister Wang Yi met Russian Security Council Secretary Nikolai Patrushev in Moscow on Monday. Patrushev said the talks were useful.
"""


def test_ingesting_the_same_text_twice_skips_the_second(ingest_text):
    (first,) = ingest_text(FIRST_REPORT)
    (again,) = ingest_text(FIRST_REPORT)
    assert first.status == "created"
    assert again.status == "skipped"
    assert again.article == first.article
    assert Article.objects.count() == 1


def test_update_re_extracts_without_duplicating_facts(ingest_text):
    (first,) = ingest_text(FIRST_REPORT)
    people_before = set(Person.objects.values_list("name", flat=True))
    (again,) = ingest_text(FIRST_REPORT, update=True)
    assert again.status == "updated"
    assert again.article.pk == first.article.pk
    assert set(Person.objects.values_list("name", flat=True)) == people_before
    assert first.article.person_mentions.count() == len(people_before)


def test_a_bad_file_fails_alone_and_the_others_are_stored(ingest_text):
    results = ingest_text(FIRST_REPORT, b"\x89PNG\r\n\x1a\n\x00\x00binary", b"", SECOND_REPORT)
    assert [r.status for r in results] == ["created", "failed", "failed", "created"]
    assert all(r.message for r in results if r.status == "failed")
    assert Article.objects.count() == 2


def test_front_matter_sets_published_date_and_source(ingest_text):
    (result,) = ingest_text(FIRST_REPORT)
    article = Article.objects.get(pk=result.article.pk)
    assert article.published.isoformat() == "2024-03-06"
    assert article.source == "Newsdesk test"
    assert article.title == "Lavrov and Wang hold talks in Beijing"


def test_surname_references_do_not_create_people(ingest_text):
    ingest_text(FIRST_REPORT)
    names = set(Person.objects.values_list("name", flat=True))
    assert {"Sergei Lavrov", "Wang Yi"} <= names
    assert "Lavrov" not in names


def test_two_reports_of_one_meeting_make_one_meeting_with_two_reports(ingest_text):
    ingest_text(FIRST_REPORT, SECOND_REPORT)
    lavrov = Person.objects.get(name="Sergei Lavrov")
    meetings = Meeting.objects.filter(participants=lavrov)
    assert meetings.count() == 1
    meeting = meetings.get()
    assert meeting.place == "Beijing"
    assert meeting.date.isoformat() == "2024-03-05"
    assert MeetingReport.objects.filter(meeting=meeting).count() == 2
    assert meeting.report_count == 2


PLAN_REPORT = """---
published: 2024-03-04
source: Newsdesk test
---
Lavrov to visit Beijing

MOSCOW, March 4 (Newsdesk) -- Russian Foreign Minister Sergei Lavrov will meet Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the ministry said.
"""


def test_a_plan_and_a_later_report_of_it_held_on_that_day_are_one_meeting_held(ingest_text):
    ingest_text(PLAN_REPORT)
    assert Meeting.objects.get().status == "planned"
    ingest_text(FIRST_REPORT)
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.date.isoformat(), meeting.report_count) == ("held", "2024-03-05", 2)


HELD_WITH_HOST = """---
published: 2024-03-06
source: Another desk
---
Lavrov and Wang meet in Beijing

BEIJING, March 5 (Newsdesk) -- Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi and Chinese Vice President Han Zheng in Beijing on Tuesday.
"""


def test_a_plan_of_two_and_its_report_held_with_a_third_on_that_day_are_one_meeting(ingest_text):
    ingest_text(PLAN_REPORT, HELD_WITH_HOST)
    meeting = Meeting.objects.get()
    assert meeting.status == "held"
    assert {p.name for p in meeting.participants.all()} >= {"Sergei Lavrov", "Wang Yi"}


PLAN_WITH_DELEGATION = """---
published: 2024-03-03
source: Another desk
---
Lavrov heads to Beijing

MOSCOW, March 3 (Newsdesk) -- Russian Foreign Minister Sergei Lavrov and his deputy Andrei Rudenko will hold talks with Chinese Foreign Minister Wang Yi in Beijing on March 5, the ministry said.
"""


def test_two_reports_of_a_plan_naming_more_or_fewer_of_the_delegation_are_one_meeting(ingest_text):
    ingest_text(PLAN_REPORT, PLAN_WITH_DELEGATION)
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.report_count) == ("planned", 2)
    assert {p.name for p in meeting.participants.all()} >= {"Sergei Lavrov", "Wang Yi"}


UNDATED_PLAN = """---
published: {published}
source: Newsdesk test
---
Kato to visit Washington

TOKYO, {dateline} - Prime Minister Taro Kato of Japan will visit Washington to hold talks with President
Tom Grant of the United States, officials said.
"""


def test_two_undated_reports_of_one_plan_weeks_apart_are_one_meeting(ingest_text):
    ingest_text(
        UNDATED_PLAN.format(published="1987-03-27", dateline="March 27"),
        UNDATED_PLAN.format(published="1987-04-20", dateline="April 20"),
    )
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.report_count) == ("planned", 2)


def test_undated_plans_two_months_apart_stay_two(ingest_text):
    ingest_text(
        UNDATED_PLAN.format(published="1987-03-27", dateline="March 27"),
        UNDATED_PLAN.format(published="1987-06-01", dateline="June 1"),
    )
    assert Meeting.objects.count() == 2


VISIT_PLAN = """---
published: 1987-03-27
source: Newsdesk test
---
Kato visit

TOKYO, March 27 - Prime Minister Taro Kato of Japan is preparing for his visit to Washington, officials said.
"""

DATED_PLAN = """---
published: 1987-04-20
source: Newsdesk test
---
Kato to meet Grant

TOKYO, April 20 - Prime Minister Taro Kato of Japan will meet President Tom Grant of the United States in
Washington on April 29, officials said.
"""


def test_an_undated_plan_of_a_visit_and_a_dated_plan_naming_the_host_are_one_meeting(ingest_text):
    ingest_text(VISIT_PLAN, DATED_PLAN)
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.report_count, meeting.place_country_id) == ("planned", 2, "US")
    assert {p.name for p in meeting.participants.all()} >= {"Taro Kato", "Tom Grant"}
    assert meeting.date.isoformat() == "1987-04-29"  # the report that gives the day dates it


def test_an_undated_plan_reported_after_the_dated_one_joins_it(ingest_text):
    ingest_text(DATED_PLAN, VISIT_PLAN.replace("1987-03-27", "1987-04-22").replace("March 27", "April 22"))
    meeting = Meeting.objects.get()
    assert (meeting.report_count, meeting.date.isoformat()) == (2, "1987-04-29")


def test_a_transliterated_forename_joins_the_same_person(ingest_text):
    ingest_text(FIRST_SPELLING, VARIANT_SPELLING)
    patrushevs = Person.objects.filter(surname_key="patrushev")
    assert patrushevs.count() == 1
    keys = set(PersonName.objects.filter(person=patrushevs.get()).values_list("key", flat=True))
    assert {"nikolai patrushev", "nikolay patrushev"} <= keys


def test_counters_follow_ingest(ingest_text):
    ingest_text(FIRST_REPORT, SECOND_REPORT)
    lavrov = Person.objects.get(name="Sergei Lavrov")
    assert lavrov.article_count == 2
    assert lavrov.meeting_count == 1


def test_ingest_command_reports_counts_and_fails_when_a_file_fails(db, nlp, tmp_path, capsys):
    (tmp_path / "good.txt").write_text(FIRST_REPORT, encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path))
    out, err = capsys.readouterr()
    assert "1 created" in out and "1 failed" in out
    assert "empty.txt" in err
    assert Article.objects.count() == 1


def test_extract_command_prints_one_json_line_per_file_and_stores_nothing(db, nlp, tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(FIRST_REPORT, encoding="utf-8")
    call_command("extract", str(path))
    (line,) = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert row["file"] == str(path)
    assert row["published"] == "2024-03-06"
    assert list(row)[:7] == ["file", "title", "published", "people", "countries", "focus", "meetings"]
    assert {"CN", "RU"} <= {c["code"] for c in row["countries"]}
    assert Article.objects.count() == 0


def test_the_same_text_twice_in_one_batch_is_stored_once(ingest_text):
    results = ingest_text(FIRST_REPORT, FIRST_REPORT)
    assert [r.status for r in results] == ["created", "skipped"]
    assert Article.objects.count() == 1


def test_worker_processes_store_what_one_process_stores(db, nlp):
    from ingest.run import ingest
    from ingest.sources import Source

    texts = [FIRST_REPORT, SECOND_REPORT, FIRST_SPELLING, VARIANT_SPELLING, b"", FIRST_REPORT]
    sources = [Source(f"{n}.txt", t.encode() if isinstance(t, str) else t) for n, t in enumerate(texts)]
    results = list(ingest(sources, batch_size=2, n_process=2))
    assert [r.name for r in results] == [s.name for s in sources]
    assert [r.status for r in results] == ["created", "created", "created", "created", "failed", "skipped"]
    assert Person.objects.filter(surname_key="patrushev").count() == 1
    assert Meeting.objects.filter(participants__name="Sergei Lavrov").count() == 1


def test_a_new_person_whose_slug_is_taken_or_redirected_gets_the_next_number(ingest_text):
    from entities.models import PersonRedirect

    # Slugs outlive renames and merges, so other people can hold them.
    renamed = Person.objects.create(name="Anna Petrova", slug="sergei-lavrov")
    Person.objects.create(name="Boris Ivanov", slug="sergei-lavrov-2")
    PersonRedirect.objects.create(slug="sergei-lavrov-3", person=renamed)
    ingest_text(FIRST_REPORT)
    assert Person.objects.get(key="sergei lavrov").slug == "sergei-lavrov-4"
    assert Person.objects.get(key="wang yi").slug == "wang-yi"


def test_ingest_costs_a_bounded_number_of_queries_per_article(ingest_text, django_assert_max_num_queries):
    ingest_text(FIRST_SPELLING)  # countries and people already known, as in a long run
    texts = [FIRST_REPORT, SECOND_REPORT, VARIANT_SPELLING]
    # Up to 18 an article (its transaction, a dozen writes and lookups, a meeting's), plus a few
    # per chunk (stored hashes, dismissed names, countries, counters): a query per name, per
    # sentence or per country would blow through this.
    with django_assert_max_num_queries(3 * 18 + 8):
        results = ingest_text(*texts)
    assert [r.status for r in results] == ["created"] * 3


def test_a_folder_manifest_dates_its_files_and_front_matter_still_wins(db, nlp, tmp_path):
    import datetime as dt

    from ingest.run import ingest
    from ingest.sources import sources_from_paths

    (tmp_path / "desk").mkdir()
    plain = FIRST_REPORT.split("---\n", 2)[2]  # the same story without its front matter
    (tmp_path / "desk" / "plain.txt").write_text(plain)
    (tmp_path / "desk" / "dated.txt").write_text(SECOND_REPORT)
    (tmp_path / "MANIFEST.jsonl").write_text(
        "not json\n"
        + json.dumps({"file": "desk/plain.txt", "published": "2024-03-06", "outlet": "Wire"})
        + "\n"
        + json.dumps({"file": "desk/dated.txt", "published": "1999-01-01"})
        + "\n"
    )
    # Named by its subfolder, or file by file: the manifest above them still counts.
    results = list(ingest(sources_from_paths([tmp_path / "desk"])))
    assert [r.status for r in results] == ["created", "created"]
    plain_article = Article.objects.get(title="Lavrov and Wang hold talks in Beijing")
    assert (plain_article.published, plain_article.source) == (dt.date(2024, 3, 6), "Wire")
    # "on Tuesday", read against the manifest's date
    assert plain_article.meeting_reports.get().meeting.date == dt.date(2024, 3, 5)
    assert Article.objects.get(title="Chinese and Russian ministers meet").published == dt.date(2024, 3, 6)


def test_two_new_people_sharing_a_slug_in_one_article_get_distinct_ones(db):
    from ingest.identity import assign_slugs

    Person.objects.create(name="Someone Renamed", slug="wang-yi-2")
    people = [Person(name="Wang Yi"), Person(name="Wang-Yi")]
    assign_slugs(people)
    assert [p.slug for p in people] == ["wang-yi", "wang-yi-3"]


def test_ingest_published_dates_the_files_that_give_no_date(db, nlp, tmp_path, wire_story):
    from django.core.management import call_command

    (tmp_path / "undated.txt").write_text(wire_story(1))
    (tmp_path / "dated.txt").write_text(wire_story(2, front_matter="published: 2020-01-02"))
    call_command("ingest", str(tmp_path), "--published", "2019-05-06", verbosity=0)
    dates = {a.title[-1]: a.published.isoformat() for a in Article.objects.all()}
    assert dates == {"1": "2019-05-06", "2": "2020-01-02"}


def test_ingest_off_a_terminal_prints_plain_progress_lines(
    db, nlp, tmp_path, wire_story, monkeypatch, capsys
):
    from django.core.management import call_command

    from ingest.management.commands import ingest as command

    monkeypatch.setattr(command.Progress, "EVERY", 0.0)
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(wire_story(n))
    call_command("ingest", str(tmp_path))
    lines = capsys.readouterr().err.splitlines()
    assert "3 of 3 read" in lines[-1] and "articles/s" in lines[-1]


MONTH_REPORT = """---
published: 2013-01-09
source: Newsdesk test
---
Ministers recall their talks

Italian Foreign Minister Paolo Verdi met Chilean President Ana Soto in Santiago in April 2012, officials said.
"""


def test_a_meeting_dated_to_a_month_is_stored_as_its_first_day_with_month_precision(ingest_text):
    ingest_text(MONTH_REPORT)
    (meeting,) = Meeting.objects.all()
    assert (meeting.date.isoformat(), meeting.date_precision, meeting.date_label) == (
        "2012-04-01",
        "month",
        "April 2012",
    )
    # Another report of it, with no date at all, is the same occasion.
    ingest_text(MONTH_REPORT.replace("in April 2012, officials said", "for talks, officials said"))
    assert Meeting.objects.get().report_count == 2


TOUR = """---
published: 1987-04-03
source: Newsdesk test
---
Senator back from Asia

WASHINGTON, April 3 - Senator Arlen Specter returned today. He had earlier visited Japan, South Korea and China.
"""

SECOND_TOUR = """---
published: 1987-04-04
source: Another desk
---
Specter tour

WASHINGTON, April 4 - Senator Arlen Specter said trade was his theme. He had visited China.
"""


def test_one_travellers_visits_to_several_countries_stay_several_meetings(ingest_text):
    ingest_text(TOUR, SECOND_TOUR)
    visits = Meeting.objects.filter(participants__name="Arlen Specter")
    assert sorted(visits.values_list("place_country", flat=True)) == ["CN", "JP", "KR"]
    assert visits.get(place_country="CN").report_count == 2
