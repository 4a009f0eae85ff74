"""robots.txt, read with protego and kept for ``robots_ttl`` seconds per origin.

A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout)
disallows everything on that origin until it is asked again a few minutes later, as
RFC 9309 says. ``Crawl-delay`` and ``Request-rate`` lengthen the fetcher's delay for the host.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from accords.watch.fetch import Fetcher

#: How long an unreadable robots.txt blocks its origin before it is tried again (seconds).
UNREACHABLE_TTL = 300.0


@dataclass
class _Entry:
    rules: Protego | None  # None: nothing disallowed
    blocked: str | None  # why the whole origin is off limits for now
    expires: float


class RobotsCache:
    """robots.txt rules per origin, fetched through ``fetcher`` when missing or expired."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self._entries: dict[str, _Entry] = {}

    def refusal(self, url: str) -> str | None:
        """None if robots.txt lets the crawler fetch ``url``, else the reason it does not."""
        entry = self._entry(url)
        if entry.blocked:
            return entry.blocked
        agent = self.fetcher.settings.robots_agent
        if entry.rules is not None and not entry.rules.can_fetch(url, agent):
            return f"disallowed by robots.txt: {url}"
        return None

    def sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the robots.txt of ``url``'s origin."""
        entry = self._entry(url)
        return list(entry.rules.sitemaps) if entry.rules is not None else []

    def _entry(self, url: str) -> _Entry:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        entry = self._entries.get(origin)
        if entry is None or entry.expires < time.monotonic():
            entry = self._load(origin, parts.netloc.lower())
            self._entries[origin] = entry
        return entry

    def _load(self, origin: str, host: str) -> _Entry:
        settings = self.fetcher.settings
        response = self.fetcher.get(f"{origin}/robots.txt", accept="text/plain")
        now = time.monotonic()
        if response.blocked:
            return _Entry(None, response.error, now + UNREACHABLE_TTL)
        if response.status is not None and 400 <= response.status < 500:
            return _Entry(None, None, now + settings.robots_ttl)
        if not response.ok:
            why = response.error or f"HTTP {response.status}"
            return _Entry(None, f"robots.txt of {origin} unreadable ({why})", now + UNREACHABLE_TTL)
        rules = Protego.parse(response.content.decode("utf-8", errors="replace"))
        agent = settings.robots_agent
        delay = rules.crawl_delay(agent) or 0.0
        rate = rules.request_rate(agent)
        if rate is not None and rate.requests:
            delay = max(delay, rate.seconds / rate.requests)
        if delay:
            self.fetcher.host_delays[host] = float(delay)
        return _Entry(rules, None, now + settings.robots_ttl)
