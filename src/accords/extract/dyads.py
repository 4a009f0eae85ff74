"""Dyads: the pairs of states whose bilateral relations an article reports on.

A pair scores where both states are named in one sentence that speaks of cooperation
(agreements, meetings, relations); the headline counts double. The best pair is the
article's dyad when it scores at least ``MIN_SCORE`` and the article shows states
acting (ministers, governments, embassies), not firms, towns or national teams.
Another pair joins it when it scores at least half as well.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from accords.extract import cues
from accords.extract.document import ArticleDoc

Dyad = tuple[str, str]

MIN_SCORE = 2.0
SECOND_DYAD_SHARE = 0.5
#: Weight of a capital city standing for its state ("talks with Moscow").
CAPITAL_WEIGHT = 0.5


@dataclass
class DyadFinding:
    dyad: Dyad
    score: float
    sentences: list[int] = field(default_factory=list)


def find_dyads(adoc: ArticleDoc) -> list[DyadFinding]:
    """The article's dyads, best first; empty when it is not about two states' relations."""
    if not cues.has(cues.STATE_ACTORS, adoc.text):
        return []
    scores: Counter[Dyad] = Counter()
    where: dict[Dyad, list[int]] = {}
    for sentence in adoc.sentences:
        if not cues.has(cues.COOPERATION, sentence.text):
            continue
        weights: dict[str, float] = {}
        for mention in adoc.countries_in(sentence.start, sentence.end):
            weight = CAPITAL_WEIGHT if mention.how == "capital" else 1.0
            weights[mention.code] = max(weights.get(mention.code, 0.0), weight)
        boost = 2.0 if sentence.index == 0 else 1.0
        for a, b in combinations(sorted(weights), 2):
            scores[(a, b)] += boost * min(weights[a], weights[b])
            where.setdefault((a, b), []).append(sentence.index)
    if not scores:
        return []
    mentions = Counter(m.code for m in adoc.countries)
    ranked = sorted(scores, key=lambda d: (-scores[d], -(mentions[d[0]] + mentions[d[1]]), d))
    best = scores[ranked[0]]
    if best < MIN_SCORE:
        return []
    return [
        DyadFinding(d, scores[d], where[d])
        for d in ranked
        if scores[d] >= max(MIN_SCORE, SECOND_DYAD_SHARE * best)
        and _distinct_enough(d, ranked[0], mentions)
    ]


def _distinct_enough(dyad: Dyad, best: Dyad, mentions: Counter[str]) -> bool:
    """A second dyad must bring a state the article names at least twice."""
    if dyad == best:
        return True
    new = set(dyad) - set(best)
    return all(mentions[c] >= 2 for c in new)
