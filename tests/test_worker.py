"""Large uploads: stored as a batch, ingested by the background worker (`manage.py db_worker`)."""

import os
import subprocess
import sys

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

import ingest.models
from articles.models import Article
from bench.db import database_url
from ingest.models import UploadBatch, UploadStatus
from ingest.sources import Source

# Each starts real processes (the worker, a Django server or a subprocess).
pytestmark = pytest.mark.slow

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_worker() -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url(), "DEBUG": "1", "LOG_LEVEL": "INFO"}
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker shares a PostgreSQL database")
def test_a_large_upload_is_ingested_by_a_real_worker_process(transactional_db, upload, wire_story, settings):
    settings.NEWSDESK_INLINE_UPLOAD_FILES = 2
    earlier = upload(("earlier.txt", wire_story(100).encode()))
    assert earlier.status_code == 200
    files = [(f"{n}.txt", wire_story(n).encode()) for n in range(4)]
    response = upload(*files, ("empty.txt", b""), ("earlier-again.txt", wire_story(100).encode()))
    batch = UploadBatch.objects.latest("pk")
    assert batch.status == UploadStatus.QUEUED
    assert Article.objects.count() == 1
    assert "6 waiting" in response.content.decode()

    finished = run_worker()
    assert finished.returncode == 0, finished.stderr[-3000:]

    batch.refresh_from_db()
    assert batch.status == UploadStatus.DONE, batch.error
    assert batch.progress()["waiting"] == 0 and batch.total == 6
    assert batch.finished_at is not None
    statuses = list(batch.files.values_list("status", flat=True))
    assert statuses == ["created"] * 4 + ["failed", "skipped"]
    assert Article.objects.count() == 5
    assert DBTaskResult.objects.get(pk=batch.task_id).status == "SUCCESSFUL"
    # Uploaded bytes are not kept once read.
    assert all(bytes(data) == b"" for data in batch.files.values_list("data", flat=True))


def test_a_batch_that_stops_half_way_says_why_and_finishes_when_run_again(db, nlp, wire_story, monkeypatch):
    batch = UploadBatch.objects.create(total=0)
    batch.add_files([Source(f"{n}.txt", wire_story(n).encode()) for n in range(3)])
    real_ingest = ingest.models.ingest

    def crash_after_first(sources, **kwargs):
        results = real_ingest(sources, **kwargs)
        yield next(results)
        raise MemoryError("the worker ran out of memory")

    monkeypatch.setattr(ingest.models, "ingest", crash_after_first)
    with pytest.raises(MemoryError):
        batch.run()
    batch.refresh_from_db()
    assert batch.status == UploadStatus.FAILED
    assert "ran out of memory" in batch.error
    # Ingest stores a chunk, makes it durable, then reports it: one file was reported when the
    # worker died, and the other two are stored but not yet reported.
    assert batch.progress()["created"] == 1 and batch.progress()["waiting"] == 2

    monkeypatch.setattr(ingest.models, "ingest", real_ingest)
    batch.run()
    assert batch.status == UploadStatus.DONE
    assert batch.progress() == {"created": 1, "updated": 0, "skipped": 2, "failed": 0, "waiting": 0}
    assert Article.objects.count() == 3  # each text stored once
    assert all(batch.files.values_list("article", flat=True))


def test_the_task_runs_the_batch_it_is_given(db, nlp, wire_story):
    from ingest.tasks import ingest_upload

    batch = UploadBatch.objects.create()
    batch.add_files([Source("a.txt", wire_story(1).encode())])
    assert ingest_upload.call(batch.pk) == {"batch": batch.pk, "files": 1}
    assert Article.objects.count() == 1
