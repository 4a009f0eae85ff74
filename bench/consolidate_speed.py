"""Speed of consolidation, side by side for two versions of the code, on one database.

The database holds articles stored but not yet consolidated (``accords ingest
--no-consolidate``): given with ``--db``, or built from the generated corpus
(bench/corpus.py) with ``--articles N`` by two ingest processes. Each version then
consolidates its own copy of it in a child process (``accords.registry.consolidate``,
the version's ``src`` first on ``sys.path``), timed by wall clock and CPU, with its peak
RSS when consolidation returns; the registries they build are then compared by a digest
of every record's row and facts (read a row at a time), so a speed-up that changed what
comes out would show.

    python bench/consolidate_speed.py (--db FILE | --articles N) [--baseline-src DIR]
        [--max-members N]

``--baseline-src`` is the ``src`` folder of the other version (a ``git worktree`` of an
older commit). Writes bench/results/consolidate_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus
from machine import RESULTS, load_now, machine_info

ROOT = Path(__file__).resolve().parents[1]

#: Run in a child process with the version under test first on sys.path.
TIMER = """
import hashlib, json, resource, sqlite3, sys, time
from accords.registry import consolidate
from accords.store import Store
path, options = sys.argv[1], json.loads(sys.argv[2])
with Store.open(path) as store:
    wall, cpu = time.perf_counter(), time.process_time()
    report = consolidate(store, **options)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # before the digest
db = sqlite3.connect(path)
digest, records = hashlib.sha1(), 0
for row in db.execute(
    "SELECT r.id, r.kind, r.dyad, r.label, r.status, r.date, r.attrs, r.reports, r.articles,"
    " (SELECT group_concat(fact_id) FROM (SELECT fact_id FROM record_facts"
    "  WHERE record_id = r.id ORDER BY fact_id)) FROM records r ORDER BY r.id"):
    digest.update(json.dumps(row).encode())  # a JSON array: delimits itself
    records += 1
print(json.dumps({
    "seconds": round(wall, 1), "cpu_seconds": round(cpu, 1), "peak_rss_mb": peak,
    "articles": report.articles, "facts": report.facts, "records": records,
    "registry_sha1": digest.hexdigest(),
}))
"""


def build(n: int, workdir: Path) -> Path:
    """Store ``n`` generated articles, unconsolidated, with two ingest processes."""
    corpus_dir, db = workdir / f"corpus-{n}", workdir / f"stored-{n}.sqlite"
    per = 1000
    for start in range(0, n, per):
        corpus.write_jsonl(corpus_dir / f"part-{start // per:04d}.jsonl", min(per, n - start),
                           start=start)
    files = sorted(corpus_dir.iterdir())
    accords = str(Path(sys.executable).with_name("accords"))
    halves = [files[: len(files) // 2], files[len(files) // 2:]]
    procs = [subprocess.Popen([accords, "ingest", *map(str, half), "--db", str(db),
                               "--no-consolidate"]) for half in halves if half]
    if any(p.wait() for p in procs):
        raise SystemExit("ingest failed")
    return db


def time_version(src: Path, db: Path, tmp: Path, options: dict) -> dict:
    copy = tmp / f"copy-{os.getpid()}.sqlite"
    shutil.copy(db, copy)
    try:
        out = subprocess.run([sys.executable, "-c", TIMER, str(copy), json.dumps(options)],
                             env=dict(os.environ, PYTHONPATH=str(src)),
                             capture_output=True, text=True, check=True)
    finally:
        copy.unlink(missing_ok=True)
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "loadavg_1m_after": load_now()}


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    given = parser.add_mutually_exclusive_group(required=True)
    given.add_argument("--db", type=Path, help="SQLite file of stored, unconsolidated articles")
    given.add_argument("--articles", type=int, help="build such a file of N generated articles")
    parser.add_argument("--workdir", type=Path, help="where --articles builds (default: temporary)")
    parser.add_argument("--baseline-src", type=Path, help="src/ of the version to compare with")
    parser.add_argument("--max-members", type=int,
                        help="facts consolidation may hold (default: the version's own)")
    parser.add_argument("--out", type=Path, default=RESULTS / "consolidate_speed.json")
    args = parser.parse_args()
    options = {} if args.max_members is None else {"max_members": args.max_members}
    versions = {"current": ROOT / "src"}
    if args.baseline_src:
        versions["baseline"] = args.baseline_src
    result: dict = {"machine": machine_info(), "options": options, "runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build(args.articles, args.workdir or Path(tmp))
        result["database"] = str(db) if args.db else f"{args.articles} generated articles"
        for name, src in versions.items():
            run = time_version(src, db, Path(tmp), options)
            run["commit"] = git("rev-parse", "--short", "HEAD", cwd=src)
            result["runs"][name] = run
            print(name, run, flush=True)
    runs = result["runs"]
    if "baseline" in runs:
        result["speedup_wall"] = round(runs["baseline"]["seconds"] / runs["current"]["seconds"], 2)
        result["speedup_cpu"] = round(
            runs["baseline"]["cpu_seconds"] / runs["current"]["cpu_seconds"], 2)
        result["same_registry"] = (
            runs["baseline"]["registry_sha1"] == runs["current"]["registry_sha1"])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
