"""What a source's document lists, whichever kind it is: feeds, sitemaps, or the article
links of an HTML page (a section front), found with courlan."""

from __future__ import annotations

from courlan import extract_links

from accords.watch.feeds import Item, Listing, ListingError, parse_feed
from accords.watch.sitemaps import parse_sitemap

KINDS = ("auto", "rss", "atom", "sitemap", "newsmap", "page")


def sniff(data: bytes, content_type: str) -> str:
    """The kind of a fetched document, from its content type and first bytes."""
    head = data[:2048].lstrip().lower()
    if data[:2] == b"\x1f\x8b" or b"<urlset" in head or b"<sitemapindex" in head:
        return "sitemap"
    if b"<rss" in head or b"<rdf:rdf" in head:
        return "rss"
    if b"<feed" in head:
        return "atom"
    if "html" in content_type or b"<html" in head or b"<!doctype html" in head:
        return "page"
    if "xml" in content_type:
        return "rss"  # let feedparser have its say
    raise ListingError(f"not a feed, sitemap or page ({content_type or 'no content type'})")


def read_listing(kind: str, data: bytes, url: str, content_type: str) -> Listing:
    """The items of a source's document; ``ListingError`` when it cannot be read as ``kind``."""
    if kind == "auto":
        kind = sniff(data, content_type)
    if kind in ("sitemap", "newsmap"):
        return parse_sitemap(data)
    if kind == "page":
        return page_links(data, url)
    return parse_feed(data, url)


def page_links(data: bytes, url: str) -> Listing:
    """Links from an HTML page to other pages of its site that look like articles."""
    text = data.decode("utf-8", errors="replace")
    links = extract_links(text, url=url, external_bool=False, strict=True, with_nav=False)
    return Listing(kind="page", items=[Item(url=link) for link in sorted(links)])
