"""The tables behind the mojibake repair: code pages, letter frequencies, suspicious signs.

Data apart from logic (see :mod:`accords.ingest.mojibake.repair`), so that adding a language or a
code page is an edit here. Frequencies are rough shares of each language's non-ASCII
letters (per mille of all letters, all letters for Greek and Cyrillic); only their ratios
within a language matter, to guess which letter a lost byte was.
"""

from __future__ import annotations

import re

#: The single-byte code pages real pages get wrong, in order of preference on ties.
CODEPAGES: tuple[str, ...] = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp874",
    "latin-1",
)

#: Code pages whose mojibake of Latin letters is weak evidence on its own (``Ã¥`` could
#: be a name); ftfy repairs their clear cases before we look.
LATIN1_CODEPAGES: frozenset[str] = frozenset({"cp1252", "latin-1"})

_FREQUENCIES: dict[str, str] = {
    "fr": "é19 à4 è3 ê2.2 ç0.8 ô0.6 î0.5 â0.4 û0.5 ù0.5 ë0.1 ï0.1 œ0.1",
    "de": "ä5 ö3 ü6 ß3",
    "es": "á5 é4 í7 ó8 ú2 ñ3 ü0.2",
    "pt": "ã7 á4 é3 í1.3 ó1.5 ú1 â0.6 ê4.5 ô0.6 ç4 à0.7 õ1",
    "it": "à1.5 è3 é0.3 ì0.6 ò1 ù1",
    "hu": "á34 é27 í4 ó8 ö10 ő8 ú2 ü5 ű1",
    "pl": "ą10 ć4 ę11 ł18 ń2 ó8 ś7 ź0.6 ż8",
    "cs": "á9 č5 ď0.2 é13 ě15 í12 ň0.8 ó0.3 ř10 š7 ť0.4 ú1 ů5 ý10 ž9",
    "sk": "á9 ä0.2 č7 ď1.5 é7 í7 ĺ0.2 ľ3 ň0.5 ó1 ô2 ŕ0.1 š5 ť1 ú2.5 ý5 ž7",
    "ro": "ă40 â10 î10 ș15 ț10 ş5 ţ3",
    "hr": "č11 ć5 đ2 š7 ž7",
    "tr": "ç12 ğ11 ı51 ö8 ş18 ü20 â0.5",
    "az": "ə60 ç12 ğ11 ı51 ö8 ş18 ü20",
    "lt": "ą6 č4 ę2 ė15 į6 š8 ų6 ū4 ž9",
    "lv": "ā40 č3 ē17 ģ1 ī17 ķ2 ļ4 ņ4 š13 ū5 ž2",
    "et": "ä5 õ7 ö2 ü5 š0.2 ž0.2",
    "sv": "å10 ä18 ö6 é0.2",
    "da": "æ8 ø8 å7 é0.2",
    "is": "á12 ð40 é6 í14 ó9 ú6 ý9 þ12 æ8 ö7",
    "fi": "ä30 ö4",
    "vi": (
        "đ15 ư15 ơ5 ă3 â10 ê8 ô8 à6 á6 ả3 ã1 ạ6 ằ2 ắ2 ẳ0.3 ẵ0.2 ặ2 ầ4 ấ5 ẩ1 ẫ0.5 ậ5"
        " è1 é1 ẻ0.3 ẽ0.3 ẹ0.5 ề4 ế6 ể3 ễ1 ệ6 ì1 í2 ỉ1 ĩ0.5 ị4 ò1 ó2 ỏ1 õ0.3 ọ4 ồ3"
        " ố5 ổ2 ỗ0.5 ộ7 ờ5 ớ6 ở3 ỡ0.3 ợ4 ù1 ú1 ủ3 ũ1 ụ4 ừ3 ứ3 ử2 ữ2 ự5 ỳ0.3 ý1"
        " ỷ0.1 ỹ0.2 ỵ0.1"
    ),
    "ru": (
        "о110 е85 а80 и74 н67 т63 с55 р47 в45 л44 к35 м32 д30 п28 у26 я20 ы19 ь17"
        " г17 з16 б16 ч14 й12 х10 ж9 ш7 ю6 ц5 щ4 э3 ф3 ъ0.4 ё2"
    ),
    "uk": (
        "о94 а72 н65 і60 и61 в54 т56 е50 р47 с40 к35 л35 у33 д33 м31 п29 я22 з23"
        " ь16 г16 б17 ч12 х12 ц10 й9 ж7 ї6 ш7 ю4 є4 щ3 ф1 ґ0.1"
    ),
    "bg": (
        "а95 о87 е80 и76 н70 т70 р52 с45 в43 л33 к36 д32 п31 м27 з21 ъ27 у14 я22"
        " г16 б14 ч12 ц7 ж6 ш4 щ4 й4 х4 ф2 ю2 ь0.5"
    ),
    "sr": "а110 о90 и90 е80 н55 т50 р45 с45 ј45 в38 д35 к35 л30 у35 м30 п28 з16 ђ2 љ4 њ5 ћ6 џ1",
    "el": (
        "α110 ο98 ι85 ε75 τ80 σ40 ς35 ν70 η50 ρ45 π40 κ40 μ35 λ30 υ40 ω15 γ20 δ18"
        " θ12 χ10 φ8 β6 ξ4 ζ3 ψ1.5 ά20 έ20 ή15 ί25 ό20 ύ15 ώ8 ϊ1 ΐ0.5 ϋ0.5 ΰ0.2"
    ),
}


