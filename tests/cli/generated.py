"""Helpers of the ingest process tests: a generated corpus and a comparable dump of a database.

The articles come from one template written for these tests, with the country pair, the
numbers and the dates varied, so that each text (hence each article id) is distinct.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, selectinload

from accords.settings import normalise_db_url
from accords.store.schema import ArticleRow, FactRow

ACCORDS = str(Path(sys.executable).with_name("accords"))

COUNTRIES = [
    ("Kenya", "Nairobi"), ("Ethiopia", "Addis Ababa"), ("Ghana", "Accra"), ("Senegal", "Dakar"),
    ("Vietnam", "Hanoi"), ("Indonesia", "Jakarta"), ("Chile", "Santiago"), ("Peru", "Lima"),
    ("Poland", "Warsaw"), ("Lithuania", "Vilnius"), ("Egypt", "Cairo"), ("Jordan", "Amman"),
]
AREAS = ["energy", "agriculture", "transport", "education", "health", "tourism", "customs",
         "science"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]

TEMPLATE = """{a} and {b} sign agreement on {area} cooperation

{capital_a}, {day} {month} {year} - The governments of {a} and {b} signed an agreement on \
cooperation in {area} on Tuesday, at the {ordinal} session of the {a}-{b} intergovernmental \
commission on economic cooperation, held in {capital_a}.

The two delegations said trade between the countries reached {trade} million dollars last \
year. They agreed to prepare a memorandum of understanding on {area2} before the next session \
of the commission, planned for {next_year} in {capital_b}.
"""


def article(i: int) -> str:
    """The ``i``-th generated article (distinct for every ``i``)."""
    a, capital_a = COUNTRIES[i % len(COUNTRIES)]
    b, capital_b = COUNTRIES[(i * 5 + 1 + i // len(COUNTRIES)) % len(COUNTRIES)]
    if a == b:
        b, capital_b = COUNTRIES[(i + 1) % len(COUNTRIES)]
    return TEMPLATE.format(
        a=a, b=b, capital_a=capital_a, capital_b=capital_b, area=AREAS[i % len(AREAS)],
        area2=AREAS[(i + 3) % len(AREAS)], day=1 + i % 28, month=MONTHS[i % len(MONTHS)],
        year=2015 + i % 9, next_year=2025 + i % 3, ordinal=ORDINALS[i % len(ORDINALS)],
        trade=120 + 17 * i,
    )


def write_corpus(folder: Path, count: int = 40) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"gen-{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def ingest_command(paths: list[str], db_url: str) -> list[str]:
    return [ACCORDS, "ingest", *paths, "--db", db_url]


def run_ingest(paths: list[str], db_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(ingest_command(paths, db_url), capture_output=True, text=True,
                          timeout=600, check=False, env=dict(os.environ, COLUMNS="200"))


def dump(db_url: str) -> dict[str, Any]:
    """Articles and facts (with evidence) as plain data, without ingestion times or row ids."""
    engine = create_engine(normalise_db_url(db_url))
    try:
        with Session(engine) as session:
            rows = session.scalars(select(ArticleRow).options(
                selectinload(ArticleRow.facts).selectinload(FactRow.evidence)))
            articles, facts = [], []
            for row in rows:
                articles.append({
                    column: getattr(row, column) for column in (
                        "id", "external_id", "content_hash", "text", "title", "published",
                        "outlet", "url", "source", "encoding", "repairs", "trimmed")
                })
                for fact in row.facts:
                    facts.append(json.dumps({
                        "article": row.id, "kind": fact.kind, "attrs": fact.attrs,
                        "confidence": fact.confidence,
                        "evidence": [(e.start, e.end, e.sentence, e.sentence_start)
                                     for e in fact.evidence],
                    }, sort_keys=True, ensure_ascii=False))
    finally:
        engine.dispose()
    articles.sort(key=lambda a: a["id"])
    return {"articles": articles, "facts": sorted(facts)}


def count_articles(db_url: str) -> int:
    """Articles stored so far (0 while the schema does not exist yet)."""
    from sqlalchemy import func
    from sqlalchemy.exc import OperationalError, ProgrammingError

    engine = create_engine(normalise_db_url(db_url))
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(ArticleRow)) or 0)
    except (OperationalError, ProgrammingError):
        return 0
    finally:
        engine.dispose()


def wait_for(condition, timeout: float = 180.0, every: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


SUMMARY = re.compile(r"(\d+) articles stored, (\d+) duplicates skipped, (\d+) rejected")


def summary(stderr: str) -> tuple[int, int, int]:
    """(stored, duplicates, rejected) from ``accords ingest``'s last line."""
    found = SUMMARY.findall(stderr)
    assert found, stderr
    stored, duplicates, rejected = found[-1]
    return int(stored), int(duplicates), int(rejected)


@pytest.fixture(scope="module", name="corpus")
def corpus_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 generated articles in a folder."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "articles", 40)


@pytest.fixture(scope="module", name="reference")
def reference_fixture(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The dump of an uninterrupted, lone ingest of the corpus into SQLite."""
    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'reference.sqlite'}"
    result = run_ingest([str(corpus)], url)
    assert result.returncode == 0, result.stderr
    assert summary(result.stderr) == (40, 0, 0)
    dumped = dump(url)
    assert len(dumped["articles"]) == 40 and dumped["facts"]
    return dumped
