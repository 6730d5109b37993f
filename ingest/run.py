"""Run ingest: read sources, extract them (in a thread or worker processes) and store each one.

The one code path behind `manage.py ingest`, the admin upload and the background worker. Each article
is stored in its own transaction, so one bad file never loses the others, and re-ingesting the same
text is a no-op unless `update=True`.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import DatabaseError, IntegrityError, InterfaceError, OperationalError, connection, transaction

from articles.models import Article
from extraction.document import read_document
from extraction.types import (
    ArticleExtraction,
    Document,
    DocumentError,
)
from ingest.sources import Source
from ingest.store import Batch, store

log = logging.getLogger(__name__)

CREATED, UPDATED, SKIPPED, FAILED = "created", "updated", "skipped", "failed"


@dataclass
class IngestResult:
    name: str
    status: str
    article: Article | None = None
    message: str = ""


@dataclass
class _Pending:
    source: Source
    document: Document | None = None
    content_hash: str = ""
    existing: Article | None = None
    result: IngestResult | None = None


def ingest(
    sources: Iterable[Source],
    *,
    update: bool = False,
    defaults: dict | None = None,
    batch_size: int | None = None,
    n_process: int = 1,
) -> Iterator[IngestResult]:
    """Read, extract and store each source; yields one result per source, in order.

    With `n_process` > 1, worker processes parse and extract while this process stores.
    """
    # Deferred: the pipeline imports spaCy, which the web processes that import this module (the
    # upload page) need not load until an upload is read.
    from extraction.parallel import Failure, extract_chunks

    batch_size = batch_size or default_batch_size(n_process)

    seen: set[str] = set()
    prepared = (_prepare(source, defaults=defaults, seen=seen) for source in sources)
    chunks = (_look_up_stored(chunk, update=update) for chunk in _chunked(prepared, batch_size))
    items: deque[list[_Pending]] = deque()

    def documents():
        # Files that need no NLP (failed, duplicates) travel as None and keep their place.
        for chunk in chunks:
            items.append(chunk)
            yield [item.document if item.result is None else None for item in chunk]

    outcomes = extract_chunks(
        documents(), model_name=settings.NEWSDESK_SPACY_MODEL, processes=n_process, batch_size=batch_size
    )
    batch = Batch()
    with _durable_per_chunk() as flush:
        for extracted in outcomes:
            reconnecting(batch.start_chunk, [e for e in extracted if isinstance(e, ArticleExtraction)])
            results = []
            for item, outcome in zip(items.popleft(), extracted, strict=True):
                if item.result is not None:
                    results.append(item.result)
                elif isinstance(outcome, Failure):
                    message = f"extraction failed: {outcome.message}"
                    results.append(IngestResult(item.source.name, FAILED, message=message))
                else:
                    results.append(_store_one(item, outcome, batch))
            flush()  # nothing is reported stored before it is on disk
            yield from results


@contextlib.contextmanager
def _durable_per_chunk():
    """Each article commits without waiting for the disk; one synchronous commit per chunk then
    waits for all of them (it flushes the log up to itself), before their results are reported.

    A crash may lose the last chunk's articles, but never one reported as stored: the run is simply
    repeated (stored texts are skipped). One disk flush per chunk instead of one per article.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        yield lambda: None
        return

    def flush() -> None:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO ON")
            with transaction.atomic():
                cursor.execute("SELECT pg_current_xact_id()")  # a commit record to wait for
            cursor.execute("SET synchronous_commit TO OFF")

    reconnecting(_set_asynchronous_commits)
    try:
        yield lambda: reconnecting(flush)
    finally:
        # A broken connection takes the setting with it.
        with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def _set_asynchronous_commits() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")


def default_batch_size(processes: int) -> int:
    # Several workers are best fed smaller chunks: none of them idles long at the end of a run.
    return 32 if processes <= 1 else 16


def _store_one(item: _Pending, extraction: ArticleExtraction, batch: Batch) -> IngestResult:
    name = item.source.name
    for attempt in range(1, CONFLICT_TRIES + 1):
        try:
            article = reconnecting(
                store, extraction, content_hash=item.content_hash, existing=item.existing, batch=batch
            )
            # What was read but not kept (a script URL, an impossible date) is said beside it.
            warnings = "; ".join(item.document.warnings)
            return IngestResult(name, UPDATED if item.existing else CREATED, article, warnings)
        except IntegrityError:
            # Another run stored the same text a moment ago (its content hash is unique)...
            if not item.existing and (
                stored := Article.objects.filter(content_hash=item.content_hash).first()
            ):
                return IngestResult(name, SKIPPED, stored, "already ingested (by a run at the same time)")
            # ...or the same new person or country: read again, this article finds theirs.
            log.warning("%s conflicted with a concurrent run (attempt %d)", name, attempt, exc_info=True)
        except Exception as error:  # one article's failure must not stop the batch; store() rolled back
            log.exception("could not store %s", name)
            return IngestResult(name, FAILED, message=f"could not be stored: {type(error).__name__}: {error}")
    return IngestResult(name, FAILED, message="could not be stored: it kept conflicting with concurrent runs")


# Stores that collide with a concurrent run's new rows are tried again this many times.
CONFLICT_TRIES = 3

# A lost database connection (a restart, a failover, an idle timeout) is retried this many times.
RECONNECT_TRIES = 3


def reconnecting(fn, *args, **kwargs):
    """`fn(...)`, again on a fresh connection when the database connection was lost.

    Safe because each call is one transaction: a lost connection rolled it back whole.
    """
    for attempt in range(1, RECONNECT_TRIES + 1):
        try:
            return fn(*args, **kwargs)
        except (OperationalError, InterfaceError):
            if attempt == RECONNECT_TRIES or connection.in_atomic_block:
                raise
            log.warning("database connection lost; reconnecting (attempt %d)", attempt, exc_info=True)
            connection.close()
            time.sleep(0.5 * attempt)


def _chunked(items: Iterable[_Pending], size: int) -> Iterator[list[_Pending]]:
    chunk: list[_Pending] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare(source: Source, *, defaults: dict | None, seen: set[str]) -> _Pending:
    item = _Pending(source)
    if source.error:
        item.result = IngestResult(source.name, FAILED, message=source.error)
        return item
    try:
        item.document = read_document(
            source.data,
            name=source.name,
            defaults={**(defaults or {}), **source.metadata},
            max_bytes=settings.NEWSDESK_MAX_UPLOAD_BYTES,
            max_chars=settings.NEWSDESK_MAX_TEXT_CHARS,
        )
    except DocumentError as error:
        item.result = IngestResult(source.name, FAILED, message=str(error))
        return item
    item.content_hash = Article.hash_text(item.document.text)
    if item.content_hash in seen:
        item.result = IngestResult(
            source.name, SKIPPED, message="the same text as an earlier file in this batch"
        )
        return item
    seen.add(item.content_hash)
    return item


def _look_up_stored(chunk: list[_Pending], *, update: bool) -> list[_Pending]:
    """One query for the chunk: texts already stored are skipped, or updated when asked."""
    hashes = [item.content_hash for item in chunk if item.result is None]
    stored = reconnecting(Article.objects.in_bulk, hashes, field_name="content_hash") if hashes else {}
    for item in chunk:
        item.existing = stored.get(item.content_hash) if item.result is None else None
        if item.existing and not update:
            item.result = IngestResult(item.source.name, SKIPPED, item.existing, "already ingested")
    return chunk
