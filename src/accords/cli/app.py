"""``accords``: the Typer application and its commands.

Exit status (shared/DESIGN.md): 0 when every input was read; 1 when some inputs were
rejected (each named on stderr with its reason, the others stored); 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from accords.cli import show as show_view
from accords.cli.options import (
    DbOption,
    PathsArgument,
    fail,
    open_store,
    report_cut,
    report_rejected,
)
from accords.cli.progress import counting_progress
from accords.errors import AccordsError, InputRejected
from accords.export.tables import write_csv, write_eval, write_jsonl
from accords.model import Article

app = typer.Typer(
    help="Accords: a sourced registry of bilateral cooperation between states, read from the news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)


@app.command()
def text(
    paths: PathsArgument,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article.")] = False,
) -> None:
    """Print each article's text as Accords reads it (decode + clean; no NLP model)."""
    from accords.ingest.pipeline import iter_articles

    rejected = 0
    for item in iter_articles(paths):
        if isinstance(item, InputRejected):
            report_rejected(err, item)
            rejected += 1
        elif as_json:
            print(json.dumps(item.to_text_json(), ensure_ascii=False))
        else:
            _print_text(item)
    raise typer.Exit(1 if rejected else 0)


def _print_text(article: Article) -> None:
    print(article.text)
    print()


@app.command()
def extract(
    paths: PathsArgument,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="eval (shared/eval/SCHEMA.md records) or json (facts with evidence)."
        ),
    ] = "eval",
) -> None:
    """Extract facts from articles without a database; JSON Lines to standard output."""
    from accords.export.evaljson import to_eval_record
    from accords.export.tables import extraction_to_json
    from accords.workflow import extract as run_extract

    if fmt not in ("eval", "json"):
        fail(f"unknown format {fmt!r}: use eval or json")
    render = to_eval_record if fmt == "eval" else extraction_to_json
    rejected = 0
    for item in run_extract(paths):
        if isinstance(item, InputRejected):
            report_rejected(err, item)
            rejected += 1
        else:
            report_cut(err, item.cut)
            print(json.dumps(render(item), ensure_ascii=False), flush=False)
    raise typer.Exit(1 if rejected else 0)


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that state none.")
    ] = None,
    consolidate: Annotated[
        bool, typer.Option(help="Consolidate the new articles into the registry at the end.")
    ] = True,
) -> None:
    """Read, extract and store articles; a summary at the end."""
    from accords.workflow import ingest as run_ingest

    if published:
        _check_date(published)
    with open_store(db) as store:
        with counting_progress(err, "Ingesting") as step:
            report = run_ingest(paths, store, on_item=step, default_published=published)
        merged = consolidate_new(store) if consolidate else None
    for rejected in report.rejected:
        report_rejected(err, rejected)
    for cut in report.cut:
        report_cut(err, cut)
    facts = ", ".join(f"{n} {kind}" for kind, n in sorted(report.facts.items())) or "none"
    err.print(
        f"[bold]{report.stored}[/] articles stored, {report.duplicates} duplicates skipped, "
        f"{len(report.rejected)} rejected; facts: {facts}"
    )
    if report.skipped:
        kinds = ", ".join(f"{n} {why}" for why, n in sorted(report.skipped.items()))
        err.print(f"{report.skipped.total()} archive records skipped (no article): {kinds}")
    if merged is not None:
        err.print(f"registry: {merged.created} records created, {merged.updated} updated "
                  f"from {merged.articles} articles")
    raise typer.Exit(0 if report.ok else 1)


def _check_date(value: str) -> None:
    from accords.extract.dates import parse_published

    if parse_published(value) is None or len(value) != 10:
        fail(f"--published takes a date as YYYY-MM-DD, not {value!r}")


