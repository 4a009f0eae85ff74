"""``accords batch`` (the Spark job) and ``accords load`` (its Parquet output → the store).

PySpark and pyarrow are imported only when these commands run, so the rest of the
command line works without the ``[batch]`` extra.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console

from accords.cli.options import DbOption, fail, open_store, report_rejected
from accords.cli.progress import counting_progress
from accords.errors import InputRejected

_err = Console(stderr=True)

InputsArgument = Annotated[
    list[str],
    typer.Argument(help="Files (.txt, .html, .jsonl) or directories (read recursively)."),
]


#: ``Context.obj`` of the command line ``spark-submit`` runs: print the report as JSON too.
JSON_REPORT = "json-report"


def batch(
    ctx: typer.Context,
    inputs: InputsArgument,
    out: Annotated[str, typer.Option("--out", help="Folder for articles/, facts/, rejected/ (Parquet).")],
    master: Annotated[
        str | None,
        typer.Option(help="Spark master URL (default: spark-submit's --master under spark-submit, else local[2])."),
    ] = None,
    partitions: Annotated[
        int | None, typer.Option(min=1, help="Partitions to spread the articles over (default: 2 × cores).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs that state none.")
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace results already in --out.")] = False,
) -> None:
    """Read, clean and extract articles on Spark; write articles and facts as Parquet."""
    import importlib.util

    if published:
        from accords.extract.dates import parse_published

        if parse_published(published) is None or len(published) != 10:
            fail(f"--published takes a date as YYYY-MM-DD, not {published!r}")
    if importlib.util.find_spec("pyspark") is None:
        fail("the batch job needs PySpark: pip install -e '.[batch]'", code=1)
    from accords.batch.job import run_batch

    try:
        report = run_batch(inputs, out, master=master, partitions=partitions,
                           published=published, overwrite=overwrite)
    except FileExistsError as error:
        fail(f"{error}; pass --overwrite to replace them")
    for source, reason in report.rejected:
        report_rejected(_err, InputRejected(source, reason))
    _err.print(
        f"[bold]{report.articles}[/] articles, {report.facts} facts, "
        f"{len(report.rejected)} rejected → {report.out} "
        f"({report.seconds:.1f} s, {report.partitions} partitions on {report.master})"
    )
    if ctx.obj == JSON_REPORT:
        summary = {k: v for k, v in report.to_json().items() if k != "rejected"}
        typer.echo(json.dumps(summary | {"rejected": len(report.rejected)}))
    raise typer.Exit(0 if report.ok else 1)


def submitted_command_line() -> typer.Typer:
    """``batch`` as a program of its own, for ``spark-submit`` (``accords.batch.spark.main``):
    the same options and defaults, and the report as one JSON line on standard output."""
    app = typer.Typer(add_completion=False, context_settings={"obj": JSON_REPORT})
    app.command()(batch)
    return app


def load(
    out: Annotated[str, typer.Argument(help="Output folder of `accords batch`.")],
    db: DbOption = None,
    consolidate: Annotated[
        bool, typer.Option(help="Consolidate the new articles into the registry at the end.")
    ] = True,
) -> None:
    """Load `accords batch` output into the database (idempotent), then consolidate."""
    from accords.batch.load import load as run_load

    with open_store(db) as store, counting_progress(_err, "Loading") as step:
        try:
            report = run_load(out, store, consolidate=consolidate, on_item=step)
        except (FileNotFoundError, ImportError) as error:
            fail(str(error), code=1)
    _err.print(
        f"[bold]{report.stored}[/] articles stored, {report.duplicates} duplicates skipped, "
        f"{len(report.rejected)} inputs were rejected by the batch job"
    )
    merged = report.consolidated
    if merged is not None:
        created, updated = getattr(merged, "created", "?"), getattr(merged, "updated", "?")
        _err.print(f"registry: {created} records created, {updated} updated "
                   f"from {getattr(merged, 'articles', '?')} articles")


def register(app: typer.Typer) -> None:
    """Add ``batch`` and ``load`` to the ``accords`` application."""
    app.command()(batch)
    app.command()(load)
