"""The publication date an article states in its own text (a dateline or a date line).

Used only when the input's metadata gives none: "Reykjavik, March 4, 2019 (XNA) –",
"Published: 2 February 2020", "Tallinn, Estonia, Feb. 2" (with a year found nearby).
"""

from __future__ import annotations

import re

from accords.extract.dates import find_dates

#: How far into the article a dateline may stand.
HEAD_CHARS = 400
#: A line that is a numeric date, year first ("2019/3/4 09:05"), as content systems print it.
_NUMERIC_LINE = re.compile(
    r"(?m)^\s*((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
_LABEL = re.compile(r"(?:published|posted|updated|date)\s*:?\s*$", re.I)


def published_in_text(text: str) -> str | None:
    """A full date (year, month and day) near the top of the article, as YYYY-MM-DD."""
    head = text[:HEAD_CHARS]
    numeric = _NUMERIC_LINE.search(head)
    if numeric:
        year, month, day = (int(g) for g in numeric.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
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
    return short_line and bool(
        re.match(r"\s*(?:[()]|[-–—:/|]|\n|$|[A-Z]{2,}|,?\s*\d{1,2}:\d{2})", after)
    )
