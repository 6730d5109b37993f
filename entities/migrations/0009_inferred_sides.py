from django.db import migrations, models

from entities import counters


class Migration(migrations.Migration):

    dependencies = [
        ("entities", "0008_identity_evidence"),
    ]

    operations = [
        migrations.RunPython(counters.drop_sqlite_triggers, counters.create_sqlite_triggers),
        migrations.AddField(
            model_name="meeting",
            name="inferred_sides",
            field=models.JSONField(blank=True, db_default=[], default=list),
        ),
        migrations.RunPython(counters.create_sqlite_triggers, counters.drop_sqlite_triggers),
    ]
