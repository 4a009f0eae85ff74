"""Briefings from a small registry built here: the key facts in every format, every
footnote an article of the store, the curation state, a screenshot of the PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from accords import registry
from accords.briefing import NoSuchDyad, to_html, to_markdown, to_pdf
from accords.briefing import build as build_briefing
from accords.cli import app
from accords.store import queries
from accords.store.db import Store
from small_registry import COMMISSION, LAO, PREP, SESSION, build

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
#: Sections whose sentences state facts from articles (the others count records).
FACTUAL = ("Standing bodies and co-chairs", "Last session and next session",
           "Instruments signed", "Instruments in preparation", "Programmes", "Key quotes")
KEY_FACTS = (
    "Hungary – Russia", COMMISSION, "Anna Kovacs", "Ivan Petrov",
    "session 16", "2025-10-07", "Budapest", "Protocol on nuclear energy cooperation",
    "session 17", "Moscow", "Agreement on health cooperation", "Danube-Volga Scholarship",
    "Energy is the backbone of our partnership", "Danube Daily", SESSION["url"],
    "from 2 articles", "0 of 8 records reviewed",
)


@pytest.fixture
def store(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'b.sqlite'}") as handle:
        yield build(handle)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_markdown_and_html_hold_the_key_facts_in_order(store):
    briefing = build_briefing(store, "HUN-RUS", now=NOW)
    for text in (to_markdown(briefing), to_html(briefing)):
        for fact in KEY_FACTS:
            assert fact in text, fact
        assert "Generated on 2026-01-15 09:30 UTC" in text
        assert "Vietnam" not in text and LAO["title"] not in text
    titles = [s.title for s in briefing.sections]
    assert titles == ["The pair", "Standing bodies and co-chairs",
                      "Last session and next session", "Instruments signed",
                      "Instruments in preparation", "Programmes", "Areas ranked", "Key quotes"]


def test_every_factual_sentence_is_footnoted_and_every_note_is_a_stored_article(store):
    briefing = build_briefing(store, "HUN-RUS")
    for title in FACTUAL:
        section = briefing.section(title)
        assert section.sentences, title
        assert all(s.notes for s in section.sentences), title
    numbers = {n.number for n in briefing.notes}
    cited = {n for s in briefing.sections for x in s.sentences for n in x.notes}
    assert cited == numbers == set(range(1, len(numbers) + 1))
    for note in briefing.notes:
        article = queries.get_article(store, note.article_id)
        assert article is not None
        assert (article["title"], article["outlet"], article["published"], article["url"]) == (
            note.title, note.outlet, note.published, note.url)
    assert {n.url for n in briefing.notes} == {SESSION["url"], PREP["url"]}


def test_period_and_curation_state(store):
    later = build_briefing(store, "HUN-RUS", since="2025-11")
    assert later.section("Instruments signed since 2025-11").sentences == []
    assert [s.text for s in later.section("Key quotes").sentences] == [
        "Ivan Petrov: \u201cOur universities will welcome more students\u201d"]
    protocol = next(r for r in registry.records(store, dyad="HUN-RUS", kind="instrument")
                    if r.status == "signed")
    registry.accept(store, protocol.id)
    planned = next(r for r in registry.records(store, dyad="HUN-RUS", kind="instrument")
                   if r.status == "planned")
    registry.reject(store, planned.id)
    briefing = build_briefing(store, "HUN-RUS")
    assert (briefing.reviewed, briefing.records, briefing.rejected) == (1, 7, 1)
    assert "1 of 7 records reviewed" in to_markdown(briefing)
    assert "Agreement on health cooperation" not in to_markdown(briefing)
    with pytest.raises(NoSuchDyad):
        build_briefing(store, "FRA-DEU")


def test_pdf_text_holds_the_key_facts(store):
    pdf = to_pdf(build_briefing(store, "HUN-RUS", now=NOW))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    bare = text.replace(" ", "")  # a long URL wraps, and the text extracted breaks there
    for fact in KEY_FACTS:
        assert fact.replace(" ", "") in bare, fact
    assert "Page 1 of" in text


def test_cli_writes_each_format(store, tmp_path):
    url = str(store.engine.url)
    runner = CliRunner()
    out = tmp_path / "brief.pdf"
    result = runner.invoke(app, ["brief", "hungary-russia", "--db", url, "--format", "pdf",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    result = runner.invoke(app, ["brief", "HU-RU", "--db", url, "--format", "md"])
    assert result.exit_code == 0 and result.stdout.startswith("# Hungary – Russia")
    assert runner.invoke(app, ["brief", "FRA-DEU", "--db", url]).exit_code == 1
    assert runner.invoke(app, ["brief", "HUN-RUS", "--db", url, "--format", "pdf"]).exit_code == 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None,
                    reason="pdftoppm (Debian poppler-utils) is not installed")
def test_first_page_screenshot(store, tmp_path):
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(to_pdf(build_briefing(store, "HUN-RUS", now=NOW)))
    target = ROOT / "docs" / "screenshots" / "briefing-first-page"
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(target)], check=True)
    png = target.with_suffix(".png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
