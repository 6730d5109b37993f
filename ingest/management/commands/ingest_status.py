import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ingest.models import UploadBatch


class Command(BaseCommand):
    help = "How an enqueued ingest or an upload is going: files read, failed and left, articles/s."

    def add_arguments(self, parser):
        parser.add_argument("batch", nargs="?", type=int, help="the batch (default: the latest)")
        parser.add_argument("--watch", action="store_true", help="print a line every few seconds until done")
        parser.add_argument("--every", type=float, default=5.0, help="seconds between lines with --watch")

    def handle(self, *args, batch, watch, every, **options):
        batches = UploadBatch.objects.all()
        found = batches.filter(pk=batch).first() if batch else batches.first()
        if found is None:
            raise CommandError(f"no batch {batch}" if batch else "no batch yet")
        while True:
            found.refresh_from_db()
            self.stdout.write(self.line(found))
            if not watch or found.is_finished or found.is_stale:
                return
            time.sleep(every)

    def line(self, batch: UploadBatch) -> str:
        progress = batch.progress()
        left = progress.pop("waiting")
        read = sum(progress.values())
        seconds = (
            ((batch.heartbeat_at or timezone.now()) - batch.started_at).total_seconds()
            if batch.started_at
            else 0
        )
        rate = f"{read / seconds:.1f} articles/s" if seconds > 0 and read else "not started"
        state = (
            "stalled: no worker has read a file for a while" if batch.is_stale else batch.get_status_display()
        )
        counts = ", ".join(f"{n} {status}" for status, n in progress.items())
        return f"batch {batch.pk} ({state}): {read} of {batch.total} read ({counts}), {left} left, {rate}"
