"""Feeds, sitemaps, URLs and the schedule, on documents written here."""

from __future__ import annotations

import pytest

from accords.errors import AccordsError
from accords.watch import schedule
from accords.watch.feeds import ListingError, parse_feed
from accords.watch.listing import read_listing
from accords.watch.sitemaps import parse_sitemap
from accords.watch.urls import canonical_link, guid_key, normalise, url_key


def test_rss_items_dates_and_update_period() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"
      xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>t</title>
      <sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>
      <item><link>https://news.example/a</link><guid>1</guid>
      <pubDate>Tue, 04 Mar 2025 23:30:00 -0200</pubDate></item>
      <item><link>/relative</link></item></channel></rss>"""
    listing = parse_feed(feed, "https://news.example/feed")
    assert listing.kind == "rss" and listing.min_interval == 6 * 3600
    assert listing.items[0].published == "2025-03-05"  # in UTC
    assert listing.items[0].guid and listing.items[0].guid.endswith("1")


def test_not_a_feed_is_an_error() -> None:
    with pytest.raises(ListingError):
        parse_feed(b"plain words", "https://news.example/feed")
    with pytest.raises(ListingError):
        read_listing("auto", b"\x00\x01binary", "https://x.example/", "application/octet-stream")


def test_sitemap_with_lastmod_and_news_dates() -> None:
    plain = parse_sitemap(b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://x.example/a</loc><lastmod>2025-01-02T10:00:00+00:00</lastmod></url>
      </urlset>""")
    assert plain.kind == "sitemap" and plain.items[0].published == "2025-01-02"
    with pytest.raises(ListingError, match="invalid XML"):
        parse_sitemap(b"<urlset><url>")


def test_urls_lose_tracking_and_fragments_and_guids_are_per_source() -> None:
    assert normalise("https://News.Example/a?utm_source=x&id=3#top") == "https://news.example/a?id=3"
    assert url_key("https://news.example/a?utm_campaign=y") == url_key("https://news.example/a")
    assert guid_key(1, "g") != guid_key(2, "g")
    page = b'<html><head><link rel="canonical" href="/story?fbclid=1"></head></html>'
    assert canonical_link(page, "https://news.example/amp/story") == "https://news.example/story"


def test_schedule_adapts_within_bounds() -> None:
    every = schedule.parse_every("30m")
    assert every == 1800
    assert schedule.next_interval(every, 1800, new_items=3) == 900
    assert schedule.next_interval(every, 450, new_items=3) == 450  # every / 4 at least
    assert schedule.next_interval(every, 1800, new_items=0) == 2700
    assert schedule.next_interval(every, 14400, new_items=0) == 14400  # every × 8 at most
    assert schedule.next_interval(every, 1800, new_items=3, asked=3600) == 3600  # ttl
    assert schedule.backoff(1) == 300 and schedule.backoff(3) == 1200
    assert schedule.backoff(1, retry_after=7200) == 7200
    with pytest.raises(AccordsError):
        schedule.parse_every("soon")
