"""The probe gate: extraction on the probe set (``bench/probes/``, reports written for
Accords in styles and pairs the dev set lacks) may not fall below the floors pinned in
``probe_floors.json``. It holds what the dev set's gate cannot: rules that carry to text
no rule was read against. ``python bench/probes.py --raise-floors`` moves the floors up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate import below_floors, pinned_on, score_corpus

from testpaths import ROOT

PROBES = ROOT / "bench" / "probes"
FLOORS = Path(__file__).with_name("probe_floors.json")


@pytest.fixture(scope="module")
def scores(scorer, extractor):
    return score_corpus(PROBES / "articles", PROBES / "gold.jsonl", scorer, extractor)


def test_probe_gold_is_the_one_the_floors_were_set_on():
    assert pinned_on(FLOORS, PROBES / "gold.jsonl"), "probe gold changed: re-measure and re-pin"


def test_no_probe_field_nor_the_mean_falls_below_its_floor(scores):
    below = below_floors(scores, FLOORS)
    assert not below, f"below their floor (score, floor): {below}"


def test_every_probe_gets_a_record(scores):
    assert scores["missing"] == []
