"""Counters kept by the database: article_count, meeting_count and report_count.

Lists sort by these counters, so they are stored, not aggregated per view. Triggers on the fact
tables keep them exact on every write whatever its path (ingest, admin deletes and inline edits,
merges, the shell, raw SQL), as articles 0004 does for the search vector. The counters move by
deltas, not recounts: two transactions adding mentions of one person at once both land (a recount
would miss the other's uncommitted rows). `manage.py recount` recounts from scratch, should a bulk
load have bypassed the triggers (TRUNCATE, `pg_restore --disable-triggers`).

A meeting ingest read (origin "extracted") whose last report goes is deleted with its sides and
participants, so that it is counted nowhere; a meeting an admin made or corrected ("edited")
stands without reports.

PostgreSQL: statement-level triggers over transition tables, one counter update per statement
(ingest bulk-inserts each article's rows in a few statements). SQLite (`make run`) has only
row-level triggers: one update per row, fine for a local corpus. The statements are in
entities.counters, which also remakes SQLite's after a migrate that rebuilt a table.
"""

from django.db import migrations

from entities.counters import PREPARE, pg_create, pg_drop, sqlite_create, sqlite_drop


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"counter triggers for {vendor}")
    for statement in [*PREPARE, *(pg_create() if vendor == "postgresql" else sqlite_create())]:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in pg_drop() if vendor == "postgresql" else sqlite_drop():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("entities", "0005_page_speed")]
    operations = [migrations.RunPython(create, drop)]
