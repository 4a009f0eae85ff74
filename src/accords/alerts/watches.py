"""Watches: a curator's saved filter over the registry's events, and where to send what
matches. Made, listed, shown and removed here for the CLI, the pages and the API alike;
every read or change of one watch names its owner, and another curator's watch is
"not found" (never "forbidden": its existence is nobody else's business).
"""

from __future__ import annotations

import base64
import hmac
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from accords import names
from accords.errors import AccordsError
from accords.model import RecordKind
from accords.registry.changes import EVENT_KINDS
from accords.settings import public_url
from accords.store.db import Store
from accords.store.schema import DeliveryLogRow, EventRow, WatchRow

#: Events read per round trip when a watch's events are looked for, newest first.
SCAN = 500


class WatchError(AccordsError):
    """A watch that cannot be made as asked (a bad filter, URL or secret)."""


class WatchNotFound(AccordsError):
    """No such watch, or not one of this curator's."""


@dataclass
class Filters:
    """What a watch follows; every filter given must match (none: every event)."""

    dyad: str | None = None  # "KAZ-UZB", or one state against all: "KAZ"
    kind: str | None = None  # record kind
    status: str | None = None  # the record's status after the change
    area: str | None = None
    body: str | None = None  # words of a body's name (its meetings, itself) or its record id
    record: str | None = None  # one record's id
    query: str | None = None  # words all found in the record's label or the event's sentence
    events: list[str] = field(default_factory=list)  # event kinds; empty: all

    @classmethod
    def of(cls, data: dict[str, Any] | None) -> Filters:
        data = data or {}
        return cls(**{k: data.get(k) for k in ("dyad", "kind", "status", "area", "body",
                                               "record", "query")},
                   events=list(data.get("events") or []))

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, [], "")}

    def describe(self) -> str:
        parts = [f"{k}={','.join(v) if isinstance(v, list) else v}"
                 for k, v in self.to_dict().items()]
        return " ".join(parts) or "everything"


@dataclass
class Watch:
    """A watch as shown to its owner (the webhook secret is never shown again)."""

    id: str
    owner: str
    name: str
    filters: Filters
    webhook_url: str | None
    email: str | None
    feed_token: str
    failures: int
    disabled_at: datetime | None
    created_at: datetime

    @property
    def feed_url(self) -> str:
        return feed_url(self.id, self.feed_token)

    @property
    def webhook_disabled(self) -> bool:
        return self.webhook_url is not None and self.disabled_at is not None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "owner": self.owner, "name": self.name,
                "filters": self.filters.to_dict(), "webhook_url": self.webhook_url,
                "webhook_disabled": self.webhook_disabled, "failures": self.failures,
                "email": self.email, "feed_url": self.feed_url,
                "created_at": self.created_at.isoformat()}


def feed_url(watch_id: str, token: str) -> str:
    return f"{public_url()}/watches/{watch_id}.atom?token={token}"


def watch_of(row: WatchRow) -> Watch:
    return Watch(row.id, row.owner, row.name, Filters.of(row.filters), row.webhook_url,
                 row.email, row.feed_token, row.failures, row.disabled_at, row.created_at)


def check_filters(filters: Filters) -> Filters:
    """The filters normalised (a dyad's states sorted, codes upper-case), or ``WatchError``."""
    if filters.dyad:
        states = [s.strip().upper() for s in filters.dyad.split("-")]
        if len(states) > 2 or not all(len(s) == 3 and s.isalpha() for s in states):
            raise WatchError(f"a dyad is two ISO alpha-3 codes (KAZ-UZB) or one (KAZ), "
                             f"not {filters.dyad!r}")
        filters.dyad = "-".join(sorted(states))
    if filters.kind and filters.kind not in {str(k) for k in RecordKind}:
        raise WatchError(f"a kind is one of {', '.join(str(k) for k in RecordKind)}")
    unknown = [e for e in filters.events if e not in EVENT_KINDS]
    if unknown:
        raise WatchError(f"unknown event kinds {unknown}: use {', '.join(EVENT_KINDS)}")
    for name in ("status", "area", "body", "record", "query"):
        value = getattr(filters, name)
        setattr(filters, name, value.strip() if value and value.strip() else None)
    return filters


