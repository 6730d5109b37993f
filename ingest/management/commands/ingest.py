import datetime as dt
import sys
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.models import UploadBatch
from ingest.run import FAILED, ingest
from ingest.sources import count_sources, sources_from_paths

# `--enqueue` splits a run into tasks of this many files: small enough that many workers share
# the work evenly, large enough that a task's parse overlaps its stores.
FILES_PER_TASK = 48


class Command(BaseCommand):
    help = "Ingest article files and folders (recursively) into the database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--update", action="store_true", help="re-extract articles already stored")
        parser.add_argument("--batch-size", type=int, default=None, help="articles per chunk")
        parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="queue the files for `manage.py db_worker` (any number, on any machine sharing the "
            "database) and return at once; `manage.py ingest_status` shows the progress",
        )
        parser.add_argument("--files-per-task", type=int, default=FILES_PER_TASK, help="with --enqueue")
        parser.add_argument(
            "--published", type=dt.date.fromisoformat, help="YYYY-MM-DD for files that give no date"
        )

    def handle(
        self, *args, paths, update, batch_size, processes, enqueue, files_per_task, published, **options
    ):
        if enqueue:
            if update:
                raise CommandError("--update runs here; it cannot be combined with --enqueue")
            return self.enqueue(paths, files_per_task, published)
        counts = Counter()
        defaults = {"published": published} if published else None
        sources = sources_from_paths(paths)
        results = ingest(
            sources, update=update, batch_size=batch_size, n_process=processes, defaults=defaults
        )
        progress = Progress(count_sources(paths), quiet=options["verbosity"] == 0)
        for result in results:
            progress.step()
            counts[result.status] += 1
            if result.status == FAILED:
                self.stderr.write(f"failed: {result.name}: {result.message}")
            elif result.message and result.status != "skipped":
                self.stderr.write(f"warning: {result.name}: {result.message}")
            elif options["verbosity"] > 1:
                self.stdout.write(f"{result.status}: {result.name}")
        progress.close()
        summary = ", ".join(f"{counts[s]} {s}" for s in ("created", "updated", "skipped", "failed"))
        self.stdout.write(summary)
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed; the others were stored")

    def enqueue(self, paths: list[str], files_per_task: int, published: dt.date | None) -> None:
        label = f"ingest --enqueue {' '.join(paths)}"[:200]
        batch = UploadBatch.objects.create(label=label, published=published)
        batch.add_files(sources_from_paths(paths))
        tasks = batch.enqueue(files_per_task)
        self.stdout.write(
            f"batch {batch.pk}: {batch.total} files queued in {tasks} tasks. Start workers with "
            f"`manage.py db_worker`; follow with `manage.py ingest_status {batch.pk} --watch`."
        )


class Progress:
    """A bar with articles/s and the time left on a terminal; a plain line every half minute in a
    log (CI, cron, `nohup`), where a bar would be noise."""

    EVERY = 30.0

    def __init__(self, total: int, *, quiet: bool = False) -> None:
        self.total, self.done, self.started = total, 0, time.monotonic()
        self.last = self.started
        self.bar = None
        self.quiet = quiet
        if not quiet and sys.stderr.isatty():
            self.bar = tqdm(total=total, unit=" articles", dynamic_ncols=True, file=sys.stderr)

    def step(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update()
            return
        now = time.monotonic()
        if not self.quiet and now - self.last >= self.EVERY:
            self.last = now
            rate = self.done / (now - self.started)
            left = (self.total - self.done) / rate if rate else 0
            sys.stderr.write(
                f"{self.done} of {self.total} read, {rate:.1f} articles/s, about {left:.0f} s left\n"
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
