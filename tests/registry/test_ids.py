"""Record ids derive from content: the same data gives the same ids, in any database."""

from __future__ import annotations

from registry_helpers import article, instrument, meeting, open_store

from accords.registry import consolidate, records

NAME = "Joint Commission"


def _extractions():
    texts = [
        ("i1", "The 3rd session of the joint commission was held in Accra on 17 September.", "2025-09-18"),
        ("i2", "Ghana and Côte d'Ivoire ended the 3rd session of the commission on 17 September.", "2025-09-19"),
        ("i3", "Five agreements, on trade among others, were signed in Accra.", "2025-09-18"),
    ]
    out = []
    for aid, text, published in texts:
        facts = ([meeting(text, "3rd session", date="2025-09-17", body=NAME,
                          countries=("CIV", "GHA"))] if "session" in text else
                 [instrument(text, "agreements", areas=("trade",), countries=("CIV", "GHA"))])
        out.append(article(aid, text, published, *facts, dyad=("CIV", "GHA")))
    return out


def _ids(store):
    return sorted((r.id, str(r.kind), tuple(sorted(r.fact_ids))) for r in records(store))


def test_same_data_same_ids_across_databases_orders_and_rebuilds(tmp_path):
    with open_store(tmp_path, "a.sqlite") as a, open_store(tmp_path, "b.sqlite") as b:
        for extraction in _extractions():
            a.add(extraction)
        consolidate(a)
        for extraction in reversed(_extractions()):  # other insertion order, other row ids
            b.add(extraction)
        consolidate(b)
        ids_a = [i for i, _, _ in _ids(a)]
        assert ids_a == [i for i, _, _ in _ids(b)]
        assert len(ids_a) == 2
        before = _ids(a)
        consolidate(a, rebuild=True)
        assert _ids(a) == before
        assert consolidate(a).articles == 0  # nothing new: nothing done


def test_incremental_equals_all_at_once(tmp_path):
    extractions = _extractions()
    with open_store(tmp_path, "inc.sqlite") as inc, open_store(tmp_path, "all.sqlite") as whole:
        for extraction in extractions:
            inc.add(extraction)
            consolidate(inc)  # one article at a time, as `accords ingest` does
            whole.add(extraction)
        consolidate(whole)
        assert [i for i, _, _ in _ids(inc)] == [i for i, _, _ in _ids(whole)]
        assert [len(f) for _, _, f in _ids(inc)] == [len(f) for _, _, f in _ids(whole)]
