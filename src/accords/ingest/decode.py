"""The decode stage: bytes → text, then text → repaired text.

Bytes are decoded in this order (the first that applies wins):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. the charset the caller declares (HTTP header), then, for HTML, the one the page
   declares in its first 4 KB (``<meta charset>``, ``http-equiv``, ``<?xml encoding>``);
   a declared single-byte charset loses to bytes that are valid, non-ASCII UTF-8,
   the commonest lie a server tells;
3. strict UTF-8;
4. charset-normalizer, only when UTF-8 fails: it guesses wrong on valid UTF-8. Its first
   guess is weak on short single-byte text (French Latin-1 read as a Baltic code page),
   so when the input is short, or charset-normalizer cannot tell its candidates apart,
   its one-byte-per-character candidates are re-scored with the evidence of
   :mod:`accords.ingest.charset_evidence` and the best reading wins.

Bytes that are not text (NUL bytes, many control characters, a known binary signature,
nothing charset-normalizer can use) raise :class:`InputRejected`.

Then :func:`repair_text` undoes what went wrong before the bytes reached us:
quoted-printable leftovers, backslash-escaped quotes, what ftfy fixes, and the mojibake
ftfy misses (:mod:`accords.ingest.mojibake.repair`). Each repair is recorded with the number of
output characters it touched.
"""

from __future__ import annotations

import codecs
import difflib
import re
from collections import Counter
from dataclasses import dataclass, field

import ftfy
from charset_normalizer import CharsetMatch, from_bytes
from ftfy import TextFixerConfig

from accords.errors import InputRejected
from accords.ingest.charset_evidence import reading_score
from accords.ingest.mojibake.data import CODEPAGES, LOSSY_PUNCTUATION
from accords.ingest.mojibake.repair import (
    Guess,
    pages_the_bytes_allow,
    repair_mojibake,
    repair_mojibake_guessing,
)
from accords.ingest.mojibake.score import (
    badness,
    foreign_letters,
    language_weights,
    letter_counts,
)
from accords.model import Repair

#: Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Signatures of binary formats that news readers meet instead of articles.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0", "OLE document"),
)

#: Share of control bytes (other than tab, newlines, form feed, escape) above which the
#: input is not text.
MAX_CONTROL_SHARE = 0.05
SNIFF_BYTES = 4096

#: Inputs up to this size have charset-normalizer's candidates re-scored; longer ones
#: only when its best candidates tie (its own tie: mess within 0.01).
SHORT_INPUT_BYTES = 8192
CHAOS_TIE = 0.01
#: At most this many of charset-normalizer's candidates are re-scored, in its order.
MAX_CANDIDATES = 24
#: Only this much of a long reading is scored (the evidence is spread evenly).
SCORE_CHARS = 5_000
#: Code pages that text on the web and in files still uses (Python's names); others
#: (DOS, Mac, HP, the rarer ISO 8859 parts) need this much more evidence, as a
#: log-likelihood, to win.
COMMON_CODEPAGES: frozenset[str] = frozenset(
    [f"cp125{k}" for k in range(9)]
    + [f"iso8859-{k}" for k in (1, 2, 5, 6, 7, 8, 9, 13, 15)]
    + ["latin-1", "koi8-r", "koi8-u", "cp874"]
)
RARE_CODEPAGE_COST = 3.0
#: charset-normalizer's first guess stands unless another reading scores this much
#: better (a log-likelihood ratio of about 7).
OVERRIDE_MARGIN = 2.0

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")

#: A letter guessed for a lost byte counts as restored when it scores at least twice
#: as high as all other candidates together (see :func:`_restores_lost_letters`).
CLEAR_GUESS_SHARE = 2 / 3
#: ... and when at least this many lost letters in the line are restored: one U+FFFD may
#: be one the source already had (ftfy's ``Sloven�ina``, ``�frica``), several that all
#: fit the same code page's lost bytes are the page's doing.
MIN_RESTORED_LETTERS = 2
#: ... or one, inside a word (after a letter), in a line of at least this many words: a
#: sentence whose other letters went through the code page explains its one U+FFFD as
#: the page's lost byte, where a short label (``Sloven�ina``, ``българ�ки език``) may
#: have had it already.
SENTENCE_WORDS = 6

