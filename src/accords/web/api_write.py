"""The curators' JSON API: review actions and article upload.

Every route here needs a curator (``deps.api_curator``): an API token
(``Authorization: Bearer …``) or a login session plus its CSRF token in ``X-CSRF-Token``.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from accords import registry
from accords.accounts import Curator
from accords.errors import AccordsError, InputRejected
from accords.model import RawDocument
from accords.store.db import AddResult, Store
from accords.web.api import record_json
from accords.web.deps import WRITE_ERROR_RESPONSES, ApiError, api_curator, store

router = APIRouter(tags=["curation"], responses=WRITE_ERROR_RESPONSES)

#: Largest article upload, in bytes (``ACCORDS_MAX_UPLOAD_BYTES``).
MAX_UPLOAD = 2 * 1024 * 1024
#: Attributes a curator may not set through ``edit`` (bookkeeping of the registry).
READ_ONLY_FIELDS = frozenset({"id", "kind", "dyad", "countries"})

CuratorDep = Annotated[Curator, Depends(api_curator)]
StoreDep = Annotated[Store, Depends(store)]
_extractor_lock = threading.Lock()


class Decision(BaseModel):
    note: str | None = Field(default=None, max_length=2000)


class Edit(BaseModel):
    field: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)


def _decide(
    db: Store, record_id: str, action: str, who: Curator, note: str | None
) -> dict[str, Any]:
    do = registry.accept if action == "accept" else registry.reject
    try:
        do(db, record_id, by=who.name, note=note)
    except registry.RecordNotFound:
        raise ApiError(404, f"no record {record_id!r}") from None
    return {"ok": True, "record": record_json(db, record_id)}


@router.post("/api/records/{record_id}/accept")
def accept(
    record_id: str, who: CuratorDep, db: StoreDep, decision: Decision | None = None
) -> dict[str, Any]:
    """Mark a record as checked and right."""
    return _decide(db, record_id, "accept", who, decision.note if decision else None)


@router.post("/api/records/{record_id}/reject")
def reject(
    record_id: str, who: CuratorDep, db: StoreDep, decision: Decision | None = None
) -> dict[str, Any]:
    """Mark a record as wrong: it leaves the views."""
    return _decide(db, record_id, "reject", who, decision.note if decision else None)


@router.patch("/api/records/{record_id}")
def edit(record_id: str, change: Edit, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Set one attribute (or ``label``, ``status``, ``date``); the machine will not overwrite it."""
    if change.field in READ_ONLY_FIELDS:
        raise ApiError(422, f"{change.field!r} cannot be edited")
    try:
        registry.edit(db, record_id, change.field, change.value, by=who.name, note=change.note)
    except registry.RecordNotFound:
        raise ApiError(404, f"no record {record_id!r}") from None
    return {"ok": True, "record": record_json(db, record_id)}


class Merge(BaseModel):
    source: str = Field(min_length=1, max_length=64, description="the record folded in (removed)")
    note: str | None = Field(default=None, max_length=2000)


class Split(BaseModel):
    fact_ids: list[int] = Field(
        min_length=1, max_length=1000, description="facts of the record to move to a new record"
    )
    note: str | None = Field(default=None, max_length=2000)


@router.post("/api/records/{record_id}/merge")
def merge(record_id: str, change: Merge, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Fold record ``source`` into this one (same kind): its facts and the edits this one
    lacks move here, ``source`` is removed. 422 for a record of another kind, or itself."""
    try:
        merged = registry.merge(db, record_id, change.source, by=who.name, note=change.note)
    except registry.RecordNotFound as error:
        raise ApiError(404, str(error)) from None
    except registry.CurationError as error:
        raise ApiError(422, str(error)) from None
    return {"ok": True, "record": record_json(db, merged.id)}


@router.post("/api/records/{record_id}/split")
def split(record_id: str, change: Split, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Move some of a record's facts to a new record; returns both. 422 when a fact is not
    the record's, or when every fact would move."""
    try:
        old, new = registry.split(db, record_id, change.fact_ids, by=who.name, note=change.note)
    except registry.RecordNotFound as error:
        raise ApiError(404, str(error)) from None
    except registry.CurationError as error:
        raise ApiError(422, str(error)) from None
    return {"ok": True, "record": record_json(db, old.id), "new_record": record_json(db, new.id)}


def max_upload() -> int:
    try:
        return int(os.environ.get("ACCORDS_MAX_UPLOAD_BYTES", MAX_UPLOAD))
    except ValueError:
        return MAX_UPLOAD


async def read_capped(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) as soon as it is longer than ``limit``."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"upload larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"upload larger than {limit} bytes")
    return bytes(body)


def ingest_bytes(request: Request, raw: RawDocument) -> dict[str, Any]:
    from accords.extract.pipeline import Extractor
    from accords.ingest.pipeline import to_article

    db: Store = request.app.state.store
    try:
        article = to_article(raw)
    except InputRejected as rejected:
        raise ApiError(422, f"rejected: {rejected.reason}") from None
    with _extractor_lock:  # one spaCy pipeline, loaded on first upload
        if getattr(request.app.state, "extractor", None) is None:
            request.app.state.extractor = Extractor()
        try:
            extraction = request.app.state.extractor.extract(article)
        except InputRejected as rejected:
            raise ApiError(422, f"rejected: {rejected.reason}") from None
    result = db.add(extraction)
    if result is AddResult.STORED:
        registry.consolidate(db)
    return {
        "ok": True,
        "article_id": article.article_id,
        "result": str(result),
        "facts": len(extraction.facts),
    }


@router.post("/api/articles", status_code=201)
async def upload(
    request: Request,
    who: CuratorDep,
    name: Annotated[str, Query(min_length=1, max_length=200)] = "upload",
    html: bool = False,
    title: Annotated[str | None, Query(max_length=500)] = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    published: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
) -> dict[str, Any]:
    """Ingest one article sent as the raw request body (text or HTML; size-limited)."""
    body = await read_capped(request, max_upload())
    if not body:
        raise ApiError(422, "empty upload")
    safe = re.sub(r"[^\w.-]+", "-", name)[:80]
    raw = RawDocument(
        id=safe,
        source=f"upload:{who.name}:{safe}",
        data=body,
        is_html=html,
        url=url,
        title=title,
        published=published,
    )
    try:
        return await run_in_threadpool(ingest_bytes, request, raw)
    except AccordsError as error:
        raise ApiError(422, str(error)) from None
