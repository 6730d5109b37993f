"""`ingest --enqueue` and any number of real `db_worker` processes store exactly what one
process does."""

import subprocess
import sys

import pytest
from django.core.management import call_command
from django.db import connection

from articles.models import Article
from bench.db import database_url
from entities.models import Country, Meeting, Person, PersonName
from ingest.models import UploadBatch, UploadStatus
from ingest.run import ingest
from ingest.sources import sources_from_paths
from tests.conftest import ROOT, SAMPLES

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the workers share a PostgreSQL database"),
]


def snapshot() -> dict:
    """What the pages show, independent of row ids and of the order articles were read in."""
    return {
        "articles": sorted(Article.objects.values_list("content_hash", "title", "published", "slug")),
        "people": sorted(
            Person.objects.values_list("name", "country_id", "article_count", "meeting_count", "slug")
        ),
        "names": sorted(PersonName.objects.values_list("person__name", "name")),
        "countries": sorted(Country.objects.values_list("code", "article_count", "meeting_count")),
        "meetings": sorted(
            (
                tuple(sorted(m.participant_rows.values_list("person__name", flat=True))),
                tuple(sorted(m.side_rows.values_list("country_id", flat=True))),
                m.kind,
                m.status,
                m.place,
                str(m.date),
                m.report_count,
            )
            for m in Meeting.objects.all()
        ),
    }


def empty_the_database() -> None:
    for model in (Meeting, Article, Person, Country):
        model.objects.all().delete()


def start_worker() -> subprocess.Popen:
    env = {"DATABASE_URL": database_url(), "DEBUG": "1", "PATH": "/usr/bin:/bin"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_two_queue_workers_store_exactly_what_one_process_stores(transactional_db, nlp):
    assert all(r.status == "created" for r in ingest(sources_from_paths([SAMPLES])))
    one_process = snapshot()
    empty_the_database()

    call_command("ingest", str(SAMPLES), "--enqueue", "--files-per-task", "6")
    workers = [start_worker() for _ in range(2)]
    logs = [worker.communicate(timeout=600)[0] for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), logs

    batch = UploadBatch.objects.get()
    assert batch.status == UploadStatus.DONE
    assert batch.progress()["created"] == batch.total == len(one_process["articles"])
    assert snapshot() == one_process


def redis_answers() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {"DATABASE_URL": database_url(), "DEBUG": "1", "PATH": "/usr/bin:/bin", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_same_tasks_run_on_redis_with_a_real_rq_worker(transactional_db, nlp):
    if not redis_answers():
        pytest.skip(
            "no Redis on 127.0.0.1:6379: the RQ backend test needs one (apt-get install redis-server)"
        )
    assert all(r.status == "created" for r in ingest(sources_from_paths([SAMPLES])))
    one_process = snapshot()
    empty_the_database()

    rq = {"TASKS_BACKEND": "django_tasks_rq.RQBackend", "REDIS_URL": "redis://127.0.0.1:6379/15"}
    queued = manage("ingest", str(SAMPLES), "--enqueue", "--files-per-task", "10", **rq)
    assert queued.returncode == 0, queued.stderr
    worked = manage("rqworker", "--burst", "--job-class", "django_tasks_rq.Job", "default", **rq)
    assert worked.returncode == 0, worked.stderr[-3000:]

    assert UploadBatch.objects.get().status == UploadStatus.DONE
    assert snapshot() == one_process
