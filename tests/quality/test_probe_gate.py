"""The probe gate: extraction on the probe sets (``bench/probes*/``, reports written for
Accords in styles and pairs the dev set lacks) may not fall below the floors pinned in
``probe_floors.json`` and ``probesN_floors.json``. It holds what the dev set's gate cannot:
rules that carry to text no rule was read against. ``python bench/probes.py --corpus
bench/probesN --raise-floors`` moves a set's floors up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gate import below_floors, pinned_on, score_corpus

from testpaths import ROOT

CORPORA = [
    "probes", "probes2", "probes3", "probes4", "probes5", "probes6", "probes7", "probes8", "probes9",
    "probes10",
]


def floors(name: str) -> Path:
    return Path(__file__).with_name(f"{'probe' if name == 'probes' else name}_floors.json")


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request, scorer, extractor):
    folder = ROOT / "bench" / request.param
    scores = score_corpus(folder / "articles", folder / "gold.jsonl", scorer, extractor)
    return request.param, folder, scores


def test_probe_gold_is_the_one_the_floors_were_set_on(corpus):
    name, folder, _ = corpus
    assert pinned_on(floors(name), folder / "gold.jsonl"), f"{name} gold changed: re-pin"


def test_no_probe_field_nor_the_mean_falls_below_its_floor(corpus):
    name, _, scores = corpus
    below = below_floors(scores, floors(name))
    assert not below, f"{name}: below their floor (score, floor): {below}"


def test_every_probe_gets_a_record(corpus):
    _, _, scores = corpus
    assert scores["missing"] == []
