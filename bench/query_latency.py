"""Latency of the dashboard's queries and pages with ≥ 1 M facts, on SQLite and PostgreSQL.

Synthetic articles (100,000 by default) with eleven facts each — a dyad, a body, two
meetings, two instruments, three areas, a person, a statement — each with one evidence
row, are bulk-inserted with SQLAlchemy core into a database the ``Store`` migrated.
Dyads are drawn with a skew (a few pairs of states get most of the news, as in reality).
Records stand in for consolidation: each body, meeting, instrument and person fact joins
one of a bounded pool of records of its dyad and kind (so a busy dyad has a few hundred
records, each supported by many articles), with ``record_facts`` rows and lifecycles.

Measured, each ``--repeat`` times with random dyads, records and articles (p50/p95 ms):

* ``queries``: the functions the pages call (``accords.registry`` and ``accords.store.queries``):
  the home page's dyad summaries, recent records and newest articles; a dyad's records,
  quotes, newest articles and article count; one record with its support; one article;
* ``pages``: the pages themselves over HTTP (FastAPI's test client, templates included):
  ``/``, ``/dyads/{dyad}``, ``/records/{id}``, ``/articles/{id}``, ``/api/records?dyad=``.

Then the expression indexes of migration 0003 are dropped and the ``queries`` measured
again, to show what they are for.

Writes bench/results/query_latency.json.

    python bench/query_latency.py [--articles 100000] [--repeat 100] [--no-pg]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from machine import RESULTS, load_now, machine_info

COUNTRIES = [
    "HUN", "RUS", "GHA", "CIV", "EGY", "JOR", "ESP", "MAR", "JPN", "PHL", "KAZ", "CHN", "IND",
    "BGD", "CUB", "BRA", "ARG", "TUR", "AZE", "VNM", "IDN", "KEN", "ETH", "POL", "UKR", "UZB",
    "MNG", "SEN", "NGA", "PER", "CHL", "SRB", "GRC", "DZA", "TUN", "MYS", "THA", "PAK", "IRN",
    "MEX",
]
AREAS = ["trade", "investment", "energy", "agriculture", "transport", "education", "health",
         "culture", "science", "digital", "tourism", "security", "water", "environment"]
KINDS = ["dyad", "body", "meeting", "meeting", "instrument", "instrument",
         "area", "area", "area", "person", "statement"]
FACTS_PER_ARTICLE = len(KINDS)
#: Records per dyad and kind that facts are spread over (consolidation's stand-in).
POOL = {"body": 3, "meeting": 40, "instrument": 250, "person": 60}
ARTICLES_PER_CHUNK = 2000
TARGET_MS = 100
EXPRESSION_INDEXES = ("ix_facts_kind_countries", "ix_facts_kind_area")


def _dyads(rng: random.Random) -> tuple[list[list[str]], list[float]]:
    pairs = [sorted(p) for p in {tuple(sorted(rng.sample(COUNTRIES, 2))) for _ in range(2000)}]
    pairs.sort()
    rng.shuffle(pairs)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pairs))]  # a few dyads dominate
    return pairs, weights


def _record_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:24]


def _fact_attrs(kind: str, dyad: list[str], published: str, areas: list[str],
                rng: random.Random) -> dict[str, Any]:
    if kind == "dyad":
        return {"countries": rng.choice([dyad, dyad[::-1]])}
    if kind == "body":
        return {"name": "Joint Commission", "kind": "commission", "countries": dyad}
    if kind == "meeting":
        return {"body": "Joint Commission", "kind": "commission_session",
                "status": rng.choice(["held", "planned"]), "date": published,
                "place": "Capital", "countries": dyad}
    if kind == "instrument":
        return {"kind": rng.choice(["agreement", "memorandum", "protocol"]),
                "status": rng.choice(["signed", "planned"]), "date": published,
                "place": "Capital", "countries": dyad, "parties": [],
                "areas": rng.sample(areas, 2)}
    if kind == "person":
        return {"name": f"Minister {rng.randrange(60)}", "country": dyad[0], "role": "minister"}
    if kind == "statement":
        return {"speaker": "A. Minister", "quote": "Our cooperation grows every year."}
    raise ValueError(kind)


def populate(engine: Any, n_articles: int, seed: int = 0) -> tuple[dict, dict]:
    """Articles, facts, evidence, records and their links; returns counts and the ids
    the measurements draw from."""
    from sqlalchemy import insert

    from accords.store.schema import (
        ArticleRow,
        EvidenceRow,
        FactRow,
        RecordFactRow,
        RecordRow,
    )

    rng = random.Random(seed)
    dyads, weights = _dyads(rng)
    now = datetime.now(UTC)
    started = time.perf_counter()
    records: dict[str, dict[str, Any]] = {}
    links: list[dict[str, Any]] = []  # inserted after the records they point to
    fact_id = 0
    for chunk_start in range(0, n_articles, ARTICLES_PER_CHUNK):
        article_rows, fact_rows, evidence_rows = [], [], []
        for i in range(chunk_start, min(n_articles, chunk_start + ARTICLES_PER_CHUNK)):
            article_id = f"{i:016x}"
            dyad = rng.choices(dyads, weights)[0]
            published = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            text = f"{dyad[0]} and {dyad[1]} agreed to cooperate. Article {i}."
            article_rows.append({
                "id": article_id, "external_id": f"synthetic-{i}",
                "content_hash": f"{i:064x}", "text": text,
                "title": f"{dyad[0]} and {dyad[1]} cooperation news {i}",
                "published": published, "outlet": "Synthetic", "url": None,
                "source": "bench/query_latency.py", "encoding": None, "repairs": [],
                "trimmed": [], "ingested_at": now,
            })
            areas = rng.sample(AREAS, 3)
            area_kinds = iter(areas)
            for kind in KINDS:
                fact_id += 1
                attrs = ({"area": next(area_kinds)} if kind == "area"
                         else _fact_attrs(kind, dyad, published, areas, rng))
                fact_rows.append({"id": fact_id, "article_id": article_id, "kind": kind,
                                  "attrs": attrs, "confidence": 0.6})
                evidence_rows.append({"fact_id": fact_id, "start": 0, "end": 10,
                                      "sentence": text, "sentence_start": 0})
                if kind in POOL:
                    key = f"{'-'.join(dyad)}/{kind}/{rng.randrange(POOL[kind])}"
                    rid = _record_id(key)
                    record = records.get(rid)
                    if record is None:
                        record = records[rid] = {
                            "id": rid, "kind": kind, "dyad": "-".join(dyad),
                            "label": f"{kind} {key}", "status": attrs.get("status"),
                            "state": "proposed", "date": attrs.get("date"),
                            "attrs": {k: v for k, v in attrs.items() if k != "countries"},
                            "values": {}, "conflicts": [], "lifecycle": [],
                            "overrides": {}, "reports": 0, "articles": 0, "updated_at": now,
                        }
                    record["reports"] += 1
                    record["articles"] += 1
                    if kind in ("meeting", "instrument") and len(record["lifecycle"]) < 3:
                        record["lifecycle"].append({
                            "status": attrs["status"], "date": published,
                            "observed": published, "fact_ids": [fact_id],
                            "article_ids": [article_id]})
                    links.append({"fact_id": fact_id, "record_id": rid})
        with engine.begin() as conn:
            conn.execute(insert(ArticleRow), article_rows)
            conn.execute(insert(FactRow), fact_rows)
            conn.execute(insert(EvidenceRow), evidence_rows)
    record_rows = list(records.values())
    with engine.begin() as conn:
        for i in range(0, len(record_rows), 5000):
            conn.execute(insert(RecordRow), record_rows[i : i + 5000])
        for i in range(0, len(links), 50_000):
            conn.execute(insert(RecordFactRow), links[i : i + 50_000])
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    drawn = {r["dyad"] for r in record_rows}  # dyads with no article have no page
    data = {"articles": n_articles, "facts": fact_id, "evidence": fact_id,
            "records": len(record_rows), "record_facts": len(links), "dyads": len(drawn),
            "insert_seconds": round(time.perf_counter() - started, 1)}
    rng_ids = random.Random(seed + 1)
    seen = [(d, w) for d, w in zip(["-".join(d) for d in dyads], weights, strict=True)
            if d in drawn]
    pools = {
        "dyads": [d for d, _ in seen], "weights": [w for _, w in seen],
        "records": rng_ids.sample([r["id"] for r in record_rows], min(2000, len(record_rows))),
        "articles": [f"{i:016x}" for i in rng_ids.sample(range(n_articles), min(2000, n_articles))],
    }
    return data, pools


def _timed(calls: dict[str, Callable[[random.Random], Any]], repeat: int, seed: int) -> dict:
    rng = random.Random(seed)
    out = {}
    for name, call in calls.items():
        for _ in range(3):  # warm caches and plans
            call(rng)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            call(rng)
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out[name] = {
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "max_ms": round(times[-1], 2),
        }
    return out


def query_calls(store: Any, pools: dict) -> dict[str, Callable[[random.Random], Any]]:
    from accords import registry
    from accords.store import queries

    def dyad(rng: random.Random) -> str:
        return rng.choices(pools["dyads"], pools["weights"])[0]

    return {
        "home_dyad_summaries": lambda rng: registry.dyad_summaries(store),
        "home_recent_records": lambda rng: registry.recent(store, limit=15),
        "home_newest_articles": lambda rng: queries.list_articles(store, limit=8),
        "dyad_records": lambda rng: registry.records(store, dyad=dyad(rng)),
        "dyad_quotes": lambda rng: queries.quotes(store, dyad(rng)),
        "dyad_newest_articles": lambda rng: queries.list_articles(store, dyad=dyad(rng), limit=30),
        "dyad_article_count": lambda rng: queries.count_articles(store, dyad(rng)),
        "record_with_support": lambda rng: registry.get_record(store, rng.choice(pools["records"])),
        "article_with_facts": lambda rng: queries.get_article(store, rng.choice(pools["articles"])),
    }


def page_calls(client: Any, pools: dict) -> dict[str, Callable[[random.Random], Any]]:
    def get(path: str) -> None:
        response = client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")

    def dyad(rng: random.Random) -> str:
        return rng.choices(pools["dyads"], pools["weights"])[0]

    return {
        "/": lambda rng: get("/"),
        "/dyads/{dyad}": lambda rng: get(f"/dyads/{dyad(rng)}"),
        "/records/{id}": lambda rng: get(f"/records/{rng.choice(pools['records'])}"),
        "/articles/{id}": lambda rng: get(f"/articles/{rng.choice(pools['articles'])}"),
        "/api/records?dyad=": lambda rng: get(f"/api/records?dyad={dyad(rng)}"),
    }


def _verdict(measured: dict) -> dict:
    worst = max(measured.values(), key=lambda q: q["p95_ms"])
    return {"worst_p95_ms": worst["p95_ms"],
            f"all_p95_under_{TARGET_MS}ms": all(q["p95_ms"] < TARGET_MS for q in measured.values())}


def run_backend(dialect: str, url: str, n_articles: int, repeat: int, page_repeat: int) -> dict:
    from fastapi.testclient import TestClient

    from accords.store.db import Store
    from accords.web.app import create_app

    store = Store.open(url)
    try:
        data, pools = populate(store.engine, n_articles)
        print(dialect, data, flush=True)
        result: dict[str, Any] = {"data": data}
        result["queries"] = _timed(query_calls(store, pools), repeat, seed=2)
        result["queries_verdict"] = _verdict(result["queries"])
        print(json.dumps(result["queries"]), flush=True)
        app = create_app(url)
        try:
            with TestClient(app) as client:
                result["pages"] = _timed(page_calls(client, pools), page_repeat, seed=3)
        finally:
            app.state.store.close()
        result["pages_verdict"] = _verdict(result["pages"])
        print(json.dumps(result["pages"]), flush=True)
        result["loadavg_1m_after_pages"] = load_now()
        with store.engine.begin() as conn:
            for name in EXPRESSION_INDEXES:
                conn.exec_driver_sql(f"DROP INDEX {name}")
            conn.exec_driver_sql("ANALYZE")
        result["queries_without_0003_indexes"] = _timed(query_calls(store, pools), repeat, seed=2)
        result["queries_without_0003_indexes_verdict"] = _verdict(
            result["queries_without_0003_indexes"])
        print(json.dumps(result["queries_without_0003_indexes"]), flush=True)
    finally:
        store.close()
    return result


def pg_database() -> tuple[str | None, str | None, Callable[[], None]]:
    try:
        import psycopg
    except ImportError:
        return None, "psycopg is not installed", lambda: None
    name = f"accords_qbench_{os.getpid()}"
    dsn = "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
    try:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:
        return None, f"PostgreSQL unreachable: {error}", lambda: None

    def drop() -> None:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", None, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--page-repeat", type=int, default=40)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS / "query_latency.json")
    args = parser.parse_args()
    result: dict = {"machine": machine_info(), "repeat": args.repeat,
                    "page_repeat": args.page_repeat, "facts_per_article": FACTS_PER_ARTICLE,
                    "target_p95_ms": TARGET_MS}
    with tempfile.TemporaryDirectory() as tmp:
        result["sqlite"] = run_backend("sqlite", f"sqlite:///{Path(tmp) / 'q.sqlite'}",
                                       args.articles, args.repeat, args.page_repeat)
    if args.no_pg:
        result["postgresql"] = {"skipped": "--no-pg"}
    else:
        url, note, drop = pg_database()
        if url is None:
            result["postgresql"] = {"skipped": note}
        else:
            try:
                result["postgresql"] = run_backend("postgresql", url, args.articles,
                                                   args.repeat, args.page_repeat)
            finally:
                drop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
