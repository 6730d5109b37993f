"""The counters the database keeps, and the triggers that keep them (see entities 0006).

Here rather than in the migration, because SQLite loses a table's triggers whenever a migration
rebuilds the table to alter it: `restore_sqlite_triggers` puts them back after every migrate.
"""

# (fact table, its foreign key, counted table, counted table's key, counter)
COUNTERS = [
    ("entities_personmention", "person_id", "entities_person", "id", "article_count"),
    ("entities_meetingparticipant", "person_id", "entities_person", "id", "meeting_count"),
    ("entities_countrymention", "country_id", "entities_country", "code", "article_count"),
    ("entities_meetingside", "country_id", "entities_country", "code", "meeting_count"),
    ("entities_meetingreport", "meeting_id", "entities_meeting", "id", "report_count"),
]

# Signed deltas per counted row, from each event's transition tables. Rows whose key did not change
# in an UPDATE cancel out, so an update of another column touches no counter.
PG_DELTAS = {
    "INSERT": "SELECT {fk} AS key, count(*) AS n FROM new_rows GROUP BY {fk}",
    "DELETE": "SELECT {fk} AS key, -count(*) AS n FROM old_rows GROUP BY {fk}",
    "UPDATE": (
        "SELECT key, sum(n) AS n FROM (SELECT {fk} AS key, 1 AS n FROM new_rows"
        " UNION ALL SELECT {fk}, -1 FROM old_rows) moved GROUP BY key HAVING sum(n) <> 0"
    ),
}
PG_REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}

# After reports went (DELETE, or UPDATE moving them to another meeting): extracted meetings left
# with none go, children first (Django's foreign keys have no ON DELETE CASCADE in the database).
PG_ORPHANS = """
    SELECT array_agg(id) INTO orphans FROM entities_meeting
    WHERE id IN (SELECT meeting_id FROM old_rows) AND report_count = 0 AND origin = 'extracted';
    IF orphans IS NOT NULL THEN
        DELETE FROM entities_meetingparticipant WHERE meeting_id = ANY(orphans);
        DELETE FROM entities_meetingside WHERE meeting_id = ANY(orphans);
        DELETE FROM entities_meeting WHERE id = ANY(orphans);
    END IF;
"""


def _pg_name(table: str, counter: str, event: str) -> str:
    return f"{table}_{counter}_{event.lower()}"


def pg_create() -> list[str]:
    statements = []
    for table, fk, target, key, counter in COUNTERS:
        for event, delta in PG_DELTAS.items():
            name = _pg_name(table, counter, event)
            orphans = PG_ORPHANS if table == "entities_meetingreport" and event != "INSERT" else ""
            statements.append(f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
DECLARE
    orphans bigint[];
BEGIN
    UPDATE {target} t SET {counter} = t.{counter} + d.n
    FROM ({delta.format(fk=fk)}) d WHERE t.{key} = d.key;
    {orphans}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS {name} ON {table};
CREATE TRIGGER {name} AFTER {event} ON {table}
    REFERENCING {PG_REFERENCING[event]}
    FOR EACH STATEMENT EXECUTE FUNCTION {name}();
""")
    return statements


def pg_drop() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {_pg_name(t, c, e)} ON {t}; DROP FUNCTION IF EXISTS {_pg_name(t, c, e)}();"
        for t, _, _, _, c in COUNTERS
        for e in PG_DELTAS
    ]


SQLITE_ORPHANS = """
    DELETE FROM entities_meetingparticipant WHERE meeting_id = OLD.meeting_id AND EXISTS (
        SELECT 1 FROM entities_meeting
        WHERE id = OLD.meeting_id AND report_count = 0 AND origin = 'extracted');
    DELETE FROM entities_meetingside WHERE meeting_id = OLD.meeting_id AND EXISTS (
        SELECT 1 FROM entities_meeting
        WHERE id = OLD.meeting_id AND report_count = 0 AND origin = 'extracted');
    DELETE FROM entities_meeting
    WHERE id = OLD.meeting_id AND report_count = 0 AND origin = 'extracted';
"""


def sqlite_create() -> list[str]:
    # IF NOT EXISTS: run again after every migrate (restore_sqlite_triggers).
    statements = []
    for table, fk, target, key, counter in COUNTERS:
        up = f"UPDATE {target} SET {counter} = {counter} + 1 WHERE {key} = NEW.{fk};"
        down = f"UPDATE {target} SET {counter} = {counter} - 1 WHERE {key} = OLD.{fk};"
        orphans = SQLITE_ORPHANS if table == "entities_meetingreport" else ""
        trigger = f"CREATE TRIGGER IF NOT EXISTS {table}_{counter}"
        statements += [
            f"{trigger}_insert AFTER INSERT ON {table} BEGIN {up} END",
            f"{trigger}_delete AFTER DELETE ON {table} BEGIN {down} {orphans} END",
            f"{trigger}_update AFTER UPDATE OF {fk} ON {table}"
            f" WHEN OLD.{fk} IS NOT NEW.{fk} BEGIN {down} {up} {orphans} END",
        ]
    return statements


def sqlite_drop() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in sqlite_trigger_names()]


def drop_sqlite_triggers(apps, schema_editor) -> None:
    """A migration's step before SQLite rebuilds the meeting table (to add a column or a
    constraint): the report triggers that name it would fail the rename."""
    if schema_editor.connection.vendor == "sqlite":
        for statement in sqlite_drop():
            schema_editor.execute(statement)


def create_sqlite_triggers(apps, schema_editor) -> None:
    """The step after such a rebuild (and the reverse of `drop_sqlite_triggers`)."""
    if schema_editor.connection.vendor == "sqlite":
        for statement in sqlite_create():
            schema_editor.execute(statement)


# Start from exact counters (the deltas keep them so), with no meeting already left reportless.
_REPORTLESS = """SELECT id FROM entities_meeting m WHERE origin = 'extracted'
    AND NOT EXISTS (SELECT 1 FROM entities_meetingreport r WHERE r.meeting_id = m.id)"""
PREPARE = [
    f"DELETE FROM entities_meetingparticipant WHERE meeting_id IN ({_REPORTLESS})",
    f"DELETE FROM entities_meetingside WHERE meeting_id IN ({_REPORTLESS})",
    f"DELETE FROM entities_meeting WHERE id IN ({_REPORTLESS})",
    *(
        f"UPDATE {target} SET {counter} = (SELECT count(*) FROM {table} f WHERE f.{fk} = {target}.{key})"
        for table, fk, target, key, counter in COUNTERS
    ),
]


def sqlite_trigger_names() -> set[str]:
    return {f"{t}_{c}_{e}" for t, _, _, _, c in COUNTERS for e in ("insert", "delete", "update")}


def restore_sqlite_triggers(using: str = "default", **kwargs) -> None:
    """After a migrate on SQLite: triggers a table rebuild dropped are made again, and the
    counters recounted, as writes in between went uncounted (post_migrate receiver)."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        found = {name for _, name in cursor.fetchall()}
        if not {table for table, *_ in COUNTERS} <= found:
            return  # entities not migrated yet
        if sqlite_trigger_names() <= found:
            return
        for statement in sqlite_create():
            cursor.execute(statement)
        for statement in PREPARE:
            cursor.execute(statement)
