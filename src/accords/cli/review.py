"""``accords review …``: curate the registry from the command line.

Each command is a thin call into ``accords.registry.review`` (or ``queries``); record ids
may be given as a unique prefix (4+ characters). ``--by`` names the curator (default:
``$USER``); ``--json`` prints machine-readable output.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from accords.cli.options import DbOption, fail, open_store
from accords.cli.progress import fraction_progress
from accords.errors import AccordsError
from accords.model import Record

if TYPE_CHECKING:
    from accords.registry import ConsolidationReport
    from accords.store import Store

T = TypeVar("T")

app = typer.Typer(help="Curate the registry: list, accept, reject, edit, merge, split, history.",
                  no_args_is_help=True)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)

ByOption = Annotated[str | None, typer.Option("--by", help="Curator's name (default: $USER).")]
NoteOption = Annotated[str | None, typer.Option("--note", help="Why (kept in the history).")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON output.")]
IdArgument = Annotated[str, typer.Argument(help="Record id (or a unique prefix).")]


def _show(record: Record, as_json: bool = False) -> None:
    if as_json:
        from accords.registry.queries import as_dict

        print(json.dumps(as_dict(record), ensure_ascii=False))
        return
    conflicts = f" [red]conflicts: {', '.join(record.conflicts)}[/]" if record.conflicts else ""
    out.print(f"{record.id}  [cyan]{record.kind}[/] {record.dyad or '-'}  "
              f"{record.status or '-'}  {escape('[' + record.state + ']')}  {escape(record.label)}  "
              f"({record.reports} reports){conflicts}")


@app.command("list")
def list_records(
    db: DbOption = None,
    dyad: Annotated[str | None, typer.Option(help="e.g. HUN-RUS")] = None,
    kind: Annotated[str | None, typer.Option(help="body, meeting, instrument, programme, person")] = None,
    status: Annotated[str | None, typer.Option(help="lifecycle status, e.g. planned, signed")] = None,
    state: Annotated[str | None, typer.Option(help="proposed, accepted, rejected, edited")] = None,
    area: Annotated[str | None, typer.Option(help="an area of the vocabulary")] = None,
    body: Annotated[str | None, typer.Option(help="meetings of this body (record id or name)")] = None,
    since: Annotated[str | None, typer.Option(help="dated on or after (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, typer.Option(help="dated on or before (YYYY[-MM[-DD]])")] = None,
    as_json: JsonOption = False,
) -> None:
    """List records (rejected ones only with --state rejected)."""
    from accords.registry.queries import records

    with open_store(db) as store:
        for record in records(store, dyad=dyad, kind=kind, status=status, state=state, area=area,
                              body=body, since=since, until=until):
            _show(record, as_json)


@app.command()
def show(record_id: IdArgument, db: DbOption = None, as_json: JsonOption = False) -> None:
    """A record with its attributes, lifecycle and supporting sentences."""
    from accords.registry.queries import get_record

    with open_store(db) as store:
        record = _call(get_record, store, record_id)
        _show(record, as_json)
        if as_json:
            return
        out.print(escape(json.dumps(record.attrs, ensure_ascii=False)))
        for step in record.lifecycle:
            out.print(f"  {step.status}: date {step.date or '?'}, first reported "
                      f"{step.observed or '?'}, facts {step.fact_ids}")
        for support in record.support:
            out.print(f"  [dim]#{support.fact_id} {support.published or '?'} "
                      f"{escape(support.title or support.article_id)}[/]\n    {escape(support.sentence)}")


def _call(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a library call; its ``AccordsError`` becomes a one-line message and exit status 1."""
    try:
        return function(*args, **kwargs)
    except AccordsError as error:
        fail(str(error), code=1)


def consolidate_new(store: Store, rebuild: bool = False) -> ConsolidationReport:
    """Consolidate the articles stored since the last run (all, with ``rebuild``), with a
    progress bar on a terminal; ``accords ingest``'s last step and ``accords consolidate``."""
    from accords.registry import consolidate

    with fraction_progress(err, "Consolidating") as update:
        return consolidate(store, rebuild=rebuild, progress=update)


@app.command()
def accept(record_id: IdArgument, db: DbOption = None, by: ByOption = None,
           note: NoteOption = None) -> None:
    """Mark a record as right."""
    from accords.registry import review

    with open_store(db) as store:
        _show(_call(review.accept, store, record_id, by, note))


@app.command()
def reject(record_id: IdArgument, db: DbOption = None, by: ByOption = None,
           note: NoteOption = None) -> None:
    """Mark a record as wrong; it stays rejected when the registry is rebuilt."""
    from accords.registry import review

    with open_store(db) as store:
        _show(_call(review.reject, store, record_id, by, note))


@app.command()
def edit(
    record_id: IdArgument,
    field: Annotated[str, typer.Argument(help="Attribute to set, e.g. place, date, label, areas.")],
    value: Annotated[str, typer.Argument(help='New value; JSON if it parses (["energy"], null).')],
    db: DbOption = None, by: ByOption = None, note: NoteOption = None,
) -> None:
    """Set one attribute; consolidation will not overwrite it."""
    from accords.registry import review

    with open_store(db) as store:
        _show(_call(review.edit, store, record_id, field, review.parse_value(value), by, note))


@app.command()
def merge(
    target: Annotated[str, typer.Argument(help="Record that stays.")],
    source: Annotated[str, typer.Argument(help="Record folded into it (removed).")],
    db: DbOption = None, by: ByOption = None, note: NoteOption = None,
) -> None:
    """Merge two records of the same kind."""
    from accords.registry import review

    with open_store(db) as store:
        _show(_call(review.merge, store, target, source, by, note))


@app.command()
def split(
    record_id: IdArgument,
    facts: Annotated[list[int], typer.Argument(help="Fact ids to move to a new record.")],
    db: DbOption = None, by: ByOption = None, note: NoteOption = None,
) -> None:
    """Move some of a record's facts to a new record."""
    from accords.registry import review

    with open_store(db) as store:
        old, new = _call(review.split, store, record_id, facts, by, note)
        _show(old)
        _show(new)


@app.command()
def history(
    record_id: Annotated[str | None, typer.Argument(help="Record id (default: all).")] = None,
    db: DbOption = None, as_json: JsonOption = False,
) -> None:
    """Every curation change: who, when, what, before, after."""
    from accords.registry import review

    with open_store(db) as store:
        for event in _call(review.history, store, record_id):
            if as_json:
                print(json.dumps(asdict(event), ensure_ascii=False))
                continue
            change = f"{event.field}: {json.dumps(event.before, ensure_ascii=False)} → " \
                     f"{json.dumps(event.after, ensure_ascii=False)}" if event.field else ""
            out.print(f"{event.at}  {escape(event.by)}  {event.action} {event.record_id}  "
                      f"{escape(change)}" + (f"  ({escape(event.note)})" if event.note else ""))
