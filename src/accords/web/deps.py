"""What every route needs: the store, the templates, who is asking, and the error shape."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel

from accords import accounts
from accords.country_labels import dyad_name
from accords.store.db import Store

#: The browser's login session (HttpOnly, SameSite=Lax) and, for visitors who are not
#: logged in (the login form), the double-submit CSRF cookie.
SESSION_COOKIE = "accords_session"
CSRF_COOKIE = "accords_csrf"

TEMPLATES = Path(__file__).with_name("templates")

#: Autoescape on for every template: article text and extracted values are untrusted.
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                  lstrip_blocks=True)


def http_url(value: object) -> str | None:
    """A URL fit for an ``href``: http(s) only, so a stored ``javascript:`` URL never links."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def public_source(source: object) -> str | None:
    """What a visitor who is not a curator may see of an article's source: the input's file
    name only, with its ``:LINE`` (JSON Lines) or ``@OFFSET`` (web archive) suffix, never
    the server's directories (``/srv/corpus/wire.jsonl:3`` → ``wire.jsonl:3``)."""
    if source is None:
        return None
    text = str(source)
    return text.replace("\\", "/").rsplit("/", 1)[-1]


env.filters["http_url"] = http_url
env.filters["dyad_name"] = dyad_name
env.filters["public_source"] = public_source


class ErrorEnvelope(BaseModel):
    """Every API error: ``{"ok": false, "error": "what went wrong", "status": 404}``."""

    ok: bool = False
    error: str
    status: int


#: The error statuses the API answers with, all in the envelope (for the OpenAPI spec).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorEnvelope, "description": why} for code, why in (
        (400, "Bad request (a malformed cursor)"), (404, "Not found"),
        (422, "Invalid parameters"))
}
WRITE_ERROR_RESPONSES: dict[int | str, dict[str, Any]] = ERROR_RESPONSES | {
    code: {"model": ErrorEnvelope, "description": why} for code, why in (
        (401, "Not logged in and no API token"), (403, "Wrong or missing CSRF token"),
        (413, "Upload too large"))
}
CONFLICT_RESPONSE: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorEnvelope, "description": "Exists already"}}


class ApiError(HTTPException):
    """An error the API reports in its envelope: ``{"ok": false, "error", "status"}``."""


def envelope(status: int, error: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": error, "status": status}, status_code=status)


def store(request: Request) -> Store:
    return request.app.state.store


def session_curator(request: Request) -> accounts.Curator | None:
    return accounts.lookup(store(request), request.cookies.get(SESSION_COOKIE), "session")


def bearer_curator(request: Request) -> accounts.Curator | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return accounts.lookup(store(request), token.strip(), "api")


def reading_curator(request: Request) -> accounts.Curator | None:
    """Who reads the API: a curator by API token or by session (no CSRF: reads change nothing),
    else None."""
    return bearer_curator(request) or session_curator(request)


def api_curator(request: Request) -> accounts.Curator:
    """A curator for an API write: an API token, or a session with the CSRF header."""
    who = bearer_curator(request)
    if who is not None:
        return who
    who = session_curator(request)
    if who is None:
        raise ApiError(401, "log in or send an API token (Authorization: Bearer …)")
    if not accounts.same_token(who.csrf, request.headers.get("x-csrf-token")):
        raise ApiError(403, "missing or wrong CSRF token (X-CSRF-Token header)")
    return who


def form_curator(request: Request, csrf_token: str | None) -> accounts.Curator:
    """A curator for an HTML form post: a session, and the form's CSRF token must match it."""
    who = session_curator(request)
    if who is None:
        raise HTTPException(401, "log in as a curator to do this")
    if not accounts.same_token(who.csrf, csrf_token):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page")
    return who


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page: the template with the visitor (curator or None) and a CSRF token for forms."""
    who = session_curator(request)
    anon_csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    csrf = who.csrf if who else anon_csrf
    html = env.get_template(name).render(request=request, curator=who, csrf=csrf, **context)
    response = HTMLResponse(html, status_code=status)
    if who is None and request.cookies.get(CSRF_COOKIE) != anon_csrf:
        response.set_cookie(CSRF_COOKIE, anon_csrf, httponly=True, samesite="lax")
    return response
