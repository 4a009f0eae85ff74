"""``accords users``: curator accounts and API tokens for the web app."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from accords import accounts
from accords.cli.options import DbOption, fail, open_store

app = typer.Typer(help="Curator accounts for the web app (reading needs none).",
                  no_args_is_help=True)
Name = Annotated[str, typer.Argument(help="The curator's user name.")]


@app.command("add")
def add(
    name: Name,
    db: DbOption = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
) -> None:
    """Create a curator account (prompts for the password unless --password-stdin)."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with open_store(db) as store:
        accounts.ensure_tables(store)
        try:
            accounts.add_user(store, name, password)
        except accounts.AuthError as error:
            fail(str(error), code=1)
    typer.echo(f"curator {name} added", err=True)


@app.command("remove")
def remove(name: Name, db: DbOption = None) -> None:
    """Delete an account, its sessions and API tokens."""
    with open_store(db) as store:
        accounts.ensure_tables(store)
        if not accounts.remove_user(store, name):
            fail(f"no user {name!r}", code=1)
    typer.echo(f"curator {name} removed", err=True)


@app.command("list")
def list_users(db: DbOption = None) -> None:
    """The curator accounts, one a line."""
    with open_store(db) as store:
        accounts.ensure_tables(store)
        for name in accounts.list_users(store):
            typer.echo(name)


@app.command("token")
def token(name: Name, db: DbOption = None) -> None:
    """Make an API token for scripts (Authorization: Bearer TOKEN); shown once, kept hashed."""
    with open_store(db) as store:
        accounts.ensure_tables(store)
        try:
            typer.echo(accounts.new_api_token(store, name))
        except accounts.AuthError as error:
            fail(str(error), code=1)
