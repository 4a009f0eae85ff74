"""Mojibake repair: Accords' ``repair_text`` against bare ftfy on generated garbled text.

Correct sentences in 15 languages (tests/ingest/garble.py) are encoded as UTF-8, decoded
with each single-byte code page the way real pages do it (undefined bytes passed through
as C1 controls, dropped, replaced by U+FFFD, or read as windows-1252), and embedded in
correct English. A case counts as repaired when the output equals the original exactly.
ftfy runs with the configuration Accords uses (curly quotes kept).

Writes bench/results/mojibake.json (with the milliseconds ``repair_text`` takes per
garbled case and per correct text) and prints a Markdown table.

    python bench/mojibake.py [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

import ftfy  # noqa: E402
from garble import UNTOUCHABLE, cases  # noqa: E402

from accords.ingest.decode import FTFY_CONFIG, repair_text  # noqa: E402


def _tally() -> dict[str, dict[str, dict[str, int]]]:
    """Counts of cases, and of cases each tool repaired, per code page and per loss mode."""
    counts: dict[str, dict[str, dict[str, int]]] = {
        "per_codepage": defaultdict(lambda: defaultdict(int)),
        "per_loss": defaultdict(lambda: defaultdict(int)),
    }
    for case in cases():
        ours = repair_text(case.garbled)[0] == case.correct
        theirs = ftfy.fix_text(case.garbled, config=FTFY_CONFIG) == case.correct
        for group, key in (("per_codepage", case.codepage), ("per_loss", case.loss)):
            row = counts[group][key]
            row["cases"] += 1
            row["ftfy_repaired"] += theirs
            row["accords_repaired"] += ours
    return counts


def _timing(rounds: int = 3) -> dict[str, float]:
    """Milliseconds per ``repair_text`` call (best of ``rounds``), on the garbled cases and
    on their correct texts: what repair costs a garbled line and a clean one."""
    all_cases = list(cases())
    result = {}
    for name, texts in (
        ("garbled", [c.garbled for c in all_cases]),
        ("correct", [c.correct for c in all_cases]),
    ):
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            for text in texts:
                repair_text(text)
            best = min(best, time.perf_counter() - started)
        result[name] = round(1000 * best / len(texts), 3)
    return result


def run() -> dict:
    started = time.perf_counter()
    counts = _tally()
    per_codepage = {k: dict(v) for k, v in counts["per_codepage"].items()}
    per_loss = {k: dict(v) for k, v in counts["per_loss"].items()}
    total = {
        key: sum(row[key] for row in per_codepage.values())
        for key in ("cases", "ftfy_repaired", "accords_repaired")
    }
    untouched = {
        "cases": len(UNTOUCHABLE),
        "ftfy_untouched": sum(ftfy.fix_text(t, config=FTFY_CONFIG) == t for t in UNTOUCHABLE),
        "accords_untouched": sum(repair_text(t)[0] == t for t in UNTOUCHABLE),
    }
    return {
        **total,
        "per_codepage": per_codepage,
        "per_loss": per_loss,
        "correct_text": untouched,
        "repair_ms": _timing(),
        "seconds": round(time.perf_counter() - started, 2),
        "date": dt.date.today().isoformat(),
    }


def _table(result: dict) -> str:
    lines = ["| group | cases | ftfy | accords |", "|---|---:|---:|---:|"]

    def row(name: str, r: dict) -> str:
        n = r["cases"]
        return (
            f"| {name} | {n} | {r['ftfy_repaired']} ({r['ftfy_repaired'] / n:.0%}) "
            f"| {r['accords_repaired']} ({r['accords_repaired'] / n:.0%}) |"
        )

    lines.append(row("**all**", result))
    lines += [row(cp, r) for cp, r in result["per_codepage"].items()]
    lines += [row(f"loss: {loss}", r) for loss, r in result["per_loss"].items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "mojibake.json")
    args = parser.parse_args()
    result = run()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(_table(result))
    untouched = result["correct_text"]
    print(
        f"\ncorrect text left alone: accords {untouched['accords_untouched']}"
        f"/{untouched['cases']}, ftfy {untouched['ftfy_untouched']}/{untouched['cases']}"
    )
    timing = result["repair_ms"]
    print(f"repair_text: {timing['garbled']} ms per garbled case, {timing['correct']} ms per correct one")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
