"""Near-duplicate articles by MinHash: a wire story printed by twenty outlets is one report.

Each article gets a MinHash signature of its word 5-shingles (text folded, so a
re-encoded or re-punctuated copy still matches); an LSH index finds earlier articles
whose estimated Jaccard similarity is at least ``THRESHOLD``. An article joins the
group (``cluster``) of the first such article, else starts its own; the group's id is
the article id of its first member. Consolidation keeps every article as a source
but counts one report per group when it weighs attribute values.
"""

from __future__ import annotations

from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from accords.registry.names import fold

NUM_PERM = 64
SHINGLE = 5
#: Estimated Jaccard similarity of shingles from which two articles are one story.
THRESHOLD = 0.7


def signature(text: str) -> list[int]:
    """The MinHash of a text's word shingles, as plain ints (stored as JSON)."""
    words = fold(text).split()
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


def _minhash(values: list[int]) -> MinHash:
    import numpy as np

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.array(values, dtype=np.uint64))


class NearDuplicates:
    """An index of article signatures that assigns each new article its group."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}
        self._cluster: dict[str, str] = {}

    def load(self, rows: Iterable[tuple[str, str, list[int]]]) -> None:
        """Index articles already grouped: (article id, group, signature)."""
        for article_id, cluster, values in rows:
            self._insert(article_id, cluster, _minhash(values))

    def _insert(self, article_id: str, cluster: str, minhash: MinHash) -> None:
        if article_id in self._hashes:
            return
        self._lsh.insert(article_id, minhash)
        self._hashes[article_id] = minhash
        self._cluster[article_id] = cluster

    def add(self, article_id: str, values: list[int]) -> str:
        """Index a new article and return its group: that of its closest earlier copy, or its own."""
        if article_id in self._cluster:
            return self._cluster[article_id]
        minhash = _minhash(values)
        best: tuple[float, str] | None = None
        for other in sorted(self._lsh.query(minhash)):
            score = minhash.jaccard(self._hashes[other])
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, other)
        cluster = self._cluster[best[1]] if best else article_id
        self._insert(article_id, cluster, minhash)
        return cluster
