"""The outbox (``registry.changes``): one event per change, written with it; none replayed."""

from __future__ import annotations

import pytest
from alerts_helpers import CURATOR, instrument_article
from sqlalchemy import select
from sqlalchemy.orm import Session

from accords.alerts import Filters, add_watch
from accords.alerts.watches import watch_events
from accords.registry import consolidate, merge, records
from accords.registry.review import accept, edit
from accords.store.db import Store
from accords.store.schema import EventRow

PLANNED = "Kazakhstan and Uzbekistan are preparing an agreement on water resources."
SIGNED = "Kazakhstan and Uzbekistan signed the agreement on water resources on Monday."
OTHER = "Kazakhstan and Uzbekistan signed a separate protocol on grain transit in Astana."


def _events(store: Store) -> list[tuple[str, str]]:
    with Session(store.engine) as session:
        return [(e.kind, e.record_id) for e in session.scalars(select(EventRow).order_by(EventRow.id))]


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        yield opened


def test_creation_then_status_change_then_nothing_on_rebuild(store):
    store.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
    consolidate(store)
    ((kind, rid),) = _events(store)
    assert kind == "record_created"
    store.add(instrument_article("s", SIGNED, "2026-10-05", "the agreement", "signed"))
    assert consolidate(store).events == 1
    assert _events(store)[1] == ("status_changed", rid)
    report = consolidate(store, rebuild=True)
    assert report.events == 0 and len(_events(store)) == 2
    assert consolidate(store).events == 0  # nothing new: nothing to say


def test_a_second_report_of_the_same_status_is_a_new_supporting_article(store):
    store.add(instrument_article("s1", SIGNED, "2026-10-05", "the agreement", "signed"))
    consolidate(store)
    again = "Uzbekistan and Kazakhstan signed the agreement on water resources this week."
    store.add(instrument_article("s2", again, "2026-10-06", "the agreement", "signed"))
    consolidate(store)
    with Session(store.engine) as session:
        last = session.scalars(select(EventRow).order_by(EventRow.id.desc())).first()
    assert last is not None and last.kind == "article_added"
    assert last.after == {"articles": 2} and last.sentence == again


def test_a_curators_merge_is_one_event_and_a_rebuild_after_it_none(store):
    store.add(instrument_article("a", SIGNED, "2026-10-05", "the agreement", "signed"))
    store.add(instrument_article("b", OTHER, "2026-10-07", "a separate protocol", "signed",
                                 title="protocol on grain transit"))
    consolidate(store)
    first, second = sorted(r.id for r in records(store, dyad="KAZ-UZB"))
    watch, _ = add_watch(store, CURATOR, "that record", Filters(record=first))
    before = len(_events(store))
    merge(store, first, second, by=CURATOR)
    events = _events(store)
    assert len(events) == before + 1 and events[-1] == ("merge", first)
    with Session(store.engine) as session:
        event = session.scalars(select(EventRow).order_by(EventRow.id.desc())).first()
        assert event.by == CURATOR and event.before == {"records": [first, second]}
    assert [e.kind for e in watch_events(store, watch)] == ["merge"]
    assert consolidate(store, rebuild=True).events == 0
    accept(store, first, by=CURATOR)
    edit(store, first, "place", "Astana", by=CURATOR)
    assert [k for k, _ in _events(store)[-2:]] == ["accept", "edit"]
    assert consolidate(store, rebuild=True).events == 0


def test_a_failed_consolidation_leaves_no_event(store, monkeypatch):
    store.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
    from accords.registry import changes

    def broken(session):  # the transaction fails after the events are written
        changes_written = real(session)
        raise RuntimeError(f"disk full after {changes_written} events")

    real = changes.emit
    monkeypatch.setattr(changes, "emit", broken)
    with pytest.raises(RuntimeError):
        consolidate(store)
    assert _events(store) == [] and records(store) == []


def test_a_bodys_new_planned_session_is_its_own_kind_of_event(store):
    from accords.model import Article, Evidence, Extraction, Fact, FactKind

    text = "The next session of the Kazakh-Uzbek Intergovernmental Commission will be held in Tashkent."
    start = text.index("next session")
    facts = [
        Fact(FactKind.DYAD, {"countries": ["KAZ", "UZB"]}, [Evidence(0, 1, text, 0)], 1.0),
        Fact(FactKind.MEETING, {"kind": "commission_session", "status": "planned",
                                "body": "Kazakh-Uzbek Intergovernmental Commission",
                                "place": "Tashkent", "date": None, "countries": ["KAZ", "UZB"]},
             [Evidence(start, start + 12, text, 0)], 0.7),
    ]
    store.add(Extraction(Article(id="m", text=text, published="2026-05-01"), facts))
    consolidate(store)
    ((kind, _rid),) = _events(store)
    assert kind == "session_planned"
    from accords.alerts.watches import matches

    with Session(store.engine) as session:
        event = session.scalars(select(EventRow)).one()
        assert matches(Filters(body="Kazakh-Uzbek Intergovernmental Commission"), event)
        assert not matches(Filters(body="Joint Water Commission"), event)
        assert matches(Filters(dyad="UZB"), event) and not matches(Filters(dyad="KAZ-KGZ"), event)
