"""How mojibake-like text looks, and which character a lost byte most likely was.

Two questions the repair in :mod:`accords.ingest.mojibake.repair` asks of every candidate:

* :func:`badness` — does decoding a word make it look more like text? Mojibake changes
  script inside a word (``Gรกbor``), scatters symbols between letters (``PÃ©ter``),
  turns lowercase into uppercase mid-word, breaks Thai spelling (``ะะพะฒะฐ``).
* :func:`rank_options` — when a byte was lost, several characters fit; the case and
  script of the neighbours, the languages of the paragraph and the quote position pick
  one.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from typing import NamedTuple

from accords.ingest.mojibake.data import (
    BAD_QUOTES,
    CJK_SCRIPTS,
    LANGUAGE_LETTERS,
    LOSSY_PUNCTUATION,
    MOJIBAKE_PAIRS,
    MOJIBAKE_SYMBOLS,
    RARE_CAPITALS,
    SENTENCE_ENDS,
    TABLE_SCRIPTS,
    THAI_FOLLOWERS,
    THAI_LEADING_VOWELS,
    THAI_RARE,
    THAI_TONE_MARKS,
    THAI_VOWEL_FOLLOWERS,
    TRAILING_SYMBOLS,
    TYPOGRAPHIC,
    UNEXPECTED_SCRIPT_PENALTY,
)
from accords.ingest.mojibake.pairs import BOUNDARY, LETTERS, PAIRS

_REPLACEMENT = "\ufffd"
_EDGE = "\x00"  # what lies beyond either end of the text
_SPACE = " \t\n\r\f\v"


@functools.cache
def known_letters() -> frozenset[str]:
    """Every letter of the language tables, in both cases."""
    letters = {c for table in LANGUAGE_LETTERS.values() for c in table}
    return frozenset(letters | {c.upper() for c in letters if len(c.upper()) == 1})


@functools.cache
def script_of(char: str) -> str:
    """The script of a letter or mark, from its Unicode name ("LATIN", "THAI", …)."""
    if char.isascii():
        return "LATIN"
    script = unicodedata.name(char, "").split(" ", 1)[0]
    return "CJK" if script in CJK_SCRIPTS else script


@functools.cache
def is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def foreign_letters(text: str, weights: dict[str, float]) -> int:
    """Non-ASCII letters none of the paragraph's languages uses (``РІ`` in Russian)."""
    if not weights:
        return 0
    return sum(
        1
        for c in text
        if not c.isascii()
        and c.isalpha()
        and script_of(c) in TABLE_SCRIPTS
        and letter_prior(c, weights) == 0
    )


def _letter_penalty(char: str) -> int:
    """Letters no table knows (ɮ, Ġ) or from scripts mojibake invents (Armenian, NKo)."""
    if char.isascii() or char in known_letters():
        return 0
    script = script_of(char)
    if script in ("LATIN", "GREEK", "CYRILLIC"):
        return 1
    return UNEXPECTED_SCRIPT_PENALTY.get(script, 0)


@functools.lru_cache(maxsize=1 << 16)
def _char_points(char: str, prev: str, nxt: str) -> int:
    if char == "\xa0" and (prev in _SPACE or nxt in _SPACE):
        return 2  # Ă + no-break space + space: à with its byte 0xA0 shown as a space
    if char == "\xa0" and prev.isalpha() and nxt.isalpha() and not prev.isascii():
        return 1  # HÃ n: à (C3 A0) inside a word, its second byte a no-break space
    if char == " " and prev == " ":
        return 1  # Ã + two spaces: à whose no-break space became a space
    if char in MOJIBAKE_SYMBOLS or char == _REPLACEMENT:
        if char in TRAILING_SYMBOLS and not is_letter(nxt) and nxt not in MOJIBAKE_SYMBOLS:
            return 0  # NESTLÉ®, BRAND™, 20°
        return 1 + is_letter(prev) + is_letter(nxt)
    if unicodedata.category(char) == "Cc" and char not in _SPACE:
        return 3
    if char in BAD_QUOTES and is_letter(prev) and is_letter(nxt):
        return 2
    if prev + char in MOJIBAKE_PAIRS:
        return 2
    if char in TYPOGRAPHIC:
        return _typographic_points(char, prev, nxt)
    if not is_letter(char):
        return 0
    points = _letter_penalty(char)
    if is_letter(prev) and script_of(prev) != script_of(char):
        points += 3
    if char in RARE_CAPITALS and (nxt.islower() or (nxt in TYPOGRAPHIC and nxt != "’")):
        points += 1  # not before an apostrophe: JOÃO’s
    if prev.islower() and char.isupper():
        points += 1
    if not char.isascii() and char.isupper() and prev.isupper() and nxt.islower():
        points += 1  # KĂĽnftig: capitals running into lowercase
    if char in THAI_FOLLOWERS and _breaks_thai_spelling(char, prev):
        points += 2
    return points


