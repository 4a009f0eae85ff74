"""``accords demo``: the sample corpus → a database → what Accords found, per dyad."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from accords.cli.options import fail, open_store, report_rejected
from accords.cli.progress import counting_progress
from accords.model import FactKind, dyad_key
from accords.workflow import ingest

#: The corpus shipped in the repository (examples/corpus), found from the source tree.
SHIPPED_CORPUS = Path(__file__).resolve().parents[3] / "examples" / "corpus"


def run_demo(console: Console, db: str | None, corpus: Path | None) -> None:
    corpus = corpus or SHIPPED_CORPUS
    if not corpus.is_dir():
        fail(f"no sample corpus at {corpus}: pass --corpus PATH", code=1)
    with open_store(db) as store:
        with counting_progress(console, "Ingesting the sample corpus") as step:
            report = ingest([str(corpus)], store, on_item=step)
        for rejected in report.rejected:
            report_rejected(console, rejected)
        console.print(
            f"{report.stored} articles stored, {report.duplicates} duplicates skipped, "
            f"{len(report.rejected)} rejected"
        )
        by_dyad: dict[str, list[tuple[str, dict[str, object]]]] = defaultdict(list)
        for extraction in store.iter_extractions():
            dyads = [f.attrs["countries"] for f in extraction.of_kind(FactKind.DYAD)]
            for fact in extraction.facts:
                if fact.kind in (FactKind.MEETING, FactKind.INSTRUMENT):
                    countries = fact.attrs.get("countries") or (dyads[0] if dyads else [])
                    key = dyad_key(countries) or ""
                    by_dyad[key].append(
                        (extraction.article.id, fact.attrs | {"fact": str(fact.kind)})
                    )
    out = Console(width=None if sys.stdout.isatty() else 150)  # full tables in logs and pipes
    for dyad in sorted(by_dyad):
        table = Table(title=f"{dyad}: meetings and instruments", title_justify="left")
        for column in ("article", "what", "kind", "status", "date", "place", "areas"):
            table.add_column(column)
        for article_id, attrs in by_dyad[dyad]:
            table.add_row(
                article_id,
                str(attrs["fact"]),
                str(attrs.get("kind")),
                str(attrs.get("status")),
                str(attrs.get("date") or ""),
                str(attrs.get("place") or ""),
                ", ".join(attrs.get("areas") or []),
            )  # type: ignore[arg-type]
        out.print(table)
    console.print("Explore further: accords show ARTICLE_ID, accords export --format csv")
