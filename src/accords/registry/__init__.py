"""The registry: facts from many articles consolidated into records, curated by people.

* ``consolidate(store)`` — attach the facts of newly stored articles to records
  (incremental); ``rebuild=True`` recomputes everything and replays curation.
* ``review`` — ``accept``, ``reject``, ``edit``, ``merge``, ``split``, ``history``.
* ``queries`` — ``records``, ``recent``, ``get_record``, ``pending``, ``timeline``,
  ``dyad_summaries``, ``search_results`` (records and articles; articles, facts and
  evidence alone: ``accords.store.queries``).

See docs/registry.md for how consolidation decides.
"""

from accords.registry.consolidate import ConsolidationReport, consolidate
from accords.registry.queries import (
    DyadSummary,
    RecordNotFound,
    TimelineEntry,
    dyad_summaries,
    get_record,
    pending,
    recent,
    records,
    search_results,
    timeline,
    timeline_of,
)
from accords.registry.review import CurationError, accept, edit, history, merge, reject, split

__all__ = [
    "ConsolidationReport", "CurationError", "DyadSummary", "RecordNotFound", "TimelineEntry",
    "accept", "consolidate", "dyad_summaries", "edit", "get_record", "history", "merge",
    "pending", "recent", "records", "reject", "search_results", "split", "timeline",
    "timeline_of",
]
