from django.db import migrations

# The search vector is kept by the database itself, on every insert and every change of title or
# body: no code path (ingest, admin edit, bulk load) can leave it stale, and ingest pays no round trip.
CREATE = """
CREATE OR REPLACE FUNCTION articles_article_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('pg_catalog.english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('pg_catalog.english', coalesce(NEW.body, '')), 'B');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article;
CREATE TRIGGER articles_article_search_vector
    BEFORE INSERT OR UPDATE OF title, body ON articles_article
    FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector();
UPDATE articles_article SET title = title WHERE search_vector IS NULL;
"""

DROP = """
DROP TRIGGER IF EXISTS articles_article_search_vector ON articles_article;
DROP FUNCTION IF EXISTS articles_article_search_vector();
"""


def create(apps, schema_editor):
    # PostgreSQL only: on SQLite article search falls back to plain matching.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_upload_batches")]
    operations = [migrations.RunPython(create, drop)]
