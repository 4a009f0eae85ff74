"""Consolidation: facts from many articles → one record per real body, meeting, instrument,
programme or person.

Incremental by design: an article is consolidated once (it then has a row in
``article_signatures``); each run takes only the articles stored since, in publication
order, and attaches their facts to the records of the same kind and dyad already in the
database, or starts new ones. Nothing else is read or rewritten, so ingesting ten new
articles costs ten articles' work, not the world's — unless the new articles are older than
some already consolidated (a backfill, an archive ingested in chunks): then the stored
facts that come after theirs in publication order, in the same kind and dyad, are taken
back and assigned again after them (``Consolidator.reopen``), so that the records are those
a rebuild gives.

``rebuild=True`` starts over from every stored fact (deterministically: same data, same
records, same ids) and then replays the curators' history, so that rejections, edits,
merges and splits survive.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Row, delete, func, insert, nulls_last, select
from sqlalchemy.orm import Session

from accords.model import CurationState, RecordKind, dyad_key
from accords.registry import changes, dyad_counts
from accords.registry.candidates import Candidates, months_of, whole_group
from accords.registry.dedup import NearDuplicates, band_keys, signature
from accords.registry.draft import Draft
from accords.registry.match import (
    Member,
    Position,
    affinity,
    compatible_with_record,
    position,
    undated,
)
from accords.registry.persist import (
    RECORD_KINDS,
    StoredFact,
    chunks,
    last_consolidated,
    member_from_row,
    read_drafts,
    read_facts,
    record_id,
    records_after,
    save,
    stored_near,
)
from accords.store.db import Store
from accords.store.locks import registry_lock
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
#: each; beyond that it lets go of the records used least recently (they are saved, and
#: are read back if a new fact could join them). With the near-duplicate index read per
#: batch, this bounds a run's memory however large the run and the registry.
MAX_MEMBERS_IN_MEMORY = 150_000

#: Positive agreement (see ``match.affinity``) a fact with no time at all needs to join a record.
MIN_UNDATED_AFFINITY = 1.0

Group = tuple[RecordKind, str | None]


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
    #: Events written for watches (``registry.changes``): records created or changed.
    events: int = 0


class Consolidator:
    """Holds records with their facts, and assigns facts to them.

    Before a batch of facts is assigned, ``prepare`` reads from the database every stored
    record one of them could join (by kind, dyad and, for meetings and instruments, the
    months it is filed under: ``candidates``) that is not held yet. Between batches,
    ``forget`` lets go of the records least recently compared with a new fact. What a run
    holds is thus bounded by ``max_members`` and the batch at hand, not by the size of
    the registry: a busy archive's old records stay on disk while the months being
    consolidated stay in memory.

    Records come out as if every fact of a group had been assigned in consolidation's order
    (``match.position``) in one run, also when articles arrive out of that order (a
    backfill of older reports, an archive ingested in chunks): ``reopen`` takes back the
    facts that come after a batch's first fact, to be assigned again with the batch.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        #: Records held with their facts, least recently used first.
        self.held: dict[str, Draft] = {}
        #: The held records of each group (kind, dyad), by month for the timed kinds.
        self.indexes: dict[Group, Candidates] = {}
        #: Groups some stored record of which may not be held: at first those with records
        #: in the database, then those ``forget`` took records from. The others need no
        #: query: every record of theirs is held.
        self.partial: set[Group] = {
            (RecordKind(kind), dyad) for kind, dyad in
            session.execute(select(RecordRow.kind, RecordRow.dyad).distinct())}
        #: Of the ids the batch's facts would give new records, those stored records have.
        self.taken: set[str] = set()
        #: Stored records ``reopen`` emptied: their first fact starts them again under the
        #: same id (as the first fact of a record does), else they are deleted when saved.
        self.vacated: dict[str, Draft] = {}
        #: The facts the records ``reopen`` took facts from held before (by fact id).
        self.before_reopen: dict[str, frozenset[int]] = {}
        #: The last article consolidated before this run (``last_consolidated``): only
        #: a batch that comes before it can have facts to take back (the run's own
        #: articles are taken in order).
        self.last = last_consolidated(session)

    def index(self, key: Group) -> Candidates:
        if key not in self.indexes:
            self.indexes[key] = Candidates()
        return self.indexes[key]

    def hold(self, draft: Draft) -> None:
        """Hold a record (read, or new) as the most recently used."""
        self.held[draft.id] = draft
        self.index((draft.kind, draft.dyad)).add(draft)

    def candidates(self, member: Member) -> list[Draft]:
        """The held records ``member`` could join (after ``prepare``, every record it could)."""
        return self.index((member.kind, member.dyad)).of(member)

    def prepare(self, members: list[Member]) -> None:
        """Hold every stored record one of ``members`` could join, reading in one go those
        not held; and learn which of the ids their new records would get are taken."""
        # by kind, each dyad's months (None: the whole group), for ``stored_near``
        wanted: dict[RecordKind, dict[str | None, set[range] | None]] = {}
        for member in members:
            if (member.kind, member.dyad) not in self.partial:
                continue
            dyads = wanted.setdefault(member.kind, {})
            if whole_group(member):  # no months, or a session number filed anywhere
                dyads[member.dyad] = None
            elif (spans := dyads.setdefault(member.dyad, set())) is not None:
                spans.add(months_of(member))
        missing = [rid for kind, dyads in wanted.items()
                   for rid in stored_near(self.session, kind, dyads)
                   if rid not in self.held and rid not in self.vacated]
        for draft in read_drafts(self.session, missing):
            self.hold(draft)
        self.partial.difference_update((kind, dyad) for kind, dyads in wanted.items()
                                       for dyad, spans in dyads.items() if spans is None)
        # an id hashes kind and dyad: only a record of the same group could have it
        ids = sorted({record_id(m.kind, m.dyad, m.key) for m in members
                      if (m.kind, m.dyad) in self.partial})
        self.taken = {rid for chunk in chunks(ids) for rid in self.session.scalars(
            select(RecordRow.id).where(RecordRow.id.in_(chunk)))}

    def assign(self, member: Member) -> tuple[Draft, bool]:
        """Put a fact in the record it fits best; a new record if it fits none. True if new."""
        candidates = self.candidates(member)
        held = self.held
        best: tuple[float, Draft] | None = None
        for draft in candidates:
            held[draft.id] = held.pop(draft.id)  # used now
            if draft.deleted or not compatible_with_record(member, draft.members):
                continue
            score = max((affinity(member, m) for m in draft.members), default=0.0)
            # A tie goes to the older record, whatever order the records were read in.
            if (best is None or score > best[0]
                    or (score == best[0] and draft.origin() < best[1].origin())):
                best = (score, draft)
        if best is not None and undated(member) and best[0] < MIN_UNDATED_AFFINITY:
            best = None  # nothing says when, and too little says what: keep it apart
        if best is not None:
            best[1].add(member)
            return best[1], False
        rid = self.new_id(member.kind, member.dyad, member.key)
        draft = self.vacated.pop(rid, None)  # a record reopened, started again by its fact
        new = draft is None
        if draft is None:
            draft = Draft(rid, member.kind, member.dyad)
        draft.add(member)
        self.hold(draft)
        return draft, new

    def new_id(self, kind: RecordKind, dyad: str | None, key: str) -> str:
        """An id no record has, held or stored (``prepare`` looked up the unsalted ones),
        or that of a record ``reopen`` emptied, which its first fact starts again."""
        salt, rid = 0, record_id(kind, dyad, key)
        while rid not in self.vacated and (
                rid in self.held or rid in self.taken
                or (salt and self.session.get(RecordRow, rid))):
            salt += 1
            rid = record_id(kind, dyad, key, str(salt))
        return rid

    def reopen(self, members: list[Member]) -> list[Member]:
        """Take back, from the stored records of the groups of ``members`` (a batch of new
        facts), every fact that comes after the group's first new fact in consolidation's
        order; returns the batch with them, in that order, to be assigned again.

        Assignment is greedy in that order, and a record only ever gains facts, so the
        records as they stood before a fact was assigned are the records without the facts
        that come after it: those are what remain here, and assigning the rest again with
        the new facts gives the records a rebuild gives, under the same ids. When the new
        articles are the newest, as they mostly are, nothing comes after them but the
        undated. A record a curator has acted on (accepted, rejected, edited, merged or
        split) keeps its facts: a rebuild replays those decisions, a run never undoes them.
        """
        if not members or self.last is None or min(map(position, members))[:3] > self.last:
            return members
        first: dict[Group, Position] = {}
        for member in members:
            key, at = (member.kind, member.dyad), position(member)
            if key not in first or at < first[key]:
                first[key] = at
        earliest = min(first.values())
        found = [rid for rid, kind, dyad in records_after(
            self.session, None if earliest[0] else earliest[1], earliest[2],
            {kind for kind, _ in first}) if (kind, dyad) in first]
        if not found:
            return members
        curated = {rid for chunk in chunks(found) for rid in self.session.scalars(
            select(CurationEventRow.record_id).where(CurationEventRow.record_id.in_(chunk)))}
        for draft in read_drafts(self.session, [rid for rid in found if rid not in self.held]):
            self.hold(draft)
        reopened: list[Member] = []
        for rid in found:
            draft = self.held[rid]
            if rid in curated or draft.state != CurationState.PROPOSED.value or draft.overrides:
                continue
            cut = first[(draft.kind, draft.dyad)]
            later = [m for m in draft.members if position(m) > cut]
            if not later:
                continue
            self.before_reopen.setdefault(rid, frozenset(m.fact_id for m in draft.members))
            draft.members = [m for m in draft.members if position(m) < cut]
            draft.dirty = True
            reopened.extend(later)
            if not draft.members:  # its first fact comes later: it starts it again, or not
                del self.held[rid]
                self.indexes[(draft.kind, draft.dyad)].remove(draft)
                self.vacated[rid] = draft
        return sorted([*members, *reopened], key=position)

    def settle(self) -> list[Draft]:
        """After a batch's facts are assigned: a record ``reopen`` took facts from that got
        back the very facts it had is unchanged (nothing to write); those it emptied that
        no fact started again are marked deleted and returned, to be saved with the others."""
        for rid, facts in self.before_reopen.items():
            draft = self.held.get(rid)
            if draft is not None and {m.fact_id for m in draft.members} == facts:
                draft.dirty = False
                draft.moved.clear()  # each of its facts is stored under it already
        self.before_reopen.clear()
        gone = list(self.vacated.values())
        for draft in gone:
            draft.deleted = True
        self.vacated.clear()
        return gone

    def drafts(self) -> list[Draft]:
        """The records held (those let go are saved and unchanged)."""
        return list(self.held.values())

    def forget(self, max_members: int) -> int:
        """Let go of the least recently used records until at most ``max_members`` facts
        are held. Only saved records go (call after ``save``); returns how many did."""
        held = sum(len(d.members) for d in self.held.values())
        going: list[Draft] = []
        for draft in self.held.values():
            if held <= max_members:
                break
            if not (draft.dirty or draft.moved or draft.deleted):
                held -= len(draft.members)
                going.append(draft)
        for draft in going:
            del self.held[draft.id]
            key = (draft.kind, draft.dyad)
            self.indexes[key].remove(draft)
            self.partial.add(key)
        return len(going)


