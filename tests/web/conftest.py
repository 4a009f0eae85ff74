"""The web tests share one database (the corpus is ingested once per session) and one app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webdb import build_db

from accords.web.app import create_app


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, extractor) -> str:
    """A SQLite file with the sample corpus, consolidated; tests copy it before writing."""
    return build_db(tmp_path_factory.mktemp("web") / "corpus.sqlite", extractor)


@pytest.fixture(scope="session")
def app(corpus_db):
    """The app over the shared database, for read-only tests."""
    return create_app(corpus_db)


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def writable(corpus_db, tmp_path):
    """A fresh copy of the corpus database and a client over it, for tests that write."""
    source = corpus_db.removeprefix("sqlite:///")
    target = tmp_path / "copy.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if Path(source + suffix).exists():
            shutil.copy(source + suffix, str(target) + suffix)
    app = create_app(f"sqlite:///{target}")
    with TestClient(app) as c:
        yield c
    app.state.store.close()