#: ftfy for what it is good at, and nothing more: keep curly quotes, line breaks,
#: fullwidth letters, ligatures, control characters, HTML entities (the clean stage
#: owns markup) and the text's own normalization form.
FTFY_CONFIG = TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


@dataclass
class DecodedText:
    """Text as the decode stage hands it on, with how it was read and what was repaired."""

    text: str
    encoding: str
    repairs: list[Repair] = field(default_factory=list)


def decode_bytes(
    data: bytes, declared: str | None = None, *, is_html: bool = False, source: str = ""
) -> DecodedText:
    """Decode an article's bytes, repair the text, and say how (see the module docstring)."""
    if not data:
        raise InputRejected(source, "empty file")
    text, encoding, repairs = _decode(data, declared, is_html=is_html, source=source)
    text = text.removeprefix("\ufeff")
    repaired, more = repair_text(text)
    return DecodedText(repaired, encoding, repairs + more)


def _decode(
    data: bytes, declared: str | None, *, is_html: bool, source: str
) -> tuple[str, str, list[Repair]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding, []
    _reject_binary(data, source)
    for charset in (declared, sniff_charset(data) if is_html else None):
        encoding = _codec_name(charset)
        if encoding is None:
            continue
        decoded = _try_declared(data, encoding, label=charset or encoding)
        if decoded is not None:
            return decoded
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    return _guess(data, source)


def _try_declared(data: bytes, encoding: str, label: str) -> tuple[str, str, list[Repair]] | None:
    """Decode with a declared charset, unless the bytes say it is wrong."""
    if encoding != "utf-8" and _is_multibyte_utf8(data):
        text = data.decode("utf-8")
        note = f"declared {label}, but the bytes are UTF-8"
        return text, "utf-8", [Repair("charset:utf-8", _non_ascii(text), note)]
    try:
        return data.decode(encoding), encoding, []
    except UnicodeDecodeError:
        return None


def _guess(data: bytes, source: str) -> tuple[str, str, list[Repair]]:
    """Ask charset-normalizer; its answer is a guess, so it is recorded as a repair."""
    matches = list(from_bytes(data))
    if not matches:
        raise InputRejected(source, "binary data, not text")
    encoding, text = _choose_reading(data, matches)
    note = "guessed by charset-normalizer"
    return text, encoding, [Repair(f"charset:{encoding}", _non_ascii(text), note)]


def _choose_reading(data: bytes, matches: list[CharsetMatch]) -> tuple[str, str]:
    """charset-normalizer's best reading, unless the evidence prefers another.

    When its first guess reads one character per byte and the input is short (or its
    top candidates tie), every such candidate is decoded and scored
    (:func:`_evidence`); the highest score wins, on equal scores the commoner code page
    (:data:`~accords.ingest.mojibake.data.CODEPAGES`), then charset-normalizer's order;
    a reading other than the first guess must beat it by :data:`OVERRIDE_MARGIN`.
    Multi-byte guesses (Shift JIS, GB18030) stand: their structure is strong evidence.
    """
    best = matches[0]
    first = (_codec_name(best.encoding) or best.encoding, str(best))
    if len(first[1]) != len(data) or not _worth_rescoring(data, matches):
        return first
    readings = _single_byte_readings(data, matches[:MAX_CANDIDATES])
    if len({text for _, text in readings}) < 2:
        return first

    scored = [(_evidence(encoding, text), encoding, text) for encoding, text in readings]
    first_score = max((score for score, _, text in scored if text == first[1]), default=None)

    def rank(item: tuple[int, tuple[float, str, str]]) -> tuple[float, int, int]:
        order, (score, encoding, _) = item
        preference = CODEPAGES.index(encoding) if encoding in CODEPAGES else len(CODEPAGES)
        return (-score, preference, order)

    score, encoding, text = min(enumerate(scored), key=rank)[1]
    if first_score is not None and text != first[1] and score < first_score + OVERRIDE_MARGIN:
        return first
    return encoding, text


def _worth_rescoring(data: bytes, matches: list[CharsetMatch]) -> bool:
    """Short inputs always; long ones when charset-normalizer's top two candidates tie."""
    if len(data) <= SHORT_INPUT_BYTES:
        return True
    return len(matches) > 1 and abs(matches[0].chaos - matches[1].chaos) < CHAOS_TIE


def _single_byte_readings(data: bytes, matches: list[CharsetMatch]) -> list[tuple[str, str]]:
    """(codec, text) for each candidate that decodes the bytes one character per byte."""
    readings: list[tuple[str, str]] = []
    seen: set[str] = set()
    for match in matches:
        encoding = _codec_name(match.encoding) or match.encoding
        if encoding in seen:
            continue
        seen.add(encoding)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if len(text) == len(data):
            readings.append((encoding, text))
    return readings


def _evidence(encoding: str, text: str) -> float:
    """How well ``text`` reads (:func:`~accords.ingest.charset_evidence.reading_score`
    on its first :data:`SCORE_CHARS` characters), less a cost for a rare code page."""
    score = reading_score(text[:SCORE_CHARS])
    if encoding not in COMMON_CODEPAGES:
        score -= RARE_CODEPAGE_COST
    return score


def _reject_binary(data: bytes, source: str) -> None:
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputRejected(source, f"binary data ({kind}), not text")
    head = data[:8192]
    if b"\x00" in head:
        raise InputRejected(source, "binary data, not text")
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    if controls > MAX_CONTROL_SHARE * len(head):
        raise InputRejected(source, "binary data, not text")


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if any."""
    head = data[:SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec_name(charset: str | None) -> str | None:
    """Python's name for a charset label, or None when Python does not know it.

    Labels follow what browsers do: ``iso-8859-1`` and ``ascii`` mean windows-1252,
    ``tis-620`` and ``iso-8859-11`` mean windows-874.
    """
    if not charset:
        return None
    label = charset.strip().lower()
    label = {
        "iso-8859-1": "cp1252",
        "latin1": "cp1252",
        "latin-1": "cp1252",
        "us-ascii": "cp1252",
        "ascii": "cp1252",
        "tis-620": "cp874",
        "iso-8859-11": "cp874",
        "x-user-defined": "cp1252",
    }.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _is_multibyte_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _non_ascii(text: str) -> int:
    return sum(1 for c in text if not c.isascii())


# --- repairs on decoded text ---------------------------------------------------------


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Undo encoding damage in decoded text; return it with the repairs applied.

    Order: quoted-printable leftovers and backslash escapes (plain textual patterns),
    then ftfy, then our own mojibake repair for what ftfy leaves (windows-874, lost
    bytes, garbled words mixed with correct ones).
    """
    repairs: list[Repair] = []
    text, n = repair_quoted_printable(text)
    if n:
        repairs.append(Repair("quoted-printable", n))
    text, n = repair_backslash_escapes(text)
    if n:
        repairs.append(Repair("backslash-escape", n))
    counts: Counter[str] = Counter()
    lines = text.split("\n")
    for k, line in enumerate(lines):
        lines[k] = _repair_line(line, counts)
    repairs += [Repair(kind, n) for kind, n in counts.items()]
    return "\n".join(lines), repairs


def _repair_line(line: str, counts: Counter[str]) -> str:
    """ftfy then our mojibake repair, unless our repair alone reads better.

    ftfy sometimes picks the wrong code page for a line (windows-1250 for -1257) or
    restores a no-break space that was a lost byte (``â€ —`` → ``†—``); when our repair
    of the untouched line repairs something and reads better (:func:`_reads_better`),
    it wins. A U+FFFD ftfy
    left on purpose (a sequence it found too damaged) keeps ftfy's reading, unless our
    repair of the untouched line restores its lost bytes (:func:`_restores_replaced_bytes`).
    """
    if line.isascii() and "\x1b" not in line:  # nothing to repair but terminal escapes
        return line
    fixed = ftfy.fix_text(line, config=FTFY_CONFIG)
    changed = changed_ranges(line, fixed)
    via_ftfy, repairs = repair_mojibake(fixed, backing=changed, pages=pages_the_bytes_allow(line))
    if changed and "\ufffd" not in via_ftfy:
        alone, alone_repairs, guesses = repair_mojibake_guessing(line)
        if alone_repairs and _reads_better(alone, guesses, than=via_ftfy):
            via_ftfy, repairs, changed = alone, alone_repairs, []
    elif "\ufffd" in via_ftfy and "\ufffd" in line:
        alone, alone_repairs, guesses = repair_mojibake_guessing(line)
        if _restores_replaced_bytes(alone, guesses, than=via_ftfy):
            via_ftfy, repairs, changed = alone, alone_repairs, []
    if changed:
        counts["ftfy"] += max(1, sum(hi - lo for lo, hi in changed))
    for repair in repairs:
        counts[repair.kind] += repair.chars
    return via_ftfy


def _reads_better(alone: str, guesses: list[Guess], than: str) -> bool:
    """Whether our repair of the untouched line beats ftfy's followed by ours: it reads
    better, or as well and it restored its lost letters clearly
    (:func:`_restores_lost_letters`). ftfy's output no longer shows which bytes of the
    line survived, so a letter guessed after it may come from the wrong code page's
    lost bytes (``подпи?али`` read as Latin-1 loses ``т``'s byte too, windows-1252
    only ``с``'s); the untouched line shows them."""
    if _worse(than, than=alone):
        return True
    return alone != than and not _worse(alone, than=than) and _restores_lost_letters(alone, guesses)


def _restores_lost_letters(text: str, guesses: list[Guess]) -> bool:
    """Whether our reading of a line with lost bytes may replace ftfy's, which keeps
    U+FFFD where a lost byte left a sequence too damaged to decode.

    Only when the reading is whole: no U+FFFD left, nothing mojibake-like, and every
    character guessed for a lost byte a letter between two letters that won clearly,
    with at least twice the score of all other candidates together
    (:data:`CLEAR_GUESS_SHARE`), and at least :data:`MIN_RESTORED_LETTERS` of them or
    one inside a word of a sentence (:func:`_lone_letter_in_sentence`). A lost
    quotation mark, a letter at a word's start (judged by one neighbour only:
    ``�frica``) or a letter a short line cannot tell apart from its rivals stays U+FFFD.
    """
    return (
        "\ufffd" not in text
        and badness(text) == 0
        and (len(guesses) >= MIN_RESTORED_LETTERS or _lone_letter_in_sentence(text, guesses))
        and all(g.char.isalpha() and g.share >= CLEAR_GUESS_SHARE for g in guesses)
    )


def _restores_replaced_bytes(text: str, guesses: list[Guess], than: str) -> bool:
    """Whether our reading of a line whose lost bytes show as U+FFFD may replace ftfy's,
    which keeps them.

    In a sentence (at least :data:`SENTENCE_WORDS` words) several U+FFFD that one code
    page's lost bytes explain are that page's doing, not characters the source lacked:
    the likeliest letter or quotation mark for each is restored, however close its
    rivals, when nothing U+FFFD-free reads worse than ftfy's reading
    (:func:`_no_worse_than_kept`). A single letter needs a letter before it in its word
    (``Europa, Asia, �frica``, a list of names, keeps it). A short line (a label,
    ``Ру��кий``) needs every letter clearly won (:func:`_restores_lost_letters`).
    """
    if len(text.split()) < SENTENCE_WORDS or len(guesses) < 1:
        return _restores_lost_letters(text, guesses)
    return (
        "\ufffd" not in text
        and _no_worse_than_kept(text, than)
        and all(g.char.isalpha() or g.char in LOSSY_PUNCTUATION for g in guesses)
        and (len(guesses) >= MIN_RESTORED_LETTERS or _placed_by_its_word(guesses[0]))
    )


def _placed_by_its_word(guess: Guess) -> bool:
    """A lone restored sign that its word places: a letter after a letter of its word,
    or a quotation mark or dash (which side of a word it stands on says which)."""
    return guess.after_letter or guess.char in LOSSY_PUNCTUATION


def _no_worse_than_kept(text: str, kept: str) -> bool:
    """Whether ``text`` looks no more like mojibake than ``kept`` with its U+FFFD left
    out (a Spanish ``¿`` costs both the same)."""
    return badness(text) <= badness(kept.replace("\ufffd", ""))


def _lone_letter_in_sentence(text: str, guesses: list[Guess]) -> bool:
    """One letter restored after a letter of its word, in a line of at least
    :data:`SENTENCE_WORDS` words (``vieno?s`` in a sentence, not a one-word label)."""
    return (
        len(guesses) == 1 and guesses[0].after_letter and len(text.split()) >= SENTENCE_WORDS
    )


def _worse(text: str, than: str) -> bool:
    """More mojibake-like, counting letters foreign to the languages both readings share
    (ftfy's ``Ơ`` for a French ``à`` read as windows-1257) and double spaces left where
    a no-break space was a lost byte."""
    weights = language_weights(letter_counts(text) & letter_counts(than))

    def score(candidate: str) -> int:
        return 2 * badness(candidate) + foreign_letters(candidate, weights) + candidate.count("  ")

    return score(text) > score(than)


def changed_ranges(old: str, new: str) -> list[tuple[int, int]]:
    """The ranges of ``new`` that differ from ``old`` (empty ranges for deletions)."""
    if old == new:
        return []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(j1, j2) for op, _, _, j1, j2 in matcher.get_opcodes() if op != "equal"]


