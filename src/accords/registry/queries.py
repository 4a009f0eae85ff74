"""Read-only questions the UI, the API and the exports ask of the registry (of articles,
facts and evidence: ``store.queries``; full-text search: ``store.search``).

Filters on indexed columns (dyad, kind, status, curation state) run in SQL; filters on
JSON attributes (areas, body) and on date prefixes run in Python over that smaller set,
so the same code serves SQLite and PostgreSQL. Rejected records are left out unless
asked for: a curator rejected them so that nobody else has to see them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accords import names
from accords.errors import AccordsError
from accords.model import (
    AttributeValue,
    CurationState,
    LifecycleStep,
    Record,
    RecordKind,
    Support,
)
from accords.registry.dyad_counts import DyadSummary, stored_summaries
from accords.registry.match import date_range
from accords.store import search
from accords.store.db import Store
from accords.store.queries import list_articles_by_id
from accords.store.schema import (
    ArticleRow,
    ArticleSignatureRow,
    FactRow,
    RecordFactRow,
    RecordRow,
)


class RecordNotFound(AccordsError):
    """No record with that id (or id prefix) in the registry."""


@dataclass
class TimelineEntry:
    """One dated thing on a dyad's timeline: a meeting or a lifecycle step of an instrument."""

    date: str
    dated_by: str  # "text" (the articles give the date) or "published" (first reported then)
    record_id: str
    kind: RecordKind
    label: str
    status: str
    fact_ids: list[int] = field(default_factory=list)


#: Every column of ``records``: lists select these and read plain rows, with the same
#: attribute names as ``RecordRow`` (``row_to_record`` takes either).
RECORD_COLUMNS = tuple(RecordRow.__table__.columns)
#: The same without ``values`` (every value seen, with its facts): the largest column by
#: far for a much-reported record, and not needed by lists that show records.
BRIEF_COLUMNS = tuple(c for c in RECORD_COLUMNS if c.name != "values")


def row_to_record(row: Any) -> Record:
    """A ``Record`` from its row (without supporting evidence; see ``get_record``); from a
    row of ``BRIEF_COLUMNS``, without ``values`` and ``fact_ids``."""
    stored = getattr(row, "values", None) or {}
    values = {k: [AttributeValue(**e) for e in v] for k, v in stored.items()}
    return Record(
        id=row.id, kind=RecordKind(row.kind), dyad=row.dyad, label=row.label,
        attrs=dict(row.attrs), values=values, conflicts=list(row.conflicts),
        status=row.status, lifecycle=[LifecycleStep(**s) for s in row.lifecycle],
        state=CurationState(row.state), overrides=dict(row.overrides), date=row.date,
        fact_ids=sorted({f for v in values.values() for e in v for f in e.fact_ids}),
        reports=row.reports,
    )


def resolve_id(session: Session, key: str) -> str:
    """The record id a full id or unique prefix (4+ characters) names."""
    key = key.strip()
    if session.get(RecordRow, key) is not None:
        return key
    if len(key) >= 4:
        found = list(session.scalars(
            select(RecordRow.id).where(RecordRow.id.startswith(key, autoescape=True)).limit(2)))
        if len(found) == 1:
            return found[0]
        if found:
            raise RecordNotFound(f"{key!r} is ambiguous")
    raise RecordNotFound(f"no record {key!r}")


