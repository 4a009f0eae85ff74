"""Resumable ingest: ``accords ingest`` killed with SIGKILL halfway, then run again, leaves
the same database as one uninterrupted run (articles, facts and evidence; ingestion times
and row ids aside). On SQLite and on PostgreSQL.

To kill it halfway for certain, the test waits until some articles are stored, then takes
the database's write lock itself (``BEGIN IMMEDIATE`` on SQLite, ``LOCK TABLE … IN
EXCLUSIVE MODE`` on PostgreSQL): the ingest process blocks inside its next article's
transaction, and is killed there.
"""

from __future__ import annotations

import io
import signal
import subprocess
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from generated import (  # noqa: F401 - the fixtures corpus and reference
    article,
    corpus_fixture,
    count_articles,
    dump,
    ingest_command,
    reference_fixture,
    run_ingest,
    summary,
    wait_for,
    write_corpus,
)
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from accords.settings import normalise_db_url
from accords.store.schema import ArticleRow

TOTAL = 40


def _count(connection: Connection) -> int:
    try:
        return int(connection.scalar(select(func.count()).select_from(ArticleRow)) or 0)
    except DBAPIError:  # the tables do not exist yet
        return 0
    finally:
        connection.rollback()


def _freeze(connection: Connection) -> int:
    """Take the write lock the ingest process needs; the number of articles stored by then."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("LOCK TABLE articles IN EXCLUSIVE MODE")
    return int(connection.scalar(select(func.count()).select_from(ArticleRow)) or 0)


def kill_halfway(corpus: Path, url: str) -> int:
    """Run ``accords ingest`` into ``url`` and SIGKILL it with some articles stored.

    Returns how many were stored, or -1 when the process finished before the test
    could stop it."""
    process = subprocess.Popen(ingest_command([str(corpus)], url), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    engine = create_engine(normalise_db_url(url))
    try:
        with engine.connect() as connection:
            started = wait_for(lambda: _count(connection) > 0 or process.poll() is not None)
            assert started, "no article stored within the time limit"
            stored = _freeze(connection)
            if process.poll() is not None or stored >= TOTAL:
                connection.rollback()
                process.wait(timeout=60)
                return -1
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            assert process.returncode == -signal.SIGKILL
            connection.rollback()
    finally:
        engine.dispose()
        if process.poll() is None:
            process.kill()
            process.wait()
    return stored


def test_killed_ingest_resumes_to_the_same_database(
    corpus: Path, reference: dict[str, Any], db_url_factory: Callable[[], str]
) -> None:
    for _attempt in range(3):
        url = db_url_factory()
        stored = kill_halfway(corpus, url)
        if stored > 0:
            break
    else:
        pytest.fail("the ingest process finished each time before it could be killed")
    assert 0 < stored < TOTAL
    # SIGKILL inside a transaction: only whole articles are in the database.
    assert count_articles(url) == stored
    partial = dump(url)
    assert partial["facts"] == sorted(
        f for f in reference["facts"] if any(f'"article": "{a["id"]}"' in f
                                             for a in partial["articles"])
    )

    result = run_ingest([str(corpus)], url)
    assert result.returncode == 0, result.stderr
    assert summary(result.stderr) == (TOTAL - stored, stored, 0)
    assert dump(url) == reference



def test_ingest_streams_its_inputs(tmp_path: Path, extractor, db_url: str) -> None:
    """Inputs are read a few batches ahead at most (one per worker process in flight),
    and the report holds counts, not articles."""
    from accords.store import Store
    from accords.workflow import BATCH_SIZE, ingest

    most_ahead = extractor.most_ahead(BATCH_SIZE)
    folder = write_corpus(tmp_path / "many", most_ahead + 6)
    files = sorted(str(p) for p in folder.iterdir())
    pulled: list[str] = []

    def lazily():
        for name in files:
            pulled.append(name)
            yield name

    ahead: list[int] = []
    with Store.open(db_url) as store:
        report = ingest(lazily(), store, extractor=extractor,
                        on_item=lambda _name: ahead.append(len(pulled) - len(ahead) - 1))
        assert store.counts()["articles"] == len(files)
    assert report.stored == len(files) and report.ok
    assert max(ahead) <= most_ahead  # never more than that read ahead of the store
    assert ahead[0] < len(files) - 1  # the first article was stored before the last was read
    assert {type(getattr(report, f.name)).__name__ for f in fields(report)} <= {
        "int", "Counter", "list"} and report.rejected == []


def test_archive_records_are_read_one_at_a_time(tmp_path: Path) -> None:
    from collections import Counter

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from accords.ingest.read import iter_documents

    path = tmp_path / "many.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        html = f"<html><body><p>{article(1)}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/a", "response", payload=io.BytesIO(html), http_headers=headers))
        for i in range(200):
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{i}", "metadata", payload=io.BytesIO(b"x: 1\n")))
    skipped: Counter[str] = Counter()
    documents = iter_documents([str(path)], skipped=skipped)
    first = next(documents)
    assert first.url == "https://example.org/a"
    assert skipped.total() == 0  # the 200 records after it are not read yet
    assert list(documents) == []
    assert skipped == Counter({"warc metadata": 200})
