"""Records in the database and back: read stored facts and records as ``Draft``s, save them.

Kept apart from the matching rules so that consolidation and curation share one way
of loading a record with its supporting facts and of writing it back.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from accords.model import RecordKind
from accords.registry import changes, dyad_counts
from accords.registry.candidates import EVERYWHERE, TIMED, filed_under
from accords.registry.draft import Draft
from accords.registry.match import Member, session_number
from accords.store.schema import (
    ArticleRow,
    ArticleSignatureRow,
    EvidenceRow,
    FactRow,
    RecordFactRow,
    RecordRow,
    utcnow,
)

#: Fact kinds that become records (dyads, areas and statements do not).
RECORD_KINDS = {str(k): k for k in RecordKind}


def record_id(kind: RecordKind, dyad: str | None, key: str, salt: str = "") -> str:
    """A record's id: from its kind, dyad and earliest fact's content key — never from row ids,
    so the same data gives the same ids in any database and on every re-run."""
    digest = hashlib.sha1(f"{kind}|{dyad or ''}|{key}|{salt}".encode()).hexdigest()
    return f"r{digest[:15]}"


def fact_key(article_id: str, start: int, attrs: dict[str, Any]) -> str:
    """A fact's identity from its content: article, offset of its evidence, attributes."""
    digest = hashlib.sha1(json.dumps(attrs, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return f"{article_id}:{start:07d}:{digest[:6]}"


def _intern(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def compact(value: Any) -> Any:
    """A JSON value with its keys and short strings interned: consolidation keeps every
    member's attributes for the whole run, and they repeat the same few words."""
    if isinstance(value, dict):
        return {sys.intern(k): compact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [compact(v) for v in value]
    if isinstance(value, str) and len(value) <= 32:
        return sys.intern(value)
    return value


@dataclass(slots=True)
class StoredFact:
    """What consolidation reads of a stored fact: its row and where its first evidence is
    (plain values, read with two queries: no ORM objects for hundreds of thousands)."""

    id: int
    article_id: str
    kind: str
    attrs: dict[str, Any]
    confidence: float
    start: int = 0  # the first evidence's offset in the article
    offset: int = 0  # … and within its sentence
    sentence: str = ""  # read for meetings only (their ordinal)


#: Ids per ``IN (…)`` list.
CHUNK = 500


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    """``items`` in consecutive slices of ``size`` (for ``IN (…)`` lists)."""
    for first in range(0, len(items), size):
        yield items[first:first + size]


def read_facts(session: Session, *where: Any) -> list[StoredFact]:
    """The facts matching ``where`` (conditions on ``FactRow``), by id, with their first
    evidence."""
    facts = [
        StoredFact(*row) for row in session.execute(
            select(FactRow.id, FactRow.article_id, FactRow.kind, FactRow.attrs,
                   FactRow.confidence).where(*where).order_by(FactRow.id)
        )
    ]
    by_id = {f.id: f for f in facts}
    meetings = {f.id for f in facts if f.kind == RecordKind.MEETING.value}
    ids = list(by_id)
    for chunk in chunks(ids):
        placed: set[int] = set()
        rows = session.execute(
            select(EvidenceRow.fact_id, EvidenceRow.start, EvidenceRow.sentence_start,
                   EvidenceRow.sentence)
            .where(EvidenceRow.fact_id.in_(chunk))
            .order_by(EvidenceRow.fact_id, EvidenceRow.id)
        )
        for fact_id, start, sentence_start, sentence in rows:
            if fact_id in placed:
                continue
            placed.add(fact_id)
            fact = by_id[fact_id]
            fact.start, fact.offset = start, start - sentence_start
            if fact_id in meetings:
                fact.sentence = sentence
    return facts


def member_from_row(fact: StoredFact, published: str | None, cluster: str,
                    dyad: str | None) -> Member:
    """The fact as consolidation sees it. The sentence is read for a meeting's ordinal and not
    kept (the member lives as long as the run)."""
    kind = RECORD_KINDS[fact.kind]
    number = None
    if kind is RecordKind.MEETING and fact.sentence:
        number = session_number(fact.sentence, fact.offset)
    return Member(
        fact_id=fact.id,
        key=fact_key(fact.article_id, fact.start, fact.attrs),
        kind=kind,
        dyad=_intern(dyad),
        article_id=sys.intern(fact.article_id),
        cluster=sys.intern(cluster),
        observed=_intern(published),
        attrs=compact(fact.attrs),
        offset=fact.offset,
        number=number,
    )


def load_members(session: Session, dyad_of: dict[str, str | None]) -> dict[str, list[Member]]:
    """The facts of the stored records ``dyad_of`` names (id → dyad), as members, ordered as
    when the records were built (articles by date, undated last; facts by key)."""
    record_of: dict[int, str] = {}
    for chunk in chunks(list(dyad_of)):
        record_of.update(session.execute(
            select(RecordFactRow.fact_id, RecordFactRow.record_id)
            .where(RecordFactRow.record_id.in_(chunk))
        ).tuples().all())
    facts = [f for chunk in chunks(list(record_of))
             for f in read_facts(session, FactRow.id.in_(chunk))]
    articles = {f.article_id for f in facts}
    seen: dict[str, tuple[str | None, str | None]] = {}
    for chunk in chunks(list(articles)):
        seen.update((aid, (published, cluster)) for aid, published, cluster in session.execute(
            select(ArticleRow.id, ArticleRow.published, ArticleSignatureRow.cluster)
            .outerjoin(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
            .where(ArticleRow.id.in_(chunk))
        ).tuples().all())
    members: dict[str, list[Member]] = {rid: [] for rid in dyad_of}
    for fact in facts:
        rid = record_of[fact.id]
        published, cluster = seen[fact.article_id]
        members[rid].append(member_from_row(fact, published, cluster or fact.article_id, dyad_of[rid]))
    for found in members.values():
        found.sort(key=lambda m: (m.observed or "9999", m.key))
    return members


def read_drafts(session: Session, ids: list[str]) -> list[Draft]:
    """Drafts for the stored records ``ids``, with their facts (in the order of ``ids``;
    those not stored left out). Reads the columns a draft keeps, not the record's summary."""
    rows = {row.id: row for chunk in chunks(ids) for row in session.execute(
        select(RecordRow.id, RecordRow.kind, RecordRow.dyad, RecordRow.state,
               RecordRow.overrides).where(RecordRow.id.in_(chunk)))}
    found = [rows[rid] for rid in ids if rid in rows]
    members = load_members(session, {r.id: r.dyad for r in found}) if found else {}
    return [Draft(row.id, RecordKind(row.kind), row.dyad, members[row.id], row.state,
                  dict(row.overrides or {}), stored=True) for row in found]


def stored_near(session: Session, kind: RecordKind,
                wanted: dict[str | None, set[range] | None]) -> list[str]:
    """The ids of the stored records of ``kind`` that facts of the dyads and months
    ``wanted`` could join: filed under one of the dyad's months, or everywhere (see
    ``candidates``); every record of the dyad when its months are None. A few queries per
    kind, whatever the number of dyads."""
    def of_dyads(dyads: list[str | None], columns: list[Any], *where: Any) -> Iterator[Row[Any]]:
        named = [d for d in dyads if d is not None]
        for chunk in chunks(named):
            yield from session.execute(select(*columns).where(
                RecordRow.kind == str(kind), RecordRow.dyad.in_(chunk), *where))
        if None in dyads:
            yield from session.execute(select(*columns).where(
                RecordRow.kind == str(kind), RecordRow.dyad.is_(None), *where))

    found = [rid for rid, in of_dyads([d for d, m in wanted.items() if m is None], [RecordRow.id])]
    narrowed = {d: spans for d, spans in wanted.items() if spans is not None}
    if narrowed:  # the months of all the dyads at once, then each dyad's own
        low = min(m.start for spans in narrowed.values() for m in spans)
        high = max(m.stop for spans in narrowed.values() for m in spans) - 1
        rows = of_dyads(list(narrowed), [RecordRow.id, RecordRow.dyad, RecordRow.months_from,
                                         RecordRow.months_to],
                        RecordRow.months_from <= high, RecordRow.months_to >= low)
        found += [rid for rid, dyad, first, last in rows
                  if any(first < m.stop and last >= m.start for m in narrowed[dyad])]
    return sorted(found)


def _consolidated(*columns: Any) -> Select[Any]:
    """A query of ``columns`` over the articles consolidated so far (those signed)."""
    return select(*columns).join(
        ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)


def last_consolidated(session: Session) -> tuple[bool, str, str] | None:
    """Where the last article consolidated so far comes in consolidation's order
    (``match.position`` without the fact's key: undated, date, id); None if none is."""
    undated = session.scalar(_consolidated(ArticleRow.id)
                             .where(ArticleRow.published.is_(None))
                             .order_by(ArticleRow.id.desc()).limit(1))
    if undated is not None:
        return True, "", undated
    row = session.execute(
        _consolidated(ArticleRow.published, ArticleRow.id)
        .where(ArticleRow.published.is_not(None))
        .order_by(ArticleRow.published.desc(), ArticleRow.id.desc()).limit(1)).first()
    return None if row is None else (False, row.published, row.id)


def records_after(session: Session, published: str | None, article_id: str,
                  kinds: Iterable[RecordKind]) -> list[tuple[str, RecordKind, str | None]]:
    """The stored records of ``kinds`` that hold a fact of an article coming after the
    article (``published``, ``article_id``) in consolidation's order (``match.position``:
    by date, undated last, then id), as (id, kind, dyad), by id.

    The articles are found first, through their date index, and then their records: when
    the new articles are the newest, as they mostly are, only the undated ones come after
    them, and the registry's records are not walked."""
    if published is None:
        later = [and_(ArticleRow.published.is_(None), ArticleRow.id > article_id)]
    else:
        later = [ArticleRow.published > published,
                 and_(ArticleRow.published == published, ArticleRow.id > article_id),
                 ArticleRow.published.is_(None)]
    articles = sorted({aid for condition in later
                       for aid in session.scalars(_consolidated(ArticleRow.id).where(condition))})
    names = sorted(str(k) for k in kinds)
    found: set[tuple[str, str, str | None]] = set()
    for chunk in chunks(articles):
        found.update(session.execute(
            select(RecordRow.id, RecordRow.kind, RecordRow.dyad)
            .join(RecordFactRow, RecordFactRow.record_id == RecordRow.id)
            .join(FactRow, FactRow.id == RecordFactRow.fact_id)
            .where(FactRow.article_id.in_(chunk), RecordRow.kind.in_(names))).tuples())
    return [(rid, RecordKind(kind), dyad) for rid, kind, dyad in sorted(found)]


def _filing(draft: Draft) -> dict[str, int | None]:
    """The ``months_from``/``months_to`` columns of a record."""
    if draft.kind not in TIMED:
        return {"months_from": None, "months_to": None}
    months = filed_under(draft) or EVERYWHERE
    return {"months_from": months[0], "months_to": months[-1]}


def file_records(session: Session) -> int:
    """File the meetings and instruments saved before records were under their months;
    returns how many. Migration 0007 calls it."""
    unfiled = (RecordRow.kind.in_([str(k) for k in TIMED]), RecordRow.months_from.is_(None))
    filed = 0
    while ids := list(session.scalars(select(RecordRow.id).where(*unfiled).limit(CHUNK))):
        drafts = read_drafts(session, ids)
        session.execute(update(RecordRow), [{"id": d.id, **_filing(d)} for d in drafts])
        session.expunge_all()
        filed += len(drafts)
    return filed


def load_draft(session: Session, rid: str) -> Draft | None:
    found = read_drafts(session, [rid])
    return found[0] if found else None


def save(session: Session, drafts: list[Draft]) -> None:
    """Write every changed draft: its row (machine columns, state, edits) and moved facts;
    their dyads' summaries are recounted when the transaction commits.

    When the transaction tracks changes (``changes.track``), how each record stood before
    is noted first, for its event.

    Rows are inserted and updated in bulk, by primary key (``Draft.stored`` says which):
    consolidation saves tens of thousands of drafts, and reading each row first to
    update it took most of its time.
    """
    dyad_counts.mark_changed(session, (d.dyad for d in drafts if d.dirty or d.deleted))
    touched = [d for d in drafts if d.dirty or d.deleted]
    changes.note(session, [d.id for d in touched if d.stored],
                 [d.id for d in touched if not d.stored])
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for draft in drafts:
        if draft.dirty and not draft.members:
            draft.deleted = True
        if draft.deleted:
            if draft.stored:
                row = session.get(RecordRow, draft.id)
                if row is not None:
                    session.delete(row)
                draft.stored = False
            continue
        if not draft.dirty:
            continue
        values = {**draft.summary(), **_filing(draft), "id": draft.id, "state": draft.state,
                  "overrides": dict(draft.overrides), "updated_at": utcnow()}
        if draft.stored:
            updates.append(values)
        else:
            inserts.append({**values, "kind": str(draft.kind), "dyad": draft.dyad})
        draft.dirty, draft.stored = False, True
    session.flush()  # deletions first: a split may delete a row and add another
    if inserts:
        session.execute(insert(RecordRow), inserts)
    if updates:
        session.execute(update(RecordRow), updates)
    session.flush()
    moved = [(d.id, f) for d in drafts if not d.deleted for f in sorted(d.moved)]
    if moved:
        fact_ids = [f for _, f in moved]
        for chunk in chunks(fact_ids):
            session.execute(delete(RecordFactRow).where(RecordFactRow.fact_id.in_(chunk)))
        session.execute(insert(RecordFactRow), [{"record_id": rid, "fact_id": f} for rid, f in moved])
    for draft in drafts:
        draft.moved.clear()
    session.flush()