def get_record(store: Store, rid: str) -> Record:
    """One record with every supporting fact: article, date, outlet, sentence."""
    with Session(store.engine) as session:
        rid = resolve_id(session, rid)
        record = row_to_record(session.get(RecordRow, rid))  # type: ignore[arg-type]
        statement = (
            select(FactRow, ArticleRow, ArticleSignatureRow.cluster)
            .join(RecordFactRow, RecordFactRow.fact_id == FactRow.id)
            .join(ArticleRow, ArticleRow.id == FactRow.article_id)
            .outerjoin(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
            .where(RecordFactRow.record_id == rid)
            .order_by(ArticleRow.published, FactRow.id)
            .options(selectinload(FactRow.evidence))
        )
        for fact, article, cluster in session.execute(statement).tuples():
            sentence = fact.evidence[0].sentence if fact.evidence else ""
            record.support.append(Support(
                fact_id=fact.id, article_id=article.id, cluster=cluster or article.id,
                published=article.published, title=article.title, outlet=article.outlet,
                url=article.url, sentence=sentence, attrs=dict(fact.attrs)))
        record.fact_ids = [s.fact_id for s in record.support]
        record.article_ids = sorted({s.article_id for s in record.support})
    return record


def _in_range(value: str | None, since: str | None, until: str | None) -> bool:
    span = date_range(value)
    if span is None:
        return False
    low, high = date_range(since), date_range(until)
    return (low is None or span[1] >= low[0]) and (high is None or span[0] <= high[1])


def records(
    store: Store,
    *,
    dyad: str | None = None,
    kind: RecordKind | str | None = None,
    status: str | Sequence[str] | None = None,
    state: CurationState | str | None = None,
    area: str | None = None,
    body: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_rejected: bool = False,
    brief: bool = False,
) -> list[Record]:
    """Records matching every filter given, by date (undated last), then label.

    ``brief``: without ``values`` and ``fact_ids`` (see ``BRIEF_COLUMNS``), for lists.
    ``status`` is one status or several (a record with any of them matches).
    ``body`` is a body record's id or a body name: the meetings of that body.
    ``since``/``until`` are date prefixes; records without a date are left out then.
    """
    # plain rows: no ORM objects for read-only lists
    statement = select(*(BRIEF_COLUMNS if brief else RECORD_COLUMNS))
    if dyad:
        statement = statement.where(RecordRow.dyad == dyad)
    if kind:
        statement = statement.where(RecordRow.kind == str(kind))
    if status:
        statement = statement.where(
            RecordRow.status.in_([status] if isinstance(status, str) else list(status)))
    if state:
        statement = statement.where(RecordRow.state == str(state))
    elif not include_rejected:
        statement = statement.where(RecordRow.state != CurationState.REJECTED.value)
    body_name: str | None = None
    with Session(store.engine) as session:
        if body:
            row = session.get(RecordRow, body)
            body_name = str(row.attrs.get("name")) if row is not None else body
            if row is not None and row.dyad:
                statement = statement.where(RecordRow.dyad == row.dyad)
            statement = statement.where(RecordRow.kind == RecordKind.MEETING.value)
        rows = list(session.execute(statement))
    found = []
    for row in rows:
        if area and area not in (row.attrs.get("areas") or []):
            continue
        if body_name and not (row.attrs.get("body")
                              and names.same_body(row.attrs.get("body"), body_name)):
            continue
        if (since or until) and not _in_range(row.date, since, until):
            continue
        found.append(row_to_record(row))
    found.sort(key=lambda r: (r.date or "9999", r.label, r.id))
    return found


def recent(store: Store, limit: int = 15) -> list[Record]:
    """The ``limit`` records with the latest dates (people left out: their date is not an
    event's), latest first; rejected ones left out. One indexed query, however large the
    registry."""
    statement = (
        select(*RECORD_COLUMNS)
        .where(
            RecordRow.state != CurationState.REJECTED.value,
            RecordRow.kind != RecordKind.PERSON.value,
            RecordRow.date.is_not(None),
            RecordRow.date != "",
        )
        .order_by(RecordRow.date.desc(), RecordRow.label.desc(), RecordRow.id)
        .limit(limit)
    )
    with Session(store.engine) as session:
        return [row_to_record(row) for row in session.execute(statement)]


def records_by_id(store: Store, ids: list[str]) -> list[Record]:
    """The records with these ids (those that exist), in the order given: search results."""
    if not ids:
        return []
    with Session(store.engine) as session:
        rows = {row.id: row for row in session.scalars(select(RecordRow).where(RecordRow.id.in_(ids)))}
    return [row_to_record(rows[i]) for i in ids if i in rows]


def search_results(db: Store, parsed: search.Query, limit: int = 50) -> dict[str, Any]:
    """The records and articles matching a parsed query (``store.search``), with what the
    pages and the API show of them: records, their ranks, articles with snippets."""
    record_hits = search.search_records(db, parsed, limit=limit)
    article_hits = search.search_articles(db, parsed, limit=limit)
    records = {r.id: r for r in records_by_id(db, [h.id for h in record_hits])}
    articles = {a["id"]: a for a in list_articles_by_id(db, [h.id for h in article_hits])}
    return {
        "records": [records[h.id] for h in record_hits if h.id in records],
        "record_ranks": {h.id: h.rank for h in record_hits},
        "articles": [
            articles[h.id] | {"snippet": h.snippet, "rank": h.rank}
            for h in article_hits
            if h.id in articles
        ],
    }


def pending(store: Store, dyad: str) -> list[Record]:
    """What a dyad's next session has on its plate: planned meetings and instruments."""
    return [r for r in records(store, dyad=dyad, status="planned")
            if r.kind in (RecordKind.MEETING, RecordKind.INSTRUMENT)]


def timeline(store: Store, dyad: str) -> list[TimelineEntry]:
    """A dyad's meetings and instruments' lifecycle steps, in date order (``timeline_of``)."""
    return timeline_of(records(store, dyad=dyad))


def timeline_of(found: list[Record]) -> list[TimelineEntry]:
    """The meetings' and instruments' lifecycle steps among ``found``, in date order.

    A step with no date in the text is placed at the date it was first reported.
    """
    entries = []
    for record in found:
        if record.kind not in (RecordKind.MEETING, RecordKind.INSTRUMENT):
            continue
        for step in record.lifecycle:
            when, how = (step.date, "text") if step.date else (step.observed, "published")
            if when:
                entries.append(TimelineEntry(when, how, record.id, record.kind, record.label,
                                             step.status, list(step.fact_ids)))
    entries.sort(key=lambda e: (e.date, e.kind != RecordKind.MEETING, e.label))
    return entries


def dyad_summaries(store: Store, *, dyad: str | None = None,
                   limit: int | None = None) -> list[DyadSummary]:
    """Per dyad: records (rejected left out), by kind, articles supporting them, date span;
    most records first. Only ``dyad``'s, or the first ``limit``, when given. Read from the
    stored summaries (``registry.dyad_counts``)."""
    with Session(store.engine) as session:
        return stored_summaries(session, dyad=dyad, limit=limit)


def as_dict(record: Record) -> dict[str, Any]:
    """A record as plain JSON-able data (for ``--json`` output and the API)."""
    from dataclasses import asdict

    data = asdict(record)
    data["kind"], data["state"] = str(record.kind), str(record.state)
    return data
