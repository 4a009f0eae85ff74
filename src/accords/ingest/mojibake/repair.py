"""Repair of UTF-8 text that was decoded with a single-byte code page ("mojibake").

ftfy repairs most windows-1252 mojibake, but not windows-874 (Thai), and not text whose
code page lost bytes, which is what real pages show: ``Gรกbor`` for ``Gábor``,
``meeting,โ€ Nagy`` for ``meeting,” Nagy`` (0x9D is undefined, so it was dropped).

How it works, for each code page of :data:`CODEPAGES`:

1. Map every character back to the byte it came from
   (:func:`~accords.ingest.mojibake.spans.codepage`). Bytes the page leaves undefined
   may show up as C1 controls, as their windows-1252 character, as U+FFFD, or not at all.
2. Find spans (:mod:`accords.ingest.mojibake.spans`): a UTF-8 lead byte followed by its
   continuation bytes. When one byte is missing, every byte the page loses is a
   candidate.
3. Group spans into :class:`Unit` s (a word, or the words a span joins) and keep a unit
   only when decoding makes it look less like mojibake
   (:func:`~accords.ingest.mojibake.score.badness`). A unit with one short span
   (``Ã¥`` could be a name) needs backing from other repairs in its paragraph.
4. Choose, per place, the code page that helps most; guess lost bytes again with the
   repaired paragraph as context.

Correct text is left alone because decoding does not make it look better: Thai ``แรก``
re-encodes to valid UTF-8 (``แá``) but then mixes scripts in one word.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from accords.ingest.mojibake.data import CODEPAGES
from accords.ingest.mojibake.score import (
    HIDDEN,
    Context,
    badness,
    best_word,
    context_at,
    foreign_letters,
    language_weights,
    letter_counts,
    letter_prior,
    listed_frequency,
    option_shares,
    pair_weights,
    rank_options,
)
from accords.ingest.mojibake.spans import CodePage, Span, codepage, reading
from accords.model import Repair

_SPACE = " \t\n\r\f\v"

#: A unit is kept when decoding cuts its badness to a third (a hopeless double garble
#: that decoding only dents stays as it is).
KEEP_RATIO = 0.34

#: Longest unit, in characters: words are shorter; Thai runs without spaces are cut.
MAX_UNIT = 48

#: How often an unbacked weak unit may hand its place to the next best reading.
SELECTION_ROUNDS = 3


# --- deciding what to repair -------------------------------------------------------


@dataclass
class Unit:
    """A word (or words a span joins) holding spans of one code page, and its verdict."""

    codepage: str
    lo: int
    hi: int
    spans: list[Span]
    choices: dict[Span, str] = field(default_factory=dict)
    gain: int = 0

    @property
    def weak(self) -> bool:
        """Guesses from lead bytes alone, or one exact two-character span: ``Ã¥`` alone
        could be a name, ``Е`` alone a Ukrainian letter. A lead byte with a U+FFFD, or
        with continuation bytes and a dropped one (``โ€``), is evidence on its own.
        """
        if self.lead_only:
            return True
        if len(self.choices) != 1:
            return False
        span = next(iter(self.choices))
        return span.width == 2 and not span.lossy

    @property
    def lead_only(self) -> bool:
        """Only lead bytes survived: guesses that need other repairs nearby to back them."""
        return all(s.bare for s in self.choices)


def _units(text: str, cp: CodePage, spans: list[Span]) -> list[Unit]:
    """Group spans whose words touch; a unit runs from word start to word end.

    Text without spaces (Thai, or a long URL) is cut into units of about
    :data:`MAX_UNIT` characters, so that judging stays linear.
    """
    units: list[Unit] = []
    for span in spans:
        lo = span.start
        while lo and text[lo - 1] not in _SPACE and span.start - lo < MAX_UNIT:
            lo -= 1
        hi = span.end
        while hi < len(text) and text[hi] not in _SPACE and hi - span.end < MAX_UNIT:
            hi += 1
        last = units[-1] if units else None
        if last and lo <= last.hi and span.start - last.lo <= MAX_UNIT:
            last.hi = max(hi, last.hi)
            last.spans.append(span)
        elif last and lo <= last.hi:
            last.hi = span.start
            units.append(Unit(cp.name, span.start, hi, [span]))
        else:
            units.append(Unit(cp.name, lo, hi, [span]))
    return units


def _context_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Widen a unit by one word on each side (for the stray-word test), within reason."""
    floor, ceiling = max(0, lo - MAX_UNIT), min(len(text), hi + MAX_UNIT)
    while lo > floor and text[lo - 1] in _SPACE:
        lo -= 1
    while lo > floor and text[lo - 1] not in _SPACE:
        lo -= 1
    while hi < ceiling and text[hi] in _SPACE:
        hi += 1
    while hi < ceiling and text[hi] not in _SPACE:
        hi += 1
    return lo, hi


