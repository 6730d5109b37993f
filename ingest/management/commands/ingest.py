from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from ingest.run import FAILED, ingest
from ingest.sources import sources_from_paths


class Command(BaseCommand):
    help = "Ingest article files and folders (recursively) into the database."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--update", action="store_true", help="re-extract articles already stored")
        parser.add_argument("--batch-size", type=int, default=None, help="articles per chunk")
        parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")

    def handle(self, *args, paths, update, batch_size, processes, **options):
        counts = Counter()
        results = ingest(sources_from_paths(paths), update=update, batch_size=batch_size, n_process=processes)
        for result in results:
            counts[result.status] += 1
            if result.status == FAILED:
                self.stderr.write(f"failed: {result.name}: {result.message}")
            elif options["verbosity"] > 1:
                self.stdout.write(f"{result.status}: {result.name}")
        summary = ", ".join(f"{counts[s]} {s}" for s in ("created", "updated", "skipped", "failed"))
        self.stdout.write(summary)
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed; the others were stored")
