"""XML sitemaps, sitemap indexes and Google News sitemaps, read with lxml: each ``<url>``'s
``loc`` and its date (``news:publication_date``, else ``lastmod``)."""

from __future__ import annotations

import gzip
import re

from lxml import etree

from accords.watch.feeds import Item, Listing, ListingError

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: No entities, no network, no huge trees: a sitemap is data from a stranger.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True)


def parse_sitemap(data: bytes) -> Listing:
    """A sitemap's pages (kind ``sitemap`` or ``newsmap``) or an index's child sitemaps."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise ListingError(f"broken gzip sitemap: {error}") from error
    try:
        root = etree.fromstring(data, parser=_PARSER)
    except etree.XMLSyntaxError as error:
        raise ListingError(f"invalid XML: {error}") from error
    name = etree.QName(root).localname
    if name == "sitemapindex":
        return Listing(kind="sitemap", sitemaps=[
            loc for loc in (_text(s, "loc") for s in root.iter(f"{{{SITEMAP_NS}}}sitemap",
                                                               "sitemap")) if loc])
    if name != "urlset":
        raise ListingError(f"not a sitemap: root element <{name}>")
    items = []
    news = False
    for url in root.iter(f"{{{SITEMAP_NS}}}url", "url"):
        loc = _text(url, "loc")
        if not loc:
            continue
        published = url.findtext(f".//{{{NEWS_NS}}}publication_date")
        title = url.findtext(f".//{{{NEWS_NS}}}title")
        news = news or published is not None
        day = _DAY.match((published or _text(url, "lastmod") or "").strip())
        items.append(Item(url=loc, published=day.group(0) if day else None,
                          title=title.strip() if title else None))
    return Listing(kind="newsmap" if news else "sitemap", items=items)


def _text(element: etree._Element, name: str) -> str | None:
    found = element.findtext(f"{{{SITEMAP_NS}}}{name}")
    if found is None:
        found = element.findtext(name)
    return found.strip() if found and found.strip() else None