#: ``=XX`` groups (uppercase hex, as quoted-printable writes them) inside a word.
_QP_TOKEN = re.compile(r"(?:[^\W\d_]|=[0-9A-F]{2})*=[0-9A-F]{2}(?:[^\W\d_]|=[0-9A-F]{2})*")
_QP_GROUPS = re.compile(r"(?:=[0-9A-F]{2})+")
_NOT_PROSE = frozenset("=/?&\\@_<>{}[]#%$")


def repair_quoted_printable(text: str) -> tuple[str, int]:
    """Decode ``communiqu=E9`` and ``=C3=A9t=C3=A9`` left over from a mail or feed.

    Only inside words made of letters: at least three letters in all, the groups
    decode to letters (UTF-8 first, else windows-1252), and a single-byte group must
    touch a lowercase letter. ``x=E9``, ``color=FF0000``, ``KEY=DEADBEEF`` and URLs
    (``?q=C3=A9t=C3=A9&x=1``) stay.
    """
    touched = 0

    def fix_token(match: re.Match[str]) -> str:
        nonlocal touched
        token = match.group(0)
        start, end = match.span()
        if text[end : end + 1].isalnum() or _code_or_url(text, start, end):
            return token
        pieces: list[str] = []
        pos = 0
        for group in _QP_GROUPS.finditer(token):
            decoded = _decode_qp_group(token, group)
            if decoded is None:
                return token
            pieces += [token[pos : group.start()], decoded]
            pos = group.end()
        pieces.append(token[pos:])
        result = "".join(pieces)
        if sum(c.isalpha() for c in result) < 3:
            return token
        touched += sum(len(p) for p in pieces[1::2])
        return result

    return _QP_TOKEN.sub(fix_token, text), touched


