"""Dates in news text, resolved against the article's publication date — never today's.

Explicit dates ("17 September 2024", "Sept. 17, 2024", "September 2024") are parsed with
dateparser. Phrases that only make sense relative to the publication date ("later this
year", "last month", "last week", "on Friday", "the fall", "September 17" without a year)
and "on the 14th" are ours: they resolve when the publication date is known and are
``None`` otherwise.
Values are ISO 8601 prefixes: ``2024``, ``2024-09`` or ``2024-09-17``; a phrase resolves
only to what it determines ("last week" is a month only when that week lies in one month).

Tense: with ``future`` unknown (``None``) a bare weekday is the most recent one on or
before the publication date and a month or day without a year is in the publication
year. When the caller knows the tense of the clause (``future=True`` for "will meet",
``False`` for "met"), a bare weekday is the next one on or after publication for future
events; a month named without a year is the coming one for future events ("will meet in
March" in a November article: next March) and the past one for past events ("met in
October" in a February article: last October); a day and month without a year moves a
year only when it lies more than a month on the wrong side of the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateparser.date import DateDataParser

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = rf"(?:\s*(?:-|–|—|to|and)\s*{_DAY})?"

#: Forms tried in order; each names how precise its value is.
_FORMS: tuple[tuple[str, str], ...] = (
    ("iso", rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    ("dmy", rf"\b{_DAY}{_RANGE}\s+{_MONTH},?\s+{_YEAR}\b"),
    ("mdy", rf"\b{_MONTH}\s+{_DAY}{_RANGE},?\s+(?:of\s+)?{_YEAR}\b"),
    ("my", rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
    ("dm", rf"\b{_DAY}{_RANGE}\s+(?:of\s+)?{_MONTH}(?![\w-])"),
    ("md", rf"\b{_MONTH}\s+{_DAY}{_RANGE}\b(?!,?\s+(?:of\s+)?{_YEAR})"),
    ("month_of_year", rf"\b(?:in\s+)?{_MONTH}\s+(?:of\s+)?(?:last|next|this)\s+year\b"),
    (
        "weekday",
        r"\b(?:on\s+|last\s+|next\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        # "Tuesday, 14 March": the explicit date that follows says it
        rf"(?!,?\s+(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+{_DAY}))",
    ),
    (
        "relative_year",
        r"\b(?:(?:later|earlier)\s+this|this|last|next|the\s+previous|the\s+following|the\s+coming)\s+year\b",
    ),
    ("relative_month", r"\b(?:this|last|next|the\s+previous|the\s+coming)\s+month\b"),
    (
        "relative_week",
        r"\b(?:this|last|next|the\s+previous|the\s+following|the\s+coming|the\s+past)\s+week\b",
    ),
    # the parts of a day are that day: "this morning", "tonight"; "last night" the day before
    (
        "relative_day",
        r"\b(?:yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    ),
    # "two years ago": the year that many years before the article's
    ("years_ago", r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b"),
    # "met on the 14th": a day of the publication's month; not "the 14th session"
    (
        "day_of_month",
        r"\bon\s+the\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:for|in|at|and|to|when|with|of\s+(?:this|the)\s+month)\b)",
    ),
    (
        "season",
        r"\b(?:(?:this|next|last|the)\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of\s+"
        + _YEAR
        + r")?\b",
    ),
    (
        "in_month",
        # "planned for June", "postponed to September" as well as "in June"
        rf"\b(?:in|since|by|until|from|for|to|last|next|this|early|late|mid-?)\s+{_MONTH}(?![\w-])(?!,?\s+(?:of\s+)?{_YEAR})(?!\s+{_DAY}\b)",
    ),
    # not a year of a span ("for 2023–2027", "2024-2028"): a period, no date of an event
    ("year", rf"(?<![\w/–—-]){_YEAR}(?![\w/–—-])"),
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO prefix, or None when it cannot be resolved
    form: str


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _FORMS), re.IGNORECASE)


def parse_published(value: str | None) -> dt.date | None:
    """A publication date given as ``YYYY-MM-DD`` (or a longer ISO timestamp)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def find_dates(
    text: str, published: dt.date | None = None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Date expressions in ``text[start:end]`` with their resolved values."""
    end = len(text) if end is None else end
    found = []
    for match in _pattern().finditer(text, start, end):
        form = match.lastgroup or ""
        phrase = match.group()
        if form == "year" and not _year_context(text, match.start()):
            continue
        if form == "dm" and not _is_month_word(phrase):
            continue
        found.append(
            DateMention(match.start(), match.end(), phrase, resolve(phrase, form, published), form)
        )
    return found


def _is_month_word(phrase: str) -> bool:
    """Reject "3 May" false friends only where the month word is "may" in lower case."""
    return "may" not in phrase or "May" in phrase


def _year_context(text: str, at: int) -> bool:
    """A bare year counts as a date unless it is part of a number range or amount."""
    before = text[max(0, at - 12) : at].lower()
    return not re.search(r"(?:\$|€|£|\d[,.]?\s*)$", before)


#: Counts written as words, for "two years ago".
_NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
#: Forms whose value depends on the tense of the clause (see the module docstring).
TENSE_FORMS = frozenset({"weekday", "dm", "md", "in_month", "day_of_month"})
#: How far on the wrong side of the publication date a yearless day may lie before it
#: is taken as the other year's.
YEAR_SLACK_DAYS = 31


def resolve(
    phrase: str, form: str, published: dt.date | None, future: bool | None = None
) -> str | None:
    """The ISO prefix a date phrase stands for, or ``None`` when it needs an unknown date.
    ``future``: the tense of the clause it dates, when known (module docstring)."""
    text = re.sub(r"\s+", " ", phrase.strip())
    lower = text.lower()
    if form == "iso":
        return dt.date.fromisoformat(text).isoformat()
    if form in ("dmy", "mdy"):
        return _parse_explicit(re.sub(r"\s+of\s+", " ", _first_of_range(text)), "%Y-%m-%d")
    if form == "my":
        return _parse_explicit(text, "%Y-%m")
    if form == "year":
        return text
    if published is None:
        year = re.search(_YEAR, text)
        return year.group() if form == "season" and year else None
    if form in ("dm", "md"):
        value = _parse_explicit(f"{_first_of_range(text)} {published.year}", "%Y-%m-%d")
        return _shift_year(value, published, future) if value else None
    if form == "month_of_year":
        return f"{published.year + _direction(lower):04d}-{_month_in(lower):02d}"
    if form == "in_month":
        month = _month_in(lower)
        year = published.year + _direction(lower)
        if not _direction(lower) and month > published.month + 2 and _looks_past(lower):
            year -= 1
        elif not _direction(lower) and future is True and month < published.month:
            year += 1  # "will meet in March", written in November
        elif not _direction(lower) and future is False and month > published.month:
            year -= 1  # "met in October", written in February
        return f"{year:04d}-{month:02d}"
    if form == "relative_year":
        return f"{published.year + _direction(lower):04d}"
    if form == "relative_month":
        month_index = published.year * 12 + published.month - 1 + _direction(lower)
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if form == "relative_week":
        return _week_value(lower, published)
    if form == "years_ago":
        count = lower.split()[0]
        years = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        return f"{published.year - years:04d}"
    if form == "relative_day":
        shift = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(lower.split()[0], 0)
        return (published + dt.timedelta(days=shift)).isoformat()
    if form == "weekday":
        return _resolve_weekday(lower, published, future).isoformat()
    if form == "day_of_month":
        return _resolve_day_of_month(int(re.search(r"\d+", lower).group()), published, future)
    if form == "season":
        year = re.search(_YEAR, text)
        if year:
            return year.group()
        return f"{published.year + _direction(lower):04d}"
    return None


def _resolve_day_of_month(day: int, published: dt.date, future: bool | None) -> str | None:
    """'on the 14th': in the publication's month, unless the tense puts it in the month
    before (a past day after the publication's) or after (a future day before it)."""
    month = published.year * 12 + published.month - 1
    if day > published.day and future is not True:
        month -= 1
    elif day < published.day and future is True:
        month += 1
    try:
        return dt.date(month // 12, month % 12 + 1, day).isoformat()
    except ValueError:
        return None  # "the 31st" of a shorter month


def _direction(lower: str) -> int:
    """+1 for "next"/"following"/"coming", -1 for "last"/"previous", else 0."""
    if re.search(r"\b(?:next|following|coming)\b", lower):
        return 1
    return -1 if re.search(r"\b(?:last|previous)\b", lower) else 0


def _month_in(lower: str) -> int:
    """The month a phrase names ("in may last year" → 5)."""
    return next(MONTHS[w] for w in re.findall(r"[a-z]+", lower) if w in MONTHS)


def _looks_past(lower: str) -> bool:
    return lower.startswith(("since", "last", "early", "late", "mid"))


def _first_of_range(text: str) -> str:
    """'17-18 September 2024' -> '17 September 2024'; 'Sept. 17 to 19, 2024' -> 'Sept. 17, 2024'."""
    return re.sub(rf"(\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*{_DAY}", r"\1", text)


@cache
def _explicit_dates() -> DateDataParser:
    """One dateparser reader for explicit dates, built once: ``dateparser.parse`` with
    languages or settings builds a new one (its locale tables) on every call."""
    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(2000, 1, 1),
            "REQUIRE_PARTS": ["year"],
        },
    )


@lru_cache(maxsize=4096)
def _parse_explicit(text: str, fmt: str) -> str | None:
    """dateparser's reading of an explicit date; a phrase recurs, and a reading costs
    milliseconds."""
    parsed = _explicit_dates().get_date_data(text.replace(".", " ")).date_obj
    return parsed.strftime(fmt) if parsed else None


def _resolve_weekday(lower: str, published: dt.date, future: bool | None = None) -> dt.date:
    """The weekday nearest the publication date: on or before it, unless the phrase says
    next (after it) or the clause is in the future tense (on or after it)."""
    target = next(i for i, day in enumerate(WEEKDAYS) if day in lower)
    delta = target - published.weekday()
    if "next" in lower:
        return published + dt.timedelta(days=delta if delta > 0 else delta + 7)
    if future is True and "last" not in lower:
        return published + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return published + dt.timedelta(days=delta if delta <= 0 else delta - 7)


def _shift_year(value: str, published: dt.date, future: bool | None) -> str:
    """A yearless day put in the publication year, moved to the next year for a future
    event or the previous one for a past event when it lies more than a month away on
    the wrong side of the publication date."""
    day = dt.date.fromisoformat(value)
    slack = dt.timedelta(days=YEAR_SLACK_DAYS)
    if future is True and day < published - slack:
        return _with_year(day, day.year + 1)
    if future is False and day > published + slack:
        return _with_year(day, day.year - 1)
    return value


def _with_year(day: dt.date, year: int) -> str:
    try:
        return day.replace(year=year).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=year, day=28).isoformat()


def _week_value(lower: str, published: dt.date) -> str | None:
    """The calendar week (Monday to Sunday) a phrase names, as the month it lies in, or
    the year when it straddles two months; "the past week" is the seven days before."""
    if "past" in lower:
        first, last = published - dt.timedelta(days=7), published - dt.timedelta(days=1)
    else:
        monday = published - dt.timedelta(days=published.weekday())
        monday += dt.timedelta(days=7 * _direction(lower))
        first, last = monday, monday + dt.timedelta(days=6)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None
