"""Failures a source can meet, and what the crawler does about them: back-off, Retry-After,
robots.txt, the private-address guard, redirects, and two watchers on one database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from accords.store.db import Store
from accords.store.locks import source_lock
from accords.store.sources import add_source, fetch_history, get_source
from accords.watch.fetch import Fetcher
from accords.watch.runner import Watcher
from accords.watch.settings import FetchSettings


def test_429_honours_retry_after_and_invalid_xml_backs_off(tmp_path, news_site,
                                                          fetch_settings):
    store = Store.open(f"sqlite:///{tmp_path / 'w.sqlite'}")
    busy = add_source(store, news_site.base + "/busy.xml")
    broken = add_source(store, news_site.base + "/broken.xml", kind="sitemap")
    with Watcher(store, settings=fetch_settings) as watcher:
        report = watcher.run_pass()
    assert report.failed == 2
    busy = get_source(store, busy.id)
    assert busy.failures == 1 and busy.last_error == "HTTP 429"
    assert busy.next_due >= datetime.now(UTC) + timedelta(seconds=7000)  # Retry-After: 7200
    broken = get_source(store, broken.id)
    assert broken.last_error.startswith("invalid XML")
    assert timedelta(seconds=250) < broken.next_due - datetime.now(UTC) < timedelta(seconds=400)
    assert [f.outcome for f in fetch_history(store, broken.id)] == ["error"]
    # Not due again: a second pass asks for nothing.
    before = len(news_site.requests)
    with Watcher(store, settings=fetch_settings) as watcher:
        assert watcher.run_pass().sources == 0
    assert len(news_site.requests) == before
    store.close()


def test_a_private_address_is_refused_unless_allowed(tmp_path, news_site):
    store = Store.open(f"sqlite:///{tmp_path / 'w.sqlite'}")
    source = add_source(store, news_site.base + "/rss.xml")
    with Watcher(store, settings=FetchSettings(delay=0.05, timeout=1.0)) as watcher:
        report = watcher.run_pass()
    assert report.failed == 1
    assert news_site.requests == []  # not even robots.txt
    health = get_source(store, source.id)
    assert "non-public address" in health.last_error
    assert fetch_history(store, source.id)[0].outcome == "refused"
    store.close()


def test_redirects_are_followed_up_to_the_cap(news_site, fetch_settings):
    with Fetcher(fetch_settings) as fetcher:
        chain = fetcher.get(news_site.base + "/go/1")
        loop = fetcher.get(news_site.base + "/loop/1")
    assert chain.ok and chain.final_url.endswith("/news/a3") and len(chain.redirects) == 3
    assert not loop.ok and "more than 5 redirects" in loop.error
    assert news_site.paths().count("/loop/6") == 1 and "/loop/7" not in news_site.paths()


def test_size_limit_and_timeout_end_the_request(news_site, fetch_settings):
    with Fetcher(fetch_settings) as fetcher:
        huge = fetcher.get(news_site.base + "/news/huge")
        slow = fetcher.get(news_site.base + "/news/slow")
    assert huge.error.startswith("too large") and huge.content == b""
    assert slow.error.startswith("timed out")


def test_a_source_claimed_by_another_watcher_is_left_alone(db_url, news_site, fetch_settings):
    store = Store.open(db_url)
    source = add_source(store, news_site.base + "/busy.xml")
    with Session(store.engine) as session:
        assert source_lock(session, source.id, "other-watcher", 600)
    with Watcher(store, settings=fetch_settings) as watcher:
        report = watcher.run_pass()
        assert report.busy == 1 and report.failed == 0
        assert news_site.requests == []
        with Session(store.engine) as session:  # a claim renewed by its owner holds
            assert source_lock(session, source.id, "other-watcher", 600)
            assert not source_lock(session, source.id, watcher.owner, 600)
    store.close()
