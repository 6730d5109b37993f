"""Pair summaries the database keeps (see entities 0009): what pair, country and home pages
aggregate, stored so that a page reads a few index rows however many meetings a pair has.

    entities_pairmeeting   one row per (pair, meeting), with the meeting's date: the pair ledger
    entities_pairmonth     meetings per (pair, month); month NULL for undated: timelines, busiest pairs
    entities_pairtotal     meetings per pair: a country's partners, busiest pairs of all time
    entities_pairofficial  meetings per (pair, side, person): each side's officials ranking
    entities_counterpart   meetings per (person, other person): a person page's counterparts

Kept as the counters of 0006 are (entities.counters): statement-level triggers over transition
tables, moving the summaries by signed deltas, so that two transactions writing the same pair both
land and an admin's correction shows on the next request. In layers: sides and meetings (its date)
keep the pair meetings; the pair meetings keep the months and totals; the pair meetings and the
participants together keep the officials. Each statement changes one table, so the officials'
delta is that table's change joined to the other's current rows.

PostgreSQL only: on SQLite (`make run`) the pages aggregate on the fly (`summaries_kept()`).
"""

from django.db import connection

PM = "entities_pairmeeting"
SIDE = "entities_meetingside"
PART = "entities_meetingparticipant"
MEETING = "entities_meeting"

REFERENCING = {
    "INSERT": "NEW TABLE AS new_rows",
    "DELETE": "OLD TABLE AS old_rows",
    "UPDATE": "NEW TABLE AS new_rows OLD TABLE AS old_rows",
}


def summaries_kept(using=None) -> bool:
    """Whether the summary tables are kept (by PostgreSQL's triggers) and pages may read them."""
    return (using or connection).vendor == "postgresql"


# -- pair meetings, from sides and meetings -------------------------------------------------------

# The pairs a changed side takes part in: it and every other current side of its meeting.
_PAIRS_OF_NEW_SIDES = f"""
    INSERT INTO {PM} (meeting_id, country_a_id, country_b_id, date)
    SELECT s1.meeting_id, s1.country_id, s2.country_id, m.date
    FROM {SIDE} s1
    JOIN {SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
    JOIN {MEETING} m ON m.id = s1.meeting_id
    WHERE s1.meeting_id IN (SELECT meeting_id FROM new_rows)
      AND EXISTS (SELECT 1 FROM new_rows n WHERE n.meeting_id = s1.meeting_id
                  AND n.country_id IN (s1.country_id, s2.country_id))
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
"""
_PAIRS_OF_OLD_SIDES = f"""
    DELETE FROM {PM} p USING old_rows o
    WHERE p.meeting_id = o.meeting_id AND o.country_id IN (p.country_a_id, p.country_b_id);
"""
_PAIRS_OF_NEW_MEETINGS = f"""
    INSERT INTO {PM} (meeting_id, country_a_id, country_b_id, date)
    SELECT s1.meeting_id, s1.country_id, s2.country_id, n.date
    FROM new_rows n
    JOIN {SIDE} s1 ON s1.meeting_id = n.id
    JOIN {SIDE} s2 ON s2.meeting_id = n.id AND s2.country_id > s1.country_id
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
"""
_PAIRS_OF_OLD_MEETINGS = f"DELETE FROM {PM} WHERE meeting_id IN (SELECT id FROM old_rows);"
_DATES_OF_MEETINGS = f"""
    UPDATE {PM} p SET date = n.date FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE p.meeting_id = n.id AND n.date IS DISTINCT FROM o.date;
"""

PAIR_MEETING_TRIGGERS = [
    (SIDE, "INSERT", _PAIRS_OF_NEW_SIDES),
    (SIDE, "DELETE", _PAIRS_OF_OLD_SIDES),
    (SIDE, "UPDATE", _PAIRS_OF_OLD_SIDES + _PAIRS_OF_NEW_SIDES),
    (MEETING, "INSERT", _PAIRS_OF_NEW_MEETINGS),
    (MEETING, "DELETE", _PAIRS_OF_OLD_MEETINGS),
    (MEETING, "UPDATE", _DATES_OF_MEETINGS),
]


# -- counted summaries, by signed deltas ----------------------------------------------------------

# (table, key columns, the key of a pair-meeting row `p`, which rows count); undated meetings are
# counted in month NULL, so that a pair's months add up to its ledger.
MONTHS = ("entities_pairmonth", ["country_a_id", "country_b_id", "month"],
          "p.country_a_id, p.country_b_id, date_trunc('month', p.date)::date", "true")  # fmt: skip
TOTALS = ("entities_pairtotal", ["country_a_id", "country_b_id"], "p.country_a_id, p.country_b_id", "true")
OFFICIALS = ("entities_pairofficial", ["country_a_id", "country_b_id", "country_id", "person_id"],
             "p.country_a_id, p.country_b_id, r.country_id, r.person_id", "true")  # fmt: skip

