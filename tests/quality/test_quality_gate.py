"""The quality gate: extraction on the development set may not fall below the floors
pinned in ``floors.json`` (one F1 floor per field, and one for the mean).

Floors only move up: ``python bench/quality.py --raise-floors`` raises each floor to
the score just measured minus ``MARGIN`` and refuses to lower any. The gold file's hash
is pinned beside the floors, so an edit to the annotations is noticed, not absorbed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from testpaths import DEV

FLOORS = Path(__file__).with_name("floors.json")


@pytest.fixture(scope="module")
def scores(shared, scorer, extractor):
    from accords.export.evaljson import to_eval_record
    from accords.workflow import extract

    predicted = {}
    for item in extract([str(DEV / "articles")], extractor=extractor):
        record = to_eval_record(item)
        predicted[record["id"]] = record
    return scorer.score(scorer.load(str(DEV / "gold.jsonl")), predicted)


def test_gold_annotations_are_the_ones_the_floors_were_set_on(shared):
    pinned = json.loads(FLOORS.read_text(encoding="utf-8"))
    digest = hashlib.sha256((DEV / "gold.jsonl").read_bytes()).hexdigest()
    assert digest == pinned["gold_sha256"], "gold.jsonl changed: re-measure and re-pin the floors"


def test_no_field_falls_below_its_floor(scores):
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["f1"]
    below = {
        f: (round(scores["fields"][f]["f1"], 3), floor)
        for f, floor in floors.items()
        if f != "mean" and scores["fields"][f]["f1"] < floor
    }
    assert not below, f"fields below their floor (score, floor): {below}"


def test_mean_does_not_fall_below_its_floor(scores):
    floor = json.loads(FLOORS.read_text(encoding="utf-8"))["f1"]["mean"]
    assert scores["mean_f1"] >= floor


def test_every_article_gets_a_record(scores):
    assert scores["missing"] == []
