"""The jobs the command line runs, as plain functions a Python caller can use too.

``ingest`` runs read → decode → clean → extract → store over many inputs, in batches
through spaCy's ``nlp.pipe``, one transaction per article; ``extract`` does the same
without a database. Neither raises for a bad input: each rejected input is reported
with its reason and the others go on.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from accords.errors import InputRejected
from accords.extract.pipeline import Extractor
from accords.ingest.pipeline import iter_articles
from accords.model import Article, Cut, Extraction
from accords.store.db import AddResult, Store

#: Articles per batch sent to a worker process: bounded, so memory stays flat on large inputs.
BATCH_SIZE = 32

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    rejected: list[InputRejected] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)
    #: Web-archive records that hold no article (requests, non-HTML responses…), by reason.
    skipped: Counter[str] = field(default_factory=Counter)
    #: Stored articles longer than the model reads: where each was cut.
    cut: list[Cut] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected


def extract(
    paths: Iterable[str],
    *,
    extractor: Extractor | None = None,
    stdin: IO[bytes] | None = None,
    batch_size: int = BATCH_SIZE,
    default_published: str | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Extraction | InputRejected]:
    """Extractions (or rejections) for every input under ``paths``, in input order.

    ``default_published`` is the publication date of inputs that state none; web-archive
    records that hold no article are counted in ``skipped``, by reason."""
    extractor = extractor or Extractor()
    results = iter_articles(paths, stdin=stdin, skipped=skipped)
    if default_published:
        results = (_dated(r, default_published) for r in results)
    yield from extractor.extract_many(results, batch_size=batch_size)


def _dated(item: Article | InputRejected, published: str) -> Article | InputRejected:
    if isinstance(item, Article) and not item.published:
        return dataclasses.replace(item, published=published)
    return item


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    extractor: Extractor | None = None,
    stdin: IO[bytes] | None = None,
    on_item: Progress | None = None,
    default_published: str | None = None,
) -> IngestReport:
    """Read, extract and store every input under ``paths``; report what happened."""
    report = IngestReport()
    for item in extract(
        paths, extractor=extractor, stdin=stdin, default_published=default_published,
        skipped=report.skipped,
    ):
        if isinstance(item, InputRejected):
            report.rejected.append(item)
            name = item.source
        else:
            if store.add(item) is AddResult.STORED:
                report.stored += 1
                report.facts.update(str(f.kind) for f in item.facts)
                if item.cut:
                    report.cut.append(item.cut)
            else:
                report.duplicates += 1
            name = item.article.id
        if on_item:
            on_item(name)
    return report
