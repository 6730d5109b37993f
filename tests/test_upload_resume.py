"""Upload batches survive their runners: a dead worker's batch shows as stale and resumes exactly
the unread files; runners side by side never read a file twice."""

import datetime as dt
import threading

import pytest
from django.contrib.auth.models import Permission, User
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from ingest.models import MAX_ATTEMPTS, UploadBatch, UploadFile, UploadStatus
from ingest.sources import Source

LONG_AGO = timezone.now() - dt.timedelta(hours=1)


def batch_of(wire_story, n: int) -> UploadBatch:
    batch = UploadBatch.objects.create()
    batch.add_files([Source(f"{k}.txt", wire_story(k).encode()) for k in range(n)])
    return batch


def test_a_batch_whose_worker_died_is_stale_and_resumes_only_the_unread_files(db, nlp, wire_story):
    batch = batch_of(wire_story, 3)
    first, held, _ = batch.files.order_by("position")
    UploadFile.objects.filter(pk=first.pk).update(status="created", data=b"")
    UploadFile.objects.filter(pk=held.pk).update(status="reading", claimed_at=LONG_AGO, attempts=1)
    UploadBatch.objects.filter(pk=batch.pk).update(status=UploadStatus.RUNNING, heartbeat_at=LONG_AGO)
    batch.refresh_from_db()
    assert batch.is_stale

    batch.run()
    assert batch.status == UploadStatus.DONE and not batch.is_stale
    assert Article.objects.count() == 2  # the first file was read before the worker died
    assert batch.progress() == {"created": 3, "updated": 0, "skipped": 0, "failed": 0, "waiting": 0}


def test_a_file_whose_reader_died_again_and_again_fails_instead_of_holding_up_the_batch(db, nlp, wire_story):
    batch = batch_of(wire_story, 2)
    poison = batch.files.get(position=0)
    UploadFile.objects.filter(pk=poison.pk).update(
        status="reading", claimed_at=LONG_AGO, attempts=MAX_ATTEMPTS
    )
    batch.run()
    poison.refresh_from_db()
    assert poison.status == "failed" and "stopped 3 times" in poison.message
    assert batch.progress()["created"] == 1 and batch.status == UploadStatus.DONE


@pytest.mark.slow
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks with SKIP LOCKED")
def test_two_runners_at_once_read_every_file_exactly_once(transactional_db, nlp, wire_story):
    batch = batch_of(wire_story, 20)
    errors = []

    def runner():
        try:
            UploadBatch.objects.get(pk=batch.pk).run()
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=runner) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not errors
    assert Article.objects.count() == 20
    assert batch.progress() == {"created": 20, "updated": 0, "skipped": 0, "failed": 0, "waiting": 0}
    assert set(UploadFile.objects.values_list("attempts", flat=True)) == {1}


def test_files_past_the_upload_total_are_refused_not_stored(db, wire_story):
    batch = UploadBatch.objects.create()
    sources = [Source(f"{k}.txt", wire_story(k).encode()) for k in range(3)]
    batch.add_files(iter(sources), max_bytes=len(sources[0].data) + 10)
    files = list(batch.files.order_by("position"))
    assert [bool(f.error) for f in files] == [False, True, True]
    assert "bytes in all" in files[1].error and bytes(files[1].data) == b""


def test_an_uploader_who_may_only_add_articles_sees_their_own_report(db, client, nlp, wire_story):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    client.force_login(user)
    batch = UploadBatch.objects.create(created_by=user)
    assert client.get(reverse("admin:articles_article_upload_report", args=[batch.pk])).status_code == 200
    someone_elses = UploadBatch.objects.create()
    assert (
        client.get(reverse("admin:articles_article_upload_report", args=[someone_elses.pk])).status_code
        == 403
    )


def test_a_stale_batch_can_be_resumed_from_its_report(admin_client, db, wire_story, settings):
    batch = batch_of(wire_story, 1)
    UploadBatch.objects.filter(pk=batch.pk).update(status=UploadStatus.RUNNING, heartbeat_at=LONG_AGO)
    url = reverse("admin:articles_article_upload_report", args=[batch.pk])
    assert "Resume" in admin_client.get(url).content.decode()
    admin_client.post(url, {"resume": "1"})
    batch.refresh_from_db()
    assert batch.task_id


def test_one_long_article_is_read_by_the_worker_not_in_the_request(upload, wire_story, settings):
    settings.NEWSDESK_INLINE_UPLOAD_BYTES = 10_000
    response = upload(("long.txt", wire_story(1, extra="More words follow. " * 1_000).encode()))
    assert response.status_code == 200
    assert UploadBatch.objects.get().status == UploadStatus.QUEUED
    assert Article.objects.count() == 0
