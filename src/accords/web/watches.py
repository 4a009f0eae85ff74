"""Watches on the web: the curator's ``/watches`` page and its forms, ``/api/watches``, and
each watch's Atom feed (``/watches/{id}.atom?token=…``, no login: the token is the key).

A curator sees and changes only their own watches; another's is answered 404, as if it
did not exist. Thin calls into ``accords.alerts.watches``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from accords.accounts import Curator
from accords.alerts import feed, watches
from accords.web.deps import (
    WRITE_ERROR_RESPONSES,
    ApiError,
    api_curator,
    form_curator,
    reading_curator,
    render,
    session_curator,
    store,
)

pages = APIRouter(include_in_schema=False)
api = APIRouter(tags=["watches"], responses=WRITE_ERROR_RESPONSES)
OptionalField = Annotated[str | None, Form(max_length=2000)]

FILTER_FIELDS = ("dyad", "kind", "status", "area", "body", "record", "query")


def _reader(request: Request) -> Curator:
    """A curator reading their watches through the API (token or session), else 401."""
    who = reading_curator(request)
    if who is None:
        raise ApiError(401, "log in or send an API token (Authorization: Bearer …)")
    return who


ReaderDep = Annotated[Curator, Depends(_reader)]
WriterDep = Annotated[Curator, Depends(api_curator)]


# --- The feed. ----------------------------------------------------------------------------


@pages.get("/watches/{watch_id}.atom")
def atom(request: Request, watch_id: str, token: str | None = None) -> Response:
    """The watch's Atom feed; 404 without its token (or with a wrong one), 304 if unchanged."""
    db = store(request)
    try:
        watch = watches.feed_watch(db, watch_id, token)
    except watches.WatchNotFound:
        raise HTTPException(404, "no such feed (check the token in its URL)") from None
    events = watches.watch_events(db, watch, limit=feed.ENTRIES)
    tag = feed.etag(watch, events)
    headers = {"ETag": tag, "Cache-Control": "private, max-age=60"}
    asked = [t.strip() for t in request.headers.get("if-none-match", "").split(",")]
    if tag in asked or "*" in asked:
        return Response(status_code=304, headers=headers)
    return Response(feed.atom(watch, events), media_type="application/atom+xml",
                    headers=headers)


# --- The page and its forms. ----------------------------------------------------------------


@pages.get("/watches")
def watches_page(request: Request) -> Response:
    who = session_curator(request)
    if who is None:
        return RedirectResponse("/login?next=/watches", status_code=303)
    db = store(request)
    mine = watches.list_watches(db, who.name)
    return render(request, "watches.html", watches=mine, kinds=watches.EVENT_KINDS,
                  error=None)


@pages.get("/watches/{watch_id}")
def watch_page(request: Request, watch_id: str) -> Response:
    who = session_curator(request)
    if who is None:
        return RedirectResponse(f"/login?next=/watches/{watch_id}", status_code=303)
    db = store(request)
    try:
        watch = watches.get_watch(db, watch_id, who.name)
    except watches.WatchNotFound:
        raise HTTPException(404, f"no watch {watch_id!r} of yours") from None
    events = watches.watch_events(db, watch, limit=50)
    return render(request, "watch.html", watch=watch, events=events,
                  titles=[watches.event_title(e) for e in events],
                  log=watches.delivery_log(db, watch.id))


@pages.post("/watches")
def add_form(
    request: Request,
    name: Annotated[str, Form(max_length=200)],
    csrf_token: OptionalField = None,
    dyad: OptionalField = None,
    kind: OptionalField = None,
    status: OptionalField = None,
    area: OptionalField = None,
    body: OptionalField = None,
    record: OptionalField = None,
    query: OptionalField = None,
    webhook: OptionalField = None,
    secret: OptionalField = None,
    email: OptionalField = None,
) -> Response:
    """Make a watch; the page shows its feed URL and, once, a webhook secret it made."""
    who = form_curator(request, csrf_token)
    db = store(request)
    filters = watches.Filters(dyad=dyad or None, kind=kind or None, status=status or None,
                              area=area or None, body=body or None, record=record or None,
                              query=query or None)
    try:
        made, made_secret = watches.add_watch(db, who.name, name, filters,
                                              webhook_url=webhook or None,
                                              secret=secret or None, email=email or None)
    except watches.WatchError as error:
        return render(request, "watches.html", status=422, kinds=watches.EVENT_KINDS,
                      watches=watches.list_watches(db, who.name), error=str(error))
    return render(request, "watches.html", status=201, kinds=watches.EVENT_KINDS,
                  watches=watches.list_watches(db, who.name), error=None, made=made,
                  made_secret=made_secret if not secret else None)


