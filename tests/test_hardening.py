"""Issue 11, hardening: what a file, a URL or a crowd sends must not break a page or an account."""

import datetime as dt
import logging
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError, connection, connections
from django.test import RequestFactory, override_settings
from django.urls import reverse

from articles.models import Article
from entities.models import Country, Person
from extraction.document import read_document
from extraction.types import DocumentError
from newsdesk import proxies
from tests import factories

# Stored XSS: only http(s) links are kept, from any source, and none other is ever an href.


def test_a_javascript_url_in_front_matter_is_dropped_with_a_warning():
    document = read_document(b"---\nurl: javascript:alert(document.domain)//\n---\nTitle\n\nBody.\n")
    assert document.url == ""
    assert any("javascript:" in w and "dropped" in w for w in document.warnings)


@pytest.mark.parametrize(
    "url",
    [
        "data:text/html,<script>alert(1)</script>",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "ftp://example.org/x",
        "https://exa mple.org/",
    ],
)
def test_a_manifest_url_that_is_not_http_is_dropped_with_a_warning(url):
    document = read_document(b"Title\n\nBody.\n", defaults={"url": url})
    assert document.url == ""
    assert document.warnings


def test_an_http_url_is_kept_without_a_warning():
    document = read_document(b"Title\n\nBody.\n", defaults={"url": "https://example.org/story?id=1"})
    assert document.url == "https://example.org/story?id=1"
    assert document.warnings == []


def test_a_stored_javascript_url_is_never_rendered_as_a_link(client, world):
    article = world["article"]
    Article.objects.filter(pk=article.pk).update(url="javascript:alert(document.domain)//")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert b"javascript:" not in response.content
    assert "China Daily" in response.text