def check_secret(secret: str) -> str:
    """A Standard Webhooks secret: ``whsec_`` and base64 of 24 to 64 bytes."""
    body = secret.removeprefix("whsec_")
    try:
        raw = base64.b64decode(body + "==", validate=True) if secret.startswith("whsec_") else b""
    except ValueError:
        raw = b""
    if not 24 <= len(raw) <= 64:
        raise WatchError("a webhook secret is whsec_ and base64 of 24-64 random bytes")
    return secret


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _check_url(url: str) -> str:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")) or len(url) > 2000:
        raise WatchError(f"a webhook is an http(s) URL, not {url!r}")
    return url


def _check_email(address: str) -> str:
    address = address.strip()
    local, at, domain = address.rpartition("@")
    if not at or not local or "." not in domain or any(c in address for c in " \r\n<>,"):
        raise WatchError(f"not an e-mail address: {address!r}")
    return address


def add_watch(store: Store, owner: str, name: str, filters: Filters, *,
              webhook_url: str | None = None, secret: str | None = None,
              email: str | None = None) -> tuple[Watch, str | None]:
    """Make a watch; returns it and its webhook secret (made when not given; shown once).

    It follows the events from now on: those already written are not news to its owner.
    """
    name = name.strip()
    if not name or len(name) > 200:
        raise WatchError("a watch needs a name (at most 200 characters)")
    filters = check_filters(filters)
    if secret and not webhook_url:
        raise WatchError("a secret goes with a webhook (--webhook URL)")
    if webhook_url:
        webhook_url = _check_url(webhook_url)
        secret = check_secret(secret) if secret else new_secret()
    row = WatchRow(id="w" + secrets.token_hex(8), owner=owner, name=name,
                   filters=filters.to_dict(), webhook_url=webhook_url, webhook_secret=secret,
                   email=_check_email(email) if email else None,
                   feed_token=secrets.token_urlsafe(24), failures=0)
    with Session(store.engine, expire_on_commit=False) as session:
        latest = session.scalar(select(func.max(EventRow.id))) or 0
        row.since_event = row.planned_event = latest
        session.add(row)
        session.commit()
    return watch_of(row), secret


def list_watches(store: Store, owner: str | None = None) -> list[Watch]:
    """The watches of ``owner`` (everyone's when None), oldest first."""
    statement = select(WatchRow).order_by(WatchRow.created_at, WatchRow.id)
    if owner is not None:
        statement = statement.where(WatchRow.owner == owner)
    with Session(store.engine) as session:
        return [watch_of(row) for row in session.scalars(statement)]


def _owned(session: Session, watch_id: str, owner: str | None) -> WatchRow:
    row = session.get(WatchRow, watch_id)
    if row is None or (owner is not None and row.owner != owner):
        raise WatchNotFound(f"no watch {watch_id!r}" + (f" of {owner}" if owner else ""))
    return row


def get_watch(store: Store, watch_id: str, owner: str | None) -> Watch:
    """One watch of ``owner`` (of anyone when None: the command line's operator)."""
    with Session(store.engine) as session:
        return watch_of(_owned(session, watch_id, owner))


def remove_watch(store: Store, watch_id: str, owner: str | None) -> None:
    with Session(store.engine) as session:
        session.delete(_owned(session, watch_id, owner))
        session.commit()


def enable_webhook(store: Store, watch_id: str, owner: str | None) -> Watch:
    """Turn a disabled webhook back on (its failures forgotten)."""
    with Session(store.engine, expire_on_commit=False) as session:
        row = _owned(session, watch_id, owner)
        row.disabled_at, row.failures = None, 0
        session.commit()
        return watch_of(row)


def feed_watch(store: Store, watch_id: str, token: str | None) -> Watch:
    """The watch a feed reader asks for, if ``token`` is its feed token (compared in
    constant time); else ``WatchNotFound``, the same answer as for no such watch."""
    with Session(store.engine) as session:
        row = session.get(WatchRow, watch_id)
        expected = row.feed_token if row is not None else secrets.token_urlsafe(24)
    if not token or not hmac.compare_digest(expected.encode(), token.encode()) or row is None:
        raise WatchNotFound(f"no watch {watch_id!r}, or a wrong token")
    return watch_of(row)


