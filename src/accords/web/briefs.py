"""A pair's briefing as a page and as a PDF: ``/dyads/HUN-RUS/brief`` and ``…/brief.pdf``
(``briefing/``); other spellings of the pair redirect to its key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accords.briefing import NoSuchDyad, PdfUnavailable, build, to_html, to_pdf
from accords.briefing.render import css
from accords.web.deps import store
from accords.web.pages import canonical_dyad

router = APIRouter(include_in_schema=False)
Since = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]


def _briefing(request: Request, dyad: str, since: str | None):  # type: ignore[no-untyped-def]
    try:
        return build(store(request), dyad, since=since)
    except NoSuchDyad as error:
        raise HTTPException(404, str(error)) from None


def _redirect(dyad: str, suffix: str, since: str | None) -> Response | None:
    key = canonical_dyad(dyad)
    if key is None:
        raise HTTPException(404, f"{dyad!r} names no pair of countries")
    if key != dyad:
        query = f"?since={since}" if since else ""
        return RedirectResponse(f"/dyads/{key}/{suffix}{query}", status_code=301)
    return None


@router.get("/brief.css")
def brief_css() -> Response:
    return Response(css(), media_type="text/css; charset=utf-8")


@router.get("/dyads/{dyad}/brief", response_class=HTMLResponse, response_model=None)
def brief_page(request: Request, dyad: str, since: Since = None) -> Response:
    moved = _redirect(dyad, "brief", since)
    if moved is not None:
        return moved
    return HTMLResponse(to_html(_briefing(request, dyad, since), css_href="/brief.css"))


@router.get("/dyads/{dyad}/brief.pdf", response_model=None)
def brief_pdf(request: Request, dyad: str, since: Since = None) -> Response:
    moved = _redirect(dyad, "brief.pdf", since)
    if moved is not None:
        return moved
    briefing = _briefing(request, dyad, since)
    try:
        pdf = to_pdf(briefing)
    except PdfUnavailable as error:
        raise HTTPException(503, str(error)) from None
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="briefing-{dyad}.pdf"'})
