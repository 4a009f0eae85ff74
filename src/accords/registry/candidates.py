"""Which records of a group a fact could join: an index of their times, by month.

A meeting or instrument fact joins a record only if its time fits the time of every fact
in it (``match.compatible`` → ``_times_fit``), so in particular the time of the record's
first fact, its *anchor*. For two facts of the same stage of a thing's life (both
planned, held or signed, or one of them planned) fitting means that their time windows
(``match.window``) overlap, give or take ``SLACK``. So each record is filed under every
month its anchor's window touches (widened by ``SLACK``), and a fact only has to be
compared with the records filed under the months of its own window — not with every
record of its dyad and kind, which made consolidation quadratic in a busy dyad's history.

Records whose anchor has no window, or is a later step (ratified, in force, terminated:
those fit any earlier time), are compared with every fact; so is a fact without a
window or of a later step. The candidates are thus a superset of the records the fact is
compatible with, and consolidation chooses among them exactly as among all.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from accords.model import RecordKind
from accords.registry.match import SLACK, Member, stage, window
from accords.registry.persist import Draft

#: Kinds whose compatibility requires fitting times (the index is used only for them).
TIMED = frozenset({RecordKind.MEETING, RecordKind.INSTRUMENT})


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def _months(member: Member, slack: bool) -> range | None:
    """The months of a fact's time window (widened by ``SLACK`` when ``slack``); None when
    it has no window or is a later step, which the index cannot narrow."""
    span = window(member)
    if span is None or stage(member) > 1:
        return None
    low, high = (span[0] - SLACK, span[1] + SLACK) if slack else span
    return range(_month(low), _month(high) + 1)


class Candidates:
    """The records of one group (kind, dyad) filed by their anchor's months."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.everywhere: list[Draft] = []  # anchors the months cannot place
        self.by_month: defaultdict[int, list[Draft]] = defaultdict(list)
        for draft in drafts:
            self.add(draft)

    def add(self, draft: Draft) -> None:
        """File a record (by its first fact, which later additions do not change)."""
        months = _months(draft.members[0], slack=True) if draft.members else None
        if months is None:
            self.everywhere.append(draft)
            return
        for month in months:
            self.by_month[month].append(draft)

    def of(self, member: Member, drafts: list[Draft]) -> list[Draft]:
        """The records of ``drafts`` (the whole group) that ``member`` could be compatible
        with; all of them when its time says nothing the index can use."""
        months = _months(member, slack=False)
        if months is None:
            return drafts
        found: dict[int, Draft] = {id(d): d for d in self.everywhere}
        for month in months:
            for draft in self.by_month.get(month, ()):
                found[id(draft)] = draft
        return list(found.values())