def _code_or_url(text: str, start: int, end: int) -> bool:
    """Whether the whitespace-delimited word around ``text[start:end]`` holds signs of
    code or a URL besides its ``=XX`` groups."""
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return any(c in _QP_GROUPS.sub("", text[start:end]) for c in _NOT_PROSE)


def _decode_qp_group(token: str, group: re.Match[str]) -> str | None:
    raw = bytes.fromhex(group.group(0).replace("=", ""))
    if raw.isascii():
        return None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        if len(raw) != 1:
            return None
        decoded = raw.decode("cp1252", errors="replace")
        around = token[group.start() - 1 : group.start()] + token[group.end() : group.end() + 1]
        if not any(c.islower() and c.isascii() for c in around):
            return None
    return decoded if decoded.isalpha() else None


_ESCAPED_APOSTROPHE = re.compile(r"(?<=[^\W_])\\(['’])(?=[^\W_])")
_ESCAPED_QUOTE_OPEN = re.compile(r"""(?:(?<=\s)|(?<=^)|(?<=[(\[]))\\(["'])(?=[^\W_])""", re.M)
_ESCAPED_QUOTE_CLOSE = re.compile(r"""(?<=[^\s\\])\\(["'])(?=[\s.,;:!?)\]]|$)""", re.M)
_CODE_LIKE = re.compile(r"[{};]\s*$|\\\\|==|=>|\bprint\(|\breturn\b", re.M)


def repair_backslash_escapes(text: str) -> tuple[str, int]:
    """Unescape ``India\\'s`` and ``\\"quoted\\"`` in prose (a scraper's SQL or JSON escaping).

    Lines that look like code keep their backslashes.
    """
    if "\\" not in text:
        return text, 0
    touched = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if "\\" not in line or _CODE_LIKE.search(line):
            continue
        for pattern in (_ESCAPED_APOSTROPHE, _ESCAPED_QUOTE_OPEN, _ESCAPED_QUOTE_CLOSE):
            line, n = pattern.subn(r"\1", line)
            touched += n
        lines[k] = line
    return "\n".join(lines), touched
