"""The read-only JSON API (shared/DESIGN.md, "The HTTP API"): public, no login needed."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from accords import registry
from accords.registry.queries import as_dict
from accords.store.db import Store
from accords.web import data
from accords.web.deps import ERROR_RESPONSES, ApiError, store

router = APIRouter(responses=ERROR_RESPONSES)

MAX_LIMIT = 200
Text = Annotated[str | None, Query(max_length=200)]
Cursor = Annotated[str | None, Query(max_length=1024)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
StoreDep = Annotated[Store, Depends(store)]


@router.get("/healthz", tags=["meta"])
def healthz(request: Request) -> JSONResponse:
    """200 when the database answers, 503 when it does not."""
    try:
        with store(request).engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any driver error means "not healthy"
        return JSONResponse({"ok": False, "error": f"database: {error.__class__.__name__}",
                             "status": 503}, status_code=503)
    return JSONResponse({"ok": True, "status": 200})


@router.get("/api/dyads", tags=["registry"])
def dyads(db: StoreDep) -> list[dict[str, Any]]:
    """Every dyad with records: counts of records (by kind) and articles, and the date span."""
    return [{"dyad": s.dyad, "records": s.records, "articles": s.articles,
             "by_kind": s.by_kind, "first": s.first, "last": s.last}
            for s in registry.dyad_summaries(db)]


def _cursor_key(record: Any) -> list[str]:
    return [record.date or "9999", record.label, record.id]


def encode_cursor(key: list[str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key, ensure_ascii=False).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[str]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ApiError(400, "malformed cursor: pass the next_cursor of a previous page") from None
    if not (isinstance(key, list) and len(key) == 3 and all(isinstance(k, str) for k in key)):
        raise ApiError(400, "malformed cursor: pass the next_cursor of a previous page")
    return key


def record_brief(record: Any) -> dict[str, Any]:
    return {"id": record.id, "kind": str(record.kind), "dyad": record.dyad, "label": record.label,
            "status": record.status, "state": str(record.state), "date": record.date,
            "attrs": record.attrs, "conflicts": record.conflicts, "reports": record.reports}


@router.get("/api/records", tags=["registry"])
def list_records(
    db: StoreDep, dyad: Text = None, kind: Text = None, status: Text = None, area: Text = None,
    state: Text = None, since: Text = None, until: Text = None, cursor: Cursor = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    """Registry records matching every filter, by date (undated last), a page at a time.

    ``next_cursor`` is null on the last page; pass it as ``cursor`` for the next one.
    """
    found = registry.records(db, dyad=dyad, kind=kind, status=status, area=area, state=state,
                             since=since, until=until)
    if cursor:
        after = decode_cursor(cursor)
        found = [r for r in found if _cursor_key(r) > after]
    page = found[:limit]
    more = len(found) > limit
    return {"ok": True, "records": [record_brief(r) for r in page],
            "next_cursor": encode_cursor(_cursor_key(page[-1])) if more else None}


def record_json(db: Store, record_id: str) -> dict[str, Any]:
    try:
        record = registry.get_record(db, record_id)
    except registry.RecordNotFound:
        raise ApiError(404, f"no record {record_id!r}") from None
    body = as_dict(record)
    evidence = data.evidence_for(db, record.fact_ids)
    for support in body["support"]:
        support["evidence"] = [{"start": e["start"], "end": e["end"], "text": e["match"]}
                               for e in evidence.get(support["fact_id"], [])]
    body["history"] = [vars(e) for e in registry.history(db, record.id)]
    return body


@router.get("/api/records/{record_id}", tags=["registry"])
def get_record(record_id: str, db: StoreDep) -> dict[str, Any]:
    """A record: attributes, every value seen, lifecycle, and each supporting sentence."""
    return {"ok": True, "record": record_json(db, record_id)}


@router.get("/api/articles", tags=["articles"])
def list_articles(db: StoreDep, dyad: Text = None, q: Text = None, cursor: Cursor = None,
                  limit: Limit = 50) -> dict[str, Any]:
    """Articles (id, title, url, published), newest first; ``q`` searches title and text."""
    found = data.list_articles(db, dyad=dyad, q=q)
    start = 0
    if cursor:
        key = decode_cursor(cursor)
        ids = [a["id"] for a in found]
        start = ids.index(key[2]) + 1 if key[2] in ids else len(found)
    page = found[start:start + limit]
    more = start + limit < len(found)
    return {"ok": True, "articles": page,
            "next_cursor": encode_cursor(["", "", page[-1]["id"]]) if more else None}


@router.get("/api/articles/{article_id}", tags=["articles"])
def get_article(article_id: str, db: StoreDep) -> dict[str, Any]:
    """An article: cleaned text, metadata, repairs, trimmed text, facts with evidence spans."""
    article = data.get_article(db, article_id)
    if article is None:
        raise ApiError(404, f"no article {article_id!r}")
    return {"ok": True, "article": article}
