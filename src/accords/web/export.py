"""Lists of the API as downloads: ``?format=csv`` or ``?format=jsonl``.

A download holds every item matching the list's filters — all pages, not one — and is
streamed as it is read. JSON Lines is one JSON object per line, as the JSON list gives
them. CSV has one row per item and a header; nested values (attributes, lists) are JSON
in their cell, and a text cell that a spreadsheet would run as a formula (it starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query
from fastapi.responses import StreamingResponse


class Format(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"


FormatQuery = Annotated[
    Format,
    Query(description="json (a page), or a download of every match: csv or jsonl (JSON Lines)"),
]

MEDIA_TYPES = {
    Format.csv: "text/csv; charset=utf-8",
    Format.jsonl: "application/x-ndjson; charset=utf-8",
}

#: For the OpenAPI spec of a list route: the two download types besides JSON.
DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page of JSON, or with ``format`` a CSV or JSON Lines download",
        "content": {"text/csv": {}, "application/x-ndjson": {}},
    },
}

#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Rows written per chunk of the response.
CHUNK_ROWS = 200


def cell(value: Any) -> str:
    """A value as a CSV cell: JSON for lists and objects, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict | list | tuple):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_lines(rows: Iterable[dict[str, Any]], columns: list[str]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for count, row in enumerate(rows, 1):
        writer.writerow([cell(row.get(c)) for c in columns])
        if count % CHUNK_ROWS == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def jsonl_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    chunk: list[str] = []
    for row in rows:
        chunk.append(json.dumps(row, ensure_ascii=False) + "\n")
        if len(chunk) >= CHUNK_ROWS:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def download(
    name: str, format: Format, rows: Iterable[dict[str, Any]], columns: list[str]
) -> StreamingResponse:
    """Every row as a streamed CSV (``columns``, in order) or JSON Lines file, ``name.ext``."""
    body = csv_lines(rows, columns) if format is Format.csv else jsonl_lines(rows)
    return StreamingResponse(
        (chunk.encode() for chunk in body),
        media_type=MEDIA_TYPES[format],
        headers={"Content-Disposition": f'attachment; filename="{name}.{format}"'},
    )
