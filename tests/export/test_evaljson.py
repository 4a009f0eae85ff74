"""Evaluation records: the exact shape of shared/eval/SCHEMA.md, deduplicated."""

from __future__ import annotations

import json
from typing import Any

from accords.export.evaljson import to_eval_record
from accords.model import Article, Evidence, Extraction, Fact, FactKind

TEXT = (
    "Hungary and Russia will hold the next session of the Intergovernmental Commission of "
    "Economic Cooperation in Moscow. In September 2024 in Budapest the sides signed a protocol "
    "on energy, agriculture, sport, health and culture, and plan trade, science and education "
    "projects under Stipendium Hungaricum. \"Work continues in various fields despite "
    "everything,\" said Gábor Nagy, head of the Foreign Ministry's Department for Russia and "
    "Central Asia."
)

#: The example record of SCHEMA.md, which an extraction of TEXT should reproduce.
SCHEMA_EXAMPLE: dict[str, Any] = {
    "id": "seed-hu-ru-moscow-talks",
    "published": None,
    "dyads": [["HUN", "RUS"]],
    "bodies": [
        {"name": "Intergovernmental Commission of Economic Cooperation",
         "kind": "commission", "countries": ["HUN", "RUS"]}
    ],
    "meetings": [
        {"body": "Intergovernmental Commission of Economic Cooperation",
         "kind": "commission_session", "status": "planned",
         "date": None, "place": "Moscow", "countries": ["HUN", "RUS"]}
    ],
    "instruments": [
        {"kind": "protocol", "status": "signed", "date": "2024-09",
         "place": "Budapest", "countries": ["HUN", "RUS"],
         "parties": [], "areas": ["energy", "agriculture", "sport", "health", "culture"]}
    ],
    "programmes": [{"name": "Stipendium Hungaricum", "areas": ["education"]}],
    "areas": ["trade", "science", "health", "energy", "education", "agriculture", "sport",
              "culture"],
    "people": [{"name": "Gábor Nagy", "country": "HUN",
                "role": "head of the Foreign Ministry's Department for Russia and Central Asia"}],
    "statements": [{"speaker": "Gábor Nagy", "quote_start": "Work continues in various fields"}],
}


def ev(needle: str) -> list[Evidence]:
    start = TEXT.index(needle)
    return [Evidence(start, start + len(needle), TEXT, 0)]


def fact(fact_kind: FactKind, needle: str, /, **attrs: Any) -> Fact:
    return Fact(fact_kind, attrs, ev(needle), 0.7)


def schema_example_extraction() -> Extraction:
    """Facts for TEXT, with the repetitions and extras an extractor produces."""
    hu_ru = ["HUN", "RUS"]
    body = "Intergovernmental Commission of Economic Cooperation"
    protocol = {"kind": "protocol", "status": "signed", "date": "2024-09", "place": "Budapest",
                "countries": hu_ru, "parties": [],
                "areas": ["energy", "agriculture", "sport", "health", "culture"]}
    facts = [
        fact(FactKind.DYAD, "Hungary and Russia", countries=["RUS", "HUN"]),
        fact(FactKind.DYAD, "sides", countries=hu_ru),
        fact(FactKind.BODY, body, name=body, kind="commission", countries=hu_ru),
        fact(FactKind.MEETING, "next session", body=body, kind="commission_session",
             status="planned", date=None, place="Moscow", countries=hu_ru),
        fact(FactKind.INSTRUMENT, "signed a protocol", title="Protocol", **protocol),
        fact(FactKind.INSTRUMENT, "a protocol", **protocol),
        fact(FactKind.PROGRAMME, "Stipendium Hungaricum", name="Stipendium Hungaricum",
             areas=["education"]),
        fact(FactKind.PERSON, "Gábor Nagy", name="Gábor Nagy", country="HUN",
             role="head of the Foreign Ministry's Department for Russia and Central Asia"),
        fact(FactKind.STATEMENT, "Work continues", speaker="Gábor Nagy",
             quote_start="Work continues in various fields",
             quote="Work continues in various fields despite everything"),
    ]
    for area in ("trade", "science", "health", "energy", "trade", "education", "agriculture",
                 "sport", "health", "culture"):
        facts.append(fact(FactKind.AREA, area, area=area))
    article = Article(id="seed-hu-ru-moscow-talks", text=TEXT, published=None)
    return Extraction(article, facts)


