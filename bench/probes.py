"""Score `accords extract` on the probe set: articles written for Accords, not the dev set.

`bench/probes/` holds 40 short reports in our own words (36 country pairs, 4 traps) with
gold records in the format of ``../shared/eval/SCHEMA.md``. The corpus measures how the
rules carry to styles and pairs the dev set does not have. It is split in two halves the
way ``bench/devsplit.py`` splits the dev set; read errors on ``work`` only.

    python bench/probes.py [--corpus bench/probes2|…|10] [--out FILE] [--raise-floors]

``--corpus bench/probes2`` scores the second probe set, written after the rules of the
fifth session and held out: its errors are not read while rules change. ``--corpus
bench/probes3`` scores the third, the sixth session's work set (its errors were read);
``--corpus bench/probes4`` the fourth, the seventh and eighth sessions' (errors of its
work half read, its check half only scored); ``--corpus bench/probes5`` the fifth, first
scored with no error read, then the ninth session's (errors of its work half read);
``--corpus bench/probes6`` the sixth, first scored with no error read (forms further from
news prose: live blogs, transcripts, fact sheets, round-ups), then the tenth session's
(both halves read from the eleventh); ``--corpus bench/probes7`` the seventh, ordinary
news copy of many outlets' styles, held out like the second; ``--corpus bench/probes8`` the
eighth, ordinary news copy in other outlets' styles, first scored with no error read, then
the nineteenth session's (errors of its work half read, its check half only scored);
``--corpus bench/probes9`` the ninth, written in the twentieth session in outlet styles
the others do not use, held out like the second and the seventh; ``--corpus
bench/probes10`` the tenth, written in the twenty-first session in forms further still
(wire snaps, gazette notices, numbered press releases, digests, speeches), first scored
with no error read, then that session's (errors of its work half read, its check half
only scored).

``--raise-floors`` pins the scores (minus a margin) in ``tests/quality/probe_floors.json``
(``probesN_floors.json`` for the others), which ``tests/quality/test_probe_gate.py`` holds
the extractor to, as the dev set's gate does. Pinning a floor on the held-out set reads
no error of it: the gate says only that its score fell.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devsplit import HALVES, half

from quality import (
    DEFAULT_SHARED,
    ROOT,
    commit,
    normalise,
    raise_floors,
    run_extract,
    score,
)

PROBES = ROOT / "bench" / "probes"
FLOORS_DIR = ROOT / "tests" / "quality"


def floors_file(corpus: Path) -> Path:
    """Where a probe set's floors are pinned: ``probe_floors.json`` for the first set,
    ``probes3_floors.json`` for ``bench/probes3``, and so on."""
    name = "probe" if corpus.name == "probes" else corpus.name
    return FLOORS_DIR / f"{name}_floors.json"


def score_split(shared: Path, gold: Path, predicted: Path, tmp: Path) -> dict:
    """Whole and per half: fields, mean F1 and slots."""
    records = {
        label: [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        for label, path in (("gold", gold), ("predicted", predicted))
    }
    halves = {name: {r["id"] for r in records["gold"] if half(r) == name} for name in HALVES}
    out = {"all": {"articles": len(records["gold"]), **normalise(score(shared, predicted, gold))}}
    for name, ids in halves.items():
        paths = {}
        for label, rows in records.items():
            paths[label] = tmp / f"{name}-{label}.jsonl"
            kept = [json.dumps(r, ensure_ascii=False) for r in rows if r["id"] in ids]
            paths[label].write_text("\n".join(kept) + "\n", encoding="utf-8")
        result = normalise(score(shared, paths["predicted"], paths["gold"]))
        out[name] = {"articles": len(ids), **result}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--corpus", type=Path, default=PROBES, help="a folder of articles/ and gold.jsonl")
    parser.add_argument("--out", type=Path, help="default: bench/results/<corpus name>.json")
    parser.add_argument("--raise-floors", action="store_true", help="pin today's scores")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --raise-floors: allow a lower floor"
    )
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    out = args.out or ROOT / "bench" / "results" / f"{corpus.name}.json"
    with tempfile.TemporaryDirectory() as tmp:
        predicted = Path(tmp) / "predicted.jsonl"
        seconds = run_extract(corpus / "articles", predicted)
        scores = score_split(args.shared, corpus / "gold.jsonl", predicted, Path(tmp))
    record = {
        "date": dt.date.today().isoformat(),
        "commit": commit(),
        "corpus": str(corpus.relative_to(ROOT)) if corpus.is_relative_to(ROOT) else str(corpus),
        "extract_seconds": round(seconds, 2),
        **scores,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    fields = list(scores["all"]["fields"])
    print(f"{'':12} {'all':>7} {'work':>7} {'check':>7}")
    print(f"{'mean F1':12} " + " ".join(f"{scores[h]['mean_f1']:7.3f}" for h in ("all", *HALVES)))
    for name in fields:
        print(f"{name:12} " + " ".join(f"{scores[h]['fields'][name]['f1']:7.3f}" for h in ("all", *HALVES)))
    sizes = ", ".join(f"{h} {scores[h]['articles']}" for h in HALVES)
    print(f"\n{scores['all']['articles']} articles ({sizes}); written to {out}")
    if args.raise_floors:
        return raise_floors(
            scores["all"],
            args.shared,
            args.allow_regression,
            floors_file(corpus),
            corpus / "gold.jsonl",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
