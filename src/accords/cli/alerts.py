"""``accords watches …`` (a curator's saved filters) and ``accords alerts send`` (delivery
from the outbox, once for cron or in a loop). Thin calls into ``accords.alerts``."""

from __future__ import annotations

import json
import time
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from accords import accounts
from accords.cli.options import DbOption, fail, open_store
from accords.errors import AccordsError

watches_app = typer.Typer(help="Watches: follow parts of the registry by Atom feed, webhook "
                          "or e-mail digest.", no_args_is_help=True)
alerts_app = typer.Typer(help="Send what watches follow: webhooks and e-mail digests.",
                         no_args_is_help=True)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)

IdArgument = Annotated[str, typer.Argument(help="The watch's id.")]
OwnerOption = Annotated[str | None, typer.Option(
    "--by", help="Only if this curator owns it (default: any watch; the database's operator).")]
JsonOption = Annotated[bool, typer.Option("--json", help="JSON output.")]


@watches_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="What to call the watch.")],
    by: Annotated[str, typer.Option("--by", help="The curator who owns it (a web user).")],
    db: DbOption = None,
    dyad: Annotated[str | None, typer.Option(help="KAZ-UZB, or one state: KAZ.")] = None,
    kind: Annotated[str | None, typer.Option(
        help="body, meeting, instrument, programme or person.")] = None,
    status: Annotated[str | None, typer.Option(help="e.g. signed, planned, in_force.")] = None,
    area: Annotated[str | None, typer.Option(help="An area, e.g. water.")] = None,
    body: Annotated[str | None, typer.Option(help="A body's name: its meetings.")] = None,
    record: Annotated[str | None, typer.Option(help="One record's id (or prefix).")] = None,
    query: Annotated[str | None, typer.Option(
        help="Words all found in the record's label or the event's sentence.")] = None,
    event: Annotated[list[str] | None, typer.Option(
        "--event", help="Only these kinds of event (repeat): status_changed, …")] = None,
    webhook: Annotated[str | None, typer.Option(help="URL to POST each event to.")] = None,
    secret: Annotated[str | None, typer.Option(
        help="The webhook's whsec_ secret (default: a new one, printed once).")] = None,
    email: Annotated[str | None, typer.Option(help="Address for the digest.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Make a watch; prints its id and Atom feed URL (and a webhook secret it made)."""
    from accords.alerts import watches
    from accords.registry.queries import resolve_id

    with open_store(db) as store:
        accounts.ensure_tables(store)
        if by not in accounts.list_users(store):
            fail(f"no curator {by!r} (accords users add {by})", code=1)
        filters = watches.Filters(dyad=dyad, kind=kind, status=status, area=area, body=body,
                                  query=query, events=list(event or []))
        try:
            if record:
                from sqlalchemy.orm import Session

                with Session(store.engine) as session:
                    filters.record = resolve_id(session, record)
            made, made_secret = watches.add_watch(store, by, name, filters, webhook_url=webhook,
                                                  secret=secret, email=email)
        except AccordsError as error:
            fail(str(error), code=2)
    if as_json:
        print(json.dumps(made.to_dict() | {"secret": made_secret if not secret else None}))
        return
    print(made.id)
    print(made.feed_url)
    if webhook and not secret:
        print(f"webhook secret (shown once): {made_secret}")


@watches_app.command("list")
def list_command(
    db: DbOption = None,
    by: Annotated[str | None, typer.Option("--by", help="Only this curator's.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The watches, one a line: id, owner, name, filters, channels."""
    from accords.alerts import watches

    with open_store(db) as store:
        found = watches.list_watches(store, by)
    for watch in found:
        if as_json:
            print(json.dumps(watch.to_dict(), ensure_ascii=False))
            continue
        channels = ["atom"] + (["webhook (disabled)" if watch.webhook_disabled else "webhook"]
                               if watch.webhook_url else []) + (["email"] if watch.email else [])
        out.print(f"{watch.id}  {escape(watch.owner)}  {escape(watch.name)}  "
                  f"[cyan]{escape(watch.filters.describe())}[/]  {', '.join(channels)}")


@watches_app.command("show")
def show(watch_id: IdArgument, db: DbOption = None, by: OwnerOption = None,
         as_json: JsonOption = False) -> None:
    """A watch, its latest events and its delivery log."""
    from accords.alerts import watches

    with open_store(db) as store:
        try:
            watch = watches.get_watch(store, watch_id, by)
        except watches.WatchNotFound as error:
            fail(str(error), code=1)
        events = watches.watch_events(store, watch, limit=20)
        log = watches.delivery_log(store, watch.id, limit=20)
    if as_json:
        print(json.dumps(watch.to_dict() | {
            "events": [watches.event_dict(e) for e in events], "log": log}, ensure_ascii=False))
        return
    out.print(f"[bold]{escape(watch.name)}[/] ({watch.id}, {escape(watch.owner)})")
    out.print(f"follows: {escape(watch.filters.describe())}")
    out.print(f"feed: {watch.feed_url}")
    if watch.webhook_url:
        state = (f"[red]disabled after {watch.failures} failures[/] "
                 f"(accords watches enable {watch.id})" if watch.webhook_disabled else "on")
        out.print(f"webhook: {escape(watch.webhook_url)} — {state}")
    if watch.email:
        out.print(f"e-mail digest: {escape(watch.email)}")
    out.print(f"[bold]latest events[/] ({len(events)})")
    for event in events:
        out.print(f"  {event.id}  {event.created_at:%Y-%m-%d %H:%M}  "
                  f"{escape(watches.event_title(event))}")
    out.print(f"[bold]delivery log[/] ({len(log)})")
    for line in log:
        result = "ok" if line["ok"] else f"[red]{escape(line['error'] or '')}[/]"
        out.print(f"  {line['at'][:19]}  {line['channel']}  events {line['events']}  {result}")


@watches_app.command("remove")
def remove(watch_id: IdArgument, db: DbOption = None, by: OwnerOption = None) -> None:
    """Delete a watch, its pending deliveries and its log."""
    from accords.alerts import watches

    with open_store(db) as store:
        try:
            watches.remove_watch(store, watch_id, by)
        except watches.WatchNotFound as error:
            fail(str(error), code=1)
    err.print(f"watch {watch_id} removed")


@watches_app.command("enable")
def enable(watch_id: IdArgument, db: DbOption = None, by: OwnerOption = None) -> None:
    """Turn a webhook disabled after repeated failures back on."""
    from accords.alerts import watches

    with open_store(db) as store:
        try:
            watches.enable_webhook(store, watch_id, by)
        except watches.WatchNotFound as error:
            fail(str(error), code=1)
    err.print(f"watch {watch_id}: webhook on")


@alerts_app.command("send")
def send(
    db: DbOption = None,
    once: Annotated[bool, typer.Option("--once", help="One round, then exit (for cron).")] = False,
) -> None:
    """Deliver what is due: webhooks (retried with backoff) and e-mail digests."""
    from accords.alerts import send_due
    from accords.settings import alerts_interval

    with open_store(db) as store:
        while True:
            summary = send_due(store)
            err.print(summary.line())
            if once:
                break
            try:
                time.sleep(alerts_interval())
            except KeyboardInterrupt:
                break


def register(app: typer.Typer) -> None:
    """Add the ``watches`` and ``alerts`` groups to the main app."""
    app.add_typer(watches_app, name="watches")
    app.add_typer(alerts_app, name="alerts")
