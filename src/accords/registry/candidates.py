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
window or of a later step. A meeting fact that gives a session number is also compared
with every record holding a fact of that number (the number, not the anchor's time,
decides those: ``match.compatible_with_record``), and the stored records it could join
are read as a whole group (``whole_group``). A planned instrument's months reach back
``NEWS_LAG`` before its own window: a stale re-telling of a plan may join the record of
the document signed shortly before it was reported. The candidates are thus a superset of the records the fact is
compatible with, and consolidation chooses among them exactly as among all.

The same filing is kept twice: in memory for the records consolidation holds
(``Candidates``), and in the database as a record's first and last month
(``records.months_from`` / ``months_to``, written by ``persist.save``), so that the
stored records a batch of facts could join are found by one query per group.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from accords.model import RecordKind
from accords.registry.draft import Draft
from accords.registry.match import NEWS_LAG, SLACK, Member, stage, window

#: Kinds whose compatibility requires fitting times (the index is used only for them).
TIMED = frozenset({RecordKind.MEETING, RecordKind.INSTRUMENT})

#: The months stored for a record filed everywhere (every month number a date can give).
EVERYWHERE = range(0, 10_000 * 12)


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def _months(member: Member, slack: bool) -> range | None:
    """The months of a fact's time window (widened by ``SLACK`` when ``slack``); None when
    it has no window or is a later step, which the index cannot narrow."""
    span = window(member)
    if span is None or stage(member) > 1:
        return None
    low, high = (span[0] - SLACK, span[1] + SLACK) if slack else span
    if not slack and member.kind is RecordKind.INSTRUMENT and stage(member) == 0:
        low -= NEWS_LAG  # a plan re-told after the signing may join the signed record
    return range(_month(low), _month(high) + 1)


def whole_group(member: Member) -> bool:
    """True when the stored records ``member`` could join are not found by months: those of
    a numbered session may be filed anywhere its number was reported."""
    return months_of(member) is None or (
        member.kind is RecordKind.MEETING and member.number is not None)


def months_of(member: Member) -> range | None:
    """The months whose records ``member`` could join; None: any record of its group."""
    return _months(member, slack=False) if member.kind in TIMED else None


def filed_under(draft: Draft) -> range | None:
    """The months a record is filed under (by its first fact); None for every month, and
    for the kinds the index does not narrow."""
    if draft.kind not in TIMED or not draft.members:
        return None
    return _months(draft.members[0], slack=True)


class Candidates:
    """The records of one group (kind, dyad) held in memory, filed by their anchor's months."""

    def __init__(self, drafts: Iterable[Draft] = ()) -> None:
        self.all: dict[str, Draft] = {}
        self.everywhere: dict[str, Draft] = {}  # anchors the months cannot place
        self.by_month: dict[int, dict[str, Draft]] = {}
        self._filed: dict[str, range | None] = {}
        for draft in drafts:
            self.add(draft)

    def add(self, draft: Draft) -> None:
        """File a record (by its first fact, which later additions do not change)."""
        months = filed_under(draft)
        self.all[draft.id] = draft
        self._filed[draft.id] = months
        if months is None:
            self.everywhere[draft.id] = draft
            return
        for month in months:
            self.by_month.setdefault(month, {})[draft.id] = draft

    def remove(self, draft: Draft) -> None:
        """Unfile a record, from wherever ``add`` filed it."""
        del self.all[draft.id]
        months = self._filed.pop(draft.id)
        if months is None:
            del self.everywhere[draft.id]
            return
        for month in months:
            filed = self.by_month[month]
            del filed[draft.id]
            if not filed:
                del self.by_month[month]

    def of(self, member: Member) -> list[Draft]:
        """The records here that ``member`` could be compatible with; all of them when its
        time says nothing the index can use."""
        months = months_of(member)
        if months is None:
            return list(self.all.values())
        found = dict(self.everywhere)
        for month in months:
            found.update(self.by_month.get(month, ()))
        number = member.number if member.kind is RecordKind.MEETING else None
        if number is not None:
            found.update((d.id, d) for d in self.all.values()
                         if d.id not in found and any(m.number == number for m in d.members))
        return list(found.values())
