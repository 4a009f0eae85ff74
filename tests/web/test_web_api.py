"""The read-only JSON API over the sample corpus (shared/DESIGN.md, "The HTTP API")."""

from __future__ import annotations

from accords.web.api import decode_cursor, encode_cursor


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "status": 200}


def test_dyads_lists_every_corpus_pair_most_active_first(client):
    dyads = client.get("/api/dyads").json()
    names = [d["dyad"] for d in dyads]
    assert {"HUN-RUS", "LAO-VNM", "BGD-IND", "ZMB-ZWE"} <= set(names)
    hun = next(d for d in dyads if d["dyad"] == "HUN-RUS")
    assert hun["articles"] == 3 and hun["by_kind"]["meeting"] >= 2
    assert [d["records"] for d in dyads] == sorted((d["records"] for d in dyads), reverse=True)


def test_records_filters_by_dyad_kind_and_status(client):
    body = client.get(
        "/api/records",
        params={"dyad": "HUN-RUS", "kind": "instrument", "status": "signed", "limit": 200},
    ).json()
    assert body["ok"] is True and body["records"]
    assert all(
        r["dyad"] == "HUN-RUS" and r["kind"] == "instrument" and r["status"] == "signed"
        for r in body["records"]
    )
    assert any(r["attrs"].get("kind") == "protocol" for r in body["records"])


def test_records_filter_by_area_and_dates(client):
    energy = client.get("/api/records", params={"area": "energy", "limit": 200}).json()["records"]
    assert energy and all("energy" in r["attrs"]["areas"] for r in energy)
    dated = client.get(
        "/api/records", params={"since": "2025-10-01", "until": "2025-10-31", "limit": 200}
    ).json()["records"]
    # A record overlaps October 2025: dated in it, or dated only as vaguely as "2025".
    assert dated and all(
        r["date"].startswith("2025-10") or "2025-10".startswith(r["date"]) for r in dated
    )
    assert any(
        r["label"].startswith("Intergovernmental Commission for Economic Cooperation")
        for r in dated
    )


def test_record_pages_walk_the_whole_list_once(client):
    everything = client.get("/api/records", params={"limit": 200}).json()
    assert everything["next_cursor"] is None
    seen, cursor = [], None
    while True:
        params = {"limit": 7} | ({"cursor": cursor} if cursor else {})
        page = client.get("/api/records", params=params).json()
        assert len(page["records"]) <= 7
        seen += [r["id"] for r in page["records"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [r["id"] for r in everything["records"]]
    assert len(seen) == len(set(seen)) > 50


def test_cursor_round_trips_and_garbage_is_a_400_envelope(client):
    assert decode_cursor(encode_cursor(["2025", "a label", "r1"])) == ["2025", "a label", "r1"]
    for bad in ("zz", "bm90IGpzb24", encode_cursor(["only", "two"])):  # type: ignore[list-item]
        response = client.get("/api/records", params={"cursor": bad})
        assert response.status_code == 400
        assert response.json()["ok"] is False and "cursor" in response.json()["error"]


def test_error_envelope_is_one_shape(client):
    """Pinned: every API error is exactly {"ok": false, "error": str, "status": int}."""
    cases = [
        ("/api/records/r-no-such-record", 404),
        ("/api/articles/0000000000000000", 404),
        ("/api/no-such-route", 404),
        ("/api/records?limit=0", 422),
        ("/api/records?limit=nine", 422),
    ]
    for path, status in cases:
        response = client.get(path)
        assert response.status_code == status, path
        body = response.json()
        assert set(body) == {"ok", "error", "status"}, path
        assert body["ok"] is False and body["status"] == status
        assert isinstance(body["error"], str) and body["error"]
    assert client.delete("/api/dyads").json()["status"] == 405


def test_record_carries_attributes_and_supporting_sentences(client):
    records = client.get(
        "/api/records", params={"dyad": "HUN-RUS", "kind": "meeting", "status": "held"}
    ).json()["records"]
    session = next(r for r in records if r["attrs"].get("number") == 16)
    record = client.get(f"/api/records/{session['id']}").json()["record"]
    assert record["attrs"]["place"] == "Budapest" and record["attrs"]["date"] == "2025-10-07"
    assert record["support"], "a record without its sentences"
    for support in record["support"]:
        article = client.get(f"/api/articles/{support['article_id']}").json()["article"]
        for evidence in support["evidence"]:
            assert article["text"][evidence["start"] : evidence["end"]] == evidence["text"]
            assert evidence["text"] in evidence["sentence"]
        assert support["evidence"][0]["sentence"] == support["sentence"]
    assert client.get(f"/api/records/{session['id'][:8]}").json()["record"]["id"] == session["id"]


def test_articles_newest_first_by_dyad_and_search(client):
    articles = client.get("/api/articles", params={"limit": 200}).json()["articles"]
    dated = [a["published"] for a in articles if a["published"]]
    assert dated == sorted(dated, reverse=True)
    assert articles[-1]["published"] is None  # undated last
    hun = client.get("/api/articles", params={"dyad": "HUN-RUS"}).json()["articles"]
    assert {a["name"] for a in hun} == {
        "hun-rus-prep-talks",
        "hun-rus-igc-budapest",
        "hun-rus-budapest-wire",
    }
    found = client.get("/api/articles", params={"q": "Stipendium Hungaricum"}).json()["articles"]
    assert found and all(a["name"].startswith("hun-rus") for a in found)
    assert client.get("/api/articles", params={"q": "%"}).json()["articles"] == []


def test_articles_paginate(client):
    all_ids = [a["id"] for a in client.get("/api/articles?limit=200").json()["articles"]]
    first = client.get("/api/articles?limit=10").json()
    second = client.get(
        "/api/articles", params={"limit": 10, "cursor": first["next_cursor"]}
    ).json()
    assert [a["id"] for a in first["articles"] + second["articles"]] == all_ids[:20]


def test_article_has_text_repairs_trimmed_and_fact_spans(client):
    hun = client.get("/api/articles", params={"dyad": "HUN-RUS"}).json()["articles"]
    prep = next(a for a in hun if a["name"] == "hun-rus-prep-talks")
    article = client.get(f"/api/articles/{prep['id']}").json()["article"]
    assert "Szűcs" in article["text"]  # repaired from cp874 mojibake
    assert any("cp874" in r["kind"] for r in article["repairs"])
    assert article["trimmed"], "the boilerplate Accords cut should be listed"
    kinds = {f["kind"] for f in article["facts"]}
    assert {"dyad", "meeting", "person"} <= kinds
    for fact in article["facts"]:
        for e in fact["evidence"]:
            assert article["text"][e["start"] : e["end"]] in e["sentence"]
    assert any(f["record_id"] for f in article["facts"] if f["kind"] == "meeting")


def test_openapi_names_the_design_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/healthz",
        "/api/dyads",
        "/api/records",
        "/api/records/{record_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/facts",
        "/api/evidence",
        "/api/search",
    ):
        assert "get" in paths[route], route
    for action in ("accept", "reject", "merge", "split"):
        assert "post" in paths[f"/api/records/{{record_id}}/{action}"], action
    for route in ("/api/dyads", "/api/records", "/api/articles", "/api/facts", "/api/evidence"):
        content = paths[route]["get"]["responses"]["200"]["content"]
        assert {"application/json", "text/csv", "application/x-ndjson"} <= set(content), route
    assert "/dyads/{dyad}" not in paths  # pages stay out of the API spec