def _typographic_points(char: str, prev: str, nxt: str) -> int:
    """Quotes and dashes next to a mojibake symbol (``€™``), or glued between an accented
    capital and a letter (``Ă–sterreich``; an apostrophe may be: ``JOÃO’s``)."""
    if prev in MOJIBAKE_SYMBOLS or nxt in MOJIBAKE_SYMBOLS:
        return 1
    if is_letter(prev) and is_letter(nxt) and script_of(prev) != script_of(nxt):
        return 2
    if char != "’" and not prev.isascii() and prev.isupper() and is_letter(nxt):
        return 2
    return 0


def _breaks_thai_spelling(char: str, prev: str) -> bool:
    """A Thai vowel sign or tone mark with no consonant to sit on."""
    if script_of(prev) != "THAI" or prev in THAI_LEADING_VOWELS:
        return True
    if char in THAI_VOWEL_FOLLOWERS:
        return prev in THAI_VOWEL_FOLLOWERS
    return prev in THAI_TONE_MARKS


def badness(text: str) -> int:
    """Points for what mojibake looks like and correct text rarely does.

    Scripts changing inside a word, symbols and controls next to letters, lowercase
    turning uppercase mid-word, lowercase inside a word that starts and ends in
    capitals, quotes between letters, letters no language table knows, capitals that
    are mostly mojibake leads (``Ĺľe``), Thai vowels with no consonant, a word in
    another script than its neighbours.
    """
    score = 0
    for i, char in enumerate(text):
        prev = text[i - 1] if i else _EDGE
        nxt = text[i + 1] if i + 1 < len(text) else _EDGE
        score += _char_points(char, prev, nxt)
    return score + _word_penalties(text)


def _word_penalties(text: str) -> int:
    """Lowercase inside capitals, a word in another script than both its neighbours,
    Thai words made mostly of the rare letters ฮ and ฯ (Greek read as windows-874)."""
    words = text.split()
    score = 0
    for k, word in enumerate(words):
        letters = [c for c in word if is_letter(c)]
        if len(letters) >= 3 and letters[0].isupper() and letters[-1].isupper():
            score += 2 * sum(c.islower() for c in letters)
        if letters and 0 < k < len(words) - 1:
            around = {_main_script(words[k - 1]), _main_script(words[k + 1])}
            if None not in around and _main_script(word) not in around:
                score += 3 if len(around) == 1 else 2
        rare = sum(c in THAI_RARE for c in letters)
        if rare >= 2 and rare >= 0.3 * len(letters):
            score += 2 * rare
    return score


def _main_script(word: str) -> str | None:
    scripts = Counter(script_of(c) for c in word if is_letter(c))
    return scripts.most_common(1)[0][0] if scripts else None


# --- choosing among guesses for a lost byte ----------------------------------------


def letter_counts(text: str) -> Counter[str]:
    """The non-ASCII letters of ``text``, lowercased, counted."""
    return Counter(
        low for c in text if not c.isascii() and c.isalpha() and len(low := c.lower()) == 1
    )


def language_weights(text: str | Counter[str]) -> dict[str, float]:
    """Which language tables the non-ASCII letters of ``text`` support, and how much.

    A table scores the letters it holds minus the letters of its script it lacks, so a
    Czech ``ř`` rules out Slovak and Croatian; tables within 80% of the best count.
    """
    letters = letter_counts(text) if isinstance(text, str) else +text
    if not letters:
        return {}
    scores: dict[str, int] = {}
    for lang, table in LANGUAGE_LETTERS.items():
        script = script_of(next(iter(table)))
        hits = sum(n for c, n in letters.items() if c in table)
        misses = sum(n for c, n in letters.items() if c not in table and script_of(c) == script)
        scores[lang] = hits - misses
    best = max(scores.values())
    if best <= 0:
        return {}
    return {lang: s / best for lang, s in scores.items() if s >= 0.8 * best}


