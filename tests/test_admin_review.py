"""Reviewing and correcting what ingest read: admin lists, merges, edits that stick, re-extraction."""

import datetime as dt

import pytest
from django.contrib import admin
from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from entities.models import (
    Country,
    CountryMention,
    Dismissal,
    Meeting,
    MeetingParticipant,
    MeetingReport,
    MeetingSide,
    Origin,
    Person,
    PersonMention,
    PersonName,
    PersonRedirect,
    Quote,
    Role,
)

PATRUSHEV_VARIANT = """---
published: 2024-05-20
source: Newsdesk test
---
Security officials confer in Moscow

MOSCOW, May 20 (Newsdesk) -- Russian Security Council Secretary Nikolay Patrushev met Chinese Foreign
Minister Wang Yi in Moscow on Monday, the Kremlin said.
Patrushev said the talks had been useful.
"""


def make_article(n: int, **fields) -> Article:
    title, body = fields.pop("title", f"Article {n}"), fields.pop("body", f"Body of article {n}.")
    return Article.objects.create(
        title=title,
        body=body,
        slug=f"article-{n}",
        content_hash=Article.hash_text(f"{title}\n\n{body}"),
        **fields,
    )


def form_data(response) -> dict:
    """What the browser would post back from an admin change form, unchanged."""
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            if value is None or value is False:
                continue
            if isinstance(value, list):
                value = [str(v) for v in value]
            elif value is True:
                value = "on"
            elif isinstance(value, dt.date):
                value = value.isoformat()
            data[field.html_name] = value
    return data


@pytest.fixture
def russia(db):
    return Country.objects.create(code="RU", name="Russia")


@pytest.fixture
def china(db):
    return Country.objects.create(code="CN", name="China")


@pytest.fixture
def corpus(russia, china):
    """A little of everything, written directly: two articles, three people, a meeting."""
    first, second = (
        make_article(1, published=dt.date(2024, 3, 5)),
        make_article(2, published=dt.date(2024, 3, 6)),
    )
    kept = Person.objects.create(name="Nikolai Patrushev", slug="nikolai-patrushev", country=russia)
    other = Person.objects.create(name="Nikolay Patrushev", slug="nikolay-patrushev")
    wang = Person.objects.create(name="Wang Yi", slug="wang-yi", country=china)
    PersonName.objects.create(person=kept, name="Nikolai Patrushev")
    PersonName.objects.create(person=other, name="Nikolay Patrushev")
    PersonName.objects.create(person=other, name="Nikolai Patrushev")  # the same spelling on both
    PersonMention.objects.create(article=first, person=kept, count=2, first_offset=40, titles=["Secretary"])
    PersonMention.objects.create(article=first, person=other, count=1, first_offset=10, titles=["Envoy"])
    PersonMention.objects.create(article=second, person=other, count=3)
    PersonMention.objects.create(article=second, person=wang, count=1)
    CountryMention.objects.create(article=first, country=russia, count=2, focus=True)
    Role.objects.create(person=kept, title="Security Council Secretary", first_seen=dt.date(2024, 3, 5))
    Role.objects.create(
        person=other,
        title="Security Council Secretary",
        first_seen=dt.date(2020, 1, 1),
        last_seen=dt.date(2024, 3, 6),
    )
    Role.objects.create(person=other, title="Director of the FSB")
    Quote.objects.create(person=other, article=second, text="The talks were useful.")
    held = Meeting.objects.create(kind="talks", place="Moscow", date=dt.date(2024, 3, 5), confidence=0.9)
    later = Meeting.objects.create(kind="meeting", place="Beijing", date=dt.date(2024, 3, 6), confidence=0.4)
    for meeting, people in ((held, [kept, other, wang]), (later, [other, wang])):
        for person in people:
            MeetingParticipant.objects.create(meeting=meeting, person=person, country=person.country)
        MeetingSide.objects.bulk_create([MeetingSide(meeting=meeting, country=c) for c in (russia, china)])
    MeetingReport.objects.create(meeting=held, article=first, evidence="They met.")
    MeetingReport.objects.create(meeting=later, article=second, evidence="They met again.")
    return {
        "kept": kept,
        "other": other,
        "wang": wang,
        "held": held,
        "later": later,
        "articles": [first, second],
    }


