"""The registry on SQLite and PostgreSQL alike (``db_url`` is parametrised over both)."""

from __future__ import annotations

from registry_helpers import article, instrument, meeting

from accords.model import CurationState
from accords.registry import (
    consolidate,
    dyad_summaries,
    edit,
    get_record,
    history,
    merge,
    pending,
    records,
    reject,
    timeline,
)
from accords.store import Store

NAME = "Joint Commission"


def test_consolidate_curate_rebuild_and_query(db_url):
    t1 = "The 4th session of the joint commission was held in Accra on 17 September."
    t2 = "Ghana and Côte d'Ivoire closed the 4th session of the commission on 17 September."
    t3 = "The two sides are finalising an agreement on cocoa trade, officials said."
    t4 = "The 3rd session of the joint commission was held in Abidjan on 12 June 2024."
    with Store.open(db_url) as store:
        for aid, text, published, fact in (
            ("g1", t1, "2025-09-18", meeting(t1, "4th session", date="2025-09-17", place="Accra",
                                             body=NAME, countries=("CIV", "GHA"))),
            ("g2", t2, "2025-09-18", meeting(t2, "4th session", date="2025-09-17", body=NAME,
                                             countries=("CIV", "GHA"))),
            ("g3", t3, "2025-09-20", instrument(t3, "agreement on cocoa trade", status="planned",
                                                areas=("trade",), countries=("CIV", "GHA"))),
            ("g4", t4, "2024-06-13", meeting(t4, "3rd session", date="2024-06-12", place="Abidjan",
                                             body=NAME, countries=("CIV", "GHA"))),
        ):
            store.add(article(aid, text, published, fact, dyad=("CIV", "GHA")))
        consolidate(store)
        sessions = records(store, kind="meeting")
        assert [r.attrs["number"] for r in sessions] == [3, 4]
        third, fourth = sessions
        assert len(get_record(store, fourth.id).article_ids) == 2
        assert [r.status for r in pending(store, "CIV-GHA")] == ["planned"]
        assert [e.date for e in timeline(store, "CIV-GHA")] == ["2024-06-12", "2025-09-17",
                                                               "2025-09-20"]
        edit(store, fourth.id, "place", "Accra (State House)", by="ama")
        reject(store, third.id[:7], by="kofi")
        merged = merge(store, fourth.id, third.id, by="ama")
        assert "date" in merged.conflicts
        consolidate(store, rebuild=True)
        rebuilt = get_record(store, fourth.id)
        assert rebuilt.attrs["place"] == "Accra (State House)"
        assert rebuilt.state is CurationState.EDITED and len(rebuilt.article_ids) == 3
        assert [e.action for e in history(store)] == ["edit", "reject", "merge", "merged_into"]
        (summary,) = dyad_summaries(store)
        assert (summary.dyad, summary.records, summary.articles) == ("CIV-GHA", 2, 4)
