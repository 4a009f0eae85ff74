"""Speed of the extract stage: articles/s and characters/s of ``Extractor.extract_many``
over the development articles and the sample corpus (decoded and cleaned first, model
loaded first, neither timed), repeated ``--rounds`` times.

    python bench/extract_speed.py [--rounds 5] [--label NAME]

Appends one entry to bench/results/extract-speed.json, so that runs before and after a
change sit side by side (issue 3 asks that speed not fall below half).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import time
from pathlib import Path

from accords.extract.pipeline import Extractor
from accords.ingest.pipeline import iter_articles
from accords.model import Article

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT.parent / "shared" / "eval" / "dev" / "articles", ROOT / "examples" / "corpus"]
RESULTS = ROOT / "bench" / "results" / "extract-speed.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    articles = [a for a in iter_articles([str(p) for p in INPUTS if p.exists()]) if isinstance(a, Article)]
    extractor = Extractor()
    list(extractor.extract_many(articles[:2]))  # warm up
    chars = sum(len(a.text) for a in articles) * args.rounds
    started = time.perf_counter()
    facts = 0
    for _ in range(args.rounds):
        facts += sum(len(e.facts) for e in extractor.extract_many(articles))
    seconds = time.perf_counter() - started
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    entry = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "commit": commit, "label": args.label,
        "articles": len(articles) * args.rounds, "seconds": round(seconds, 2),
        "articles_per_s": round(len(articles) * args.rounds / seconds, 1),
        "chars_per_s": round(chars / seconds), "facts": facts,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    history = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    history.append(entry)
    RESULTS.write_text(json.dumps(history, indent=2) + "\n")
    print(json.dumps(entry, indent=2))


if __name__ == "__main__":
    main()