def merge(client, people, keep=None):
    data = {"action": "merge_people", "_selected_action": [p.pk for p in people]}
    if keep is not None:
        data["keep"] = keep.pk
    return client.post(reverse("admin:entities_person_changelist"), data)


# Every model has a working admin.

OUR_MODELS = [m for m in admin.site._registry if m._meta.app_label in ("articles", "entities")]


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m.__name__)
def test_every_model_has_a_list_page_that_loads_in_bounded_queries(
    admin_client, corpus, model, django_assert_max_num_queries
):
    opts = model._meta
    with django_assert_max_num_queries(12):
        response = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", [Person, Meeting, Article, Role], ids=lambda m: m.__name__)
def test_change_pages_of_the_main_models_load_in_bounded_queries(
    admin_client, corpus, model, django_assert_max_num_queries
):
    obj = model.objects.first()
    with django_assert_max_num_queries(25):
        response = admin_client.get(
            reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_change", args=[obj.pk])
        )
    assert response.status_code == 200


def test_the_person_list_searches_spelling_variants(admin_client, corpus):
    response = admin_client.get(reverse("admin:entities_person_changelist"), {"q": "nikolai"})
    names = {p.name for p in response.context["cl"].result_list}
    assert names == {"Nikolai Patrushev", "Nikolay Patrushev"}


# Merging people


def test_merging_people_first_asks_which_one_to_keep(admin_client, corpus):
    response = merge(admin_client, [corpus["kept"], corpus["other"]])
    assert response.status_code == 200
    page = response.content.decode()
    assert "Pick the one to keep" in page
    assert 'type="radio"' in page and 'name="keep"' in page
    assert Person.objects.count() == 3


def test_merging_first_shows_each_person_side_by_side_and_what_the_merge_will_make(
    admin_client, corpus, django_assert_max_num_queries
):
    Person.objects.filter(pk=corpus["kept"].pk).update(
        first_seen=dt.date(2024, 3, 5), last_seen=dt.date(2024, 3, 5)
    )
    Person.objects.filter(pk=corpus["other"].pk).update(
        first_seen=dt.date(2020, 1, 2), last_seen=dt.date(2024, 3, 6)
    )
    with django_assert_max_num_queries(15):
        response = merge(admin_client, [corpus["kept"], corpus["other"]])
    merged = response.context["merged"]
    assert response.context["kept"] == corpus["other"]  # named in more articles
    assert merged.spellings == ["Nikolay Patrushev", "Nikolai Patrushev"]
    assert merged.country == corpus["kept"].country
    assert merged.titles == ["Security Council Secretary", "Director of the FSB"]
    assert (merged.first_seen, merged.last_seen) == (dt.date(2020, 1, 2), dt.date(2024, 3, 6))
    assert (merged.article_count, merged.meeting_count) == (
        2,
        2,
    )  # an article or meeting both share counts once
    page = response.content.decode()
    assert 'id="merge-preview"' in page and "After the merge" in page and "Director of the FSB" in page


def test_a_long_list_of_titles_in_the_merge_preview_is_cut_with_a_count(admin_client, corpus):
    for n in range(8):
        Role.objects.create(person=corpus["other"], title=f"Envoy number {n}")
    page = merge(admin_client, [corpus["kept"], corpus["other"]]).content.decode()
    assert "and 4 more" in page  # ten titles, six shown
    assert Person.objects.count() == 3


def test_previewing_another_choice_shows_that_person_kept_and_merges_nothing(admin_client, corpus):
    data = {"action": "merge_people", "_selected_action": [corpus["kept"].pk, corpus["other"].pk]}
    response = admin_client.post(
        reverse("admin:entities_person_changelist"),
        {**data, "keep": corpus["kept"].pk, "_preview": "Preview"},
    )
    assert response.status_code == 200
    assert response.context["kept"] == corpus["kept"]
    assert response.context["merged"].spellings[0] == "Nikolai Patrushev"
    assert Person.objects.count() == 3