@pages.post("/watches/{watch_id}/remove")
def remove_form(request: Request, watch_id: str, csrf_token: OptionalField = None) -> Response:
    who = form_curator(request, csrf_token)
    try:
        watches.remove_watch(store(request), watch_id, who.name)
    except watches.WatchNotFound:
        raise HTTPException(404, f"no watch {watch_id!r} of yours") from None
    return RedirectResponse("/watches", status_code=303)


@pages.post("/watches/{watch_id}/enable")
def enable_form(request: Request, watch_id: str, csrf_token: OptionalField = None) -> Response:
    who = form_curator(request, csrf_token)
    try:
        watches.enable_webhook(store(request), watch_id, who.name)
    except watches.WatchNotFound:
        raise HTTPException(404, f"no watch {watch_id!r} of yours") from None
    return RedirectResponse(f"/watches/{watch_id}", status_code=303)


# --- The JSON API. ----------------------------------------------------------------------


class NewWatch(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    dyad: str | None = Field(default=None, max_length=7, description="KAZ-UZB, or one state")
    kind: str | None = Field(default=None, max_length=16)
    status: str | None = Field(default=None, max_length=16)
    area: str | None = Field(default=None, max_length=32)
    body: str | None = Field(default=None, max_length=200)
    record: str | None = Field(default=None, max_length=24)
    query: str | None = Field(default=None, max_length=200)
    events: list[str] = Field(default_factory=list, max_length=20)
    webhook: str | None = Field(default=None, max_length=2000)
    secret: str | None = Field(default=None, max_length=200, description="whsec_…")
    email: str | None = Field(default=None, max_length=320)


@api.get("/api/watches")
def list_api(request: Request, who: ReaderDep) -> dict[str, Any]:
    """The curator's own watches."""
    return {"ok": True, "watches": [w.to_dict() for w in watches.list_watches(
        store(request), who.name)]}


@api.post("/api/watches", status_code=201)
def add_api(request: Request, new: NewWatch, who: WriterDep) -> dict[str, Any]:
    """Make a watch for the curator; the answer carries its feed URL and the webhook secret
    (the one given, or a new one: shown this once)."""
    filters = watches.Filters(**{k: getattr(new, k) for k in FILTER_FIELDS},
                              events=list(new.events))
    try:
        made, secret = watches.add_watch(store(request), who.name, new.name, filters,
                                         webhook_url=new.webhook, secret=new.secret,
                                         email=new.email)
    except watches.WatchError as error:
        raise ApiError(422, str(error)) from None
    return {"ok": True, "watch": made.to_dict(), "secret": secret}


@api.get("/api/watches/{watch_id}")
def get_api(request: Request, watch_id: str, who: ReaderDep) -> dict[str, Any]:
    """One of the curator's watches, its latest events and its delivery log."""
    db = store(request)
    try:
        watch = watches.get_watch(db, watch_id, who.name)
    except watches.WatchNotFound:
        raise ApiError(404, f"no watch {watch_id!r} of yours") from None
    return {"ok": True, "watch": watch.to_dict(),
            "events": [watches.event_dict(e) for e in watches.watch_events(db, watch)],
            "log": watches.delivery_log(db, watch.id)}


@api.delete("/api/watches/{watch_id}")
def remove_api(request: Request, watch_id: str, who: WriterDep) -> dict[str, Any]:
    """Delete one of the curator's watches."""
    try:
        watches.remove_watch(store(request), watch_id, who.name)
    except watches.WatchNotFound:
        raise ApiError(404, f"no watch {watch_id!r} of yours") from None
    return {"ok": True}
