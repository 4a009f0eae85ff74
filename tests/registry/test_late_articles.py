"""Articles consolidated after later ones (a backfill, or chunks of an archive out of date
order) give the records a rebuild gives: incremental consolidation equals consolidation
from scratch, whatever order the articles arrive in."""

from __future__ import annotations

from itertools import permutations

from registry_helpers import article, instrument, meeting, open_store
from sqlalchemy import select
from sqlalchemy.orm import Session

from accords.model import CurationState
from accords.registry import accept, consolidate, get_record, records
from accords.store.schema import ArticleRow

PAIR = ("KEN", "TZA")
LOAN = "loan terms for the ferry terminal"

# A document planned, then signed (no date of its own), then a look-alike signed a year on.
PLANNED = "Officials said the loan terms for the ferry terminal would be signed soon."
SIGNED = "The two treasuries signed the loan terms for the ferry terminal this week."
YEAR_ON = "A year later the loan terms for the ferry terminal were signed again, on 9 October."

# A visit in February, another in April, and talks in April that fit either.
VISIT_FEB = "The trade minister paid a visit to Dodoma in February."
VISIT_APR = "The minister of works paid a visit to Dodoma in April."
TALKS = "Delegations of the two states held talks on the road corridor."


def _document_articles() -> dict[str, object]:
    return {
        "plan": article("plan", PLANNED, "2023-07-11", instrument(
            PLANNED, "loan terms", status="planned", title=LOAN, countries=PAIR), dyad=PAIR),
        "signed": article("signed", SIGNED, "2023-09-21", instrument(
            SIGNED, "loan terms", title=LOAN, countries=PAIR), dyad=PAIR),
        "year_on": article("year_on", YEAR_ON, "2024-10-12", instrument(
            YEAR_ON, "loan terms", date="2024-10-09", title=LOAN, countries=PAIR), dyad=PAIR),
    }


def _meeting_articles() -> dict[str, object]:
    return {
        "feb": article("feb", VISIT_FEB, "2023-02-15", meeting(
            VISIT_FEB, "visit", kind="visit", date="2023-02", countries=PAIR), dyad=PAIR),
        "apr": article("apr", VISIT_APR, "2023-04-09", meeting(
            VISIT_APR, "visit", kind="visit", date="2023-04", countries=PAIR), dyad=PAIR),
        "talks": article("talks", TALKS, "2023-04-13", meeting(
            TALKS, "talks", kind="talks", countries=PAIR), dyad=PAIR),
    }


def _grouping(store) -> list[tuple[str, tuple[str, ...]]]:
    """Each record's id with the names of its articles."""
    with Session(store.engine) as session:
        name = dict(session.execute(select(ArticleRow.id, ArticleRow.external_id)).tuples().all())
    return sorted((r.id, tuple(sorted(name[a] for a in get_record(store, r.id).article_ids)))
                  for r in records(store, include_rejected=True))


def _incremental_then_rebuilt(tmp_path, runs: list[list[str]], made: dict[str, object]):
    with open_store(tmp_path, f"{'-'.join(n for run in runs for n in run)}.sqlite") as store:
        for run in runs:
            for name in run:
                store.add(made[name])
            consolidate(store)
        incremental = _grouping(store)
        consolidate(store, rebuild=True)
        return incremental, _grouping(store)


def test_a_backfill_of_older_reports_regroups_a_document_as_a_rebuild_does(tmp_path):
    # the later signing first; the plan and the first signing (older reports) after it
    incremental, rebuilt = _incremental_then_rebuilt(
        tmp_path, [["year_on"], ["plan", "signed"]], _document_articles())
    assert sorted(articles for _, articles in incremental) == [("plan", "signed"), ("year_on",)]
    assert incremental == rebuilt  # the same records, under the same ids


def test_a_backfill_that_makes_an_older_record_takes_the_ties_a_rebuild_gives_it(tmp_path):
    # the talks fit both visits equally; a tie goes to the older record, which the
    # February visit, consolidated last, turns out to be
    incremental, rebuilt = _incremental_then_rebuilt(
        tmp_path, [["apr", "talks"], ["feb"]], _meeting_articles())
    assert sorted(articles for _, articles in incremental) == [("apr",), ("feb", "talks")]
    assert incremental == rebuilt


def test_any_order_of_arrival_gives_the_records_of_a_rebuild(tmp_path):
    made = {**_document_articles(), **_meeting_articles()}
    expected = None
    # each order of the documents' reports beside another order of the meetings' ones,
    # one article per run
    for documents, meetings in zip(permutations(["plan", "signed", "year_on"]),
                                   permutations(["talks", "feb", "apr"]), strict=True):
        order = [name for pair in zip(documents, meetings, strict=True) for name in pair]
        incremental, rebuilt = _incremental_then_rebuilt(tmp_path, [[n] for n in order], made)
        assert incremental == rebuilt, order
        expected = expected or rebuilt
        assert rebuilt == expected, order


def test_a_record_a_curator_acted_on_keeps_its_facts_through_a_backfill(tmp_path):
    made = _meeting_articles()
    with open_store(tmp_path) as store:
        for name in ("apr", "talks"):
            store.add(made[name])
        consolidate(store)
        (record,) = records(store)
        accept(store, record.id, by="curator")
        store.add(made["feb"])
        consolidate(store)
        kept = get_record(store, record.id)
        assert kept.state is CurationState.ACCEPTED and len(kept.article_ids) == 2
        assert len(records(store)) == 2


def test_records_that_come_back_as_they_were_are_not_rewritten(tmp_path):
    # an undated report comes after every dated one, so a new dated report of the pair
    # takes it back; it starts its record again, unchanged: nothing to write
    undated = "The two ministers held talks in Mombasa on the port."
    dated = "The joint commission met in Arusha on 4 May."
    with open_store(tmp_path) as store:
        store.add(article("undated", undated, None, meeting(
            undated, "talks", kind="talks", place="Mombasa", countries=PAIR), dyad=PAIR))
        consolidate(store)
        (kept,) = records(store)
        store.add(article("dated", dated, "2025-05-05", meeting(
            dated, "met", date="2025-05-04", place="Arusha", countries=PAIR), dyad=PAIR))
        report = consolidate(store)
        assert (report.facts, report.created, report.updated) == (1, 1, 0)
        assert kept.id in {r.id for r in records(store)}