def test_the_admin_article_form_refuses_a_non_http_url(admin_client, world):
    article = world["article"]
    url = reverse("admin:articles_article_change", args=[article.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update({"title": article.title, "body": article.body, "url": "ftp://example.org/x"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Only http:// and https:// links" in response.text
    article.refresh_from_db()
    assert article.url == ""


def test_every_response_carries_a_strict_content_security_policy(client, world):
    for url in ("/", world["article"].get_absolute_url(), "/search/?q=x", "/no-such-page/"):
        policy = client.get(url).headers["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "style-src 'self'" in policy
        assert "unsafe-inline" not in policy and "object-src 'none'" in policy


def test_no_template_has_inline_script_or_style():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "templates"
    for template in root.rglob("*.html"):
        text = template.read_text()
        for needle in ("<script", "<style", "style=", " onclick=", " onload="):
            assert needle not in text, f"{template}: {needle}"


# Public 500s: numeric parameters are parsed strictly, years stay within 1900..next year.


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/", "page"),
        ("/articles/", "page"),
        ("/countries/", "page"),
        ("/countries/cn/", "officials_page"),
        ("/countries/cn/", "articles_page"),
        ("/search/?q=patrushev", "page"),
        ("/search/?q=patrushev", "people_page"),
        ("/pairs/cn-ru/", "page"),
        ("/pairs/cn-ru/", "year"),
        ("/pairs/cn-ru/", "about_page"),
        ("/pairs/cn-ru/meetings.csv", "year"),
    ],
)
@pytest.mark.parametrize(
    "value", ["²", "١٢", "1_000", "\uff19", "-1", "0", "99999999999999999999", "9999", " 2"]
)
def test_a_strange_number_in_any_page_parameter_gives_a_page_not_a_500(client, world, path, param, value):
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}{param}={value}")
    assert response.status_code == 200


@pytest.mark.parametrize("param", ["meetings_page", "articles_page", "quotes_page"])
def test_a_superscript_digit_on_a_person_page_gives_a_page_not_a_500(client, world, param):
    response = client.get(world["patrushev"].get_absolute_url(), {param: "²"})
    assert response.status_code == 200


def test_the_strict_parameter_helper_accepts_only_bounded_ascii_digits():
    from entities.params import page_number, year_param

    get = RequestFactory().get
    assert page_number(get("/", {"page": "3"})) == 3
    assert page_number(get("/", {"page": "²"})) == 1
    assert page_number(get("/", {"page": "3\n"})) == 1
    assert page_number(get("/", {"page": "10001"})) == 1
    assert year_param(get("/", {"year": "2018"})) == 2018
    assert year_param(get("/", {"year": "1899"})) is None
    assert year_param(get("/", {"year": str(dt.date.today().year + 2)})) is None


def test_a_meeting_dated_9999_gives_a_pair_page_with_a_sane_chart(client, world):
    story = factories.article("A misdated story")
    factories.meeting(story, [world["yang"], world["patrushev"]], date=dt.date(9999, 12, 31))
    response = client.get("/pairs/cn-ru/")
    assert response.status_code == 200
    assert len(response.context["chart"].bars) < 200
    assert not any("9999" in bar.label for bar in response.context["chart"].bars)


def test_a_pair_whose_only_meeting_is_dated_9999_still_answers(client, world):
    de, fr = factories.country("DE"), factories.country("FR")
    story = factories.article("Only misdated meeting")
    factories.mention(story, de, fr, focus={"DE", "FR"})
    a, b = factories.person("Anna Example", "DE"), factories.person("Bruno Example", "FR")
    factories.meeting(story, [a, b], date=dt.date(9999, 12, 31))
    assert client.get("/pairs/de-fr/").status_code == 200
    assert client.get("/pairs/de-fr/meetings.csv").status_code == 200


def test_charts_span_only_plausible_years():
    from entities import charts

    counts = [(dt.date(2018, 1, 1), 2), (dt.date(9999, 1, 1), 1), (dt.date(1, 1, 1), 1)]
    chart = charts.timeline(counts, "year", "CN-RU")
    assert [bar.label for bar in chart.bars] == ["2018"]
    assert charts.period_for(dt.date(9999, 12, 1), dt.date(9999, 12, 1)) == "year"


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_an_implausible_publication_date_is_read_undated_with_a_warning(published):
    document = read_document(f"---\npublished: {published}\n---\nTitle\n\nBody.\n".encode())
    assert document.published is None
    assert any(published in w for w in document.warnings)


def test_an_implausible_default_date_is_read_undated_with_a_warning():
    document = read_document(b"Title\n\nBody.\n", defaults={"published": dt.date(1, 1, 1)})
    assert document.published is None
    assert document.warnings


# Search: normalised first, then capped; bounded database work.


def test_search_normalises_before_it_caps_the_query(client, world):
    response = client.get("/search/", {"q": "\ufdfa" * 200})
    assert response.status_code == 200
    assert len(response.context["query"]) <= 200


def test_a_search_key_is_folded_then_capped_and_long_keys_skip_trigrams(world):
    from entities.models import MAX_SEARCH_KEY, MAX_TRIGRAM_KEY

    sql = str(Person.objects.search("\ufdfa" * 200).query)
    assert "%>" not in sql and "word_similarity" not in sql.lower()
    assert MAX_TRIGRAM_KEY < MAX_SEARCH_KEY
    assert list(Person.objects.search("patrushev " * 30)) == []
    assert [p.name for p in Person.objects.search("patrushev")] == ["Nikolai Patrushev"]


def test_search_drops_controls_and_invisible_characters_from_the_query(client, world):
    response = client.get("/search/", {"q": "patru\u200bshev\x1b\u202e"})
    assert response.context["query"] == "patrushev"
    assert "Nikolai Patrushev" in response.text


@pytest.mark.django_db(transaction=True)
def test_a_search_that_runs_past_the_statement_timeout_answers_with_a_notice(client):
    factories.seed_world()
    with (
        override_settings(NEWSDESK_SEARCH_TIMEOUT_MS=1),
        mock.patch("entities.views._search_results", side_effect=_sleep_in_database),
    ):
        response = client.get("/search/", {"q": "patrushev"})
    assert response.status_code == 200
    assert "took too long" in response.text


def _sleep_in_database(request, query):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(1)")
    return {}


# Logins: locked by account and by address; the address from trusted proxies only.


def _login(client, username, address, forwarded=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(reverse("admin:login"), {"username": username, "password": "wrong"}, **extra)


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password="right-password-123", is_staff=True)


def test_guessing_one_account_from_many_addresses_is_locked(client, editor):
    for n in range(5):
        _login(client, "editor", f"198.51.100.{n}")
    response = _login(client, "editor", "198.51.100.99")
    assert response.status_code == 429
    assert "Sign-in temporarily locked" in response.text
    ok = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "right-password-123"},
        REMOTE_ADDR="198.51.100.200",
    )
    assert ok.status_code == 429


