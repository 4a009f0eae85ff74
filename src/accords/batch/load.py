"""Read the batch job's Parquet output back and load it into the store.

``read_batch`` rebuilds each ``Extraction`` exactly as ``accords extract --format json``
would print it (``extraction_to_json`` of the two is the same); ``load`` stores them
through ``Store.add``, so loading the same output twice stores each article once, then
runs the registry's consolidation when the registry provides one.

Articles and facts are both sorted by ``source`` (see ``accords.batch.job``), so they
are joined in one streaming pass: memory stays flat however large the output.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair
from accords.store.db import AddResult, Store

#: Rows read from Parquet at a time.
READ_BATCH_ROWS = 1024


@dataclass
class LoadReport:
    stored: int = 0
    duplicates: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    consolidated: Any = None  # what the registry's consolidation returned, if it ran


def _rows(path: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    import pyarrow.dataset as ds

    if not path.is_dir():
        raise FileNotFoundError(f"{path} is not a batch output dataset (run `accords batch`)")
    dataset = ds.dataset(str(path), format="parquet")
    for batch in dataset.to_batches(columns=columns, batch_size=READ_BATCH_ROWS):
        yield from batch.to_pylist()


def read_rejected(out: str | Path) -> list[tuple[str, str]]:
    return [(r["source"], r["reason"]) for r in _rows(Path(out) / "rejected")]


def read_batch(out: str | Path) -> Iterator[Extraction]:
    """Every article of a batch output with its facts, in ``source`` order."""
    out = Path(out)
    facts = _rows(out / "facts")
    pending = next(facts, None)
    for row in _rows(out / "articles"):
        source = row["source"]
        found: list[tuple[int, Fact]] = []
        # Facts of sources with no article row (none are written) are skipped.
        while pending is not None and pending["source"] < source:
            pending = next(facts, None)
        while pending is not None and pending["source"] == source:
            found.append((pending["fact_index"], _fact(pending)))
            pending = next(facts, None)
        found.sort(key=lambda pair: pair[0])
        yield Extraction(_article(row), [fact for _, fact in found])


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        source=row["source"] or "",
        title=row["title"],
        published=row["published"],
        outlet=row["outlet"],
        url=row["url"],
        encoding=row["encoding"],
        repairs=[Repair(**r) for r in json.loads(row["repairs"])],
        trimmed=list(row["trimmed"] or []),
    )


def _fact(row: dict[str, Any]) -> Fact:
    return Fact(
        kind=FactKind(row["kind"]),
        attrs=json.loads(row["attrs"]),
        evidence=[Evidence(**e) for e in json.loads(row["evidence"])],
        confidence=row["confidence"],
    )


def consolidator() -> Callable[[Store], Any] | None:
    """``accords.registry.consolidate`` when the registry provides it, else None.

    It may be a function taking the store, or a module with such a ``consolidate``."""
    try:
        registry = importlib.import_module("accords.registry")
    except ImportError:
        return None
    target = getattr(registry, "consolidate", None)
    if target is None:
        try:
            target = importlib.import_module("accords.registry.consolidate")
        except ImportError:
            return None
    if not callable(target):
        target = getattr(target, "consolidate", None)
    return target if callable(target) else None


def load(out: str | Path, store: Store, *, consolidate: bool = True,
         on_item: Callable[[str], None] | None = None) -> LoadReport:
    """Store every article of a batch output (idempotent), then consolidate if available."""
    report = LoadReport(rejected=read_rejected(out))
    for extraction in read_batch(out):
        if store.add(extraction) is AddResult.STORED:
            report.stored += 1
        else:
            report.duplicates += 1
        if on_item:
            on_item(extraction.article.id)
    run = consolidator() if consolidate else None
    if run is not None:
        report.consolidated = run(store)
    return report