def test_record_reproduces_the_schema_example_exactly() -> None:
    record = to_eval_record(schema_example_extraction())
    assert record == SCHEMA_EXAMPLE
    assert list(record) == list(SCHEMA_EXAMPLE)  # the ten keys, in the schema's order
    assert json.loads(json.dumps(record)) == record


def test_empty_extraction_has_every_key_with_empty_lists() -> None:
    record = to_eval_record(Extraction(Article(id="county-deal", text="Nothing bilateral.",
                                               published="2024-03-05")))
    assert record == {"id": "county-deal", "published": "2024-03-05", "dyads": [], "bodies": [],
                      "meetings": [], "instruments": [], "programmes": [], "areas": [],
                      "people": [], "statements": []}


def test_dyads_are_sorted_pairs_without_repeats_in_first_seen_order() -> None:
    facts = [Fact(FactKind.DYAD, {"countries": pair}) for pair in
             (["RUS", "HUN"], ["AZE", "TUR"], ["HUN", "RUS"], ["TUR", "AZE"])]
    record = to_eval_record(Extraction(Article(id="x", text="t"), facts))
    assert record["dyads"] == [["HUN", "RUS"], ["AZE", "TUR"]]


def test_items_keep_only_schema_fields_and_fill_missing_ones() -> None:
    facts = [
        Fact(FactKind.INSTRUMENT, {"kind": "treaty", "status": "ratified", "title": "Treaty"}),
        Fact(FactKind.MEETING, {"kind": "summit", "status": "held"}),
        Fact(FactKind.STATEMENT, {"speaker": "A. B.", "quote_start": "We agreed on five points",
                                  "quote": "We agreed on five points today"}),
    ]
    record = to_eval_record(Extraction(Article(id="x", text="t"), facts))
    assert record["instruments"] == [{"kind": "treaty", "status": "ratified", "date": None,
                                      "place": None, "countries": [], "parties": [],
                                      "areas": []}]
    assert record["meetings"] == [{"body": None, "kind": "summit", "status": "held",
                                   "date": None, "place": None, "countries": []}]
    assert record["statements"] == [{"speaker": "A. B.", "quote_start": "We agreed on five points"}]


def test_items_differing_in_a_field_are_both_kept() -> None:
    planned = {"kind": "agreement", "status": "planned", "date": None, "place": "Moscow",
               "countries": ["HUN", "RUS"], "parties": [], "areas": ["trade"]}
    signed = {**planned, "status": "signed"}
    facts = [Fact(FactKind.INSTRUMENT, planned), Fact(FactKind.INSTRUMENT, signed),
             Fact(FactKind.INSTRUMENT, dict(planned))]
    record = to_eval_record(Extraction(Article(id="x", text="t"), facts))
    assert [i["status"] for i in record["instruments"]] == ["planned", "signed"]


def test_documents_titled_differently_are_both_kept_and_a_retelling_once() -> None:
    letter = {"kind": "other", "status": "signed", "date": "2025-05-28", "place": None,
              "countries": ["CHL", "PER"], "parties": [], "areas": []}
    facts = [Fact(FactKind.INSTRUMENT, {**letter, "title": "letter of exchange on the bridge"}),
             Fact(FactKind.INSTRUMENT, {**letter, "title": "letter of exchange on the census"}),
             Fact(FactKind.INSTRUMENT, {**letter, "title": "letter of exchange on the bridge"}),
             Fact(FactKind.INSTRUMENT, dict(letter))]
    record = to_eval_record(Extraction(Article(id="x", text="t"), facts))
    assert len(record["instruments"]) == 2
