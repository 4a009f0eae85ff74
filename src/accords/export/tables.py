"""Extractions as files for people and other programs: JSON Lines, CSV, evaluation records.

* ``write_jsonl``: one line per article, everything needed to rebuild it
  (``read_jsonl`` does), so a JSONL export is also a backup and a hand-over
  format between the batch job and the store.
* ``write_csv``: one row per fact with the attributes spread over columns
  (:data:`CSV_COLUMNS`), for spreadsheets; a fact's first evidence only.
* ``write_eval``: one evaluation record per line (shared/eval/SCHEMA.md).

Each writer takes a text file handle and returns how many lines or rows it
wrote. Open CSV files with ``newline=""``, as the ``csv`` module requires.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from accords.export.evaljson import to_eval_record
from accords.model import Article, Evidence, Extraction, Fact, FactKind, Repair

#: CSV header. ``kind`` is the fact's kind; ``type`` is the kind of body, meeting or
#: instrument it describes (``commission``, ``summit``, ``protocol`` …).
CSV_COLUMNS: tuple[str, ...] = (
    "article_id", "external_id", "published", "kind", "summary", "type", "name", "body",
    "status", "date", "place", "countries", "areas", "parties", "role", "speaker", "quote",
    "evidence_start", "evidence_end", "evidence_sentence", "confidence",
)

#: How list values are joined in one CSV cell.
LIST_SEPARATOR = "; "


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    """One JSONL line's object: the article (``accords text --json`` plus metadata), its facts."""
    article = extraction.article
    return {
        "article_id": article.article_id,
        **article.to_text_json(),
        "outlet": article.outlet,
        "url": article.url,
        "source": article.source,
        "encoding": article.encoding,
        "facts": [fact.to_dict() for fact in extraction.facts],
    }


def extraction_from_json(data: dict[str, Any]) -> Extraction:
    """The inverse of ``extraction_to_json`` (``article_id`` is derived again from the text)."""
    article = Article(
        id=data["id"],
        text=data["text"],
        source=data.get("source") or "",
        title=data.get("title"),
        published=data.get("published"),
        outlet=data.get("outlet"),
        url=data.get("url"),
        encoding=data.get("encoding"),
        repairs=[Repair(**repair) for repair in data.get("repairs", [])],
        trimmed=list(data.get("trimmed", [])),
    )
    facts = [
        Fact(
            kind=FactKind(fact["kind"]),
            attrs=fact["attrs"],
            confidence=fact["confidence"],
            evidence=[Evidence(**evidence) for evidence in fact.get("evidence", [])],
        )
        for fact in data.get("facts", [])
    ]
    return Extraction(article=article, facts=facts)


def write_jsonl(extractions: Iterable[Extraction], fh: IO[str]) -> int:
    """Write one JSON line per article with its facts and their evidence."""
    return _write_lines((extraction_to_json(e) for e in extractions), fh)


def read_jsonl(fh: IO[str]) -> Iterator[Extraction]:
    """Read back what ``write_jsonl`` wrote; blank lines are skipped."""
    for line in fh:
        if line.strip():
            yield extraction_from_json(json.loads(line))


def write_eval(extractions: Iterable[Extraction], fh: IO[str]) -> int:
    """Write one evaluation record per line, in the order given."""
    return _write_lines((to_eval_record(e) for e in extractions), fh)


def write_csv(extractions: Iterable[Extraction], fh: IO[str]) -> int:
    """Write a header, then one row per fact; returns the number of fact rows."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    rows = 0
    for extraction in extractions:
        for fact in extraction.facts:
            writer.writerow(fact_row(extraction.article, fact))
            rows += 1
    return rows


def fact_row(article: Article, fact: Fact) -> dict[str, Any]:
    """One CSV row: the fact's attributes in the columns that fit them, lists joined."""
    attrs = fact.attrs
    evidence = fact.evidence[0] if fact.evidence else None
    row: dict[str, Any] = {
        "article_id": article.article_id,
        "external_id": article.id,
        "published": article.published,
        "kind": str(fact.kind),
        "summary": summarise(attrs),
        "type": attrs.get("kind"),
        # A body, programme or person has a name; an instrument may have a title.
        "name": attrs.get("name", attrs.get("title")),
        "body": attrs.get("body"),
        "status": attrs.get("status"),
        "date": attrs.get("date"),
        "place": attrs.get("place"),
        # A person acts for one country; the other kinds name several.
        "countries": attrs.get("countries", attrs.get("country")),
        # An area fact names one area; instruments and programmes list theirs.
        "areas": attrs.get("areas", attrs.get("area")),
        "parties": attrs.get("parties"),
        "role": attrs.get("role"),
        "speaker": attrs.get("speaker"),
        "quote": attrs.get("quote", attrs.get("quote_start")),
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_sentence": evidence.sentence if evidence else None,
        "confidence": fact.confidence,
    }
    return {key: _cell(value) for key, value in row.items()}


def summarise(attrs: dict[str, Any]) -> str:
    """``key: value`` pairs of the non-empty attributes, for reading a row at a glance."""
    shown = {key: value for key, value in attrs.items() if value not in (None, "", [])}
    return LIST_SEPARATOR.join(f"{key}: {_cell(value, ', ')}" for key, value in shown.items())


def _cell(value: Any, separator: str = LIST_SEPARATOR) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return separator.join(str(item) for item in value)
    return value


def _write_lines(objects: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    count = 0
    for obj in objects:
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        count += 1
    return count
