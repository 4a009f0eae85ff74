"""Rows to domain objects and back, kept apart from the queries in ``db.py``.

The round trip is exact for everything the domain model can hold in JSON: an
``Extraction`` stored and read back compares equal to the original (tuples in
``Fact.attrs`` come back as lists, as JSON has no tuples).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair
from accords.store.schema import ArticleRow, FactRow


def article_values(article: Article) -> dict[str, Any]:
    """The ``articles`` row of an article, as column values for an insert."""
    return {
        "id": article.article_id,
        "external_id": article.id,
        "content_hash": article.content_hash,
        "text": article.text,
        "title": article.title,
        "published": article.published,
        "outlet": article.outlet,
        "url": article.url,
        "source": article.source,
        "encoding": article.encoding,
        "repairs": [asdict(repair) for repair in article.repairs],
        "trimmed": list(article.trimmed),
    }


def fact_values(article_id: str, fact: Fact) -> dict[str, Any]:
    """The ``facts`` row of one fact (its evidence goes in :func:`evidence_values`)."""
    return {
        "article_id": article_id,
        "kind": str(fact.kind),
        "attrs": dict(fact.attrs),
        "confidence": fact.confidence,
    }


def evidence_values(fact_id: int, fact: Fact) -> list[dict[str, Any]]:
    """The ``evidence`` rows of one fact, stored under ``fact_id``."""
    return [
        {"fact_id": fact_id, "start": e.start, "end": e.end, "sentence": e.sentence,
         "sentence_start": e.sentence_start}
        for e in fact.evidence
    ]


def row_to_article(row: ArticleRow) -> Article:
    """The ``Article`` a row was made from (its id is the external one, as on input)."""
    return Article(
        id=row.external_id,
        text=row.text,
        source=row.source,
        title=row.title,
        published=row.published,
        outlet=row.outlet,
        url=row.url,
        encoding=row.encoding,
        repairs=[Repair(**repair) for repair in row.repairs],
        trimmed=list(row.trimmed),
    )


def row_to_extraction(row: ArticleRow) -> Extraction:
    """The ``Extraction`` a row was made from; its facts must be loaded (or loadable)."""
    return Extraction(article=row_to_article(row), facts=[_row_to_fact(f) for f in row.facts])


def _row_to_fact(row: FactRow) -> Fact:
    return Fact(
        kind=FactKind(row.kind),
        attrs=row.attrs,
        confidence=row.confidence,
        evidence=[
            Evidence(start=e.start, end=e.end, sentence=e.sentence,
                     sentence_start=e.sentence_start)
            for e in row.evidence
        ],
    )
