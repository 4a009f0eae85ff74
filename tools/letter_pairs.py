"""Regenerate the mojibake repair's language statistics: ``pairs.py`` (letter-pair
counts per language) and ``words.gz`` (the words that hold a non-ASCII letter), both in
``src/accords/ingest/mojibake/``.

The mojibake repair guesses which letter a lost byte was from the letters around it
(``Ð¾Ñ ÐºÐ²Ð°``: which of с, т, у … sits between о and к?). It needs, per language, how
often each letter follows each other letter. They are counted here over word lists
that ship, offline, with packages Accords already installs (through trafilatura):

* jusText's stop lists (BSD 2-Clause): the most frequent words of Wikipedia in each
  language, a few hundred to a few thousand per language;
* Babel's copy of the Unicode CLDR (Unicode License): each locale's names of
  countries, languages, scripts, currencies, months and days;
* wordfreq's word frequencies (data CC BY-SA 4.0, installed with the ``tables`` extra
  only): the :data:`FREQUENT_WORDS` commonest words of each language, for
  ``frequent.gz``, which ``score.best_word`` reads to choose between readings that are
  both words (``οι`` or ``κι``, ``thỏa`` or ``thờa``).

Each distinct lowercase word counts once (word types, not running text), with a space
before and after it, so that pairs with the space say which letters start and end
words. Words in another script than the language's are skipped. Only pairs holding a
non-ASCII letter are kept (a lost byte is always a non-ASCII letter), plus the count of
every letter. Counts are scaled to 100,000 letters per language and rounded (a pair
seen at all keeps at least 1). ``words.gz`` lists, per language, every word of those
lists that holds a non-ASCII letter (one line per language: code, tab, words), so that
a reading that makes a known word wins over letter pairs alone.

    python tools/letter_pairs.py            # rewrites the three files
    python tools/letter_pairs.py --check    # exits 1 if one is out of date
"""

from __future__ import annotations

import argparse
import functools
import gzip
import re
import sys
import unicodedata
from collections import Counter
from importlib import metadata
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accords" / "ingest" / "mojibake" / "pairs.py"
WORDS_OUT = OUT.with_name("words.gz")
FREQUENT_OUT = OUT.with_name("frequent.gz")

#: How many of a language's commonest words (by wordfreq) are looked at for
#: ``frequent.gz``; those holding a non-ASCII letter are kept.
FREQUENT_WORDS = 50_000

#: Languages of :data:`LANGUAGES` wordfreq has no list for.
NOT_IN_WORDFREQ = frozenset({"az", "et", "sr"})
#: wordfreq's code where it differs from ours (its Serbo-Croatian list is in Latin
#: script: Croatian).
WORDFREQ_NAMES = {"hr": "sh"}

#: Languages of ``accords.ingest.mojibake.data.LANGUAGE_LETTERS``: jusText's list name,
#: CLDR's locale, and the script of the language's letters.
LANGUAGES: dict[str, tuple[str, str, str]] = {
    "fr": ("French", "fr", "LATIN"),
    "de": ("German", "de", "LATIN"),
    "es": ("Spanish", "es", "LATIN"),
    "pt": ("Portuguese", "pt", "LATIN"),
    "it": ("Italian", "it", "LATIN"),
    "hu": ("Hungarian", "hu", "LATIN"),
    "pl": ("Polish", "pl", "LATIN"),
    "cs": ("Czech", "cs", "LATIN"),
    "sk": ("Slovak", "sk", "LATIN"),
    "ro": ("Romanian", "ro", "LATIN"),
    "hr": ("Croatian", "hr", "LATIN"),
    "tr": ("Turkish", "tr", "LATIN"),
    "az": ("Azerbaijani", "az", "LATIN"),
    "lt": ("Lithuanian", "lt", "LATIN"),
    "lv": ("Latvian", "lv", "LATIN"),
    "et": ("Estonian", "et", "LATIN"),
    "sv": ("Swedish", "sv", "LATIN"),
    "da": ("Danish", "da", "LATIN"),
    "is": ("Icelandic", "is", "LATIN"),
    "fi": ("Finnish", "fi", "LATIN"),
    "vi": ("Vietnamese", "vi", "LATIN"),
    "ru": ("Russian", "ru", "CYRILLIC"),
    "uk": ("Ukrainian", "uk", "CYRILLIC"),
    "bg": ("Bulgarian", "bg", "CYRILLIC"),
    "sr": ("Serbian", "sr", "CYRILLIC"),
    "el": ("Greek", "el", "GREEK"),
}

SCALE = 100_000
BOUNDARY = "_"  # stands for the space around a word in the module's strings

_WORD = re.compile(r"[^\W\d_]+")


def _script(char: str) -> str:
    return "LATIN" if char.isascii() else unicodedata.name(char, "").split(" ", 1)[0]


def _justext_words(name: str) -> list[str]:
    path = files("justext") / "stoplists" / f"{name}.txt"
    return path.read_text(encoding="utf-8").split()


def _cldr_words(locale: str) -> list[str]:
    from babel import Locale

    loc = Locale.parse(locale)
    texts: list[str] = []
    for table in (loc.territories, loc.languages, loc.scripts, loc.currencies):
        texts += [str(v) for v in table.values()]
    for width in ("wide", "abbreviated"):
        texts += [str(v) for v in loc.months["format"][width].values()]
        texts += [str(v) for v in loc.days["format"][width].values()]
    return " ".join(texts).split()


def words_of(lang: str) -> set[str]:
    """Distinct lowercase words of the language, in its own script."""
    name, locale, script = LANGUAGES[lang]
    found: set[str] = set()
    for token in _justext_words(name) + _cldr_words(locale):
        for word in _WORD.findall(unicodedata.normalize("NFC", token).lower()):
            if all(_script(c) == script for c in word):
                found.add(word)
    return found


