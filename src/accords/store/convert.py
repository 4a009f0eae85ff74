"""Rows to domain objects and back, kept apart from the queries in ``db.py``.

The round trip is exact for everything the domain model can hold in JSON: an
``Extraction`` stored and read back compares equal to the original (tuples in
``Fact.attrs`` come back as lists, as JSON has no tuples).
"""

from __future__ import annotations

from dataclasses import asdict

from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair
from accords.store.schema import ArticleRow, EvidenceRow, FactRow


def extraction_to_row(extraction: Extraction) -> ArticleRow:
    """A new ``ArticleRow`` with its facts and evidence attached, ready for ``Session.add``."""
    article = extraction.article
    return ArticleRow(
        id=article.article_id,
        external_id=article.id,
        content_hash=article.content_hash,
        text=article.text,
        title=article.title,
        published=article.published,
        outlet=article.outlet,
        url=article.url,
        source=article.source,
        encoding=article.encoding,
        repairs=[asdict(repair) for repair in article.repairs],
        trimmed=list(article.trimmed),
        facts=[_fact_to_row(fact) for fact in extraction.facts],
    )


def _fact_to_row(fact: Fact) -> FactRow:
    return FactRow(
        kind=str(fact.kind),
        attrs=dict(fact.attrs),
        confidence=fact.confidence,
        evidence=[
            EvidenceRow(start=e.start, end=e.end, sentence=e.sentence,
                        sentence_start=e.sentence_start)
            for e in fact.evidence
        ],
    )


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