@functools.cache
def _table_total(lang: str) -> float:
    return sum(LANGUAGE_LETTERS[lang].values())


def letter_prior(char: str, weights: dict[str, float]) -> float:
    """How common ``char`` is in the languages ``weights`` names (all, faintly, if none)."""
    return _prior(char.lower(), tuple(weights.items()))


@functools.lru_cache(maxsize=1 << 14)
def _prior(lower: str, weights: tuple[tuple[str, float], ...]) -> float:
    chosen = weights or tuple((lang, 0.05) for lang in LANGUAGE_LETTERS)
    return sum(
        w * LANGUAGE_LETTERS[lang].get(lower, 0.0) / _table_total(lang) for lang, w in chosen
    )


#: How much of a letter's chance after another comes from the pair counts; the rest is
#: its own frequency (the word lists behind the counts miss pairs real words have).
PAIR_WEIGHT = 0.95


class _PairTable(NamedTuple):
    letters: dict[str, float]  # letter (and BOUNDARY) -> count
    pairs: dict[str, float]  # two letters -> count
    total: float


@functools.cache
def _pair_table(lang: str) -> _PairTable | None:
    if lang not in LETTERS:
        return None
    letters = _parse_counts(LETTERS[lang])
    return _PairTable(letters, _parse_counts(PAIRS[lang], width=2), sum(letters.values()))


def _parse_counts(spec: str, width: int = 1) -> dict[str, float]:
    return {entry[:width]: float(entry[width:]) for entry in spec.split()}


def _pair_symbol(char: str, table: _PairTable) -> str | None:
    """A neighbour as the table sees it: a letter it counts, a word boundary (space,
    punctuation, digits), or None for a letter of another alphabet (no evidence)."""
    if char in table.letters:
        return char
    return None if char.isalpha() else BOUNDARY


def _pair_chance(table: _PairTable, char: str, prev: str, nxt: str) -> float:
    """P(char | prev) * P(nxt | char) in one language, each smoothed with the letter's
    own frequency."""
    own = table.letters.get(char, 0.0)
    if not own:
        return 0.0
    chance = own / table.total
    before, after = _pair_symbol(prev, table), _pair_symbol(nxt, table)
    if before is not None:
        seen = table.pairs.get(before + char, 0.0) / table.letters[before]
        chance = PAIR_WEIGHT * seen + (1 - PAIR_WEIGHT) * chance
    if after is not None:
        follow = table.pairs.get(char + after, 0.0) / own
        chance *= PAIR_WEIGHT * follow + (1 - PAIR_WEIGHT) * table.letters[after] / table.total
    return chance


def pair_prior(char: str, prev: str, nxt: str, weights: dict[str, float]) -> float:
    """How likely the lowercase letter ``char`` is between ``prev`` and ``nxt``
    (lowercase), in the languages ``weights`` names (all, faintly, if none): a letter
    bigram model over word lists (:mod:`accords.ingest.mojibake.pairs`)."""
    return _pair_prior(char, prev, nxt, tuple(weights.items()))


@functools.lru_cache(maxsize=1 << 16)
def _pair_prior(
    char: str, prev: str, nxt: str, weights: tuple[tuple[str, float], ...]
) -> float:
    chosen = weights or tuple((lang, 0.05) for lang in LANGUAGE_LETTERS)
    value = 0.0
    for lang, weight in chosen:
        table = _pair_table(lang)
        if table is None:
            value += weight * _prior(char, ((lang, 1.0),)) * 0.01
        else:
            value += weight * _pair_chance(table, char, prev, nxt)
    return value


class Context(NamedTuple):
    """What surrounds a lost byte: the two characters before it, the one after it, and
    the last non-space character before its word."""

    prev: str
    nxt: str
    before: str = "\n"
    prev2: str = " "


