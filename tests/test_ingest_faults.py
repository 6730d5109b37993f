"""Ingest under faults: one bad file fails alone, lost connections and dead workers are survived,
a concurrent run or merge loses nothing."""

import os
import threading
import time

import pytest
from django.db import OperationalError, connection, transaction

from articles.models import Article
from entities.models import Person, PersonMention, PersonName
from extraction import parallel
from extraction.document import read_document
from ingest.run import SKIPPED, _Pending, _store_one, ingest, reconnecting
from ingest.sources import Source, sources_from_paths
from ingest.store import Batch
from ingest.uploads import display_name


def test_a_text_spacy_refuses_fails_alone_and_the_rest_of_its_chunk_is_stored(db, nlp, wire_story):
    limit = nlp.max_length
    nlp.max_length = 5_000
    try:
        texts = [wire_story(1), wire_story(2, extra="Words. " * 1_000), wire_story(3)]
        results = list(ingest([Source(f"{n}.txt", t.encode()) for n, t in enumerate(texts)]))
    finally:
        nlp.max_length = limit
    assert [r.status for r in results] == ["created", "failed", "created"]
    assert "could not be parsed" in results[1].message


def test_a_folder_named_like_an_article_and_a_broken_link_fail_alone(tmp_path, wire_story):
    (tmp_path / "a.txt").write_text(wire_story(1))
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    sources = {s.name.rsplit("/", 1)[-1]: s for s in sources_from_paths([tmp_path])}
    assert not sources["a.txt"].error
    assert sources["folder.txt"].error.startswith("cannot read the file")
    assert sources["gone.txt"].error.startswith("cannot read the file")


def test_a_text_another_run_stored_meanwhile_counts_as_skipped(db, nlp, wire_story):
    from extraction.pipeline import extract

    document = read_document(wire_story(1).encode())
    item = _Pending(Source("late.txt", b""), document, Article.hash_text(document.text))
    (first,) = ingest([Source("early.txt", wire_story(1).encode())])
    result = _store_one(item, extract(document, nlp=nlp), Batch())
    assert result.status == SKIPPED
    assert result.article == first.article
    assert "at the same time" in result.message


def test_a_lost_database_connection_is_retried_on_a_fresh_one(transactional_db):
    calls = []

    def flaky():
        calls.append(connection.connection)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return Article.objects.count()

    assert reconnecting(flaky) == 0
    assert len(calls) == 2


def test_a_very_long_article_name_keeps_its_suffix():
    name = display_name("x" * 300 + ".txt")
    assert name.endswith(".txt") and len(name) <= 250


@pytest.mark.slow
def test_a_worker_process_that_dies_fails_its_chunk_and_the_run_goes_on(monkeypatch):
    real = parallel.extract_parsed

    def die_on_poison(chunk, docs):
        if any(d is not None and d.title == "poison" for d in chunk):
            os._exit(9)  # as the OOM killer or kill -9 would
        return real(chunk, docs)

    monkeypatch.setattr(parallel, "extract_parsed", die_on_poison)  # forked workers inherit it
    from django.conf import settings

    from extraction.types import Document

    titles = ["one", "poison", "three", "four", "five", "six"]
    chunks = [[Document(title=t, body="Ministers met in Paris on Monday.")] for t in titles]
    outcomes = list(
        parallel.extract_chunks(iter(chunks), model_name=settings.NEWSDESK_SPACY_MODEL, processes=2)
    )
    assert isinstance(outcomes[1][0], parallel.Failure)
    assert "worker process died" in outcomes[1][0].message
    # The chunks in flight beside it were read again by a new pool, and so were the rest.
    assert all(isinstance(o[0], parallel.ArticleExtraction) for n, o in enumerate(outcomes) if n != 1)


@pytest.mark.slow
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks")
def test_a_merge_and_an_ingest_of_the_same_person_lose_no_mention(transactional_db, nlp):
    kept = Person.objects.create(name="Nikolai Patrushev", slug="nikolai-patrushev")
    duplicate = Person.objects.create(name="Nikolay Patrushev", slug="nikolay-patrushev")
    PersonName.objects.create(person=kept, name="Nikolai Patrushev")
    PersonName.objects.create(person=duplicate, name="Nikolay Patrushev")
    merging, errors = threading.Barrier(2), []

    def merge():
        try:
            with transaction.atomic():
                list(Person.objects.filter(pk__in=[kept.pk, duplicate.pk]).order_by("pk").select_for_update())
                merging.wait()
                time.sleep(1)  # the ingest reads the names meanwhile, then waits for the locks
                duplicate.merge_into(kept)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    def store():
        try:
            merging.wait()
            text = (
                "Security talks\n\nRussian Security Council Secretary Nikolay Patrushev met envoys in Moscow."
            )
            (result,) = ingest([Source("a.txt", text.encode())])
            assert result.status == "created", result.message
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=merge), threading.Thread(target=store)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert PersonMention.objects.filter(person=kept).count() == 1


def test_what_ingest_read_but_did_not_keep_is_reported_beside_the_article(db, nlp, wire_story):
    text = wire_story(1, front_matter="url: javascript:alert(1)//")
    (result,) = ingest([Source("a.txt", text.encode())])
    assert result.status == "created"
    assert "url" in result.message.lower()
    assert result.article.url == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="synchronous_commit is PostgreSQL's")
def test_a_chunk_is_reported_only_after_a_synchronous_commit(transactional_db, nlp, wire_story):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        results = ingest([Source(f"{n}.txt", wire_story(n).encode()) for n in range(3)])
        first = next(results)
        statements = [q["sql"] for q in queries.captured_queries]
        list(results)
    assert first.status == "created"
    # The chunk's flush ran before its first result was handed out.
    assert "SET synchronous_commit TO ON" in statements
    assert statements.index("SET synchronous_commit TO OFF") < statements.index(
        "SET synchronous_commit TO ON"
    )
