"""The tables Accords stores articles and facts in, as SQLAlchemy 2 declarative models.

Three tables mirror the domain model: ``articles`` (one row per distinct cleaned
text), ``facts`` and ``evidence``. Column types are the portable ones (``JSON``,
``Text``, ``String``, ``Float``) so the same models serve SQLite now and
PostgreSQL later; JSON becomes ``JSONB`` on PostgreSQL so that attributes can be
indexed and queried there.

Constraint and index names follow :data:`NAMING_CONVENTION`, because Alembic
needs names to alter or drop constraints and PostgreSQL would otherwise invent
its own. Any change here needs a new revision in ``store/migrations/versions``;
``tests/store/test_migrations.py`` fails until the two agree.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Select,
    String,
    Text,
    UniqueConstraint,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.functions import FunctionElement

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: JSON everywhere, JSONB on PostgreSQL (binary, indexable, keys deduplicated).
JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    """Timezone-aware now, so ingestion times compare correctly whatever the server's zone."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base whose metadata carries the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ArticleRow(Base):
    """One article: its cleaned text and metadata. The primary key is ``Article.article_id``."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(Text, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))
    outlet: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str | None] = mapped_column(String(64))
    repairs: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    trimmed: Mapped[list[str]] = mapped_column(JSONType)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    facts: Mapped[list[FactRow]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FactRow.id",
    )


class FactRow(Base):
    """One fact of one article; ``attrs`` holds the evaluation schema's fields for its kind."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), index=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSONType)
    confidence: Mapped[float] = mapped_column(Float)

    article: Mapped[ArticleRow] = relationship(back_populates="facts")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="fact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="EvidenceRow.id",
    )


