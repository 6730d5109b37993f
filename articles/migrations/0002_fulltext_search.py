from django.db import migrations


def create(apps, schema_editor):
    # PostgreSQL only: on SQLite article search falls back to plain matching.
    if schema_editor.connection.vendor != "postgresql":
        return
    # Search: articles by words, ranked (ArticleQuerySet.search).
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS article_search_idx ON articles_article USING gin (search_vector)"
    )
    # Home page and every "latest articles" list: ORDER BY published DESC NULLS LAST, ingested_at DESC.
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS article_latest_idx ON articles_article "
        "(published DESC NULLS LAST, ingested_at DESC, id DESC)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_idx")
        schema_editor.execute("DROP INDEX IF EXISTS article_latest_idx")


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
