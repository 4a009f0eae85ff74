"""Curation: accept, reject, edit, merge, split — each change kept in a history.

Every change is written as a ``curation_events`` row (who, when, field, before, after)
in the same transaction as the change itself, with one event for watches
(``registry.changes.curated``). The history is also the *decision log*:
``consolidate(rebuild=True)`` recomputes the machine's records and then ``replay``s it,
so a rejected record stays rejected, an edited field keeps the curator's value (edits
live in ``overrides``, which the machine never writes), merged records stay merged and
split-off facts stay apart. Incremental consolidation never touches state or edits.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accords.errors import AccordsError
from accords.model import CurationEvent, CurationState, Record
from accords.registry import changes
from accords.registry.draft import Draft
from accords.registry.persist import load_draft, record_id, save
from accords.registry.queries import RecordNotFound, get_record, resolve_id
from accords.store.db import Store
from accords.store.locks import registry_lock
from accords.store.schema import CurationEventRow, RecordRow

__all__ = [
    "CurationError", "RecordNotFound", "accept", "curator", "edit", "history", "merge",
    "reject", "replay", "split",
]


class CurationError(AccordsError):
    """A curation request that cannot be done (merge a record with itself, split off nothing…)."""


def curator(name: str | None = None) -> str:
    """Who is curating: the name given, else ``$USER``, else the login name."""
    if name:
        return name
    try:
        return os.environ.get("USER") or getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _log(session: Session, rid: str, action: str, by: str, field: str | None = None,
         before: Any = None, after: Any = None, note: str | None = None) -> None:
    session.add(CurationEventRow(record_id=rid, action=action, by=by, field=field,
                                 before=before, after=after, note=note))


def _load(session: Session, key: str) -> Draft:
    draft = load_draft(session, resolve_id(session, key))
    assert draft is not None
    return draft


def _set_state(store: Store, key: str, state: CurationState, by: str | None,
               note: str | None) -> Record:
    with Session(store.engine) as session:
        registry_lock(session)
        draft = _load(session, key)
        before, draft.state, draft.dirty = draft.state, state.value, True
        save(session, [draft])
        action = "accept" if state is CurationState.ACCEPTED else "reject"
        _log(session, draft.id, action, curator(by), "state", before, state.value, note)
        changes.curated(session, action, draft.id, curator(by), {"state": before},
                        {"state": state.value})
        session.commit()
    return get_record(store, draft.id)


def accept(store: Store, key: str, by: str | None = None, note: str | None = None) -> Record:
    """Mark a record as checked and right."""
    return _set_state(store, key, CurationState.ACCEPTED, by, note)


def reject(store: Store, key: str, by: str | None = None, note: str | None = None) -> Record:
    """Mark a record as wrong: it leaves the views and stays rejected through re-consolidation."""
    return _set_state(store, key, CurationState.REJECTED, by, note)


def parse_value(text: str) -> Any:
    """A value typed by a curator: JSON when it parses (lists, numbers, null), else the text."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def edit(store: Store, key: str, field: str, value: Any, by: str | None = None,
         note: str | None = None) -> Record:
    """Set one attribute (or ``label``/``status``/``date``); the machine will not overwrite it."""
    with Session(store.engine) as session:
        registry_lock(session)
        draft = _load(session, key)
        row = session.get(RecordRow, draft.id)
        assert row is not None
        before = row.label if field == "label" else row.attrs.get(field)
        draft.overrides[field] = value
        draft.state, draft.dirty = CurationState.EDITED.value, True
        save(session, [draft])
        _log(session, draft.id, "edit", curator(by), field, before, value, note)
        changes.curated(session, "edit", draft.id, curator(by), {field: before}, {field: value})
        session.commit()
    return get_record(store, draft.id)


def _move(source: Draft, target: Draft, fact_ids: set[int]) -> None:
    moving = [m for m in source.members if m.fact_id in fact_ids]
    source.members = [m for m in source.members if m.fact_id not in fact_ids]
    source.moved -= fact_ids  # written once, under the record they end up in
    source.dirty = True
    for member in moving:
        target.add(member)
    target.members.sort(key=lambda m: (m.observed or "9999", m.key))


