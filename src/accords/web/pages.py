"""The public HTML pages: home, search, dyad dashboard, records, record, article, network."""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accords import registry
from accords.country_labels import countries_in, resolve_dyad
from accords.model import RecordKind
from accords.store import queries, search
from accords.web import svg
from accords.web.deps import render, store
from accords.web.highlight import highlight

router = APIRouter(include_in_schema=False)
DYAD = re.compile(r"^[A-Z]{3}-[A-Z]{3}$")
Text = Annotated[str | None, Query(max_length=200)]
#: Articles listed on a dyad's page (the newest; the rest are a download away).
DYAD_ARTICLES = 30
#: Records listed per section of a dyad's page; the rest are a link away (``/records``).
DYAD_SECTION = 20

#: Instrument statuses that count as done (signed or further along).
SIGNED = ("signed", "ratified", "in_force")


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    db = store(request)
    return render(
        request,
        "home.html",
        dyads=registry.dyad_summaries(db, limit=12),
        recent=registry.recent(db, limit=15),
        articles=queries.list_articles(db, limit=8),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Text = None) -> HTMLResponse:
    """Full-text search (``store/search.py``): records by label and attributes, articles by title
    and text, best match first, each article with the passage that matched."""
    query = (q or "").strip()
    parsed = search.parse(query)
    return render(
        request,
        "search.html",
        q=query,
        searchable=bool(parsed),
        dyads=_dyads_named(store(request), query),
        **registry.search_results(store(request), parsed),
    )


def _dyads_named(db: Any, query: str) -> list[Any]:
    """The dyads with records that a search names: the pair itself ("Hungary Russia",
    "HUN-RUS", "hungary-russia"), or every pair of the one country it names."""
    if not query:
        return []
    key = resolve_dyad(query)
    if key:
        return registry.dyad_summaries(db, dyad=key)
    named = countries_in(query)
    if len(named) != 1:
        return []
    return [s for s in registry.dyad_summaries(db) if named[0] in s.dyad.split("-")][:20]


def _timeline_entries(found: list[Any]) -> list[dict[str, str]]:
    return [
        {
            "date": e.date,
            "kind": str(e.kind),
            "status": e.status,
            "label": e.label,
            "href": f"/records/{e.record_id}",
        }
        for e in registry.timeline_of(found)
    ]


def canonical_dyad(dyad: str) -> str | None:
    """The key a pair in a URL names (``HUN-RUS``, ``HU-RU``, ``hungary-russia``), or None."""
    return dyad if DYAD.match(dyad) and dyad == "-".join(sorted(dyad.split("-"))) \
        else resolve_dyad(dyad)


@router.get("/dyads/{dyad}", response_class=HTMLResponse, response_model=None)
def dyad_page(request: Request, dyad: str) -> Response:
    key = canonical_dyad(dyad)
    if key and key != dyad:
        return RedirectResponse(f"/dyads/{key}", status_code=301)
    dyad = dyad.upper()
    db = store(request)
    summary = registry.dyad_summaries(db, dyad=dyad)[:1] if DYAD.match(dyad) else []
    if not summary:
        raise HTTPException(404, f"no records for the dyad {dyad!r}")
    found = registry.records(db, dyad=dyad, brief=True)
    by_kind: dict[str, list[Any]] = {str(k): [] for k in RecordKind}
    for record in found:
        by_kind[str(record.kind)].append(record)
    meetings, instruments = by_kind["meeting"], by_kind["instrument"]
    areas = Counter(
        a for r in found if r.kind is not RecordKind.PERSON for a in (r.attrs.get("areas") or [])
    )
    chart = svg.bar_chart([(a, n, f"/records?dyad={dyad}&area={a}") for a, n in areas.items()])
    link = f"/records?dyad={dyad}&kind="
    articles = queries.dyad_articles(db, dyad, limit=DYAD_ARTICLES)
    return render(
        request,
        "dyad.html",
        dyad=dyad,
        summary=summary[0],
        bodies=_section(by_kind["body"], link + "body", by_reports=True),
        meetings=_section(meetings, link + "meeting"),
        signed=_section([r for r in instruments if r.status in SIGNED],
                        link + "instrument&status=" + ",".join(SIGNED)),
        pending=_section([r for r in instruments if r.status == "planned"],
                         link + "instrument&status=planned"),
        other=_section([r for r in instruments if r.status not in (*SIGNED, "planned")],
                       link + "instrument"),
        next_meetings=_section([r for r in meetings if r.status == "planned"],
                               link + "meeting&status=planned", limit=5)["items"],
        programmes=_section(by_kind["programme"], link + "programme", by_reports=True),
        people=_section(by_kind["person"], link + "person", by_reports=True),
        quotes=articles["quotes"],
        chart=chart,
        timeline=svg.timeline(
            _timeline_entries(found),
            more_href=lambda kind, first, last: f"{link}{kind}&since={first}&until={last}"),
        colours=svg.STATUS_COLOURS,
        articles=articles["articles"],
        article_count=articles["count"],
    )


