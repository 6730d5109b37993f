from django.db import migrations


def create(apps, schema_editor):
    # PostgreSQL only: on SQLite search falls back to plain matching (entities.search).
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # Search: officials by any spelling, partial names and typos ("patrushov") via similarity on
    # the folded name variants.
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS person_name_key_trgm_idx ON entities_personname USING gin (key gin_trgm_ops)"
    )
    # Meeting ledgers: ORDER BY date DESC NULLS LAST, id DESC.
    schema_editor.execute("CREATE INDEX IF NOT EXISTS meeting_date_idx ON entities_meeting (date DESC NULLS LAST, id DESC)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS person_name_key_trgm_idx")
        schema_editor.execute("DROP INDEX IF EXISTS meeting_date_idx")


class Migration(migrations.Migration):
    dependencies = [("entities", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
