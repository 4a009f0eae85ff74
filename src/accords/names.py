"""Name folding and name compatibility, for bodies, programmes, people and titles: one
home for the extraction (one article's mentions) and the registry (many articles' facts).

Why not plain string equality: outlets spell the same commission "the Chilean-Bolivian
Intergovernmental Commission on Trade and Fisheries", "the intergovernmental
commission", "the IGC" or just "the commission", and the same person "Jönsson" or "Jonsson".
So names are folded (accents, case, punctuation), stripped of the states' adjectives and
of function words, and compared with rapidfuzz; acronyms are matched against the
initials of the full name; a *generic* name ("the commission") fits any name of its kind
and is settled by the caller (it joins the one record of that kind in the dyad).

One way of reading a name, two ways of comparing. Within one article (``same_body`` and
``same_person`` with ``within_article=True``) a short name refers back to a longer one
the article gave before ("the Intergovernmental Commission", "Rojas"): one name's words
need only be among the other's. Across articles (the default) two things of one dyad
may share words, so names must agree as wholes, as above.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

#: Letters NFKD does not decompose into a base letter plus accents.
_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                          "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "ı": "i", "þ": "th"})
_FUNCTION = frozenset({"the", "of", "for", "on", "and", "in", "to", "a", "an", "between", "with"})
#: Words that say what kind of body a name is, but not which one ("the joint commission").
BODY_WORDS = frozenset({
    "commission", "committee", "council", "intergovernmental", "joint", "working", "group",
    "bilateral", "body", "session", "meeting", "igc", "jc",
})
#: Words that say what kind of document a title is, but not which one ("the new agreement").
TITLE_WORDS = frozenset({
    "agreement", "agreements", "memorandum", "memoranda", "protocol", "protocols", "treaty",
    "declaration", "accord", "roadmap", "programme", "program", "contract", "communique",
    "document", "documents", "understanding", "mou", "mous", "plan", "new", "two", "sides",
    "governments", "government", "countries", "this", "that", "cooperation", "intergovernmental",
    "bilateral", "joint", "signed", "draft", "several", "number", "some", "other", "field",
    "fields", "area", "areas", "sphere", "domain", "mutual", "friendship",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_KIND_WORDS = ("commission", "committee", "council", "group", "forum", "cabinet")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: Similarity (0–100) at or above which two folded names are the same name.
SAME_NAME = 85.0


#: Names compared during consolidation repeat endlessly (the same commission, the same
#: minister in thousands of articles): the functions below remember this many answers.
CACHED = 1 << 16
#: Texts up to this length are folded through the cache (names); longer ones (articles) not.
_SHORT = 200


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation: ``"Szűcs, Łukasz"`` → ``"szucs lukasz"``."""
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


@lru_cache(maxsize=CACHED)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    # the accents: a text has few distinct characters, so look each up once
    marks = {ord(c): None for c in set(text) if unicodedata.combining(c)}
    text = (text.translate(marks) if marks else text).lower()
    return " ".join(_WORD.findall(text.replace("–", "-").replace("—", "-")))


@lru_cache(maxsize=4096)
def _is_state_word(word: str) -> bool:
    from accords.extract.countries import gazetteer

    names = gazetteer()
    return any(names.code_of(part.capitalize()) or names.code_of(part)
               for part in word.split("-") if part)


def core_tokens(name: str) -> list[str]:
    """The words of a name that tell it apart: no states' names, no function words."""
    return list(_core_tokens(name))


@lru_cache(maxsize=CACHED)
def _core_tokens(name: str) -> tuple[str, ...]:
    words: list[str] = []
    for word in fold(name).split():
        if word in _FUNCTION:
            continue
        parts = [p for p in word.split("-") if p and not _is_state_word(p)]
        words.extend(parts)
    return tuple(words)


def is_generic(name: str | None, words: frozenset[str] = BODY_WORDS) -> bool:
    """True when a name only says what kind of thing it is ("the intergovernmental commission")."""
    if not name:
        return True
    return all(t in words for t in _core_tokens(name))


