"""The Parquet export: four tables that hold what the JSON Lines export holds."""

from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
from typer.testing import CliRunner

from accords import registry
from accords.cli import app
from accords.export.parquet import TABLES, read_back, write_parquet
from accords.export.tables import write_jsonl
from accords.store.db import Store
from small_registry import build


def test_parquet_read_back_equals_the_jsonl_export(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'p.sqlite'}") as store:
        build(store)
        counts = write_parquet(store, tmp_path / "out")
        buffer = io.StringIO()
        write_jsonl(store.iter_extractions(), buffer)
        records = registry.records(store, include_rejected=True)
    jsonl = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert read_back(tmp_path / "out") == jsonl
    assert counts["articles"] == 3 and counts["facts"] == sum(len(a["facts"]) for a in jsonl)
    for name, schema in TABLES.items():
        assert pq.read_schema(tmp_path / "out" / f"{name}.parquet").equals(schema)
    table = pq.read_table(tmp_path / "out" / "records.parquet").to_pylist()
    assert sorted(r["id"] for r in table) == sorted(r.id for r in records)
    facts = pq.read_table(tmp_path / "out" / "facts.parquet").to_pylist()
    # every fact of a record points at it
    linked = {f["record_id"] for f in facts if f["record_id"]}
    assert linked == {r.id for r in records}


def test_cli_exports_each_format(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    with Store.open(url) as store:
        build(store)
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", url,
                                 "-o", str(tmp_path / "pq")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == [
        "articles.parquet", "evidence.parquet", "facts.parquet", "records.parquet"]
    result = runner.invoke(app, ["export", "--format", "plover", "--db", url,
                                 "--dyad", "hungary-russia"])
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(lines) == 4 and {e["accords"]["dyad"] for e in lines} == {"HUN-RUS"}
    result = runner.invoke(app, ["export", "--format", "cameo", "--db", url,
                                 "-o", str(tmp_path / "e.tsv")])
    assert result.exit_code == 0
    assert (tmp_path / "e.tsv").read_text().startswith("GLOBALEVENTID\tSQLDATE\t")
    result = runner.invoke(app, ["export", "--format", "parquet", "--db", url])
    assert result.exit_code == 2 and "folder" in result.output
