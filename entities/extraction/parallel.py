"""Extraction in worker processes: parsing and reading run in parallel, storing stays in the caller.

spaCy's own `nlp.pipe(n_process=...)` parallelises the parse only and ships every `Doc` back to
the parent; here each worker parses *and* extracts, and only the small `ArticleExtraction`
dataclasses travel back, so the parent is left with nothing but the database writes.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .nlp import get_nlp
from .pipeline import extract, nlp_text
from .types import ArticleExtraction, Document

Chunk = list[Document | None]


@dataclass
class Failure:
    """Extraction of one document raised; the others in its chunk are unaffected."""

    message: str


Outcome = ArticleExtraction | Failure | None


def extract_chunks(
    chunks: Iterable[Chunk], *, model_name: str, processes: int = 1, batch_size: int = 32
) -> Iterator[list[Outcome]]:
    """For each chunk, in order, its extractions (None where the chunk held None).

    At most two chunks per worker are in flight, so memory stays flat however long the input.
    """
    if processes <= 1:
        for chunk in chunks:
            yield extract_chunk(model_name, chunk, batch_size)
        return
    # The parent loads the model first so that forked workers share it instead of loading it again.
    get_nlp(model_name)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(processes, initializer=get_nlp, initargs=(model_name,)) as pool:
        in_flight: deque = deque()
        for chunk in chunks:
            in_flight.append(pool.apply_async(extract_chunk, (model_name, chunk, batch_size)))
            if len(in_flight) >= 2 * processes:
                yield in_flight.popleft().get()
        while in_flight:
            yield in_flight.popleft().get()


def extract_chunk(model_name: str, chunk: Chunk, batch_size: int = 32) -> list[Outcome]:
    nlp = get_nlp(model_name)
    documents = [d for d in chunk if d is not None]
    docs = iter(nlp.pipe((nlp_text(d) for d in documents), batch_size=batch_size))
    outcomes: list[Outcome] = []
    for document in chunk:
        if document is None:
            outcomes.append(None)
            continue
        doc = next(docs)
        try:
            outcomes.append(extract(document, doc, nlp=nlp))
        except Exception as error:  # one article's failure must not stop the others
            outcomes.append(Failure(f"{type(error).__name__}: {error}"))
    return outcomes