def _case_factor(char: str, ctx: Context) -> float:
    """Uppercase after lowercase is unlikely; so is lowercase inside capitals.

    After a full stop, colon or opening quote (``ctx.before``) a capital is as likely
    as not; after a word's capital initial (``Bộ``), lowercase is likelier.
    """
    if char.lower() == char.upper():
        return 1.0
    upper = char.isupper()
    prev, nxt, before = ctx.prev, ctx.nxt, ctx.before
    if prev.isalpha():
        if prev.islower():
            return 0.02 if upper else 1.0
        if nxt.isalpha() and nxt.islower():
            return 0.3 if upper else 1.0
        if not ctx.prev2.isalpha():
            return 0.5 if upper else 1.0
        return 1.0 if upper else 0.05
    if nxt.isalpha() and nxt.isupper():
        return 1.0 if upper else 0.05
    if before in SENTENCE_ENDS:
        return 1.0 if upper else 0.5
    return 0.3 if upper else 1.0


def _quote_score(char: str, prev: str, nxt: str) -> float:
    """Which quotation mark or dash fits where a lost byte was."""
    before_word = nxt.isalnum()
    after_word = prev.isalnum() or prev in ".,;:!?)…"
    if after_word and before_word:
        return {"’": 1.0, "—": 0.2, "–": 0.2}.get(char, 0.01)
    if before_word:
        return {"“": 1.0, "‘": 0.3, "„": 0.1}.get(char, 0.01)
    if after_word:
        return {"”": 1.0, "’": 0.3, "…": 0.1}.get(char, 0.01)
    return {"–": 0.5, "—": 0.5, "•": 0.3}.get(char, 0.01)


def option_score(char: str, ctx: Context, weights: dict[str, float]) -> float:
    """How likely ``char`` is at a lost byte, given its context and the paragraph's
    languages."""
    prev, nxt = ctx.prev, ctx.nxt
    if char in LOSSY_PUNCTUATION:
        return _quote_score(char, prev, nxt)
    value = pair_prior(char.lower(), prev.lower(), nxt.lower(), weights)
    value *= _case_factor(char, ctx)
    neighbour = next((c for c in (prev, nxt) if c.isalpha() and not c.isascii()), None)
    if (neighbour is not None and script_of(neighbour) != script_of(char)) or (
        neighbour is None and (prev.isalpha() or nxt.isalpha()) and script_of(char) != "LATIN"
    ):
        value *= 0.01
    return value


def rank_options(options: Iterable[str], ctx: Context, weights: dict[str, float]) -> str:
    """The most likely of several guesses for a lost byte (the first on a tie).

    An option may carry the space that follows it (``ß ``): then that space, not the
    text after the span, is what comes next.
    """
    return best_option(options, ctx, weights)[0]


def best_option(
    options: Iterable[str], ctx: Context, weights: dict[str, float]
) -> tuple[str, float]:
    """:func:`rank_options`' choice, with its share of all the options' scores (how
    clearly it wins: 1.0 when no other option is possible, 0.0 when none is)."""
    shares = option_shares(options, ctx, weights)
    best = max(shares, key=lambda option: shares[option])
    return best, shares[best]


def option_shares(
    options: Iterable[str], ctx: Context, weights: dict[str, float]
) -> dict[str, float]:
    """Each option's share of all the options' scores (:func:`option_score`), in the
    options' order (all 0.0 when none is possible)."""

    def score(option: str) -> float:
        here = ctx if len(option) == 1 else ctx._replace(nxt=option[1])
        return option_score(option[0], here, weights)

    scored = {option: score(option) for option in options}
    total = sum(scored.values())
    return {option: value / total if total > 0 else 0.0 for option, value in scored.items()}


def context_at(text: str | list[str], pos: int, end: int | None = None) -> Context:
    """The context of the character(s) at ``text[pos:end]`` (words over 64 characters,
    as in Thai, count as ending 64 characters back)."""
    end = pos + 1 if end is None else end
    k, floor = pos - 1, max(-1, pos - 64)
    while k > floor and text[k] not in _SPACE:
        k -= 1
    while k > floor and text[k] in " \t":
        k -= 1
    return Context(
        prev=text[pos - 1] if pos else "\n",
        nxt=text[end] if end < len(text) else " ",
        before=text[k] if k >= 0 else "\n",
        prev2=text[pos - 2] if pos > 1 else " ",
    )


#: Partial readings kept per word while letters for several lost bytes are chosen.
BEAM_WIDTH = 64


