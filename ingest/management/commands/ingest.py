from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from ingest.models import UploadBatch
from ingest.run import FAILED, ingest
from ingest.sources import sources_from_paths

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

    def handle(self, *args, paths, update, batch_size, processes, enqueue, files_per_task, **options):
        if enqueue:
            if update:
                raise CommandError("--update runs here; it cannot be combined with --enqueue")
            return self.enqueue(paths, files_per_task)
        counts = Counter()
        results = ingest(sources_from_paths(paths), update=update, batch_size=batch_size, n_process=processes)
        for result in results:
            counts[result.status] += 1
            if result.status == FAILED:
                self.stderr.write(f"failed: {result.name}: {result.message}")
            elif result.message and result.status != "skipped":
                self.stderr.write(f"warning: {result.name}: {result.message}")
            elif options["verbosity"] > 1:
                self.stdout.write(f"{result.status}: {result.name}")
        summary = ", ".join(f"{counts[s]} {s}" for s in ("created", "updated", "skipped", "failed"))
        self.stdout.write(summary)
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed; the others were stored")

    def enqueue(self, paths: list[str], files_per_task: int) -> None:
        batch = UploadBatch.objects.create(label=f"ingest --enqueue {' '.join(paths)}"[:200])
        batch.add_files(sources_from_paths(paths))
        tasks = batch.enqueue(files_per_task)
        self.stdout.write(
            f"batch {batch.pk}: {batch.total} files queued in {tasks} tasks. Start workers with "
            f"`manage.py db_worker`; follow with `manage.py ingest_status {batch.pk} --watch`."
        )