def delivery_log(store: Store, watch_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The latest attempts to send a watch's events, newest first."""
    with Session(store.engine) as session:
        rows = session.scalars(select(DeliveryLogRow).where(DeliveryLogRow.watch_id == watch_id)
                               .order_by(DeliveryLogRow.id.desc()).limit(limit))
        return [{"at": r.at.isoformat(), "channel": r.channel, "events": list(r.event_ids),
                 "message_id": r.message_id, "status": r.status, "error": r.error,
                 "ok": r.error is None} for r in rows]


def forget_log(session: Session, watch_id: str, keep: int = 500) -> None:
    """Keep a watch's delivery log to its ``keep`` latest lines."""
    cutoff = session.scalar(select(DeliveryLogRow.id).where(DeliveryLogRow.watch_id == watch_id)
                            .order_by(DeliveryLogRow.id.desc()).offset(keep).limit(1))
    if cutoff is not None:
        session.execute(delete(DeliveryLogRow).where(DeliveryLogRow.watch_id == watch_id,
                                                     DeliveryLogRow.id <= cutoff))


# --- Matching events. -----------------------------------------------------------------------


def matches(filters: Filters, event: EventRow) -> bool:
    """Whether ``event`` is one the watch follows."""
    record = event.record or {}
    if filters.events and event.kind not in filters.events:
        return False
    if filters.record and event.record_id != filters.record:
        return False
    dyad = record.get("dyad") or ""
    if filters.dyad and not (dyad == filters.dyad if "-" in filters.dyad
                             else filters.dyad in dyad.split("-")):
        return False
    if filters.kind and record.get("kind") != filters.kind:
        return False
    if filters.status and record.get("status") != filters.status:
        return False
    if filters.area and filters.area not in (record.get("areas") or []):
        return False
    if filters.body and not (event.record_id == filters.body or _words_in(
            filters.body, record.get("body") or (
                record.get("label") if record.get("kind") == "body" else None))):
        return False
    return not filters.query or _words_in(
        filters.query, f"{record.get('label') or ''} {event.sentence or ''}")


def _words_in(words: str, text: str | None) -> bool:
    """Whether every word of ``words`` is in ``text`` (case and accents aside)."""
    folded = names.fold(text or "")
    return bool(folded) and all(names.fold(word) in folded for word in words.split())


def _newest_first(session: Session, after: int, record: str | None) -> Iterator[EventRow]:
    """The events after id ``after``, newest first, ``SCAN`` per query."""
    below: int | None = None
    while True:
        statement = select(EventRow).where(EventRow.id > after)
        if record:
            statement = statement.where(EventRow.record_id == record)
        if below is not None:
            statement = statement.where(EventRow.id < below)
        rows = list(session.scalars(statement.order_by(EventRow.id.desc()).limit(SCAN)))
        yield from rows
        if len(rows) < SCAN:
            return
        below = rows[-1].id


def watch_events(store: Store, watch: Watch, limit: int = 50) -> list[EventRow]:
    """The latest ``limit`` events ``watch`` follows, newest first (its feed)."""
    with Session(store.engine, expire_on_commit=False) as session:
        row = session.get(WatchRow, watch.id)
        if row is None:
            return []
        found = []
        for event in _newest_first(session, row.since_event, watch.filters.record):
            if matches(watch.filters, event):
                found.append(event)
                if len(found) >= limit:
                    break
        session.expunge_all()
        return found


def event_dict(event: EventRow) -> dict[str, Any]:
    """An event as webhooks and the API give it, with links to its record and article."""
    base = public_url()
    return {
        "id": event.id, "kind": event.kind, "record_id": event.record_id,
        "record": dict(event.record or {}), "before": event.before, "after": event.after,
        "article_id": event.article_id, "sentence": event.sentence, "by": event.by,
        "created_at": event.created_at.isoformat(),
        "links": {"record": f"{base}/records/{event.record_id}",
                  "article": f"{base}/articles/{event.article_id}" if event.article_id else None},
    }


def event_title(event: EventRow) -> str:
    """One line saying what happened: "status_changed: LABEL (planned → signed)"."""
    record = event.record or {}
    label = record.get("label") or event.record_id
    if event.kind == "status_changed":
        was = (event.before or {}).get("status")
        now = (event.after or {}).get("status")
        return f"{label}: {was or 'no status'} → {now or 'no status'}"
    words = {"record_created": "new record", "session_planned": "new planned session",
             "article_added": "new supporting article", "accept": "accepted by a curator",
             "reject": "rejected by a curator", "edit": "edited by a curator",
             "merge": "merged by a curator", "split": "split by a curator"}
    return f"{label}: {words.get(event.kind, event.kind)}"
