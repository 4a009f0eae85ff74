"""The ``Store``: open (and migrate) a database, add extractions, read them back.

Design choices, and why:

* **Idempotent per content.** An article's primary key derives from the hash of
  its cleaned text and ``content_hash`` is unique, so ``add`` of the same text
  twice stores it once and says ``"duplicate"`` the second time. Two processes
  racing on the same article are settled by the database, not by a prior check:
  the loser's insert violates the unique constraint and is reported as a
  duplicate.
* **One transaction per article.** An article, its facts and their evidence are
  committed together or not at all, so a failure halfway leaves no orphan rows.
* **Migrations at open.** ``Store.open`` upgrades the schema to the newest
  revision, under a write lock on SQLite and an advisory lock on PostgreSQL, so
  two first runs on a fresh database cannot both create the tables.
* **SQLite tuned for several processes.** Foreign keys are on (SQLite leaves them
  off), the journal is WAL so readers never block the writer, and a busy
  timeout makes a second writer wait instead of failing at once.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, TypedDict

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    ColumnElement,
    Engine,
    create_engine,
    event,
    func,
    insert,
    nulls_last,
    select,
    text,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from accords.errors import ArticleNotFound
from accords.model import Extraction, FactKind
from accords.settings import default_db_url, normalise_db_url
from accords.store.convert import (
    article_values,
    evidence_values,
    fact_values,
    row_to_extraction,
)
from accords.store.locks import PG_MIGRATION_LOCK, write_lock
from accords.store.schema import ArticleRow, EvidenceRow, FactRow

#: The Alembic environment shipped in the package (env.py, versions/).
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

#: How long a SQLite writer waits for another one to finish before giving up.
SQLITE_BUSY_SECONDS = 60.0

#: Articles read per round trip by ``iter_extractions``.
BATCH_SIZE = 200

#: Shortest id prefix ``get`` accepts, as in git: shorter ones collide too soon.
MIN_PREFIX = 4

_HEX_PREFIX = re.compile(rf"[0-9a-f]{{{MIN_PREFIX},16}}")

# Facts and their evidence come with each article, in two extra queries per batch.
_WITH_FACTS = selectinload(ArticleRow.facts).selectinload(FactRow.evidence)


class AddResult(StrEnum):
    """What ``Store.add`` did with an article."""

    STORED = "stored"
    DUPLICATE = "duplicate"


class Counts(TypedDict):
    """How much the store holds: articles, and facts by kind (every kind, zeros included)."""

    articles: int
    facts: dict[str, int]


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` for the packaged migrations; no ``alembic.ini`` needed."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` in one transaction.

    On SQLite the transaction starts with ``BEGIN IMMEDIATE``: a second process
    opening the same fresh file waits for the first to finish and then finds the
    schema already at head. PostgreSQL runs DDL transactionally; there the
    transaction first takes an advisory lock (:data:`~accords.store.locks.PG_MIGRATION_LOCK`,
    released at commit), with the same effect for two processes opening a fresh database.
    """
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            connection.begin()
        write_lock(connection, PG_MIGRATION_LOCK)
        command.upgrade(alembic_config(connection), revision)
        connection.commit()


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``, with the SQLite settings the store relies on."""
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    options: dict[str, Any] = {
        # Keep non-ASCII text (names, places) readable in the database.
        "json_serializer": functools.partial(json.dumps, ensure_ascii=False),
    }
    if is_sqlite:
        options["connect_args"] = {"timeout": SQLITE_BUSY_SECONDS}
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, **options)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")  # needed for ON DELETE CASCADE
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, and much faster
    finally:
        cursor.close()
    _use_wal(dbapi_connection)


def _use_wal(dbapi_connection: Any) -> None:
    """Put the file in WAL mode, in which readers do not block the writer.

    The mode is stored in the file, so this changes something only on a new
    database. SQLite refuses the switch at once, without waiting for the busy
    timeout, while another process writes (as when two processes open the same
    fresh file), hence the retries.
    """
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        cursor = dbapi_connection.cursor()
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] in ("wal", "memory"):
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
        finally:
            cursor.close()
        time.sleep(0.05)


class Store:
    """A database of articles and the facts extracted from them."""

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose schema is already current; ``Store.open`` is the usual way in."""
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Connect to ``url`` (a URL or a SQLite file path; default: settings) and migrate it."""
        engine = create_store_engine(normalise_db_url(url) if url else default_db_url())
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def add(
        self, extraction: Extraction, *, then: Callable[[Session, AddResult], None] | None = None
    ) -> AddResult:
        """Store an article with its facts, in one transaction, unless its text is stored already.

        Anything that fails on the way (a value that is not JSON, a constraint)
        rolls the whole article back and propagates, except a unique-constraint
        violation caused by another writer storing the same text first. ``then``, if
        given, writes more rows in the same transaction, stored or duplicate (``accords
        watch`` records there the URLs the article was read from).
        """
        content_hash = extraction.article.content_hash
        with self._session() as session:
            if not _has_content(session, content_hash):
                try:
                    _insert(session, extraction)
                    if then:
                        then(session, AddResult.STORED)
                    session.commit()
                    return AddResult.STORED
                except IntegrityError:
                    session.rollback()
                    if not _has_content(session, content_hash):
                        raise
            if then:
                then(session, AddResult.DUPLICATE)
                session.commit()
        return AddResult.DUPLICATE

    def get(self, article_id: str) -> Extraction:
        """One article with its facts, found by id, external id or a unique id prefix.

        The exact article id wins, then the external id (the input's name), then
        a prefix of at least ``MIN_PREFIX`` hex digits. Raises ``ArticleNotFound``
        when nothing matches, or when an external id or prefix matches several.
        """
        key = article_id.strip()
        with self._session() as session:
            row = session.get(ArticleRow, key, options=[_WITH_FACTS])
            if row is None:
                row = _unique(session, ArticleRow.external_id == key, key)
            if row is None and _HEX_PREFIX.fullmatch(key.lower()):
                row = _unique(session, ArticleRow.id.startswith(key.lower(), autoescape=True), key)
            if row is None:
                raise ArticleNotFound(f"no article {key!r}")
            return row_to_extraction(row)

    def iter_extractions(self, batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
        """Every article with its facts, by publication date (undated last), then id.

        Rows are fetched ``batch_size`` at a time, so memory stays flat however
        large the store.
        """
        statement = (
            select(ArticleRow)
            .options(_WITH_FACTS)
            .order_by(nulls_last(ArticleRow.published.asc()), ArticleRow.id)
            .execution_options(yield_per=batch_size)
        )
        with self._session() as session:
            for row in session.scalars(statement):
                yield row_to_extraction(row)

    def counts(self) -> Counts:
        """Number of articles, and of facts of each kind."""
        with self._session() as session:
            articles = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
            rows = session.execute(select(FactRow.kind, func.count()).group_by(FactRow.kind))
            facts = {str(kind): 0 for kind in FactKind}
            facts.update({kind: int(n) for kind, n in rows.tuples()})
        return {"articles": int(articles), "facts": facts}

    def ping(self) -> None:
        """Ask the database a trivial question; raises the driver's error if it cannot answer."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))


def _insert(session: Session, extraction: Extraction) -> None:
    """Insert an article, its facts and their evidence: one statement per table (bulk
    inserts; the ORM's unit of work cost more than the rules on a typical article)."""
    values = article_values(extraction.article)
    session.execute(insert(ArticleRow), [values])
    facts = extraction.facts
    if not facts:
        return
    ids = session.scalars(
        insert(FactRow).returning(FactRow.id, sort_by_parameter_order=True),
        [fact_values(values["id"], fact) for fact in facts],
    ).all()
    evidence = [row for fact_id, fact in zip(ids, facts, strict=True)
                for row in evidence_values(fact_id, fact)]
    if evidence:
        session.execute(insert(EvidenceRow), evidence)


def _has_content(session: Session, content_hash: str) -> bool:
    statement = select(ArticleRow.id).where(ArticleRow.content_hash == content_hash)
    return session.scalar(statement) is not None


def _unique(session: Session, condition: ColumnElement[bool], key: str) -> ArticleRow | None:
    """The one article meeting ``condition``; None if none, ``ArticleNotFound`` if several."""
    ids = list(session.scalars(
        select(ArticleRow.id).where(condition).order_by(ArticleRow.id).limit(6)
    ))
    if len(ids) > 1:
        shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
        raise ArticleNotFound(f"{key!r} is ambiguous: it matches articles {shown}")
    return session.get(ArticleRow, ids[0], options=[_WITH_FACTS]) if ids else None