def test_a_merged_person_is_seen_over_both_peoples_dates(admin_client, corpus):
    Person.objects.filter(pk=corpus["kept"].pk).update(
        first_seen=dt.date(2024, 3, 5), last_seen=dt.date(2024, 3, 5)
    )
    Person.objects.filter(pk=corpus["other"].pk).update(
        first_seen=dt.date(2020, 1, 2), last_seen=dt.date(2024, 3, 6)
    )
    merge(admin_client, [corpus["kept"], corpus["other"]], keep=corpus["kept"])
    kept = Person.objects.get(pk=corpus["kept"].pk)
    assert (kept.first_seen, kept.last_seen) == (dt.date(2020, 1, 2), dt.date(2024, 3, 6))


def test_merging_one_person_alone_is_refused_with_a_message(admin_client, corpus):
    response = merge(admin_client, [corpus["kept"]], keep=corpus["kept"])
    assert response.status_code == 302
    assert Person.objects.count() == 3


def test_merging_moves_every_fact_to_the_kept_person_and_combines_duplicates(
    admin_client, admin_user, corpus
):
    kept, other, first, second = corpus["kept"], corpus["other"], *corpus["articles"]
    response = merge(admin_client, [kept, other], keep=kept)
    assert response.status_code == 302
    assert not Person.objects.filter(pk=other.pk).exists()

    mentions = {m.article_id: m for m in PersonMention.objects.filter(person=kept)}
    assert (mentions[first.pk].count, mentions[first.pk].first_offset) == (3, 10)
    assert mentions[first.pk].titles == ["Secretary", "Envoy"]
    assert mentions[second.pk].count == 3

    roles = {r.title: r for r in Role.objects.filter(person=kept)}
    assert set(roles) == {"Security Council Secretary", "Director of the FSB"}
    secretary = roles["Security Council Secretary"]
    assert (secretary.first_seen, secretary.last_seen) == (dt.date(2020, 1, 1), dt.date(2024, 3, 6))

    assert set(MeetingParticipant.objects.filter(person=kept).values_list("meeting", flat=True)) == {
        corpus["held"].pk,
        corpus["later"].pk,
    }
    assert MeetingParticipant.objects.filter(meeting=corpus["held"]).count() == 2
    assert Quote.objects.get().person == kept

    assert set(kept.names.values_list("name", flat=True)) == {"Nikolai Patrushev", "Nikolay Patrushev"}
    assert PersonRedirect.objects.get(slug="nikolay-patrushev").person == kept

    kept.refresh_from_db()
    assert (kept.article_count, kept.meeting_count) == (2, 2)
    assert kept.origin == Origin.EDITED and kept.edited_by == admin_user
    assert kept.country.code == "RU"


def test_a_merged_persons_old_redirects_follow_them_to_the_kept_person(admin_client, corpus):
    PersonRedirect.objects.create(slug="n-patrushev", person=corpus["other"])
    merge(admin_client, [corpus["kept"], corpus["other"]], keep=corpus["kept"])
    assert set(PersonRedirect.objects.filter(person=corpus["kept"]).values_list("slug", flat=True)) == {
        "n-patrushev",
        "nikolay-patrushev",
    }


def test_a_later_article_with_a_merged_spelling_attaches_to_the_kept_person(
    admin_client, corpus, ingest_text
):
    kept, other = corpus["kept"], corpus["other"]
    merge(admin_client, [kept, other], keep=kept)
    (result,) = ingest_text(PATRUSHEV_VARIANT)
    assert result.status == "created", result.message
    assert PersonMention.objects.filter(article=result.article, person=kept).exists()
    assert not Person.objects.filter(name__icontains="Patrushev").exclude(pk=kept.pk).exists()


# Corrections stick


