"""A meeting's date may be a month or a year ("in April 2012"), stored as the period's first day."""

from django.db import migrations, models

from entities import counters


class Migration(migrations.Migration):
    dependencies = [
        ("entities", "0012_person_country_evidence"),
    ]

    operations = [
        migrations.RunPython(counters.drop_sqlite_triggers, counters.create_sqlite_triggers),
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
        migrations.RunPython(counters.create_sqlite_triggers, counters.drop_sqlite_triggers),
    ]