@app.command()
def show(
    article_id: Annotated[
        str, typer.Argument(help="Article id (or a unique prefix), or the input's name.")
    ],
    db: DbOption = None,
) -> None:
    """Show an article's facts, each with its evidence sentence highlighted."""
    with open_store(db) as store:
        try:
            extraction = store.get(article_id)
        except AccordsError as error:
            fail(str(error) or f"no article {article_id!r}", code=1)
        show_view.render(Console(), extraction)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", help="eval, jsonl, csv; plover, cameo (event data); "
                          "parquet (four tables; -o names a folder).")
    ] = "jsonl",
    db: DbOption = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write (default: standard output); "
                     "a folder for parquet."),
    ] = None,
    dyad: Annotated[
        str | None, typer.Option(help="plover and cameo: only this dyad's events (HUN-RUS).")
    ] = None,
) -> None:
    """Export the stored articles and their facts, or the registry's events (docs/exports.md)."""
    from accords.export.cameo import write_cameo
    from accords.export.events import events
    from accords.export.plover import write_plover

    writers = {"eval": write_eval, "jsonl": write_jsonl, "csv": write_csv}
    event_writers = {"plover": write_plover, "cameo": write_cameo}
    if fmt not in (*writers, *event_writers, "parquet"):
        fail(f"unknown format {fmt!r}: use one of {', '.join([*writers, *event_writers, 'parquet'])}")
    if fmt == "parquet":
        if output is None:
            fail("--format parquet writes four files: name their folder with -o")
        from accords.export.parquet import write_parquet

        with open_store(db) as store:
            counts = write_parquet(store, output)
        err.print("exported " + ", ".join(f"{n} {name}" for name, n in counts.items())
                  + f" to {output}")
        return
    with open_store(db) as store:
        if fmt in event_writers:
            key = _dyad_key(dyad) if dyad else None
            items, write = events(store, dyad=key), event_writers[fmt]
        else:
            items, write = store.iter_extractions(), writers[fmt]
        if output is None:
            count = write(items, sys.stdout)  # type: ignore[arg-type]
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                count = write(items, fh)  # type: ignore[arg-type]
    err.print(f"exported {count} {'rows' if fmt in ('csv', 'cameo') else 'records'}")


def _dyad_key(text: str) -> str:
    from accords.country_labels import resolve_dyad

    key = resolve_dyad(text)
    if key is None:
        fail(f"{text!r} names no pair of countries (try HUN-RUS)")
    return key


@app.command()
def brief(
    dyad: Annotated[str, typer.Argument(help="The pair: HUN-RUS, HU-RU or hungary-russia.")],
    db: DbOption = None,
    since: Annotated[
        str | None, typer.Option(help="Period start (a date prefix: 2025, 2025-06-01).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="html, pdf or md.")] = "html",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write (default: standard output; "
                     "a PDF needs -o)."),
    ] = None,
) -> None:
    """A briefing on one pair: bodies, sessions, instruments, quotes, every fact footnoted."""
    from accords.briefing import NoSuchDyad, PdfUnavailable, build, to_html, to_markdown, to_pdf

    if fmt not in ("html", "pdf", "md"):
        fail(f"unknown format {fmt!r}: use html, pdf or md")
    if fmt == "pdf" and output is None:
        fail("a PDF is written to a file: give -o FILE")
    key = _dyad_key(dyad)
    with open_store(db) as store:
        try:
            briefing = build(store, key, since=since)
        except NoSuchDyad as error:
            fail(str(error), code=1)
    if fmt == "pdf":
        assert output is not None
        try:
            output.write_bytes(to_pdf(briefing))
        except PdfUnavailable as error:
            fail(str(error), code=1)
    else:
        text = to_html(briefing) if fmt == "html" else to_markdown(briefing)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
    err.print(f"briefing on {briefing.name}: {len(briefing.notes)} sources cited"
              + (f", written to {output}" if output else ""))


@app.command()
def demo(
    db: DbOption = None,
    corpus: Annotated[
        Path | None, typer.Option(help="Folder of articles (default: the shipped examples/corpus).")
    ] = None,
) -> None:
    """Ingest the sample corpus into a database and print what Accords found."""
    from accords.cli.demo import run_demo

    run_demo(err, db, corpus)


from accords.cli.batch import register as _register_batch  # noqa: E402  (batch, load)

_register_batch(app)


# --- The registry (issue 4): `accords consolidate` and `accords review …`. ---------------


@app.command("consolidate")
def consolidate_command(
    db: DbOption = None,
    rebuild: Annotated[
        bool, typer.Option(help="Recompute every record from all facts, then replay curation.")
    ] = False,
) -> None:
    """Consolidate stored facts into registry records (only new articles, unless --rebuild)."""
    with open_store(db) as store:
        report = consolidate_new(store, rebuild=rebuild)
    err.print(
        f"{report.articles} articles ({report.near_duplicates} near-duplicates), "
        f"{report.facts} facts: {report.created} records created, {report.updated} updated "
        f"in {report.seconds:.2f} s"
        + (f"; {report.curation_skipped} curation decisions about records that no longer "
           "exist were not re-applied" if report.curation_skipped else "")
    )


from accords.cli.review import app as review_app  # noqa: E402
from accords.cli.review import consolidate_new  # noqa: E402

app.add_typer(review_app, name="review")

from accords.cli.serve import register as _register_web  # noqa: E402  (serve, users)

_register_web(app)

from accords.cli.watch import register as _register_watch  # noqa: E402  (watch, sources)

_register_watch(app)

from accords.cli.alerts import register as _register_alerts  # noqa: E402  (watches, alerts)

_register_alerts(app)
