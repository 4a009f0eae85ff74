"""Watched sources (``accords watch``): the ``/sources`` page and ``/api/sources``, each
source's health and poll history; curators add, pause and resume sources (form with CSRF,
or the API). Every read and write goes through ``accords.store.sources``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from accords.accounts import Curator
from accords.errors import AccordsError
from accords.store import sources as queries
from accords.store.db import Store
from accords.web.deps import (
    CONFLICT_RESPONSE,
    ERROR_RESPONSES,
    WRITE_ERROR_RESPONSES,
    ApiError,
    api_curator,
    form_curator,
    render,
    store,
)

router = APIRouter(responses=ERROR_RESPONSES)
StoreDep = Annotated[Store, Depends(store)]
CuratorDep = Annotated[Curator, Depends(api_curator)]
SourceId = Annotated[int, Path(ge=1, le=2_147_483_647)]
KIND_PATTERN = r"^(auto|rss|atom|sitemap|newsmap|page)$"


class NewSource(BaseModel):
    url: str = Field(min_length=8, max_length=2000, pattern=r"^https?://")
    kind: str = Field(default="auto", pattern=KIND_PATTERN)
    every: str = Field(default="30m", max_length=16)
    name: str | None = Field(default=None, max_length=200)


def _add(db: Store, new: NewSource) -> queries.Source:
    from accords.watch.schedule import parse_every

    try:
        return queries.add_source(db, new.url, kind=new.kind, every=parse_every(new.every),
                                  name=new.name or None)
    except queries.SourceExists as error:
        raise ApiError(409, str(error)) from None
    except AccordsError as error:
        raise ApiError(422, str(error)) from None


def _source_json(db: Store, source_id: SourceId, history: int = 50) -> dict[str, Any]:
    try:
        source = queries.get_source(db, source_id)
    except queries.SourceNotFound:
        raise ApiError(404, f"no source {source_id}") from None
    body = source.to_json()
    body["history"] = [f.to_json() for f in queries.fetch_history(db, source.id, history)]
    return body


@router.get("/api/sources", tags=["sources"])
def list_sources(db: StoreDep) -> dict[str, Any]:
    """Every watched source and its health: last success, last error, items seen, articles
    stored, next due."""
    return {"ok": True, "sources": [s.to_json() for s in queries.list_sources(db)]}


@router.get("/api/sources/{source_id}", tags=["sources"])
def get_source(source_id: SourceId, db: StoreDep) -> dict[str, Any]:
    """A source's health and its latest polls, newest first."""
    return {"ok": True, "source": _source_json(db, source_id)}


@router.post("/api/sources", tags=["sources"], status_code=201,
             responses=WRITE_ERROR_RESPONSES | CONFLICT_RESPONSE)
def add_source(new: NewSource, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Follow a new source (curators)."""
    return {"ok": True, "source": _add(db, new).to_json()}


def _pause(db: Store, source_id: SourceId, paused: bool) -> dict[str, Any]:
    try:
        source = queries.set_paused(db, source_id, paused)
    except queries.SourceNotFound:
        raise ApiError(404, f"no source {source_id}") from None
    return {"ok": True, "source": source.to_json()}


@router.post("/api/sources/{source_id}/pause", tags=["sources"], responses=WRITE_ERROR_RESPONSES)
def pause(source_id: SourceId, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Stop polling a source (curators)."""
    return _pause(db, source_id, True)


@router.post("/api/sources/{source_id}/resume", tags=["sources"],
             responses=WRITE_ERROR_RESPONSES)
def resume(source_id: SourceId, who: CuratorDep, db: StoreDep) -> dict[str, Any]:
    """Poll a paused source again, from now (curators)."""
    return _pause(db, source_id, False)


pages = APIRouter(include_in_schema=False)
FormText = Annotated[str, Form(max_length=2000)]
OptionalText = Annotated[str | None, Form(max_length=2000)]


@pages.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    db = store(request)
    found = queries.list_sources(db)
    history = {s.id: queries.fetch_history(db, s.id, 5) for s in found}
    return render(request, "sources.html", sources=found, history=history, error=None)


@pages.post("/sources")
def add_source_form(request: Request, url: FormText, kind: FormText = "auto",
                    every: FormText = "30m", name: OptionalText = None,
                    csrf_token: OptionalText = None) -> Response:
    form_curator(request, csrf_token)
    try:
        new = NewSource(url=url, kind=kind, every=every, name=name)
    except ValueError:
        raise HTTPException(422, "a source needs an http(s) URL and a known kind") from None
    _add(store(request), new)
    return RedirectResponse("/sources", status_code=303)


@pages.post("/sources/{source_id}/{action}")
def pause_form(request: Request, source_id: SourceId, action: str,
               csrf_token: OptionalText = None) -> Response:
    form_curator(request, csrf_token)
    if action not in ("pause", "resume"):
        raise HTTPException(404, "no such action")
    _pause(store(request), source_id, action == "pause")
    return RedirectResponse("/sources", status_code=303)
