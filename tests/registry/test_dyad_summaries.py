"""Stored dyad summaries (``registry.dyad_counts``) stay equal to a fresh count through
consolidation, curation and rebuilds, on SQLite and PostgreSQL; a store from before
migration 0005 is counted on first read; a failed write leaves nothing to recount."""

from __future__ import annotations

import pytest
from registry_helpers import article, instrument, meeting
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from accords.registry import consolidate, dyad_summaries, merge, records, reject, split
from accords.registry import dyad_counts as stored_dyads
from accords.store import Store
from accords.store.schema import DyadSummaryRow

T1 = "Hungary and Russia signed an energy protocol and a trade agreement in Budapest."
T2 = "Hungary and Russia held their commission's session in Moscow on 3 March."
T3 = "Vietnam and Laos signed a transport memorandum in Hanoi."


def _fresh(store: Store) -> dict[str, tuple]:
    with Session(store.engine) as session:
        return {
            d: (s.records, s.articles, s.by_kind, s.first, s.last)
            for d, s in stored_dyads.count(session).items()
            if s.records
        }


def _shown(store: Store) -> dict[str, tuple]:
    return {s.dyad: (s.records, s.articles, s.by_kind, s.first, s.last)
            for s in dyad_summaries(store)}


@pytest.fixture
def store(db_url: str):
    with Store.open(db_url) as handle:
        handle.add(article("s1", T1, "2025-03-01",
                           instrument(T1, "energy protocol", kind="protocol", date="2025-02-28",
                                      title="energy protocol"),
                           instrument(T1, "trade agreement", date="2025-02-28",
                                      title="trade agreement")))
        handle.add(article("s2", T2, "2025-03-04",
                           meeting(T2, "session", date="2025-03-03", place="Moscow")))
        consolidate(handle)
        yield handle


def test_summaries_are_stored_and_equal_a_fresh_count(store: Store) -> None:
    shown = _shown(store)
    assert shown == _fresh(store)
    assert shown["HUN-RUS"][:3] == (3, 2, {"instrument": 2, "meeting": 1})
    assert shown["HUN-RUS"][3:] == ("2025-02-28", "2025-03-03")
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(DyadSummaryRow)) == 1


def test_new_articles_and_every_curation_action_keep_them_current(store: Store) -> None:
    store.add(article("s3", T3, "2025-04-01",
                      instrument(T3, "transport memorandum", kind="memorandum",
                                 countries=("LAO", "VNM")), dyad=("LAO", "VNM")))
    consolidate(store)
    assert _shown(store)["LAO-VNM"][:2] == (1, 1)
    assert _shown(store) == _fresh(store)

    first, second = [r.id for r in records(store, dyad="HUN-RUS", kind="instrument")]
    merge(store, first, second, by="test")
    assert _shown(store)["HUN-RUS"][:3] == (2, 2, {"instrument": 1, "meeting": 1})
    assert _shown(store) == _fresh(store)

    merged = records(store, dyad="HUN-RUS", kind="instrument")[0]
    split(store, merged.id, merged.fact_ids[:1], by="test")
    assert _shown(store)["HUN-RUS"][0] == 3
    assert _shown(store) == _fresh(store)

    meeting_id = records(store, dyad="HUN-RUS", kind="meeting")[0].id
    reject(store, meeting_id, by="test", note="not a session")
    assert _shown(store)["HUN-RUS"][:3] == (2, 1, {"instrument": 2})
    assert _shown(store) == _fresh(store)

    only = records(store, dyad="LAO-VNM")[0].id
    reject(store, only, by="test")
    assert "LAO-VNM" not in _shown(store)  # every record rejected: no longer listed

    consolidate(store, rebuild=True)  # replays the curation
    assert _shown(store) == _fresh(store)
    assert "LAO-VNM" not in _shown(store)


def test_a_registry_from_before_the_table_is_counted_on_first_read(store: Store) -> None:
    with Session(store.engine) as session:
        session.execute(delete(DyadSummaryRow))
        session.commit()
    assert _shown(store)["HUN-RUS"][:2] == (3, 2)
    with Session(store.engine) as session:
        assert session.scalar(select(func.count()).select_from(DyadSummaryRow)) == 1


def test_a_rolled_back_write_leaves_no_dyads_to_recount(store: Store) -> None:
    with Session(store.engine) as session:
        session.execute(select(DyadSummaryRow.dyad))  # a write has begun its transaction
        stored_dyads.mark_changed(session, ["EGY-JOR"])
        session.rollback()
        assert stored_dyads.CHANGED not in session.info
        session.commit()  # nothing to recount; would insert nothing anyway
    assert set(_shown(store)) == {"HUN-RUS"}


def test_one_dyad_or_the_first_few_are_read_in_order(store: Store) -> None:
    store.add(article("s3", T3, "2025-04-01",
                      instrument(T3, "transport memorandum", kind="memorandum",
                                 countries=("LAO", "VNM")), dyad=("LAO", "VNM")))
    consolidate(store)
    assert [s.dyad for s in dyad_summaries(store)] == ["HUN-RUS", "LAO-VNM"]  # most records first
    assert [s.dyad for s in dyad_summaries(store, limit=1)] == ["HUN-RUS"]
    (lao,) = dyad_summaries(store, dyad="LAO-VNM")
    assert (lao.records, lao.articles, lao.by_kind) == (1, 1, {"instrument": 1})
    assert dyad_summaries(store, dyad="EGY-JOR") == []
    reject(store, records(store, dyad="LAO-VNM")[0].id, by="test")
    assert dyad_summaries(store, dyad="LAO-VNM") == []  # zero live records: not listed


def test_a_registry_from_before_the_table_is_counted_when_one_dyad_is_read(store: Store) -> None:
    with Session(store.engine) as session:
        session.execute(delete(DyadSummaryRow))
        session.commit()
    (found,) = dyad_summaries(store, dyad="HUN-RUS")
    assert (found.records, found.articles) == (3, 2)
