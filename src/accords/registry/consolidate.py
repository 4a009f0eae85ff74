"""Consolidation: facts from many articles → one record per real body, meeting, instrument,
programme or person.

Incremental by design: an article is consolidated once (it then has a row in
``article_signatures``); each run takes only the articles stored since, in publication
order, and attaches their facts to the records of the same kind and dyad already in the
database, or starts new ones. Nothing else is read or rewritten, so ingesting ten new
articles costs ten articles' work, not the world's.

``rebuild=True`` starts over from every stored fact (deterministically: same data, same
records, same ids) and then replays the curators' history, so that rejections, edits,
merges and splits survive.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Row, delete, insert, nulls_last, select
from sqlalchemy.orm import Session

from accords.model import RecordKind
from accords.registry import dyads
from accords.registry.candidates import TIMED, Candidates
from accords.registry.dedup import NearDuplicates, band_keys, signature
from accords.registry.match import Member, affinity, compatible, undated
from accords.registry.persist import (
    RECORD_KINDS,
    Draft,
    StoredFact,
    chunks,
    load_drafts,
    load_members,
    lock,
    member_from_row,
    read_facts,
    record_id,
    save,
)
from accords.store.db import Store
from accords.store.schema import (
    ArticleBandRow,
    ArticleRow,
    ArticleSignatureRow,
    CurationEventRow,
    DyadSummaryRow,
    FactRow,
    RecordFactRow,
    RecordRow,
    utcnow,
)

#: Articles read and written per round trip.
BATCH_SIZE = 200

#: Facts (members of records) consolidation keeps in memory between batches, about 1 KB
#: each; beyond that the facts of the records used least recently are dropped (they are
#: saved, and are read back if a new fact could join them). Bounds memory however large
#: the run.
MAX_MEMBERS_IN_MEMORY = 150_000

#: Positive agreement (see ``match.affinity``) a fact with no time at all needs to join a record.
MIN_UNDATED_AFFINITY = 1.0

Group = tuple[RecordKind, str | None]

#: The facts and moved facts of a record whose facts ``Consolidator.forget`` dropped.
AWAY_MEMBERS: tuple[Member, ...] = ()
AWAY_MOVED: frozenset[int] = frozenset()


@dataclass
class ConsolidationReport:
    """What one run did."""

    articles: int = 0
    facts: int = 0
    near_duplicates: int = 0
    created: int = 0
    updated: int = 0
    seconds: float = 0.0
    #: On rebuild: curators' decisions whose record no longer exists (not re-applied).
    curation_skipped: int = 0


class Consolidator:
    """Holds the records of the groups (kind, dyad) touched so far, and assigns facts to them.

    Every record of a touched group stays known for the whole run (its id, curation state
    and, for the timed kinds, its place in the month index of ``candidates``), but only
    the facts of the records used lately are held: ``forget`` drops the facts of the
    records least recently compared with a new fact, and ``load`` reads them back when a
    new fact could join one of them again. A busy archive's old records then stay on disk
    while the months being consolidated stay in memory.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.groups: dict[Group, list[Draft]] = {}
        self.indexes: dict[Group, Candidates] = {}  # of the timed kinds' groups
        self.ids: set[str] = set()
        #: Records whose facts are held, least recently used first.
        self.held: dict[str, Draft] = {}
        #: Records whose facts ``forget`` dropped (their ``members`` is empty until ``load``).
        self.away: set[str] = set()

    def group(self, key: Group) -> list[Draft]:
        """Every record of the group, read with its facts the first time it is asked for."""
        if key not in self.groups:
            kind, dyad = key
            where = RecordRow.dyad.is_(None) if dyad is None else RecordRow.dyad == dyad
            rows = list(self.session.scalars(
                select(RecordRow).where(RecordRow.kind == str(kind), where).order_by(RecordRow.id)
            ))
            self.groups[key] = load_drafts(self.session, rows)
            self.held.update((d.id, d) for d in self.groups[key])
            self.ids.update(r.id for r in rows)
            if kind in TIMED:
                self.indexes[key] = Candidates(self.groups[key])
        return self.groups[key]

    def candidates(self, member: Member) -> list[Draft]:
        """The records ``member`` could join (all of its group's, but for the timed kinds),
        not yet holding their facts perhaps."""
        key = (member.kind, member.dyad)
        drafts = self.group(key)
        index = self.indexes.get(key)
        return index.of(member, drafts) if index else drafts

    def load(self, drafts: list[Draft]) -> None:
        """Read back the facts of those of ``drafts`` that ``forget`` dropped, in one go,
        and count them all as used now."""
        away = {d.id: d for d in drafts if d.id in self.away} if self.away else {}
        if away:
            members = load_members(self.session, {rid: d.dyad for rid, d in away.items()})
            for rid, draft in away.items():
                draft.members, draft.moved = members[rid], set()
                self.away.discard(rid)
        held = self.held
        for draft in drafts:
            held[draft.id] = held.pop(draft.id, draft)

    def prepare(self, members: Iterable[Member]) -> None:
        """Read back at once the facts of every record one of ``members`` could join."""
        if self.away:
            self.load(list({d.id: d for m in members for d in self.candidates(m)}.values()))

    def assign(self, member: Member) -> tuple[Draft, bool]:
        """Put a fact in the record it fits best; a new record if it fits none. True if new."""
        candidates = self.candidates(member)
        self.load(candidates)
        best: tuple[float, Draft] | None = None
        for draft in candidates:
            if draft.deleted or not all(compatible(member, m) for m in draft.members):
                continue
            score = max((affinity(member, m) for m in draft.members), default=0.0)
            # A tie goes to the older record, whatever order the group was read in (it
            # may have been dropped from memory and read back: see ``forget``).
            if (best is None or score > best[0]
                    or (score == best[0] and draft.origin() < best[1].origin())):
                best = (score, draft)
        if best is not None and undated(member) and best[0] < MIN_UNDATED_AFFINITY:
            best = None  # nothing says when, and too little says what: keep it apart
        if best is not None:
            best[1].add(member)
            return best[1], False
        key = (member.kind, member.dyad)
        draft = Draft(self.new_id(member.kind, member.dyad, member.key), member.kind, member.dyad)
        draft.add(member)
        self.groups[key].append(draft)
        self.held[draft.id] = draft
        if key in self.indexes:
            self.indexes[key].add(draft)
        return draft, True

    def new_id(self, kind: RecordKind, dyad: str | None, key: str) -> str:
        """An id no record has: ids hash kind and dyad, so the only records that could hold
        one are those of the group (kind, dyad), all in ``ids`` since the group was read."""
        salt, rid = 0, record_id(kind, dyad, key)
        while rid in self.ids:
            salt += 1
            rid = record_id(kind, dyad, key, str(salt))
        self.ids.add(rid)
        return rid

    def drafts(self) -> list[Draft]:
        """The records holding their facts (those away are saved and unchanged)."""
        return [d for drafts in self.groups.values() for d in drafts if d.id not in self.away]

    def forget(self, max_members: int) -> int:
        """Drop the facts of the least recently used records until at most ``max_members``
        are held. Only saved records lose theirs (call after ``save``); returns how many did."""
        held = sum(len(d.members) for d in self.held.values())
        going: list[str] = []
        for rid, draft in self.held.items():
            if held <= max_members:
                break
            if not (draft.dirty or draft.moved or draft.deleted):
                held -= len(draft.members)
                going.append(rid)
        for rid in going:
            draft = self.held.pop(rid)
            # shared and immutable while away: a record seen stays known for the whole run,
            # so what it keeps is kept small (an empty list and set would take 272 bytes),
            # and adding a fact to it before ``load`` fails loudly
            draft.members, draft.moved = AWAY_MEMBERS, AWAY_MOVED  # type: ignore[assignment]
            self.away.add(rid)
        return len(going)


