"""The publication date an article states in its own text (a dateline or a date line).

Used only when the input's metadata gives none: "Reykjavik, March 4, 2019 (XNA) –",
"Reykjavik, 24/03/2019 (XNA) –",
"Published: 2 February 2020"; a date in the URL's path ("/2020/02/02/"); a dateline
without a year ("TALLINN, Feb. 2 (Agency) –") when the URL's path gives the year (and,
when it gives one, the same month). A yearless dateline with no year to go with it gives
nothing: a publication date known only to the day and month is unknown. Where the head
of the article has none, its foot is read the same way: sites and agencies print the date
of issue below the story too ("Published on 23/10/2025 at 18:02", "2019/07/11 15:04 KST",
"ACCRA, 3RD MARCH 2019").
"""

from __future__ import annotations

import datetime as dt
import re

from accords.extract.dates import WEEKDAYS, find_dates, resolve

#: How far into the article a dateline may stand.
HEAD_CHARS = 400
#: How far from its end a date line of the article's foot may stand.
FOOT_CHARS = 600
#: A line that is a numeric date, year first ("2019/3/4 09:05", "2019/03/04 09:05 KST"), as
#: content systems print it.
_NUMERIC_LINE = re.compile(
    r"(?m)^\s*((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[A-Z]{2,5})?)?\s*$"
)
#: A line that starts with a numeric date, day or month first ("25.09.2025 | 17:42 |
#: BELGRADE", "17/06/2025"), as European agencies print it; dots are never month first.
_DOTTED_LINE = re.compile(
    r"(?m)^\s*(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b(?=\s*(?:$|[|,–—-]|\d{1,2}:\d{2}))"
)
_LABEL = re.compile(r"(?:published|posted|updated|date)\s*:?\s*$", re.I)
#: A labelled numeric date, day or month first: "Published 25/06/2025", "Posted: 15.10.2025".
_LABELLED_NUMERIC = re.compile(
    r"\b(?:published|posted|updated|date)(?:\s+on)?\s*:?\s*(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b",
    re.I,
)

#: A dateline with a numeric date, day or month first: "Rabat, 14/05/2025 (Agency) –".
_NUMERIC_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][\w .'’-]{1,30},[ \t]*(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b"
    r"(?=[ \t]*(?:\(|[–—-]))"
)

#: A date as one field of a by-line whose fields a bar separates ("LRT English | 2026.02.12
#: 15:30 | Updated …", "Flanders News | Thu 08/10/2026 - 10:22"), maybe after a weekday.
_BAR_FIELD = re.compile(
    r"(?m)\|[ \t]*(?:(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
    r"(?:(?P<year>(?:19|20)\d\d)(?P<sep1>[./-])(?P<month>\d{1,2})(?P=sep1)(?P<day>\d{1,2})"
    r"|(?P<first>\d{1,2})(?P<sep2>[./])(?P<second>\d{1,2})(?P=sep2)(?P<year2>(?:19|20)\d\d))"
    r"(?=[ \t]*(?:$|\||[-–—]|\d{1,2}:\d{2}))"
)
#: The abbreviations a by-line prints, in the week's order ("Mon" … "Sun").
_WEEKDAYS = tuple(day[:3].title() for day in WEEKDAYS)


def _bar_field_date(head: str) -> str | None:
    """The by-line's date field; day or month first as ``_day_or_month_first`` reads it,
    and a date either order reads is the one that falls on the weekday printed before it."""
    found = _BAR_FIELD.search(head)
    if found is None:
        return None
    if found.group("year"):
        return _valid(*(int(found.group(g)) for g in ("year", "month", "day")))
    first, sep, second, year = found.group("first", "sep2", "second", "year2")
    value = _day_or_month_first(first, sep, second, year)
    if value or not found.group("weekday"):
        return value
    weekday = _WEEKDAYS.index(found.group("weekday"))
    day_first = _valid(int(year), int(second), int(first))
    readings = [day_first, _valid(int(year), int(first), int(second))]
    on_it = [r for r in readings if r and dt.date.fromisoformat(r).weekday() == weekday]
    return on_it[0] if len(on_it) == 1 else None