# The pair-meeting rows `p` a statement brought (sign 1) or took away (sign -1), each joined to
# what it counts: itself, or the participants standing for one of its two sides (`r`).
_ON_PAIR_MEETINGS = {"new": "new_rows p", "old": "old_rows p"}
_ON_PAIR_MEETINGS_PARTICIPANTS = {
    side: f"{rows} p JOIN {PART} r ON r.meeting_id = p.meeting_id"
    " AND r.country_id IN (p.country_a_id, p.country_b_id)"
    for side, rows in (("new", "new_rows"), ("old", "old_rows"))
}
_ON_PARTICIPANTS = {
    side: f"{rows} r JOIN {PM} p ON p.meeting_id = r.meeting_id"
    " AND r.country_id IN (p.country_a_id, p.country_b_id)"
    for side, rows in (("new", "new_rows"), ("old", "old_rows"))
}

COUNTED_TRIGGERS = [
    (PM, MONTHS, _ON_PAIR_MEETINGS),
    (PM, TOTALS, _ON_PAIR_MEETINGS),
    (PM, OFFICIALS, _ON_PAIR_MEETINGS_PARTICIPANTS),
    (PART, OFFICIALS, _ON_PARTICIPANTS),
]


def _delta(key: str, where: str, joins: dict[str, str], event: str) -> str:
    parts = []
    if event in ("INSERT", "UPDATE"):
        parts.append(f"SELECT {key}, 1 AS n FROM {joins['new']} WHERE {where}")
    if event in ("DELETE", "UPDATE"):
        parts.append(f"SELECT {key}, -1 AS n FROM {joins['old']} WHERE {where}")
    return " UNION ALL ".join(parts)


def _apply(table: str, keys: list[str], key: str, where: str, joins: dict[str, str], event: str) -> str:
    cols = ", ".join(keys)
    k = ", ".join(f"k{i}" for i in range(len(keys)))
    moved = f"SELECT {k}, sum(n) AS n FROM ({_delta(key, where, joins, event)}) AS moved ({k}, n)"
    delta = f"{moved} GROUP BY {k} HAVING sum(n) {{}} 0"
    same = " AND ".join(f"t.{c} IS NOT DISTINCT FROM d.k{i}" for i, c in enumerate(keys))
    # Losses update the rows in place: an INSERT ... ON CONFLICT of a negative count would fail
    # the table's CHECK (>= 0) before finding the row. Gains upsert, keys in order so that
    # concurrent writers lock the rows they share in one order; rows left at 0 go.
    return f"""
    UPDATE {table} t SET meeting_count = t.meeting_count + d.n FROM ({delta.format("<")}) d WHERE {same};
    INSERT INTO {table} AS t ({cols}, meeting_count) SELECT * FROM ({delta.format(">")} ORDER BY {k}) d
    ON CONFLICT ({cols}) DO UPDATE SET meeting_count = t.meeting_count + excluded.meeting_count;
    DELETE FROM {table} t USING ({delta.format("<")}) d WHERE {same} AND t.meeting_count = 0;
"""


# Counterparts: the ordered pairs of people at each touched meeting, after the statement (+1) and
# before it (-1): its participants now, less the rows it brought, plus those it took away.
# A meeting has a handful of participants, so recounting the touched meetings whole is cheap.
_TOUCHED = {
    "INSERT": "SELECT meeting_id FROM new_rows",
    "DELETE": "SELECT meeting_id FROM old_rows",
    "UPDATE": "SELECT meeting_id FROM new_rows UNION SELECT meeting_id FROM old_rows",
}


def _meeting_people(event: str) -> tuple[str, str]:
    """(after, before): the (meeting, person) rows of the meetings a statement touched."""
    after = f"SELECT meeting_id, person_id FROM {PART} WHERE meeting_id IN ({_TOUCHED[event]})"
    before = after
    if event != "DELETE":
        before = f"({before} EXCEPT SELECT meeting_id, person_id FROM new_rows)"
    if event != "INSERT":
        before = f"{before} UNION SELECT meeting_id, person_id FROM old_rows"
    return after, before


def _counterparts(event: str) -> str:
    after, before = _meeting_people(event)
    pairs = "SELECT x.person_id, y.person_id, {sign} FROM ({rows}) x JOIN ({rows}) y" \
        " ON y.meeting_id = x.meeting_id AND y.person_id <> x.person_id"  # fmt: skip
    moved = f"{pairs.format(sign=1, rows=after)} UNION ALL {pairs.format(sign=-1, rows=before)}"
    delta = (
        f"SELECT k0, k1, sum(n) AS n FROM ({moved}) AS moved (k0, k1, n) GROUP BY k0, k1 HAVING sum(n) {{}} 0"
    )
    same = "t.person_id = d.k0 AND t.other_id = d.k1"
    table = "entities_counterpart"
    return f"""
    UPDATE {table} t SET meeting_count = t.meeting_count + d.n FROM ({delta.format("<")}) d WHERE {same};
    INSERT INTO {table} AS t (person_id, other_id, meeting_count)
    SELECT * FROM ({delta.format(">")} ORDER BY k0, k1) d
    ON CONFLICT (person_id, other_id) DO UPDATE SET meeting_count = t.meeting_count + excluded.meeting_count;
    DELETE FROM {table} t USING ({delta.format("<")}) d WHERE {same} AND t.meeting_count = 0;
"""


