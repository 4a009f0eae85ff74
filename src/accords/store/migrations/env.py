"""Alembic environment of the Accords store, shipped inside the package.

Accords runs it programmatically (``accords.store.db.upgrade``): the caller passes
an open connection in ``config.attributes["connection"]`` and owns its
transaction, so a migration and the lock that guards it commit together. A
developer running the ``alembic`` command from the repository root (see
``alembic.ini``) gets a connection to ``sqlalchemy.url``, else to
``ACCORDS_DB`` or the default database.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import Connection

from accords.settings import default_db_url
from accords.store.schema import Base, include_name

config = context.config
target_metadata = Base.metadata

# Only the command-line tool configures logging: a library must not replace the
# logging set up by the application that embeds it.
if config.config_file_name is not None and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or default_db_url()


def _configure_and_run(connection: Connection) -> None:
    # Batch mode lets later revisions alter SQLite tables, which SQLite's ALTER TABLE cannot.
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    """Write the migration as SQL (``alembic upgrade --sql``) without a database."""
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate through the caller's connection, or one opened from the configured URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    try:
        with engine.connect() as own_connection:
            _configure_and_run(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