def test_one_address_trying_many_accounts_is_locked(client, editor):
    for n in range(5):
        _login(client, f"nobody{n}", "203.0.113.7")
    assert _login(client, "editor", "203.0.113.7").status_code == 429
    # Another address can still sign in to that account.
    ok = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "right-password-123"},
        REMOTE_ADDR="203.0.113.8",
    )
    assert ok.status_code == 302


@override_settings(NEWSDESK_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_client_is_counted_under_its_own_address(client, editor):
    for n in range(5):
        _login(client, f"nobody{n}", "10.0.0.1", forwarded="203.0.113.7")
    assert _login(client, "someone", "10.0.0.1", forwarded="203.0.113.7").status_code == 429
    ok = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "right-password-123"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.1",
    )
    assert ok.status_code == 302


@pytest.mark.parametrize(
    ("remote", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.7", "1.2.3.4", [], "203.0.113.7"),  # no proxies trusted: header ignored
        ("203.0.113.7", "1.2.3.4", ["10.0.0.0/8"], "203.0.113.7"),  # not from the proxy
        ("10.0.0.1", "198.51.100.1", ["10.0.0.0/8"], "198.51.100.1"),
        ("10.0.0.1", "1.2.3.4, 198.51.100.1", ["10.0.0.0/8"], "198.51.100.1"),  # forged left part
        ("10.0.0.1", "198.51.100.1, 10.0.0.2", ["10.0.0.0/8"], "198.51.100.1"),  # two proxies
        ("10.0.0.1", "not-an-address", ["10.0.0.0/8"], "10.0.0.1"),
        ("10.0.0.1", "", ["10.0.0.0/8"], "10.0.0.1"),
    ],
)
def test_the_client_address_comes_from_x_forwarded_for_only_through_trusted_proxies(
    remote, forwarded, trusted, expected
):
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(NEWSDESK_TRUSTED_PROXIES=trusted):
        assert proxies.client_ip(request) == expected


# Database faults on the web side.


def _database_down():
    return mock.patch.object(connections["default"], "cursor", side_effect=OperationalError("server closed"))


def test_a_database_outage_answers_503_with_a_short_page(client, world, caplog):
    url = world["article"].get_absolute_url()
    with _database_down(), caplog.at_level(logging.ERROR, logger="newsdesk.middleware"):
        response = client.get(url)
    assert response.status_code == 503
    assert "Temporarily unavailable" in response.text
    assert response.headers["Retry-After"]
    assert any(r.exc_info for r in caplog.records), "the outage is logged with its traceback"


def test_the_500_handler_answers_503_for_a_database_error_outside_a_view(rf):
    from newsdesk.views import server_error

    try:
        raise OperationalError("lost")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503


def test_healthz_answers_ok_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.text == "ok\n"


def test_healthz_answers_503_when_the_database_is_down(client, db):
    with _database_down():
        response = client.get("/healthz")
    assert response.status_code == 503


def test_connections_are_health_checked():
    from django.conf import settings

    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


# The production path.