#: A full date in a URL path: "/2020/02/02/", "/2020-02-02-", "/20200202/".
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
#: A year, and maybe a month, as path segments: "/2020/", "/2020/02/".
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?:(0[1-9]|1[0-2])/)?")


def published_in_text(text: str, url: str | None = None) -> str | None:
    """A full date (year, month and day) near the top of the article, in its URL's path or
    at its foot, as YYYY-MM-DD."""
    return (
        _full_date_in_head(text[:HEAD_CHARS])
        or (url and _in_the_url(text, url))
        or _full_date_in_head(_foot(text))
    )


def _in_the_url(text: str, url: str) -> str | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    found = _URL_DATE.search(path)
    if found:
        return _valid(*(int(g) for g in found.groups()))
    year = _URL_YEAR.search(path)
    return _yearless_dateline(text, int(year.group(1)), year.group(2)) if year else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _yearless_dateline(text: str, year: int, month: str | None) -> str | None:
    """The dateline's day and month ("LIMA, May 4 –") in ``year`` (and ``month``, if given)."""
    head = text[:HEAD_CHARS]
    for mention in find_dates(head):
        if mention.form not in ("md", "dm") or not _is_dateline(head, mention.start, mention.end):
            continue
        value = resolve(mention.text, mention.form, dt.date(year, 1, 1))
        if value and (month is None or value[5:7] == month):
            return value
    return None


#: How many days a dateline's own day may lie before the page's date.
DATELINE_LEAD_DAYS = 3


def dateline_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a yearless dateline gives ("NAY PYI TAW, 22 Jan —"), when it lies a few days
    before the page's date: the day the story was filed, from which its "this morning" and
    "yesterday" count."""
    if published is None:
        return None
    value = _yearless_dateline(text, published.year, None)
    if value is None:
        return None
    day = dt.date.fromisoformat(value)
    if day > published:  # a page of early January filed in late December
        day = day.replace(year=published.year - 1) if day.month == 12 else day
    return day if 0 < (published - day).days <= DATELINE_LEAD_DAYS else None


def _foot(text: str) -> str:
    """The last lines of the article, from a line's start."""
    if len(text) <= HEAD_CHARS + FOOT_CHARS:
        return text[HEAD_CHARS:]
    start = text.find("\n", len(text) - FOOT_CHARS)
    return text[start + 1 :] if start >= 0 else ""


def _full_date_in_head(head: str) -> str | None:
    """A date line of ``head`` (the article's first or last lines)."""
    numeric = _NUMERIC_LINE.search(head)
    if numeric:
        year, month, day = (int(g) for g in numeric.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    for pattern in (_DOTTED_LINE, _LABELLED_NUMERIC, _NUMERIC_DATELINE):
        found = pattern.search(head)
        value = _day_or_month_first(*found.groups()) if found else None
        if value:
            return value
    value = _bar_field_date(head)
    if value:
        return value
    for mention in find_dates(head):
        if (
            mention.value
            and len(mention.value) == 10
            and _is_dateline(head, mention.start, mention.end)
        ):
            return mention.value
    return None


def _day_or_month_first(first: str, separator: str, second: str, year: str) -> str | None:
    """A numeric date's order: dots put the day first; with slashes a number above 12 tells
    which is the day, and a date such as 05/06/2025 that either order reads is unknown."""
    a, b, y = int(first), int(second), int(year)
    if separator == "." or a > 12 or a == b:
        return _valid(y, b, a)
    if b > 12:
        return _valid(y, a, b)
    return None


def _is_dateline(head: str, start: int, end: int) -> bool:
    line_start = head.rfind("\n", 0, start) + 1
    before = head[line_start:start]
    after = head[end : end + 12]
    if _LABEL.search(before):
        return True
    # "City, Month Day, Year –" or a line that is mostly the date
    short_line = len(before) < 40 and not re.search(r"\b(?:in|on|since|of|by)\s*$", before, re.I)
    # after it: a bracket, a dash (after a full stop too), a by-line's field separator (a
    # bar, a middle dot, a bullet), an agency's name, a time
    return short_line and bool(
        re.match(r"\s*(?:[()]|\.?\s*[-–—:/|·•]|\n|$|,?\s*[A-Z]{2,}|,?\s*\d{1,2}:\d{2})", after)
    )