def _function(name: str, table: str, event: str, body: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
    IF current_setting('newsdesk.refilling_summaries', true) = 'on' THEN
        RETURN NULL;  -- refill() is rebuilding them whole
    END IF;
    {body}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS {name} ON {table};
CREATE TRIGGER {name} AFTER {event} ON {table}
    REFERENCING {REFERENCING[event]}
    FOR EACH STATEMENT EXECUTE FUNCTION {name}();
"""


def _triggers():
    """[(name, table, event, body)]"""
    found = []
    for table, event, body in PAIR_MEETING_TRIGGERS:
        found.append((f"{table}_pairs_{event.lower()}", table, event, body))
    for table, (target, keys, key, where), joins in COUNTED_TRIGGERS:
        for event in REFERENCING:
            name = f"{table}_{target.removeprefix('entities_')}_{event.lower()}"
            found.append((name, table, event, _apply(target, keys, key, where, joins, event)))
    for event in REFERENCING:
        found.append((f"{PART}_counterpart_{event.lower()}", PART, event, _counterparts(event)))
    return found


def pg_create() -> list[str]:
    return [_function(name, table, event, body) for name, table, event, body in _triggers()]


def pg_drop() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {name} ON {table}; DROP FUNCTION IF EXISTS {name}();"
        for name, table, _, _ in _triggers()
    ]


# From scratch: the starting point the deltas keep (migration 0010, `manage.py recount`).
REFILL = [
    *(
        f"DELETE FROM {t}"
        for t in (
            "entities_counterpart",
            "entities_pairofficial",
            "entities_pairtotal",
            "entities_pairmonth",
            PM,
        )
    ),
    f"""INSERT INTO {PM} (meeting_id, country_a_id, country_b_id, date)
    SELECT s1.meeting_id, s1.country_id, s2.country_id, m.date FROM {SIDE} s1
    JOIN {SIDE} s2 ON s2.meeting_id = s1.meeting_id AND s2.country_id > s1.country_id
    JOIN {MEETING} m ON m.id = s1.meeting_id""",
    f"""INSERT INTO entities_pairmonth (country_a_id, country_b_id, month, meeting_count)
    SELECT {MONTHS[2]}, count(*) FROM {PM} p WHERE {MONTHS[3]} GROUP BY 1, 2, 3""",
    f"""INSERT INTO entities_pairtotal (country_a_id, country_b_id, meeting_count)
    SELECT {TOTALS[2]}, count(*) FROM {PM} p GROUP BY 1, 2""",
    f"""INSERT INTO entities_pairofficial (country_a_id, country_b_id, country_id, person_id, meeting_count)
    SELECT {OFFICIALS[2]}, count(*) FROM {_ON_PAIR_MEETINGS_PARTICIPANTS["new"].replace("new_rows", PM)}
    GROUP BY 1, 2, 3, 4""",
    f"""INSERT INTO entities_counterpart (person_id, other_id, meeting_count)
    SELECT x.person_id, y.person_id, count(*) FROM {PART} x
    JOIN {PART} y ON y.meeting_id = x.meeting_id AND y.person_id <> x.person_id GROUP BY 1, 2""",
    # Statistics now, not at autovacuum's leisure: a planner that thinks China-Russia has 10
    # meetings sorts all 33,000 of them instead of reading the ledger index in order.
    f"ANALYZE {PM}, entities_pairmonth, entities_pairtotal, entities_pairofficial, entities_counterpart",
]


def refill(using: str = "default") -> None:
    """Summaries from a fresh aggregate (after a load that bypassed the triggers: TRUNCATE,
    `pg_restore --disable-triggers`), the triggers standing aside while they are rebuilt."""
    from django.db import connections, transaction

    conn = connections[using]
    if not summaries_kept(conn):
        return
    with transaction.atomic(using=using), conn.cursor() as cursor:
        # Writers wait: a write between the DELETE and the INSERTs would be counted twice.
        cursor.execute(f"LOCK TABLE {SIDE}, {PART}, {MEETING} IN SHARE MODE")
        cursor.execute("SET LOCAL newsdesk.refilling_summaries = 'on'")
        for statement in REFILL:
            cursor.execute(statement)