def _section(records: list[Any], href: str, *, by_reports: bool = False,
             limit: int | None = None) -> dict[str, Any]:
    """One list of a dyad's page: its first ``limit`` (``DYAD_SECTION``) records — newest
    first (undated last), or most reported first — how many there are, where all are."""
    limit = DYAD_SECTION if limit is None else limit
    ordered = sorted(records, key=lambda r: r.label)
    if by_reports:
        ordered.sort(key=lambda r: r.reports, reverse=True)
    else:
        ordered.sort(key=lambda r: r.date or "", reverse=True)
    return {"items": ordered[:limit], "total": len(records), "href": href}


@router.get("/records", response_class=HTMLResponse)
def records_page(
    request: Request,
    dyad: Text = None,
    kind: Text = None,
    status: Text = None,
    area: Text = None,
    state: Text = None,
    since: Text = None,
    until: Text = None,
) -> HTMLResponse:
    found = registry.records(
        store(request), dyad=dyad, kind=kind, area=area, state=state, since=since, until=until,
        status=status.split(",") if status else None,  # "signed,ratified": either
        brief=True,
    )
    filters = {
        k: v
        for k, v in (
            ("dyad", dyad),
            ("kind", kind),
            ("status", status),
            ("area", area),
            ("state", state),
            ("since", since),
            ("until", until),
        )
        if v
    }
    return render(request, "records.html", records=found[:500], total=len(found), filters=filters)


@router.get("/records/{record_id}", response_class=HTMLResponse)
def record_page(request: Request, record_id: str) -> HTMLResponse:
    db = store(request)
    try:
        record = registry.get_record(db, record_id)
    except registry.RecordNotFound:
        raise HTTPException(404, f"no record {record_id!r}") from None
    evidence = queries.evidence_for(db, record.fact_ids)
    support = {s.fact_id: s for s in record.support}
    # Records a curator could merge into this one: the same kind, in the same dyad.
    candidates = [
        r
        for r in registry.records(db, dyad=record.dyad, kind=record.kind)
        if r.id != record.id and r.dyad == record.dyad
    ][:200]
    return render(
        request,
        "record.html",
        record=record,
        evidence=evidence,
        support=support,
        history=registry.history(db, record.id),
        colours=svg.STATUS_COLOURS,
        candidates=candidates,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: str, fact: Annotated[int | None, Query(ge=0, le=2**62)] = None
) -> HTMLResponse:
    article = queries.get_article(store(request), article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    facts = [f for f in article["facts"] if f["kind"] not in ("dyad",)]
    return render(
        request,
        "article.html",
        article=article,
        segments=highlight(article),
        facts=facts,
        target=fact,
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    summaries = registry.dyad_summaries(store(request))
    picture = svg.network([(s.dyad, s.records) for s in summaries])
    return render(request, "network.html", picture=picture, dyads=summaries)