@pytest.mark.parametrize(("raw", "value"), [("1", True), ("off", False), (" Yes ", True), ("FALSE", False)])
def test_envbool_reads_the_usual_spellings(monkeypatch, raw, value):
    from newsdesk.settings import envbool

    monkeypatch.setenv("NEWSDESK_TEST_FLAG", raw)
    assert envbool("NEWSDESK_TEST_FLAG", "0") is value


@pytest.mark.parametrize("raw", ["Flase", "enabled", "2", ""])
def test_envbool_refuses_anything_else_naming_the_variable(monkeypatch, raw):
    from newsdesk.settings import envbool

    monkeypatch.setenv("NEWSDESK_TEST_FLAG", raw)
    with pytest.raises(ImproperlyConfigured, match="NEWSDESK_TEST_FLAG"):
        envbool("NEWSDESK_TEST_FLAG", "0")


def test_envint_refuses_a_non_number_naming_the_variable(monkeypatch):
    from newsdesk.settings import envint

    monkeypatch.setenv("NEWSDESK_TEST_NUMBER", "5k")
    with pytest.raises(ImproperlyConfigured, match="NEWSDESK_TEST_NUMBER"):
        envint("NEWSDESK_TEST_NUMBER", 5)


def test_a_debug_off_server_without_collected_static_files_says_why(tmp_path, settings):
    from newsdesk.staticcheck import require_collected_static

    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with pytest.raises(ImproperlyConfigured, match="collectstatic"):
        require_collected_static()
    (tmp_path / "staticfiles.json").write_text('{"paths": {}, "version": "1.1"}')
    require_collected_static()


# Text hygiene.


def test_a_stray_byte_in_a_utf8_file_is_refused_with_its_offset():
    data = "José Martínez said ".encode() + b"\xff" + b" hello.\n\nBody."
    with pytest.raises(DocumentError, match="byte 21 is 0xff"):
        read_document(data)


def test_a_cp1252_file_is_still_read_when_it_holds_no_utf8_sequence():
    document = read_document("Café talks\n\nThey met “here”.".encode("cp1252"))
    assert document.title == "Café talks"


def test_a_nul_byte_after_the_first_64_kb_is_refused():
    data = b"Title\n\n" + b"word " * 20_000 + b"\x00 more"
    with pytest.raises(DocumentError, match="NUL byte at byte"):
        read_document(data)


def test_escape_sequences_and_control_characters_are_stripped_everywhere():
    data = b"Ti\x1b[31mtle\x1b[0m\x07\n\n" + b"word " * 20_000 + b"end\x1b]\x08 \x7f\x85here.\n"
    document = read_document(data)
    assert document.title == "Title"
    assert not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in document.text)


def test_bidi_overrides_and_zero_width_characters_are_removed_from_the_text():
    data = "Lav\u200brov met W\u202eang\u202c\n\nSergey\u2066 Lavrov\u2069 met Wang\ufeff Yi.\u200d".encode()
    document = read_document(data)
    assert document.title == "Lavrov met Wang"
    assert document.body == "Sergey Lavrov met Wang Yi."


def test_a_title_from_the_manifest_is_cleaned_too():
    document = read_document(
        b"Body only.\n", defaults={"title": "Bad\x1b[2J \u202etitle", "source": "A\x00B"}
    )
    assert document.title == "Bad title"
    assert document.source == "AB"


def test_february_30_in_front_matter_gives_a_warning_not_silence():
    document = read_document(b"---\npublished: 2019-02-30\n---\nTitle\n\nBody.\n")
    assert document.published is None
    assert any("2019-02-30" in w and "day is out of range" in w for w in document.warnings)


def test_a_text_longer_than_the_language_model_reads_is_refused_before_it():
    with pytest.raises(DocumentError, match="longer than 1,000,000 characters"):
        read_document(b"Title\n\n" + b"word " * 200_001, max_bytes=2_000_000)
    with pytest.raises(DocumentError, match="longer than 50 characters"):
        read_document(b"Title\n\n" + b"x" * 100, max_chars=50)


