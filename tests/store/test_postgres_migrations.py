"""The store on PostgreSQL: migrations, the advisory lock around them, and what differs from SQLite.

Each test gets a throwaway database (``pg_url``, tests/db_backends.py) and skips when no
server is reachable.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from accords.store import Store
from accords.store.db import alembic_config, create_store_engine, upgrade
from accords.store.locks import PG_MIGRATION_LOCK
from accords.store.schema import ArticleRow, Base, include_name

pytestmark = pytest.mark.postgresql


def _context(connection: Any) -> MigrationContext:
    """A comparison context leaving out the search indexes (migration 0004; include_name)."""
    return MigrationContext.configure(connection, opts={"include_name": include_name})


def plain(url: str) -> str:
    """``postgresql+psycopg://…`` as a user would type it: ``postgresql://…``."""
    return "postgresql://" + url.split("://", 1)[1]


def test_open_accepts_a_plain_postgresql_url_and_builds_the_models_schema(pg_url: str) -> None:
    with Store.open(plain(pg_url)) as store:
        assert store.engine.dialect.name == "postgresql"
        assert store.engine.dialect.driver == "psycopg"
        with store.engine.connect() as connection:
            assert compare_metadata(_context(connection), Base.metadata) == []
            # JSON columns are JSONB there, and SQLite's PRAGMAs were not sent.
            kinds = {c["name"]: type(c["type"]).__name__
                     for c in inspect(connection).get_columns("facts")}
            assert kinds["attrs"] == "JSONB"


def test_downgrade_to_base_and_upgrade_again(pg_url: str) -> None:
    engine = create_store_engine(pg_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        upgrade(engine)
        assert {"articles", "facts", "evidence"} <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migration_waits_for_the_advisory_lock(pg_url: str) -> None:
    """While another session holds the lock, ``Store.open`` of a fresh database waits."""
    holder = create_engine(pg_url)
    opened = threading.Event()
    failure: list[BaseException] = []

    def open_store() -> None:
        try:
            Store.open(pg_url).close()
            opened.set()
        except BaseException as error:  # reported by the assertion below
            failure.append(error)

    try:
        with holder.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": PG_MIGRATION_LOCK})
            worker = threading.Thread(target=open_store, daemon=True)
            worker.start()
            time.sleep(1.5)
            assert not opened.is_set(), "the migration ran without waiting for the lock"
            assert "articles" not in inspect(connection).get_table_names()
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": PG_MIGRATION_LOCK})
            connection.commit()
        worker.join(timeout=60)
        assert not failure, failure
        assert opened.is_set()
    finally:
        holder.dispose()


def _open(url: str, barrier: Any) -> None:
    barrier.wait()
    Store.open(url).close()


def test_two_processes_opening_a_fresh_database_both_succeed(pg_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    workers = [context.Process(target=_open, args=(pg_url, barrier)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            assert compare_metadata(_context(connection), Base.metadata) == []
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            assert connection.execute(select(ArticleRow.id)).all() == []
    finally:
        engine.dispose()


def test_unreachable_server_is_one_line_error_from_the_cli() -> None:
    """No fixture database: a closed port, to check the message (not a traceback)."""
    accords = str(Path(sys.executable).with_name("accords"))
    result = subprocess.run(
        [accords, "show", "abcd", "--db", "postgresql://postgres@127.0.0.1:1/nothing"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 1
    assert "cannot open database" in result.stderr
    assert "Traceback" not in result.stderr