def merge(store: Store, target_key: str, source_key: str, by: str | None = None,
          note: str | None = None) -> Record:
    """Fold record ``source`` into ``target`` (same kind): its facts, edits it lacks; source goes."""
    who = curator(by)
    with Session(store.engine) as session:
        registry_lock(session)
        target, source = _load(session, target_key), _load(session, source_key)
        if target.id == source.id:
            raise CurationError("cannot merge a record with itself")
        if target.kind is not source.kind:
            raise CurationError(f"cannot merge a {source.kind} into a {target.kind}")
        before = sorted(m.fact_id for m in target.members)
        moved = sorted(m.fact_id for m in source.members)
        _apply_merge(target, source)
        save(session, [source, target])
        _log(session, target.id, "merge", who, "facts", before,
             {"merged": source.id, "fact_ids": moved}, note)
        _log(session, source.id, "merged_into", who, "record", source.id, target.id, note)
        changes.curated(session, "merge", target.id, who, {"records": [target.id, source.id]},
                        {"record": target.id, "fact_ids": sorted(before + moved)})
        session.commit()
    return get_record(store, target.id)


def _apply_merge(target: Draft, source: Draft) -> None:
    _move(source, target, {m.fact_id for m in source.members})
    for field, value in source.overrides.items():
        target.overrides.setdefault(field, value)
    source.deleted = True


def split(store: Store, key: str, fact_ids: Iterable[int], by: str | None = None,
          note: str | None = None) -> tuple[Record, Record]:
    """Move some facts of a record into a new record; returns (the old one, the new one)."""
    wanted = set(fact_ids)
    with Session(store.engine) as session:
        registry_lock(session)
        source = _load(session, key)
        present = {m.fact_id for m in source.members}
        if not wanted or not wanted <= present:
            raise CurationError(f"facts {sorted(wanted - present) or '(none)'} are not in {source.id}")
        if wanted == present:
            raise CurationError("splitting off every fact leaves nothing behind")
        first = min((m for m in source.members if m.fact_id in wanted), key=lambda m: m.key)
        new_id = record_id(source.kind, source.dyad, first.key, "split")
        salt = 0
        while session.get(RecordRow, new_id) is not None:
            salt += 1
            new_id = record_id(source.kind, source.dyad, first.key, f"split{salt}")
        target = Draft(new_id, source.kind, source.dyad)
        _move(source, target, wanted)
        save(session, [source, target])
        who = curator(by)
        _log(session, source.id, "split", who, "facts", sorted(present),
             {"new_id": new_id, "fact_ids": sorted(wanted)}, note)
        _log(session, new_id, "split_from", who, "record", None, source.id, note)
        changes.curated(session, "split", source.id, who, {"record": source.id},
                        {"records": [source.id, new_id], "fact_ids": sorted(wanted)})
        session.commit()
    return get_record(store, source.id), get_record(store, new_id)


def history(store: Store, key: str | None = None) -> list[CurationEvent]:
    """Every curation event (of one record, when given), oldest first."""
    with Session(store.engine) as session:
        statement = select(CurationEventRow).order_by(CurationEventRow.id)
        if key:
            with contextlib.suppress(RecordNotFound):  # a merged-away record has no row
                key = resolve_id(session, key)
            statement = statement.where(CurationEventRow.record_id == key)
        return [CurationEvent(id=e.id, record_id=e.record_id, action=e.action, by=e.by,
                              at=e.at.isoformat(), field=e.field, before=e.before,
                              after=e.after, note=e.note)
                for e in session.scalars(statement)]


def replay(engine: Any, events: list[CurationEventRow]) -> int:
    """Re-apply curators' decisions to freshly consolidated drafts (``Consolidator``).

    Decisions about records that no longer exist are skipped (and counted): the facts
    they were about are gone (an article deleted) or grouped differently now.
    """
    drafts = {d.id: d for d in engine.drafts() if not d.deleted}
    skipped = 0
    for event in events:
        draft = drafts.get(event.record_id)
        if draft is None:
            skipped += event.action in ("accept", "reject", "edit", "merge", "split")
            continue
        if event.action in ("accept", "reject"):
            draft.state, draft.dirty = str(event.after), True
        elif event.action == "edit" and event.field:
            draft.overrides[event.field] = event.after
            draft.state, draft.dirty = CurationState.EDITED.value, True
        elif event.action == "merge":
            source = drafts.get(event.after.get("merged"))
            if source is not None and source is not draft and source.kind is draft.kind:
                _apply_merge(draft, source)
                del drafts[source.id]
        elif event.action == "split":
            wanted = set(event.after.get("fact_ids") or [])
            new_id = event.after.get("new_id")
            if wanted and new_id and new_id not in drafts:
                target = Draft(new_id, draft.kind, draft.dyad)
                for other in list(drafts.values()):
                    if other.kind is draft.kind and wanted & {m.fact_id for m in other.members}:
                        _move(other, target, wanted)
                if target.members:
                    engine.hold(target)
                    drafts[new_id] = target
    return skipped
