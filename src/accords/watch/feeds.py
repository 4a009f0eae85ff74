"""RSS and Atom feeds, parsed by feedparser from the bytes the fetcher got (feedparser
never fetches anything itself): each entry's link, GUID and date, and the feed's own
word on how often to poll it (RSS ``ttl``, ``sy:updatePeriod``/``sy:updateFrequency``)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import feedparser

from accords.errors import AccordsError

_PERIODS = {"hourly": 3600, "daily": 86400, "weekly": 7 * 86400, "monthly": 30 * 86400,
            "yearly": 365 * 86400}


class ListingError(AccordsError):
    """A source's document is not a feed or sitemap that can be read."""


@dataclass(frozen=True)
class Item:
    """An article a source lists."""

    url: str
    guid: str | None = None
    published: str | None = None  # YYYY-MM-DD, from the feed or the sitemap
    title: str | None = None


@dataclass
class Listing:
    """What one fetch of a source listed."""

    kind: str  # rss, atom, sitemap, newsmap, page
    items: list[Item] = field(default_factory=list)
    #: Child sitemaps of a sitemap index, to fetch in the same pass.
    sitemaps: list[str] = field(default_factory=list)
    #: The shortest polling interval the source asks for (seconds), if it says.
    min_interval: int | None = None


def parse_feed(data: bytes, url: str) -> Listing:
    """The entries of an RSS or Atom document; ``ListingError`` if it is neither."""
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    version = str(parsed.get("version") or "")
    if not version and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise ListingError(f"not a feed: {problem or 'no RSS or Atom root element'}")
    kind = "atom" if version.startswith("atom") else "rss"
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link.startswith(("http://", "https://")):
            continue
        items.append(Item(url=link, guid=entry.get("id") or None,
                          published=_day(entry.get("published_parsed") or entry.get("updated_parsed")),
                          title=entry.get("title") or None))
    return Listing(kind=kind, items=items, min_interval=_feed_interval(parsed.feed))


def _day(value: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", value) if value else None


def _feed_interval(feed: dict) -> int | None:
    """RSS ``ttl`` (minutes), else ``sy:updatePeriod`` over ``sy:updateFrequency``."""
    ttl = str(feed.get("ttl") or "").strip()
    if ttl.isdigit() and int(ttl) > 0:
        return int(ttl) * 60
    period = _PERIODS.get(str(feed.get("sy_updateperiod") or "").strip().lower())
    if period is None:
        return None
    frequency = str(feed.get("sy_updatefrequency") or "1").strip()
    times = int(frequency) if frequency.isdigit() and int(frequency) > 0 else 1
    return period // times