def best_word(
    word: str, places: dict[int, tuple[str, ...]], weights: dict[str, float]
) -> tuple[dict[int, str], dict[int, float]]:
    """The likeliest letters for several lost bytes in one word, chosen together.

    ``word`` is the word with a space on each side; ``places`` maps positions in it to
    the candidate letters (one character each, already of the right case). Each reading
    is scored by the letter pairs it makes, in each of the paragraph's languages (a
    word is in one language), left to right with a beam of :data:`BEAM_WIDTH`. Returns
    the choice per position and its share of the final readings' scores there.
    """
    chosen = tuple(weights.items()) or tuple((lang, 0.05) for lang in LANGUAGE_LETTERS)
    tables = [(w, _pair_table(lang)) for lang, w in chosen]
    tables = [(w, t) for w, t in tables if t is not None]
    if not tables:
        return {p: opts[0] for p, opts in places.items()}, dict.fromkeys(places, 0.0)
    lower = word.lower()
    order = sorted(places)
    # a reading: (letters chosen so far, one running product per language)
    beam: list[tuple[tuple[str, ...], tuple[float, ...]]] = [((), tuple(1.0 for _ in tables))]
    for pos in order:
        prev_fixed = pos - 1 not in places
        next_fixed = pos + 1 not in places
        grown = []
        for picked, products in beam:
            before = lower[pos - 1] if prev_fixed else picked[-1].lower()
            for option in places[pos]:
                char = option.lower()
                scores = []
                for (_, table), product in zip(tables, products, strict=True):
                    value = product * _pair_step(table, before, char)
                    if next_fixed:
                        value *= _pair_step(table, char, lower[pos + 1], known=True)
                    scores.append(value)
                grown.append(((*picked, option), tuple(scores)))
        grown.sort(key=lambda item: -_mix(item[1], tables))
        beam = grown[:BEAM_WIDTH]
    by_pairs = {picked: _mix(products, tables) for picked, products in beam}
    finals = {
        picked: score * _stem_factor(lower, order, picked, chosen)
        for picked, score in by_pairs.items()
    }
    known = _known_readings(lower, order, places, chosen)
    if known:
        # Of the readings that are words, the commonest: ``οι`` over ``κι``. It is
        # weighed by the stretches it shares with other listed words, as the beam's
        # readings are (else a reading the pairs like, backed by a few stretches,
        # outweighs the word itself: ``сентубре`` over ``сентябре``).
        reading = max(known, key=lambda k: (k.zipf, k.score))
        score = reading.score * _stem_factor(lower, order, reading.picked, chosen)
        finals[reading.picked] = max(finals.get(reading.picked, 0.0), score)
    best = max(finals.items(), key=lambda item: item[1])[0]
    # How clearly each letter won is told by the letter pairs alone: the word list
    # (which holds names too) picks among readings but does not vouch for them.
    total = sum(by_pairs.values())
    shares = {
        pos: (
            sum(s for p, s in by_pairs.items() if p[i] == best[i]) / total if total > 0 else 0.0
        )
        for i, pos in enumerate(order)
    }
    return dict(zip(order, best, strict=True)), shares


def _mix(products: tuple[float, ...], tables: list[tuple[float, _PairTable]]) -> float:
    return sum(w * p for (w, _), p in zip(tables, products, strict=True))


def _pair_step(table: _PairTable, before: str, char: str, known: bool = False) -> float:
    """P(char | before) in one language, smoothed with ``char``'s own frequency. A
    candidate the language does not write scores 0; a letter of another alphabet
    already in the text (``known``) carries no evidence."""
    first, second = _pair_symbol(before, table), _pair_symbol(char, table)
    if second is None:
        return 1.0 if known else 0.0
    unigram = table.letters[second] / table.total
    if first is None:
        return unigram
    seen = table.pairs.get(first + second, 0.0) / table.letters[first]
    return PAIR_WEIGHT * seen + (1 - PAIR_WEIGHT) * unigram


#: How much likelier a reading is when it makes a word of the language's word list.
KNOWN_WORD_BONUS = 1000.0


@functools.cache
def _list_bytes(name: str) -> bytes:
    """A gzipped word list of this package, unpacked (one line per language, or per
    language and frequency, each starting with the language's code and a tab)."""
    return gzip.decompress(files("accords.ingest.mojibake").joinpath(name).read_bytes())


