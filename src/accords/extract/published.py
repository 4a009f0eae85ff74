"""The publication date an article states in its own text (a dateline or a date line).

Used only when the input's metadata gives none: "Accra, July 29, 2011 (GNA) –",
"Published: 13 September 2018", "Baku, Azerbaijan, Sept. 13" (with a year found nearby).
"""

from __future__ import annotations

import re

from accords.extract.dates import find_dates

#: How far into the article a dateline may stand.
HEAD_CHARS = 400
_LABEL = re.compile(r"(?:published|posted|updated|date)\s*:?\s*$", re.I)


def published_in_text(text: str) -> str | None:
    """A full date (year, month and day) near the top of the article, as YYYY-MM-DD."""
    head = text[:HEAD_CHARS]
    for mention in find_dates(head):
        if (
            mention.value
            and len(mention.value) == 10
            and _is_dateline(head, mention.start, mention.end)
        ):
            return mention.value
    return None


def _is_dateline(head: str, start: int, end: int) -> bool:
    line_start = head.rfind("\n", 0, start) + 1
    before = head[line_start:start]
    after = head[end : end + 12]
    if _LABEL.search(before):
        return True
    # "City, Month Day, Year –" or a line that is mostly the date
    short_line = len(before) < 40 and not re.search(r"\b(?:in|on|since|of|by)\s*$", before, re.I)
    return short_line and bool(re.match(r"\s*(?:\(|[-–—:/|]|\n|$|[A-Z]{2,})", after))
