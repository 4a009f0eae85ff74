"""Full-text search (migration 0004, accords.store.search) on SQLite FTS5 and PostgreSQL.

Each test builds its own small database from articles written here, on both backends
(``db_url``), so what is searched for and where it occurs is known exactly.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, event, text
from sqlalchemy.orm import Session

from accords import registry
from accords.model import Article, Evidence, Extraction, Fact, FactKind
from accords.store import search
from accords.store.db import Store, create_store_engine, upgrade
from accords.store.schema import ArticleRow
from accords.web.app import create_app


def extraction(name: str, text_: str, title: str | None = None, published: str = "2025-05-01",
               instrument: dict | None = None) -> Extraction:
    """An article; with ``instrument``, one instrument fact (attrs) said by its first sentence."""
    sentence = text_.split(". ")[0]
    facts = [Fact(FactKind.DYAD, {"countries": ["HUN", "RUS"]},
                  [Evidence(0, 7, sentence, 0)], 1.0)]
    if instrument is not None:
        attrs = {"kind": "agreement", "status": "signed", "date": None, "place": None,
                 "countries": ["HUN", "RUS"], "parties": [], "areas": []} | instrument
        facts.append(Fact(FactKind.INSTRUMENT, attrs, [Evidence(0, len(sentence), sentence, 0)],
                          0.9))
    return Extraction(Article(id=name, text=text_, source="test", title=title,
                              published=published), facts)


FILLER = " ".join(f"Paragraph {i} is about trade, transport and the weather." for i in range(40))

ARTICLES = [
    extraction("phrase", "Hungary and Russia convened the intergovernmental commission in Budapest. "
               "It reviewed energy projects.", title="Commission meets in Budapest",
               instrument={"title": "agreement on veterinary inspection",
                           "place": "Zalaegerszeg"}),
    extraction("reversed", "Hungary said the commission, which is intergovernmental, will meet. "
               "Russia agreed."),
    extraction("text-only", "Hungary and Russia discussed zeolite mining near the border. "
               "Nothing was signed.", title="Border talks"),
    extraction("paks-title", f"Hungary and Russia: Paks II will go on. Paks is on schedule. "
               f"Paks needs fuel. {FILLER}", title="Paks II nuclear plant"),
    extraction("paks-once", f"Hungary and Russia met. {FILLER} Paks was mentioned once.",
               title="A long report"),
    extraction("operators", 'Hungary and Russia studied "NEAR" clauses: C++ code, a*b terms, '
               "col:value pairs and ^carets. The word AND and the word NOT appear too.",
               title="Syntax words"),
]


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        for item in ARTICLES:
            opened.add(item)
        registry.consolidate(opened)
        yield opened


def names(store: Store, q: str) -> list[str]:
    ids = [hit.id for hit in search.search_articles(store, q)]
    with Session(store.engine) as session:
        by_id = dict(list(session.execute(text("SELECT id, external_id FROM articles")).tuples()))
    return [by_id[i] for i in ids]


def labels(store: Store, q: str) -> list[str]:
    ids = [hit.id for hit in search.search_records(store, q)]
    return [registry.get_record(store, i).label for i in ids]


def test_words_are_stemmed_and_all_must_match(store):
    assert set(names(store, "intergovernmental commission")) == {"phrase", "reversed"}
    assert names(store, "convening") == ["phrase"]  # stemmed: convened
    assert names(store, "intergovernmental zeolite") == []


def test_phrase_search_needs_the_words_in_order(store):
    assert names(store, '"intergovernmental commission"') == ["phrase"]
    assert names(store, '"commission intergovernmental"') == []


def test_a_word_only_in_article_text_finds_the_article_not_a_record(store):
    assert names(store, "zeolite") == ["text-only"]
    assert labels(store, "zeolite") == []


def test_records_are_found_by_label_and_by_attribute_values(store):
    assert any("veterinary" in label for label in labels(store, "veterinary inspection"))
    assert len(labels(store, "Zalaegerszeg")) == 1  # only in the record's place attribute
    assert names(store, "Zalaegerszeg") == []


def test_ranking_puts_the_title_and_repeated_mentions_first(store):
    assert names(store, "Paks") == ["paks-title", "paks-once"]
    hits = search.search_articles(store, "Paks")
    assert hits[0].rank > hits[1].rank


def test_or_and_exclusion(store):
    assert set(names(store, "zeolite OR convened")) == {"text-only", "phrase"}
    assert names(store, "Paks -nuclear") == ["paks-once"]


QUERIES_WITH_SYNTAX = ['"unbalanced', 'NEAR(a b', "a*b", "col:value", "^carets", "C++",
                       "AND", "OR", "NOT", "(", ")", '""', "'", "*", "-", "- -x", "a OR",
                       "OR a", "%_", "\\", "{col}", "NEAR", "title:Paks", "\x00Paks",
                       "x" * 500, " ".join(["word"] * 100)]


def test_query_syntax_is_never_an_error_and_is_read_as_words(store):
    for q in QUERIES_WITH_SYNTAX:
        search.search_articles(store, q)  # no exception
        search.search_records(store, q)
    assert names(store, "C++") == ["operators"]  # the word "C"
    assert names(store, 'NEAR(clauses') == ["operators"]
    assert names(store, "col:value") == ["operators"]
    assert names(store, "^carets") == ["operators"]
    assert names(store, '"unbalanced') == []
    assert names(store, "title:Paks") == []  # not a column filter: the words "title" and "Paks"
    assert names(store, "\x00Paks") == ["paks-title", "paks-once"]
    assert names(store, "%_") == [] and names(store, "*") == []


def test_api_and_page_never_fail_on_syntax(store, db_url):
    app = create_app(store)
    with TestClient(app) as client:
        for q in QUERIES_WITH_SYNTAX[:-2]:
            for path in ("/api/search", "/api/articles", "/search"):
                response = client.get(path, params={"q": q})
                assert response.status_code in (200, 422), (path, q, response.text)
        body = client.get("/api/search", params={"q": "Paks"}).json()
        assert [a["name"] for a in body["articles"]] == ["paks-title", "paks-once"]
        assert any(piece["match"] and piece["text"] == "Paks"
                   for piece in body["articles"][0]["snippet"])
        found = client.get("/api/articles", params={"q": "zeolite"}).json()["articles"]
        assert [a["name"] for a in found] == ["text-only"]
        html = client.get("/search", params={"q": "zeolite"}).text
        assert "<mark>zeolite</mark>" in html and "Border talks" in html


def test_the_index_follows_writes_deletes_and_edits(store):
    store.add(extraction("later", "Hungary and Russia opened a kaolin quarry. It is small."))
    assert names(store, "kaolin") == ["later"]
    with Session(store.engine) as session:
        session.execute(delete(ArticleRow).where(ArticleRow.external_id == "text-only"))
        session.commit()
    assert names(store, "zeolite") == []
    rid = search.search_records(store, "veterinary")[0].id
    registry.edit(store, rid, "title", "agreement on beekeeping", by="test")
    assert "beekeeping" in registry.get_record(store, rid).label
    assert [h.id for h in search.search_records(store, "beekeeping")] == [rid]
    assert search.search_records(store, "veterinary") == []  # neither label nor title says it
    registry.reject(store, rid, by="test")
    assert search.search_records(store, "beekeeping") == []  # rejected records are left out


def test_articles_stored_before_the_migration_are_indexed_by_it(db_url):
    engine = create_store_engine(db_url)
    try:
        upgrade(engine, "0003")
        Store(engine).add(ARTICLES[2])
        upgrade(engine)
        assert names(Store(engine), "zeolite") == ["text-only"]
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_postgresql_queries_use_the_gin_indexes(pg_url):
    """The queries repeat the indexes' expressions exactly; else the planner cannot use them."""
    with Store.open(pg_url) as store:
        for item in ARTICLES:
            store.add(item)
        registry.consolidate(store)
        seen: list[tuple[str, object]] = []

        def capture(conn, cursor, statement, parameters, context, executemany):
            seen.append((statement, parameters))

        event.listen(store.engine, "before_cursor_execute", capture)
        search.search_articles(store, "Paks")
        search.search_records(store, "veterinary")
        event.remove(store.engine, "before_cursor_execute", capture)
        assert len(seen) == 2
        with store.engine.connect() as connection:
            connection.exec_driver_sql("SET enable_seqscan = off")
            plans = ["\n".join(row[0] for row in connection.exec_driver_sql(
                "EXPLAIN " + statement, parameters)) for statement, parameters in seen]
        assert "ix_articles_search" in plans[0], plans[0]
        assert "ix_records_search" in plans[1], plans[1]


