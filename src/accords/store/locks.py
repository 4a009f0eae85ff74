"""Database-wide write locks: one writer at a time, whichever process asks.

SQLite: ``BEGIN IMMEDIATE`` takes the file's write lock at once (another process waits for
the busy timeout). PostgreSQL: a transaction-scoped advisory lock, released at commit or
rollback. Each lock has its own key, so migrations and registry writers do not wait on
each other's key.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

#: Key of the PostgreSQL advisory lock that serialises migrations ("accords" in ASCII).
PG_MIGRATION_LOCK = 0x6163636F726473
#: Key of the PostgreSQL advisory lock that serialises registry writers ("registry").
PG_REGISTRY_LOCK = 0x7265676973747279


def write_lock(connection: Connection, pg_key: int) -> None:
    """Make the transaction on ``connection`` the database's only writer (for ``pg_key`` on
    PostgreSQL) until it ends. On SQLite this begins the transaction: call it first."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({pg_key})")


def registry_lock(session: Session) -> None:
    """Make this transaction the registry's only writer until it ends.

    Two ``accords ingest`` processes finishing together would otherwise both consolidate
    the same new articles. SQLite: the other process waits for the busy timeout, then
    finds nothing left to do. Call it first thing in the session.
    """
    write_lock(session.connection(), PG_REGISTRY_LOCK)
