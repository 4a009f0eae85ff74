"""Event data and Parquet tables over HTTP: ``GET /api/export?format=plover|cameo|parquet``.

The same writers as ``accords export`` (``export/plover.py``, ``export/cameo.py``,
``export/parquet.py``). PLOVER and CAMEO take ``dyad`` (a key, ``HU-RU`` or
``hungary-russia``), ``since`` and ``until``; Parquet is one table per request
(``table=records|facts|evidence|articles``), as a browser downloads one file at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response, StreamingResponse

from accords.country_labels import resolve_dyad
from accords.export.cameo import write_cameo
from accords.export.events import Event, events
from accords.export.plover import write_plover
from accords.store.db import Store
from accords.web.deps import ERROR_RESPONSES, ApiError, store

router = APIRouter(responses=ERROR_RESPONSES)
StoreDep = Annotated[Store, Depends(store)]
Text = Annotated[str | None, Query(max_length=200)]


class ExportFormat(StrEnum):
    plover = "plover"
    cameo = "cameo"
    parquet = "parquet"


class Table(StrEnum):
    records = "records"
    facts = "facts"
    evidence = "evidence"
    articles = "articles"


MEDIA_TYPES = {
    ExportFormat.plover: "application/x-ndjson; charset=utf-8",
    ExportFormat.cameo: "text/tab-separated-values; charset=utf-8",
    ExportFormat.parquet: "application/vnd.apache.parquet",
}
EXTENSIONS = {ExportFormat.plover: "jsonl", ExportFormat.cameo: "tsv",
              ExportFormat.parquet: "parquet"}
RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A download: PLOVER JSON Lines, a CAMEO/GDELT TSV, or a Parquet table",
        "content": {"application/x-ndjson": {}, "text/tab-separated-values": {},
                    "application/vnd.apache.parquet": {}},
    },
}


class _Lines(io.StringIO):
    """A text sink whose content is taken (and emptied) a chunk at a time."""

    def take(self) -> str:
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        return text


def _stream(found: Iterator[Event], fmt: ExportFormat) -> Iterator[bytes]:
    writer = write_plover if fmt is ExportFormat.plover else write_cameo
    sink = _Lines()
    chunk: list[Event] = []
    header = fmt is ExportFormat.cameo
    for event in found:
        chunk.append(event)
        if len(chunk) >= 200:
            yield _write(writer, chunk, sink, header).encode()
            chunk, header = [], False
    if chunk or header:
        yield _write(writer, chunk, sink, header).encode()


def _write(writer: Any, chunk: list[Event], sink: _Lines, header: bool) -> str:
    writer(chunk, sink)
    text = sink.take()
    if not header and writer is write_cameo:
        text = text.split("\n", 1)[1]  # the header once, at the top
    return text


@router.get("/api/export", tags=["exports"], responses=RESPONSES, response_model=None)
def export(
    db: StoreDep,
    format: Annotated[ExportFormat, Query(description="plover, cameo or parquet")],
    dyad: Text = None,
    since: Text = None,
    until: Text = None,
    table: Annotated[Table, Query(description="parquet: which table")] = Table.records,
) -> Response:
    """The registry's events as PLOVER or CAMEO (GDELT 2.0 columns), or a Parquet table
    (docs/exports.md)."""
    name = f"accords-{format}"
    if format is ExportFormat.parquet:
        from accords.export.parquet import ROWS, TABLES, write_table

        sink = io.BytesIO()
        write_table(ROWS[table](db), TABLES[table], sink)
        return Response(sink.getvalue(), media_type=MEDIA_TYPES[format], headers={
            "Content-Disposition": f'attachment; filename="{name}-{table}.parquet"'})
    key = None
    if dyad:
        key = resolve_dyad(dyad)
        if key is None:
            raise ApiError(422, f"dyad: {dyad!r} names no pair of countries (try HUN-RUS)")
    found = events(db, dyad=key, since=since, until=until)
    return StreamingResponse(_stream(found, format), media_type=MEDIA_TYPES[format], headers={
        "Content-Disposition": f'attachment; filename="{name}.{EXTENSIONS[format]}"'})
