"""The clean stage: from a decoded page or plain text to the article's own text.

``clean_html`` lets trafilatura find the main text and the page's metadata;
``clean_plain`` keeps the text as it is, apart from light whitespace
normalisation and the site furniture (share rows, "Read also:", copyright lines,
navigation) that surrounds the article. Furniture is recognised only by the
patterns in ``boilerplate.py``, and only where furniture stands:

1. lines that are never article text (``INLINE``) are removed anywhere;
2. before the first paragraph of prose, furniture lines are removed, and a
   masthead line (breadcrumbs, "You are here") takes the short lines above it;
3. after the last paragraph of prose, furniture lines are removed, and a heading
   that opens a list of other stories ("Read also:") takes the short lines
   (headlines, links) below it.

A line that reads like prose and matches no pattern is never removed. Every
removed line is reported, verbatim, in ``Cleaned.trimmed``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import trafilatura
from htmldate import find_date  # a requirement of trafilatura, which uses it for dates

from accords.errors import InputRejected
from accords.ingest import boilerplate

#: A line longer than this is article text, whatever pattern it matches.
MAX_FURNITURE_WORDS = 40
#: A line with this many words, or characters, reads like prose even without a final stop.
PROSE_WORDS = 20
PROSE_CHARS = 150
#: A headline has between these many words.
HEADLINE_WORDS = (3, 25)


def _alt(patterns: Sequence[str]) -> re.Pattern[str]:
    """One regular expression matching any of ``patterns``; an empty group is an error."""
    if not patterns:
        raise ValueError("empty pattern group")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_MASTHEAD = _alt(boilerplate.MASTHEAD)
_RELATED = _alt(boilerplate.RELATED)
_INLINE = _alt(boilerplate.INLINE)
_FURNITURE = _alt(
    boilerplate.MASTHEAD
    + boilerplate.RELATED
    + boilerplate.SHARE
    + boilerplate.FOLLOW
    + boilerplate.TAGS
    + boilerplate.LEGAL
    + boilerplate.NAVIGATION
    + boilerplate.EMBEDS
    + boilerplate.INLINE
)
_NOT_A_HEADLINE = _alt(boilerplate.NOT_A_HEADLINE)
_FINAL_STOP = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
_HEADLINE_END = re.compile(r"[.,;:]$")
_WORD = re.compile(r"\w+")
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)


@dataclass
class Cleaned:
    """The article's text and what the page says about it."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None  # site name
    url: str | None = None
    trimmed: list[str] = field(default_factory=list)  # the lines removed, verbatim


# -- lines -----------------------------------------------------------------


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _matches(pattern: re.Pattern[str], line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and _words(stripped) <= MAX_FURNITURE_WORDS
        and bool(pattern.fullmatch(stripped))
    )


def is_furniture(line: str) -> bool:
    """Whether ``line`` matches a pattern of site furniture."""
    return _matches(_FURNITURE, line)


def is_prose(line: str) -> bool:
    """Whether ``line`` reads like a paragraph of the article (and is not furniture)."""
    stripped = line.strip()
    if not stripped or is_furniture(stripped):
        return False
    n = _words(stripped)
    if n >= PROSE_WORDS or len(stripped) >= PROSE_CHARS:
        return True
    # four words, or twenty characters of a script written without spaces
    return (n >= 4 or len(stripped) >= 20) and bool(_FINAL_STOP.search(stripped))


def looks_like_headline(line: str) -> bool:
    """Short, no final period, not a dateline, byline or furniture."""
    stripped = line.strip()
    low, high = HEADLINE_WORDS
    return (
        low <= _words(stripped) <= high
        and len(stripped) <= 250
        and not _HEADLINE_END.search(stripped)
        and not is_furniture(stripped)
        and not _NOT_A_HEADLINE.fullmatch(stripped)
    )


# -- text ------------------------------------------------------------------


def normalise_whitespace(text: str) -> str:
    """Unify line ends, strip trailing blanks, keep at most one blank line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


def _listlike(line: str) -> bool:
    """A short line without a final period: a headline, a list item, a link."""
    stripped = line.strip()
    return (
        _words(stripped) < PROSE_WORDS
        and len(stripped) < PROSE_CHARS
        and not stripped.endswith((".", "。"))
    )


def _related_start(lines: list[str]) -> int | None:
    """Where the lists of other stories at the end begin: their first heading, if any.

    Read from the end up, across blank, furniture and list-like lines, until a
    line that is none of those.
    """
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if _matches(_RELATED, line):
            start = i
        elif line.strip() and not is_furniture(line) and not _listlike(line):
            break
    return start


def _furniture_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines to remove (see the module docstring for the rules)."""
    drop = {i for i, line in enumerate(lines) if _matches(_INLINE, line)}
    prose = [i for i, line in enumerate(lines) if i not in drop and is_prose(line)]
    if not prose:
        return drop | {i for i, line in enumerate(lines) if is_furniture(line)}
    first, last = prose[0], prose[-1]
    head = range(first)
    tail = range(last + 1, len(lines))
    masthead = [i for i in head if _matches(_MASTHEAD, lines[i])]
    if masthead:
        drop.update(range(masthead[-1] + 1))
    related = _related_start(lines)
    if related is not None and related > first:
        drop.update(range(related, len(lines)))
    drop.update(i for i in (*head, *tail) if is_furniture(lines[i]))
    return drop


