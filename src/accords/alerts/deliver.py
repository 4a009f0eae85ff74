"""One round of delivery from the outbox: ``send_due(store)``.

1. **Plan.** Each watch's new events (after ``planned_event``) that it follows become
   ``deliveries`` rows, one per channel it has (webhook, e-mail); the watch's
   ``planned_event`` moves on in the same transaction, by a conditional update, so two
   senders never plan the same event twice.
2. **Webhooks.** Each due delivery is claimed (its next try moved ``LEASE`` ahead, in a
   transaction of its own), sent, then booked (delivered, or the next try after an
   exponential backoff; the watch's webhook disabled after too many failures in a row).
   A sender killed between the call and the booking leaves the delivery pending: once
   the lease is over it is sent again, with the same ``webhook-id``.
3. **E-mail.** Each watch with pending e-mail deliveries and no digest in the period gets
   one digest of all of them.

Times: ``now`` decides what is due (tests pass a later one to skip a backoff); the
signatures' timestamps are always the real time.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.orm import Session

from accords import settings
from accords.alerts import email as mail
from accords.alerts import webhooks
from accords.alerts.watches import Filters, event_dict, forget_log, matches, watch_of
from accords.store.schema import DeliveryLogRow, DeliveryRow, EventRow, WatchRow, utcnow

#: How long a claimed delivery is left to its sender before another may try it.
LEASE = timedelta(seconds=120)
#: Deliveries taken per round, and events per digest.
ROUND = 1000
DIGEST_MAX = 200


@dataclass
class DeliverySummary:
    """What one round did."""

    planned: int = 0
    webhooks_sent: int = 0
    webhooks_failed: int = 0
    emails_sent: int = 0
    emails_failed: int = 0
    disabled: list[str] = field(default_factory=list)  # watches whose webhook was turned off

    def line(self) -> str:
        text = (f"{self.planned} deliveries planned; webhooks: {self.webhooks_sent} sent, "
                f"{self.webhooks_failed} failed; e-mails: {self.emails_sent} sent, "
                f"{self.emails_failed} failed")
        if self.disabled:
            text += f"; webhook disabled after repeated failures: {', '.join(self.disabled)}"
        return text


def aware(value: datetime | None) -> datetime | None:
    """A stored time as UTC-aware (SQLite gives them back naive)."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def send_due(db: Any, now: datetime | None = None) -> DeliverySummary:
    """Plan and send what is due at ``now`` (default: the real time); ``db`` is a ``Store``
    or an ``Engine``. Safe to run in several processes at once."""
    engine: Engine = getattr(db, "engine", db)
    moment = aware(now) or utcnow()
    summary = DeliverySummary()
    summary.planned = plan(engine, moment)
    _send_webhooks(engine, moment, summary)
    _send_emails(engine, moment, summary)
    return summary


def plan(engine: Engine, now: datetime) -> int:
    """Turn the events no watch has looked at yet into deliveries; returns how many."""
    planned = 0
    with Session(engine) as session:
        latest = session.scalar(select(EventRow.id).order_by(EventRow.id.desc()).limit(1)) or 0
        watches = list(session.execute(
            select(WatchRow.id, WatchRow.planned_event, WatchRow.filters, WatchRow.webhook_url,
                   WatchRow.email).where(WatchRow.planned_event < latest)))
    for watch_id, since, filters, url, address in watches:
        channels = [name for name, on in (("webhook", url), ("email", address)) if on]
        wanted = Filters.of(filters)
        with Session(engine) as session:
            moved = session.execute(
                update(WatchRow).where(WatchRow.id == watch_id, WatchRow.planned_event == since)
                .values(planned_event=latest).execution_options(synchronize_session=False))
            if moved.rowcount != 1:  # another sender planned them
                session.rollback()
                continue
            events = select(EventRow).where(EventRow.id > since, EventRow.id <= latest)
            if wanted.record:
                events = events.where(EventRow.record_id == wanted.record)
            rows = [{"watch_id": watch_id, "event_id": event.id, "channel": channel,
                     "attempts": 0, "next_attempt": now}
                    for event in session.scalars(events.order_by(EventRow.id))
                    if matches(wanted, event) for channel in channels]
            if rows:
                session.execute(insert(DeliveryRow), rows)
            session.commit()
            planned += len(rows)
    return planned


def _due(engine: Engine, channel: str, now: datetime) -> list[tuple[int, str]]:
    with Session(engine) as session:
        statement = (
            select(DeliveryRow.id, DeliveryRow.watch_id)
            .join(WatchRow, WatchRow.id == DeliveryRow.watch_id)
            .where(DeliveryRow.channel == channel, DeliveryRow.delivered_at.is_(None),
                   DeliveryRow.next_attempt <= now)
            .order_by(DeliveryRow.id).limit(ROUND))
        if channel == "webhook":
            statement = statement.where(WatchRow.disabled_at.is_(None))
        return [(i, w) for i, w in session.execute(statement)]


