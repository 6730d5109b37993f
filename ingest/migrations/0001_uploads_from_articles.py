# UploadBatch and UploadFile were the articles app's: this takes over their existing tables with
# their rows (and their content types, so permissions and admin history follow), then renames the
# tables to the ingest app's names. A fresh database gets the tables from articles 0003 first.

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("uploadbatch", "uploadfile"):
        if not ContentType.objects.filter(app_label="ingest", model=model).exists():
            ContentType.objects.filter(app_label="articles", model=model).update(app_label="ingest")


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("uploadbatch", "uploadfile"):
        if not ContentType.objects.filter(app_label="articles", model=model).exists():
            ContentType.objects.filter(app_label="ingest", model=model).update(app_label="articles")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("articles", "0004_search_vector_trigger"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="UploadBatch",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                        ("status", models.CharField(choices=[("queued", "Queued"), ("running", "Running"), ("done", "Done"), ("failed", "Failed")], default="queued", max_length=10)),
                        ("source", models.CharField(blank=True, max_length=200)),
                        ("published", models.DateField(blank=True, null=True)),
                        ("total", models.PositiveIntegerField(default=0)),
                        ("done", models.PositiveIntegerField(default=0)),
                        ("task_id", models.CharField(blank=True, max_length=64)),
                        ("started_at", models.DateTimeField(blank=True, null=True)),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        ("error", models.TextField(blank=True, help_text="Why the whole batch stopped, if it did")),
                        ("created_by", models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name_plural": "upload batches",
                        "ordering": ["-created_at", "-id"],
                        "db_table": "articles_uploadbatch",
                    },
                ),
                migrations.CreateModel(
                    name="UploadFile",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("position", models.PositiveIntegerField()),
                        ("name", models.CharField(max_length=500)),
                        ("data", models.BinaryField(blank=True)),
                        ("error", models.TextField(blank=True)),
                        ("status", models.CharField(blank=True, max_length=10)),
                        ("message", models.TextField(blank=True)),
                        ("article", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="articles.article")),
                        ("batch", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="files", to="ingest.uploadbatch")),
                    ],
                    options={
                        "ordering": ["batch", "position"],
                        "constraints": [models.UniqueConstraint(fields=("batch", "position"), name="upload_file_position_unique")],
                        "db_table": "articles_uploadfile",
                    },
                ),
            ],
        ),
        migrations.RunPython(move_content_types, restore_content_types),
        migrations.AlterModelTable(name="uploadbatch", table=None),
        migrations.AlterModelTable(name="uploadfile", table=None),
    ]
