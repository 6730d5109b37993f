"""The admin upload page: files and zips in, a per-file report out, bad input never harmful."""

import io
import struct
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from articles.models import Article
from ingest.models import UploadBatch, UploadStatus
from ingest.uploads import Limits, expand_uploads

UPLOAD_URL = "/admin/articles/article/upload/"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
LIMITS = Limits(file_bytes=10_000, zip_members=5, zip_bytes=30_000)


def report_rows(response) -> list[str]:
    """The per-file report, one line of text per file."""
    html = response.content.decode()
    table = html.split('id="upload-report"', 1)[1].split("</table>", 1)[0]
    return [" ".join(row.split("<td", 1)[-1].replace("\n", " ").split()) for row in table.split("<tr>")[2:]]


def expand(*files: tuple[str, bytes], limits: Limits = LIMITS):
    return list(expand_uploads([(name, io.BytesIO(data)) for name, data in files], limits))


@pytest.fixture
def earlier_article(upload, wire_story):
    """An article stored before the upload under test: bad input must leave it alone."""
    response = upload(("earlier.txt", wire_story(100).encode()))
    assert response.status_code == 200
    return Article.objects.get()


def assert_still_there(article):
    assert Article.objects.filter(pk=article.pk, title=article.title, body=article.body).exists()


# Who may upload


def test_the_upload_page_is_the_path_the_brief_gives():
    assert reverse("admin:articles_article_upload") == UPLOAD_URL


