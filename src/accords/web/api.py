"""The read-only JSON API (shared/DESIGN.md, "The HTTP API"): public, no login needed."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from accords import registry
from accords.registry.queries import as_dict
from accords.store import queries, search
from accords.store.db import Store
from accords.web.deps import (
    ERROR_RESPONSES,
    ApiError,
    public_source,
    reading_curator,
    store,
)
from accords.web.export import DOWNLOAD_RESPONSES, Format, FormatQuery, download

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
        store(request).ping()
    except Exception as error:  # any driver error means "not healthy"
        return JSONResponse(
            {"ok": False, "error": f"database: {error.__class__.__name__}", "status": 503},
            status_code=503,
        )
    return JSONResponse({"ok": True, "status": 200})


@router.get("/api/dyads", tags=["registry"], responses=DOWNLOAD_RESPONSES)
def dyads(db: StoreDep, format: FormatQuery = Format.json) -> list[dict[str, Any]]:
    """Every dyad with records: counts of records (by kind) and articles, and the date span."""
    found = [
        {
            "dyad": s.dyad,
            "records": s.records,
            "articles": s.articles,
            "by_kind": s.by_kind,
            "first": s.first,
            "last": s.last,
        }
        for s in registry.dyad_summaries(db)
    ]
    if format is not Format.json:
        return download(
            "dyads",
            format,
            found,  # type: ignore[return-value]
            ["dyad", "records", "articles", "first", "last", "by_kind"],
        )
    return found


def _cursor_key(record: Any) -> list[str]:
    return [record.date or "9999", record.label, record.id]


def encode_cursor(key: list[str]) -> str:
    return (
        base64.urlsafe_b64encode(json.dumps(key, ensure_ascii=False).encode()).decode().rstrip("=")
    )


def decode_cursor(cursor: str) -> list[str]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise ApiError(400, "malformed cursor: pass the next_cursor of a previous page") from None
    if not (isinstance(key, list) and len(key) == 3 and all(isinstance(k, str) for k in key)):
        raise ApiError(400, "malformed cursor: pass the next_cursor of a previous page")
    return key


def record_brief(record: Any) -> dict[str, Any]:
    return {
        "id": record.id,
        "kind": str(record.kind),
        "dyad": record.dyad,
        "label": record.label,
        "status": record.status,
        "state": str(record.state),
        "date": record.date,
        "attrs": record.attrs,
        "conflicts": record.conflicts,
        "reports": record.reports,
    }


RECORD_COLUMNS = [
    "id",
    "kind",
    "dyad",
    "label",
    "status",
    "state",
    "date",
    "reports",
    "conflicts",
    "attrs",
]


@router.get("/api/records", tags=["registry"], responses=DOWNLOAD_RESPONSES)
def list_records(
    db: StoreDep,
    dyad: Text = None,
    kind: Text = None,
    status: Text = None,
    area: Text = None,
    state: Text = None,
    since: Text = None,
    until: Text = None,
    cursor: Cursor = None,
    limit: Limit = 50,
    format: FormatQuery = Format.json,
) -> dict[str, Any]:
    """Registry records matching every filter, by date (undated last), a page at a time.

    ``next_cursor`` is null on the last page; pass it as ``cursor`` for the next one.
    ``format=csv|jsonl`` downloads every matching record instead (``cursor`` and ``limit``
    are then ignored).
    """
    found = registry.records(
        db, dyad=dyad, kind=kind, status=status, area=area, state=state, since=since, until=until
    )
    if format is not Format.json:
        return download(
            "records",
            format,
            (record_brief(r) for r in found),  # type: ignore[return-value]
            RECORD_COLUMNS,
        )
    if cursor:
        after = decode_cursor(cursor)
        found = [r for r in found if _cursor_key(r) > after]
    page = found[:limit]
    more = len(found) > limit
    return {
        "ok": True,
        "records": [record_brief(r) for r in page],
        "next_cursor": encode_cursor(_cursor_key(page[-1])) if more else None,
    }


def record_json(db: Store, record_id: str) -> dict[str, Any]:
    try:
        record = registry.get_record(db, record_id)
    except registry.RecordNotFound:
        raise ApiError(404, f"no record {record_id!r}") from None
    body = as_dict(record)
    evidence = queries.evidence_for(db, record.fact_ids)
    for support in body["support"]:
        support["evidence"] = [  # a fact told in several sentences: each span with its own
            {
                "start": e["start"],
                "end": e["end"],
                "text": e["match"],
                "sentence": e["before"] + e["match"] + e["after"],
            }
            for e in evidence.get(support["fact_id"], [])
        ]
    body["history"] = [vars(e) for e in registry.history(db, record.id)]
    return body


@router.get("/api/records/{record_id}", tags=["registry"])
def get_record(record_id: str, db: StoreDep) -> dict[str, Any]:
    """A record: attributes, every value seen, lifecycle, and each supporting sentence."""
    return {"ok": True, "record": record_json(db, record_id)}


ARTICLE_COLUMNS = ["id", "name", "title", "url", "outlet", "published", "dyads"]


@router.get("/api/articles", tags=["articles"], responses=DOWNLOAD_RESPONSES)
def list_articles(
    db: StoreDep,
    dyad: Text = None,
    q: Text = None,
    cursor: Cursor = None,
    limit: Limit = 50,
    format: FormatQuery = Format.json,
) -> dict[str, Any]:
    """Articles (id, title, url, published), newest first; with ``q``, the articles whose
    title or text match that full-text query (as on ``/api/search``), best match first.

    ``format=csv|jsonl`` downloads every matching article instead.
    """
    found = queries.list_articles(db, dyad=dyad, q=q)
    if format is not Format.json:
        return download("articles", format, found, ARTICLE_COLUMNS)  # type: ignore[return-value]
    start = 0
    if cursor:
        key = decode_cursor(cursor)
        ids = [a["id"] for a in found]
        start = ids.index(key[2]) + 1 if key[2] in ids else len(found)
    page = found[start : start + limit]
    more = start + limit < len(found)
    return {
        "ok": True,
        "articles": page,
        "next_cursor": encode_cursor(["", "", page[-1]["id"]]) if more else None,
    }


def _id_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    key = decode_cursor(cursor)
    if not key[2].isdigit() or len(key[2]) > 18:
        raise ApiError(400, "malformed cursor: pass the next_cursor of a previous page")
    return int(key[2])


def _keyset_page(items: Iterator[dict[str, Any]], name: str, limit: int) -> dict[str, Any]:
    page = list(islice(items, limit + 1))
    more = len(page) > limit
    page = page[:limit]
    return {
        "ok": True,
        name: page,
        "next_cursor": encode_cursor([name, "", str(page[-1]["id"])]) if more else None,
    }


FACT_COLUMNS = ["id", "article_id", "kind", "record_id", "confidence", "attrs"]
EVIDENCE_COLUMNS = [
    "id",
    "fact_id",
    "article_id",
    "kind",
    "start",
    "end",
    "text",
    "sentence_start",
    "sentence",
]


@router.get("/api/facts", tags=["articles"], responses=DOWNLOAD_RESPONSES)
def list_facts(
    db: StoreDep,
    article: Text = None,
    kind: Text = None,
    dyad: Text = None,
    record: Text = None,
    cursor: Cursor = None,
    limit: Limit = 50,
    format: FormatQuery = Format.json,
) -> dict[str, Any]:
    """Facts as extracted (id order): of an article, a kind, the articles of a dyad, or the
    record they support. ``format=csv|jsonl`` downloads every matching fact."""
    items = queries.iter_facts(
        db,
        article=article,
        kind=kind,
        dyad=dyad,
        record=record,
        after=_id_cursor(cursor) if format is Format.json else 0,
    )
    if format is not Format.json:
        return download("facts", format, items, FACT_COLUMNS)  # type: ignore[return-value]
    return _keyset_page(items, "facts", limit)


@router.get("/api/evidence", tags=["articles"], responses=DOWNLOAD_RESPONSES)
def list_evidence(
    db: StoreDep,
    article: Text = None,
    fact: Annotated[int | None, Query(ge=0, le=2**62)] = None,
    kind: Text = None,
    dyad: Text = None,
    cursor: Cursor = None,
    limit: Limit = 50,
    format: FormatQuery = Format.json,
) -> dict[str, Any]:
    """Evidence: where each fact is said, as character offsets into its article's text, with
    the sentence. ``format=csv|jsonl`` downloads every matching span."""
    items = queries.iter_evidence(
        db,
        article=article,
        fact=fact,
        kind=kind,
        dyad=dyad,
        after=_id_cursor(cursor) if format is Format.json else 0,
    )
    if format is not Format.json:
        return download("evidence", format, items, EVIDENCE_COLUMNS)  # type: ignore[return-value]
    return _keyset_page(items, "evidence", limit)


SEARCH_COLUMNS = ["type", "id", "title", "dyad", "rank"]


@router.get("/api/search", tags=["articles"], responses=DOWNLOAD_RESPONSES)
def search_api(
    db: StoreDep,
    q: Annotated[str, Query(max_length=200)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    format: FormatQuery = Format.json,
) -> dict[str, Any]:
    """Full-text search of records (label, attribute values) and articles (title, text).

    Every word must match (stemmed: ``signing`` finds ``signed``); ``"a phrase"``,
    ``a OR b`` and ``-word`` work; anything else is read as plain words, never as syntax.
    Best matches first, each with ``rank`` (higher is better, comparable within one list)
    and, for articles, a ``snippet`` of the passage that matched. ``format=csv|jsonl``
    downloads the hits as one list (type, id, title or label, dyad, rank).
    """
    found = registry.search_results(db, search.parse(q), limit=limit)
    ranks = found["record_ranks"]
    if format is not Format.json:  # one row per hit: records first, then articles
        rows = [
            {"type": "record", "id": r.id, "title": r.label, "dyad": r.dyad, "rank": ranks[r.id]}
            for r in found["records"]
        ] + [
            {
                "type": "article",
                "id": a["id"],
                "title": a.get("title"),
                "dyad": None,
                "rank": a["rank"],
            }
            for a in found["articles"]
        ]
        return download("search", format, rows, SEARCH_COLUMNS)  # type: ignore[return-value]
    return {
        "ok": True,
        "q": q,
        "records": [record_brief(r) | {"rank": ranks[r.id]} for r in found["records"]],
        "articles": [
            a | {"snippet": [{"text": t, "match": m} for t, m in a["snippet"]]}
            for a in found["articles"]
        ],
    }


@router.get("/api/articles/{article_id}", tags=["articles"])
def get_article(article_id: str, db: StoreDep, request: Request) -> dict[str, Any]:
    """An article: cleaned text, metadata, repairs, trimmed text, facts with evidence spans.

    Its ``source`` is the input's file name (``wire.jsonl:3``); only a curator (API token or
    session) gets the full path the server read it from."""
    article = queries.get_article(db, article_id)
    if article is None:
        raise ApiError(404, f"no article {article_id!r}")
    if reading_curator(request) is None:
        article["source"] = public_source(article["source"])
    return {"ok": True, "article": article}
