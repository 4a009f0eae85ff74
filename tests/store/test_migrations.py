"""The packaged Alembic migrations: they build exactly the schema the models declare."""

from __future__ import annotations

import fnmatch
import multiprocessing
import tomllib
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, create_engine, inspect

from accords.store import Store
from accords.store.db import MIGRATIONS_DIR, alembic_config, create_store_engine, upgrade
from accords.store.schema import Base, include_name

REPO = Path(__file__).resolve().parents[2]

# SQLite cannot reflect expression indexes (migration 0003), so the comparison skips them
# and says so; tests/store/test_expression_indexes.py checks them directly.
pytestmark = [
    pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression"),
    pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based"),
]


def diffs(url: str, metadata: MetaData) -> list[Any]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            # The search index (migration 0004) lives outside the models: see include_name.
            context = MigrationContext.configure(connection, opts={"include_name": include_name})
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


def test_migrated_schema_equals_the_models(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    Store.open(url).close()
    assert diffs(url, Base.metadata) == []


def test_the_comparison_would_notice_a_difference(tmp_path: Path) -> None:
    """Guards the test above: a model change without a migration must show up as a diff."""
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    Store.open(url).close()
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["facts"].append_column(Column("position", Integer, nullable=False))
    found = diffs(url, changed)
    assert [d[0] for d in found] == ["add_column"]
    assert found[0][3].name == "position"


def test_single_head_and_database_stamped_at_it(tmp_path: Path) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == ["0009"]
    url = f"sqlite:///{tmp_path / 'm.sqlite'}"
    Store.open(url).close()
    engine = create_engine(url)
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0009"
    engine.dispose()


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert {"articles", "facts", "evidence"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def _open(url: str, barrier: Any) -> None:
    barrier.wait()
    Store.open(url).close()


def test_two_processes_opening_a_fresh_file_both_succeed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_open, args=(url, barrier)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0, 0]
    assert diffs(url, Base.metadata) == []


@pytest.mark.skipif(not (REPO / "pyproject.toml").is_file(), reason="needs the source tree")
def test_every_migration_file_is_declared_as_package_data() -> None:
    """An installed (non-editable) package must carry env.py, the template and revisions."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["accords"]
    package = MIGRATIONS_DIR.parents[1]
    files = [
        p.relative_to(package).as_posix()
        for p in MIGRATIONS_DIR.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert "store/migrations/env.py" in files
    assert "store/migrations/script.py.mako" in files
    missing = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert missing == []
