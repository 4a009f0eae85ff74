"""The quality gate: extraction on the development set may not fall below the floors
pinned in ``floors.json`` (one F1 floor per field, and one for the mean).

Floors only move up: ``python bench/quality.py --raise-floors`` raises each floor to
the score just measured minus ``MARGIN`` and refuses to lower any. The gold file's hash
is pinned beside the floors, so an edit to the annotations is noticed, not absorbed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate import below_floors, pinned_on, score_corpus

from testpaths import DEV

FLOORS = Path(__file__).with_name("floors.json")


@pytest.fixture(scope="module")
def scores(shared, scorer, extractor):
    return score_corpus(DEV / "articles", DEV / "gold.jsonl", scorer, extractor)


def test_gold_annotations_are_the_ones_the_floors_were_set_on(shared):
    assert pinned_on(FLOORS, DEV / "gold.jsonl"), "gold.jsonl changed: re-measure and re-pin the floors"


def test_no_field_falls_below_its_floor(scores):
    below = {f: v for f, v in below_floors(scores, FLOORS).items() if f != "mean"}
    assert not below, f"fields below their floor (score, floor): {below}"


def test_mean_does_not_fall_below_its_floor(scores):
    assert "mean" not in below_floors(scores, FLOORS)


def test_every_article_gets_a_record(scores):
    assert scores["missing"] == []
