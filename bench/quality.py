"""Extraction quality on the development set: `accords extract --format eval` over
../shared/eval/dev/articles, scored by ../shared/eval/score.py against gold.jsonl.

Writes bench/results/quality.json (per-field precision, recall, F1, the mean, slot
accuracy, the date and the commit, and the same scores for each half of the fixed split
by country pair in ``bench/devsplit.py``) and prints the per-field table in Markdown.

    python bench/quality.py [--shared PATH] [--out FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"


def run_extract(articles: Path, out: Path) -> float:
    """Run the CLI as a user would; return the seconds it took."""
    accords = Path(sys.executable).with_name("accords")
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [str(accords), "extract", str(articles), "--format", "eval"], stdout=fh, check=False
        )
    return time.perf_counter() - started


def score(shared: Path, predicted: Path, gold: Path | None = None) -> dict:
    result = subprocess.run(
        [
            sys.executable,
            str(shared / "eval" / "score.py"),
            str(gold or shared / "eval" / "dev" / "gold.jsonl"),
            str(predicted),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def markdown(scores: dict) -> str:
    lines = ["| field | precision | recall | F1 |", "|---|---:|---:|---:|"]
    for field, value in scores["fields"].items():
        lines.append(
            f"| {field} | {value['precision']:.3f} | {value['recall']:.3f} | {value['f1']:.3f} |"
        )
    lines.append(f"| **mean** | | | **{scores['mean_f1']:.3f}** |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "quality.json")
    parser.add_argument(
        "--raise-floors",
        action="store_true",
        help="raise the pinned floors of tests/quality/floors.json to today's scores minus a margin",
    )
    parser.add_argument(
        "--allow-regression",
        action="store_true",
        help="with --raise-floors: allow a floor to go down (say why in the commit)",
    )
    args = parser.parse_args()
    articles = args.shared / "eval" / "dev" / "articles"
    if not articles.is_dir():
        print(f"no development set at {articles}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        predicted = Path(tmp) / "predicted.jsonl"
        seconds = run_extract(articles, predicted)
        scores = normalise(score(args.shared, predicted))
        split = score_halves(args.shared, predicted, Path(tmp))
    n_articles = len(list(articles.glob("*")))
    record = {
        "date": dt.date.today().isoformat(),
        "commit": commit(),
        "articles": n_articles,
        "extract_seconds": round(seconds, 2),
        **scores,
        "halves": split,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(markdown(scores))
    print(
        "\nhalves by country pair (bench/devsplit.py): "
        + ", ".join(f"{name} {h['mean_f1']:.3f} ({h['articles']})" for name, h in split.items())
        + f"; gap {abs(split['work']['mean_f1'] - split['check']['mean_f1']):.3f}"
    )
    print(f"\n{n_articles} files, extract took {seconds:.1f} s; written to {args.out}")
    if args.raise_floors:
        return raise_floors(scores, args.shared, args.allow_regression)
    return 0


FLOORS = ROOT / "tests" / "quality" / "floors.json"
#: How far below today's score a floor is pinned: room for harmless noise, no more.
MARGIN = 0.01


def raise_floors(
    scores: dict,
    shared: Path,
    allow_regression: bool,
    floors_file: Path = FLOORS,
    gold: Path | None = None,
) -> int:
    """Pin each field's floor (and the mean's) at today's score minus ``MARGIN`` in
    ``floors_file``, beside the hash of the gold file they were measured on."""
    import hashlib

    old = (
        json.loads(floors_file.read_text(encoding="utf-8"))
        if floors_file.exists()
        else {"f1": {}}
    )
    measured = {f: v["f1"] for f, v in scores["fields"].items()} | {"mean": scores["mean_f1"]}
    new = {f: round(max(0.0, value - MARGIN), 3) for f, value in measured.items()}
    lowered = {f: (old["f1"][f], new[f]) for f in new if new[f] < old["f1"].get(f, 0.0)}
    if lowered and not allow_regression:
        # raise the others; these stay where they were (--allow-regression lowers them)
        print(f"keeping floors {lowered} (old, today's); --allow-regression would lower them")
    floors = {
        f: max(new[f], old["f1"].get(f, 0.0)) if not allow_regression else new[f] for f in new
    }
    gold = gold or shared / "eval" / "dev" / "gold.jsonl"
    floors_file.write_text(
        json.dumps(
            {
                "gold_sha256": hashlib.sha256(gold.read_bytes()).hexdigest(),
                "margin": MARGIN,
                "f1": floors,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"floors written to {floors_file}")
    return 0


def score_halves(shared: Path, predicted: Path, tmp: Path) -> dict:
    """The scores of each half of the split by country pair, on its own gold records."""
    sys.path.insert(0, str(ROOT / "bench"))
    from devsplit import halves

    gold = shared / "eval" / "dev" / "gold.jsonl"
    out = {}
    for name, ids in halves(gold).items():
        subsets = {}
        for source, label in ((gold, "gold"), (predicted, "predicted")):
            subset = tmp / f"{name}-{label}.jsonl"
            lines = [
                line
                for line in source.read_text(encoding="utf-8").splitlines()
                if line.strip() and json.loads(line)["id"] in ids
            ]
            subset.write_text("\n".join(lines) + "\n", encoding="utf-8")
            subsets[label] = subset
        result = normalise(score(shared, subsets["predicted"], subsets["gold"]))
        out[name] = {"articles": len(ids), **result}
    return out


def normalise(raw: dict) -> dict:
    """score.py's JSON, reduced to fields → {precision, recall, f1}, mean_f1 and slots."""
    fields = {
        name: {k: round(float(v[k]), 4) for k in ("precision", "recall", "f1")}
        for name, v in raw["fields"].items()
    }
    return {
        "fields": fields,
        "mean_f1": round(float(raw["mean_f1"]), 4),
        "slots": raw.get("slots", {}),
    }


if __name__ == "__main__":
    sys.exit(main())
