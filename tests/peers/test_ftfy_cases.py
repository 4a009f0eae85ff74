"""ftfy's own test cases, through Accords' text repair (../shared/eval/peers/ftfy).

Every case ftfy passes, Accords passes too: ``original`` in, ``fixed-encoding`` (else
``fixed``) out, with quotes straightened on both sides. Negative cases stay as they are.
Known failures of ftfy that Accords gets right are counted as points beyond ftfy.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ftfy.fixes import uncurl_quotes

from accords.ingest.decode import repair_text


def accords_repair(text: str) -> str:
    """The text as ``accords text --json`` gives it for a file holding ``text``."""
    return _through_the_cli()[text]


@cache
def _through_the_cli() -> dict[str, str]:
    """Every case's original, one .txt file each, read by one ``accords text`` run."""
    originals = sorted(
        {
            case["original"]
            for name in (*PASSING_FILES, "known-failures.json")
            for case in _load(name)
        }
    )
    accords = str(Path(sys.executable).with_name("accords"))
    with tempfile.TemporaryDirectory() as folder:
        for number, original in enumerate(originals):
            (Path(folder) / f"case-{number:03d}.txt").write_text(original, encoding="utf-8")
        run = subprocess.run(
            [accords, "text", folder, "--json"],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    texts = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        texts[originals[int(record["id"].removeprefix("case-"))]] = record["text"]
    # A case that is only site furniture ("[x] ©", a breadcrumb) is rightly refused as an
    # article ("no article text"); its repair is checked on the decode stage alone.
    refused = [o for o in originals if o not in texts]
    assert len(refused) <= 2 and run.stderr.count("no article text") == len(refused), run.stderr
    texts.update({o: repair_text(o)[0] for o in refused})
    return texts


DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "peers" / "ftfy"
PASSING_FILES = ("in-the-wild.json", "synthetic.json", "negative.json", "language-names.json")

#: Known failures of ftfy that Accords repaired when this floor was pinned: 2 of 10
#: ("faites attention Г bien … mГ©dicament" in windows-1251, and the Spanish C1 quotes
#: "está \x93próximo a resolverse\x94").
KNOWN_FAILURES_FIXED_FLOOR = 2


def _load(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def _expected(case: dict[str, Any]) -> str:
    return case.get("fixed-encoding", case["fixed"])


def _same(got: str, expected: str) -> bool:
    return uncurl_quotes(got) == uncurl_quotes(expected)


def _params(names: tuple[str, ...]) -> list[Any]:
    found = [
        pytest.param(case, id=f"{name.removesuffix('.json')}: {case['label']}")
        for name in names
        for case in _load(name)
        if case.get("expect") == "pass"
    ]
    return found or [pytest.param(None, id="no-data")]


def _need(case: dict[str, Any] | None) -> dict[str, Any]:
    if case is None:
        pytest.skip(f"ftfy's test cases not found at {DATA.resolve()} (../shared is absent)")
    return case


@pytest.mark.parametrize("case", _params(PASSING_FILES))
def test_case_ftfy_passes_accords_passes(case: dict[str, Any] | None) -> None:
    case = _need(case)
    assert _same(accords_repair(case["original"]), _expected(case))


@pytest.mark.parametrize("case", _params(("negative.json",)))
def test_negative_case_is_left_alone(case: dict[str, Any] | None) -> None:
    """Negatives come back as they went in, but for ftfy's C1-control fix (one case)."""
    case = _need(case)
    got = accords_repair(case["original"])
    if _expected(case) == case["original"]:
        assert got == case["original"]
    else:
        assert _same(got, _expected(case))


def test_known_failures_of_ftfy_that_accords_fixes() -> None:
    cases = _load("known-failures.json")
    if not cases:
        pytest.skip(f"known-failures.json not found under {DATA.resolve()}")
    fixed = [c["label"] for c in cases if _same(accords_repair(c["original"]), _expected(c))]
    print(f"\nknown failures of ftfy repaired by Accords: {len(fixed)}/{len(cases)}: {fixed}")
    assert len(fixed) >= KNOWN_FAILURES_FIXED_FLOOR
