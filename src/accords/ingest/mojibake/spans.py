"""Where text re-encodes to UTF-8: code pages as mojibake shows them, and spans.

A :class:`CodePage` maps every character back to the byte it came from, including the
ways real software fills the page's gaps (C1 controls, windows-1252 characters, U+FFFD,
or nothing). A :class:`Span` is a run of characters that re-encodes to one UTF-8
character: exactly, or with one lost byte, in which case it lists every candidate.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from accords.ingest.mojibake.data import LOSSY_PUNCTUATION, PLAUSIBLE_RANGES
from accords.ingest.mojibake.score import is_letter, known_letters, script_of

_REPLACEMENT = "\ufffd"
_NBSP_BYTE = 0xA0
_SPACE = " \t\n\r\f\v"


@dataclass(frozen=True)
class CodePage:
    """A single-byte code page as mojibake shows it: char → byte, and the bytes it loses."""

    name: str
    byte_of: dict[str, int]
    lost: tuple[int, ...]
    fallback: frozenset[str]  # windows-1252 characters standing in for undefined bytes
    also: dict[str, int]  # a fallback character the page also has elsewhere (cp1257 š)


@functools.cache
def codepage(name: str, narrow: bool = False) -> CodePage:
    """The reverse map of ``name``, with the ways real software fills its gaps.

    Undefined bytes come back as C1 controls (browsers), as windows-1252 characters (the
    seed article's windows-874), or not at all (then they are "lost"). 0xA0 (no-break
    space) counts as lost too: pages collapse it into the next space. For latin-1 the
    lost bytes are the C1 range, which cleaners strip. ``narrow``: the text shows the
    windows-1252 fallback, so only bytes windows-1252 leaves undefined too were lost.
    """
    byte_of: dict[str, int] = {}
    undefined: list[int] = []
    for byte in range(0x80, 0x100):
        try:
            byte_of[bytes([byte]).decode(name)] = byte
        except UnicodeDecodeError:
            undefined.append(byte)
    if name == "latin-1":
        undefined = list(range(0x80, 0xA0))
    fallback: set[str] = set()
    also: dict[str, int] = {}
    lost: list[int] = []
    for byte in undefined:
        byte_of.setdefault(chr(byte), byte)
        try:
            char = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            lost.append(byte)
            continue
        fallback.add(char)
        if byte_of.setdefault(char, byte) != byte:
            also[char] = byte
        if not narrow:
            lost.append(byte)
    return CodePage(name, byte_of, (*lost, _NBSP_BYTE), frozenset(fallback), also)


@dataclass(frozen=True)
class Span:
    """Characters that re-encode to one UTF-8 character, with the candidate decodings."""

    start: int
    end: int
    options: tuple[str, ...]  # one when nothing was lost, else every guess (``ß `` may
    # carry the space the span took)
    lossy: bool
    bare: bool = False  # only the lead byte is left: nothing but the language to go on

    @property
    def width(self) -> int:
        return self.end - self.start


@functools.cache
def is_plausible(char: str) -> bool:
    """Whether a decoded character is something news contains (not IPA, NKo, a space…)."""
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in PLAUSIBLE_RANGES)


def _sequence_length(byte: int) -> int:
    """How many continuation bytes a UTF-8 lead byte announces (0 if it is not a lead)."""
    if 0xC2 <= byte <= 0xDF:
        return 1
    if 0xE0 <= byte <= 0xEF:
        return 2
    if 0xF0 <= byte <= 0xF4:
        return 3
    return 0


def _decode_one(raw: list[int]) -> str | None:
    try:
        text = bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


def _lossy_options(
    lead: int, conts: list[int | None], cp: CodePage, before_space: bool
) -> tuple[str, ...]:
    """Every character the sequence could have been, filling one gap with a lost byte.

    ``None`` in ``conts`` marks a U+FFFD; without one, the dropped byte may have been at
    any position. A no-break space (0xA0) is only lost where it merged into a space.
    """
    lost = cp.lost if before_space else tuple(b for b in cp.lost if b != _NBSP_BYTE)
    return _fill_gap(lead, tuple(conts), lost)


@functools.lru_cache(maxsize=1 << 12)
def _fill_gap(lead: int, conts: tuple[int | None, ...], lost: tuple[int, ...]) -> tuple[str, ...]:
    """Every known letter or typographic sign the sequence makes when each gap (a
    ``None``, else one missing byte at any position) is one of the ``lost`` bytes. Two
    gaps are filled only where both show (``â��`` for ``’``, whose bytes 0x80 and
    0x99 Latin-1 pages both lose)."""
    if conts.count(None) > 2:
        return ()
    if None in conts:
        layouts = [conts]
    else:
        layouts = [(*conts[:i], None, *conts[i:]) for i in range(len(conts) + 1)]
    allowed = known_letters() | LOSSY_PUNCTUATION
    found: dict[str, None] = {}
    for layout in layouts:
        gaps = layout.count(None)
        for filling in itertools.product(lost, repeat=gaps):
            fill = iter(filling)
            char = _decode_one([lead, *(next(fill) if b is None else b for b in layout)])
            if char is not None and char in allowed:
                found[char] = None
    return tuple(found)


def lost_byte_options(lead: int, name: str) -> tuple[str, ...]:
    """Every letter or sign a two-byte sequence could have been when only its lead byte
    ``lead`` survived code page ``name``."""
    return _fill_gap(lead, (), tuple(b for b in codepage(name).lost if b != _NBSP_BYTE))


def _starts_sequence(text: str, j: int, cp: CodePage) -> bool:
    """Whether ``text[j]`` reads as a lead byte followed by a continuation byte."""
    lead, nxt = cp.byte_of.get(text[j]), cp.byte_of.get(text[j + 1 : j + 2] or " ")
    return (
        lead is not None and _sequence_length(lead) > 0 and nxt is not None and 0x80 <= nxt <= 0xBF
    )


def find_spans(text: str, cp: CodePage) -> list[Span]:
    """Left to right, every place where ``text`` re-encodes to one UTF-8 character."""
    spans: list[Span] = []
    i, n = 0, len(text)
    while i < n:
        lead = cp.byte_of.get(text[i])
        needed = _sequence_length(lead) if lead is not None else 0
        conts: list[int | None] = []
        j = i + 1
        while needed and j < n and len(conts) < needed:
            byte = cp.byte_of.get(text[j])
            if byte is not None and not 0x80 <= byte <= 0xBF and not _starts_sequence(text, j, cp):
                byte = cp.also.get(text[j], byte)
            if byte is not None and 0x80 <= byte <= 0xBF:
                conts.append(byte)
            elif text[j] == _REPLACEMENT:
                conts.append(None)
            else:
                break
            j += 1
        span = _make_span(text, i, j, lead, conts, needed, cp) if needed else None
        if span is None:
            i += 1
        else:
            spans.append(span)
            i = span.end
    return spans


def _make_span(
    text: str,
    i: int,
    j: int,
    lead: int | None,
    conts: list[int | None],
    needed: int,
    cp: CodePage,
) -> Span | None:
    assert lead is not None
    if len(conts) == needed and None not in conts:
        char = _decode_one([lead, *(b for b in conts if b is not None)])
        if char is None or not is_plausible(char):
            return None
        return Span(i, j, (char,), lossy=False)
    if None in conts:
        # A U+FFFD marks the gap: a byte the page leaves undefined, never the no-break
        # space (every page defines 0xA0), so the space after it is a real one.
        options = _lossy_options(lead, conts, cp, before_space=False)
        return Span(i, j, options, lossy=True) if options and len(conts) == needed else None
    if len(conts) == needed or len(conts) == needed - 1:
        options = _lossy_options(lead, conts, cp, j == len(text) or text[j] in _SPACE)
        if text[j : j + 1] == " " and j + 1 < len(text):
            return _around_space(text, i, j, lead, conts, options)
        return Span(i, j, options, lossy=True, bare=not conts) if options else None
    return None


def _around_space(
    text: str, i: int, j: int, lead: int, conts: list[int | None], options: tuple[str, ...]
) -> Span | None:
    """A sequence cut short by a space: a real space after a dropped byte (``hieÃ es``,
    options ``ß `` …), or the byte 0xA0 itself, a no-break space that HTML flattening
    made a space (``HÃ n``, option ``à``). The span takes the space either way; before
    a second space, the no-break reading comes first (it wins a tie)."""
    absorbed = _fill_gap(lead, tuple(conts), (_NBSP_BYTE,))
    spaced = tuple(c + " " for c in options)
    choices = (*absorbed, *spaced) if text[j + 1] == " " else (*spaced, *absorbed)
    return Span(i, j + 1, choices, lossy=True, bare=not conts) if choices else None


def reading(text: str, cp: CodePage) -> tuple[CodePage, list[Span]]:
    """The spans of ``text`` in ``cp`` worth judging, narrowed when a span shows the
    windows-1252 fallback."""
    spans = find_spans(text, cp)
    if cp.fallback and any(
        text[i] in cp.fallback for s in spans if not s.lossy for i in range(s.start + 1, s.end)
    ):
        cp = codepage(cp.name, narrow=True)
        spans = find_spans(text, cp)
    starts, ends = {s.start for s in spans}, {s.end for s in spans}
    return cp, [s for s in spans if not _embedded(text, s, starts, ends)]


def _embedded(text: str, span: Span, starts: set[int], ends: set[int]) -> bool:
    """Whether a span sits inside a word of its own script and would decode to another:
    Thai ``แรก`` holds a valid UTF-8 ``รก``, but ``แá`` is not a repair (a sign between
    letters, ``Itâ��s``, may be an apostrophe: judged). Skipping these
    keeps long Thai text fast; spans next to other spans (Russian read as windows-874)
    are always judged."""
    if span.start in ends or span.end in starts or not span.start or span.end >= len(text):
        return False
    prev, nxt = text[span.start - 1], text[span.end]
    script = script_of(text[span.start])
    return (
        is_letter(prev)
        and is_letter(nxt)
        and script_of(prev) == script_of(nxt) == script
        and all(is_letter(c[0]) and script_of(c[0]) != script for c in span.options)
    )
