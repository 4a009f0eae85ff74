"""The dashboard's lists read only what they show: newest first, limited in SQL, a dyad's
articles found through its dyad facts whichever order they name the states in."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from registry_helpers import article, fact, instrument, meeting, person

from accords.model import FactKind
from accords.registry import consolidate, recent, reject
from accords.store import Store, queries
from accords.web.app import create_app
from accords.web.pages import DYAD_ARTICLES


def _said(text: str, phrase: str, speaker: str):
    return fact(text, FactKind.STATEMENT, phrase, speaker=speaker, quote=phrase)


@pytest.fixture
def url(db_url: str) -> str:
    """Six HUN-RUS articles (one undated, one naming the states as RUS, HUN), one of
    another dyad; consolidated."""
    texts = {
        "a1": ("2024-03-01", "Hungary and Russia signed a trade agreement in Moscow."),
        "a2": ("2025-06-10", "Hungary and Russia held the commission's session in Budapest."),
        "a3": ("2025-05-20", "Russia and Hungary will sign an energy protocol."),
        "a4": (None, "An undated note on Hungary and Russia: the minister spoke of trade."),
        "a5": ("2023-01-05", "Hungary and Russia agreed that tourism should grow."),
        "a6": ("2026-02-02", "Russia and Hungary opened talks on a health memorandum."),
    }
    with Store.open(db_url) as store:
        for aid, (published, text) in texts.items():
            first = text.split()[0]
            facts = [
                instrument(text, text.split()[-1].rstrip("."), date=published,
                           title=f"document of {aid}"),
                _said(text, text.split(":")[-1].strip(), f"Speaker {aid}"),
            ]
            if aid == "a2":
                facts = [meeting(text, "session", date="2025-06-09", place="Budapest")]
            if aid == "a4":
                facts.append(person(text, "minister", "Minister Name", "HUN", "minister"))
            dyad = ("RUS", "HUN") if first == "Russia" else ("HUN", "RUS")
            store.add(article(aid, text, published, *facts, dyad=dyad))
        other = "Vietnam and Laos signed a transport memorandum in Hanoi."
        store.add(article("b1", other, "2026-05-01",
                          instrument(other, "memorandum", date="2026-04-30",
                                     countries=("LAO", "VNM")), dyad=("LAO", "VNM")))
        consolidate(store)
    return db_url


def test_list_articles_orders_newest_first_undated_last_and_limits(url: str) -> None:
    with Store.open(url) as store:
        every = queries.list_articles(store)
        assert [a["name"] for a in every] == ["b1", "a6", "a2", "a3", "a1", "a5", "a4"]
        assert [a["name"] for a in queries.list_articles(store, limit=3)] == ["b1", "a6", "a2"]
        hun_rus = queries.list_articles(store, dyad="HUN-RUS", limit=4)
        # a3 and a6 name Russia first in their dyad fact: still HUN-RUS.
        assert [a["name"] for a in hun_rus] == ["a6", "a2", "a3", "a1"]
        assert all(a["dyads"] == ["HUN-RUS"] for a in hun_rus)
        assert queries.count_articles(store, "HUN-RUS") == 6
        assert queries.count_articles(store, "LAO-VNM") == 1
        assert queries.count_articles(store, "EGY-JOR") == 0


def test_quotes_are_the_dyads_own_and_limited(url: str) -> None:
    with Store.open(url) as store:
        quotes = queries.quotes(store, "HUN-RUS", limit=2)
        assert len(quotes) == 2
        assert len({q["article_id"] for q in quotes}) == 2
        assert queries.quotes(store, "LAO-VNM") == []
        # Every statement of the dyad (a2 has none), newest article first, undated last.
        every = queries.quotes(store, "HUN-RUS", limit=12)
        assert [q["published"] for q in every] == [
            "2026-02-02", "2025-05-20", "2024-03-01", "2023-01-05", None]
        assert [q["speaker"] for q in every] == [
            "Speaker a6", "Speaker a3", "Speaker a1", "Speaker a5", "Speaker a4"]


def test_recent_leaves_out_people_undated_and_rejected_records(url: str) -> None:
    with Store.open(url) as store:
        found = recent(store, limit=10)
        assert [r.date for r in found] == sorted((r.date for r in found), reverse=True)
        assert all(r.date and str(r.kind) != "person" for r in found)
        assert found[0].date == "2026-04-30"  # the LAO-VNM memorandum
        assert len(recent(store, limit=2)) == 2
        reject(store, found[0].id, by="test", note="wrong")
        assert found[0].id not in {r.id for r in recent(store, limit=10)}


def test_dyad_page_lists_the_newest_articles_and_links_to_the_rest(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert DYAD_ARTICLES > 6  # the fixture's dyad fits: the page says nothing more
    app = create_app(url)
    try:
        with TestClient(app) as client:
            page = client.get("/dyads/HUN-RUS").text
            assert "download all (CSV)" not in page
            monkeypatch.setattr("accords.web.pages.DYAD_ARTICLES", 2)
            page = client.get("/dyads/HUN-RUS").text
            assert "The newest 2 of 6" in page
            assert "/api/articles?dyad=HUN-RUS&amp;format=csv" in page
            listed = page.split("<h2>Articles</h2>")[1].split("</ul>")[0]
            assert listed.count("<li>") == 2
            assert ">a6</a>" in listed and ">a2</a>" in listed  # untitled: named by their names
    finally:
        app.state.store.close()


def test_a_busy_dyad_is_filtered_by_subquery_with_the_same_result(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(url) as store:
        by_ids = queries.list_articles(store, dyad="HUN-RUS", limit=4), queries.quotes(store, "HUN-RUS")
        monkeypatch.setattr(queries, "FEW_ARTICLES", 2)  # HUN-RUS has 6: now "busy"
        by_subquery = (
            queries.list_articles(store, dyad="HUN-RUS", limit=4), queries.quotes(store, "HUN-RUS"))
        assert by_subquery == by_ids
        assert len(by_ids[0]) == 4 and len(by_ids[1]) == 5
        if store.engine.dialect.name == "sqlite":  # walks the (published, id) index, no sort
            from sqlalchemy import select
            from sqlalchemy.orm import Session

            from accords.store.schema import ArticleRow

            with Session(store.engine) as session:
                statement = (select(ArticleRow.id).where(queries._of_dyad(session, "HUN-RUS"))
                             .order_by(ArticleRow.published.desc(), ArticleRow.id.desc())
                             .limit(4))
                sql = str(statement.compile(store.engine,
                                            compile_kwargs={"literal_binds": True}))
                plan = " ".join(str(r[-1]) for r in session.connection().exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + sql))
            assert "ix_articles_published_id" in plan and "TEMP B-TREE" not in plan, plan


def test_brief_records_are_the_records_without_their_values(url: str) -> None:
    from accords.registry import records

    with Store.open(url) as store:
        full, brief = records(store, dyad="HUN-RUS"), records(store, dyad="HUN-RUS", brief=True)
    assert [r.id for r in brief] == [r.id for r in full] and len(full) >= 5
    assert any(r.values and r.fact_ids for r in full)
    for short, whole in zip(brief, full, strict=True):
        assert short.values == {} and short.fact_ids == []
        assert (short.label, short.attrs, short.lifecycle, short.status, short.date,
                short.reports, short.conflicts) == (whole.label, whole.attrs, whole.lifecycle,
                                                    whole.status, whole.date, whole.reports,
                                                    whole.conflicts)


@pytest.mark.parametrize("few", [2000, 2])  # the dyad quiet, then "busy" (HUN-RUS has 6)
def test_the_dyad_pages_single_read_equals_the_three_lists(
    url: str, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(queries, "FEW_ARTICLES", few)
    with Store.open(url) as store:
        for limit, said in ((30, 12), (2, 3), (1, 12), (4, 1)):
            together = queries.dyad_articles(store, "HUN-RUS", limit=limit, quotes=said)
            assert together["articles"] == queries.list_articles(store, dyad="HUN-RUS", limit=limit)
            assert together["quotes"] == queries.quotes(store, "HUN-RUS", limit=said)
            assert together["count"] == queries.count_articles(store, "HUN-RUS") == 6
        assert len(queries.dyad_articles(store, "HUN-RUS", limit=1, quotes=12)["quotes"]) == 5
