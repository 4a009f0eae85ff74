"""The domain model shared by every stage, the store, the API and the exports.

Words used everywhere (see README, "Architecture"):

* ``RawDocument`` — what a reader found: bytes or already-decoded text, plus metadata.
* ``Article`` — one news item after decoding and cleaning; its ``article_id`` derives
  from the hash of its cleaned text, so the same article read twice is the same article.
* ``Fact`` — one thing an article says, of a ``FactKind``, with attributes (the fields
  of the evaluation schema), a confidence and its ``Evidence`` (character offsets
  into the cleaned text and the sentence that holds them).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

#: The controlled vocabulary of cooperation areas (shared/eval/SCHEMA.md).
AREAS: tuple[str, ...] = (
    "trade", "investment", "finance", "energy", "nuclear", "agriculture", "industry",
    "transport", "infrastructure", "science", "education", "health", "culture", "sport",
    "tourism", "defence", "security", "justice", "migration", "environment", "digital",
    "space", "media", "humanitarian", "customs", "labour", "diplomacy", "mining", "water",
)

BODY_KINDS = ("commission", "working_group", "council", "committee", "other")
MEETING_KINDS = (
    "commission_session", "working_group", "summit", "ministerial", "visit", "forum",
    "talks", "other",
)
MEETING_STATUSES = ("held", "planned")
INSTRUMENT_KINDS = (
    "agreement", "memorandum", "protocol", "treaty", "declaration", "accord", "roadmap",
    "programme", "contract", "communique", "other",
)
INSTRUMENT_STATUSES = ("signed", "planned", "ratified", "in_force", "terminated")


class FactKind(StrEnum):
    DYAD = "dyad"
    BODY = "body"
    MEETING = "meeting"
    INSTRUMENT = "instrument"
    PROGRAMME = "programme"
    AREA = "area"
    PERSON = "person"
    STATEMENT = "statement"


@dataclass(frozen=True)
class Repair:
    """One kind of repair the decode stage applied to an article's text."""

    kind: str  # e.g. "charset:cp1251", "ftfy", "mojibake:cp874", "quoted-printable"
    chars: int  # how many characters of the output it touched
    detail: str = ""


@dataclass
class RawDocument:
    """What a reader produced, before decoding and cleaning."""

    id: str  # the input's name: file name without extension, or a JSONL line's ``id``
    source: str  # where it came from: a path, ``path:LINE`` for JSONL, ``-`` for stdin
    data: bytes | None = None  # raw bytes, when the input is a file
    text: str | None = None  # already-decoded text (JSONL ``text``/``html`` fields)
    is_html: bool = False
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD when the input's metadata states it


@dataclass
class Article:
    """One news item as Accords reads it: decoded, repaired and cleaned."""

    id: str
    text: str
    source: str = ""
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    encoding: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    trimmed: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def article_id(self) -> str:
        """Stable identifier of the article's content (16 hex digits of its hash)."""
        return self.content_hash[:16]

    def to_text_json(self) -> dict[str, Any]:
        """The ``accords text --json`` line (shared/DESIGN.md)."""
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "repairs": [asdict(r) for r in self.repairs],
            "trimmed": list(self.trimmed),
        }


@dataclass(frozen=True)
class Evidence:
    """Where an article says a fact: character offsets into ``Article.text``."""

    start: int
    end: int
    sentence: str
    sentence_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Fact:
    """One thing an article says, with the sentence that says it."""

    kind: FactKind
    attrs: dict[str, Any]
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "attrs": self.attrs,
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class Extraction:
    """Everything extraction found in one article."""

    article: Article
    facts: list[Fact] = field(default_factory=list)

    def of_kind(self, kind: FactKind) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]
