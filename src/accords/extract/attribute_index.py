"""The model's attribute ruler, matched and applied through an index of its patterns.

The English model's ``attribute_ruler`` sets each token's coarse part of speech and
morphology from its fine tag (and from a few words and relations) with some 180
``Matcher`` patterns; spaCy's ``Matcher`` tries every pattern at every token, and the
ruler then builds a ``Span`` per match to set the attributes, which together cost about a
quarter of the model's time on news text. Nearly all of these patterns are one token long
and test the tag, the word and the relation for equality or membership, so tokens alike
in those match alike: ``IndexedRuler`` works the outcome out once per kind of token and
finds exactly the ``(pattern, start, end)`` matches the ``Matcher`` finds. What it does
not read (a pattern of two tokens, an operator other than equality, ``IN``, ``NOT_IN``
and ``REGEX``) goes to a ``Matcher`` of those patterns alone. The attributes are then set
in the ruler's order (the later pattern wins), one token at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

Test = Callable[[Token], bool]
Match = tuple[int, int, int, int]  # (pattern number, match id, start, end), as the ruler sorts

#: The token attributes a one-token pattern may test here, read as ``Matcher`` reads them.
_READ: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_,
    "IS_SPACE": lambda t: t.is_space,
}
#: Attributes of the word itself; the others are the model's (tag, relation, part of speech).
_WORD_ATTRS = ("LOWER", "ORTH")
#: The attributes a pattern is filed under, so that a token is tried on few patterns.
_FILED_BY = ("TAG", "LOWER", "ORTH")
#: The outcome is kept per word class, tag, relation and part of speech; at most this many.
_KNOWN_MAX = 200_000


def _value_test(read: Callable[[Token], Any], value: Any) -> Test | None:
    """A test of one attribute against a pattern's value, or ``None`` for an operator not
    read here."""
    if isinstance(value, (str, bool)):
        return lambda t: read(t) == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op == "IN":
        members = frozenset(arg)
        return lambda t: read(t) in members
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda t: read(t) not in excluded
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda t: bool(regex.search(read(t)))
    return None


def _token_test(spec: dict[str, Any]) -> Test | None:
    tests = []
    for key, value in spec.items():
        read = _READ.get(key)
        test = _value_test(read, value) if read else None
        if test is None:
            return None
        tests.append(test)
    return lambda t: all(test(t) for test in tests)


class IndexedRuler:
    """``match`` and ``set_annotations`` of one ``AttributeRuler``, through an index.

    A word is *named* when some pattern names it (in a value or a value list of ``LOWER``
    or ``ORTH``), matches a pattern's ``REGEX`` on them, or is a space. Every other word
    fails all equality, ``IN`` and ``REGEX`` tests on the word and passes all ``NOT_IN``
    ones, so all such words with the same tag, relation and part of speech match the same
    one-token patterns."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.by: dict[str, dict[str, list[tuple[int, Test]]]] = {k: {} for k in _FILED_BY}
        self.anywhere: list[tuple[int, Test]] = []
        self.names: set[str] = set()
        self.word_regexes: list[Test] = []
        self.rest = Matcher(ruler.vocab)
        self.ids = [ruler.vocab.strings.add(str(n)) for n in range(len(ruler.attrs))]
        self.known: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.named: dict[int, bool] = {}
        for number, entry in enumerate(ruler.patterns):
            rest = []
            for pattern in entry["patterns"]:
                test = _token_test(pattern[0]) if len(pattern) == 1 else None
                if test is None:
                    rest.append(pattern)
                else:
                    self._file(number, test, pattern[0])
                    self._file_words(pattern[0])
            if rest:
                self.rest.add(str(number), rest)

    def _file(self, number: int, test: Test, spec: dict[str, Any]) -> None:
        """A one-token pattern filed under the values its tag or word must have, if any."""
        for key in _FILED_BY:
            value = spec.get(key)
            values = [value] if isinstance(value, str) else None
            if isinstance(value, dict) and set(value) == {"IN"}:
                values = list(value["IN"])
            if values is not None:
                for one in values:
                    self.by[key].setdefault(one, []).append((number, test))
                return
        self.anywhere.append((number, test))

    def _numbers(self, token: Token) -> tuple[int, ...]:
        """The one-token patterns ``token`` matches, by number."""
        candidates = [
            *self.by["TAG"].get(token.tag_, ()),
            *self.by["LOWER"].get(token.lower_, ()),
            *self.by["ORTH"].get(token.text, ()),
            *self.anywhere,
        ]
        return tuple(sorted({n for n, test in candidates if test(token)}))

    def _file_words(self, spec: dict[str, Any]) -> None:
        for key in _WORD_ATTRS:
            value = spec.get(key)
            if isinstance(value, str):
                self.names.add(value)
            elif isinstance(value, dict) and "REGEX" in value:
                self.word_regexes.append(_value_test(_READ[key], value))  # type: ignore[arg-type]
            elif isinstance(value, dict):
                self.names.update(next(iter(value.values())))

    def _is_named(self, token: Token) -> bool:
        return (
            token.is_space
            or token.lower_ in self.names
            or token.text in self.names
            or any(test(token) for test in self.word_regexes)
        )

    def match(self, doc: Doc) -> list[Match]:
        """What ``AttributeRuler.match`` returns: the matches, in the ruler's order."""
        found: list[Match] = []
        for i, (orth, tag, dep, pos) in enumerate(doc.to_array([ORTH, TAG, DEP, POS]).tolist()):
            named = self.named.get(orth)
            if named is None:
                named = self._is_named(doc[i])
                self.named[orth] = named
            key = (orth if named else 0, tag, dep, pos)
            numbers = self.known.get(key)
            if numbers is None:
                numbers = self._numbers(doc[i])
                if len(self.known) >= _KNOWN_MAX or len(self.named) >= _KNOWN_MAX:
                    self.known.clear()
                    self.named.clear()
                self.known[key] = numbers
            found.extend((n, self.ids[n], i, i + 1) for n in numbers)
        for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False):
            found.append((int(doc.vocab.strings[match_id]), match_id, start, end))
        return sorted(set(found))

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """What ``AttributeRuler.set_annotations`` does: each match's attributes set on its
        token, in the matches' order."""
        for number, _, start, end in matches:
            index = self.ruler.indices[number]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                raise ValueError(f"attribute ruler pattern {number}: index {index} out of span")
            set_token_attrs(doc[at], self.ruler.attrs[number])


def index_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute ruler, if it has one, ``IndexedRuler``'s methods."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        indexed = IndexedRuler(ruler)
        ruler.match = indexed.match  # type: ignore[method-assign]
        ruler.set_annotations = indexed.set_annotations  # type: ignore[method-assign]
