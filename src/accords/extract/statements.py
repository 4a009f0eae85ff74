"""Statements: direct quotes with their speaker.

A quote is text between quotation marks of at least ``MIN_WORDS`` words (shorter ones
are names or scare quotes). Its speaker is named by the attribution next to it:
after the quote (“…,” Nagy noted / “…,” said the minister) or before it
(X said: “…”). A pronoun speaker ("he said") is the person named last before the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.extract import cues
from accords.extract.people import PersonMention, looks_like_name, same_person

MIN_WORDS = 5
QUOTE_WORDS = 8
_QUOTE = re.compile(r"“(?P<a>[^“”]+)”|\"(?P<b>[^\"\n]+)\"|«(?P<c>[^«»]+)»")
_NAME = r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,5})"
#: After a quote a name may be wrapped onto the next line ("… Pham Minh\nChinh said").
_NAME_WRAPPED = r"(?P<name>[A-Z][\w’'\-]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w’'\-]+){0,5})"
_PRONOUN = r"(?P<pronoun>(?i:he|she))"


def _speech() -> str:
    return "(?i:" + cues.compile_group(cues.SPEECH_VERBS).pattern + ")"


_AFTER_NAME_VERB = re.compile(rf"^\s*[,—–-]?\s*(?:{_PRONOUN}|{_NAME_WRAPPED})\s+(?:{_speech()})")
_AFTER_VERB_NAME = re.compile(
    rf"^\s*[,—–-]?\s*(?:{_speech()})\s+(?:(?i:the)\s+[\w\s’'-]{{0,60}}?,?\s*)?{_NAME}"
)
_BEFORE = re.compile(rf"(?:{_PRONOUN}|{_NAME})\s+(?:{_speech()})[^.“\"]{{0,80}}?[:,]\s*$")


@dataclass
class StatementMention:
    start: int
    end: int
    speaker: str
    quote: str

    @property
    def quote_start(self) -> str:
        return " ".join(self.quote.split()[:QUOTE_WORDS])


#: Between the two halves of one quote: “…,” he said, “…”.
_INTERRUPTION = re.compile(rf"^\s*,?\s*(?:{_PRONOUN}|{_NAME})\s+(?:{_speech()})\s*,\s*$")


def find_statements(text: str, people: list[PersonMention]) -> list[StatementMention]:
    found: list[StatementMention] = []
    previous_end = -1
    for match in _QUOTE.finditer(text):
        quote = (match.group("a") or match.group("b") or match.group("c") or "").strip()
        continued = previous_end >= 0 and _INTERRUPTION.match(text[previous_end : match.start()])
        previous_end = match.end()
        if len(quote.split()) < MIN_WORDS or continued:
            continue
        speaker = _speaker(text, match.start(), match.end(), people)
        if speaker:
            found.append(StatementMention(match.start(), match.end(), speaker, quote.rstrip(",")))
    return found


def _speaker(text: str, start: int, end: int, people: list[PersonMention]) -> str | None:
    after = text[end : end + 160]
    before = text[max(0, start - 200) : start]
    for pattern, chunk in ((_AFTER_NAME_VERB, after), (_AFTER_VERB_NAME, after)):
        match = pattern.match(chunk)
        if match:
            return _resolve(match, start, people)
    match = _BEFORE.search(before)
    if match:
        return _resolve(match, start, people)
    return None


def _resolve(match: re.Match[str], at: int, people: list[PersonMention]) -> str | None:
    groups = match.groupdict()
    if groups.get("pronoun"):
        earlier = [(p.last_before(at), p.name) for p in people if p.last_before(at) is not None]
        return max(earlier)[1] if earlier else None
    name = groups.get("name") or ""
    words = [w for w in name.split() if w not in set(cues.ROLE_WORDS)]
    name = re.sub(r"['’]s$", "", " ".join(words))
    if not name:
        return None
    for person in people:
        if same_person(person.name, name):
            return person.name
    return name if looks_like_name(name) else None  # named as a speaker: a person all the same
