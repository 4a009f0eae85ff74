"""One name per page: URLs normalised with courlan (case, default ports, tracking
parameters, fragments), and the keys under which a page is remembered as read."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from courlan import normalize_url
from lxml import html as lxml_html


def normalise(url: str) -> str:
    """``url`` without tracking parameters or fragment, in courlan's normal form."""
    try:
        return normalize_url(url.strip(), strict=True)
    except (ValueError, AttributeError):
        return url.strip()


def url_key(url: str) -> str:
    return _hash("url:" + normalise(url))


def guid_key(source_id: int, guid: str) -> str:
    """A feed GUID, scoped to its source (GUIDs are only unique within a feed in practice)."""
    return _hash(f"guid:{source_id}:{guid.strip()}")


def canonical_link(page: bytes, base_url: str) -> str | None:
    """The page's ``<link rel="canonical">``, absolute and normalised, if it has one."""
    try:
        tree = lxml_html.fromstring(page, base_url=base_url)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    tree.make_links_absolute(base_url, resolve_base_href=True, handle_failures="discard")
    for link in tree.iterfind(".//link[@rel][@href]"):
        if "canonical" in link.get("rel", "").lower().split():
            return normalise(link.get("href", ""))
    return None


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_SLUG_JUNK = re.compile(r"[^A-Za-z0-9]+")


def slug(url: str) -> str:
    """A readable name for the article read from ``url`` (``example.org-news-2024-talks``)."""
    parts = urlsplit(url)
    rest = _SLUG_JUNK.sub("-", parts.path + ("-" + parts.query if parts.query else "")).strip("-")
    return "-".join(p for p in (parts.hostname or "", rest) if p)[:120].rstrip("-")
