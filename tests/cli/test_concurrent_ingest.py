"""Two ``accords ingest`` processes on one database at once, same inputs: every article is
stored once, none is lost, and the database equals that of one lone run. On SQLite and on
PostgreSQL; the database is fresh, so both processes also race to create the schema.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from generated import (  # noqa: F401 - the fixtures corpus and reference
    corpus_fixture,
    dump,
    ingest_command,
    reference_fixture,
    summary,
    wait_for,
)
from sqlalchemy import create_engine, text

from accords.settings import normalise_db_url
from accords.store import Store

TOTAL = 40


def run_two(corpus: Path, url: str) -> list[str]:
    """Start two ``accords ingest`` at once on ``url``; their standard errors, once both end."""
    env = dict(os.environ, COLUMNS="200")
    processes = [
        subprocess.Popen(ingest_command([str(corpus)], url),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=600)[1] for process in processes]
    for process, stderr in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr
    return outputs


def run_two_gated(corpus: Path, url: str) -> list[str]:
    """PostgreSQL: as ``run_two``, but both processes start storing at the same moment.

    The test locks the articles table against writes, starts both processes, waits until
    both are blocked on their first insert (``pg_stat_activity``), then lets them go, so
    that they contend for the same articles, one insert against the other."""
    Store.open(url).close()
    engine = create_engine(normalise_db_url(url))
    env = dict(os.environ, COLUMNS="200")
    try:
        with engine.connect() as gate, engine.connect() as watch:
            gate.exec_driver_sql("LOCK TABLE articles IN EXCLUSIVE MODE")
            processes = [
                subprocess.Popen(ingest_command([str(corpus)], url), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True, env=env)
                for _ in range(2)
            ]

            def both_waiting() -> bool:
                waiting = watch.scalar(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"))
                watch.rollback()
                return waiting >= 2 or any(p.poll() is not None for p in processes)

            assert wait_for(both_waiting, timeout=300, every=0.05)
            assert all(p.poll() is None for p in processes)
            gate.rollback()  # let both go
    finally:
        engine.dispose()
    outputs = [process.communicate(timeout=600)[1] for process in processes]
    for process, stderr in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr
    return outputs


def check(outputs: list[str], url: str, reference: dict[str, Any]) -> None:
    counts = [summary(stderr) for stderr in outputs]
    assert sum(stored for stored, _, _ in counts) == TOTAL  # each article stored once
    assert sum(duplicates for _, duplicates, _ in counts) == TOTAL  # and seen twice
    assert dump(url) == reference  # no duplicate rows, none lost, same facts


def test_two_processes_ingesting_and_consolidating(
    corpus: Path, reference: dict[str, Any], db_url_factory: Callable[[], str]
) -> None:
    """The default command (which consolidates the registry after storing, under its lock)."""
    url = db_url_factory()
    check(run_two(corpus, url), url, reference)


@pytest.mark.postgresql
def test_two_processes_storing_the_same_article_at_the_same_moment(
    corpus: Path, reference: dict[str, Any], pg_url: str
) -> None:
    outputs = run_two_gated(corpus, pg_url)
    check(outputs, pg_url, reference)
    print("stored, duplicates, rejected per process:", [summary(o) for o in outputs])
