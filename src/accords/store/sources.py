"""The sources ``accords watch`` follows, their polls, and the pages already read: every
read and write the watcher, the command line and the web app make of tables ``sources``,
``source_fetches`` and ``seen_urls`` (migration 0008)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from accords.errors import AccordsError
from accords.store.db import Store
from accords.store.schema import SeenUrlRow, SourceFetchRow, SourceRow


class SourceNotFound(AccordsError):
    """No source has that id or URL."""


class SourceExists(AccordsError):
    """A source with that URL is followed already."""


@dataclass(frozen=True)
class Source:
    """A source and its health, as the command line and the web app show it."""

    id: int
    url: str
    kind: str
    name: str | None
    every: int
    interval: int
    next_due: datetime
    paused: bool
    etag: str | None
    last_modified: str | None
    failures: int
    backoff: int
    last_polled: datetime | None
    last_success: datetime | None
    last_error: str | None
    items_seen: int
    articles_stored: int

    @property
    def label(self) -> str:
        return self.name or self.url

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, datetime):
                data[key] = value.isoformat()
        return data


@dataclass(frozen=True)
class Fetch:
    """One poll of a source (a row of ``source_fetches``)."""

    at: datetime
    status: int | None
    outcome: str
    items: int
    new_items: int
    stored: int
    duplicates: int
    rejected: int
    error: str | None
    seconds: float

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        return data


def utc(value: datetime | None) -> datetime | None:
    """``value`` as an aware UTC time (SQLite hands back naive ones)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def now() -> datetime:
    return datetime.now(UTC)


def _source(row: SourceRow) -> Source:
    return Source(
        id=row.id, url=row.url, kind=row.kind, name=row.name, every=row.every,
        interval=row.interval, next_due=utc(row.next_due) or now(), paused=row.paused,
        etag=row.etag, last_modified=row.last_modified, failures=row.failures,
        backoff=row.backoff, last_polled=utc(row.last_polled),
        last_success=utc(row.last_success), last_error=row.last_error,
        items_seen=row.items_seen, articles_stored=row.articles_stored,
    )


def add_source(store: Store, url: str, *, kind: str = "auto", every: int = 1800,
               name: str | None = None) -> Source:
    """Follow a new source, due at once; ``SourceExists`` if its URL is followed already."""
    with Session(store.engine) as session:
        if session.scalar(select(SourceRow.id).where(SourceRow.url == url)) is not None:
            raise SourceExists(f"source {url} is followed already")
        row = SourceRow(url=url, kind=kind, name=name, every=every, interval=every,
                        next_due=now(), paused=False, failures=0, backoff=0, items_seen=0,
                        articles_stored=0)
        session.add(row)
        session.commit()
        return _source(row)


def list_sources(store: Store) -> list[Source]:
    """Every source, in the order they were added."""
    with Session(store.engine) as session:
        return [_source(r) for r in session.scalars(select(SourceRow).order_by(SourceRow.id))]


def get_source(store: Store, key: str | int) -> Source:
    """The source with this id (a number) or URL; ``SourceNotFound`` if none."""
    with Session(store.engine) as session:
        return _source(_row(session, key))


def _row(session: Session, key: str | int) -> SourceRow:
    text = str(key).strip()
    row = session.get(SourceRow, int(text)) if text.isdigit() else None
    if row is None:
        row = session.scalar(select(SourceRow).where(SourceRow.url == text))
    if row is None:
        raise SourceNotFound(f"no source {text!r}")
    return row


def set_paused(store: Store, key: str | int, paused: bool) -> Source:
    """Pause or resume a source; a resumed source is due at once."""
    with Session(store.engine) as session:
        row = _row(session, key)
        row.paused = paused
        if not paused:
            row.next_due = now()
        session.commit()
        return _source(row)


def remove_source(store: Store, key: str | int) -> Source:
    """Stop following a source; its poll history goes with it (its articles stay)."""
    with Session(store.engine) as session:
        row = _row(session, key)
        source = _source(row)
        session.execute(delete(SourceFetchRow).where(SourceFetchRow.source_id == row.id))
        session.delete(row)
        session.commit()
        return source


