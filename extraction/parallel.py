"""Extraction in worker processes: parsing and reading run in parallel, storing stays in the caller.

spaCy's own `nlp.pipe(n_process=...)` parallelises the parse only and ships every `Doc` back to
the parent; here each worker parses *and* extracts, and only the small `ArticleExtraction`
dataclasses travel back, so the parent is left with nothing but the database writes.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .nlp import get_nlp
from .pipeline import extract, nlp_text
from .types import ArticleExtraction, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

Chunk = list[Document | None]


log = logging.getLogger(__name__)


@dataclass
class Failure:
    """Extraction of one document raised; the others in its chunk are unaffected."""

    message: str


Outcome = ArticleExtraction | Failure | None


def extract_chunks(
    chunks: Iterable[Chunk], *, model_name: str, processes: int = 1, batch_size: int = 32
) -> Iterator[list[Outcome]]:
    """For each chunk, in order, its extractions (None where the chunk held None).

    The caller's thread reads `chunks` and consumes the results (it stores them) while the next
    chunks are parsed: by one worker thread in a single process, the caller's thread extracting
    from its parses meanwhile (spaCy releases the GIL for much of its work, the database driver
    while it waits), or by `processes` worker processes that parse and extract. At most two chunks
    per worker are in flight, so memory stays flat however long the input.
    """
    # Loaded before any worker starts, so that forked workers share it instead of loading it again.
    get_nlp(model_name)
    if processes <= 1:
        with ThreadPoolExecutor(max_workers=1) as pool:
            submit = lambda chunk: pool.submit(parse_chunk, model_name, chunk, batch_size)  # noqa: E731
            for chunk, docs in _in_order(chunks, submit, 2):
                yield extract_parsed(chunk, docs)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = _Workers(context, processes, model_name)
    try:
        submit = lambda chunk: pool.submit(extract_chunk, model_name, chunk, batch_size)  # noqa: E731
        yield from _in_order(chunks, submit, 2 * processes)
    finally:
        pool.shutdown()


class _Workers:
    """A process pool that notices a dead worker: the chunks it held fail, a new pool takes the rest.

    (multiprocessing.Pool waits forever for the results of a worker killed by the OOM killer or
    `kill -9`; concurrent.futures raises BrokenProcessPool for them.)
    """

    def __init__(self, context, processes: int, model_name: str) -> None:
        self._start = lambda: ProcessPoolExecutor(
            processes, mp_context=context, initializer=_start_worker, initargs=(model_name,)
        )
        self._pool = self._start()

    def submit(self, fn, model_name: str, chunk: Chunk, batch_size: int) -> _Submitted:
        return _Submitted(
            self, (fn, model_name, chunk, batch_size), self._submit(fn, model_name, chunk, batch_size)
        )

    def _submit(self, *args) -> Future:
        try:
            return self._pool.submit(*args)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(*args)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class _Submitted:
    workers: _Workers
    args: tuple
    future: Future

    def result(self) -> list[Outcome]:
        try:
            return self.future.result()
        except BrokenProcessPool:
            log.warning("a worker process died; reading its chunk again in a new one")
        # Every chunk in flight shares the fate of the one that killed its worker: each is read
        # once more, and only one that kills its worker again fails.
        try:
            return self.workers._submit(*self.args).result()
        except BrokenProcessPool:
            log.exception("a worker process died twice on the same chunk")
            failure = Failure("a worker process died while reading this file (out of memory, or killed)")
            return [None if document is None else failure for document in self.args[2]]


def _start_worker(model_name: str) -> None:
    _keep_freed_memory()
    get_nlp(model_name)


def _keep_freed_memory() -> None:
    """Let a worker's allocator keep the memory a parse frees, for the next parse to reuse.

    Each batch allocates and frees large arrays. By default glibc returns them to the system and
    page-faults them in again for the next batch: over ../shared/corpus that was 4-5 times the
    page faults and ~5% more CPU per article. The memory stays bounded by the largest batch.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: its allocator's defaults stand
        return
    m_trim_threshold, m_mmap_threshold = -1, -3  # from glibc's malloc.h
    libc.mallopt(m_mmap_threshold, 32 * 2**20)  # glibc's maximum
    libc.mallopt(m_trim_threshold, 1024 * 2**20)


def _in_order(chunks: Iterable[Chunk], submit, window: int) -> Iterator[list[Outcome]]:
    in_flight: deque = deque()
    for chunk in chunks:
        in_flight.append(submit(chunk))
        if len(in_flight) >= window:
            yield _result(in_flight.popleft())
    while in_flight:
        yield _result(in_flight.popleft())


def _result(pending) -> list[Outcome]:
    return pending.result()


def parse_chunk(model_name: str, chunk: Chunk, batch_size: int = 32) -> tuple[Chunk, list[Doc | Failure]]:
    nlp = get_nlp(model_name)
    documents = [d for d in chunk if d is not None]
    try:
        return chunk, list(nlp.pipe((nlp_text(d) for d in documents), batch_size=batch_size))
    except Exception:
        # One text spaCy refuses must not lose its chunk: parse them one by one to find it.
        log.exception("a chunk failed to parse; parsing its %d texts one by one", len(documents))
        return chunk, [_parse_one(nlp, d) for d in documents]


def _parse_one(nlp, document: Document) -> Doc | Failure:
    try:
        return nlp(nlp_text(document))
    except Exception as error:
        log.exception("cannot parse %s", document.title[:80])
        return Failure(f"the text could not be parsed: {type(error).__name__}: {error}"[:500])


def extract_parsed(chunk: Chunk, docs: list[Doc | Failure]) -> list[Outcome]:
    parsed = iter(docs)
    outcomes: list[Outcome] = []
    for document in chunk:
        if document is None:
            outcomes.append(None)
            continue
        doc = next(parsed)
        if isinstance(doc, Failure):
            outcomes.append(doc)
            continue
        try:
            outcomes.append(extract(document, doc))
        except Exception as error:  # one article's failure must not stop the others
            log.exception("extraction failed: %s", document.title[:80])
            outcomes.append(Failure(f"{type(error).__name__}: {error}"))
    return outcomes


def extract_chunk(model_name: str, chunk: Chunk, batch_size: int = 32) -> list[Outcome]:
    return extract_parsed(*parse_chunk(model_name, chunk, batch_size))
