"""``accords watch``: follow the sources, one JSON line per fetch and a summary per pass."""

from __future__ import annotations

import json
import signal
import sys
from types import FrameType
from typing import Annotated, Any

import typer
from rich.console import Console

from accords.cli.options import DbOption, fail, open_store
from accords.errors import AccordsError

err = Console(stderr=True)


def watch(
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Poll every active source now, whatever its schedule.")
    ] = False,
) -> None:
    """Fetch due sources and the new articles they list; ingest and consolidate them; repeat.

    SIGTERM or Ctrl-C lets the current article finish, then exits."""
    from accords.watch.runner import PassReport, Watcher
    from accords.watch.settings import fetch_settings

    def log(record: dict[str, Any]) -> None:
        print(json.dumps(record, ensure_ascii=False), flush=True)
        if record.get("event") == "pass":
            _summary(record)

    try:
        settings = fetch_settings()
    except AccordsError as error:
        fail(str(error))
    with open_store(db) as store, Watcher(store, settings=settings, log=log) as watcher:

        def stop(signum: int, _frame: FrameType | None) -> None:
            err.print(f"{signal.Signals(signum).name}: finishing the current article")
            watcher.stop.set()

        previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
        try:
            report: PassReport = watcher.run(once=once, force=force)
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
    raise typer.Exit(1 if report.failed and once else 0)


def _summary(record: dict[str, Any]) -> None:
    rejected = record["rejected"]
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(rejected.items()))
    err.print(
        f"pass: {record['sources']} sources, {record['fetched']} fetched, "
        f"{record['not_modified']} not modified, {record['failed']} failed; articles "
        f"{record['new']} new, {record['duplicates']} duplicate, "
        f"{sum(rejected.values())} rejected{' (' + reasons + ')' if reasons else ''}; "
        f"{record['requests']} requests in {record['seconds']:.1f} s",
        highlight=False, soft_wrap=True,
    )
    sys.stderr.flush()


def register(app: typer.Typer) -> None:
    """Add ``watch`` and the ``sources`` group to the main app."""
    from accords.cli.sources import app as sources_app

    app.command("watch")(watch)
    app.add_typer(sources_app, name="sources")