def test_editing_a_person_marks_it_edited_and_adds_the_variants_entered(admin_client, admin_user, corpus):
    wang = corpus["wang"]
    url = reverse("admin:entities_person_change", args=[wang.pk])
    data = form_data(admin_client.get(url))
    data.update({"name": "Wang Yi (minister)", "names-0-name": "Wang Yee", "names-TOTAL_FORMS": "1"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    wang.refresh_from_db()
    assert wang.name == "Wang Yi (minister)"
    assert (wang.origin, wang.edited_by) == (Origin.EDITED, admin_user)
    assert wang.edited_at is not None
    assert PersonName.objects.filter(person=wang, key="wang yee").exists()


def test_editing_a_meeting_in_the_admin_marks_it_and_recounts_participants(admin_client, admin_user, corpus):
    held, wang = corpus["held"], corpus["wang"]
    url = reverse("admin:entities_meeting_change", args=[held.pk])
    data = form_data(admin_client.get(url))
    rows = MeetingParticipant.objects.filter(meeting=held).order_by("pk")
    wang_row = next(n for n, row in enumerate(rows) if row.person_id == wang.pk)
    data[f"participant_rows-{wang_row}-DELETE"] = "on"
    data.update({"place": "Sochi", "kind": "summit", "status": "planned"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    held.refresh_from_db()
    assert (held.place, held.kind, held.status) == ("Sochi", "summit", "planned")
    assert (held.origin, held.edited_by) == (Origin.EDITED, admin_user)
    wang.refresh_from_db()
    assert wang.meeting_count == 1


def test_editing_a_role_marks_it_edited(admin_client, admin_user, corpus):
    role = Role.objects.get(title="Director of the FSB")
    url = reverse("admin:entities_role_change", args=[role.pk])
    data = form_data(admin_client.get(url))
    data["last_seen"] = "2008-05-12"
    assert admin_client.post(url, data).status_code == 302
    role.refresh_from_db()
    assert (role.origin, role.edited_by, role.last_seen) == (Origin.EDITED, admin_user, dt.date(2008, 5, 12))


def test_editing_an_articles_metadata_keeps_its_text(admin_client, corpus):
    article = corpus["articles"][0]
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(admin_client.get(url))
    data.update({"source": "Corrected desk", "published": "2024-03-04"})
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert (article.source, article.published, article.body) == (
        "Corrected desk",
        dt.date(2024, 3, 4),
        "Body of article 1.",
    )


def test_deleting_a_wrong_meeting_recounts_its_people_and_countries(admin_client, corpus):
    later, wang = corpus["later"], corpus["wang"]
    response = admin_client.post(reverse("admin:entities_meeting_delete", args=[later.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=later.pk).exists()
    wang.refresh_from_db()
    assert wang.meeting_count == 1
    assert Country.objects.get(code="CN").meeting_count == 1


def test_deleting_a_wrong_person_removes_their_facts_only(admin_client, corpus):
    other = corpus["other"]
    response = admin_client.post(reverse("admin:entities_person_delete", args=[other.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert not Person.objects.filter(pk=other.pk).exists()
    assert Article.objects.count() == 2
    assert MeetingParticipant.objects.filter(meeting=corpus["held"]).count() == 2


@pytest.fixture
def stored_story(ingest_text, wire_story):
    (result,) = ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"))
    assert result.status == "created", result.message
    assert Meeting.objects.exists(), "the extractor found no meeting in the test story"
    return result.article


def test_an_edited_meeting_survives_ingest_update(
    admin_client, admin_user, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    url = reverse("admin:entities_meeting_change", args=[meeting.pk])
    data = form_data(admin_client.get(url))
    data.update({"place": "Sochi", "kind": "summit", "date": "2024-03-04"})
    assert admin_client.post(url, data).status_code == 302

    (again,) = ingest_text(
        wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True
    )
    assert again.status == "updated", again.message
    meeting.refresh_from_db()
    assert (meeting.place, meeting.kind, meeting.date) == ("Sochi", "summit", dt.date(2024, 3, 4))
    assert (meeting.origin, meeting.edited_by) == (Origin.EDITED, admin_user)
    assert MeetingReport.objects.filter(meeting=meeting, article=stored_story).exists()


def test_an_edited_role_survives_ingest_update(admin_client, stored_story, ingest_text, wire_story):
    role = Role.objects.filter(person__name__contains="Lavrov").first()
    assert role is not None, "the extractor found no role for Lavrov"
    url = reverse("admin:entities_role_change", args=[role.pk])
    data = form_data(admin_client.get(url))
    data.update({"first_seen": "2004-03-09", "last_seen": "2004-03-10"})
    assert admin_client.post(url, data).status_code == 302

    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    role.refresh_from_db()
    assert (role.first_seen, role.last_seen, role.origin) == (
        dt.date(2004, 3, 9),
        dt.date(2004, 3, 10),
        "edited",
    )


def test_an_edited_persons_country_survives_ingest_update(
    admin_client, stored_story, ingest_text, wire_story
):
    lavrov = Person.objects.get(name__contains="Lavrov")
    elsewhere = Country.objects.create(code="BY", name="Belarus")
    url = reverse("admin:entities_person_change", args=[lavrov.pk])
    data = form_data(admin_client.get(url))
    data["country"] = elsewhere.pk
    assert admin_client.post(url, data).status_code == 302
    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    lavrov.refresh_from_db()
    assert lavrov.country == elsewhere


# Re-running extraction


def rerun(client, articles):
    return client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "rerun_extraction", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )


def test_rerunning_extraction_restores_facts_from_the_stored_text(admin_client, stored_story):
    stored_story.byline = "desk@example.org"
    stored_story.save()
    people = set(PersonMention.objects.filter(article=stored_story).values_list("person__name", flat=True))
    PersonMention.objects.filter(article=stored_story).delete()
    Meeting.objects.all().delete()

    response = rerun(admin_client, [stored_story])
    assert "Re-extracted 1 of 1 articles." in response.content.decode()
    assert Article.objects.count() == 1
    stored_story.refresh_from_db()
    assert (
        set(PersonMention.objects.filter(article=stored_story).values_list("person__name", flat=True))
        == people
    )
    assert Meeting.objects.exists()
    assert (stored_story.source, stored_story.published) == ("Newsdesk test", dt.date(2024, 3, 6))
    assert stored_story.byline == "desk@example.org"


def test_rerunning_extraction_on_an_article_whose_title_was_edited_stores_no_copy(admin_client, stored_story):
    Article.objects.filter(pk=stored_story.pk).update(title="A corrected headline")
    response = rerun(admin_client, [stored_story])
    assert "title was edited since ingest" in response.content.decode()
    assert Article.objects.count() == 1


# The extraction review list


@pytest.fixture
def review_corpus(corpus):
    old = make_article(3, title="Old news")
    Article.objects.filter(pk=old.pk).update(ingested_at=timezone.now() - dt.timedelta(days=60))
    stale = Meeting.objects.create(kind="call", confidence=0.01)
    MeetingReport.objects.create(meeting=stale, article=old)
    MeetingParticipant.objects.create(meeting=stale, person=corpus["wang"])
    for n in range(4, 34):
        article = make_article(n)
        meeting = Meeting.objects.create(kind="meeting", confidence=0.5 + n / 100)
        MeetingReport.objects.create(meeting=meeting, article=article)
        MeetingParticipant.objects.create(meeting=meeting, person=corpus["wang"])
        PersonMention.objects.create(article=article, person=corpus["wang"])
    return corpus


REVIEW = "/admin/entities/meeting/review/"


def test_the_review_list_shows_the_weakest_meetings_first_in_bounded_queries(
    admin_client, review_corpus, django_assert_max_num_queries
):
    since = (timezone.localdate() - dt.timedelta(days=7)).isoformat()
    with django_assert_max_num_queries(10):
        response = admin_client.get(REVIEW, {"since": since})
    assert response.status_code == 200
    confidences = [m.confidence for m in response.context["page"]]
    assert confidences[:2] == [0.4, 0.54]
    assert confidences == sorted(confidences)
    assert len(confidences) == 25
    assert 0.01 not in confidences  # reported only by an article ingested before `since`


def test_the_review_list_pages_through_articles_and_people_named_once(
    admin_client, review_corpus, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        articles = admin_client.get(REVIEW, {"show": "articles", "page": 2})
    assert articles.status_code == 200
    assert len(articles.context["page"]) == 32 - 25
    with django_assert_max_num_queries(10):
        people = admin_client.get(REVIEW, {"show": "people"})
    assert [m.person.name for m in people.context["page"]] == ["Nikolai Patrushev"]


def test_the_review_list_is_for_staff_only(client, db):
    response = client.get(REVIEW)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_meeting_whose_date_an_admin_moved_is_not_stored_again_by_ingest_update(
    admin_client, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    url = reverse("admin:entities_meeting_change", args=[meeting.pk])
    data = form_data(admin_client.get(url))
    data["date"] = "2024-02-20"
    assert admin_client.post(url, data).status_code == 302

    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    assert list(Meeting.objects.values_list("pk", "date")) == [(meeting.pk, dt.date(2024, 2, 20))]


def test_a_participant_an_admin_removed_does_not_come_back_with_ingest_update(
    admin_client, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    url = reverse("admin:entities_meeting_change", args=[meeting.pk])
    data = form_data(admin_client.get(url))
    rows = list(MeetingParticipant.objects.filter(meeting=meeting).order_by("pk"))
    assert len(rows) == 2
    data["participant_rows-1-DELETE"] = "on"
    data["side_rows-1-DELETE"] = "on"
    assert admin_client.post(url, data).status_code == 302

    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    assert Meeting.objects.count() == 1
    assert list(MeetingParticipant.objects.values_list("person", flat=True)) == [rows[0].person_id]
    assert MeetingSide.objects.filter(meeting=meeting).count() == 1


def test_a_meeting_deleted_as_wrong_does_not_come_back_with_ingest_update(
    admin_client, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    response = admin_client.post(reverse("admin:entities_meeting_delete", args=[meeting.pk]), {"post": "yes"})
    assert response.status_code == 302

    (again,) = ingest_text(
        wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True
    )
    assert again.status == "updated", again.message
    assert not Meeting.objects.exists()
    assert Dismissal.objects.filter(kind="meeting", article=stored_story).count() == 1


def test_a_person_deleted_as_wrong_is_not_created_again_by_later_articles(
    admin_client, stored_story, ingest_text, wire_story
):
    lavrov = Person.objects.get(name="Sergei Lavrov")
    response = admin_client.post(reverse("admin:entities_person_delete", args=[lavrov.pk]), {"post": "yes"})
    assert response.status_code == 302

    (later,) = ingest_text(wire_story(2, front_matter="published: 2024-03-07"))
    assert later.status == "created", later.message
    assert not Person.objects.filter(name="Sergei Lavrov").exists()
    assert Person.objects.filter(name="Wang Yi").exists()


# Verdicts on the review list: accept, dismiss, fix

DECIDE = "/admin/entities/meeting/review/decide/"


def decide(client, kind, obj, verdict, next_page=REVIEW):
    return client.post(DECIDE, {"kind": kind, "pk": obj.pk, "verdict": verdict, "next": next_page})


def test_each_review_row_offers_accept_dismiss_and_fix_as_posted_forms(
    admin_client, review_corpus, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        page = admin_client.get(REVIEW).content.decode()
    assert page.count('name="verdict" value="accept"') == 25
    assert page.count('name="verdict" value="dismiss"') == 25
    assert page.count("csrfmiddlewaretoken") >= 25
    assert f"/admin/entities/meeting/{review_corpus['later'].pk}/change/?next=" in page
    with django_assert_max_num_queries(10):
        people = admin_client.get(REVIEW, {"show": "people"}).content.decode()
    assert people.count('name="kind" value="person"') == 1
    make_article(99, title="No meeting here", published=timezone.localdate())
    with django_assert_max_num_queries(10):
        articles = admin_client.get(REVIEW, {"show": "articles"}).content.decode()
    assert articles.count('name="kind" value="article"') == 25
    # An article with no meeting read from it has nothing to accept or dismiss: only "fix".
    assert articles.count('value="accept"') == 24


def test_accepting_a_meeting_marks_it_reviewed_by_whom_and_moves_it_to_the_end_of_the_queue(
    admin_client, admin_user, review_corpus
):
    later = review_corpus["later"]
    response = decide(admin_client, "meeting", later, "accept", f"{REVIEW}?page=1")
    assert response.status_code == 302 and response["Location"] == f"{REVIEW}?page=1"
    later.refresh_from_db()
    assert (later.origin, later.edited_by) == (Origin.EDITED, admin_user)
    entry = LogEntry.objects.get(object_id=str(later.pk))
    assert entry.user == admin_user and "Accepted on the extraction review" in entry.get_change_message()
    queue = admin_client.get(REVIEW, {"page": 2}).context["page"]
    assert list(queue)[-1] == later


def test_an_accepted_meeting_survives_ingest_update_as_it_was_read(
    admin_client, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    before = (meeting.kind, meeting.date, meeting.place)
    decide(admin_client, "meeting", meeting, "accept")
    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    assert [(m.pk, (m.kind, m.date, m.place), m.origin) for m in Meeting.objects.all()] == [
        (meeting.pk, before, Origin.EDITED)
    ]


def test_dismissing_a_meeting_deletes_it_and_ingest_update_does_not_bring_it_back(
    admin_client, admin_user, stored_story, ingest_text, wire_story
):
    meeting = Meeting.objects.get()
    response = decide(admin_client, "meeting", meeting, "dismiss")
    assert response.status_code == 302
    assert not Meeting.objects.exists()
    assert LogEntry.objects.get(object_id=str(meeting.pk)).action_flag == DELETION
    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    assert not Meeting.objects.exists()


def test_dismissing_a_person_named_once_keeps_them_out_of_later_articles(
    admin_client, stored_story, ingest_text, wire_story
):
    lavrov = Person.objects.get(name="Sergei Lavrov")
    assert decide(admin_client, "person", lavrov, "dismiss").status_code == 302
    assert not Person.objects.filter(name="Sergei Lavrov").exists()
    ingest_text(wire_story(2, front_matter="published: 2024-03-07"))
    assert not Person.objects.filter(name="Sergei Lavrov").exists()


def test_accepting_a_person_marks_them_edited(admin_client, admin_user, review_corpus):
    kept = review_corpus["kept"]
    decide(admin_client, "person", kept, "accept")
    kept.refresh_from_db()
    assert (kept.origin, kept.edited_by) == (Origin.EDITED, admin_user)


def test_a_review_verdict_needs_a_post_a_known_kind_and_the_permission(client, admin_client, review_corpus):
    later = review_corpus["later"]
    assert (
        admin_client.get(DECIDE, {"kind": "meeting", "pk": later.pk, "verdict": "dismiss"}).status_code == 405
    )
    no_article = Article(pk=(Article.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1)
    decide(admin_client, "article", no_article, "dismiss")  # a pk of the wrong kind acts on nothing
    decide(admin_client, "meeting", later, "explode")
    assert Meeting.objects.filter(pk=later.pk, origin=Origin.EXTRACTED).exists()
    viewer = User.objects.create_user("viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_meeting"))
    client.force_login(viewer)
    assert decide(client, "meeting", later, "dismiss").status_code == 403
    assert Meeting.objects.filter(pk=later.pk).exists()


def test_a_review_verdict_never_redirects_off_the_site(admin_client, review_corpus):
    response = decide(admin_client, "meeting", review_corpus["later"], "accept", "https://evil.example/")
    assert response["Location"] == REVIEW


def test_fixing_from_the_review_returns_to_the_review_after_saving(admin_client, review_corpus):
    later = review_corpus["later"]
    url = reverse("admin:entities_meeting_change", args=[later.pk]) + f"?next={REVIEW}%3Fshow%3Dmeetings"
    data = form_data(admin_client.get(url))
    data["place"] = "Shanghai"
    response = admin_client.post(url, data)
    assert response.status_code == 302 and response["Location"] == f"{REVIEW}?show=meetings"
    later.refresh_from_db()
    assert (later.place, later.origin) == ("Shanghai", Origin.EDITED)


# Labels and the admin index


def test_inline_rows_are_labelled_with_names_not_ids(admin_client, corpus, django_assert_max_num_queries):
    held = corpus["held"]
    row = MeetingParticipant.objects.get(meeting=held, person=corpus["wang"])
    assert str(row) == "Wang Yi (China) at the China\u2013Russia talks, 5 March 2024"
    assert str(MeetingSide.objects.get(meeting=held, country="RU")) == (
        "Russia at the China\u2013Russia talks, 5 March 2024"
    )
    assert str(MeetingReport.objects.get(meeting=held)) == (
        "The China\u2013Russia talks, 5 March 2024, reported in \u201cArticle 1\u201d"
    )
    assert (
        str(PersonMention.objects.filter(person=corpus["wang"]).get()) == "Wang Yi in \u201cArticle 2\u201d"
    )
    with django_assert_max_num_queries(25):
        page = admin_client.get(reverse("admin:entities_meeting_change", args=[held.pk])).content.decode()
    assert "Wang Yi (China) at the China\u2013Russia talks, 5 March 2024" in page
    assert "person " + str(corpus["wang"].pk) + " at meeting" not in page


def test_a_meeting_without_sides_or_date_is_labelled_by_kind_and_place(db):
    assert Meeting(kind="call", place="Geneva").label == "a phone call in Geneva, undated"


def test_the_admin_index_lists_what_an_editor_works_on_not_join_tables(
    admin_client, db, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        page = admin_client.get(reverse("admin:index"))
    models = {m["object_name"] for app in page.context["app_list"] for m in app["models"]}
    assert {"Person", "Meeting", "Country", "Role", "Article", "Dismissal"} <= models
    hidden = {"PersonName", "PersonRedirect", "PersonMention", "CountryMention", "MeetingParticipant"}
    assert not models & (hidden | {"MeetingSide", "MeetingReport", "UploadFile"})


def test_accepting_an_article_accepts_the_meetings_read_from_it(admin_client, admin_user, review_corpus):
    first = review_corpus["articles"][0]
    decide(admin_client, "article", first, "accept")
    held = Meeting.objects.get(pk=review_corpus["held"].pk)
    assert (held.origin, held.edited_by) == (Origin.EDITED, admin_user)
    assert Meeting.objects.get(pk=review_corpus["later"].pk).origin == Origin.EXTRACTED


def test_dismissing_an_article_drops_its_meetings_and_ingest_update_does_not_read_them_again(
    admin_client, stored_story, ingest_text, wire_story
):
    assert decide(admin_client, "article", stored_story, "dismiss").status_code == 302
    assert not Meeting.objects.exists()
    assert Article.objects.filter(pk=stored_story.pk).exists()
    ingest_text(wire_story(1, front_matter="published: 2024-03-06\nsource: Newsdesk test"), update=True)
    assert not Meeting.objects.exists()


def test_dismissing_an_article_leaves_a_meeting_other_articles_report(admin_client, review_corpus):
    first, second = review_corpus["articles"]
    later = review_corpus["later"]
    MeetingReport.objects.create(meeting=later, article=first, evidence="They met, it said.")
    decide(admin_client, "article", first, "dismiss")
    assert not Meeting.objects.filter(pk=review_corpus["held"].pk).exists()
    assert list(MeetingReport.objects.filter(meeting=later).values_list("article", flat=True)) == [second.pk]
