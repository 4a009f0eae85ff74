"""Accords' HTML text scores at least what bare trafilatura scores on the public benchmark.

Runs ``bench/article_extraction.py``'s comparison (181 pages, a few seconds to a
minute) on ``../shared/eval/peers/article-extraction``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / ".." / "shared" / "eval" / "peers" / "article-extraction"

needs_data = pytest.mark.skipif(
    not (DATA / "ground-truth.json").exists(),
    reason=f"article-extraction benchmark data not found at {DATA.resolve()}",
)


@pytest.fixture(scope="module")
def bench():
    """The bench modules, imported by path (bench/ is not a package)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import article_extraction
        import shingles

        yield article_extraction, shingles
    finally:
        sys.path.remove(str(ROOT / "bench"))


def test_shingle_scores_follow_the_benchmark_method(bench) -> None:
    _, shingles = bench
    same = shingles.page_counts("one two three four five", "one two three four five")
    assert (same.tp, same.fp, same.fn) == (1.0, 0.0, 0.0)
    # 2 true shingles, 3 predicted; they share 1: normalised over 1 + 2 + 1 = 4
    half = shingles.page_counts("a b c d e", "x a b c d y")
    assert (half.tp, half.fp, half.fn) == (0.25, 0.5, 0.25)
    # case is kept, as in the benchmark's scorer
    assert shingles.page_counts("A b c d", "a b c d").tp == 0.0
    assert shingles.page_counts("A b c d", "a b c d", lowercase=True).tp == 1.0
    # an empty prediction counts for recall only
    scores = shingles.aggregate(
        [shingles.page_counts("a b c d", ""), shingles.page_counts("a b c d", "a b c d")]
    )
    assert scores == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3)}


@needs_data
def test_accords_scores_at_least_bare_trafilatura(bench) -> None:
    article_extraction, _ = bench
    result = article_extraction.compare(DATA)
    assert result["n_pages"] == 181
    accords, trafilatura = result["accords"], result["trafilatura"]
    assert accords["f1"] >= trafilatura["f1"], article_extraction.table(result)
