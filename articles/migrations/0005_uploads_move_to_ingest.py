# The upload models moved to the ingest app (ingest/migrations/0001_uploads_from_articles.py
# takes over their tables): only the migration state changes here.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0004_search_vector_trigger"),
        ("ingest", "0001_uploads_from_articles"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="UploadFile"),
                migrations.DeleteModel(name="UploadBatch"),
            ],
        ),
    ]
