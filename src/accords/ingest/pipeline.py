"""read → decode → clean: from inputs to ``Article``s, with no NLP model loaded.

This is what ``accords text`` prints and what every later stage starts from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from accords.errors import InputRejected
from accords.ingest.clean import clean_html, clean_plain
from accords.ingest.decode import decode_bytes, repair_text
from accords.ingest.read import iter_documents
from accords.model import Article, RawDocument

ArticleResult = Article | InputRejected


def to_article(raw: RawDocument) -> Article:
    """Decode and clean one document; raise ``InputRejected`` when it holds no article."""
    if raw.data is not None:
        decoded = decode_bytes(raw.data, raw.charset, is_html=raw.is_html)
        text, encoding, repairs = decoded.text, decoded.encoding, decoded.repairs
    else:
        text, repairs = repair_text(raw.text or "")
        encoding = None
    if not text.strip():
        raise InputRejected(raw.source, "empty file")
    cleaned = clean_html(text, url=raw.url) if raw.is_html else clean_plain(text)
    if not cleaned.text.strip():
        raise InputRejected(raw.source, "no article text")
    return Article(
        id=raw.id,
        text=cleaned.text,
        source=raw.source,
        title=raw.title or cleaned.title,
        published=raw.published or cleaned.published,
        outlet=raw.outlet or cleaned.outlet,
        url=raw.url or cleaned.url,
        encoding=encoding,
        repairs=list(repairs),
        trimmed=list(cleaned.trimmed),
    )


def iter_articles(
    paths: Iterable[str], stdin: IO[bytes] | None = None, skipped: Counter[str] | None = None
) -> Iterator[ArticleResult]:
    """Yield an ``Article`` or an ``InputRejected`` for every input found under ``paths``.

    Records of web archives that hold no article are counted in ``skipped``, by reason."""
    for item in iter_documents(paths, stdin=stdin, skipped=skipped):
        if isinstance(item, InputRejected):
            yield item
            continue
        try:
            yield to_article(item)
        except InputRejected as rejected:
            yield InputRejected(item.source, rejected.reason)