class EvidenceRow(Base):
    """Where the article says a fact: character offsets into ``articles.text``."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fact_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("facts.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)

    fact: Mapped[FactRow] = relationship(back_populates="evidence")


# ``iter_extractions`` walks articles in (published, id) order.
Index("ix_articles_published_id", ArticleRow.published, ArticleRow.id)


# --- Expression indexes on facts' JSON attributes (issue 6; migration 0003). -------------


class json_value(FunctionElement):
    """A top-level key of a JSON column, as the dashboard queries and their indexes spell it.

    SQLite: ``json_extract(attrs, '$.KEY')`` (JSON text for a list, the string itself for a
    string); PostgreSQL: ``(attrs -> 'KEY')``, a ``jsonb`` value. An index only serves a
    query that spells its expression the same way, so queries build it with this (or
    write exactly that SQL).
    """

    name = "json_value"
    inherit_cache = True


class json_text(FunctionElement):
    """A top-level string key of a JSON column as text: ``json_extract(attrs, '$.KEY')`` on
    SQLite, ``(attrs ->> 'KEY')`` on PostgreSQL."""

    name = "json_text"
    inherit_cache = True


def _key(element: FunctionElement) -> tuple[ColumnElement[Any], str]:
    column, key = element.clauses
    return column, str(key.name)  # a literal_column holding the key, checked by _json_key


def _json_key(key: str) -> Any:
    if not key.isidentifier():
        raise ValueError(f"not a plain JSON key: {key!r}")
    return literal_column(key)


def attr_value(column: Any, key: str) -> json_value:
    """``json_value(column, key)``: see :class:`json_value`."""
    return json_value(column, _json_key(key))


def attr_text(column: Any, key: str) -> json_text:
    """``json_text(column, key)``: see :class:`json_text`."""
    return json_text(column, _json_key(key))


@compiles(json_value, "sqlite")
@compiles(json_text, "sqlite")
def _json_sqlite(element: FunctionElement, compiler: Any, **kw: Any) -> str:
    column, key = _key(element)
    return f"json_extract({compiler.process(column, **kw)}, '$.{key}')"


@compiles(json_value, "postgresql")
def _json_value_pg(element: FunctionElement, compiler: Any, **kw: Any) -> str:
    column, key = _key(element)
    return f"({compiler.process(column, **kw)} -> '{key}')"


@compiles(json_text, "postgresql")
def _json_text_pg(element: FunctionElement, compiler: Any, **kw: Any) -> str:
    column, key = _key(element)
    return f"({compiler.process(column, **kw)} ->> '{key}')"


#: A dyad's facts of one kind: ``kind = 'instrument' AND <countries> = '["HUN","RUS"]'``
#: (compact JSON text on SQLite, ``jsonb`` on PostgreSQL), and facts per dyad.
FACT_COUNTRIES = attr_value(FactRow.attrs, "countries")
#: Area facts of one area: ``kind = 'area' AND <area> = 'trade'``.
FACT_AREA = attr_text(FactRow.attrs, "area")
Index("ix_facts_kind_countries", FactRow.kind, FACT_COUNTRIES)
Index("ix_facts_kind_area", FactRow.kind, FACT_AREA)


class json_literal(FunctionElement):
    """JSON text bound as a value comparable with :class:`json_value`: the text itself on
    SQLite (``json_extract`` gives compact JSON text), ``CAST(... AS jsonb)`` on PostgreSQL."""

    name = "json_literal"
    inherit_cache = True


@compiles(json_literal, "sqlite")
def _json_literal_sqlite(element: FunctionElement, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(json_literal, "postgresql")
def _json_literal_pg(element: FunctionElement, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS jsonb)"


def articles_about(dyad: str) -> Select[tuple[str]]:
    """The ids of the articles with a dyad fact for ``dyad`` ("HUN-RUS"), the states in
    either order: an index lookup on ``ix_facts_kind_countries``."""
    first, _, second = dyad.partition("-")
    pairs = [json.dumps(p, separators=(",", ":")) for p in ([first, second], [second, first])]
    return select(FactRow.article_id).where(
        FactRow.kind == "dyad", FACT_COUNTRIES.in_([json_literal(p) for p in pairs])
    )


# --- The registry (issue 4; migration 0002). ----------------------------------------------


class RecordRow(Base):
    """One registry record: a body, meeting, instrument, programme or person (``model.Record``).

    The filterable parts (kind, dyad, status, curation state, main date) are columns with
    indexes; everything else is JSON, read whole with the record.
    """

    __tablename__ = "records"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    dyad: Mapped[str | None] = mapped_column(String(7), index=True)
    label: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSONType)
    values: Mapped[dict[str, Any]] = mapped_column(JSONType)
    conflicts: Mapped[list[str]] = mapped_column(JSONType)
    lifecycle: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    overrides: Mapped[dict[str, Any]] = mapped_column(JSONType)
    reports: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Meetings and instruments: the months consolidation files the record under
    #: (``registry.candidates``; year × 12 + month − 1), to find the records a new fact
    #: could join without reading the group. Null for the other kinds, and until filed.
    months_from: Mapped[int | None] = mapped_column(Integer)
    months_to: Mapped[int | None] = mapped_column(Integer)


Index("ix_records_kind_dyad_months", RecordRow.kind, RecordRow.dyad, RecordRow.months_from)


class RecordFactRow(Base):
    """Which record a fact supports; a fact supports at most one record."""

    __tablename__ = "record_facts"

    fact_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    record_id: Mapped[str] = mapped_column(
        String(24), ForeignKey("records.id", ondelete="CASCADE"), index=True
    )


class DyadSummaryRow(Base):
    """Per dyad: its live (not rejected) records by kind, the articles supporting them, and
    their date span (``registry.queries.DyadSummary``; migration 0005).

    Kept by the registry's one writer (``registry.persist.save`` marks the dyads it
    changes; they are recounted when the transaction commits), so that the home page and
    the dyad pages read one small table instead of joining every record to its facts.
    """

    __tablename__ = "dyad_summaries"

    dyad: Mapped[str] = mapped_column(String(7), primary_key=True)
    records: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer)
    by_kind: Mapped[dict[str, int]] = mapped_column(JSONType)
    first: Mapped[str | None] = mapped_column(String(10))
    last: Mapped[str | None] = mapped_column(String(10))


class ArticleSignatureRow(Base):
    """An article's MinHash signature and near-duplicate group; present once consolidated."""

    __tablename__ = "article_signatures"

    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    cluster: Mapped[str] = mapped_column(String(16), index=True)
    minhash: Mapped[list[int]] = mapped_column(JSONType)
    consolidated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleBandRow(Base):
    """One LSH band of a consolidated article's signature (``registry.dedup.band_keys``):
    the near-duplicate index, read by key for the articles of each new batch."""

    __tablename__ = "article_bands"

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        String(16), ForeignKey("article_signatures.article_id", ondelete="CASCADE"),
        primary_key=True,
    )


class CurationEventRow(Base):
    """One curator's change (``model.CurationEvent``). No foreign key: history outlives merges."""

    __tablename__ = "curation_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(24), index=True)
    action: Mapped[str] = mapped_column(String(16))
    by: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    field: Mapped[str | None] = mapped_column(Text)
    before: Mapped[Any | None] = mapped_column(JSONType)
    after: Mapped[Any | None] = mapped_column(JSONType)
    note: Mapped[str | None] = mapped_column(Text)


# --- Live tracking (issue 17; migration 0008). ------------------------------------------