def _article_dyad(facts: list[StoredFact]) -> list[str]:
    dyads = sorted((f for f in facts if f.kind == "dyad"), key=lambda f: (-f.confidence, f.id))
    return [key for f in dyads if (key := dyad_key(f.attrs.get("countries")))]


def _fact_dyad(fact: StoredFact, dyads: list[str]) -> str | None:
    if key := dyad_key(fact.attrs.get("countries")):
        return key
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
    started, began = time.perf_counter(), utcnow()
    report = ConsolidationReport()
    with Session(store.engine, expire_on_commit=False) as session:
        registry_lock(session)
        changes.track(session, everything=rebuild)  # the run's events: see changes
        if rebuild:
            dyad_counts.mark_changed(session, session.scalars(select(DyadSummaryRow.dyad)))
            session.execute(delete(RecordFactRow))
            session.execute(delete(RecordRow))
            session.execute(delete(ArticleBandRow))
            session.execute(delete(ArticleSignatureRow))
        engine = Consolidator(session)
        pending = _pending(session, article_ids)
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
            report.facts += len(members)
            if not rebuild:  # a rebuild takes every article in order: nothing comes after
                members = engine.reopen(members)
            engine.prepare(members)
            for member in members:
                _, new = engine.assign(member)
                report.created += new
            save(session, engine.drafts() + engine.settle())
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
        # saved records carry the time: no set of every record touched kept for the count
        report.updated = session.scalar(select(func.count()).select_from(RecordRow).where(
            RecordRow.updated_at >= began)) - report.created
        report.events = changes.emit(session)
        session.commit()
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
