"""The registry's events (the outbox of ``accords.alerts``): what changed, written in the
same transaction as the change.

Consolidation: ``track(session)`` before it writes; ``persist.save`` then notes how each
record it is about to change stood before (``note``), once per record and transaction;
``emit(session)`` before the commit compares every noted record with how it stands now
and writes at most one event per record: ``record_created`` (``session_planned`` for a
body's planned meeting), else ``status_changed``, else ``article_added``. Net changes
only: a record a run touches in several batches gets one event, and ``rebuild`` (which
snapshots every record before it deletes them, ``track(session, everything=True)``)
writes none for a record that comes back as it was.

Curation: ``curated(...)`` writes the one event of an accept, reject, edit, merge or
split, with the curator's name; ``save`` notes nothing there (no tracking is on).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from accords.store.schema import EventRow, EvidenceRow, FactRow, RecordFactRow, RecordRow

#: Where the tracker of a transaction lives (``Session.info``).
_KEY = "accords.changes"

#: Every kind of event, for watches' filters and the docs.
EVENT_KINDS = (
    "record_created", "session_planned", "status_changed", "article_added",
    "accept", "reject", "edit", "merge", "split",
)

#: Ids per ``IN (…)`` list.
_CHUNK = 500


@dataclass
class Snapshot:
    """What events compare of a record: its row's summary and its facts' articles."""

    kind: str
    dyad: str | None
    label: str
    status: str | None
    state: str
    date: str | None
    attrs: dict[str, Any]
    lifecycle: list[dict[str, Any]]
    facts: dict[int, str] = field(default_factory=dict)  # fact id → article id

    def facets(self) -> dict[str, Any]:
        """What watches match on (``EventRow.record``)."""
        return {"kind": self.kind, "dyad": self.dyad, "label": self.label,
                "status": self.status, "state": self.state, "date": self.date,
                "areas": list(self.attrs.get("areas") or []), "body": self.attrs.get("body")}

    def articles(self) -> set[str]:
        return set(self.facts.values())


@dataclass(frozen=True, slots=True)
class Before:
    """What a change is compared with: the record's status and its articles (kept small:
    a rebuild keeps one for every record)."""

    status: str | None
    articles: frozenset[str]


@dataclass
class Tracker:
    """How the records a transaction changes stood before it (None: not stored)."""

    before: dict[str, Before | None] = field(default_factory=dict)


def befores(session: Session, ids: list[str] | None = None) -> dict[str, Before]:
    """The records ``ids`` (every record when None) as events compare them."""
    groups = [None] if ids is None else [ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)]
    found: dict[str, Before] = {}
    for chunk in groups:
        rows = select(RecordRow.id, RecordRow.status)
        links = select(RecordFactRow.record_id, FactRow.article_id).join(
            FactRow, FactRow.id == RecordFactRow.fact_id).distinct()
        if chunk is not None:
            rows = rows.where(RecordRow.id.in_(chunk))
            links = links.where(RecordFactRow.record_id.in_(chunk))
        articles: dict[str, set[str]] = {}
        for rid, article_id in session.execute(links):
            articles.setdefault(rid, set()).add(article_id)
        for rid, status in session.execute(rows):
            found[rid] = Before(status, frozenset(articles.get(rid, ())))
    return found


def snapshots(session: Session, ids: Iterable[str] | None = None) -> dict[str, Snapshot]:
    """The records ``ids`` (every record when None) as they stand in this transaction."""
    wanted = None if ids is None else sorted(set(ids))
    columns = (RecordRow.id, RecordRow.kind, RecordRow.dyad, RecordRow.label, RecordRow.status,
               RecordRow.state, RecordRow.date, RecordRow.attrs, RecordRow.lifecycle)
    links = select(RecordFactRow.record_id, RecordFactRow.fact_id, FactRow.article_id).join(
        FactRow, FactRow.id == RecordFactRow.fact_id)
    found: dict[str, Snapshot] = {}
    groups = [None] if wanted is None else [
        wanted[i:i + _CHUNK] for i in range(0, len(wanted), _CHUNK)]
    for chunk in groups:
        rows = select(*columns) if chunk is None else select(*columns).where(
            RecordRow.id.in_(chunk))
        for row in session.execute(rows):
            found[row.id] = Snapshot(row.kind, row.dyad, row.label, row.status, row.state,
                                     row.date, dict(row.attrs or {}), list(row.lifecycle or []))
        facts = links if chunk is None else links.where(RecordFactRow.record_id.in_(chunk))
        for rid, fact_id, article_id in session.execute(facts):
            if rid in found:
                found[rid].facts[fact_id] = article_id
    return found


def track(session: Session, *, everything: bool = False) -> Tracker:
    """Start noting changes in this transaction; ``everything``: snapshot every record now
    (before a rebuild deletes them)."""
    tracker = Tracker()
    if everything:
        tracker.before.update(befores(session))
    session.info[_KEY] = tracker
    return tracker


def note(session: Session, stored: Iterable[str], new: Iterable[str]) -> None:
    """Called by ``persist.save`` before it writes: remember how the records about to change
    stood, the first time each is seen (``stored``: ids with a row; ``new``: ids without)."""
    tracker: Tracker | None = session.info.get(_KEY)
    if tracker is None:
        return
    unseen = [rid for rid in stored if rid not in tracker.before]
    found = befores(session, unseen) if unseen else {}
    for rid in unseen:
        tracker.before[rid] = found.get(rid)
    for rid in new:
        tracker.before.setdefault(rid, None)


def emit(session: Session) -> int:
    """Write the events of the changes noted since ``track`` and stop tracking; returns how
    many were written."""
    tracker: Tracker | None = session.info.pop(_KEY, None)
    if tracker is None or not tracker.before:
        return 0
    session.flush()
    ids, written = sorted(tracker.before), 0
    for first in range(0, len(ids), _CHUNK):  # a chunk at a time: a rebuild tracks them all
        chunk = ids[first:first + _CHUNK]
        after = snapshots(session, chunk)
        events = [found for rid in chunk if (now := after.get(rid)) is not None
                  and (found := _machine_event(rid, tracker.before[rid], now)) is not None]
        _add_sentences(session, events)
        if events:
            session.execute(insert(EventRow), [{k: v for k, v in e.items() if k != "fact_id"}
                                               for e in events])
        written += len(events)
    return written


def _machine_event(rid: str, before: Before | None, now: Snapshot) -> dict[str, Any] | None:
    """The one event of a record's change by consolidation, or None if nothing that a
    watcher follows changed."""
    new_articles = now.articles() - (before.articles if before else frozenset())
    if before is None:
        planned = now.kind == "meeting" and now.status == "planned" and now.attrs.get("body")
        kind = "session_planned" if planned else "record_created"
        return _event(kind, rid, now, None, {"status": now.status, "label": now.label},
                      _cause(now, now.status, new_articles))
    if before.status != now.status:
        return _event("status_changed", rid, now, {"status": before.status},
                      {"status": now.status}, _cause(now, now.status, new_articles))
    if new_articles:
        return _event("article_added", rid, now, {"articles": len(before.articles)},
                      {"articles": len(now.articles())}, _cause(now, None, new_articles))
    return None


def _cause(now: Snapshot, status: str | None, new_articles: set[str]) -> int | None:
    """The fact that best explains the change: one reporting ``status`` (when given) from
    an article new to the record, else any from a new article, else the earliest."""
    facts = sorted(now.facts)
    of_status: set[int] = set()
    for step in now.lifecycle:
        if status and step.get("status") == status:
            of_status.update(step.get("fact_ids") or [])
    for pool in ([f for f in facts if f in of_status and now.facts[f] in new_articles],
                 [f for f in facts if f in of_status],
                 [f for f in facts if now.facts[f] in new_articles], facts):
        if pool:
            return pool[0]
    return None


def _event(kind: str, rid: str, now: Snapshot, before: Any, after: Any,
           fact_id: int | None) -> dict[str, Any]:
    return {"kind": kind, "record_id": rid, "record": now.facets(), "before": before,
            "after": after, "fact_id": fact_id,
            "article_id": now.facts.get(fact_id) if fact_id is not None else None,
            "sentence": None, "by": None}


def _add_sentences(session: Session, events: list[dict[str, Any]]) -> None:
    """Each event's sentence: its fact's first evidence."""
    ids = sorted({e["fact_id"] for e in events if e["fact_id"] is not None})
    sentences: dict[int, str] = {}
    for i in range(0, len(ids), _CHUNK):
        for fact_id, sentence in session.execute(
                select(EvidenceRow.fact_id, EvidenceRow.sentence)
                .where(EvidenceRow.fact_id.in_(ids[i:i + _CHUNK]))
                .order_by(EvidenceRow.fact_id, EvidenceRow.id.desc())):
            sentences[fact_id] = sentence  # the first evidence is read last
    for event in events:
        if event["fact_id"] is not None:
            event["sentence"] = sentences.get(event["fact_id"])


def curated(session: Session, kind: str, rid: str, by: str, before: Any, after: Any) -> None:
    """The event of a curator's change to record ``rid`` (call after ``save``, before the
    commit): the record as it stands now (as it stood, for a merged-away record)."""
    found = snapshots(session, [rid]).get(rid)
    session.add(EventRow(kind=kind, record_id=rid, record=found.facets() if found else {},
                         before=before, after=after, by=by))
