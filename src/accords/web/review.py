"""Curators' pages: log in and out, the review queue, and its accept/reject/edit/merge/split
forms (each a thin call into ``accords.registry``, which keeps the history)."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accords import accounts, registry
from accords.model import CurationState, RawDocument
from accords.registry.review import parse_value
from accords.web.api_write import READ_ONLY_FIELDS, ingest_bytes, max_upload
from accords.web.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    form_curator,
    render,
    session_curator,
    store,
)
from accords.web.ratelimit import LoginLimiter

router = APIRouter(include_in_schema=False)
Field = Annotated[str, Form(max_length=2000)]
OptionalField = Annotated[str | None, Form(max_length=2000)]


def _safe_next(target: str | None) -> str:
    """Only a local path: never redirect a curator off the site after logging in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/review"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request,
    name: Field,
    password: Field,
    csrf_token: OptionalField = None,
    next: OptionalField = None,
) -> Response:
    # The form carries the anonymous CSRF cookie's token, or the session's when a curator
    # who is logged in already logs in again (the page was rendered for that session).
    who = session_curator(request)
    if not (
        accounts.same_token(request.cookies.get(CSRF_COOKIE), csrf_token)
        or (who is not None and accounts.same_token(who.csrf, csrf_token))
    ):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page")
    db = store(request)
    limiter: LoginLimiter = request.app.state.login_limiter
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(name, address)
    if wait is not None:
        minutes = math.ceil(wait / 60)
        response = render(
            request,
            "login.html",
            status=429,
            next=_safe_next(next),
            error=f"Too many failed logins: try again in {minutes} minute"
            f"{'s' if minutes != 1 else ''}.",
        )
        response.headers["Retry-After"] = str(wait)
        return response
    if not accounts.check_password(db, name, password):
        limiter.failed(name, address)
        return render(
            request,
            "login.html",
            status=401,
            next=_safe_next(next),
            error="Unknown user or wrong password.",
        )
    limiter.succeeded(name, address)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        accounts.start_session(db, name),
        httponly=True,
        samesite="lax",
        max_age=accounts.SESSION_DAYS * 86400,
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: OptionalField = None) -> Response:
    form_curator(request, csrf_token)
    accounts.end_session(store(request), request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/review", response_class=HTMLResponse)
def review_queue(request: Request, dyad: str | None = None) -> Response:
    if session_curator(request) is None:
        return RedirectResponse("/login?next=/review", status_code=303)
    db = store(request)
    queue = registry.records(db, dyad=dyad or None, state=CurationState.PROPOSED)
    queue.sort(key=lambda r: (-r.reports, r.dyad or "", str(r.kind), r.label))
    recent = list(reversed(registry.history(db)))[:15]
    return render(
        request, "review.html", queue=queue[:200], total=len(queue), recent=recent, dyad=dyad
    )


@router.post("/review/{record_id}/merge")
def merge_form(
    request: Request,
    record_id: str,
    csrf_token: OptionalField = None,
    source: OptionalField = None,
    note: OptionalField = None,
) -> Response:
    """Fold the record ``source`` into this one (``registry.merge``); show the result."""
    who = form_curator(request, csrf_token)
    if not source or not source.strip():
        raise HTTPException(422, "choose the record to merge into this one")
    try:
        merged = registry.merge(
            store(request), record_id, source.strip(), by=who.name, note=note or None
        )
    except registry.RecordNotFound as error:
        raise HTTPException(404, str(error)) from None
    except registry.CurationError as error:
        raise HTTPException(422, str(error)) from None
    return RedirectResponse(f"/records/{merged.id}", status_code=303)


@router.post("/review/{record_id}/split")
def split_form(
    request: Request,
    record_id: str,
    csrf_token: OptionalField = None,
    fact: Annotated[list[str] | None, Form()] = None,
    note: OptionalField = None,
) -> Response:
    """Move the ticked facts to a new record (``registry.split``); show the new record."""
    who = form_curator(request, csrf_token)
    if not fact:
        raise HTTPException(422, "tick the sentences (facts) to split off")
    if not all(f.isdigit() and len(f) <= 18 for f in fact):
        raise HTTPException(422, "a fact is named by its number")
    ids = [int(f) for f in fact]
    try:
        _old, new = registry.split(store(request), record_id, ids, by=who.name, note=note or None)
    except registry.RecordNotFound as error:
        raise HTTPException(404, str(error)) from None
    except registry.CurationError as error:
        raise HTTPException(422, str(error)) from None
    return RedirectResponse(f"/records/{new.id}", status_code=303)


@router.post("/review/{record_id}/{action}")
def review_action(
    request: Request,
    record_id: str,
    action: str,
    csrf_token: OptionalField = None,
    field: OptionalField = None,
    value: OptionalField = None,
    note: OptionalField = None,
) -> Response:
    who = form_curator(request, csrf_token)
    db = store(request)
    try:
        if action == "accept":
            registry.accept(db, record_id, by=who.name, note=note or None)
        elif action == "reject":
            registry.reject(db, record_id, by=who.name, note=note or None)
        elif action == "edit":
            if not field or not field.isidentifier() or field in READ_ONLY_FIELDS:
                raise HTTPException(422, "name an attribute to edit")
            registry.edit(
                db, record_id, field, parse_value(value or ""), by=who.name, note=note or None
            )
        else:
            raise HTTPException(404, f"no review action {action!r}")
    except registry.RecordNotFound:
        raise HTTPException(404, f"no record {record_id!r}") from None
    back = request.headers.get("referer", "")
    target = f"/records/{record_id}" if "/records/" in back else "/review"
    return RedirectResponse(target, status_code=303)


@router.post("/review/upload")
def upload_form(
    request: Request,
    file: Annotated[UploadFile, File()],
    csrf_token: OptionalField = None,
    published: OptionalField = None,
) -> Response:
    """Ingest one uploaded article (text or HTML file, size-limited); show it."""
    who = form_curator(request, csrf_token)
    limit = max_upload()
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"upload larger than {limit} bytes")
    if not data:
        raise HTTPException(422, "empty upload")
    name = (file.filename or "upload").rsplit("/", 1)[-1][:120]
    stem, _, suffix = name.rpartition(".")
    date = published if published and len(published) == 10 and published[4] == "-" else None
    raw = RawDocument(
        id=stem or name,
        source=f"upload:{who.name}:{name}",
        data=data,
        is_html=suffix.lower() in ("html", "htm"),
        published=date,
    )
    result = ingest_bytes(request, raw)
    return RedirectResponse(f"/articles/{result['article_id']}", status_code=303)
