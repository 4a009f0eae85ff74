"""Pathological inputs: how long `accords extract` takes on each, against its size.

Inputs no article looks like, but that a crawler or a careless export can produce: one
3 MB line, one sentence repeated for 1 MB, 100,000 short lines, nothing but quotation
marks, deeply nested brackets, a 10,000-item list. Each kind is generated at four sizes
up to the model's cap (12,500 to 100,000 characters), where the report shows whether the
cost grows linearly, and at its full size, where the cap must hold; each run must end
with the input stored or rejected with a reason.

Writes bench/results/pathological.json.

    python bench/pathological.py [--scale 1.0] [--kinds one_line,repeated]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from machine import RESULTS, machine_info

_SENTENCE = (
    "The ministers of Chile and Peru signed a memorandum on fisheries in Lima on Monday, "
    "and agreed that the joint commission would meet again next spring. "
)


def one_line(size: int) -> str:
    """A whole text on one line: sentences with no line break between them."""
    words = ("treaty", "talks", "Lima", "signed", "cooperation", "ministers", "energy", "port")
    out, i = [], 0
    length = 0
    while length < size:
        chunk = " ".join(words[(i + k) % len(words)] for k in range(12)) + ". "
        out.append(chunk)
        length += len(chunk)
        i += 1
    return "".join(out)[:size]


def repeated(size: int) -> str:
    """One sentence, over and over."""
    return (_SENTENCE * (size // len(_SENTENCE) + 1))[:size]


def short_lines(size: int) -> str:
    """Many very short lines ("Lima.", "Chile and Peru.", …)."""
    lines = ("Lima.", "Chile and Peru.", "Talks.", "A memorandum.", "On Monday.")
    out, length, i = [], 0, 0
    while length < size:
        line = lines[i % len(lines)]
        out.append(line)
        length += len(line) + 1
        i += 1
    return "\n".join(out)


def quotes(size: int) -> str:
    """Nothing but quotation marks of every kind."""
    marks = "\"'“”‘’«»"
    return (marks * (size // len(marks) + 1))[:size]


def nested(size: int) -> str:
    """Brackets nested as deep as the size allows, a word at the centre."""
    depth = max(1, (size - 20) // 4)
    return "([" * depth + " Chile and Peru signed a memorandum " + "])" * depth


def long_list(size: int) -> str:
    """A lead-in and one list item per line: "- Agreement on …"."""
    topics = ("fisheries", "energy", "transport", "tourism", "health", "customs", "culture")
    lines = ["Chile and Peru signed the following documents in Lima on Monday:"]
    length, i = len(lines[0]), 0
    while length < size:
        line = f"- Agreement no. {i + 1} on {topics[i % len(topics)]} cooperation;"
        lines.append(line)
        length += len(line) + 1
        i += 1
    return "\n".join(lines)


#: Each kind, its generator and its full size in characters (100,000 lines and 10,000
#: items are what the sizes give for those two kinds).
KINDS: dict[str, tuple[Callable[[int], str], int]] = {
    "one_line": (one_line, 3_000_000),
    "repeated": (repeated, 1_000_000),
    "short_lines": (short_lines, 1_000_000),
    "quotes": (quotes, 1_000_000),
    "nested": (nested, 1_000_000),
    "long_list": (long_list, 480_000),
}


def run(path: Path) -> dict:
    """`accords extract` on one file as a user runs it: seconds, exit code, what it said."""
    accords = Path(sys.executable).with_name("accords")
    started = time.perf_counter()
    done = subprocess.run(
        [str(accords), "extract", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "exit_code": done.returncode,
        "extracted": sum(1 for line in done.stdout.splitlines() if line.strip()),
        "stderr": done.stderr.strip().splitlines()[-3:],
    }


#: Sizes below the model's cap (``ACCORDS_MAX_NLP_CHARS``, 100,000 by default), where
#: cost must grow linearly; each kind is then run at its full size, where the cap holds.
SIZES = (12_500, 25_000, 50_000, 100_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--out", type=Path, default=RESULTS / "pathological.json")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "start-up.txt"
        empty.write_text("Nothing here.\n", encoding="utf-8")
        start_up = run(empty)["seconds"]
        print(f"start-up and model load: {start_up:.2f} s", flush=True)
        for kind in args.kinds.split(","):
            make, full = KINDS[kind]
            for size in [int(s * args.scale) for s in SIZES] + [int(full * args.scale)]:
                path = Path(tmp) / f"{kind}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                row = {"kind": kind, "chars": size, "bytes": path.stat().st_size, **run(path)}
                row["work_seconds"] = round(max(0.0, row["seconds"] - start_up), 2)
                rows.append(row)
                print(
                    f"{kind:12} {row['chars']:>10,} chars  {row['seconds']:7.2f} s  "
                    f"exit {row['exit_code']}  {row['extracted']} out  {row['stderr'][-1:]}",
                    flush=True,
                )
    growth = {}
    for kind in dict.fromkeys(r["kind"] for r in rows):
        mine = [r for r in rows if r["kind"] == kind]
        small, big = mine[1], mine[len(SIZES) - 1]  # 25,000 and 100,000 characters
        growth[kind] = {
            "size_ratio": round(big["chars"] / small["chars"], 2),
            "work_ratio": round(big["work_seconds"] / small["work_seconds"], 2)
            if small["work_seconds"]
            else None,
            "full_size_seconds": mine[-1]["seconds"],
        }
    result = {
        "machine": machine_info(),
        "start_up_seconds": start_up,
        "rows": rows,
        "growth": growth,
        "note": "work_seconds = seconds - start-up (process start and model load); linear "
        "cost gives work_ratio close to size_ratio; at full size the text the model reads "
        "is cut at ACCORDS_MAX_NLP_CHARS, so its time is that of the cap",
    }
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
