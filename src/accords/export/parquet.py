"""The store and the registry as four Parquet tables (pyarrow): articles, facts,
evidence, records. Their schemas are the constants below (documented in docs/exports.md).

Values that vary in shape (a fact's attributes, a record's attributes and lifecycle)
are JSON text in a ``*_json`` column, so one schema holds every kind; the columns people
filter on (kind, status, dyad, date) are plain columns. ``facts.fact_id`` and
``evidence.fact_id`` join facts to their evidence, ``facts.record_id`` to ``records.id``,
``article_id`` everything to ``articles``. Facts and evidence are in id order, which is
the order of an article's facts in the JSON Lines export, so the two hold the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from accords import registry
from accords.model import Record
from accords.store import queries
from accords.store.db import Store

ARTICLES = pa.schema([
    ("article_id", pa.string()), ("id", pa.string()), ("title", pa.string()),
    ("published", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
    ("source", pa.string()), ("encoding", pa.string()), ("text", pa.string()),
    ("repairs", pa.list_(pa.struct([("kind", pa.string()), ("chars", pa.int64()),
                                    ("detail", pa.string())]))),
    ("trimmed", pa.list_(pa.string())),
])
FACTS = pa.schema([
    ("fact_id", pa.int64()), ("article_id", pa.string()), ("kind", pa.string()),
    ("confidence", pa.float64()), ("record_id", pa.string()), ("attrs_json", pa.string()),
])
EVIDENCE = pa.schema([
    ("evidence_id", pa.int64()), ("fact_id", pa.int64()), ("article_id", pa.string()),
    ("start", pa.int64()), ("end", pa.int64()), ("sentence", pa.string()),
    ("sentence_start", pa.int64()),
])
RECORDS = pa.schema([
    ("id", pa.string()), ("kind", pa.string()), ("dyad", pa.string()), ("label", pa.string()),
    ("status", pa.string()), ("state", pa.string()), ("date", pa.string()),
    ("reports", pa.int64()), ("conflicts", pa.list_(pa.string())),
    ("fact_ids", pa.list_(pa.int64())), ("attrs_json", pa.string()),
    ("lifecycle_json", pa.string()), ("overrides_json", pa.string()),
])

#: Table name → schema, in the order they are written.
TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES, "facts": FACTS, "evidence": EVIDENCE, "records": RECORDS,
}
#: Rows per record batch written.
BATCH = 2000


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for extraction in store.iter_extractions():
        article = extraction.article
        yield {
            "article_id": article.article_id, "id": article.id, "title": article.title,
            "published": article.published, "outlet": article.outlet, "url": article.url,
            "source": article.source, "encoding": article.encoding, "text": article.text,
            "repairs": [asdict(r) for r in article.repairs], "trimmed": list(article.trimmed),
        }


def fact_rows(store: Store) -> Iterator[dict[str, Any]]:
    for fact in queries.iter_facts(store):
        yield {
            "fact_id": fact["id"], "article_id": fact["article_id"], "kind": fact["kind"],
            "confidence": fact["confidence"], "record_id": fact["record_id"],
            "attrs_json": _json(fact["attrs"]),
        }


def evidence_rows(store: Store) -> Iterator[dict[str, Any]]:
    for span in queries.iter_evidence(store):
        yield {
            "evidence_id": span["id"], "fact_id": span["fact_id"],
            "article_id": span["article_id"], "start": span["start"], "end": span["end"],
            "sentence": span["sentence"], "sentence_start": span["sentence_start"],
        }


def record_row(record: Record) -> dict[str, Any]:
    return {
        "id": record.id, "kind": str(record.kind), "dyad": record.dyad, "label": record.label,
        "status": record.status, "state": str(record.state), "date": record.date,
        "reports": record.reports, "conflicts": list(record.conflicts),
        "fact_ids": list(record.fact_ids), "attrs_json": _json(record.attrs),
        "lifecycle_json": _json([asdict(s) for s in record.lifecycle]),
        "overrides_json": _json(record.overrides),
    }


def record_rows(store: Store) -> Iterator[dict[str, Any]]:
    for record in registry.records(store, include_rejected=True):
        yield record_row(record)


ROWS = {"articles": article_rows, "facts": fact_rows, "evidence": evidence_rows,
        "records": record_rows}


def write_table(rows: Iterable[dict[str, Any]], schema: pa.Schema, sink: Any) -> int:
    """Write rows as one Parquet file to ``sink`` (a path or a binary file); the row count."""
    count = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def write_parquet(store: Store, folder: Path) -> dict[str, int]:
    """The four tables as ``folder/{name}.parquet``; rows written per table."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: write_table(ROWS[name](store), schema, str(folder / f"{name}.parquet"))
            for name, schema in TABLES.items()}


def read_back(folder: Path) -> list[dict[str, Any]]:
    """The articles with their facts and evidence, rebuilt from the tables in the shape of
    the JSON Lines export (``tables.extraction_to_json``), in the articles table's order."""
    articles = pq.read_table(folder / "articles.parquet").to_pylist()
    facts = pq.read_table(folder / "facts.parquet").to_pylist()
    evidence = pq.read_table(folder / "evidence.parquet").to_pylist()
    spans: dict[int, list[dict[str, Any]]] = {}
    for e in evidence:
        spans.setdefault(e["fact_id"], []).append(
            {"start": e["start"], "end": e["end"], "sentence": e["sentence"],
             "sentence_start": e["sentence_start"]})
    by_article: dict[str, list[dict[str, Any]]] = {}
    for f in facts:
        by_article.setdefault(f["article_id"], []).append({
            "kind": f["kind"], "attrs": json.loads(f["attrs_json"]),
            "confidence": f["confidence"], "evidence": spans.get(f["fact_id"], [])})
    out = []
    for a in articles:
        out.append({
            "article_id": a["article_id"], "id": a["id"], "text": a["text"],
            "title": a["title"], "published": a["published"], "repairs": a["repairs"],
            "trimmed": a["trimmed"], "outlet": a["outlet"], "url": a["url"],
            "source": a["source"], "encoding": a["encoding"],
            "facts": by_article.get(a["article_id"], []),
        })
    return out
