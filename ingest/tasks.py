"""Background work: large uploads are ingested by a worker (`manage.py db_worker`), not the request."""

from django.tasks import task

from ingest.models import UploadBatch


@task
def ingest_upload(batch_id: int) -> dict:
    """Ingest an UploadBatch's pending files; progress and per-file results land on the batch."""
    batch = UploadBatch.objects.get(pk=batch_id)
    batch.run()
    return {"batch": batch.pk, "files": batch.total}
