"""Lifecycles: an instrument planned in March and signed in October is one record."""

from __future__ import annotations

from registry_helpers import article, instrument, meeting, open_store

from accords.registry import consolidate, get_record, records

MARCH = ("Officials said the agreement on cross-border road transport is being finalised and "
         "should be signed at the next session of the committee.")
OCTOBER = "Vietnam and Laos signed the Agreement on Cross-Border Road Transport in Hanoi on 20 October."
LATER = "A new agreement on road transport is being drafted, officials said."


def _road(text: str, phrase: str, status: str, **kw):
    return instrument(text, phrase, status=status, areas=("transport",),
                      countries=("LAO", "VNM"), **kw)


def test_planned_in_march_signed_in_october_is_one_instrument_with_two_steps(tmp_path):
    with open_store(tmp_path) as store:
        store.add(article("mar", MARCH, "2025-03-12", _road(
            MARCH, "agreement on cross-border road transport", "planned",
            title="agreement on cross-border road transport"), dyad=("LAO", "VNM")))
        store.add(article("oct", OCTOBER, "2025-10-21", _road(
            OCTOBER, "Agreement on Cross-Border Road Transport", "signed", date="2025-10-20",
            place="Hanoi", title="Agreement on Cross-Border Road Transport"), dyad=("LAO", "VNM")))
        consolidate(store)
        (record,) = records(store, kind="instrument")
        assert record.status == "signed"
        assert [s.status for s in record.lifecycle] == ["planned", "signed"]
        planned, signed = record.lifecycle
        assert planned.observed == "2025-03-12" and planned.date is None
        assert signed.date == "2025-10-20" and signed.observed == "2025-10-21"
        full = get_record(store, record.id)
        by_fact = {s.fact_id: s.article_id for s in full.support}
        assert [by_fact[f] for f in planned.fact_ids] == [full.support[0].article_id]
        assert {by_fact[f] for f in signed.fact_ids} != {by_fact[f] for f in planned.fact_ids}


def test_a_plan_reported_after_the_signing_is_a_new_instrument(tmp_path):
    with open_store(tmp_path) as store:
        store.add(article("oct", OCTOBER, "2025-10-21", _road(
            OCTOBER, "Agreement on Cross-Border Road Transport", "signed", date="2025-10-20",
            title="Agreement on Cross-Border Road Transport"), dyad=("LAO", "VNM")))
        store.add(article("dec", LATER, "2025-12-15", _road(
            LATER, "agreement on road transport", "planned",
            title="agreement on road transport"), dyad=("LAO", "VNM")))
        consolidate(store)
        found = records(store, kind="instrument")
        assert sorted(r.status for r in found) == ["planned", "signed"]


def test_meeting_planned_then_held_and_steps_cite_their_dates(tmp_path):
    t1 = "The two sides agreed that the 17th session will be held in Moscow in 2026."
    t2 = "The 17th session of the commission opened in Moscow on 14 May."
    body_name = "Intergovernmental Commission"
    with open_store(tmp_path) as store:
        store.add(article("p", t1, "2025-10-08", meeting(t1, "17th session", status="planned",
                                                         date="2026", place="Moscow", body=body_name)))
        store.add(article("h", t2, "2026-05-15", meeting(t2, "17th session", date="2026-05-14",
                                                         place="Moscow", body=body_name)))
        consolidate(store)
        (record,) = records(store, kind="meeting")
        assert record.status == "held" and record.date == "2026-05-14"
        assert [(s.status, s.date, s.observed) for s in record.lifecycle] == [
            ("planned", "2026", "2025-10-08"), ("held", "2026-05-14", "2026-05-15")]