class SourceRow(Base):
    """A feed, sitemap or page ``accords watch`` follows, with its schedule and health."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    #: ``auto`` until the first fetch says what it is; then rss, atom, sitemap, newsmap, page.
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(Text)
    #: The polling interval the user asked for, and the current adaptive one (seconds).
    every: Mapped[int] = mapped_column(Integer)
    interval: Mapped[int] = mapped_column(Integer)
    next_due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    #: Failed polls in a row; the back-off doubles with each.
    failures: Mapped[int] = mapped_column(Integer, default=0)
    #: Seconds of the current back-off (0 when healthy).
    backoff: Mapped[int] = mapped_column(Integer, default=0)
    last_polled: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_success: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)
    articles_stored: Mapped[int] = mapped_column(Integer, default=0)
    #: The watcher fetching it now, and until when its claim holds (``locks.source_lock``).
    lock_owner: Mapped[str | None] = mapped_column(String(64))
    lock_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SourceFetchRow(Base):
    """One poll of one source: what came back and what became of its items."""

    __tablename__ = "source_fetches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("sources.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[int | None] = mapped_column(Integer)
    #: ok, not_modified, error, disallowed, refused
    outcome: Mapped[str] = mapped_column(String(16))
    items: Mapped[int] = mapped_column(Integer, default=0)
    new_items: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)


class SeenUrlRow(Base):
    """A page ``accords watch`` has read, under each name it goes by (a normalised URL, a
    feed GUID, a canonical link), so that no name leads to a second fetch."""

    __tablename__ = "seen_urls"

    #: ``url:…``, ``guid:SOURCE:…`` or ``canonical:…``, hashed (sha256 hex).
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    #: The article the page became; null when it was rejected (``outcome`` says why).
    article_id: Mapped[str | None] = mapped_column(String(16), index=True)
    outcome: Mapped[str] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(Integer)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- Full-text search (migration 0004). -------------------------------------------------------

#: What migration 0004 builds outside these models: SQLite FTS5 tables (with their shadow
#: tables, ``articles_fts_data`` …) and triggers, PostgreSQL GIN expression indexes. The
#: models cannot declare them, so schema comparisons leave them out (:func:`include_name`).
SEARCH_TABLES = ("articles_fts", "records_fts")
SEARCH_INDEXES = ("ix_articles_search", "ix_records_search")


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Alembic's ``include_name`` hook: False for the search index's tables and indexes."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLES):
        return False
    return not (type_ == "index" and name in SEARCH_INDEXES)


# --- Watchlists and alerts (issue 18; migration 0009). -------------------------------------


class EventRow(Base):
    """One change of the registry a watch can be told about: the outbox.

    Written in the transaction that makes the change (``registry.changes``), so a change
    committed always has its event and a change rolled back never does. ``record`` is what
    watches match on (kind, dyad, label, status, state, date, areas, body) as the record
    stood after the change; ``before``/``after`` say what changed; ``article_id`` and
    ``sentence`` are what caused it (none for a curator's change).
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    record_id: Mapped[str] = mapped_column(String(24), index=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    before: Mapped[Any | None] = mapped_column(JSONType)
    after: Mapped[Any | None] = mapped_column(JSONType)
    article_id: Mapped[str | None] = mapped_column(String(16))
    sentence: Mapped[str | None] = mapped_column(Text)
    by: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WatchRow(Base):
    """A curator's saved filter over the registry's events, and where to send what it
    matches (``alerts.watches``). ``since_event``: only events after it match (those
    before the watch was made are not news to its owner); ``planned_event``: the last
    event already turned into deliveries."""

    __tablename__ = "watches"

    id: Mapped[str] = mapped_column(String(24), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(JSONType)
    webhook_url: Mapped[str | None] = mapped_column(Text)
    webhook_secret: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    feed_token: Mapped[str] = mapped_column(String(64))
    since_event: Mapped[int] = mapped_column(Integer)
    planned_event: Mapped[int] = mapped_column(Integer)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    emailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DeliveryRow(Base):
    """One event to send to one watch by one channel (``webhook`` or ``email``): pending
    until ``delivered_at``, tried again from ``next_attempt`` after a failure."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("watch_id", "event_id", "channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    watch_id: Mapped[str] = mapped_column(
        String(24), ForeignKey("watches.id", ondelete="CASCADE"))
    event_id: Mapped[int] = mapped_column(Integer, ForeignKey("events.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(8))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    last_error: Mapped[str | None] = mapped_column(Text)


class DeliveryLogRow(Base):
    """One attempt to send (a webhook call, a digest): the delivery log shown per watch."""

    __tablename__ = "delivery_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    watch_id: Mapped[str] = mapped_column(
        String(24), ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(8))
    event_ids: Mapped[list[int]] = mapped_column(JSONType)
    message_id: Mapped[str | None] = mapped_column(Text)
    status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
