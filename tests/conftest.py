"""Shared fixtures: the spaCy pipeline (loaded once), the shared/ folder, CLI runner."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Database fixtures (db_url on SQLite and PostgreSQL, pg_url, db_url_factory): see db_backends.py.
from db_backends import db_backend, db_url, db_url_factory, pg_server, pg_url  # noqa: F401
from testpaths import SHARED


@pytest.fixture(scope="session")
def extractor():
    from accords.extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(f"../shared is absent ({SHARED}): the evaluation set lives there")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path):
    """shared/eval/score.py imported as a module."""
    sys.path.insert(0, str(shared / "eval"))
    try:
        import score
    finally:
        sys.path.pop(0)
    return score


@pytest.fixture
def extract_text(extractor):
    """Extract from a text written in the test; returns {kind: [attrs, ...]}."""
    from accords.model import Article

    def run(
        text: str, published: str | None = None, title: str | None = None
    ) -> dict[str, list[dict]]:
        extraction = extractor.extract(Article(id="t", text=text, published=published, title=title))
        found: dict[str, list[dict]] = {}
        for fact in extraction.facts:
            found.setdefault(str(fact.kind), []).append(fact.attrs)
        return found

    return run