def acronyms(name: str) -> set[str]:
    """Plausible acronyms of a name: initials of its words, with and without the states,
    with "intergovernmental" as I or IG ("IGC")."""
    found: set[str] = set()
    for words in (core_tokens(name), [w for w in fold(name).split() if w not in _FUNCTION]):
        flat = [p for w in words for p in w.split("-") if p]
        # "IGC" abbreviates the name up to its kind word, whatever follows.
        cuts = [i + 1 for i, w in enumerate(flat) if w in _KIND_WORDS] + [len(flat)]
        for ig in ("i", "ig"):
            initials = [ig if w == "intergovernmental" else w[0] for w in flat]
            found.update("".join(initials[:cut]) for cut in cuts if cut >= 2)
    return found


def _is_acronym(text: str) -> bool:
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha()


@lru_cache(maxsize=CACHED)
def similarity(a: str, b: str) -> float:
    """0–100: how alike two names are after folding (token-set ratio of their core words)."""
    ca, cb = " ".join(_core_tokens(a)), " ".join(_core_tokens(b))
    if not ca or not cb:
        return 0.0
    return float(fuzz.token_set_ratio(ca, cb))


@lru_cache(maxsize=CACHED)
def same_name(a: str | None, b: str | None, words: frozenset[str] = BODY_WORDS,
              states: str = "") -> bool:
    """True when two names can name the same thing (generic names fit anything).

    ``states`` are the initials of the dyad's states, which acronyms often put first
    ("BCCC" for the Bolivia–Chile Cooperation Committee, named "Cooperation Committee").
    """
    if is_generic(a, words) or is_generic(b, words):
        return True
    assert a is not None and b is not None
    for short, long in ((a, b), (b, a)):
        if _is_acronym(short):
            bare = re.sub(r"^the\s+", "", short.strip(), flags=re.I).lower()
            known = acronyms(long)
            if bare in known or (_is_acronym(long) and fold(long) == fold(short)):
                return True
            lead = 0
            while lead < min(2, len(bare) - 2) and bare[lead] in states.lower():
                lead += 1
                if bare[lead:] in known:
                    return True
            return False
    return similarity(a, b) >= SAME_NAME


def same_body(a: str | None, b: str | None, *, within_article: bool = False,
              states: str = "") -> bool:
    """True when two names of bodies can name the same body.

    ``within_article``: ``a``, a mention, names the body ``b`` names when the words that
    tell ``a`` apart (``core_tokens``) are all among ``b``'s, or ``b``'s among ``a``'s
    ("the Intergovernmental Commission" and its full name); never when ``a`` has none.
    Otherwise (facts of different articles): ``same_name`` with the body words, where a
    generic name fits any and ``states`` are the dyad's initials for acronyms.
    """
    if within_article:
        wa, wb = set(_core_tokens(a or "")), set(_core_tokens(b or ""))
        return bool(wa) and (wa <= wb or wb <= wa)
    return same_name(a, b, BODY_WORDS, states)


@lru_cache(maxsize=CACHED)
def same_person(a: str, b: str, *, within_article: bool = False) -> bool:
    """Two spellings of one person.

    ``within_article``: one name's last word is among the other's words, after folding
    ("Rojas" and "Ana Rojas"; a second "Rojas" of the same article is taken to be her).
    Otherwise (facts of different articles): equal after folding, a lone surname of a
    full name, or full names at least 90 % alike or of the same words in another order.
    """
    fa, fb = fold(a).split(), fold(b).split()
    if not fa or not fb:
        return False
    if within_article:
        return fa[-1] in fb or fb[-1] in fa
    if len(fa) == 1 or len(fb) == 1:
        single, full = (fa, fb) if len(fa) == 1 else (fb, fa)
        return single[0] in full
    return fuzz.ratio(" ".join(fa), " ".join(fb)) >= 90 or sorted(fa) == sorted(fb)
