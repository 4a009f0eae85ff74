"""``accords batch`` (the Spark job) and ``accords load`` (its Parquet output → the store).

PySpark and pyarrow are imported only when these commands run, so the rest of the
command line works without the ``[batch]`` extra.
"""

from __future__ import annotations

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


def batch(
    inputs: InputsArgument,
    out: Annotated[str, typer.Option("--out", help="Folder for articles/, facts/, rejected/ (Parquet).")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[2]",
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
    from accords.batch.spark import run_batch

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
    raise typer.Exit(0 if report.ok else 1)


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