def trim_furniture(text: str) -> tuple[str, list[str]]:
    """Remove site furniture from normalised ``text``; return the text and the removed lines."""
    lines = text.split("\n")
    drop = _furniture_lines(lines)
    trimmed = [lines[i] for i in sorted(drop) if lines[i].strip()]
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    return normalise_whitespace(kept), trimmed


def first_headline(text: str) -> str | None:
    """The first non-empty line when it looks like a headline and more text follows."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and looks_like_headline(lines[0]):
        return lines[0]
    return None


def clean_plain(text: str) -> Cleaned:
    """Clean plain text: normalise whitespace, trim furniture, keep the headline as title.

    The headline stays in ``text`` too, since evidence offsets point into ``text``.
    """
    body, trimmed = trim_furniture(normalise_whitespace(markup_to_text(text)))
    return Cleaned(text=body, title=first_headline(body), trimmed=trimmed)


#: Tags that end a block of text: a paragraph, a heading, an item, a line break.
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|article|section|tr)\b[^>]*>|<br\s*/?>", re.I
)
_ANY_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
#: A stray full stop or comma left alone between two blocks ("</p>.<p>") by an export.
_STRAY_MARK = re.compile(r"\n\s*[.,;]\s*\n")


def markup_to_text(text: str) -> str:
    """Plain text that carries HTML markup (a CMS export, a feed's description, a pasted
    fragment): its blocks become paragraphs, its other tags go, its entities are read.
    Text with fewer than two block tags is left as it is (a "<" in prose is no markup)."""
    if len(_BLOCK_TAG.findall(text)) < 2:
        return text
    text = _BLOCK_TAG.sub("\n\n", text)
    text = html.unescape(_ANY_TAG.sub("", text))
    return _STRAY_MARK.sub("\n\n", text)


# -- HTML ------------------------------------------------------------------


def date_params(extensive: bool = False) -> dict[str, Any]:
    """htmldate settings for the publication date; a fresh dict on every call.

    ``max_date`` (required by trafilatura) rejects dates after today; it is a
    bound, never a default: htmldate gives ``None`` when it finds nothing.
    """
    return {
        "extensive_search": extensive,
        "original_date": True,
        "max_date": date.today().isoformat(),
    }


def _states_day(html: str, iso: str) -> bool:
    """Whether the page writes out the day of ``iso`` (YYYY-MM-DD), not only its year."""
    y, m, d = iso.split("-")
    m, d = str(int(m)), str(int(d))
    numeric = (
        rf"{y}[-/.]0?{m}[-/.]0?{d}|0?{d}[-/.]0?{m}[-/.]{y}|0?{m}[-/.]0?{d}[-/.]{y}"
        rf"|{y}\s*[年년]\s*0?{m}\s*[月월]\s*0?{d}"
    )
    worded = (
        rf"0?{d}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d_]{{3,}}\.?,?\s+(?:de\s+)?{y}"
        rf"|[^\W\d_]{{3,}}\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}"
    )
    return re.search(rf"(?<!\d)(?:{numeric}|{worded})(?!\d)", html) is not None


def find_published(html: str, url: str | None, found: str | None) -> str | None:
    """The publication date the page states, as YYYY-MM-DD, or ``None``.

    ``found`` is what trafilatura read from the markup, the structured data and the
    URL (htmldate without its extensive search). When that is nothing, htmldate's
    extensive search reads the visible text too; its last resorts turn a copyright
    year or a bare "2019" into 1 January, or a month into its 1st, so a first of the
    month is kept only when the page writes that day out.
    """
    if found:
        return found
    guess = find_date(html, url=url, **date_params(extensive=True))
    if guess and (not guess.endswith("-01") or _states_day(html, guess)):
        return guess
    return None


def clean_html(html: str, url: str | None = None) -> Cleaned:
    """Extract the article's text and metadata from a decoded HTML page.

    Raises ``InputRejected`` when the page yields no article text.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=date_params(),
    )
    raw = getattr(document, "text", None) or ""
    text, trimmed = trim_furniture(normalise_whitespace(raw))
    if not any(is_prose(line) for line in text.split("\n")):
        raise InputRejected("", "no article text in the HTML page")
    return Cleaned(
        text=text,
        title=_meta(document, "title"),
        published=find_published(html, url, _meta(document, "date")),
        outlet=_meta(document, "sitename"),
        url=url or _meta(document, "url"),
        trimmed=trimmed,
    )


def _meta(document: object, name: str) -> str | None:
    value = getattr(document, name, None)
    return (value.strip() or None) if isinstance(value, str) else None