def _parse(spec: str) -> dict[str, float]:
    return {m[1]: float(m[2]) for m in re.finditer(r"(\S)([\d.]+)", spec)}


#: Letter → relative frequency, per language (lowercase; uppercase is derived).
LANGUAGE_LETTERS: dict[str, dict[str, float]] = {
    lang: _parse(spec) for lang, spec in _FREQUENCIES.items()
}

#: Punctuation a lost byte may have been (E2 80 9D is ``”``, 0x9D is lost in cp1252).
LOSSY_PUNCTUATION: frozenset[str] = frozenset("’”“‘–—…•„")

#: Characters that a decoding may produce: letters of the scripts news is written in,
#: typographic punctuation, currency and common symbols, emoji. Not IPA, NKo, Syriac,
#: combining marks or spaces (``MISUTÂ\xa0AJIKKO`` stays).
PLAUSIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A1, 0x00AC),
    (0x00AE, 0x024F),
    (0x0259, 0x0259),
    (0x0386, 0x03CE),
    (0x0400, 0x045F),
    (0x0490, 0x04FF),
    (0x05D0, 0x05EA),
    (0x0620, 0x064A),
    (0x0660, 0x0669),
    (0x0904, 0x0939),
    (0x0E01, 0x0E5B),
    (0x1E00, 0x1EFF),
    (0x2010, 0x2026),
    (0x2030, 0x203A),
    (0x20A0, 0x20C0),
    (0x2100, 0x2150),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x2300, 0x23FF),
    (0x2460, 0x24FF),
    (0x2500, 0x27BF),
    (0x3041, 0x30FF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0x1F300, 0x1FAFF),
)

#: Symbols that mojibake scatters inside words and correct prose rarely puts there.
MOJIBAKE_SYMBOLS: frozenset[str] = frozenset(
    "€‚ƒ„†‡ˆ‰‹›™˜¤¦¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿¡¢£¥§ˇ˘˛˝΄΅\u00ad\u0080\u0081\u008d\u008f\u0090\u009d"
)

#: Typographic punctuation: fine in prose, suspicious next to a mojibake symbol (``€™``).
TYPOGRAPHIC: frozenset[str] = frozenset("‘’‚“”„–—…•‹›«»")

#: Quotation marks that do not sit between two letters (``’`` does: it is an apostrophe).
BAD_QUOTES: frozenset[str] = frozenset("“”„‚‘«»‹›")

#: Scripts written together, which may sit side by side in one word.
CJK_SCRIPTS: frozenset[str] = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})

#: Scripts that decodings invent far more often than news uses them.
UNEXPECTED_SCRIPT_PENALTY: dict[str, int] = {
    "ARMENIAN": 2,
    "SYRIAC": 3,
    "THAANA": 3,
    "NKO": 3,
    "SAMARITAN": 3,
    "MODIFIER": 2,
    "COMBINING": 3,
    "IPA": 2,
}

#: Symbols that end a word legitimately (``NESTLÉ®``, ``NICIODATĂ™``, ``20°``).
TRAILING_SYMBOLS: frozenset[str] = frozenset("™®©°ºª")

#: What may come before a capital at the start of a sentence or quote.
SENTENCE_ENDS: frozenset[str] = frozenset('.:!?“"«„(\n')

#: Thai vowel signs and tone marks, which follow a consonant, and leading vowels, which
#: precede one. Cyrillic read as windows-874 breaks this: ``ะะพะฒะฐั`` for ``Новая``.
THAI_VOWEL_FOLLOWERS: frozenset[str] = frozenset("ะัาำิีึืฺุู็")
THAI_TONE_MARKS: frozenset[str] = frozenset("่้๊๋์ํ๎")
THAI_FOLLOWERS: frozenset[str] = THAI_VOWEL_FOLLOWERS | THAI_TONE_MARKS
THAI_LEADING_VOWELS: frozenset[str] = frozenset("เแโใไ")

#: Thai letters rare in Thai words but at every other place in Greek read as windows-874
#: (Greek UTF-8 lead bytes 0xCE, 0xCF).
THAI_RARE: frozenset[str] = frozenset("ฮฯ")

#: Two-character signs of mojibake: Vietnamese read as a windows-125x page puts the
#: page's reading of the bytes E1 BA or E1 BB (``á»``, ``áş``, ``į»``) before every
#: other letter. (Not windows-874: there they spell the Thai ``แบ``.)
MOJIBAKE_PAIRS: frozenset[str] = frozenset(
    bytes([0xE1, second]).decode(page)
    for page in ("cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1257")
    for second in (0xBA, 0xBB)
)

#: Capitals that real words rarely have before a lowercase letter or a quote or dash,
#: but that windows-125x puts before every garbled letter: the UTF-8 lead bytes 0xC2,
#: 0xC3, 0xC5, 0xCE, 0xCF, 0xD0 (``Ξ—`` is Greek ``Η`` read as windows-1253).
RARE_CAPITALS: frozenset[str] = frozenset("ĂĹÃÐÏÂÎΞ")

#: Scripts the language tables cover; letters of other scripts are never "foreign".
TABLE_SCRIPTS: frozenset[str] = frozenset({"LATIN", "GREEK", "CYRILLIC"})
