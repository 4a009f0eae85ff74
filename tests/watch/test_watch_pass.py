"""One pass and a second one over the test site: what was requested, and what was stored."""

from __future__ import annotations

import itertools
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from accords.store.db import Store
from accords.store.schema import ArticleRow, RecordRow
from accords.store.sources import add_source, fetch_history, get_source
from accords.watch.runner import Watcher

ARTICLE_PREFIXES = ("/news/", "/amp/", "/go/", "/files/", "/private/")


def _watch(db_url, news_site, fetch_settings, extractor):
    store = Store.open(db_url)
    base = news_site.base
    for path in ("/rss.xml", "/atom.xml", "/sitemap_index.xml", "/changing-guids.xml"):
        add_source(store, base + path)
    log: list[dict] = []
    watcher = Watcher(store, settings=fetch_settings, extractor=extractor, log=log.append)
    return store, watcher, log


def test_two_passes_fetch_each_article_once_and_the_second_costs_nothing(
        db_url, news_site, fetch_settings, extractor):
    store, watcher, log = _watch(db_url, news_site, fetch_settings, extractor)
    first = watcher.run_pass()
    assert first.sources == 4 and first.fetched == 4 and first.failed == 0
    first_requests = len(news_site.requests)
    second = watcher.run_pass(force=True)
    paths = news_site.paths()

    # robots.txt: the disallowed page is listed but never requested.
    assert not [p for p in paths if p.startswith("/private/")]
    # Each article page requested at most once over both passes, whatever URL listed it.
    pages = Counter(p.split("?")[0] for p in paths if p.startswith(ARTICLE_PREFIXES))
    assert pages and max(pages.values()) == 1, pages
    assert "/news/a5" not in pages  # reached first through /amp/a5, whose canonical it is
    # The second pass: conditional GET, 304 for both feeds, no article fetched.
    second_pass = news_site.requests[first_requests:]
    feeds = [r for r in second_pass if r.path in ("/rss.xml", "/atom.xml")]
    assert len(feeds) == 2
    assert all(r.headers.get("If-None-Match") == '"v1"' for r in feeds)
    assert all(r.headers.get("If-Modified-Since") for r in feeds)
    assert second.not_modified == 2 and second.new == 0
    assert not [r for r in second_pass if r.path.startswith(ARTICLE_PREFIXES)]
    # Crawl-delay 0.2 s between any two requests to the host (all here are to one host).
    times = [r.at for r in news_site.requests]
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.19
    # Every request carried the user agent with its contact URL.
    assert all("Accords/" in r.headers.get("User-Agent", "") and "+http" in
               r.headers["User-Agent"] for r in news_site.requests)

    with Session(store.engine) as session:
        rows = {r.external_id: r for r in session.scalars(select(ArticleRow))}
        records = session.scalar(select(func.count()).select_from(RecordRow))
    by_slug = {k.rsplit("-", 1)[-1]: r for k, r in rows.items()}
    assert set(by_slug) == {"a1", "a2", "a3", "a4", "a5", "a6", "a7"}
    assert len(rows) == 7  # stored once each
    assert by_slug["a1"].published == "2025-03-03"  # the page's own date wins
    assert by_slug["a2"].published == "2025-03-12"  # the feed's, where the page has none
    assert by_slug["a6"].published == "2025-08-15"  # the news sitemap's
    assert by_slug["a1"].url.endswith("/news/a1")  # without tracking parameters
    assert records and records > 0  # consolidated into the registry
    assert first.new == 7
    assert first.rejected == Counter({"disallowed by robots.txt": 1, "not HTML": 1,
                                      "timed out (ReadTimeout)": 1, "too large": 1})

    rss = get_source(store, news_site.base + "/rss.xml")
    assert rss.kind == "rss" and rss.etag == '"v1"' and rss.last_success is not None
    assert rss.articles_stored == 3 and rss.items_seen == 7
    history = fetch_history(store, rss.id)
    assert [f.outcome for f in history] == ["not_modified", "ok"]
    assert {f["event"] for f in log} >= {"fetch", "pass"}
    store.close()


def test_a_feed_whose_guids_change_is_not_read_again(db_url, news_site, fetch_settings,
                                                     extractor):
    store = Store.open(db_url)
    add_source(store, news_site.base + "/changing-guids.xml")
    watcher = Watcher(store, settings=fetch_settings, extractor=extractor)
    assert watcher.run_pass().new == 1
    again = watcher.run_pass(force=True)
    assert again.fetched == 1 and again.new == 0
    assert news_site.paths().count("/news/a7") == 1
    assert news_site.paths().count("/changing-guids.xml") == 2
    store.close()
