"""Migration 0003: the expression indexes on facts exist, match the models, and serve queries.

SQLite cannot reflect expression indexes, so Alembic's model/migration comparison skips
them there (with a warning); these tests check them directly on both back ends: the SQL
the database keeps equals what the models compile to, a query written with the models'
expressions uses them, and downgrading to 0002 removes them.
"""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, literal_column, select, text
from sqlalchemy.schema import CreateIndex

from accords.store.db import alembic_config, create_store_engine, upgrade
from accords.store.schema import FACT_COUNTRIES, FactRow, articles_about, attr_text, attr_value

NAMES = {"ix_facts_kind_countries", "ix_facts_kind_area"}


def _index_names(engine: Engine) -> set[str]:
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            return set(
                connection.execute(
                    text(
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'"
                    )
                ).scalars()
            )
    return {ix["name"] for ix in inspect(engine).get_indexes("facts")}


def _plan(engine: Engine, statement) -> str:
    compiled = statement.compile(engine, compile_kwargs={"literal_binds": True})
    prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SET enable_seqscan = off"))  # an empty table: force it
        rows = connection.execute(text(prefix + str(compiled))).all()
    return "\n".join(str(tuple(r)) for r in rows)


def test_the_database_keeps_the_expressions_the_models_declare(db_url: str) -> None:
    engine = create_store_engine(db_url)
    try:
        upgrade(engine)
        assert _index_names(engine) >= NAMES
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                stored = dict(
                    connection.execute(
                        text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
                    ).all()
                )
            for index in FactRow.__table__.indexes:
                if index.name in NAMES:
                    assert stored[index.name] == str(CreateIndex(index).compile(engine))
        else:
            with engine.connect() as connection:
                stored = dict(
                    connection.execute(
                        text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'facts'")
                    ).all()
                )
            assert "(attrs -> 'countries'::text)" in stored["ix_facts_kind_countries"]
            assert "(attrs ->> 'area'::text)" in stored["ix_facts_kind_area"]
    finally:
        engine.dispose()


def test_queries_spelled_with_the_models_expressions_use_the_indexes(db_url: str) -> None:
    engine = create_store_engine(db_url)
    try:
        upgrade(engine)
        dyad = json.dumps(["HUN", "RUS"], separators=(",", ":"))
        value = (
            literal_column(f"CAST('{dyad}' AS jsonb)")
            if engine.dialect.name == "postgresql"
            else dyad
        )
        # Built with the helpers, as a query would: the same SQL as the models' index expressions.
        countries, area = attr_value(FactRow.attrs, "countries"), attr_text(FactRow.attrs, "area")
        assert str(countries.compile(engine)) == str(FACT_COUNTRIES.compile(engine))
        by_dyad = select(FactRow.id).where(FactRow.kind == "instrument", countries == value)
        by_area = select(FactRow.id).where(FactRow.kind == "area", area == "trade")
        assert "ix_facts_kind_countries" in _plan(engine, by_dyad)
        assert "ix_facts_kind_area" in _plan(engine, by_area)
        # The dashboard's "articles of a dyad" (either order of the states) is a lookup too.
        assert "ix_facts_kind_countries" in _plan(engine, articles_about("HUN-RUS"))
    finally:
        engine.dispose()


def test_downgrade_to_0002_drops_them_and_upgrade_restores_them(db_url: str) -> None:
    engine = create_store_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
        assert not NAMES & _index_names(engine)
        assert "ix_facts_kind" in _index_names(engine)  # the older indexes stay
        upgrade(engine)
        assert _index_names(engine) >= NAMES
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_postgresql_comparison_notices_a_missing_expression_index(pg_url: str) -> None:
    """On PostgreSQL the comparison in test_postgres_migrations covers them: prove it would."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from accords.store.schema import Base

    engine = create_store_engine(pg_url)
    try:
        upgrade(engine)

        def found() -> list[tuple[str, str]]:
            with engine.connect() as connection:
                diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            return [(d[0], d[1].name) for d in diffs if d[0].endswith("_index")]

        before = found()  # empty when models and migrations agree
        with engine.begin() as connection:
            connection.execute(text("DROP INDEX ix_facts_kind_area"))
        assert [d for d in found() if d not in before] == [("add_index", "ix_facts_kind_area")]
    finally:
        engine.dispose()
