"""Peak memory of `accords ingest` over large corpora: is it flat, and under 1.5 GB?

For each size, the generated corpus (bench/corpus.py) is written as JSON Lines files of
1,000 articles each (one big file would exceed the 20 MiB input limit) and one
`accords ingest DIR --db fresh.sqlite` process reads them all. The process's resident
set size is sampled every second from /proc; the result keeps the peak, the RSS at each
quarter of the run, the throughput, and the peaks before and after every article was
stored (``accords ingest`` then consolidates the registry; the boundary is known to within
one ``--checkpoint`` interval). While a run goes on, the file is rewritten every
``--checkpoint`` seconds with the samples so far (``"partial": true``), so a run cut short
still leaves its numbers.

Writes bench/results/memory.json.

    python bench/memory.py [--sizes 20000 100000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import corpus
from machine import RESULTS, load_now, machine_info

PER_FILE = 1000
TARGET_MB = 1536


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def summarise(n: int, samples: list[tuple[float, float]], seconds: float) -> dict:
    """Peak RSS and the RSS at each quarter of the ``seconds`` sampled so far."""
    peak = max(v for _, v in samples) if samples else None
    quarters = {}
    for q in (0.25, 0.5, 0.75, 1.0):
        upto = [v for t, v in samples if t <= q * seconds]
        quarters[f"{int(q * 100)}%"] = round(upto[-1], 1) if upto else None
    return {
        "articles": n,
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak, 1) if peak else None,
        "rss_mb_at": quarters,
        "under_1_5_gb": peak is not None and peak < TARGET_MB,
    }


def measure(n: int, tmp: Path, checkpoint: Callable[[dict], None], every: float) -> dict:
    directory = tmp / f"corpus-{n}"
    for start in range(0, n, PER_FILE):
        corpus.write_jsonl(
            directory / f"part-{start // PER_FILE:04d}.jsonl", min(PER_FILE, n - start), start=start
        )
    db = tmp / f"memory-{n}.sqlite"
    accords = str(Path(sys.executable).with_name("accords"))
    started = time.perf_counter()
    proc = subprocess.Popen(
        [accords, "ingest", str(directory), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    samples: list[tuple[float, float]] = []
    last_checkpoint = started
    all_stored: float | None = None  # when every article was stored: consolidation follows
    while proc.poll() is None:
        now = time.perf_counter()
        value = rss_mb(proc.pid)
        if value is not None:
            samples.append((now - started, value))
        if now - last_checkpoint >= every:
            last_checkpoint = now
            stored = stored_articles(db)
            if all_stored is None and stored == n:
                all_stored = now - started
            checkpoint(
                {
                    **summarise(n, samples, now - started),
                    "partial": True,
                    "stored_so_far": stored,
                    "all_stored_at_s": all_stored,
                }
            )
        time.sleep(1.0)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    seconds = time.perf_counter() - started
    phases = {}
    if all_stored is not None:  # to within one checkpoint interval
        phases = {
            "all_stored_at_s": round(all_stored, 1),
            "peak_rss_mb_storing": max((v for t, v in samples if t <= all_stored), default=None),
            "peak_rss_mb_after_storing": max(
                (v for t, v in samples if t > all_stored), default=None
            ),
        }
    return {
        **summarise(n, samples, seconds),
        **phases,
        "exit_code": proc.returncode,
        "articles_per_s": round(n / seconds, 2),
        "loadavg_1m_after": load_now(),
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else "",
    }


def stored_articles(db: Path) -> int | None:
    """Articles committed so far (read-only; ingest commits one article at a time)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20000, 100000])
    parser.add_argument("--out", type=Path, default=RESULTS / "memory.json")
    parser.add_argument(
        "--checkpoint",
        type=float,
        default=30.0,
        help="seconds between rewrites of --out during a run",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep the corpora and databases here (default: a temporary directory)",
    )
    args = parser.parse_args()
    result: dict = {"machine": machine_info(), "runs": []}
    args.out.parent.mkdir(parents=True, exist_ok=True)

    def write(partial: dict | None = None) -> None:
        runs = result["runs"] + ([partial] if partial else [])
        args.out.write_text(json.dumps({**result, "runs": runs}, indent=2) + "\n", encoding="utf-8")

    with tempfile.TemporaryDirectory() as tmpdir:
        workdir = args.workdir or Path(tmpdir)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in args.sizes:
            run = measure(n, workdir, write, args.checkpoint)
            print(run, flush=True)
            result["runs"].append(run)
            write()
    peaks = [r["peak_rss_mb"] for r in result["runs"] if r["peak_rss_mb"]]
    if len(peaks) > 1:
        result["peak_ratio_largest_to_smallest"] = round(peaks[-1] / peaks[0], 3)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