def _list_lines(name: str, lang: str) -> list[str]:
    head = f"{lang}\t".encode()
    return [line.decode("utf-8") for line in _list_bytes(name).split(b"\n") if line.startswith(head)]


@functools.cache
def short_list(lang: str) -> tuple[str, ...]:
    """The language's words holding a non-ASCII letter in the lists the letter pairs
    come from (``words.gz``: stop lists and CLDR names)."""
    return tuple(w for line in _list_lines("words.gz", lang) for w in line.split()[1:])


def word_frequencies(lang: str) -> dict[str, float]:
    """The language's commonest words holding a non-ASCII letter, with their Zipf
    frequency (log10 of uses per billion words; ``frequent.gz``, from wordfreq)."""
    found: dict[str, float] = {}
    for line in _list_lines("frequent.gz", lang):
        _, zipf, words = line.split("\t")
        found.update(dict.fromkeys(words.split(), float(zipf)))
    return found


def known_words(lang: str) -> frozenset[str]:
    """The language's listed words holding a non-ASCII letter: its short list and its
    commonest words (both built by tools/letter_pairs.py)."""
    return frozenset(word_frequencies(lang)).union(short_list(lang))


@functools.cache
def _words_of_length(lang: str) -> dict[int, str]:
    """The language's listed words by length, a word and its Zipf frequency (0 for the
    short list's others) a line, each group one string: one regular expression finds
    the readings of a word that are words at C speed, and 50,000 words of a language
    cost a few megabytes, not the tens a set and a dict of them would. Built when the
    language is first asked for."""
    frequencies = word_frequencies(lang)
    for word in short_list(lang):
        frequencies.setdefault(word, 0.0)
    groups: dict[int, list[str]] = {}
    for word, zipf in frequencies.items():
        groups.setdefault(len(word), []).append(f"{word}\t{zipf}")
    return {length: "\n".join(sorted(lines)) for length, lines in groups.items()}


def listed_frequency(word: str, weights: dict[str, float]) -> float | None:
    """The highest Zipf frequency of ``word`` (lowercased) among the word lists of the
    languages ``weights`` names (0 for a word only the short lists hold), or None when
    none of them lists it."""
    found = [z for lang in weights if (z := _listed_in(word.lower(), lang)) is not None]
    return max(found, default=None)


@functools.lru_cache(maxsize=1 << 14)
def _listed_in(lower: str, lang: str) -> float | None:
    group = _words_of_length(lang).get(len(lower), "")
    at = group.find(f"{lower}\t")
    while at > 0 and group[at - 1] != "\n":
        at = group.find(f"{lower}\t", at + 1)
    if at < 0:
        return None
    end = group.find("\n", at)
    return float(group[at + len(lower) + 1 : end if end >= 0 else len(group)])


class KnownReading(NamedTuple):
    """A reading of a word that a word list holds: the letters chosen, its score as the
    beam scores it times :data:`KNOWN_WORD_BONUS`, and its highest Zipf frequency in
    the paragraph's languages (0 when only the short lists hold it)."""

    picked: tuple[str, ...]
    score: float
    zipf: float


def _known_readings(
    lower: str,
    order: list[int],
    places: dict[int, tuple[str, ...]],
    chosen: tuple[tuple[str, float], ...],
) -> list[KnownReading]:
    """Readings of the word that the word list of one of the paragraph's languages
    holds (:class:`KnownReading`).

    The list is searched with the word as a pattern (its letters fixed, each lost byte
    a class of its candidates), so a word with three lost letters of nineteen
    candidates each costs one search, not 6,859 look-ups."""
    inner = lower[1:-1]
    pattern = re.compile(
        "^"
        + "".join(
            "[" + re.escape("".join(o.lower() for o in places[k + 1])) + "]"
            if k + 1 in places
            else re.escape(char)
            for k, char in enumerate(inner)
        )
        + "\t([0-9.]+)$",
        re.MULTILINE,
    )
    case = {(p, o.lower()): o for p in order for o in places[p]}
    scores: dict[tuple[str, ...], float] = {}
    zipfs: dict[tuple[str, ...], float] = {}
    for lang, weight in chosen:
        table = _pair_table(lang)
        if table is None:
            continue
        for match in pattern.finditer(_words_of_length(lang).get(len(inner), "")):
            word = f" {match.group(0).partition(chr(9))[0]} "
            picked = tuple(case[p, word[p]] for p in order)
            chance = weight * _reading_chance(table, word, order) * KNOWN_WORD_BONUS ** len(order)
            scores[picked] = scores.get(picked, 0.0) + chance
            zipf = float(match.group(1))
            zipfs[picked] = max(zipfs.get(picked, 0.0), zipf)
    return [KnownReading(p, score, zipfs[p]) for p, score in scores.items() if score]


