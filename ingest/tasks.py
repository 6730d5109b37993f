"""Background work: a worker (`manage.py db_worker`, on any machine sharing the database) reads
uploads and enqueued archives, not the web request or the command line."""

from django.tasks import task

from ingest.models import UploadBatch


@task
def ingest_upload(batch_id: int, max_files: int | None = None) -> dict:
    """Read up to `max_files` of a batch's waiting files (all of them by default); results land on
    the batch, file by file. Any number of these may run at once on one batch."""
    batch = UploadBatch.objects.get(pk=batch_id)
    batch.run(max_files=max_files)
    return {"batch": batch.pk, "files": batch.total}
