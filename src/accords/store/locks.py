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


def source_lock(session: Session, source_id: int, owner: str, seconds: float) -> bool:
    """Claim source ``source_id`` for watcher ``owner`` for ``seconds``; False if another
    watcher holds an unexpired claim. A row lock that outlives the transaction (a source
    is fetched over many): the claim is an atomic ``UPDATE`` of the source's row, taken
    when it is free, expired or already ``owner``'s, so two ``accords watch`` processes never
    fetch one source at once, and a killed watcher's claim lapses by itself. Commits."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import or_, update

    from accords.store.schema import SourceRow

    now = datetime.now(UTC)
    claimed = session.execute(
        update(SourceRow)
        .where(SourceRow.id == source_id,
               or_(SourceRow.lock_until.is_(None), SourceRow.lock_until < now,
                   SourceRow.lock_owner == owner))
        .values(lock_owner=owner, lock_until=now + timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    ).rowcount
    session.commit()
    return claimed == 1


def release_source(session: Session, source_id: int, owner: str) -> None:
    """Give up ``owner``'s claim on a source (nothing if it holds none). Commits."""
    from sqlalchemy import update

    from accords.store.schema import SourceRow

    session.execute(
        update(SourceRow).where(SourceRow.id == source_id, SourceRow.lock_owner == owner)
        .values(lock_owner=None, lock_until=None).execution_options(synchronize_session=False)
    )
    session.commit()