#: Runs of letters a reading shares with the word list (a stem or an ending): how long
#: a run is, how many runs through the guessed letters count for nothing (one short
#: run is chance: ``άτσα `` ends a listed name, not ``Πάτρα``), and how much likelier
#: a reading is for each further run.
STEM_LENGTH = 4
STEM_SLACK = 2
STEM_BONUS = 10.0


@functools.cache
def _stems(lang: str) -> frozenset[str]:
    """Every run of :data:`STEM_LENGTH` characters in the language's short list
    (:func:`short_list`), with a space marking each word's start and end. (The runs of
    its commonest words too would cost a hundred megabytes for two readings in 811.)"""
    found: set[str] = set()
    for word in short_list(lang):
        padded = f" {word} "
        found.update(padded[i : i + STEM_LENGTH] for i in range(len(padded) - STEM_LENGTH + 1))
    return frozenset(found)


def _stem_factor(
    lower: str, order: list[int], picked: tuple[str, ...], chosen: tuple[tuple[str, float], ...]
) -> float:
    """How much the word list backs a reading beyond whole words: :data:`STEM_BONUS`
    for each run of :data:`STEM_LENGTH` letters through a guessed letter that a listed
    word of one of the paragraph's languages holds (``εργασ`` of ``εργασία`` backs σ
    in ``συνεργασίας``), past the first :data:`STEM_SLACK`, in the language that backs
    it most. Letter pairs see two letters at a time; these runs see a stretch."""
    chars = list(lower)
    for pos, option in zip(order, picked, strict=True):
        chars[pos] = option.lower()
    word = "".join(chars)
    runs = {
        word[i : i + STEM_LENGTH]
        for pos in order
        for i in range(max(0, pos - STEM_LENGTH + 1), min(pos, len(word) - STEM_LENGTH) + 1)
    }
    best = max((sum(r in _stems(lang) for r in runs) for lang, _ in chosen), default=0)
    return STEM_BONUS ** max(0, best - STEM_SLACK)


def _reading_chance(table: _PairTable, word: str, order: list[int]) -> float:
    """The pairs of ``word`` that touch the places in ``order``, as the beam counts them;
    a letter the short lists behind the pairs never showed (Vietnamese ``ỏ``) counts as
    seen once, since a listed word of the language holds it."""
    value = 1.0
    places = set(order)
    for pos in order:
        value *= _pair_step(table, word[pos - 1], word[pos]) or 1 / table.total
        if pos + 1 not in places:
            value *= _pair_step(table, word[pos], word[pos + 1], known=True)
    return value


#: A language stays in the running while its letter pairs explain the paragraph at least
#: this fraction as well as the best language's do (as a likelihood ratio).
PAIR_LANGUAGE_RATIO = 1e-3
HIDDEN = "\x00"  # a guessed letter, left out of the evidence


def pair_weights(text: str, weights: dict[str, float]) -> dict[str, float]:
    """Narrow the paragraph's languages by how well their letter pairs explain its words
    (Russian and Serbian share letters, not pairs: ``ы``, ``ся``, ``ј``). Letters marked
    ``\\x00`` (guesses) are left out; pairs without a non-ASCII letter say nothing."""
    if len(weights) < 2:
        return weights
    scores: dict[str, float] = {}
    lower = f" {text.lower()} "
    for lang in weights:
        table = _pair_table(lang)
        if table is None:
            return weights
        total = 0.0
        for a, b in itertools.pairwise(lower):
            if HIDDEN in (a, b) or (a.isascii() and b.isascii()):
                continue
            if not (a.isalpha() or b.isalpha()):
                continue
            total += math.log(max(_pair_step(table, a, b, known=True), 1e-6))
        scores[lang] = total
    best = max(scores.values())
    floor = math.log(PAIR_LANGUAGE_RATIO)
    return {lang: w for lang, w in weights.items() if scores[lang] - best >= floor}
