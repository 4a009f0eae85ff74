"""Options and helpers the commands share (one definition each)."""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from accords.errors import AccordsError, InputRejected
from accords.model import Cut
from accords.settings import ENV_MAX_NLP_CHARS, default_db_url, normalise_db_url
from accords.store.db import Store

PathsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, .jsonl, .warc, .warc.gz), directories (read recursively) or - for standard input."
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL or SQLite file path (default: ACCORDS_DB, else a file in the user data directory).",
    ),
]

_err = Console(stderr=True)


def fail(message: str, code: int = 2) -> NoReturn:
    """A one-line error on stderr and the exit status (2: usage, 1: not found)."""
    _err.print(f"[red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def report_rejected(console: Console, rejected: InputRejected) -> None:
    console.print(
        f"[yellow]rejected[/] {escape(rejected.source)}: {escape(rejected.reason)}",
        highlight=False,
        soft_wrap=True,
    )


def report_cut(console: Console, cut: Cut | None) -> None:
    """Say that only the first part of a long article was read (``ACCORDS_MAX_NLP_CHARS``)."""
    if cut is None:
        return
    console.print(
        f"[yellow]cut[/] {escape(cut.source)}: facts come from the first {cut.read:,} of its "
        f"{cut.total:,} characters ({ENV_MAX_NLP_CHARS}); the whole text is kept",
        highlight=False,
        soft_wrap=True,
    )


def open_store(db: str | None) -> Store:
    """Open the store named by ``--db`` (or the default), as a one-line error if it fails."""
    url = normalise_db_url(db) if db else default_db_url()
    try:
        return Store.open(url)
    except AccordsError as error:
        fail(str(error), code=1)
    except Exception as error:  # a bad URL or an unreachable server: say so in one line
        fail(f"cannot open database {url}: {error.__class__.__name__}: {error}", code=1)
