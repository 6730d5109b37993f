"""Ingest throughput against raw spaCy: `make bench` (ARGS="--processes 2 --repeat 3")."""

import resource
import time
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from entities.extraction.types import DocumentError
from entities.ingest import FAILED, Source, ingest, sources_from_paths

DEFAULT_CORPUS = Path(settings.BASE_DIR).parent / "shared" / "corpus"


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


class Command(BaseCommand):
    help = "Time ingest of a folder into a fresh database against spaCy's nlp.pipe alone."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS))
        parser.add_argument("--processes", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=32)
        parser.add_argument("--repeat", type=int, default=1, help="feed the corpus N times (as new texts)")
        parser.add_argument("--limit", type=int, default=None, help="at most this many files per pass")

    def handle(self, *args, folder, processes, batch_size, repeat, limit, **options):
        from entities.extraction.document import read_document
        from entities.extraction.nlp import get_nlp

        nlp = get_nlp(settings.NEWSDESK_SPACY_MODEL)

        def sources():
            # Each pass is made unique so that ingest does not skip it as a duplicate.
            for n in range(repeat):
                for source in islice(sources_from_paths([folder]), limit):
                    suffix = f"\n(bench copy {n})".encode() if n else b""
                    yield Source(source.name, source.data + suffix, source.error)

        def texts():
            for source in sources():
                try:
                    yield read_document(source.data).text
                except DocumentError:  # the raw baseline skips what ingest would reject
                    continue

        started = time.perf_counter()
        raw = sum(1 for _ in nlp.pipe(texts(), batch_size=batch_size, n_process=processes))
        raw_seconds = time.perf_counter() - started

        old_name = connection.settings_dict["NAME"]
        connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
        try:
            started = time.perf_counter()
            stored = failed = 0
            halfway_rss = None
            for result in ingest(sources(), batch_size=batch_size, n_process=processes):
                stored += result.status != FAILED
                failed += result.status == FAILED
                if halfway_rss is None and stored >= raw // 2:
                    halfway_rss = peak_rss_mb()
            ingest_seconds = time.perf_counter() - started
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)

        raw_rate, ingest_rate = raw / raw_seconds, stored / ingest_seconds
        self.stdout.write(f"corpus            {folder} x{repeat} ({raw} articles, {failed} failed)")
        self.stdout.write(f"database          {connection.vendor}")
        self.stdout.write(f"processes         {processes}, batch size {batch_size}")
        self.stdout.write(f"spaCy nlp.pipe    {raw_rate:7.1f} articles/s ({raw_seconds:.1f} s)")
        self.stdout.write(f"ingest            {ingest_rate:7.1f} articles/s ({ingest_seconds:.1f} s)")
        self.stdout.write(f"ratio             {ingest_rate / raw_rate:7.2f} (target >= 0.85)")
        self.stdout.write(
            f"peak RSS          {halfway_rss or 0:7.0f} MB at half-way, {peak_rss_mb():.0f} MB at the end"
        )
