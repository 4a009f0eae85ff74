"""Per-dyad summaries: counted from the records, stored in ``dyad_summaries``, kept current.

Counting a dyad's supporting articles joins its records to their facts; over every dyad
of a large registry that join takes seconds, too slow for the home page. So the counts
are stored, one row per dyad, and recounted only for the dyads a transaction changed:
``persist.save`` calls :func:`mark_changed`, and the recount runs just before that
transaction commits (a ``before_commit`` hook), inside it — readers never see records
and summaries that disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, event, func, select
from sqlalchemy.orm import Session

from accords.model import CurationState
from accords.store.locks import registry_lock
from accords.store.schema import DyadSummaryRow, FactRow, RecordFactRow, RecordRow

#: ``Session.info`` key: the dyads whose records this transaction changed.
CHANGED = "accords_changed_dyads"


@dataclass
class DyadSummary:
    dyad: str
    records: int
    articles: int
    by_kind: dict[str, int] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None


def count(session: Session, dyads: Iterable[str] | None = None) -> dict[str, DyadSummary]:
    """Summaries counted from the records, of ``dyads`` (of every dyad when None). A dyad
    whose records are all rejected gets a summary of zero records."""
    chosen = None if dyads is None else sorted(set(dyads))
    scope = [RecordRow.dyad.is_not(None)]
    if chosen is not None:
        scope.append(RecordRow.dyad.in_(chosen))
    live = RecordRow.state != CurationState.REJECTED.value
    summaries = {
        dyad: DyadSummary(dyad, 0, 0)
        for dyad in session.scalars(select(RecordRow.dyad).where(*scope).distinct())
    }
    kinds = session.execute(
        select(RecordRow.dyad, RecordRow.kind, func.count(), func.min(RecordRow.date),
               func.max(RecordRow.date))
        .where(live, *scope).group_by(RecordRow.dyad, RecordRow.kind)
    ).tuples()
    for dyad, kind, n, first, last in kinds:
        s = summaries[dyad]
        s.records += n
        s.by_kind[kind] = n
        s.first = min(filter(None, (s.first, first)), default=None)
        s.last = max(filter(None, (s.last, last)), default=None)
    articles = session.execute(
        select(RecordRow.dyad, func.count(func.distinct(FactRow.article_id)))
        .join(RecordFactRow, RecordFactRow.record_id == RecordRow.id)
        .join(FactRow, FactRow.id == RecordFactRow.fact_id)
        .where(live, *scope).group_by(RecordRow.dyad)
    ).tuples()
    for dyad, n in articles:
        summaries[dyad].articles = n
    return summaries


def recount(session: Session, dyads: Iterable[str] | None = None) -> None:
    """Replace the stored summaries of ``dyads`` (of every dyad when None) by a fresh count."""
    chosen = None if dyads is None else sorted(set(dyads))
    gone = delete(DyadSummaryRow)
    if chosen is not None:
        gone = gone.where(DyadSummaryRow.dyad.in_(chosen))
    session.execute(gone)
    session.add_all(
        DyadSummaryRow(dyad=s.dyad, records=s.records, articles=s.articles,
                       by_kind=dict(s.by_kind), first=s.first, last=s.last)
        for s in count(session, chosen).values()
    )
    session.flush()


def mark_changed(session: Session, dyads: Iterable[str | None]) -> None:
    """Note dyads whose records this transaction changed: recounted before it commits."""
    session.info.setdefault(CHANGED, set()).update(d for d in dyads if d)


@event.listens_for(Session, "before_commit")
def _recount_changed(session: Session) -> None:
    changed = session.info.pop(CHANGED, None)
    if changed:
        recount(session, changed)


@event.listens_for(Session, "after_soft_rollback")
def _forget_changed(session: Session, _transaction: object) -> None:
    session.info.pop(CHANGED, None)


def stored_summaries(session: Session, *, dyad: str | None = None,
           limit: int | None = None) -> list[DyadSummary]:
    """The stored summaries of dyads with live records, most records first (only ``dyad``'s,
    or the first ``limit``, when given). A registry from before migration 0005 (records but
    no summaries) is counted once, here."""
    if (session.scalar(select(DyadSummaryRow.dyad).limit(1)) is None
            and session.scalar(select(RecordRow.id).limit(1)) is not None):
        registry_lock(session)
        if session.scalar(select(func.count()).select_from(DyadSummaryRow)) == 0:
            recount(session)
        session.commit()
    statement = (
        select(DyadSummaryRow).where(DyadSummaryRow.records > 0)
        .order_by(DyadSummaryRow.records.desc(), DyadSummaryRow.dyad)
    )
    if dyad is not None:
        statement = statement.where(DyadSummaryRow.dyad == dyad)
    if limit is not None:
        statement = statement.limit(limit)
    return [
        DyadSummary(r.dyad, r.records, r.articles, dict(r.by_kind), r.first, r.last)
        for r in session.scalars(statement)
    ]
