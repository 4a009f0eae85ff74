"""Curation: every change is in the history and survives re-consolidation."""

from __future__ import annotations

import pytest
from registry_helpers import article, instrument, meeting, open_store

from accords.model import CurationState
from accords.registry import (
    CurationError,
    accept,
    consolidate,
    edit,
    get_record,
    history,
    merge,
    records,
    reject,
    split,
)

NAME = "Intergovernmental Commission"


def _corpus(store):
    texts = {
        "s1": "The 16th session of the commission was held in Budapest on 7 October.",
        "s2": "The commission's 16th session in Budapest ended on 7 October.",
        "s3": "The 15th session of the commission was held in Moscow on 2 October 2024.",
    }
    store.add(article("s1", texts["s1"], "2025-10-08", meeting(
        texts["s1"], "16th session", date="2025-10-07", place="Budapest", body=NAME)))
    store.add(article("s2", texts["s2"], "2025-10-08", meeting(
        texts["s2"], "16th session", date="2025-10-07", place="Budapest", body=NAME)))
    store.add(article("s3", texts["s3"], "2024-10-03", meeting(
        texts["s3"], "15th session", date="2024-10-02", place="Moscow", body=NAME)))
    t4 = "An energy protocol and a health memorandum were signed in Budapest."
    store.add(article("s4", t4, "2025-10-08",
                      instrument(t4, "energy protocol", kind="protocol", areas=("energy",)),
                      instrument(t4, "health memorandum", kind="memorandum", areas=("health",))))
    consolidate(store)


def _by_date(store, date):
    return next(r for r in records(store, kind="meeting", include_rejected=True) if r.date == date)


def test_accept_reject_edit_are_kept_in_history_with_before_and_after(tmp_path):
    with open_store(tmp_path) as store:
        _corpus(store)
        m16, m15 = _by_date(store, "2025-10-07"), _by_date(store, "2024-10-02")
        assert m16.state is CurationState.PROPOSED
        assert accept(store, m16.id, by="anna").state is CurationState.ACCEPTED
        assert reject(store, m15.id[:8], by="ben", note="duplicate").state is CurationState.REJECTED
        edited = edit(store, m16.id, "place", "Budapest, Parliament", by="anna")
        assert edited.attrs["place"] == "Budapest, Parliament"
        assert edited.state is CurationState.EDITED
        assert m15.id not in {r.id for r in records(store, kind="meeting")}
        events = history(store, m16.id)
        assert [(e.action, e.by, e.field, e.before, e.after) for e in events] == [
            ("accept", "anna", "state", "proposed", "accepted"),
            ("edit", "anna", "place", "Budapest", "Budapest, Parliament"),
        ]
        assert all(e.at for e in events)
        (rejection,) = history(store, m15.id)
        assert (rejection.by, rejection.note, rejection.after) == ("ben", "duplicate", "rejected")


def test_curation_survives_rebuild_and_new_articles(tmp_path):
    with open_store(tmp_path) as store:
        _corpus(store)
        m16, m15 = _by_date(store, "2025-10-07"), _by_date(store, "2024-10-02")
        reject(store, m15.id, by="ben")
        edit(store, m16.id, "place", "Budapest, Parliament", by="anna")
        t5 = "Officials recalled that the 16th session was held in Budapest on 7 October."
        store.add(article("s5", t5, "2025-10-20", meeting(
            t5, "16th session", date="2025-10-07", place="Budapest", body=NAME)))
        consolidate(store)  # incremental: the new report joins, the edit stays
        after_new = get_record(store, m16.id)
        assert len(after_new.article_ids) == 3
        assert after_new.attrs["place"] == "Budapest, Parliament"
        consolidate(store, rebuild=True)
        assert get_record(store, m15.id).state is CurationState.REJECTED
        rebuilt = get_record(store, m16.id)
        assert rebuilt.attrs["place"] == "Budapest, Parliament"
        assert rebuilt.state is CurationState.EDITED
        assert len(rebuilt.article_ids) == 3


def test_merge_and_split_are_recorded_and_replayed_on_rebuild(tmp_path):
    with open_store(tmp_path) as store:
        _corpus(store)
        m16, m15 = _by_date(store, "2025-10-07"), _by_date(store, "2024-10-02")
        merged = merge(store, m16.id, m15.id, by="anna")
        assert len(merged.article_ids) == 3
        assert merged.conflicts  # two dates, two places: shown, not overwritten
        with pytest.raises(Exception, match="no record"):
            get_record(store, m15.id)
        moved = [s.fact_id for s in merged.support if s.article_id == get_record(
            store, m16.id).support[0].article_id]
        old, new = split(store, m16.id, moved, by="ben")
        assert set(new.fact_ids) == set(moved) and not set(old.fact_ids) & set(moved)
        assert [e.action for e in history(store, m16.id)] == ["merge", "split"]
        assert [e.action for e in history(store, m15.id)] == ["merged_into"]
        split_event = history(store, m16.id)[1]
        assert split_event.before == sorted(merged.fact_ids)
        assert split_event.after == {"new_id": new.id, "fact_ids": sorted(moved)}
        before = {r.id: sorted(r.fact_ids) for r in records(store, kind="meeting")}
        consolidate(store, rebuild=True)
        after = {r.id: sorted(r.fact_ids) for r in records(store, kind="meeting")}
        assert after == before


def test_bad_curation_requests_are_refused(tmp_path):
    with open_store(tmp_path) as store:
        _corpus(store)
        m16 = _by_date(store, "2025-10-07")
        protocol = next(r for r in records(store, kind="instrument"))
        with pytest.raises(CurationError):
            merge(store, m16.id, m16.id)
        with pytest.raises(CurationError):
            merge(store, m16.id, protocol.id)
        with pytest.raises(CurationError):
            split(store, m16.id, m16.fact_ids)  # every fact: nothing would stay
        with pytest.raises(CurationError):
            split(store, m16.id, [999_999])
        assert history(store) == []


def test_rebuild_counts_decisions_about_records_that_are_gone(tmp_path):
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    from accords.store.schema import ArticleRow

    with open_store(tmp_path) as store:
        _corpus(store)
        m15 = _by_date(store, "2024-10-02")
        reject(store, m15.id, by="ben")
        with Session(store.engine) as session:  # its only article goes away
            session.execute(delete(ArticleRow).where(ArticleRow.external_id == "s3"))
            session.commit()
        report = consolidate(store, rebuild=True)
        assert report.curation_skipped == 1
        assert [r.date for r in records(store, kind="meeting", include_rejected=True)] == [
            "2025-10-07"]
        assert [e.action for e in history(store, m15.id)] == ["reject"]  # history is kept
