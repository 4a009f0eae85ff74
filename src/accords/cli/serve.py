"""``accords serve``: the web app and JSON API over a database, under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from accords.cli.options import DbOption, open_store


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=0, max=65535)] = 8000,
) -> None:
    """Serve the web app and the JSON API (read-only views public; curators log in to write)."""
    import uvicorn

    from accords.web.app import create_app

    store = open_store(db)
    typer.echo(f"Accords on http://{host}:{port}/ (database {store.engine.url!r}); Ctrl-C stops")
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info",
                    proxy_headers=False, server_header=False)
    finally:
        store.close()


def register(app: typer.Typer) -> None:
    """Add ``serve`` and the ``users`` group to the main app."""
    from accords.cli.users import app as users_app

    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
