"""Speed of the extract stage, side by side for two versions of the code, in one run.

The articles (the development set and the sample corpus, decoded and cleaned by the
current code) are written once to a JSON Lines file; then each version's
``Extractor.extract_many`` runs over them in its own process (model loaded and warmed up
first, not timed), the versions taking turns for ``--rounds`` rounds so that machine load
hits both alike. Articles/s and characters/s are the totals over all rounds.

    python bench/extract_speed.py [--baseline-src DIR] [--rounds 3] [--label NAME]

``--baseline-src`` is the ``src`` folder of the other version (a ``git worktree`` of an
older commit). Results are appended to bench/results/extract-speed.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [ROOT.parent / "shared" / "eval" / "dev" / "articles", ROOT / "examples" / "corpus"]
RESULTS = ROOT / "bench" / "results" / "extract-speed.json"

#: Run in a child process with the version under test first on sys.path.
TIMER = """
import json, sys, time
from accords.extract.pipeline import Extractor
from accords.model import Article
articles = [Article(id=r["id"], text=r["text"], title=r["title"], published=r["published"])
            for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]
extractor = Extractor()
list(extractor.extract_many(articles[:2]))
started = time.perf_counter()
facts = sum(len(e.facts) for e in extractor.extract_many(articles))
print(json.dumps({"seconds": time.perf_counter() - started, "facts": facts}))
"""


def dump_articles(path: Path) -> tuple[int, int]:
    from accords.ingest.pipeline import iter_articles
    from accords.model import Article

    count = chars = 0
    with path.open("w", encoding="utf-8") as fh:
        for item in iter_articles([str(p) for p in INPUTS if p.exists()]):
            if isinstance(item, Article):
                fh.write(
                    json.dumps(
                        {
                            "id": item.id,
                            "text": item.text,
                            "title": item.title,
                            "published": item.published,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                count += 1
                chars += len(item.text)
    return count, chars


def time_version(src: Path, articles: Path) -> dict[str, float]:
    # one process for both: the rules' cost per article, not the worker pool's (the
    # baseline predates ACCORDS_PROCESSES and ignores it)
    env = dict(os.environ, PYTHONPATH=str(src), ACCORDS_PROCESSES="1")
    out = subprocess.run(
        [sys.executable, "-c", TIMER, str(articles)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline-src", type=Path, help="src/ of the version to compare with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    versions = {"current": ROOT / "src"}
    if args.baseline_src:
        versions["baseline"] = args.baseline_src
    with tempfile.TemporaryDirectory() as tmp:
        articles = Path(tmp) / "articles.jsonl"
        count, chars = dump_articles(articles)
        totals = {name: {"seconds": 0.0, "facts": 0} for name in versions}
        for _ in range(args.rounds):
            for name, src in versions.items():
                run = time_version(src, articles)
                totals[name]["seconds"] += run["seconds"]
                totals[name]["facts"] = run["facts"]
    entry = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "label": args.label,
        "commit": git("rev-parse", "--short", "HEAD"),
        "articles": count,
        "rounds": args.rounds,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "versions": {
            name: {
                "src": str(versions[name]),
                "commit": git("rev-parse", "--short", "HEAD", cwd=versions[name]),
                "articles_per_s": round(count * args.rounds / t["seconds"], 1),
                "chars_per_s": round(chars * args.rounds / t["seconds"]),
                "facts_per_pass": t["facts"],
            }
            for name, t in totals.items()
        },
    }
    if "baseline" in entry["versions"]:
        entry["ratio_current_to_baseline"] = round(
            entry["versions"]["current"]["articles_per_s"]
            / entry["versions"]["baseline"]["articles_per_s"],
            2,
        )
    history = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    history.append(entry)
    RESULTS.write_text(json.dumps(history, indent=2) + "\n")
    print(json.dumps(entry, indent=2))


if __name__ == "__main__":
    main()