def due_sources(store: Store, *, force: bool = False) -> list[Source]:
    """Active sources due now (every active source with ``force``), the most overdue first."""
    statement = select(SourceRow).where(SourceRow.paused.is_(False))
    if not force:
        statement = statement.where(SourceRow.next_due <= now())
    with Session(store.engine) as session:
        return [_source(r) for r in session.scalars(
            statement.order_by(SourceRow.next_due, SourceRow.id))]


def next_due(store: Store) -> datetime | None:
    """When the next active source is due (None when none is active)."""
    with Session(store.engine) as session:
        return utc(session.scalar(
            select(func.min(SourceRow.next_due)).where(SourceRow.paused.is_(False))))


def set_kind(store: Store, source_id: int, kind: str) -> None:
    """Record what an ``auto`` source turned out to be."""
    with Session(store.engine) as session:
        session.execute(update(SourceRow).where(SourceRow.id == source_id).values(kind=kind))
        session.commit()


@dataclass
class Poll:
    """What one poll of a source came to, for :func:`record_poll`."""

    outcome: str  # ok, not_modified, error, disallowed, refused
    status: int | None = None
    items: int = 0
    new_items: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    error: str | None = None
    seconds: float = 0.0
    etag: str | None = None
    last_modified: str | None = None


def record_poll(store: Store, source_id: int, poll: Poll, *, wait: int,
                failed: bool) -> None:
    """Write a poll to the history and the source's health; it is due again in ``wait`` s."""
    at = now()
    with Session(store.engine) as session:
        row = session.get(SourceRow, source_id)
        if row is None:  # removed while it was being polled
            return
        session.add(SourceFetchRow(
            source_id=source_id, at=at, status=poll.status, outcome=poll.outcome,
            items=poll.items, new_items=poll.new_items, stored=poll.stored,
            duplicates=poll.duplicates, rejected=poll.rejected, error=poll.error,
            seconds=poll.seconds))
        row.last_polled = at
        row.next_due = at + timedelta(seconds=wait)
        if failed:
            row.failures += 1
            row.backoff = wait
            row.last_error = poll.error
        else:
            row.failures = 0
            row.backoff = 0
            row.interval = wait
            row.last_success = at
            if poll.outcome == "ok":
                row.etag = poll.etag
                row.last_modified = poll.last_modified
        row.items_seen += poll.new_items
        row.articles_stored += poll.stored
        session.commit()


def fetch_history(store: Store, source_id: int, limit: int = 50) -> list[Fetch]:
    """The latest polls of a source, newest first."""
    statement = (select(SourceFetchRow).where(SourceFetchRow.source_id == source_id)
                 .order_by(SourceFetchRow.id.desc()).limit(limit))
    with Session(store.engine) as session:
        return [Fetch(at=utc(r.at) or now(), status=r.status, outcome=r.outcome, items=r.items,
                      new_items=r.new_items, stored=r.stored, duplicates=r.duplicates,
                      rejected=r.rejected, error=r.error, seconds=r.seconds)
                for r in session.scalars(statement)]


def seen_keys(store: Store, keys: Iterable[str]) -> set[str]:
    """Those of ``keys`` (see ``watch.urls``) under which a page was read already."""
    wanted = list(set(keys))
    if not wanted:
        return set()
    with Session(store.engine) as session:
        return set(session.scalars(select(SeenUrlRow.key).where(SeenUrlRow.key.in_(wanted))))


def remember(session: Session, keys: Mapping[str, str], *, article_id: str | None,
             outcome: str, source_id: int | None) -> None:
    """Record a page as read under each of ``keys`` (key → the URL or GUID it hashes),
    in ``session``'s transaction; a key recorded already is left as it is."""
    if not keys:
        return
    rows = [{"key": key, "value": value, "article_id": article_id, "outcome": outcome,
             "source_id": source_id, "seen_at": now()} for key, value in keys.items()]
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(SeenUrlRow).values(rows).on_conflict_do_nothing())


def remember_now(store: Store, keys: Mapping[str, str], *, outcome: str,
                 source_id: int | None) -> None:
    """:func:`remember` a page that became no article, in its own transaction."""
    with Session(store.engine) as session:
        remember(session, keys, article_id=None, outcome=outcome, source_id=source_id)
        session.commit()
