"""One listed article, from its URL to the store: fetch (robots.txt, delay, limits) →
read → decode → clean → extract → store, remembering every name the page went by.

:func:`read_page` never raises for a bad page: it says what became of it (:class:`PageResult`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from accords.errors import InputRejected
from accords.extract.pipeline import Extractor
from accords.ingest.pipeline import to_article
from accords.model import RawDocument
from accords.store.db import AddResult, Store
from accords.store.sources import remember, remember_now, seen_keys
from accords.watch.feeds import Item
from accords.watch.fetch import Fetcher, Response
from accords.watch.robots import RobotsCache
from accords.watch.urls import canonical_link, normalise, slug, url_key

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"


@dataclass
class PageResult:
    outcome: str  # stored, duplicate, rejected, retry (a failure worth trying again)
    reason: str | None = None
    response: Response | None = None
    article_id: str | None = None


def read_page(
    item: Item,
    keys: dict[str, str],
    *,
    source_id: int,
    store: Store,
    fetcher: Fetcher,
    robots: RobotsCache,
    extractor: Callable[[], Extractor],
) -> PageResult:
    """Fetch and ingest the article ``item`` lists; ``keys`` are the names it is known by
    so far (its URL, its GUID), recorded as read unless the failure is worth a retry."""
    response = fetcher.get(item.url, gate=robots.refusal, accept=ACCEPT_HTML)

    def rejected(reason: str) -> PageResult:
        remember_now(store, keys, outcome=f"rejected: {reason}", source_id=source_id)
        return PageResult("rejected", reason, response)

    if response.blocked:
        return rejected(response.error or response.blocked)
    if not response.ok:
        if _worth_retrying(response):
            return PageResult("retry", response.error, response)
        return rejected(response.error or f"HTTP {response.status}")
    if response.content_type not in HTML_TYPES:
        return rejected(f"not HTML: {response.content_type}")
    keys = dict(keys)
    keys[url_key(response.final_url)] = normalise(response.final_url)
    canonical = canonical_link(response.content, response.final_url)
    if canonical:
        keys[url_key(canonical)] = canonical
    if seen_keys(store, keys):  # reached by another name: its canonical link or redirect
        remember_now(store, keys, outcome="duplicate", source_id=source_id)
        return PageResult("duplicate", "read already under another URL", response)
    url = canonical or normalise(response.final_url)
    raw = RawDocument(id=slug(url), source=response.final_url, data=response.content,
                      is_html=True, url=url, title=item.title, charset=response.charset)
    try:
        article = to_article(raw)
        if not article.published and item.published:
            article = dataclasses.replace(article, published=item.published)
        extraction = extractor().extract(article)
    except InputRejected as error:
        return rejected(error.reason)

    def then(session: Session, result: AddResult) -> None:
        remember(session, keys, article_id=extraction.article.article_id, outcome=str(result),
                 source_id=source_id)

    result = store.add(extraction, then=then)
    return PageResult(str(result), None, response, extraction.article.article_id)


def _worth_retrying(response: Response) -> bool:
    """A server busy or down, or a dropped connection: the page may come next time. A page
    that timed out, was too large or is missing is not asked for again."""
    if response.status in (408, 425, 429, 500, 502, 503, 504):
        return True
    error = response.error or ""
    return response.status is None and not error.startswith(("timed out", "too large"))
