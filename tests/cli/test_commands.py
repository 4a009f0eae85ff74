"""The command line, run in-process with Typer's runner against real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app
from testpaths import SEED

ARTICLE = """Vietnam and Laos sign a railway protocol

Hanoi, 9 March 2023 - Vietnam and Laos signed a protocol on railway transport in Hanoi on
Thursday, during the talks between the two prime ministers, the Vietnamese government said.
“This railway will bring our two peoples closer than ever before,” Prime Minister Pham Minh
Chinh said after the signing.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "vnm-lao.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_text_json_gives_the_design_fields(runner, article):
    result = runner.invoke(app, ["text", str(article), "--json"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert set(record) == {"id", "text", "title", "published", "repairs", "trimmed"}
    assert record["id"] == "vnm-lao"
    assert record["title"] == "Vietnam and Laos sign a railway protocol"


def test_text_of_the_seed_is_repaired_and_trimmed(runner, shared):
    result = runner.invoke(app, ["text", str(SEED), "--json"])
    record = json.loads(result.stdout)
    text = record["text"]
    for expected in ("Gábor Nagy", "Péter Szijjártó", "Viktor Orbán’s", "“Work continues",
                     "meeting,” Nagy", "science—these"):
        assert expected in text
    assert not any("\u0e00" <= c <= "\u0e7f" for c in text)
    assert "Read more news" not in text and "Read also" not in text
    assert record["trimmed"] and record["repairs"]


def test_extract_eval_record(runner, article):
    result = runner.invoke(app, ["extract", str(article), "--format", "eval"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["id"] == "vnm-lao"
    assert record["published"] == "2023-03-09"
    assert record["dyads"] == [["LAO", "VNM"]]
    assert [(i["kind"], i["status"], i["place"]) for i in record["instruments"]] == [("protocol", "signed", "Hanoi")]


def test_extract_json_carries_evidence_offsets(runner, article):
    result = runner.invoke(app, ["extract", str(article), "--format", "json"])
    record = json.loads(result.stdout)
    text = ARTICLE
    for fact in record["facts"]:
        for evidence in fact["evidence"]:
            assert evidence["sentence"] in text
            assert text[evidence["start"]:evidence["end"]] in evidence["sentence"]


def test_unknown_format_is_a_usage_error(runner, article):
    result = runner.invoke(app, ["extract", str(article), "--format", "xml"])
    assert result.exit_code == 2


def test_ingest_show_and_export(runner, article, tmp_path):
    db = str(tmp_path / "cli.sqlite")
    assert runner.invoke(app, ["ingest", str(article), "--db", db]).exit_code == 0
    shown = runner.invoke(app, ["show", "vnm-lao", "--db", db])
    assert shown.exit_code == 0
    assert "instrument" in shown.stdout and "protocol on railway transport" in shown.stdout
    exported = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert {row["kind"] for row in rows} >= {"dyad", "instrument", "person", "statement"}
    out = tmp_path / "records.jsonl"
    assert runner.invoke(app, ["export", "--format", "eval", "--db", db, "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "vnm-lao"


def test_show_unknown_article_exits_one(runner, tmp_path):
    result = runner.invoke(app, ["show", "ffffffff", "--db", str(tmp_path / "empty.sqlite")])
    assert result.exit_code == 1


def test_ingest_takes_a_publication_date_for_undated_inputs(runner, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(ARTICLE.replace("Hanoi, 9 March 2023 - ", ""), encoding="utf-8")
    db = str(tmp_path / "cli.sqlite")
    assert runner.invoke(app, ["ingest", str(path), "--db", db, "--published", "2023-03-10"]).exit_code == 0
    exported = runner.invoke(app, ["export", "--format", "eval", "--db", db])
    record = json.loads(exported.stdout)
    assert record["published"] == "2023-03-10"
    assert record["instruments"][0]["date"] == "2023-03-09"  # "on Thursday", resolved


def test_stdin_is_read(runner):
    result = runner.invoke(app, ["text", "-", "--json"], input=ARTICLE.encode("utf-8"))
    assert json.loads(result.stdout)["id"] == "stdin"