# Admin: form errors, not 500s.


def test_adding_a_person_whose_name_exists_gives_a_form_error(admin_client, db):
    Person.objects.create(name="Wang Yi", slug="wang-yi")
    response = admin_client.post(
        reverse("admin:entities_person_add"),
        {
            "name": "Wang  Yi",
            "names-TOTAL_FORMS": "0",
            "names-INITIAL_FORMS": "0",
            "roles-TOTAL_FORMS": "0",
            "roles-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.text
    assert Person.objects.filter(name__startswith="Wang").count() == 1


@pytest.mark.parametrize("since", ["2019-02-30", "9999-99-99", "²", "2019-13-01"])
def test_the_review_page_reads_an_impossible_since_date_as_the_last_week(admin_client, db, since):
    response = admin_client.get(reverse("admin:entities_meeting_review"), {"since": since, "page": "²"})
    assert response.status_code == 200


@pytest.mark.parametrize("aliases", ["[1, 2]", '{"a": "b"}', '"Russian"', '[["x"]]', '[""]'])
def test_non_string_country_aliases_give_a_form_error(admin_client, db, aliases):
    response = admin_client.post(
        reverse("admin:entities_country_add"), {"code": "ZZ", "name": "Zedland", "aliases": aliases}
    )
    assert response.status_code == 200
    assert "Aliases are a list of names" in response.text or "1 to 100 characters" in response.text
    assert not Country.objects.filter(code="ZZ").exists()


def test_string_country_aliases_are_saved(admin_client, db):
    response = admin_client.post(
        reverse("admin:entities_country_add"),
        {"code": "ZZ", "name": "Zedland", "aliases": '["Zed",  "Zedlandish "]'},
    )
    assert response.status_code == 302
    assert Country.objects.get(code="ZZ").aliases == ["Zed", "Zedlandish"]


# Date overflow: a misread date never costs the article.


@pytest.mark.parametrize(
    ("phrase", "published", "dateline"),
    [
        ("99999999999 days ago", dt.date(2020, 1, 1), None),
        ("tomorrow", None, dt.date(9999, 12, 31)),
        ("yesterday", dt.date(1, 1, 1), None),
    ],
)
def test_a_date_past_the_calendar_is_left_unresolved(phrase, published, dateline):
    from extraction import dates

    assert dates.resolve(phrase, published=published, dateline=dateline) == (None, "", None)


@pytest.mark.parametrize(
    "header", ["published: 0001-01-01", "published: 9999-12-31", "url: javascript:alert(1)"]
)
def test_extract_reads_an_article_with_a_bad_date_or_url_and_says_so(tmp_path, header, nlp):
    import io
    import json

    from django.core.management import call_command

    path = tmp_path / "story.txt"
    path.write_text(
        f"---\n{header}\n---\nLavrov meets Wang\n\nMOSCOW, 9999-12-31 - Sergey Lavrov met Wang Yi "
        "tomorrow and 99999999999 days ago.\n"
    )
    out, err = io.StringIO(), io.StringIO()
    call_command("extract", str(path), stdout=out, stderr=err)
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["published"] is None and row["title"] == "Lavrov meets Wang"
    assert header.split(":")[1].strip()[:10] in err.getvalue()


def test_a_trusted_proxy_that_is_not_an_address_is_refused_naming_the_variable(monkeypatch):
    from newsdesk.settings import envnetworks

    monkeypatch.setenv("NEWSDESK_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    assert envnetworks("NEWSDESK_TRUSTED_PROXIES") == ["127.0.0.1", "10.0.0.0/8"]
    monkeypatch.setenv("NEWSDESK_TRUSTED_PROXIES", "127.0.0.1,nginx")
    with pytest.raises(ImproperlyConfigured, match="NEWSDESK_TRUSTED_PROXIES: 'nginx'"):
        envnetworks("NEWSDESK_TRUSTED_PROXIES")
