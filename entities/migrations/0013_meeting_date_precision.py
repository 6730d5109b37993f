"""A meeting's date may be a month or a year ("in April 2012"), stored as the period's first day."""

from django.db import migrations, models

from entities import counters


def drop_sqlite_triggers(apps, schema_editor):
    # As 0009: SQLite rebuilds the meeting table to add a column and a constraint; the report
    # triggers that name it would fail the rename. They are made again after it.
    if schema_editor.connection.vendor == "sqlite":
        for statement in counters.sqlite_drop():
            schema_editor.execute(statement)


def create_sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in counters.sqlite_create():
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("entities", "0012_person_country_evidence"),
    ]

    operations = [
        migrations.RunPython(drop_sqlite_triggers, create_sqlite_triggers),
        migrations.AddField(
            model_name="meeting",
            name="date_precision",
            field=models.CharField(
                choices=[("day", "Day"), ("month", "Month"), ("year", "Year")],
                db_default="day",
                default="day",
                max_length=5,
            ),
        ),
        migrations.AddConstraint(
            model_name="meeting",
            constraint=models.CheckConstraint(
                condition=models.Q(("date_precision__in", ["day", "month", "year"])),
                name="meeting_precision_valid",
            ),
        ),
        migrations.RunPython(create_sqlite_triggers, drop_sqlite_triggers),
    ]
