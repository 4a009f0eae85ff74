"""``accords sources``: the feeds, sitemaps and pages ``accords watch`` follows."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from accords.cli.options import DbOption, fail, open_store
from accords.errors import AccordsError
from accords.store import sources as queries
from accords.watch.listing import KINDS

app = typer.Typer(help="The sources `accords watch` follows (feeds, sitemaps, pages).",
                  no_args_is_help=True)
out = Console()
SourceArgument = Annotated[str, typer.Argument(help="The source's number or URL.")]


@app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="The feed, sitemap or page URL.")],
    kind: Annotated[str, typer.Option(help="auto, rss, atom, sitemap, newsmap or page.")] = "auto",
    every: Annotated[str, typer.Option(help="How often to poll it to begin with: 30m, 2h, 1d.")] = "30m",
    name: Annotated[str | None, typer.Option(help="A name to show instead of the URL.")] = None,
    db: DbOption = None,
) -> None:
    """Follow a source; it is due at once."""
    from accords.watch.schedule import parse_every

    if kind not in KINDS:
        fail(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    if not url.startswith(("http://", "https://")):
        fail(f"a source is an http(s) URL, not {url!r}")
    try:
        seconds = parse_every(every)
    except AccordsError as error:
        fail(str(error))
    with open_store(db) as store:
        try:
            source = queries.add_source(store, url, kind=kind, every=seconds, name=name)
        except AccordsError as error:
            fail(str(error), code=1)
    typer.echo(f"source {source.id} added: {source.url} ({source.kind}, every {every})", err=True)


@app.command("list")
def list_sources(db: DbOption = None) -> None:
    """Every source with its health."""
    with open_store(db) as store:
        found = queries.list_sources(store)
    table = Table("id", "source", "kind", "state", "last success", "items", "stored",
                  "next due", "last error")
    for s in found:
        table.add_row(str(s.id), s.label, s.kind, "paused" if s.paused else "active",
                      _when(s.last_success), str(s.items_seen), str(s.articles_stored),
                      _when(s.next_due), s.last_error or "")
    out.print(table)


@app.command("show")
def show(source: SourceArgument, db: DbOption = None) -> None:
    """A source's settings, health and latest polls."""
    with open_store(db) as store:
        try:
            s = queries.get_source(store, source)
        except AccordsError as error:
            fail(str(error), code=1)
        history = queries.fetch_history(store, s.id, limit=20)
    for key, value in s.to_json().items():
        out.print(f"[bold]{key}[/]: {value}", highlight=False)
    table = Table("at", "status", "outcome", "items", "new", "stored", "dup", "rejected", "error")
    for f in history:
        table.add_row(_when(f.at), str(f.status or ""), f.outcome, str(f.items),
                      str(f.new_items), str(f.stored), str(f.duplicates), str(f.rejected),
                      f.error or "")
    out.print(table)


def _set_paused(source: str, db: str | None, paused: bool) -> None:
    with open_store(db) as store:
        try:
            s = queries.set_paused(store, source, paused)
        except AccordsError as error:
            fail(str(error), code=1)
    typer.echo(f"source {s.id} {'paused' if paused else 'resumed'}", err=True)


@app.command("pause")
def pause(source: SourceArgument, db: DbOption = None) -> None:
    """Stop polling a source (it stays listed)."""
    _set_paused(source, db, True)


@app.command("resume")
def resume(source: SourceArgument, db: DbOption = None) -> None:
    """Poll a paused source again, starting now."""
    _set_paused(source, db, False)


@app.command("remove")
def remove(source: SourceArgument, db: DbOption = None) -> None:
    """Stop following a source (its articles stay in the store)."""
    with open_store(db) as store:
        try:
            s = queries.remove_source(store, source)
        except AccordsError as error:
            fail(str(error), code=1)
    typer.echo(f"source {s.id} removed: {s.url}", err=True)


@app.command("discover")
def discover(
    url: Annotated[str, typer.Argument(help="A site's home page.")],
    add_found: Annotated[bool, typer.Option("--add", help="Follow everything found.")] = False,
    db: DbOption = None,
) -> None:
    """Find a site's feeds and sitemaps: <link rel="alternate">, common paths, robots.txt."""
    from accords.watch.discover import discover as run_discover

    found = run_discover(url)
    if not found:
        typer.echo(f"no feed or sitemap found for {url}", err=True)
        raise typer.Exit(1)
    for f in found:
        typer.echo(f"{f.kind}\t{f.url}\t(found by {f.how})")
    if add_found:
        with open_store(db) as store:
            for f in found:
                try:
                    queries.add_source(store, f.url, kind=f.kind)
                except AccordsError as error:
                    typer.echo(str(error), err=True)


def _when(value: object) -> str:
    from datetime import datetime

    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else ""
