"""Database fixtures for every test folder: the same test on SQLite and on PostgreSQL.

``tests/conftest.py`` imports the fixtures from here, so any test can ask for:

* ``db_url`` — the URL of a fresh, empty database, parametrised over ``sqlite`` (a file
  in ``tmp_path``) and ``postgresql`` (a throwaway database ``accords_test_<random>``
  created on the server and dropped at teardown);
* ``db_url_factory`` — the same, as a function returning a new database of the test's
  backend at each call (for tests that compare two databases);
* ``pg_url`` — a throwaway PostgreSQL database only (tests that are about PostgreSQL).

The server is ``ACCORDS_TEST_PG`` (an SQLAlchemy or libpq URL of a database the user may
``CREATE DATABASE`` from), default ``postgresql://postgres@127.0.0.1:5432/postgres``.
When it cannot be reached, the PostgreSQL variants skip with the reason; ``.ci/run``
starts the local server first. Select or leave out a backend with ``-m postgresql`` /
``-m "not postgresql"``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ENV_TEST_PG = "ACCORDS_TEST_PG"
DEFAULT_TEST_PG = "postgresql://postgres@127.0.0.1:5432/postgres"
DB_PREFIX = "accords_test_"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
]

DbFactory = Callable[[], str]


def _libpq_url(url: str) -> str:
    """``postgresql+psycopg://…`` → ``postgresql://…`` (what psycopg itself accepts)."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.startswith(("postgresql", "postgres")) else url


def _with_database(url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False
    )


class PgServer:
    """The test server: creates and drops throwaway databases through an admin connection."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url

    def _admin(self) -> Any:  # a psycopg.Connection (psycopg is imported lazily)
        import psycopg

        return psycopg.connect(_libpq_url(self.admin_url), autocommit=True, connect_timeout=5)

    def create(self) -> str:
        name = DB_PREFIX + secrets.token_hex(6)
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return _with_database(self.admin_url, name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        assert name and name.startswith(DB_PREFIX), name
        with self._admin() as connection:
            # FORCE ends sessions a test (or a killed subprocess) left behind.
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    """The PostgreSQL server tests may create databases on; skips when unreachable."""
    admin_url = os.environ.get(ENV_TEST_PG, "").strip() or DEFAULT_TEST_PG
    try:
        import psycopg
    except ImportError as error:  # pragma: no cover - psycopg is a dependency
        pytest.skip(f"PostgreSQL tests need psycopg: {error}")
    try:
        with psycopg.connect(_libpq_url(admin_url), autocommit=True, connect_timeout=3) as conn:
            version = conn.info.server_version
    except psycopg.Error as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        pytest.skip(f"no PostgreSQL reachable at {admin_url} (set {ENV_TEST_PG}): {reason}")
    if version < 130000:
        pytest.skip(f"PostgreSQL {version} at {admin_url} is older than 13 (DROP … WITH FORCE)")
    return PgServer(admin_url)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A throwaway PostgreSQL database, empty, dropped after the test."""
    url = pg_server.create()
    try:
        yield url
    finally:
        pg_server.drop(url)


@pytest.fixture(params=BACKENDS)
def db_backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: the backend this run of the test uses."""
    return request.param


@pytest.fixture
def db_url_factory(
    db_backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[DbFactory]:
    """A function returning the URL of a new, empty database of the test's backend."""
    made: list[str] = []
    server: PgServer | None = (
        request.getfixturevalue("pg_server") if db_backend == "postgresql" else None
    )

    def new_database() -> str:
        if server is None:
            url = f"sqlite:///{tmp_path / f'db{len(made)}.sqlite'}"
        else:
            url = server.create()
        made.append(url)
        return url

    yield new_database
    if server is not None:
        for url in made:
            server.drop(url)


@pytest.fixture
def db_url(db_url_factory: DbFactory) -> str:
    """The URL of a fresh, empty database: once on SQLite, once on PostgreSQL."""
    return db_url_factory()
