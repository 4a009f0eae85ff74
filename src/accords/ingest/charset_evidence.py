"""How much a reading of single-byte text looks like text: evidence to pick a code page.

Every code page turns the same bytes into the same number of characters, so readings
can be compared as likelihoods, one term per non-ASCII character (ASCII reads the same
in all of them):

* a letter of a script the language tables cover is as likely as its share among the
  letters of the one language that explains the reading best (text is written in one
  language; ``é é à`` is French, ``ķ ķ Ó`` is no language); a letter that language
  lacks gets a small floor;
* a letter of a script no table covers (Thai, Hebrew, Arabic) counts as an average
  letter, so that it is neither favoured nor ruled out;
* common typographic signs (quotes, dashes, €, °, no-break space) are plausible, other
  signs (``¤ ¦ ¸ ±``, box drawing) rare, control characters rarer still, and any sign
  between two letters is rare;
* what :func:`~accords.ingest.mojibake.score.badness` counts (scripts changing inside a
  word, capitals inside lowercase words, …) costs a fixed amount per point.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections import Counter

from accords.ingest.mojibake.data import LANGUAGE_LETTERS, TABLE_SCRIPTS
from accords.ingest.mojibake.score import badness, is_letter, script_of

#: Log-probability of a letter its reading's language does not use (1 in 100,000).
LETTER_FLOOR = math.log(1e-5)
#: Log-probability of a letter in a script no table covers: an average letter of ~30.
UNCOVERED_LETTER = math.log(1 / 30)
#: Log-probabilities of signs, commonest first.
COMMON_SIGN = math.log(1e-2)
RARE_SIGN = math.log(1e-5)
CONTROL = math.log(1e-6)
#: Extra cost of a sign (not an apostrophe) with a letter on each side.
SIGN_IN_WORD = math.log(1e-3)
#: Cost of one point of mojibake-like badness.
BADNESS_COST = 2.0
#: Forms of one letter that code pages, not languages, choose between: Romanian
#: comma-below letters exist in no legacy code page, which write them with a cedilla.
LETTER_VARIANTS: dict[str, str] = {"ș": "ş", "ț": "ţ"}
#: Non-ASCII letters that are words on their own, per language (French ``à``, Italian
#: ``è``, Russian ``в``); a reading that leaves another non-ASCII letter standing alone
#: pays :data:`LONE_LETTER_COST` under that language. Vietnamese: any.
ONE_LETTER_WORDS: dict[str, str | None] = {
    "fr": "à",
    "it": "èà",
    "pt": "àé",
    "sv": "åö",
    "da": "åø",
    "is": "áí",
    "vi": None,
    "ru": "вскуоаия",
    "uk": "вузійаоі",
    "bg": "всиаую",
    "sr": "уиаско",
    "el": "οηήάω",
}
LONE_LETTER_COST = math.log(1e-2)
#: Signs that ordinary prose uses.
COMMON_SIGNS: frozenset[str] = frozenset("‘’‚“”„‹›«»–—…•·€£¥¢°§©®™×÷±¿¡ºª½¼¾‰†\xa0\xad")
#: Signs that may stand between two letters (``l’accord``, soft hyphen).
IN_WORD_SIGNS: frozenset[str] = frozenset("’'\xad·")


def reading_score(text: str) -> float:
    """The log-likelihood of ``text`` as a reading of its bytes (higher reads better)."""
    letters: Counter[str] = Counter()
    lone: Counter[str] = Counter()
    other_letters = 0
    signs = 0.0
    for i, char in enumerate(text):
        if char.isascii():
            continue
        if is_letter(char) and unicodedata.category(char) != "Mn":
            if char.lower()[0].isascii():
                continue  # İ: an ASCII letter with a dot, counted with them below
            if script_of(char) in TABLE_SCRIPTS:
                letters[_letter_key(char)] += 1
                if _stands_alone(text, i):
                    lone[_letter_key(char)] += 1
            else:
                other_letters += 1
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        signs += sign_log_prob(char, prev, nxt)
    ascii_letters = sum(c.isalpha() and c.lower()[0].isascii() for c in text)
    letter_part = best_language_log_likelihood(letters, ascii_letters, lone)
    letter_part += other_letters * UNCOVERED_LETTER
    return letter_part + signs - BADNESS_COST * badness(text)


def _stands_alone(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word by itself (no letter or digit either side)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _letter_key(char: str) -> str:
    """The lowercase letter the tables list, variants folded (:data:`LETTER_VARIANTS`)."""
    low = char.lower()[0]
    return LETTER_VARIANTS.get(low, low)


def sign_log_prob(char: str, prev: str, nxt: str) -> float:
    """How likely a non-ASCII non-letter is in text: common typographic signs, then other
    signs, then control and unassigned characters; a combining mark after a letter is
    common; a sign between two letters costs more."""
    category = unicodedata.category(char)
    if category == "Mn":
        return COMMON_SIGN if is_letter(prev) else RARE_SIGN
    if category[0] == "C":
        return CONTROL
    value = COMMON_SIGN if char in COMMON_SIGNS else RARE_SIGN
    if is_letter(prev) and is_letter(nxt) and char not in IN_WORD_SIGNS:
        value += SIGN_IN_WORD
    return value


def best_language_log_likelihood(
    letters: Counter[str], ascii_letters: int = 0, lone: Counter[str] | None = None
) -> float:
    """The log-likelihood of the letters under the language table that explains them
    best.

    Latin-script tables give each letter's share of all letters (per mille), so a
    language pays for how often it needs non-ASCII letters: its ASCII letters together
    have the rest. Greek and Cyrillic tables give shares of their own letters, and
    ASCII letters (foreign names) cost nothing there. A letter a table lacks gets the
    floor. ``lone`` letters that are no word of the language cost
    :data:`LONE_LETTER_COST` each.
    """
    if not letters:
        return 0.0
    lone = lone or Counter()
    return max(
        sum(n * _log_share(lang, c) for c, n in letters.items())
        + ascii_letters * _log_ascii_share(lang)
        + sum(n for c, n in lone.items() if not _is_word(lang, c)) * LONE_LETTER_COST
        for lang in LANGUAGE_LETTERS
    )


def _is_word(lang: str, letter: str) -> bool:
    words = ONE_LETTER_WORDS.get(lang, "")
    return words is None or letter in words


@functools.cache
def _log_share(lang: str, letter: str) -> float:
    frequency = sum(
        f for c, f in LANGUAGE_LETTERS[lang].items() if LETTER_VARIANTS.get(c, c) == letter
    )
    share = frequency / (1000.0 if _is_latin(lang) else _table_total(lang))
    return max(math.log(share), LETTER_FLOOR) if share > 0 else LETTER_FLOOR


@functools.cache
def _log_ascii_share(lang: str) -> float:
    return math.log(1 - _table_total(lang) / 1000.0) if _is_latin(lang) else 0.0


@functools.cache
def _is_latin(lang: str) -> bool:
    return script_of(next(iter(LANGUAGE_LETTERS[lang]))) == "LATIN"


@functools.cache
def _table_total(lang: str) -> float:
    return sum(LANGUAGE_LETTERS[lang].values())