def _article_dyad(facts: list[StoredFact]) -> list[str]:
    dyads = sorted((f for f in facts if f.kind == "dyad"), key=lambda f: (-f.confidence, f.id))
    return ["-".join(sorted(f.attrs.get("countries") or [])) for f in dyads]


def _fact_dyad(fact: StoredFact, dyads: list[str]) -> str | None:
    countries = fact.attrs.get("countries") or []
    if len(countries) == 2:
        return "-".join(sorted(countries))
    country = fact.attrs.get("country")
    for dyad in dyads:
        if country and country in dyad.split("-"):
            return dyad
    return dyads[0] if dyads else None


def _pending(session: Session, only: Iterable[str] | None) -> list[str]:
    statement = (
        select(ArticleRow.id)
        .outerjoin(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
        .where(ArticleSignatureRow.article_id.is_(None))
        .order_by(nulls_last(ArticleRow.published.asc()), ArticleRow.id)
    )
    if only is not None:
        statement = statement.where(ArticleRow.id.in_(list(only)))
    return list(session.scalars(statement))


def consolidate(
    store: Store,
    *,
    rebuild: bool = False,
    article_ids: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    max_members: int = MAX_MEMBERS_IN_MEMORY,
    progress: Callable[[int, int], None] | None = None,
) -> ConsolidationReport:
    """Consolidate the articles not consolidated yet (or, with ``rebuild``, all of them).

    ``article_ids`` limits the run to those articles (still only if not done before).
    One transaction: a failure leaves the registry as it was. Between batches at most
    ``max_members`` facts stay in memory, except on ``rebuild``, whose replay of the
    curators' decisions needs every record at hand. ``progress(done, total)`` is called
    with the articles consolidated so far after each batch (and once before the first).
    """
    started = time.perf_counter()
    report = ConsolidationReport()
    with Session(store.engine, expire_on_commit=False) as session:
        lock(session)
        if rebuild:
            dyads.mark_changed(session, session.scalars(select(DyadSummaryRow.dyad)))
            session.execute(delete(RecordFactRow))
            session.execute(delete(RecordRow))
            session.execute(delete(ArticleBandRow))
            session.execute(delete(ArticleSignatureRow))
        engine = Consolidator(session)
        pending = _pending(session, article_ids)
        touched: set[str] = set()
        if progress:
            progress(0, len(pending))
        for start in range(0, len(pending), batch_size):
            batch = pending[start:start + batch_size]
            articles = {row.id: row for row in session.execute(
                select(ArticleRow.id, ArticleRow.text, ArticleRow.published)
                .where(ArticleRow.id.in_(batch))
            )}
            facts: dict[str, list[StoredFact]] = {article_id: [] for article_id in batch}
            for fact in read_facts(session, FactRow.article_id.in_(batch),
                                   FactRow.kind.in_([*RECORD_KINDS, "dyad"])):
                facts[fact.article_id].append(fact)
            clusters = _report_groups(session, {
                article_id: signature(articles[article_id].text) for article_id in batch})
            report.articles += len(batch)
            report.near_duplicates += sum(cluster != aid for aid, cluster in clusters.items())
            members = [member for article_id in batch for member in _article_members(
                articles[article_id], clusters[article_id], facts[article_id])]
            engine.prepare(members)
            for member in members:
                draft, new = engine.assign(member)
                report.facts += 1
                report.created += new
                touched.add(draft.id)
            save(session, engine.drafts())
            session.expunge_all()
            if not rebuild:
                engine.forget(max_members)
            if progress:
                progress(start + len(batch), len(pending))
        if rebuild:
            from accords.registry.review import replay

            events = session.scalars(select(CurationEventRow).order_by(CurationEventRow.id))
            report.curation_skipped = replay(engine, list(events))
            save(session, engine.drafts())
        session.commit()
    report.updated = len(touched) - report.created
    report.seconds = time.perf_counter() - started
    return report


def _report_groups(session: Session, signatures: dict[str, list[int]]) -> dict[str, str]:
    """Each article's report group (near-duplicate cluster), in order, recorded with its
    signature and bands. Read from the database: the consolidated articles sharing a band
    with one of the batch's, the only ones that can be copies of them."""
    keys = {aid: set(band_keys(values)) for aid, values in signatures.items()}
    earlier: set[str] = set()
    for chunk in chunks(sorted(set().union(*keys.values()))):
        earlier.update(session.scalars(
            select(ArticleBandRow.article_id).where(ArticleBandRow.key.in_(chunk))))
    index = NearDuplicates()
    for chunk in chunks(sorted(earlier)):
        index.load(session.execute(
            select(ArticleSignatureRow.article_id, ArticleSignatureRow.cluster,
                   ArticleSignatureRow.minhash)
            .where(ArticleSignatureRow.article_id.in_(chunk))).tuples())
    clusters = {aid: index.add(aid, values) for aid, values in signatures.items()}
    session.execute(insert(ArticleSignatureRow), [
        {"article_id": aid, "cluster": clusters[aid], "minhash": values, "consolidated_at": utcnow()}
        for aid, values in signatures.items()])
    session.execute(insert(ArticleBandRow), [
        {"key": key, "article_id": aid} for aid, found in keys.items() for key in sorted(found)])
    return clusters


def _article_members(row: Row, cluster: str, facts: list[StoredFact]) -> list[Member]:
    """An article's facts as members, in the order they are assigned."""
    dyads = _article_dyad(facts)
    members = [
        member_from_row(f, row.published, cluster, _fact_dyad(f, dyads))
        for f in facts if f.kind in RECORD_KINDS
    ]
    return sorted(members, key=lambda m: m.key)
