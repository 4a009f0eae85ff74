"""``Draft``: a record while consolidation builds it or a curator changes it, with its facts.

The domain side of a record in the making; reading drafts from the database and saving
them is ``persist``'s, choosing the facts they hold ``consolidate``'s and ``review``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accords.model import CurationState, RecordKind
from accords.registry.match import Member, position
from accords.registry.summary import summarise


@dataclass(slots=True)
class Draft:
    """A record while it is built or curated: its facts, curation state and edits."""

    id: str
    kind: RecordKind
    dyad: str | None
    members: list[Member] = field(default_factory=list)
    state: str = CurationState.PROPOSED.value
    overrides: dict[str, Any] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)  # fact ids whose membership must be written
    dirty: bool = False
    deleted: bool = False
    stored: bool = False  # a row of it is in the database (read from there, or saved)

    def add(self, member: Member) -> None:
        self.members.append(member)
        self.moved.add(member.fact_id)
        self.dirty = True

    def summary(self) -> dict[str, Any]:
        return summarise(self.kind, self.members, self.overrides)

    def origin(self) -> tuple[bool, str, str, str]:
        """Where the draft's first fact comes in consolidation's order (articles by date,
        undated last, then id; facts by key): the order records were created in."""
        return min((position(m) for m in self.members), default=(True, "", "", ""))