def test_an_anonymous_visitor_is_sent_to_the_admin_login(client, db):
    response = client.get(UPLOAD_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    response = client.post(UPLOAD_URL, {"files": [io.BytesIO(b"x")]})
    assert response.status_code == 302
    assert UploadBatch.objects.count() == 0


def test_a_logged_in_user_who_is_not_staff_is_sent_to_the_admin_login(client, django_user_model):
    user = django_user_model.objects.create_user("reader", password="a long passphrase 42")
    client.force_login(user)
    response = client.get(UPLOAD_URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_without_the_add_article_permission_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("intern", password="a long passphrase 42", is_staff=True)
    client.force_login(user)
    assert client.get(UPLOAD_URL).status_code == 403


def test_an_upload_without_the_csrf_token_is_refused(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post(UPLOAD_URL, {"files": [io.BytesIO(b"Title\n\nBody")]})
    assert response.status_code == 403
    assert UploadBatch.objects.count() == 0


def test_the_admin_login_works_with_axes_and_locks_out_after_repeated_failures(client, admin_user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    login = "/admin/login/?next=/admin/"
    ok = client.post(login, {"username": admin_user.username, "password": "password"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    client.logout()
    for _ in range(3):
        client.post(login, {"username": admin_user.username, "password": "wrong"})
    locked = client.post(login, {"username": admin_user.username, "password": "password"})
    assert locked.status_code == 429


def test_the_article_list_links_to_the_upload_page(admin_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = admin_client.get("/admin/articles/article/")
    assert f'href="{UPLOAD_URL}"' in response.content.decode()


def test_the_upload_page_shows_the_form_in_bounded_queries(admin_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = admin_client.get(UPLOAD_URL)
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.content.decode()
    assert "csrfmiddlewaretoken" in response.content.decode()


def test_an_upload_with_no_file_shows_the_form_again_with_an_error(admin_client):
    response = admin_client.post(UPLOAD_URL, {"source": "Reuters"})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()


# Good uploads


def test_one_text_file_is_ingested_at_once_and_reported_with_links(upload, wire_story):
    response = upload(("talks.txt", wire_story(1).encode()))
    article = Article.objects.get()
    assert response.redirect_chain[-1][0] == UploadBatch.objects.get().get_report_url()
    (row,) = report_rows(response)
    assert "talks.txt" in row and "created" in row
    page = response.content.decode()
    assert reverse("admin:articles_article_change", args=[article.pk]) in page
    assert article.get_absolute_url() in page
    assert UploadBatch.objects.get().status == UploadStatus.DONE


def test_several_files_get_one_report_row_each_in_upload_order(upload, wire_story):
    response = upload(("a.txt", wire_story(1).encode()), ("b.txt", b""), ("c.txt", wire_story(3).encode()))
    rows = report_rows(response)
    assert [r.split()[0].lstrip(">").split("<")[0] for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert "created" in rows[0] and "failed" in rows[1] and "created" in rows[2]
    assert Article.objects.count() == 2


def test_a_file_uploaded_again_is_reported_as_a_duplicate_linking_to_the_stored_article(
    upload, wire_story, earlier_article
):
    response = upload(("again.txt", wire_story(100).encode()))
    (row,) = report_rows(response)
    assert "skipped" in row and "already stored as" in row
    assert reverse("admin:articles_article_change", args=[earlier_article.pk]) in row
    assert Article.objects.count() == 1


def test_upload_defaults_fill_in_source_and_date_but_front_matter_wins(upload, wire_story):
    upload(
        ("plain.txt", wire_story(1).encode()),
        ("dated.txt", wire_story(2, front_matter="published: 2020-02-02\nsource: Xinhua").encode()),
        source="Reuters",
        published="2024-03-06",
    )
    plain = Article.objects.get(title__endswith="round 1")
    dated = Article.objects.get(title__endswith="round 2")
    assert (plain.source, str(plain.published)) == ("Reuters", "2024-03-06")
    assert (dated.source, str(dated.published)) == ("Xinhua", "2020-02-02")


def test_a_zip_of_articles_is_unpacked_and_each_member_reported(upload, wire_story, make_zip):
    archive = make_zip({"desk/one.txt": wire_story(1).encode(), "two.txt": wire_story(2).encode()})
    response = upload(("batch.zip", archive))
    rows = report_rows(response)
    assert len(rows) == 2
    assert "batch.zip/desk/one.txt" in rows[0] and "created" in rows[0]
    assert "batch.zip/two.txt" in rows[1] and "created" in rows[1]
    assert Article.objects.count() == 2


def test_html_and_script_in_an_article_are_stored_as_text_and_shown_escaped(upload, wire_story, admin_client):
    hostile = wire_story(1, extra='<script>alert("x")</script> <b>bold</b> <img src=x onerror=alert(1)>')
    upload(("hostile.txt", hostile.encode()))
    article = Article.objects.get()
    assert '<script>alert("x")</script>' in article.body
    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert '<script>alert("x")' not in page
    assert "<img src=x" not in page


def test_a_large_upload_is_queued_for_the_worker_and_its_page_refreshes(
    admin_client, upload, wire_story, settings
):
    settings.NEWSDESK_INLINE_UPLOAD_FILES = 2
    files = [(f"{n}.txt", wire_story(n).encode()) for n in range(3)]
    response = upload(*files)
    batch = UploadBatch.objects.get()
    assert batch.status == UploadStatus.QUEUED and batch.total == 3
    assert Article.objects.count() == 0
    assert DBTaskResult.objects.filter(pk=batch.task_id, args_kwargs__args=[batch.pk]).exists()
    page = response.content.decode()
    assert '<meta http-equiv="refresh"' in page
    assert "3 waiting" in page


def test_the_report_page_runs_in_bounded_queries(
    admin_client, upload, wire_story, django_assert_max_num_queries
):
    upload(*[(f"{n}.txt", wire_story(n).encode()) for n in range(3)], ("empty.txt", b""))
    batch = UploadBatch.objects.get()
    with django_assert_max_num_queries(8):
        response = admin_client.get(batch.get_report_url())
    assert response.status_code == 200
    assert "3 created, 0 updated, 0 skipped, 1 failed" in " ".join(response.content.decode().split())


def test_uploaded_bytes_are_dropped_once_read_and_never_shown(admin_client, upload, wire_story):
    upload(("a.txt", wire_story(1).encode()))
    uploaded = UploadBatch.objects.get().files.get()
    assert bytes(uploaded.data) == b""
    page = admin_client.get(reverse("admin:ingest_uploadfile_change", args=[uploaded.pk])).content.decode()
    assert 'name="data"' not in page and "field-data" not in page


# Bad input: a clear message for that file, the others still go in, nothing stored is lost.

BAD_FILES = {
    "empty": ("empty.txt", b"", "the file is empty"),
    "blank": ("blank.txt", b"  \n\n \t ", "the file is empty"),
    "binary": ("blob.txt", bytes(range(256)) * 20, "binary file"),
    "image renamed .txt": ("photo.txt", PNG, "binary file"),
    "unknown encoding": (
        "tokyo.txt",
        "東京で外相会談が行われた。両外相は協力を確認した。".encode("shift_jis"),
        "save it as UTF-8",
    ),
    "utf-16 without a BOM": ("utf16.txt", "Lavrov met Wang Yi".encode("utf-16-le"), "not plain text"),
    "not a text file": ("notes.docx", b"PK\x03\x04whatever", "only .txt files"),
}


@pytest.mark.parametrize("bad", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_reported_and_the_rest_of_the_upload_still_goes_in(
    upload, wire_story, earlier_article, bad
):
    name, data, message = bad
    response = upload((name, data), ("good.txt", wire_story(1).encode()))
    bad_row, good_row = report_rows(response)
    assert name in bad_row and "failed" in bad_row and message in bad_row
    assert "created" in good_row
    assert_still_there(earlier_article)
    assert Article.objects.count() == 2


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all(
    upload, wire_story, earlier_article, settings
):
    settings.NEWSDESK_MAX_UPLOAD_BYTES = 5_000
    response = upload(
        ("huge.txt", wire_story(1).encode() + b"x" * 6_000), ("good.txt", wire_story(2).encode())
    )
    bad_row, good_row = report_rows(response)
    assert "failed" in bad_row and "larger than 5,000 bytes" in bad_row
    assert "created" in good_row
    assert_still_there(earlier_article)


BAD_MEMBERS = {
    "path traversal": ("../../etc/evil.txt", "paths leading out of the zip"),
    "absolute path": ("/etc/passwd.txt", "absolute paths"),
    "windows absolute path": ("C:/Windows/evil.txt", "absolute paths"),
    "nested zip": ("inner.zip", "zips inside a zip"),
    "not a .txt member": ("picture.png", "not a .txt file"),
}


@pytest.mark.parametrize("bad", BAD_MEMBERS.values(), ids=BAD_MEMBERS.keys())
def test_a_bad_zip_member_is_refused_and_the_other_members_go_in(
    upload, wire_story, make_zip, earlier_article, bad
):
    member, message = bad
    archive = make_zip({member: wire_story(7).encode(), "good.txt": wire_story(1).encode()})
    response = upload(("batch.zip", archive))
    bad_row, good_row = report_rows(response)
    assert "failed" in bad_row and message in bad_row
    assert "created" in good_row
    assert_still_there(earlier_article)
    assert not Article.objects.filter(title__endswith="round 7").exists()


def test_a_zip_with_too_many_members_is_refused_whole(
    upload, wire_story, make_zip, earlier_article, settings
):
    settings.NEWSDESK_MAX_ZIP_MEMBERS = 3
    archive = make_zip({f"{n}.txt": wire_story(n).encode() for n in range(4)})
    response = upload(("many.zip", archive), ("good.txt", wire_story(50).encode()))
    zip_row, good_row = report_rows(response)
    assert "holds 4 files; at most 3" in zip_row
    assert "created" in good_row
    assert_still_there(earlier_article)
    assert Article.objects.count() == 2


def test_a_zip_bomb_is_refused_from_its_declared_size(upload, make_zip, earlier_article, settings):
    settings.NEWSDESK_MAX_ZIP_BYTES = 1_000_000
    archive = make_zip({f"{n}.txt": b"0" * 900_000 for n in range(3)})
    assert len(archive) < 20_000
    response = upload(("bomb.zip", archive))
    (row,) = report_rows(response)
    assert "failed" in row and "expands to 2,700,000 bytes" in row
    assert_still_there(earlier_article)


def test_a_file_that_is_not_really_a_zip_is_reported(upload, earlier_article):
    response = upload(("fake.zip", b"this is not a zip at all"))
    (row,) = report_rows(response)
    assert "failed" in row and "not a readable zip" in row
    assert_still_there(earlier_article)


# The zip reader on its own (no database).


def test_zip_members_are_read_within_the_per_file_limit():
    archive = _zip({"big.txt": b"a" * 20_000, "small.txt": b"hello"})
    big, small = expand(
        ("z.zip", archive), limits=Limits(file_bytes=10_000, zip_members=5, zip_bytes=100_000)
    )
    assert "larger than 10,000 bytes" in big.error and big.data == b""
    assert small.data == b"hello" and not small.error


def test_a_zip_lying_about_its_sizes_is_not_inflated_past_the_limit():
    # Declares 10 bytes per member in both headers but holds 9,000 (deflated to almost nothing).
    archive = _lying_zip({f"{n}.txt": b"b" * 9_000 for n in range(4)}, declared=10)
    results = expand(("liar.zip", archive), limits=Limits(file_bytes=10_000, zip_members=5, zip_bytes=20_000))
    assert len(results) == 4
    assert all(r.error for r in results)
    assert sum(len(r.data) for r in results) <= 20_000


def test_the_budget_across_members_stops_a_bomb_that_declares_nothing():
    archive = _zip({f"{n}.txt": b"c" * 9_000 for n in range(4)})
    limits = Limits(file_bytes=10_000, zip_members=5, zip_bytes=20_000)
    # What the declared sizes say is caught first...
    (refused,) = expand(("z.zip", archive), limits=limits)
    assert "expands to 36,000 bytes" in refused.error
    # ...and reading itself is capped too, should the declared sizes be small.
    results = expand(
        ("z.zip", _lying_zip({f"{n}.txt": b"c" * 9_000 for n in range(4)}, declared=1)), limits=limits
    )
    assert sum(len(r.data) for r in results) <= limits.zip_bytes


def test_macos_clutter_in_a_zip_is_ignored_silently():
    archive = _zip({"__MACOSX/._a.txt": b"\x00\x05", "a.txt": b"Title\n\nBody", ".DS_Store": b"\x00"})
    (only,) = expand(("mac.zip", archive))
    assert only.name == "mac.zip/a.txt" and only.data == b"Title\n\nBody"


def test_names_sent_with_a_path_or_control_characters_are_shown_plainly():
    (source,) = expand(("C:\\Users\\me\\bad\x00name.txt", b"x"))
    assert source.name == "bad?name.txt"


def test_an_encrypted_zip_member_is_refused():
    data = bytearray(_zip({"secret.txt": b"Title\n\nBody"}, compression=zipfile.ZIP_STORED))
    # Set the "encrypted" flag in the local and central headers.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    (source,) = expand(("locked.zip", bytes(data)))
    assert "encrypted" in source.error


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _lying_zip(members: dict[str, bytes], *, declared: int) -> bytes:
    """A zip whose headers understate each member's uncompressed size."""
    data = bytearray(_zip(members))
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (at := data.find(signature, start)) != -1:
            struct.pack_into("<I", data, at + offset, declared)
            start = at + 4
    return bytes(data)
