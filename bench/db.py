"""The URL of the database a connection uses, for the worker and server processes a run starts."""

from django.db import connection as default_connection


def database_url(connection=default_connection) -> str:
    db = connection.settings_dict
    host, port = db.get("HOST") or "127.0.0.1", db.get("PORT") or 5432
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgres://{credentials}@{host}:{port}/{db['NAME']}"
