"""The Spark batch job in local mode against `accords extract`, and `accords load` after it.

The inputs in ``data/`` were written for these tests: two plain-text files (one in
cp1252, decoded through Accords' decode stage), an HTML page with site furniture, a JSON
Lines file with a text line, an HTML line and two bad lines, a web archive (a request
record and an HTML response), a file whose name Hadoop would read as a glob, and an
empty file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

from accords.batch.load import read_batch, read_rejected
from accords.export.tables import extraction_to_json

pytestmark = pytest.mark.spark

DATA = Path(__file__).with_name("data")
BIN = Path(sys.executable).parent
ACCORDS = str(BIN / "accords")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*args], capture_output=True, text=True, timeout=300,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def rejected_lines(stderr: str) -> set[str]:
    return {line for line in stderr.splitlines() if line.startswith("rejected ")}


@pytest.fixture(scope="module")
def extracted() -> tuple[dict[str, dict], set[str]]:
    """`accords extract --format json` over the test inputs: records by source, rejections."""
    result = run(ACCORDS, "extract", str(DATA), "--format", "json")
    assert result.returncode == 1, result.stderr  # three inputs are rejected
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {r["source"]: r for r in records}, rejected_lines(result.stderr)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("batch") / "out"
    result = run(ACCORDS, "batch", str(DATA), "--out", str(out), "--master", "local[2]",
                 "--partitions", "3")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stderr  # rejected inputs, as `accords extract` says
    return out, result.stderr


def test_batch_writes_three_parquet_datasets(batch_out: tuple[Path, str]) -> None:
    import pyarrow.dataset as ds

    out, _ = batch_out
    articles = ds.dataset(str(out / "articles"), format="parquet")
    facts = ds.dataset(str(out / "facts"), format="parquet")
    assert {"article_id", "id", "source", "text", "repairs", "trimmed"} <= set(articles.schema.names)
    assert set(facts.schema.names) == {"article_id", "source", "fact_index", "kind", "attrs",
                                       "confidence", "evidence"}
    assert articles.count_rows() == 7
    assert facts.count_rows() > 20
    # A fact's attributes and evidence are JSON strings pointing into its article's text.
    texts = {r["article_id"]: r["text"] for r in articles.to_table().to_pylist()}
    for fact in facts.to_table().to_pylist():
        for evidence in json.loads(fact["evidence"]):
            assert evidence["sentence"] in texts[fact["article_id"]]
            assert evidence["sentence_start"] <= evidence["start"] < evidence["end"]
        assert isinstance(json.loads(fact["attrs"]), dict)


def test_batch_output_equals_accords_extract(batch_out, extracted) -> None:
    out, stderr = batch_out
    by_source, extract_rejected = extracted
    from_batch = {e.article.source: extraction_to_json(e) for e in read_batch(out)}
    assert sorted(from_batch) == sorted(by_source)
    for source, record in by_source.items():
        assert from_batch[source] == record, source  # ids, text, metadata, facts, evidence
    assert sum(len(r["facts"]) for r in from_batch.values()) > 20
    # The cp1252 file went through decode, and the HTML page through trafilatura.
    moz = next(r for r in from_batch.values() if r["id"] == "moz-prt-programme")
    assert "Maputo – Portugal" in moz["text"] and moz["repairs"]
    chl = next(r for r in from_batch.values() if r["id"] == "chl-per-talks")
    assert "All rights reserved" not in chl["text"]
    warc = next(r for r in from_batch.values() if r["source"].startswith(str(DATA / "crawl")))
    assert warc["url"] == "https://straits.example/asia/vnm-idn" and warc["facts"]
    assert any(r["id"] == "gha-tgo, brief [wire]" and r["facts"] for r in from_batch.values())
    # The same inputs are rejected for the same reasons, and the batch stores them.
    assert rejected_lines(stderr) == extract_rejected
    assert {f"rejected {s}: {r}" for s, r in read_rejected(out)} == extract_rejected


def test_load_twice_then_export_round_trips(batch_out, extracted, tmp_path: Path) -> None:
    out, _ = batch_out
    by_source, _ = extracted
    db = f"sqlite:///{tmp_path / 'loaded.sqlite'}"
    first = run(ACCORDS, "load", str(out), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "7 articles stored, 0 duplicates" in first.stderr
    # The registry consolidates what was loaded.
    assert "from 7 articles" in first.stderr, first.stderr
    assert "registry: 0 records created" not in first.stderr
    second = run(ACCORDS, "load", str(out), "--db", db)
    assert second.returncode == 0, second.stderr
    assert "0 articles stored, 7 duplicates" in second.stderr
    assert "registry: 0 records created, 0 updated from 0 articles" in second.stderr
    exported = run(ACCORDS, "export", "--format", "jsonl", "--db", db)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(records) == 7
    assert {r["source"]: r for r in records} == by_source


def test_batch_refuses_to_overwrite_without_the_flag(batch_out) -> None:
    out, _ = batch_out
    result = run(ACCORDS, "batch", str(DATA / "ind-bgd-commission.txt"), "--out", str(out))
    assert result.returncode == 2
    assert "--overwrite" in result.stderr


def test_spark_submit_runs_the_module(tmp_path: Path, extracted) -> None:
    by_source, _ = extracted
    source = str(DATA / "ind-bgd-commission.txt")
    out = tmp_path / "submitted"
    spark = Path(__import__("pyspark").__file__).parent / "bin" / "spark-submit"
    script = Path(__import__("accords.batch.spark").batch.spark.__file__)
    result = run(str(spark), "--master", "local[1]", str(script), source, "--out", str(out),
                 env={"PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable})
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["articles"] == 1 and summary["rejected"] == 0
    assert summary["master"] == "local[1]"
    [only] = [extraction_to_json(e) for e in read_batch(out)]
    assert only == by_source[source]


def test_a_local_jvm_runs_with_the_local_options(monkeypatch) -> None:
    from accords.batch import job

    probe = ("from accords.batch.job import spark_session\n"
             "s = spark_session('local[1]')\n"
             "print(list(s._jvm.java.lang.management.ManagementFactory"
             ".getRuntimeMXBean().getInputArguments()))\n"
             "s.stop()\n")
    env = {k: v for k, v in os.environ.items() if k != "ACCORDS_SPARK_JAVA_OPTIONS"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    arguments = result.stdout.strip().splitlines()[-1]
    for option in job.LOCAL_JAVA_OPTIONS.split():
        assert f"'{option}'" in arguments, arguments
    monkeypatch.setenv("ACCORDS_SPARK_JAVA_OPTIONS", " -Xss4m ")
    assert job.local_java_options() == "-Xss4m"
    monkeypatch.setenv("ACCORDS_SPARK_JAVA_OPTIONS", "")
    assert job.local_java_options() == ""
