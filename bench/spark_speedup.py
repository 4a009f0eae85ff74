"""Spark speed-up: the batch job on `local[1]` and on `local[2]`, same corpus, same partitions.

Each run is a fresh process (its own JVM and Python workers, the spaCy model loaded by
each worker), timed from the start of ``run_batch`` to the last Parquet file written.

Then, for reference, the same extraction (``process_partition`` over the same files) in
one plain Python process and in two at once, each on half the files, model loaded before
the clock: the speed-up two busy processes get on this machine at all, Spark aside.

Writes bench/results/spark_speedup.json.

    python bench/spark_speedup.py [--n 2000] [--partitions 4] [--no-plain]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import corpus
from machine import RESULTS, load_now, machine_info

FILES = 8  # the corpus is split over several JSONL files, as a crawl would leave it


def one_run(inputs: str, out: str, master: str, partitions: int) -> None:
    from accords.batch.job import run_batch

    started = time.perf_counter()
    report = run_batch([inputs], out, master=master, partitions=partitions)
    report_json = report.to_json()
    report_json["rejected"] = len(report.rejected)
    report_json["wall_seconds_in_process"] = round(time.perf_counter() - started, 2)
    print(json.dumps(report_json))


#: One plain process extracting some of the corpus files, as a Spark partition does
#: (``process_partition``), without Spark: model loaded first, then timed.
PLAIN = """
import json, sys, time
from pathlib import Path
from accords.batch.partition import documents, process_partition
from accords.extract.pipeline import Extractor
Extractor()  # the model (cached per process), loaded before the clock starts
docs = [t for f in sys.argv[1:] for t in documents(str(f), Path(f).read_bytes())]
started = time.perf_counter()
rows = sum(1 for _ in process_partition(iter(docs)))
print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows}))
"""


def plain_processes(files: list[Path], processes: int) -> dict:
    """The same work in ``processes`` plain processes at once, each on its share of the
    files: the speed-up this machine allows two busy Python processes, Spark aside."""
    shares = [files[i::processes] for i in range(processes)]
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", PLAIN, *map(str, share)],
                              stdout=subprocess.PIPE, text=True) for share in shares]
    outs = [json.loads(p.communicate()[0].strip().splitlines()[-1]) for p in procs]
    return {"processes": processes, "wall_seconds": round(time.perf_counter() - started, 2),
            "slowest_process_seconds": round(max(o["seconds"] for o in outs), 2),
            "rows": sum(o["rows"] for o in outs), "loadavg_1m_after": load_now()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--out", type=Path, default=RESULTS / "spark_speedup.json")
    parser.add_argument("--no-plain", action="store_true",
                        help="skip the same extraction in 1 and 2 plain processes")
    parser.add_argument("--one", nargs=3, metavar=("INPUTS", "OUT", "MASTER"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_run(*args.one, partitions=args.partitions)
        return

    result: dict = {"machine": machine_info(), "corpus": {"articles": args.n, "files": FILES},
                    "partitions": args.partitions, "runs": {}}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        per = -(-args.n // FILES)
        for i in range(FILES):
            start = i * per
            corpus.write_jsonl(tmp / "corpus" / f"part-{i}.jsonl", max(0, min(per, args.n - start)),
                               start=start)
        for master in ("local[1]", "local[2]"):
            started = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, __file__, "--partitions", str(args.partitions), "--one",
                 str(tmp / "corpus"), str(tmp / master.replace("[", "").replace("]", "")),
                 master],
                capture_output=True, text=True, check=False,
            )
            wall = time.perf_counter() - started
            if proc.returncode != 0:
                result["runs"][master] = {"failed": proc.stderr[-2000:]}
                continue
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            run["wall_seconds_process"] = round(wall, 2)
            run["articles_per_s"] = round(run["articles"] / run["seconds"], 2)
            run["loadavg_1m_after"] = load_now()
            result["runs"][master] = run
            print(master, run, flush=True)
        if not args.no_plain:
            files = sorted((tmp / "corpus").iterdir())
            plain = {str(k): plain_processes(files, k) for k in (1, 2)}
            plain["speedup"] = round(plain["1"]["slowest_process_seconds"]
                                     / plain["2"]["slowest_process_seconds"], 3)
            result["plain_processes"] = plain
            print("plain", plain, flush=True)
    runs = result["runs"]
    if all("seconds" in runs.get(m, {}) for m in ("local[1]", "local[2]")):
        result["speedup"] = round(runs["local[1]"]["seconds"] / runs["local[2]"]["seconds"], 3)
        result["speedup_process_wall"] = round(
            runs["local[1]"]["wall_seconds_process"] / runs["local[2]"]["wall_seconds_process"], 3)
        result["target_at_least_1.8"] = result["speedup"] >= 1.8
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
