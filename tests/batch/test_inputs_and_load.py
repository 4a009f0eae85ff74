"""The batch job's pieces that need no Spark: listing inputs, reading bytes, the Parquet join."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.batch.inputs import list_inputs, local_path
from accords.batch.partition import documents, extraction_rows
from accords.errors import InputRejected
from accords.ingest.read import iter_documents
from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair

DATA = Path(__file__).with_name("data")


def test_list_inputs_finds_what_accords_extract_reads(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden")
    (tmp_path / "notes.md").write_text("not an article suffix")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "big.txt").write_text("x" * 200)
    monkeypatch.setenv("ACCORDS_MAX_INPUT_BYTES", "100")
    files, rejected = list_inputs([str(tmp_path), str(tmp_path / "a.txt"), "missing.txt", "-"])
    assert files == [str(tmp_path / "a.txt")]  # named twice, listed once
    reasons = dict(rejected)
    assert reasons["missing.txt"] == "no such file or directory"
    assert "over the" in reasons[str(tmp_path / "big.txt")]
    assert "standard input" in reasons["-"]


def test_documents_from_bytes_match_the_reader() -> None:
    for path in [DATA / "wire.jsonl", DATA / "site" / "chl-per-talks.html",
                 DATA / "moz-prt-programme.txt"]:
        expected = [
            ("rejected", (d.source, d.reason)) if isinstance(d, InputRejected) else ("doc", d)
            for d in iter_documents([str(path)])
        ]
        assert list(documents(str(path), path.read_bytes())) == expected
    tags = [tag for tag, _ in documents(str(DATA / "wire.jsonl"), (DATA / "wire.jsonl").read_bytes())]
    assert tags == ["doc", "rejected", "doc", "rejected"]


def test_local_path_from_hadoop_uri() -> None:
    assert local_path("file:/tmp/a b/c.txt") == "/tmp/a b/c.txt"
    assert local_path("file:///tmp/x.jsonl") == "/tmp/x.jsonl"


def _extraction(text: str, source: str, n_facts: int) -> Extraction:
    article = Article(id=source.rsplit("/", 1)[-1], text=text, source=source, title="T",
                      published="2024-01-02", repairs=[Repair("ftfy", 3, "x")], trimmed=["nav"])
    facts = [
        Fact(FactKind.AREA, {"area": f"a{i}", "ñ": [1, None]},
             [Evidence(i, i + 1, "sentence", 0)], confidence=0.25 * (i % 4))
        for i in range(n_facts)
    ]
    return Extraction(article, facts)


def test_read_batch_joins_sorted_articles_and_facts(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from accords.batch.load import read_batch
    from accords.batch.partition import ARTICLE_COLUMNS, FACT_COLUMNS
    from accords.export.tables import extraction_to_json

    extractions = [_extraction("first text", "/in/a.txt", 3), _extraction("no facts", "/in/b.txt", 0),
                   _extraction("third text", "/in/c.jsonl:2", 12)]
    articles, facts = [], []
    for extraction in extractions:
        for tag, row in extraction_rows(extraction):
            (articles if tag == "article" else facts).append(row)
    # Facts sorted by source then index, split over two files as Spark would write them,
    # with a fact of an article that has no row (skipped).
    facts.sort(key=lambda r: (r[1], r[2]))
    facts.insert(0, ("0000", "/in/0.txt", 0, "area", "{}", 0.5, "[]"))
    (tmp_path / "articles").mkdir()
    (tmp_path / "facts").mkdir()
    pq.write_table(pa.table(dict(zip(ARTICLE_COLUMNS, zip(*articles, strict=True), strict=True))),
                   tmp_path / "articles" / "part-0.parquet")
    columns = dict(zip(FACT_COLUMNS, zip(*facts, strict=True), strict=True))
    table = pa.table({k: list(v) for k, v in columns.items()})
    pq.write_table(table.slice(0, 6), tmp_path / "facts" / "part-0.parquet")
    pq.write_table(table.slice(6), tmp_path / "facts" / "part-1.parquet")
    (tmp_path / "facts" / "_SUCCESS").write_text("")
    got = [extraction_to_json(e) for e in read_batch(tmp_path)]
    assert got == [extraction_to_json(e) for e in extractions]
    assert [len(g["facts"]) for g in got] == [3, 0, 12]
    assert json.dumps(got[0]["facts"][0]["attrs"], ensure_ascii=False) == '{"area": "a0", "ñ": [1, null]}'


def test_load_reports_a_missing_output(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from accords.batch.load import read_batch

    with pytest.raises(FileNotFoundError, match="accords batch"):
        list(read_batch(tmp_path))


def test_spark_submit_runs_the_command_line_of_accords_batch(capsys, monkeypatch) -> None:
    import re

    from typer.testing import CliRunner

    from accords.batch.job import DEFAULT_MASTER, default_master
    from accords.batch.spark import main
    from accords.cli import app

    assert main(["--help"]) == 0
    submitted = capsys.readouterr().out
    accords_batch = CliRunner().invoke(app, ["batch", "--help"]).output
    options = re.compile(r"--[a-z][a-z-]*")
    assert options.findall(submitted) == options.findall(accords_batch)
    assert "--master" in options.findall(submitted)
    assert main(["--out"]) == 2  # a usage error, as from accords batch
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT", raising=False)
    assert default_master() == DEFAULT_MASTER
    monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "4040")  # spark-submit started the JVM
    assert default_master() is None