def test_parse_reads_terms_groups_and_exclusions():
    parsed = search.parse('energy "joint commission" Budapest OR Moscow -draft')
    assert parsed.groups == [["energy"], ["joint commission"], ["Budapest", "Moscow"]]
    assert parsed.excluded == ["draft"]
    assert search.fts5_query(parsed) == \
        '("energy" AND "joint commission" AND ("Budapest" OR "Moscow")) NOT "draft"'
    assert search.fts5_query(search.parse('say "hi"" there')) == '"say" AND "hi" AND "there"'
    assert not search.parse("-only -excluded")
    assert not search.parse("%% ** ()")


def test_search_hits_download_as_one_list(store):
    import csv
    import io
    import json

    app = create_app(store)
    with TestClient(app) as client:
        page = client.get("/api/search", params={"q": "Paks"}).json()
        response = client.get("/api/search", params={"q": "Paks", "format": "csv"})
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        lines = client.get("/api/search", params={"q": "Paks", "format": "jsonl"}).text
    want = [("record", r["id"]) for r in page["records"]] + [
        ("article", a["id"]) for a in page["articles"]
    ]
    assert [(r["type"], r["id"]) for r in rows] == want
    assert [(j["type"], j["id"]) for j in map(json.loads, lines.splitlines())] == want
    assert any(t == "article" for t, _ in want)
