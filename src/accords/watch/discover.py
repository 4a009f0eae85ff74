"""A site's feeds and sitemaps, found from its home page: ``<link rel="alternate">``
feeds, a few common feed and sitemap paths, and robots.txt ``Sitemap:`` lines. Each
candidate is fetched (politely, like any other request) and kept if it reads as what it
claims to be."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html as lxml_html

from accords.watch.feeds import ListingError
from accords.watch.fetch import Fetcher
from accords.watch.listing import read_listing, sniff
from accords.watch.robots import RobotsCache
from accords.watch.settings import FetchSettings, fetch_settings

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json")
COMMON_PATHS = ("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml",
                "/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap-news.xml")


@dataclass(frozen=True)
class Found:
    url: str
    kind: str  # rss, atom, sitemap, newsmap
    how: str  # link, path, robots.txt


def discover(url: str, settings: FetchSettings | None = None) -> list[Found]:
    """The feeds and sitemaps of the site whose home page is ``url``."""
    with Fetcher(settings or fetch_settings()) as fetcher:
        robots = RobotsCache(fetcher)
        candidates: dict[str, str] = {}
        home = fetcher.get(url, gate=robots.refusal)
        if home.ok:
            for link in alternate_links(home.content, home.final_url):
                candidates.setdefault(link, "link")
        for path in COMMON_PATHS:
            candidates.setdefault(urljoin(url, path), "path")
        for sitemap in robots.sitemaps(url):
            candidates[sitemap] = "robots.txt"
        found = []
        for candidate, how in candidates.items():
            response = fetcher.get(candidate, gate=robots.refusal)
            if not response.ok:
                continue
            try:
                kind = sniff(response.content, response.content_type)
                if kind == "page":
                    continue
                listing = read_listing(kind, response.content, response.final_url,
                                       response.content_type)
            except ListingError:
                continue
            found.append(Found(response.final_url, listing.kind, how))
        return _unique(found)


def alternate_links(page: bytes, base_url: str) -> list[str]:
    """The feeds a page announces with ``<link rel="alternate" type="…">``."""
    try:
        tree = lxml_html.fromstring(page, base_url=base_url)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    links = []
    for link in tree.iterfind(".//link[@rel][@href]"):
        if ("alternate" in link.get("rel", "").lower().split()
                and link.get("type", "").lower().strip() in FEED_TYPES):
            links.append(urljoin(base_url, link.get("href", "").strip()))
    return links


def _unique(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    unique = []
    for f in found:
        if f.url not in seen:
            seen.add(f.url)
            unique.append(f)
    return unique
