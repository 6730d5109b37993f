"""Upgrades keep what is stored: a database migrated before a move migrates forward intact."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_UPLOADS_MOVED = [("articles", "0004_search_vector_trigger"), ("ingest", None)]


@pytest.mark.slow
def test_uploads_stored_before_they_moved_to_the_ingest_app_survive_the_upgrade(transactional_db):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_UPLOADS_MOVED)
    old = executor.loader.project_state(BEFORE_UPLOADS_MOVED[:1]).apps
    batch = old.get_model("articles", "UploadBatch").objects.create(total=2, status="running")
    files = old.get_model("articles", "UploadFile").objects
    files.create(batch_id=batch.pk, position=0, name="a.txt", data=b"Talks\n\nThey met.")
    files.create(batch_id=batch.pk, position=1, name="b.txt", status="failed", message="empty")

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from ingest.models import UploadBatch, UploadFile

    moved = UploadBatch.objects.get(pk=batch.pk)
    assert (moved.total, moved.status) == (2, "running")
    assert [(f.name, bytes(f.data), f.status) for f in UploadFile.objects.order_by("position")] == [
        ("a.txt", b"Talks\n\nThey met.", ""),
        ("b.txt", b"", "failed"),
    ]
    assert UploadBatch._meta.db_table == "ingest_uploadbatch"
