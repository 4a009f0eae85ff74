"""Shingle F1 of extracted article bodies, as the article-extraction benchmark scores them.

The method (github.com/scrapinghub/article-extraction-benchmark, ``evaluate.py``):

1. Tokens are runs of word characters (``\\w+``); case is kept, as the published
   scorer keeps it (``lowercase=True`` folds case for a looser comparison).
2. A page's shingles are its word 4-grams, counted with multiplicity; a text of
   fewer than 4 tokens is one short shingle, an empty text has none.
3. Per page, true positives are the shingles both texts share (by count), false
   positives those only the prediction has, false negatives those only the truth
   has; the three counts are divided by their sum so that every page weighs 1.
4. Precision is averaged over the pages where something was predicted, recall over
   the pages where the truth has text; F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"\w+")

NGRAM = 4


@dataclass(frozen=True)
class PageCounts:
    """One page's shingle counts, normalised to sum to 1 (or all 0 when both are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def tokens(text: str | None, lowercase: bool = False) -> list[str]:
    """The word tokens of ``text``."""
    text = text or ""
    return _WORD.findall(text.lower() if lowercase else text)


def shingles(text: str | None, n: int = NGRAM, lowercase: bool = False) -> Counter[tuple[str, ...]]:
    """The multiset of word n-grams of ``text``."""
    words = tokens(text, lowercase)
    if not words:
        return Counter()
    if len(words) < n:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def page_counts(truth: str | None, pred: str | None, lowercase: bool = False) -> PageCounts:
    """Compare one predicted body with the true one."""
    true_sh = shingles(truth, lowercase=lowercase)
    pred_sh = shingles(pred, lowercase=lowercase)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    if not total:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def aggregate(pages: Iterable[PageCounts]) -> dict[str, float]:
    """Precision and recall averaged over pages, and the F1 of the two averages."""
    pages = list(pages)
    precision = _mean([p.precision for p in pages if p.tp + p.fp > 0])
    recall = _mean([p.recall for p in pages if p.tp + p.fn > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
