"""Latency of dashboard-style queries with ≥ 1 M facts, on SQLite and PostgreSQL.

Synthetic articles (100,000 by default) with ten facts each — a dyad, a body, two
meetings, two instruments, three areas, a person — are bulk-inserted with SQLAlchemy core
into a database the ``Store`` migrated (evidence rows are left out: no query here reads
them). Dyads are drawn with a skew (a few pairs of states get most of the news, as in
reality). Each query then runs ``--repeat`` times with random parameters; p50/p95 in ms:

* ``articles_by_dyad``: the 50 newest articles about a dyad;
* ``facts_by_kind_dyad``: a dyad's facts of one kind (instruments), up to 200;
* ``facts_by_kind_area``: area facts of one area, with their articles, newest 100;
* ``instruments_by_dyad_area``: a dyad's instruments in one area;
* ``counts_per_dyad``: articles per dyad, every dyad (the dashboard's front table).

First with the indexes the schema has, then with candidate expression indexes on the
JSON attributes (created here, not by a migration), to show whether they are needed.

Writes bench/results/query_latency.json.

    python bench/query_latency.py [--articles 100000] [--repeat 200] [--no-pg]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from machine import RESULTS, load_now, machine_info
from sqlalchemy import Engine, text

COUNTRIES = [
    "HUN", "RUS", "GHA", "CIV", "EGY", "JOR", "ESP", "MAR", "JPN", "PHL", "KAZ", "CHN", "IND",
    "BGD", "CUB", "BRA", "ARG", "TUR", "AZE", "VNM", "IDN", "KEN", "ETH", "POL", "UKR", "UZB",
    "MNG", "SEN", "NGA", "PER", "CHL", "SRB", "GRC", "DZA", "TUN", "MYS", "THA", "PAK", "IRN",
    "MEX",
]
AREAS = ["trade", "investment", "energy", "agriculture", "transport", "education", "health",
         "culture", "science", "digital", "tourism", "security", "water", "environment"]
FACTS_PER_ARTICLE = 10
CHUNK = 20_000

QUERIES: dict[str, dict[str, str]] = {
    "sqlite": {
        "articles_by_dyad": """
            SELECT a.id, a.title, a.published FROM articles a
            WHERE a.id IN (SELECT f.article_id FROM facts f WHERE f.kind = 'dyad'
                           AND json_extract(f.attrs, '$.countries') = :dyad)
            ORDER BY a.published DESC LIMIT 50""",
        "facts_by_kind_dyad": """
            SELECT f.id, f.article_id, f.attrs, f.confidence FROM facts f
            WHERE f.kind = 'instrument' AND json_extract(f.attrs, '$.countries') = :dyad
            LIMIT 200""",
        "facts_by_kind_area": """
            SELECT f.id, f.article_id, a.published, a.title FROM facts f
            JOIN articles a ON a.id = f.article_id
            WHERE f.kind = 'area' AND json_extract(f.attrs, '$.area') = :area
            ORDER BY a.published DESC LIMIT 100""",
        "instruments_by_dyad_area": """
            SELECT f.id, f.article_id, f.attrs FROM facts f
            WHERE f.kind = 'instrument' AND json_extract(f.attrs, '$.countries') = :dyad
              AND EXISTS (SELECT 1 FROM json_each(f.attrs, '$.areas') WHERE value = :area)""",
        "counts_per_dyad": """
            SELECT json_extract(attrs, '$.countries') AS dyad, count(*) AS articles
            FROM facts WHERE kind = 'dyad' GROUP BY dyad ORDER BY articles DESC""",
    },
    "postgresql": {
        "articles_by_dyad": """
            SELECT a.id, a.title, a.published FROM articles a
            WHERE a.id IN (SELECT f.article_id FROM facts f WHERE f.kind = 'dyad'
                           AND f.attrs -> 'countries' = CAST(:dyad AS jsonb))
            ORDER BY a.published DESC LIMIT 50""",
        "facts_by_kind_dyad": """
            SELECT f.id, f.article_id, f.attrs, f.confidence FROM facts f
            WHERE f.kind = 'instrument' AND f.attrs -> 'countries' = CAST(:dyad AS jsonb)
            LIMIT 200""",
        "facts_by_kind_area": """
            SELECT f.id, f.article_id, a.published, a.title FROM facts f
            JOIN articles a ON a.id = f.article_id
            WHERE f.kind = 'area' AND f.attrs ->> 'area' = :area
            ORDER BY a.published DESC LIMIT 100""",
        "instruments_by_dyad_area": """
            SELECT f.id, f.article_id, f.attrs FROM facts f
            WHERE f.kind = 'instrument' AND f.attrs -> 'countries' = CAST(:dyad AS jsonb)
              AND f.attrs -> 'areas' @> CAST(:area_json AS jsonb)""",
        "counts_per_dyad": """
            SELECT f.attrs -> 'countries' AS dyad, count(*) AS articles
            FROM facts f WHERE f.kind = 'dyad' GROUP BY dyad ORDER BY articles DESC""",
    },
}

INDEXES: dict[str, list[str]] = {
    "sqlite": [
        "CREATE INDEX bench_ix_facts_kind_countries ON facts "
        "(kind, json_extract(attrs, '$.countries'))",
        "CREATE INDEX bench_ix_facts_kind_area ON facts (kind, json_extract(attrs, '$.area'))",
    ],
    "postgresql": [
        "CREATE INDEX bench_ix_facts_kind_countries ON facts (kind, (attrs -> 'countries'))",
        "CREATE INDEX bench_ix_facts_kind_area ON facts (kind, (attrs ->> 'area'))",
    ],
}


def _dyads(rng: random.Random) -> tuple[list[list[str]], list[float]]:
    pairs = [sorted(p) for p in {tuple(sorted(rng.sample(COUNTRIES, 2))) for _ in range(2000)}]
    pairs.sort()
    rng.shuffle(pairs)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(pairs))]  # a few dyads dominate
    return pairs, weights


def populate(engine: Engine, n_articles: int, seed: int = 0) -> dict:
    from accords.store.schema import ArticleRow, FactRow

    rng = random.Random(seed)
    dyads, weights = _dyads(rng)
    articles_table, facts_table = ArticleRow.__table__, FactRow.__table__
    now = datetime.now(UTC)
    started = time.perf_counter()
    fact_id = 0
    for chunk_start in range(0, n_articles, CHUNK // FACTS_PER_ARTICLE):
        article_rows, fact_rows = [], []
        for i in range(chunk_start, min(n_articles, chunk_start + CHUNK // FACTS_PER_ARTICLE)):
            article_id = f"{i:016x}"
            dyad = rng.choices(dyads, weights)[0]
            published = f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            article_rows.append({
                "id": article_id, "external_id": f"synthetic-{i}",
                "content_hash": f"{i:064x}", "text": "synthetic article",
                "title": f"{dyad[0]} and {dyad[1]} cooperation news {i}",
                "published": published, "outlet": "Synthetic", "url": None,
                "source": "bench/query_latency.py", "encoding": None, "repairs": [],
                "trimmed": [], "ingested_at": now,
            })
            areas = rng.sample(AREAS, 3)
            attrs = [
                {"countries": dyad},
                {"name": "Joint Commission", "kind": "commission", "countries": dyad},
                *[{"body": "Joint Commission", "kind": "commission_session",
                   "status": rng.choice(["held", "planned"]), "date": published,
                   "place": "Capital", "countries": dyad} for _ in range(2)],
                *[{"kind": rng.choice(["agreement", "memorandum", "protocol"]),
                   "status": rng.choice(["signed", "planned"]), "date": published,
                   "place": "Capital", "countries": dyad, "parties": [],
                   "areas": rng.sample(areas, 2)} for _ in range(2)],
                *[{"area": area} for area in areas],
                {"name": "A. Minister", "country": dyad[0], "role": "minister"},
            ]
            kinds = ["dyad", "body", "meeting", "meeting", "instrument", "instrument",
                     "area", "area", "area", "person"]
            for kind, value in zip(kinds, attrs, strict=True):
                fact_id += 1
                fact_rows.append({"id": fact_id, "article_id": article_id, "kind": kind,
                                  "attrs": value, "confidence": 0.6})
        with engine.begin() as conn:
            conn.execute(articles_table.insert(), article_rows)
            conn.execute(facts_table.insert(), fact_rows)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return {"articles": n_articles, "facts": fact_id, "dyads": len(dyads),
            "insert_seconds": round(time.perf_counter() - started, 1)}, dyads, weights


def measure(engine: Engine, dialect: str, dyads, weights, repeat: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    out = {}
    with engine.connect() as conn:
        for name, sql in QUERIES[dialect].items():
            statement = text(sql)

            def params() -> dict:
                dyad = rng.choices(dyads, weights)[0]
                area = rng.choice(AREAS)
                return {"dyad": json.dumps(dyad, separators=(",", ":")), "area": area,
                        "area_json": json.dumps([area])}

            for _ in range(5):  # warm the cache and the plan
                conn.execute(statement, params()).fetchall()
            times, rows = [], []
            for _ in range(repeat):
                p = params()
                t0 = time.perf_counter()
                result = conn.execute(statement, p).fetchall()
                times.append((time.perf_counter() - t0) * 1000)
                rows.append(len(result))
            times.sort()
            out[name] = {
                "p50_ms": round(statistics.median(times), 2),
                "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
                "max_ms": round(times[-1], 2),
                "mean_rows": round(statistics.mean(rows), 1),
            }
    return out


def run_backend(dialect: str, url: str, n_articles: int, repeat: int) -> dict:
    from accords.store.db import Store

    store = Store.open(url)
    engine = store.engine
    try:
        data, dyads, weights = populate(engine, n_articles)
        print(dialect, data, flush=True)
        result = {"data": data, "schema_indexes": measure(engine, dialect, dyads, weights, repeat)}
        result["loadavg_1m_after_schema_indexes"] = load_now()
        print(json.dumps(result["schema_indexes"]), flush=True)
        started = time.perf_counter()
        with engine.begin() as conn:
            for ddl in INDEXES[dialect]:
                conn.exec_driver_sql(ddl)
            conn.exec_driver_sql("ANALYZE")
        result["candidate_indexes"] = INDEXES[dialect]
        result["index_build_seconds"] = round(time.perf_counter() - started, 1)
        result["with_candidate_indexes"] = measure(engine, dialect, dyads, weights, repeat)
        result["loadavg_1m_after_candidate_indexes"] = load_now()
        print(json.dumps(result["with_candidate_indexes"]), flush=True)
        for phase in ("schema_indexes", "with_candidate_indexes"):
            result[f"all_p95_under_100ms_{phase}"] = all(
                q["p95_ms"] < 100 for q in result[phase].values())
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
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS / "query_latency.json")
    args = parser.parse_args()
    result: dict = {"machine": machine_info(), "repeat": args.repeat,
                    "facts_per_article": FACTS_PER_ARTICLE}
    with tempfile.TemporaryDirectory() as tmp:
        result["sqlite"] = run_backend("sqlite", f"sqlite:///{Path(tmp) / 'q.sqlite'}",
                                       args.articles, args.repeat)
    if args.no_pg:
        result["postgresql"] = {"skipped": "--no-pg"}
    else:
        url, note, drop = pg_database()
        if url is None:
            result["postgresql"] = {"skipped": note}
        else:
            try:
                result["postgresql"] = run_backend("postgresql", url, args.articles, args.repeat)
            finally:
                drop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
