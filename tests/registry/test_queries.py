"""Queries: by dyad, area, body, time, kind and status; pending; timeline; dyad summaries."""

from __future__ import annotations

import pytest
from registry_helpers import article, body, instrument, meeting, open_store

from accords.model import RecordKind
from accords.registry import dyad_summaries, pending, records, reject, timeline

NAME = "Intergovernmental Commission for Economic Cooperation"


@pytest.fixture
def store(tmp_path):
    t1 = (f"The {NAME} held its 16th session in Budapest on 7 October, where an energy "
          "protocol was signed; the 17th session will be held in Moscow in 2026.")
    t2 = "A health agreement is being prepared and a working group on tourism will meet."
    t3 = "Vietnam and Laos signed a transport memorandum in Hanoi on 20 February."
    with open_store(tmp_path) as handle:
        handle.add(article("q1", t1, "2025-10-08",
                           body(t1, NAME, NAME),
                           meeting(t1, "16th session", date="2025-10-07", place="Budapest", body=NAME),
                           meeting(t1, "17th session", status="planned", date="2026", place="Moscow",
                                   body=NAME),
                           instrument(t1, "energy protocol", kind="protocol", date="2025-10-07",
                                      areas=("energy",))))
        handle.add(article("q2", t2, "2025-11-02",
                           instrument(t2, "health agreement", status="planned", areas=("health",)),
                           meeting(t2, "working group", status="planned", kind="working_group")))
        handle.add(article("q3", t3, "2025-02-21",
                           instrument(t3, "transport memorandum", kind="memorandum",
                                      date="2025-02-20", areas=("transport",),
                                      countries=("LAO", "VNM")), dyad=("LAO", "VNM")))
        from accords.registry import consolidate

        consolidate(handle)
        yield handle


def test_filters(store):
    assert {r.dyad for r in records(store)} == {"HUN-RUS", "LAO-VNM"}
    assert [r.attrs["areas"] for r in records(store, area="energy")] == [["energy"]]
    assert [r.status for r in records(store, dyad="HUN-RUS", kind="instrument", status="planned")] == ["planned"]
    in_2025 = records(store, dyad="HUN-RUS", since="2025-01-01", until="2025-12-31")
    assert {r.kind for r in in_2025} == {RecordKind.MEETING, RecordKind.INSTRUMENT}
    assert all(r.date and r.date.startswith("2025") for r in in_2025)
    (commission,) = records(store, kind="body")
    by_body = records(store, body=commission.id)
    assert sorted(r.attrs.get("number") for r in by_body) == [16, 17]
    assert len(records(store, body="Joint Rivers Commission")) == 0


def test_pending_lists_planned_meetings_and_instruments_of_the_dyad(store):
    found = pending(store, "HUN-RUS")
    assert sorted((str(r.kind), r.status) for r in found) == [
        ("instrument", "planned"), ("meeting", "planned"), ("meeting", "planned")]
    assert pending(store, "LAO-VNM") == []
    reject(store, next(r for r in found if r.kind is RecordKind.INSTRUMENT).id)
    assert len(pending(store, "HUN-RUS")) == 2


def test_timeline_is_in_date_order_and_says_how_each_date_is_known(store):
    entries = timeline(store, "HUN-RUS")
    dates = [e.date for e in entries]
    assert dates == sorted(dates)
    assert ("2025-10-07", "held", "text") in {(e.date, e.status, e.dated_by) for e in entries}
    undated = [e for e in entries if e.dated_by == "published"]
    assert {e.date for e in undated} == {"2025-11-02"}
    assert all(e.fact_ids for e in entries)


def test_dyad_summaries_count_records_and_articles(store):
    summaries = {s.dyad: s for s in dyad_summaries(store)}
    hun = summaries["HUN-RUS"]
    assert hun.articles == 2
    assert hun.by_kind == {"body": 1, "meeting": 3, "instrument": 2}
    assert hun.records == 6
    assert summaries["LAO-VNM"].records == 1 and summaries["LAO-VNM"].articles == 1
