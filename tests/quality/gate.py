"""What both quality gates do: extract a corpus, score it, compare with pinned floors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def score_corpus(articles: Path, gold: Path, scorer, extractor) -> dict:
    """score.py's result for the extractor's records of ``articles`` against ``gold``."""
    from accords.export.evaljson import to_eval_record
    from accords.workflow import extract

    predicted = {}
    for item in extract([str(articles)], extractor=extractor):
        record = to_eval_record(item)
        predicted[record["id"]] = record
    return scorer.score(scorer.load(str(gold)), predicted)


def pinned_on(floors: Path, gold: Path) -> bool:
    """The floors were measured on this very gold file."""
    digest = hashlib.sha256(gold.read_bytes()).hexdigest()
    return digest == json.loads(floors.read_text(encoding="utf-8"))["gold_sha256"]


def below_floors(scores: dict, floors: Path) -> dict[str, tuple[float, float]]:
    """Fields (and the mean) under their floor: {name: (score, floor)}."""
    pinned = json.loads(floors.read_text(encoding="utf-8"))["f1"]
    measured = {f: v["f1"] for f, v in scores["fields"].items()} | {"mean": scores["mean_f1"]}
    return {f: (round(measured[f], 3), floor) for f, floor in pinned.items() if measured[f] < floor}
