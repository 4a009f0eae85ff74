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
#: A quote in curly marks stays within its paragraph; one whose paragraph ends unclosed
#: (news style for a quote that runs on into the next paragraphs) is that paragraph.
_QUOTE = re.compile(
    r"“(?P<a>(?:[^“”\n]|\n(?![ \t]*\n))+)”|\"(?P<b>[^\"\n]+)\"|«(?P<c>[^«»]+)»|“(?P<d>[^“”\n]+)"
)
_NAME = r"(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){0,5})"
#: After a quote a name may be wrapped onto the next line ("… Juhan\nTamm said").
_NAME_WRAPPED = r"(?P<name>[A-Z][\w’'\-]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w’'\-]+){0,5})"
_PRONOUN = r"(?P<pronoun>(?i:he|she))"


def _speech() -> str:
    return "(?i:" + cues.compile_group(cues.SPEECH_VERBS).pattern + ")"


_AFTER_NAME_VERB = re.compile(rf"^\s*[,—–-]?\s*(?:{_PRONOUN}|{_NAME_WRAPPED})\s+(?:{_speech()})")
_AFTER_VERB_NAME = re.compile(
    rf"^\s*[,—–-]?\s*(?:{_speech()})\s+(?:(?i:the)\s+[\w\s’'-]{{0,60}}?,?\s*)?{_NAME}"
)
_BEFORE = re.compile(
    rf"(?:{_PRONOUN}|{_NAME})\s+(?:{_speech()})[^.“\"]{{0,80}}?(?:[:,]|\bthat)\s*$"
)


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
        quote = "".join(match.group(g) or "" for g in "abcd").strip()
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
    if re.search(r"\n\s*$", before):  # a paragraph that is all quote: the last one to speak
        return _last_speaker(text, start, people)
    return None


def _last_speaker(text: str, start: int, people: list[PersonMention]) -> str | None:
    """The speaker of the paragraph before a quote that opens a paragraph: 'X said …',
    'according to him' (him: the last one named as speaking before)."""
    paragraph = re.search(r"(?:^|\n[ \t]*\n)([^\n]*(?:\n(?![ \t]*\n)[^\n]*)*)\n\s*$", text[:start])
    if not paragraph:
        return None
    offset = paragraph.start(1)
    said = [m for pattern in _SPOKE for m in pattern.finditer(text, offset, start)]
    if not said:
        return None
    last = max(said, key=lambda m: m.start())
    if last.groupdict().get("name"):
        return _resolve(last, start, people)
    named = [m for m in _SPOKE[0].finditer(text, max(0, last.start() - 800), last.start())]
    named = [m for m in named if m.group("name")]
    return _resolve(named[-1], start, people) if named else _resolve(last, last.start(), people)


#: Who spoke last in the paragraphs before a quote that stands alone.
_SPOKE = (
    re.compile(rf"(?:{_PRONOUN}|{_NAME})\s+(?:{_speech()})\b"),
    re.compile(rf"(?i:according to)\s+(?:(?P<object>(?i:him|her))\b|{_NAME})"),
)


def _resolve(match: re.Match[str], at: int, people: list[PersonMention]) -> str | None:
    groups = match.groupdict()
    if groups.get("pronoun") or groups.get("object"):
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
