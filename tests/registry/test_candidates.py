"""The month index of a group's records (``registry.candidates``) never leaves out a record
whose first fact a new fact's time fits: checked against ``match.compatible`` over many
facts with every kind of date (day, month, year, none), status and publication date."""

from __future__ import annotations

import random

from accords.model import RecordKind
from accords.registry.candidates import Candidates
from accords.registry.draft import Draft
from accords.registry.match import Member, compatible

STATUSES = ["planned", "held", "signed", "ratified", "in_force", "terminated", None]


def _date(rng: random.Random) -> str | None:
    year, month, day = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}-{month:02d}", f"{year}", None])


def _member(rng: random.Random, n: int, kind: RecordKind) -> Member:
    attrs = {"status": rng.choice(STATUSES), "date": _date(rng)}
    if kind is RecordKind.INSTRUMENT:
        attrs["kind"] = "agreement"
    observed = rng.choice([_date(rng), f"{rng.randint(2018, 2024)}-06-15"])
    observed = observed if observed and len(observed) == 10 else None
    return Member(fact_id=n, key=f"a{n}:{n:07d}:x", kind=kind, dyad="HUN-RUS",
                  article_id=f"a{n}", cluster=f"a{n}", observed=observed, attrs=attrs)


def test_every_record_a_fact_could_join_is_a_candidate() -> None:
    rng = random.Random(7)
    for kind in (RecordKind.MEETING, RecordKind.INSTRUMENT):
        drafts = []
        for n in range(400):
            draft = Draft(f"r{n}", kind, "HUN-RUS")
            draft.add(_member(rng, n, kind))
            drafts.append(draft)
        index = Candidates(drafts)
        narrowed = 0
        for n in range(1000, 1600):
            fact = _member(rng, n, kind)
            found = {d.id for d in index.of(fact)}
            fitting = {d.id for d in drafts if compatible(fact, d.members[0])}
            assert fitting <= found, (fact, fitting - found)
            narrowed += len(found) < len(drafts)
        assert narrowed > 200  # and it narrows: most facts skip some records


def test_records_added_later_are_found_and_undated_ones_always() -> None:
    undated = Draft("undated", RecordKind.MEETING, "HUN-RUS")
    undated.add(Member(1, "a:1", RecordKind.MEETING, "HUN-RUS", "a", "a", None,
                       {"status": "held"}))
    index = Candidates([undated])
    late = Draft("late", RecordKind.MEETING, "HUN-RUS")
    late.add(Member(2, "b:2", RecordKind.MEETING, "HUN-RUS", "b", "b", "2024-05-02",
                    {"status": "held", "date": "2024-05-01"}))
    index.add(late)
    probe = Member(3, "c:3", RecordKind.MEETING, "HUN-RUS", "c", "c", "2024-05-03",
                   {"status": "held", "date": "2024-04-30"})
    assert {d.id for d in index.of(probe)} == {"undated", "late"}
    far = Member(4, "d:4", RecordKind.MEETING, "HUN-RUS", "d", "d", "2021-01-03",
                 {"status": "held", "date": "2021-01-02"})
    assert [d.id for d in index.of(far)] == ["undated"]
