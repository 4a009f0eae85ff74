"""JSON Lines, CSV and evaluation exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from accords.export.evaljson import to_eval_record
from accords.export.tables import read_jsonl, write_csv, write_eval, write_jsonl
from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair
from accords.store import Store

TEXT = (
    "Azerbaijan and Türkiye signed a memorandum on energy and transport in Baku on 3 March "
    "2025. Deputy Minister Leyla Aliyeva said the roadmap would follow."
)


def ev(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(start, start + len(needle), text.split(". ")[0] + ".", 0)


def sample(ext_id: str = "aze-tur", text: str = TEXT, published: str | None = "2025-03-04"
           ) -> Extraction:
    article = Article(id=ext_id, text=text, source=f"{ext_id}.txt", title="Memorandum",
                      published=published, outlet="Example Wire", url="https://example.org/m",
                      encoding="utf-8", repairs=[Repair("ftfy", 1, "quotes")], trimmed=["Ads"])
    facts = [
        Fact(FactKind.DYAD, {"countries": ["AZE", "TUR"]}, [ev(text, "Azerbaijan and Türkiye")],
             0.9),
        Fact(FactKind.INSTRUMENT,
             {"kind": "memorandum", "status": "signed", "date": "2025-03-03", "place": "Baku",
              "countries": ["AZE", "TUR"], "parties": [], "areas": ["energy", "transport"],
              "title": "Memorandum on energy and transport"},
             [ev(text, "signed a memorandum")], 0.8),
        Fact(FactKind.AREA, {"area": "energy"}, [ev(text, "energy")], 0.7),
        Fact(FactKind.PERSON, {"name": "Leyla Aliyeva", "country": "AZE",
                               "role": "Deputy Minister"}, [], 0.6),
    ]
    return Extraction(article, facts)


def test_jsonl_round_trips_one_line_per_article() -> None:
    extractions = [sample(), sample("other", TEXT + " Talks continue.", None)]
    buffer = io.StringIO()
    assert write_jsonl(extractions, buffer) == 2
    lines = buffer.getvalue().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["article_id"] == extractions[0].article.article_id
    assert first["facts"][1]["evidence"][0]["start"] == TEXT.index("signed a memorandum")
    assert "Türkiye" in lines[0]  # written as UTF-8, not escaped
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == extractions


def test_csv_has_a_header_and_one_row_per_fact() -> None:
    extractions = [sample(), sample("other", TEXT + " Talks continue.")]
    buffer = io.StringIO(newline="")
    assert write_csv(extractions, buffer) == 8
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    assert len(rows) == 8
    assert list(rows[0]) == [
        "article_id", "external_id", "published", "kind", "summary", "type", "name", "body",
        "status", "date", "place", "countries", "areas", "parties", "role", "speaker", "quote",
        "evidence_start", "evidence_end", "evidence_sentence", "confidence"]
    dyad, instrument, area, person = rows[:4]
    assert dyad["kind"] == "dyad"
    assert dyad["countries"] == "AZE; TUR"
    assert instrument["type"] == "memorandum"
    assert instrument["name"] == "Memorandum on energy and transport"
    assert instrument["areas"] == "energy; transport"
    assert instrument["summary"].startswith("kind: memorandum; status: signed; date: 2025-03-03")
    assert "countries: AZE, TUR" in instrument["summary"]
    start, end = int(instrument["evidence_start"]), int(instrument["evidence_end"])
    assert TEXT[start:end] == "signed a memorandum"
    assert instrument["evidence_sentence"].startswith("Azerbaijan and Türkiye signed")
    assert area["areas"] == "energy"
    assert person["countries"] == "AZE"
    assert person["role"] == "Deputy Minister"
    assert person["evidence_start"] == ""  # no evidence: empty cells, not "None"
    assert float(dyad["confidence"]) == 0.9
    assert {r["external_id"] for r in rows} == {"aze-tur", "other"}
    assert rows[0]["article_id"] == extractions[0].article.article_id


def test_csv_of_nothing_is_just_the_header() -> None:
    buffer = io.StringIO()
    assert write_csv([], buffer) == 0
    assert buffer.getvalue().strip().split(",")[0] == "article_id"
    assert len(buffer.getvalue().splitlines()) == 1


def test_eval_lines_are_eval_records() -> None:
    extractions = [sample(), sample("other", TEXT + " Talks continue.")]
    buffer = io.StringIO()
    assert write_eval(extractions, buffer) == 2
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert records == [to_eval_record(e) for e in extractions]
    assert "title" not in records[0]["instruments"][0]


def test_exports_stream_from_the_store(tmp_path: Path) -> None:
    extractions = [sample("later", TEXT + " Later.", "2025-05-01"), sample()]
    with Store.open(str(tmp_path / "export.sqlite")) as store:
        for extraction in extractions:
            store.add(extraction)
        buffer = io.StringIO()
        write_jsonl(store.iter_extractions(), buffer)
    assert list(read_jsonl(io.StringIO(buffer.getvalue()))) == extractions[::-1]
