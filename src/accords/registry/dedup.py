"""Near-duplicate articles by MinHash: a wire story printed by twenty outlets is one report.

Each article gets a MinHash signature of its word 5-shingles (text folded, so a
re-encoded or re-punctuated copy still matches); an LSH index finds earlier articles
whose estimated Jaccard similarity is at least ``THRESHOLD``. An article joins the
group (``cluster``) of the first such article, else starts its own; the group's id is
the article id of its first member. Consolidation keeps every article as a source
but counts one report per group when it weighs attribute values.

The index of every article consolidated so far lives in the database (``article_bands``:
one row per band of each signature, keyed by ``band_keys``); a run reads from it only the
earlier articles that share a band with the batch at hand, into a ``NearDuplicates``
of its own, so its memory does not grow with the archive.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from datasketch import MinHash

from accords.names import fold

NUM_PERM = 64
SHINGLE = 5
#: Estimated Jaccard similarity of shingles from which two articles are one story.
THRESHOLD = 0.7


def signature(text: str) -> list[int]:
    """The MinHash of a text's word shingles, as plain ints (stored as JSON)."""
    words = fold(text).split()
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return [int(v) for v in minhash.hashvalues]


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The hash permutations of seed 1 (``MinHash`` would draw them again for every text)."""
    return MinHash(num_perm=NUM_PERM, seed=1).permutations


#: LSH bands and rows per band: what ``MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)``
#: chooses (8 × 8), so the candidates are the ones datasketch's index would give.
BANDS, ROWS = 8, 8


def band_keys(values: list[int]) -> list[int]:
    """The signature's bands as signed 64-bit keys, one per band (the band's number is
    hashed in, so equal keys mean the same band equal). Stable across processes and
    machines; two articles sharing a key are candidates, compared in full by
    ``NearDuplicates``."""
    keys = []
    for band in range(BANDS):
        part = b"".join(v.to_bytes(8, "little") for v in values[band * ROWS:(band + 1) * ROWS])
        digest = hashlib.blake2b(bytes([band]) + part, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


class NearDuplicates:
    """An index of article signatures that assigns each new article its group.

    Its own banded LSH (the one of datasketch's ``MinHashLSH``, without what this index
    never needs: removal, a reverse key map, a ``MinHash`` object per article): the
    signatures sit in one ``uint64`` array, the band buckets map the band's bytes to row
    numbers. Consolidation fills one per batch with the earlier articles the database's
    ``article_bands`` says could be copies (``load``), then adds the batch's articles.
    """

    def __init__(self) -> None:
        import numpy as np

        self._np = np
        self._values = np.zeros((1024, NUM_PERM), dtype=np.uint64)
        self._ids: list[str] = []
        self._row: dict[str, int] = {}
        self._cluster: list[str] = []
        self._buckets: list[dict[bytes, int | list[int]]] = [{} for _ in range(BANDS)]

    def load(self, rows: Iterable[tuple[str, str, list[int]]]) -> None:
        """Index articles already grouped: (article id, group, signature)."""
        for article_id, cluster, values in rows:
            self._insert(article_id, cluster, self._array(values))

    def _array(self, values: list[int]) -> Any:
        array = self._np.asarray(values, dtype=self._np.uint64)
        if array.shape != (NUM_PERM,):
            raise ValueError(f"a signature has {NUM_PERM} values, not {array.shape}")
        return array

    def _bands(self, array: Any) -> list[bytes]:
        return [array[b * ROWS:(b + 1) * ROWS].tobytes() for b in range(BANDS)]

    def _insert(self, article_id: str, cluster: str, array: Any) -> None:
        if article_id in self._row:
            return
        row = len(self._ids)
        if row == len(self._values):
            self._values = self._np.concatenate([self._values, self._np.zeros_like(self._values)])
        self._values[row] = array
        self._ids.append(article_id)
        self._row[article_id] = row
        self._cluster.append(sys.intern(cluster))
        for bucket, key in zip(self._buckets, self._bands(array), strict=True):
            found = bucket.get(key)
            if found is None:
                bucket[key] = row  # most buckets hold one article: no list for them
            elif isinstance(found, int):
                bucket[key] = [found, row]
            else:
                found.append(row)

    def _candidates(self, array: Any) -> set[int]:
        rows: set[int] = set()
        for bucket, key in zip(self._buckets, self._bands(array), strict=True):
            found = bucket.get(key)
            if isinstance(found, int):
                rows.add(found)
            elif found is not None:
                rows.update(found)
        return rows

    def add(self, article_id: str, values: list[int]) -> str:
        """Index a new article and return its group: that of its closest earlier copy, or its own."""
        if article_id in self._row:
            return self._cluster[self._row[article_id]]
        array = self._array(values)
        best: tuple[float, int] | None = None
        for row in sorted(self._candidates(array), key=self._ids.__getitem__):
            # MinHash.jaccard: the share of equal hash values.
            score = float(self._np.count_nonzero(self._values[row] == array)) / NUM_PERM
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, row)
        cluster = self._cluster[best[1]] if best else article_id
        self._insert(article_id, cluster, array)
        return cluster
