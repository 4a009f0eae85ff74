"""The domain model shared by every stage, the store, the API and the exports.

Words used everywhere (see README, "Architecture"):

* ``RawDocument`` — what a reader found: bytes or already-decoded text, plus metadata.
* ``Article`` — one news item after decoding and cleaning; its ``article_id`` derives
  from the hash of its cleaned text, so the same article read twice is the same article.
* ``Fact`` — one thing an article says, of a ``FactKind``, with attributes (the fields
  of the evaluation schema), a confidence and its ``Evidence`` (character offsets
  into the cleaned text and the sentence that holds them).
* a dyad — a pair of states, written as its key: the two ISO alpha-3 codes sorted and
  joined by a hyphen, ``"HUN-RUS"`` (``dyad_key``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

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


def dyad_key(countries: Iterable[object] | None) -> str | None:
    """The key of the dyad of two states (``["RUS", "HUN"]`` → ``"HUN-RUS"``): their codes
    sorted, joined by a hyphen; None unless ``countries`` holds exactly two codes."""
    pair = list(countries or ())
    if len(pair) != 2 or not all(isinstance(c, str) for c in pair):
        return None
    return "-".join(sorted(pair))  # type: ignore[arg-type]


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
    charset: str | None = None  # the charset a transport header declares (WARC's HTTP headers)


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


class Cut(NamedTuple):
    """An article longer than the model reads: its source, the characters read, all."""

    source: str
    read: int
    total: int


@dataclass
class Extraction:
    """Everything extraction found in one article."""

    article: Article
    facts: list[Fact] = field(default_factory=list)
    #: Where the text the model read ended, when the article was longer than
    #: ``ACCORDS_MAX_NLP_CHARS``: facts come from ``article.text[:read_chars]`` only.
    read_chars: int | None = None

    @property
    def cut(self) -> Cut | None:
        """Where the model stopped reading a long article (``None``: it read it whole)."""
        if self.read_chars is None:
            return None
        article = self.article
        return Cut(article.source or article.id, self.read_chars, len(article.text))

    def of_kind(self, kind: FactKind) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]


# --- The registry (issue 4): records consolidated from facts across articles. -------------


class RecordKind(StrEnum):
    """What a registry record stands for: one real body, meeting, instrument, programme, person."""

    BODY = "body"
    MEETING = "meeting"
    INSTRUMENT = "instrument"
    PROGRAMME = "programme"
    PERSON = "person"


class CurationState(StrEnum):
    """Where a record stands with the curators; every record starts ``proposed``."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EDITED = "edited"


#: Lifecycle statuses in the order they normally happen (``terminated`` ends any of them).
INSTRUMENT_LIFECYCLE: tuple[str, ...] = ("planned", "signed", "ratified", "in_force", "terminated")
MEETING_LIFECYCLE: tuple[str, ...] = ("planned", "postponed", "cancelled", "held")


@dataclass
class LifecycleStep:
    """One step of a record's lifecycle, with the facts (and so sentences) that report it.

    ``date`` is when the step happened as the articles state it (a date prefix, or None);
    ``observed`` the earliest publication date of an article reporting it.
    """

    status: str
    date: str | None
    observed: str | None
    fact_ids: list[int] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)


@dataclass
class AttributeValue:
    """One value the articles give for one attribute of a record, and who gives it.

    ``reports`` counts independent reports: near-duplicate articles (one wire story
    printed by several outlets) count once.
    """

    value: Any
    fact_ids: list[int] = field(default_factory=list)
    reports: int = 0


@dataclass
class Support:
    """One fact that supports a record, with its article and sentence (for display)."""

    fact_id: int
    article_id: str
    cluster: str  # the near-duplicate group of the article (its earliest member's id)
    published: str | None
    title: str | None
    outlet: str | None
    url: str | None
    sentence: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Record:
    """The registry's single account of one real thing, merged from many facts.

    ``attrs`` holds the chosen value of each attribute (curator edits win); ``values``
    every value seen with its supporting facts; ``conflicts`` the attributes whose
    values disagree (kept and shown, never silently overwritten).
    """

    id: str
    kind: RecordKind
    dyad: str | None
    label: str
    attrs: dict[str, Any]
    values: dict[str, list[AttributeValue]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    status: str | None = None
    lifecycle: list[LifecycleStep] = field(default_factory=list)
    state: CurationState = CurationState.PROPOSED
    overrides: dict[str, Any] = field(default_factory=dict)
    date: str | None = None
    fact_ids: list[int] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    reports: int = 0
    support: list[Support] = field(default_factory=list)


@dataclass
class CurationEvent:
    """One curator's change to the registry: who, when, what, before and after."""

    id: int
    record_id: str
    action: str  # accept, reject, edit, merge, merged_into, split, split_from
    by: str
    at: str  # ISO 8601, UTC
    field: str | None = None
    before: Any = None
    after: Any = None
    note: str | None = None
