from django.db import migrations, models

from entities import counters


def drop_sqlite_triggers(apps, schema_editor):
    # SQLite rebuilds the meeting table to add a column; the report triggers that name it would
    # fail the rename. They are made again after the migrate (counters.restore_sqlite_triggers).
    if schema_editor.connection.vendor == "sqlite":
        for statement in counters.sqlite_drop():
            schema_editor.execute(statement)


def create_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in counters.sqlite_create():
            schema_editor.execute(statement)


class Migration(migrations.Migration):

    dependencies = [
        ("entities", "0008_identity_evidence"),
    ]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, create_sqlite_triggers),
        migrations.AddField(
            model_name="meeting",
            name="inferred_sides",
            field=models.JSONField(blank=True, db_default=[], default=list),
        ),
        migrations.RunPython(create_sqlite_triggers, drop_sqlite_triggers),
    ]