class _Lines:
    """Line numbers and bounds of a text, found by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end


def _apply(text: str, lo: int, hi: int, choices: dict[Span, str]) -> str:
    """``text[lo:hi]`` with the chosen spans replaced by their decodings."""
    out, pos = [], lo
    for span in sorted(choices, key=lambda s: s.start):
        out += [text[pos : span.start], choices[span]]
        pos = span.end
    out.append(text[pos:hi])
    return "".join(out)


def _neighbours(text: str, span: Span, decoded: dict[int, str], ends: dict[int, str]) -> Context:
    """The context of a span, seen through the decoded spans next to it."""
    ctx = context_at(text, span.start, span.end)
    return ctx._replace(prev=ends.get(span.start, ctx.prev), nxt=decoded.get(span.end, ctx.nxt))


def _guesses(text: str, spans: list[Span], weights: dict[str, float]) -> dict[Span, str]:
    """One decoding per span: the only one, or the best guess given decoded neighbours."""
    sure = {s: s.options[0] for s in spans if len(s.options) == 1}
    decoded = {s.start: c[0] for s, c in sure.items()}
    ends = {s.end: c[-1] for s, c in sure.items()}
    guesses = dict(sure)
    for span in spans:
        if span not in sure:
            guesses[span] = rank_options(
                span.options, _neighbours(text, span, decoded, ends), weights
            )
    return guesses


class Weights(NamedTuple):
    """A paragraph's languages: from its ungarbled letters only (to call letters foreign
    without the candidate's help), and with the other decodings too (to rank guesses).
    ``plain``: the ungarbled letters all belong to those languages (not a line that
    mixes Portuguese, Danish and Turkish names)."""

    rest: dict[str, float]
    read: dict[str, float]
    plain: bool = False


def _judge(text: str, unit: Unit, sure: dict[Span, str], weights: Weights) -> None:
    """Decide which spans of ``unit`` to replace (all, else a greedy subset).

    Badness is measured with one word of context on each side, read with this code
    page's sure decodings (so ``ะธ`` between two garbled Russian words is judged between
    Russian words), plus letters foreign to the paragraph's languages, plus half a point
    per guessed lost byte (an exact decoding wins a tie). The unit itself must lose two
    thirds of its own badness.
    """
    lo, hi = _context_bounds(text, unit.lo, unit.hi)
    around = {s: c for s, c in sure.items() if lo <= s.start < unit.lo or unit.hi <= s.start < hi}
    guesses = _guesses(text, unit.spans, weights.read or weights.rest)

    def cost(choices: dict[Span, str], wide: bool = True) -> int:
        if not wide:
            chunk = _apply(text, unit.lo, unit.hi, choices)
            return badness(chunk) + foreign_letters(chunk, weights.rest)
        chunk = _apply(text, lo, hi, {**around, **choices})
        guessed = sum(1 for s in choices if s.lossy)
        return 2 * (badness(chunk) + foreign_letters(chunk, weights.rest)) + guessed

    if all(s.bare for s in unit.spans) and _bare_cost(
        _apply(text, lo, hi, {**around, **guesses}), weights
    ) >= _bare_cost(_apply(text, lo, hi, around), weights):
        return  # lead bytes alone, and nothing objects to them: NÃO, Årsta stay
    before, own = cost({}), cost({}, wide=False)
    choices = guesses
    if not _good(cost(choices), cost(choices, wide=False), before, own):
        choices = _greedy(guesses, cost, before)
    after = cost(choices)
    if choices and _good(after, cost(choices, wide=False), before, own):
        unit.choices, unit.gain = choices, before - after


def _bare_cost(chunk: str, weights: Weights) -> int:
    """What objects to lead bytes left alone: badness, and letters foreign to the
    paragraph's languages (``ÃLLAMI`` in Hungarian) when its ungarbled letters speak
    for those languages with one voice (``NÃO`` among Danish and Turkish names stays)."""
    return badness(chunk) + (foreign_letters(chunk, weights.rest) if weights.plain else 0)


def _good(after: int, own_after: int, before: int, own: int) -> bool:
    return after < before and own_after <= KEEP_RATIO * own


def _greedy(
    guesses: dict[Span, str], cost: Callable[[dict[Span, str]], int], before: int
) -> dict[Span, str]:
    kept: dict[Span, str] = {}
    best = before
    for span, guess in guesses.items():
        trial = cost({**kept, span: guess})
        if trial < best:
            kept[span], best = guess, trial
    return kept


class _Selection:
    """The candidate units of a text, and what backs the weak ones."""

    def __init__(self, text: str, chosen: list[Unit], backing: Sequence[tuple[int, int]]):
        self.text, self.chosen, self.lines = text, chosen, _Lines(text)
        self.accepted = [u for u in chosen if not u.weak]
        self.covered = {i for u in chosen for s in u.choices for i in range(s.start, s.end)}
        self.backed_lines = {self.lines.index(lo) for lo, _ in backing}
        self.by_line: dict[int, list[Unit]] = {}
        for unit in chosen:
            self.by_line.setdefault(self.lines.index(unit.lo), []).append(unit)
        self._letters: dict[int, Counter[str]] = {}

    def accept_weak(self) -> list[Unit]:
        """Short spans first (they may back lead-only guesses), then lead-only guesses."""
        for lead_only in (False, True):
            for unit in self.chosen:
                if unit.weak and unit.lead_only == lead_only and self._backed(unit):
                    self.accepted.append(unit)
        return self.accepted

    def _backed(self, unit: Unit) -> bool:
        """Whether a weak unit is backed by other repairs or by the paragraph's language.

        Short spans: another repaired unit in the paragraph (two weak ones back each
        other) or an earlier repair there (ftfy's); else a line with no correct text the
        code page would have garbled too. Lead-only guesses: a paragraph whose
        languages, read with every other candidate repair, make the guess likely.
        """
        line = self.lines.index(unit.lo)
        if unit.lead_only:
            own = letter_counts("".join(unit.choices.values()))
            weights = language_weights(self._line_letters(line) - own)
            return bool(weights) and all(
                letter_prior(c[0], weights) > 0 for c in unit.choices.values() if c[0].isalpha()
            )
        same_line = self.by_line.get(line, [])
        if line in self.backed_lines or any(u in self.accepted for u in same_line):
            return True
        if any(u is not unit and u.weak and not u.lead_only for u in same_line):
            return True
        return not self._contradicted(unit)

    def _line_letters(self, line: int) -> Counter[str]:
        if line not in self._letters:
            start, end = self.lines.bounds(self.lines.starts[line])
            choices = {s: c for u in self.by_line.get(line, []) for s, c in u.choices.items()}
            self._letters[line] = letter_counts(_apply(self.text, start, end, choices))
        return self._letters[line]

    def _contradicted(self, unit: Unit) -> bool:
        """Whether the unit's line holds correct non-ASCII text this code page would garble
        (characters of candidate units do not count: they look garbled too)."""
        start, end = self.lines.bounds(unit.lo)
        byte_of = codepage(unit.codepage).byte_of
        text, covered = self.text, self.covered
        return any(
            not text[i].isascii() and text[i] in byte_of and i not in covered
            for i in range(start, end)
        )


#: The code page whose characters for the bytes 0x80-0x9F show whether those bytes
#: survived (windows-1252 gives them letters and quotes; Latin-1 gives controls that
#: cleaners strip).
C1_WITNESS = "cp1252"


def _shows_c1(text: str, span: Span, cp: CodePage) -> bool:
    """Whether an exact span holds a continuation byte in 0x80-0x9F (``Ñ€`` for ``р``)."""
    return not span.lossy and any(
        0x80 <= cp.byte_of.get(c, 0) <= 0x9F for c in text[span.start + 1 : span.end]
    )


def _preference(name: str, c1_shown: bool) -> int:
    """Order of code pages on a tie. Latin-1 (the bytes 0x80-0x9F stripped) comes first
    in a line where no continuation byte 0x80-0x9F survives: windows-1252 would have
    kept them (UTF-8 puts them in a third of all Cyrillic, Greek and accented Latin
    letters), so their absence says they were lost, all of them, not only the five
    windows-1252 leaves undefined."""
    if name == "latin-1" and not c1_shown:
        return -1
    return CODEPAGES.index(name)


def pages_the_bytes_allow(text: str) -> tuple[str, ...]:
    """The code pages that may have garbled ``text``: all but Latin-1 with the C1 range
    stripped when a continuation byte 0x80-0x9F shows as its windows-1252 character
    (``Ñ€`` for ``р``): that page would have lost it. Said of the text before another
    repair (ftfy's) hides which bytes survived."""
    cp, spans = reading(text, codepage(C1_WITNESS))
    if any(_shows_c1(text, span, cp) for span in spans):
        return tuple(name for name in CODEPAGES if name != "latin-1")
    return CODEPAGES


def select_units(
    text: str, backing: Sequence[tuple[int, int]] = (), pages: Sequence[str] = CODEPAGES
) -> list[Unit]:
    """Judge every unit of every code page; keep the best non-overlapping, backed ones.

    On a tie, the code page that repairs more units in the same line wins; a weak unit
    nothing backs gives its place to the next best reading of it. ``backing``
    holds ranges of ``text`` an earlier repair changed: evidence that their paragraphs
    went through a wrong code page. ``pages``: the code pages to try.
    """
    lines = _Lines(text)
    judged: list[Unit] = []
    c1_shown: set[int] = set()
    for name in pages:
        cp, spans = reading(text, codepage(name))
        if not spans:
            continue
        if name == C1_WITNESS:
            c1_shown = {lines.index(s.start) for s in spans if _shows_c1(text, s, cp)}
        sure = {s: s.options[0] for s in spans if not s.lossy}
        rest = _apply(text, 0, len(text), dict.fromkeys(spans, ""))
        read = _apply(text, 0, len(text), {**dict.fromkeys(spans, ""), **sure})
        rest_lines = rest.split("\n")
        rest_weights = [language_weights(line) for line in rest_lines]
        plain = [
            bool(w) and not foreign_letters(line, w)
            for line, w in zip(rest_lines, rest_weights, strict=True)
        ]
        read_letters = [letter_counts(line) for line in read.split("\n")]
        for unit in _units(text, cp, spans):
            index = lines.index(unit.lo)
            own = letter_counts("".join(sure.get(s, "") for s in unit.spans))
            weights = Weights(
                rest_weights[index], language_weights(read_letters[index] - own), plain[index]
            )
            _judge(text, unit, sure, weights)
            if unit.choices:
                judged.append(unit)
    votes = Counter((u.codepage, lines.index(u.lo)) for u in judged)
    judged.sort(
        key=lambda u: (
            -u.gain,
            -votes[u.codepage, lines.index(u.lo)],
            _preference(u.codepage, lines.index(u.lo) in c1_shown),
            u.lo,
        )
    )
    for _ in range(SELECTION_ROUNDS):
        chosen = _non_overlapping(judged)
        accepted = _Selection(text, chosen, backing).accept_weak()
        unbacked = {id(u) for u in chosen} - {id(u) for u in accepted}
        if not unbacked:
            break
        judged = [u for u in judged if id(u) not in unbacked]
    return accepted


def _non_overlapping(units: list[Unit]) -> list[Unit]:
    """The units, best first, that overlap no better one."""
    taken: list[tuple[int, int]] = []  # sorted, disjoint
    chosen: list[Unit] = []
    for unit in units:
        k = bisect.bisect_left(taken, (unit.lo, unit.lo))
        if (k and taken[k - 1][1] > unit.lo) or (k < len(taken) and taken[k][0] < unit.hi):
            continue
        taken.insert(k, (unit.lo, unit.hi))
        chosen.append(unit)
    return chosen


class Guess(NamedTuple):
    """A character restored from a lost byte, and its share of all candidates' scores
    (see :func:`~accords.ingest.mojibake.score.best_option`); ``after_letter`` when a
    letter precedes it in its word (both of its letter pairs then judge it)."""

    char: str
    share: float
    after_letter: bool = False


def _rerank(repaired: str, picks: list[tuple[int, Span, str]]) -> tuple[str, list[Guess]]:
    """Guess lost bytes again, now that the paragraph around them reads correctly.

    The paragraph's languages come from its letters minus the guesses themselves; the
    new guess keeps the case of the first one, which the badness test approved. Lost
    letters in one word are chosen together, by the letter pairs the whole word makes
    (:func:`~accords.ingest.mojibake.score.best_word`); other guesses (quotes, a letter
    that took a space) one by one. Returns the text and each guess with how clearly it
    won.
    """
    chars = list(repaired)
    lines = _Lines(repaired)
    guessed: dict[int, Counter[str]] = {}
    for pos, _, first in picks:
        guessed.setdefault(lines.index(pos), Counter())[first[0].lower()] += 1
    weights: dict[int, dict[str, float]] = {}
    hidden = list(repaired)
    for pos, _, _ in picks:
        hidden[pos] = HIDDEN

    def weights_at(pos: int) -> dict[str, float]:
        index = lines.index(pos)
        if index not in weights:
            start, end = lines.bounds(pos)
            found = language_weights(letter_counts(repaired[start:end]) - guessed[index])
            weights[index] = pair_weights("".join(hidden[start:end]), found)
        return weights[index]

    guesses: list[Guess] = []
    options = [
        tuple(c for c in span.options if c[0].isupper() == first[0].isupper())
        for _, span, first in picks
    ]
    for group in _word_groups(chars, picks, options):
        if len(group) > 1 or _letters_only(options[group[0]], picks[group[0]][2]):
            guesses += _rerank_word(chars, [picks[k] for k in group], [options[k] for k in group], weights_at)
            continue
        pos, _, first = picks[group[0]]
        context = context_at(chars, pos, pos + len(first))
        # How clearly a guess won is told by letter pairs alone: the word list picks
        # among readings but does not vouch for them (as in best_word).
        shares = option_shares(options[group[0]], context, weights_at(pos))
        choice = _word_by_the_space(chars, pos, first, options[group[0]], weights_at(pos))
        if choice is None:
            choice = max(shares, key=lambda option: shares[option])
        guesses.append(Guess(choice[0], shares[choice], context.prev.isalpha()))
        chars[pos : pos + len(first)] = [choice] + [""] * (len(first) - 1)
    return "".join(chars), guesses


def _word_by_the_space(
    chars: list[str], pos: int, first: str, options: tuple[str, ...], weights: dict[str, float]
) -> str | None:
    """For a lost letter before a space, the option that makes listed words.

    A letter that kept the space (``Ο `` of ``Ο υπουργός``) ends its word; one whose
    no-break space became that space (``Р`` of ``Ð ÑƒÑ�Ñ�ÐºÐ¸Ð¹``) runs into the next
    word. Each option is read as the words it makes with the letters around it; of the
    options whose words a word list holds, the one whose word is commonest wins (``ο``
    over ``ν``). Where a joined word is listed, a letter that ends its word must leave
    a listed word after it too (``русский``, not ``а усский``). None when no option is
    a letter, or none makes listed words."""
    if not all(o[0].isalpha() and o[1:] in ("", " ") for o in options):
        return None
    start = pos
    while start > 0 and pos - start < MAX_UNIT and chars[start - 1].isalpha():
        start -= 1
    end = pos + len(first)
    while end < len(chars) and end - pos < MAX_UNIT and chars[end].isalpha():
        end += 1
    prefix, suffix = "".join(chars[start:pos]), "".join(chars[pos + len(first) : end])
    joined = {
        o: z
        for o in options
        if not o.endswith(" ")
        and (z := listed_frequency(prefix + o[0] + suffix, weights)) is not None
    }
    rest_listed = not suffix or listed_frequency(suffix, weights) is not None
    ending = {
        o: z
        for o in options
        if o.endswith(" ")
        and (not joined or rest_listed)
        and (z := listed_frequency(prefix + o[0], weights)) is not None
    }
    listed = {**joined, **ending}
    return max(listed, key=lambda o: listed[o]) if listed else None


def _letters_only(options: tuple[str, ...], first: str) -> bool:
    return len(first) == 1 and all(len(c) == 1 and c.isalpha() for c in options)


def _word_groups(
    chars: list[str], picks: list[tuple[int, Span, str]], options: list[tuple[str, ...]]
) -> list[list[int]]:
    """Picks grouped by word: lost letters with only letters between them."""
    groups: list[list[int]] = []
    for k, (pos, _, first) in enumerate(picks):
        if groups and _letters_only(options[k], first):
            last = groups[-1][-1]
            end = picks[last][0] + 1
            if _letters_only(options[last], picks[last][2]) and all(
                c.isalpha() for c in chars[end:pos]
            ):
                groups[-1].append(k)
                continue
        groups.append([k])
    return groups


def _rerank_word(
    chars: list[str],
    picks: list[tuple[int, Span, str]],
    options: list[tuple[str, ...]],
    weights_at: Callable[[int], dict[str, float]],
) -> list[Guess]:
    """Choose the lost letters of one word together; write them into ``chars``."""
    lo, hi = picks[0][0], picks[-1][0] + 1
    while lo > 0 and picks[0][0] - lo < MAX_UNIT and chars[lo - 1].isalpha():
        lo -= 1
    while hi < len(chars) and hi - picks[-1][0] < MAX_UNIT and chars[hi].isalpha():
        hi += 1
    word = " " + "".join(chars[lo:hi]) + " "
    places = {pos - lo + 1: opts for (pos, _, _), opts in zip(picks, options, strict=True)}
    choices, shares = best_word(word, places, weights_at(picks[0][0]))
    for place, choice in choices.items():
        chars[place + lo - 1] = choice
    return [Guess(choices[p], shares[p], word[p - 1].isalpha()) for p in places]


def repair_mojibake(
    text: str, backing: Sequence[tuple[int, int]] = (), pages: Sequence[str] = CODEPAGES
) -> tuple[str, list[Repair]]:
    """Repair UTF-8 read as a single-byte code page, in mixed text; say what changed.

    ``backing``: ranges an earlier repair changed; ``pages``: the code pages to try (see
    :func:`select_units`).
    """
    repaired, repairs, _ = repair_mojibake_guessing(text, backing, pages)
    return repaired, repairs


def repair_mojibake_guessing(
    text: str, backing: Sequence[tuple[int, int]] = (), pages: Sequence[str] = CODEPAGES
) -> tuple[str, list[Repair], list[Guess]]:
    """:func:`repair_mojibake`, also returning the characters it guessed for lost bytes
    with how clearly each won (a lost byte only one candidate fits wins outright)."""
    if text.isascii():
        return text, [], []
    units = select_units(text, backing, pages)
    if not units:
        return text, [], []
    replacements = sorted(
        ((span, choice, unit.codepage) for unit in units for span, choice in unit.choices.items()),
        key=lambda t: t[0].start,
    )
    out: list[str] = []
    picks: list[tuple[int, Span, str]] = []
    sure: list[Guess] = []
    pos = length = 0
    counts: Counter[str] = Counter()
    last = ""  # the character written before the current span
    for span, choice, name in replacements:
        last = text[pos : span.start][-1:] or last
        out += [text[pos : span.start], choice]
        length += span.start - pos
        if len(span.options) > 1:
            picks.append((length, span, choice))
        elif span.lossy:
            sure.append(Guess(choice[0], 1.0, last.isalpha()))
        last = choice[-1]
        length += len(choice)
        counts[name] += len(choice.rstrip(" ")) or 1
        pos = span.end
    out.append(text[pos:])
    repaired, guesses = _rerank("".join(out), picks)
    repairs = [Repair(f"mojibake:{name}", n) for name, n in counts.items()]
    return repaired, repairs, sure + guesses
