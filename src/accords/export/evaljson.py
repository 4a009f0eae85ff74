"""One extraction as one evaluation record (shared/eval/SCHEMA.md).

The record is what ``score.py`` reads, so its shape is fixed: all ten keys are
always present, lists are ``[]`` when the article says nothing, and each item
carries exactly the schema's fields for its kind (missing ones as ``null`` or
``[]``, extra attributes such as an instrument's ``title`` dropped). Repeated
items are written once, because the scorer matches one to one and a duplicate
would count as a false positive; instruments are compared with their titles too,
since two documents of one list may agree on every schema field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from accords.model import Extraction, Fact, FactKind

#: The keys of a record, in SCHEMA.md's order.
RECORD_KEYS: tuple[str, ...] = (
    "id", "published", "dyads", "bodies", "meetings", "instruments", "programmes", "areas",
    "people", "statements",
)

#: For each list of items in the record: the fact kind it comes from and its fields.
ITEM_FIELDS: dict[str, tuple[FactKind, tuple[str, ...]]] = {
    "bodies": (FactKind.BODY, ("name", "kind", "countries")),
    "meetings": (FactKind.MEETING, ("body", "kind", "status", "date", "place", "countries")),
    "instruments": (FactKind.INSTRUMENT,
                    ("kind", "status", "date", "place", "countries", "parties", "areas")),
    "programmes": (FactKind.PROGRAMME, ("name", "areas")),
    "people": (FactKind.PERSON, ("name", "country", "role")),
    "statements": (FactKind.STATEMENT, ("speaker", "quote_start")),
}

#: Item fields that hold lists (``[]`` when missing); the others default to ``null``.
LIST_FIELDS = frozenset({"countries", "parties", "areas"})


def to_eval_record(extraction: Extraction) -> dict[str, Any]:
    """The evaluation record of one extraction; its ``id`` is the article's external id."""
    article = extraction.article
    record: dict[str, Any] = {
        "id": article.id,
        "published": article.published,
        "dyads": _unique(sorted(f.attrs.get("countries", []))
                         for f in extraction.of_kind(FactKind.DYAD)),
        "areas": _unique(f.attrs["area"] for f in extraction.of_kind(FactKind.AREA)
                         if f.attrs.get("area")),
    }
    for key, (kind, fields) in ITEM_FIELDS.items():
        facts = extraction.of_kind(kind)
        record[key] = _unique_facts(facts, fields)
    return {key: record[key] for key in RECORD_KEYS}


def _item(fact: Fact, fields: tuple[str, ...]) -> dict[str, Any]:
    """The schema's fields of a fact's attributes, and nothing else."""
    item: dict[str, Any] = {}
    for name in fields:
        value = fact.attrs.get(name)
        if name in LIST_FIELDS:
            value = list(value or [])
        item[name] = value
    return item


def _unique_facts(facts: list[Fact], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """The facts' items, each once; but documents titled differently stay apart even when
    every schema field agrees (two letters of one list, signed the same day)."""
    seen: dict[str, set[object]] = {}
    kept: list[dict[str, Any]] = []
    for fact in facts:
        item = _item(fact, fields)
        key = json.dumps(item, sort_keys=True, ensure_ascii=False)
        titles = seen.setdefault(key, set())
        title = fact.attrs.get("title")
        if not titles or (title is not None and None not in titles and title not in titles):
            kept.append(item)
        titles.add(title)
    return kept


def _unique(values: Iterable[Any]) -> list[Any]:
    """The values in first-seen order, each once (compared as canonical JSON)."""
    seen: set[str] = set()
    kept: list[Any] = []
    for value in values:
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            kept.append(value)
    return kept
