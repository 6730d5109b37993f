"""Database faults and limits seen from the web side."""

from __future__ import annotations

import contextlib

from django.db import InterfaceError, OperationalError, connection, transaction

# What a lost or unreachable database raises, whichever query hits it first.
DATABASE_ERRORS = (OperationalError, InterfaceError)
# PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout.
QUERY_CANCELED = "57014"


@contextlib.contextmanager
def statement_timeout(milliseconds: int):
    """Run the block in a transaction whose statements PostgreSQL cancels after `milliseconds`.

    Anonymous visitors choose what public search asks the database; the timeout bounds what one
    request can cost whatever they type. Elsewhere (SQLite) the block just runs. No savepoint: a
    view's block is the outermost transaction (no ATOMIC_REQUESTS), and a cancelled statement
    ends it anyway.
    """
    with transaction.atomic(savepoint=False):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL statement_timeout = %s", [int(milliseconds)])
        yield


def is_timeout(error: BaseException) -> bool:
    return getattr(error.__cause__, "pgcode", None) == QUERY_CANCELED
