"""Bad input: each gets a one-line error naming the file and the reason, the others are
stored, exit status 1, never a traceback; the database is checked afterwards."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from testpaths import ROOT

BAD = ROOT / "examples" / "bad-input"
ACCORDS = str(Path(sys.executable).with_name("accords"))

GOOD = """Ghana and Togo review border trade

Accra, 4 May 2022 - The foreign ministers of Ghana and Togo met in Accra on Wednesday for the
fifth session of the Ghana-Togo Joint Commission for Cooperation and signed a memorandum of
understanding on customs cooperation, officials of both governments said.
"""


def run_ingest(tmp_path: Path, *paths: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    db = tmp_path / "db.sqlite"
    return subprocess.run([ACCORDS, "ingest", *paths, "--db", str(db)], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def stored_ids(tmp_path: Path) -> list[str]:
    with sqlite3.connect(tmp_path / "db.sqlite") as conn:
        return sorted(row[0] for row in conn.execute("select external_id from articles"))


def test_every_bad_input_is_named_and_the_good_ones_are_stored(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    binary = tmp_path / "noise.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = run_ingest(tmp_path, str(good), *sorted(str(p) for p in BAD.iterdir() if p.name != "README.md"),
                        str(tmp_path / "missing.txt"), str(binary), "/proc/self/mem")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected")]
    reasons = {line.split(": ", 1)[0].removeprefix("rejected ").strip(): line.split(": ", 1)[1] for line in lines}
    assert "empty" in reasons[str(BAD / "empty.txt")]
    assert "binary" in reasons[str(BAD / "not-text.txt")]
    assert "binary" in reasons[str(BAD / "archive.txt")]
    assert "not text" in reasons[str(binary)] or "binary" in reasons[str(binary)]
    assert "malformed JSON" in reasons[f"{BAD / 'broken.jsonl'}:2"]
    assert "no article text" in reasons[str(BAD / "nothing.html")]
    assert "no such file" in reasons[str(tmp_path / "missing.txt")]
    assert "cannot be read" in reasons["/proc/self/mem"]
    assert len(lines) == 8
    # the good file and the two good lines of broken.jsonl are stored
    assert len(stored_ids(tmp_path)) == 3
    assert "good" in stored_ids(tmp_path)


def test_oversized_file_is_refused_with_the_documented_limit(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"Plain words of a very long text file. " * (50_000_000 // 38 + 1))
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = run_ingest(tmp_path, str(big), str(good))
    assert result.returncode == 1
    assert f"rejected {big}: file is 50.0 MB, over the 21 MB limit (raise it with ACCORDS_MAX_INPUT_BYTES)" in result.stderr.replace("\n", " ")
    assert stored_ids(tmp_path) == ["good"]


def test_the_limit_is_configurable(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    import os

    env = dict(os.environ, ACCORDS_MAX_INPUT_BYTES="100")
    result = run_ingest(tmp_path, str(good), env=env)
    assert result.returncode == 1
    assert "over the" in result.stderr


def test_a_clean_run_exits_zero_and_reports_a_summary(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    first = run_ingest(tmp_path, str(good))
    second = run_ingest(tmp_path, str(good))
    assert first.returncode == 0 and second.returncode == 0
    assert "1 articles stored, 0 duplicates skipped, 0 rejected" in first.stderr
    assert "0 articles stored, 1 duplicates skipped, 0 rejected" in second.stderr
    assert stored_ids(tmp_path) == ["good"]
