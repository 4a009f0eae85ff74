"""The batch job's work on the executors: one partition's documents → article, fact and
rejected rows (``decode → clean → extract``, as ``accords extract`` does it).

Rows are tagged tuples, ``("article", …)``, ``("fact", …)`` or ``("rejected", (source,
reason))``, the first two in the order of ``ARTICLE_COLUMNS`` and ``FACT_COLUMNS`` (the
columns of the Parquet datasets the job writes, see ``accords.batch.job``). Nothing
here needs PySpark: the functions take and give plain iterables, so they are tested, and
benchmarked, without a Spark session.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from pathlib import Path
from typing import Any

from accords.errors import InputRejected
from accords.ingest.read import documents_from_bytes
from accords.ingest.warc import read_archive
from accords.model import Extraction, RawDocument

#: Articles sent to spaCy at a time inside a partition (one process per Spark worker).
BATCH_SIZE = 64

ARTICLE_COLUMNS = (
    "article_id",
    "id",
    "source",
    "text",
    "title",
    "published",
    "outlet",
    "url",
    "encoding",
    "repairs",
    "trimmed",
)
FACT_COLUMNS = ("article_id", "source", "fact_index", "kind", "attrs", "confidence", "evidence")
REJECTED_COLUMNS = ("source", "reason")

Tagged = tuple[str, Any]


def _tagged(items: Iterable[Any]) -> Iterator[Tagged]:
    for item in items:
        if isinstance(item, InputRejected):
            yield "rejected", (item.source, item.reason)
        else:
            yield "doc", item


def documents(source: str, data: bytes) -> Iterator[Tagged]:
    """One file's documents, as ``accords.ingest.read`` makes them from the same bytes."""
    return _tagged(documents_from_bytes(source, data))


def archive_documents(source: str) -> Iterator[Tagged]:
    """A web archive's documents, streamed from its path as ``accords extract`` reads them."""
    return _tagged(read_archive(Path(source)))


def process_partition(
    items: Iterable[Tagged], published: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Tagged]:
    """decode → clean → extract a partition's documents; tagged article, fact, rejected rows."""
    from accords.extract.pipeline import Extractor
    from accords.ingest.pipeline import to_article

    extractor: Extractor | None = None
    stream = iter(items)
    while batch := list(islice(stream, batch_size)):
        articles = []
        for tag, value in batch:
            if tag == "rejected":
                yield "rejected", value
                continue
            raw: RawDocument = value
            try:
                article = to_article(raw)
            except InputRejected as error:
                yield "rejected", (raw.source, error.reason)
                continue
            if published and not article.published:
                article.published = published
            articles.append(article)
        if not articles:
            continue
        if extractor is None:
            # one process per Spark worker: Spark runs the workers in parallel itself
            extractor = Extractor(processes=1)  # the model is cached per worker process
        for extraction in extractor.extract_many(articles, batch_size=batch_size):
            if isinstance(extraction, InputRejected):
                yield "rejected", (extraction.source, extraction.reason)
            else:
                yield from extraction_rows(extraction)


def extraction_rows(extraction: Extraction) -> Iterator[Tagged]:
    """The article row and one row per fact (tuples in ``*_COLUMNS`` order)."""
    article = extraction.article
    article_id = article.article_id
    yield (
        "article",
        (
            article_id,
            article.id,
            article.source,
            article.text,
            article.title,
            article.published,
            article.outlet,
            article.url,
            article.encoding,
            json.dumps([asdict(r) for r in article.repairs], ensure_ascii=False),
            list(article.trimmed),
        ),
    )
    for index, fact in enumerate(extraction.facts):
        yield (
            "fact",
            (
                article_id,
                article.source,
                index,
                str(fact.kind),
                json.dumps(fact.attrs, ensure_ascii=False),
                float(fact.confidence),
                json.dumps([e.to_dict() for e in fact.evidence], ensure_ascii=False),
            ),
        )