def _claim(session: Session, ids: list[int], now: datetime) -> bool:
    """Take deliveries ``ids`` for this sender (all or none): their next try moves a lease
    ahead, and their attempts are counted."""
    taken = session.execute(
        update(DeliveryRow)
        .where(DeliveryRow.id.in_(ids), DeliveryRow.delivered_at.is_(None),
               DeliveryRow.next_attempt <= now)
        .values(next_attempt=now + LEASE, attempts=DeliveryRow.attempts + 1)
        .execution_options(synchronize_session=False))
    if taken.rowcount != len(ids):
        session.rollback()
        return False
    session.commit()
    return True


def _send_webhooks(engine: Engine, now: datetime, summary: DeliverySummary) -> None:
    failing: set[str] = set()  # endpoints that failed this round: tried again later
    timeout = settings.webhook_timeout()
    for delivery_id, watch_id in _due(engine, "webhook", now):
        if watch_id in failing:
            continue
        with Session(engine) as session:
            watch = session.get(WatchRow, watch_id)
            delivery = session.get(DeliveryRow, delivery_id)
            if watch is None or delivery is None or watch.disabled_at is not None:
                continue
            event = session.get(EventRow, delivery.event_id)
            assert event is not None and watch.webhook_url and watch.webhook_secret
            url, secret, name = watch.webhook_url, watch.webhook_secret, watch.name
            payload = webhooks.body(event_dict(event), watch_id, name)
            msg_id = webhooks.message_id(event.id, watch_id)
            event_id = event.id
            if not _claim(session, [delivery_id], now):
                continue
        outcome = webhooks.post(url, secret, msg_id, payload, timeout)
        _book_webhook(engine, delivery_id, watch_id, event_id, msg_id, outcome, now, summary)
        if not outcome.ok:
            failing.add(watch_id)


def _book_webhook(engine: Engine, delivery_id: int, watch_id: str, event_id: int, msg_id: str,
                  outcome: webhooks.Outcome, now: datetime, summary: DeliverySummary) -> None:
    with Session(engine) as session:
        delivery = session.get(DeliveryRow, delivery_id)
        watch = session.get(WatchRow, watch_id)
        if delivery is None or watch is None:  # the watch was removed meanwhile
            return
        session.add(DeliveryLogRow(watch_id=watch_id, channel="webhook", event_ids=[event_id],
                                   message_id=msg_id, status=outcome.status, error=outcome.error))
        if outcome.ok:
            delivery.delivered_at, delivery.last_error = utcnow(), None
            watch.failures = 0
            summary.webhooks_sent += 1
        else:
            delivery.last_error = outcome.error
            delivery.next_attempt = now + webhooks.backoff(
                delivery.attempts, settings.webhook_retry_seconds())
            watch.failures += 1
            summary.webhooks_failed += 1
            if watch.failures >= settings.webhook_max_failures() and watch.disabled_at is None:
                watch.disabled_at = utcnow()
                summary.disabled.append(watch_id)
        forget_log(session, watch_id)
        session.commit()


def _send_emails(engine: Engine, now: datetime, summary: DeliverySummary) -> None:
    period = timedelta(seconds=settings.digest_seconds())
    config = settings.smtp()
    pending: dict[str, list[int]] = {}
    for delivery_id, watch_id in _due(engine, "email", now):
        pending.setdefault(watch_id, []).append(delivery_id)
    for watch_id, ids in pending.items():
        ids = ids[:DIGEST_MAX]
        with Session(engine) as session:
            row = session.get(WatchRow, watch_id)
            if row is None or not row.email:
                continue
            last = aware(row.emailed_at)
            if last is not None and last + period > now:
                continue  # one digest per period: these wait for the next
            watch = watch_of(row)
            deliveries = [session.get(DeliveryRow, i) for i in ids]
            rows = [session.get(EventRow, d.event_id) for d in deliveries if d is not None]
            events = [event_dict(e) for e in rows if e is not None]
            event_ids = [e["id"] for e in events]
            message = mail.digest(watch, events, [e for e in rows if e is not None],
                                  str(config["sender"]))
            if not _claim(session, ids, now):
                continue
        try:
            mail.send(message, config, settings.webhook_timeout())
            error = None
        except (smtplib.SMTPException, OSError) as failure:
            error = f"{type(failure).__name__}: {failure}"[:500]
        _book_email(engine, watch_id, ids, event_ids, str(message["Message-ID"]), error, now,
                    summary)


def _book_email(engine: Engine, watch_id: str, ids: list[int], event_ids: list[int],
                msg_id: str, error: str | None, now: datetime, summary: DeliverySummary) -> None:
    with Session(engine) as session:
        watch = session.get(WatchRow, watch_id)
        if watch is None:
            return
        session.add(DeliveryLogRow(watch_id=watch_id, channel="email", event_ids=event_ids,
                                   message_id=msg_id, status=None, error=error))
        for delivery_id in ids:
            delivery = session.get(DeliveryRow, delivery_id)
            if delivery is None:
                continue
            if error is None:
                delivery.delivered_at, delivery.last_error = utcnow(), None
            else:
                delivery.last_error = error
                delivery.next_attempt = now + webhooks.backoff(
                    delivery.attempts, settings.webhook_retry_seconds())
        if error is None:
            watch.emailed_at = now
            summary.emails_sent += 1
        else:
            summary.emails_failed += 1
        forget_log(session, watch_id)
        session.commit()
