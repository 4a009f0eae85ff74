"""``accords watch``: one pass over the due sources, and the loop that repeats it.

A pass: for each due source (claimed with ``store.locks.source_lock``, so two watchers
never fetch it at once), fetch it conditionally, read what it lists, fetch the items not
read under any of their names (``pages.read_page``), record the poll and schedule the
next, then consolidate the new articles into the registry. A stop request (SIGTERM,
SIGINT: :attr:`Watcher.stop`) lets the current article finish; items not reached stay
unread and come first next time.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy.orm import Session

from accords.extract.pipeline import Extractor
from accords.store.db import Store
from accords.store.locks import release_source, source_lock
from accords.store.sources import (
    Poll,
    Source,
    due_sources,
    next_due,
    record_poll,
    seen_keys,
    set_kind,
)
from accords.watch import schedule
from accords.watch.feeds import Item, Listing, ListingError
from accords.watch.fetch import Fetcher, Response
from accords.watch.listing import read_listing
from accords.watch.pages import read_page
from accords.watch.robots import RobotsCache
from accords.watch.settings import FetchSettings, fetch_settings
from accords.watch.urls import guid_key, normalise, url_key

#: The most items read from one source in one poll (the newest first); the rest next time.
MAX_ITEMS_PER_POLL = 200
#: The most child sitemaps of an index read in one poll.
MAX_CHILD_SITEMAPS = 50
#: How long a claim on a source lasts; renewed after each article.
CLAIM_SECONDS = 600.0
#: The longest the loop sleeps before looking at the sources again (new ones may be added).
MAX_SLEEP = 60.0

Log = Callable[[dict[str, Any]], None]


@dataclass
class PassReport:
    """What one pass did."""

    sources: int = 0
    fetched: int = 0
    not_modified: int = 0
    failed: int = 0
    busy: int = 0  # claimed by another watcher
    items: int = 0
    new: int = 0
    duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    seconds: float = 0.0
    stopped: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"event": "pass", "sources": self.sources, "fetched": self.fetched,
                "not_modified": self.not_modified, "failed": self.failed, "busy": self.busy,
                "items": self.items, "new": self.new, "duplicates": self.duplicates,
                "rejected": dict(self.rejected), "requests": self.requests,
                "seconds": round(self.seconds, 3), "stopped": self.stopped}


class Watcher:
    """Polls a store's sources; :meth:`run_pass` once, :meth:`run` until stopped."""

    def __init__(self, store: Store, *, settings: FetchSettings | None = None,
                 extractor: Extractor | None = None, log: Log | None = None,
                 consolidate: bool = True) -> None:
        self.store = store
        self.settings = settings or fetch_settings()
        self._extractor = extractor
        self.log = log or (lambda _record: None)
        self.consolidate = consolidate
        self.stop = threading.Event()
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid4().hex[:8]}"[:64]
        # One client for the watcher's life: the delay per host and robots.txt (cached
        # with its expiry) hold across passes.
        self.fetcher = Fetcher(self.settings)
        self.robots = RobotsCache(self.fetcher)

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def extractor(self) -> Extractor:
        """The extractor, loaded at the first article (a pass with nothing new loads none)."""
        if self._extractor is None:
            self._extractor = Extractor(processes=1)
        return self._extractor

    def run(self, *, once: bool = False, force: bool = False) -> PassReport:
        """Pass after pass, sleeping until the next source is due, until stopped (or once)."""
        while True:
            report = self.run_pass(force=force)
            force = False
            if once or self.stop.is_set():
                return report
            due = next_due(self.store)
            wait = MAX_SLEEP if due is None else (due - datetime.now(UTC)).total_seconds()
            if self.stop.wait(max(1.0, min(MAX_SLEEP, wait))):
                return report

    def run_pass(self, *, force: bool = False) -> PassReport:
        """Poll every due source (every active one with ``force``) once."""
        started = time.monotonic()
        report = PassReport()
        fetcher, robots = self.fetcher, self.robots
        requests_before = fetcher.requests
        for source in due_sources(self.store, force=force):
            if self.stop.is_set():
                report.stopped = True
                break
            report.sources += 1
            with Session(self.store.engine) as session:
                if not source_lock(session, source.id, self.owner, CLAIM_SECONDS):
                    report.busy += 1
                    self.log({"event": "busy", "source": source.id, "url": source.url})
                    continue
            try:
                self._poll(source, fetcher, robots, report)
            finally:
                with Session(self.store.engine) as session:
                    release_source(session, source.id, self.owner)
        report.requests = fetcher.requests - requests_before
        report.stopped = report.stopped or self.stop.is_set()
        if report.new and self.consolidate:
            from accords.registry import consolidate

            consolidate(self.store)
        _deliver_alerts(self.store)
        report.seconds = time.monotonic() - started
        self.log(report.to_json())
        return report

    def _poll(self, source: Source, fetcher: Fetcher, robots: RobotsCache,
              report: PassReport) -> None:
        response = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified,
                               gate=robots.refusal)
        self._log_fetch(source, response, "source")
        if response.not_modified:
            report.not_modified += 1
            wait = schedule.next_interval(source.every, source.interval, 0)
            record_poll(self.store, source.id, Poll("not_modified", 304, seconds=response.seconds),
                        wait=wait, failed=False)
            return
        listing: Listing | None = None
        error = response.error
        if response.ok:
            try:
                listing = read_listing(source.kind, response.content, response.final_url,
                                       response.content_type)
            except ListingError as problem:
                error = str(problem)
        if listing is None:
            report.failed += 1
            retry = response.retry_after if response.status in (429, 503) else None
            outcome = response.blocked or "error"
            record_poll(self.store, source.id,
                        Poll(outcome, response.status, error=error or f"HTTP {response.status}",
                             seconds=response.seconds),
                        wait=schedule.backoff(source.failures + 1, retry), failed=True)
            return
        report.fetched += 1
        if source.kind == "auto":
            set_kind(self.store, source.id, listing.kind)
        items = listing.items + self._children(source, listing, fetcher, robots)
        poll = Poll("ok", response.status, items=len(items), seconds=response.seconds,
                    etag=response.etag, last_modified=response.last_modified)
        report.items += len(items)
        self._read_items(source, items, fetcher, robots, poll, report)
        wait = schedule.next_interval(source.every, source.interval, poll.new_items,
                                      listing.min_interval)
        record_poll(self.store, source.id, poll, wait=wait, failed=False)

    def _children(self, source: Source, listing: Listing, fetcher: Fetcher,
                  robots: RobotsCache) -> list[Item]:
        """The items of a sitemap index's child sitemaps (one level deep)."""
        items: list[Item] = []
        for url in listing.sitemaps[:MAX_CHILD_SITEMAPS]:
            if self.stop.is_set():
                break
            response = fetcher.get(url, gate=robots.refusal)
            self._log_fetch(source, response, "sitemap")
            if not response.ok:
                continue
            try:
                items += read_listing("sitemap", response.content, response.final_url,
                                      response.content_type).items
            except ListingError as problem:
                self.log({"event": "error", "source": source.id, "url": url,
                          "error": str(problem)})
        return items

    def _read_items(self, source: Source, items: list[Item], fetcher: Fetcher,
                    robots: RobotsCache, poll: Poll, report: PassReport) -> None:
        fresh = _unread(self.store, source.id, items)[:MAX_ITEMS_PER_POLL]
        poll.new_items = len(fresh)
        for item, keys in fresh:
            if self.stop.is_set():
                break
            page = read_page(item, keys, source_id=source.id, store=self.store,
                             fetcher=fetcher, robots=robots, extractor=self.extractor)
            if page.response is not None:
                self._log_fetch(source, page.response, "article", page.outcome, page.reason)
            if page.outcome == "stored":
                poll.stored += 1
                report.new += 1
            elif page.outcome == "duplicate":
                poll.duplicates += 1
                report.duplicates += 1
            elif page.outcome == "rejected":
                poll.rejected += 1
                report.rejected[_reason_kind(page.reason)] += 1
            with Session(self.store.engine) as session:  # renew the claim
                source_lock(session, source.id, self.owner, CLAIM_SECONDS)

    def _log_fetch(self, source: Source, response: Response, what: str,
                   outcome: str | None = None, reason: str | None = None) -> None:
        record: dict[str, Any] = {
            "event": "fetch", "what": what, "source": source.id, "url": response.url,
            "status": response.status, "bytes": len(response.content),
            "ms": round(response.seconds * 1000),
        }
        if response.final_url != response.url:
            record["final_url"] = response.final_url
        if outcome:
            record["outcome"] = outcome
        error = reason or response.error
        if error:
            record["error"] = error
        self.log(record)


def _unread(store: Store, source_id: int, items: list[Item]) -> list[tuple[Item, dict[str, str]]]:
    """The items not read under their URL or GUID (nor listed twice here), newest first,
    each with the keys it goes by."""
    keyed: list[tuple[Item, dict[str, str]]] = []
    listed: set[str] = set()
    for item in items:
        keys = {url_key(item.url): normalise(item.url)}
        if item.guid:
            keys[guid_key(source_id, item.guid)] = item.guid
        if listed & keys.keys():
            continue
        listed |= keys.keys()
        keyed.append((item, keys))
    seen = seen_keys(store, listed)
    fresh = [(item, keys) for item, keys in keyed if not seen & keys.keys()]
    fresh.sort(key=lambda pair: pair[0].published or "", reverse=True)
    return fresh


def _reason_kind(reason: str | None) -> str:
    """A rejection's reason without its particulars (for the pass summary)."""
    if not reason:
        return "unknown"
    head = reason.split(":", 1)[0]
    return head if len(head) < 40 else head[:40]


def _deliver_alerts(store: Store) -> None:
    """Send the alerts that this pass's registry changes made due (docs/alerts.md)."""
    from accords.alerts.deliver import send_due

    send_due(store)