def counts(words: set[str]) -> tuple[Counter[str], Counter[str]]:
    letters: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for word in words:
        letters.update(word)
        padded = f"{BOUNDARY}{word}{BOUNDARY}"
        pairs.update(padded[i : i + 2] for i in range(len(padded) - 1))
    letters[BOUNDARY] = len(words)
    return letters, pairs


def _scaled(counter: Counter[str], total: int, keep) -> str:
    items = []
    for key, n in sorted(counter.items()):
        if keep(key):
            items.append(f"{key}{max(1, round(n * SCALE / total))}")
    return " ".join(items)


def render() -> str:
    lines = [
        '"""Letter and letter-pair counts per language, for guessing lost bytes.',
        "",
        "Generated by tools/letter_pairs.py (do not edit): word types from jusText's stop",
        "lists (BSD 2-Clause) and the Unicode CLDR names in Babel (Unicode License),",
        f"jusText {metadata.version('justext')}, Babel {metadata.version('babel')}.",
        f"Each entry is a letter or pair and its count per {SCALE:,} letters; "
        f"``{BOUNDARY}`` is a word",
        "boundary. Pairs are kept only when they hold a non-ASCII letter.",
        '"""',
        "",
        f'BOUNDARY = "{BOUNDARY}"',
        "",
        "LETTERS: dict[str, str] = {",
    ]
    pair_lines = ["PAIRS: dict[str, str] = {"]
    for lang in LANGUAGES:
        letters, pairs = counts(words_of(lang))
        total = sum(n for c, n in letters.items() if c != BOUNDARY)
        lines.append(f'    "{lang}": "{_scaled(letters, total, lambda k: True)}",')
        text = _scaled(pairs, total, lambda k: not k.isascii())
        pair_lines.append(f'    "{lang}": (')
        chunk: list[str] = []
        for entry in text.split():
            if sum(len(e) + 1 for e in chunk) + len(entry) > 80:
                pair_lines.append(f'        "{" ".join(chunk)} "')
                chunk = []
            chunk.append(entry)
        pair_lines.append(f'        "{" ".join(chunk)}"')
        pair_lines.append("    ),")
    lines.append("}")
    pair_lines.append("}")
    return "\n".join([*lines, "", *pair_lines]) + "\n"


def render_words() -> bytes:
    lines = []
    for lang in LANGUAGES:
        words = sorted(w for w in words_of(lang) if not w.isascii())
        lines.append(f"{lang}\t{' '.join(words)}")
    text = ("\n".join(lines) + "\n").encode("utf-8")
    return gzip.compress(text, compresslevel=9, mtime=0)


@functools.cache
def _wordfreq_words(lang: str) -> dict[str, float]:
    """The language's :data:`FREQUENT_WORDS` commonest words (by wordfreq), lowercase,
    NFC, written in its own alphabet (its script, and no non-ASCII letter its table in
    ``accords.ingest.mojibake.data`` lacks: ``façade`` is not German), with their Zipf
    frequency (log10 of uses per billion words) to one decimal."""
    import wordfreq

    from accords.ingest.mojibake.data import LANGUAGE_LETTERS

    if lang in NOT_IN_WORDFREQ:
        return {}
    code = WORDFREQ_NAMES.get(lang, lang)
    script = LANGUAGES[lang][2]
    found: dict[str, float] = {}
    for token in wordfreq.top_n_list(code, FREQUENT_WORDS):
        word = _final_sigma(unicodedata.normalize("NFC", token).lower())
        if word in found or not _WORD.fullmatch(word):
            continue
        alphabet = LANGUAGE_LETTERS[lang]
        if all(_script(c) == script and (c.isascii() or c in alphabet) for c in word):
            found[word] = round(wordfreq.zipf_frequency(token, code), 1)
    return found


def _final_sigma(word: str) -> str:
    """wordfreq case-folds, which writes Greek's word-final ς as σ; put it back. (Its
    German ß became ``ss``, which cannot be told from a real ``ss``: those words have no
    non-ASCII letter left and are not kept.)"""
    return word[:-1] + "ς" if word.endswith("σ") else word


def frequent_words(lang: str) -> dict[str, float]:
    """Those of the language's commonest words that hold a non-ASCII letter."""
    return {w: z for w, z in _wordfreq_words(lang).items() if not w.isascii()}


def render_frequent() -> bytes:
    """One line per language and frequency: code, tab, Zipf frequency, tab, words."""
    lines = []
    for lang in LANGUAGES:
        by_zipf: dict[float, list[str]] = {}
        for word, zipf in frequent_words(lang).items():
            by_zipf.setdefault(zipf, []).append(word)
        for zipf in sorted(by_zipf, reverse=True):
            lines.append(f"{lang}\t{zipf}\t{' '.join(sorted(by_zipf[zipf]))}")
    text = ("\n".join(lines) + "\n").encode("utf-8")
    return gzip.compress(text, compresslevel=9, mtime=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the module differs")
    args = parser.parse_args()
    text, words, frequent = render(), render_words(), render_frequent()
    if args.check:
        same = (
            OUT.read_text(encoding="utf-8") == text
            and WORDS_OUT.read_bytes() == words
            and FREQUENT_OUT.read_bytes() == frequent
        )
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    WORDS_OUT.write_bytes(words)
    FREQUENT_OUT.write_bytes(frequent)
    print(f"wrote {OUT} ({len(text.encode()):,} bytes), {WORDS_OUT} ({len(words):,} bytes),")
    print(f"{FREQUENT_OUT} ({len(frequent):,} bytes)")


if __name__ == "__main__":
    main()
