"""Every API list as a download (``?format=csv|jsonl``): all pages, the list's filters,
streamed, and CSV cells a spreadsheet would run as formulas neutralised."""

from __future__ import annotations

import csv
import io
import json

import pytest
from webdb import CURATOR

from accords import accounts
from accords.web.export import cell, csv_lines


def rows(response) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(response.text)))


def lines(response) -> list[dict]:
    return [json.loads(line) for line in response.text.splitlines()]


def walk(client, path: str, key: str, **params) -> list[dict]:
    """Every item of a JSON list, page by page."""
    found, cursor = [], None
    while True:
        page = client.get(
            path, params=params | {"limit": 7} | ({"cursor": cursor} if cursor else {})
        )
        assert page.status_code == 200, page.text
        found += page.json()[key]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return found


@pytest.mark.parametrize(
    ("path", "key"),
    [
        ("/api/records", "records"),
        ("/api/articles", "articles"),
        ("/api/facts", "facts"),
        ("/api/evidence", "evidence"),
    ],
)
def test_downloads_hold_every_page(client, path, key):
    paged = walk(client, path, key)
    assert len(paged) > 7  # more than one page
    jsonl = client.get(path, params={"format": "jsonl", "limit": 1})  # limit is for pages only
    assert jsonl.status_code == 200
    assert jsonl.headers["content-type"].startswith("application/x-ndjson")
    assert lines(jsonl) == paged
    table = client.get(path, params={"format": "csv"})
    assert table.headers["content-type"].startswith("text/csv")
    assert table.headers["content-disposition"] == f'attachment; filename="{key}.csv"'
    assert [r["id"] for r in rows(table)] == [str(item["id"]) for item in paged]


def test_downloads_apply_the_lists_filters(client):
    params = {"dyad": "HUN-RUS", "kind": "instrument"}
    paged = walk(client, "/api/records", "records", **params)
    assert paged and all(r["dyad"] == "HUN-RUS" for r in paged)
    table = rows(client.get("/api/records", params=params | {"format": "csv"}))
    assert [r["id"] for r in table] == [r["id"] for r in paged]
    assert {r["kind"] for r in table} == {"instrument"}
    first = table[0]
    assert set(first) == {
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
    }
    assert json.loads(first["attrs"]) == paged[0]["attrs"]  # nested values are JSON in a cell

    article = walk(client, "/api/articles", "articles", dyad="HUN-RUS")[0]["id"]
    facts = lines(client.get("/api/facts", params={"article": article, "format": "jsonl"}))
    assert facts and {f["article_id"] for f in facts} == {article}
    spans = lines(client.get("/api/evidence", params={"article": article, "format": "jsonl"}))
    text = client.get(f"/api/articles/{article}").json()["article"]["text"]
    assert spans and all(text[e["start"] : e["end"]] == e["text"] for e in spans)

    dyads = rows(client.get("/api/dyads", params={"format": "csv"}))
    assert [d["dyad"] for d in dyads] == [d["dyad"] for d in client.get("/api/dyads").json()]
    found = lines(client.get("/api/articles", params={"q": "Paks", "format": "jsonl"}))
    assert found == client.get("/api/articles", params={"q": "Paks"}).json()["articles"]


def test_facts_and_evidence_page_by_id(client):
    facts = walk(client, "/api/facts", "facts", kind="meeting")
    ids = [f["id"] for f in facts]
    assert ids == sorted(set(ids)) and {f["kind"] for f in facts} == {"meeting"}
    record = next(f["record_id"] for f in facts if f["record_id"])
    of_record = walk(client, "/api/facts", "facts", record=record)
    assert of_record and {f["record_id"] for f in of_record} == {record}
    assert client.get("/api/facts", params={"cursor": "bm90IGpzb24"}).status_code == 400
    assert (
        client.get("/api/evidence", params={"fact": ids[0]}).json()["evidence"][0]["fact_id"]
        == ids[0]
    )


def test_csv_neutralises_formulas(writable):
    token = accounts.new_api_token(writable.app.state.store, CURATOR)
    headers = {"Authorization": f"Bearer {token}"}
    rid = writable.get("/api/records?dyad=HUN-RUS&kind=meeting").json()["records"][0]["id"]
    formula = '=HYPERLINK("http://evil.example","x")'
    for field, value in (("label", formula), ("place", "@SUM(A1)"), ("status", "-1+2")):
        response = writable.patch(
            f"/api/records/{rid}", headers=headers, json={"field": field, "value": value}
        )
        assert response.status_code == 200, response.text
    table = rows(writable.get("/api/records", params={"format": "csv", "dyad": "HUN-RUS"}))
    row = next(r for r in table if r["id"] == rid)
    assert row["label"] == "'" + formula
    assert row["status"] == "'-1+2"
    assert json.loads(row["attrs"])["place"] == "@SUM(A1)"  # inside JSON, not at a cell's start
    assert all(not v.startswith(("=", "+", "-", "@")) for r in table for v in r.values())
    # JSON Lines is data, not a spreadsheet: values are as stored.
    found = lines(writable.get("/api/records", params={"format": "jsonl", "dyad": "HUN-RUS"}))
    assert next(r for r in found if r["id"] == rid)["label"] == formula


def test_cells():
    assert [cell(v) for v in ("=1+1", "+1", "-x", "@a", "\tx", "\rx", "a=b", "")] == [
        "'=1+1",
        "'+1",
        "'-x",
        "'@a",
        "'\tx",
        "'\rx",
        "a=b",
        "",
    ]
    assert [cell(v) for v in (None, True, -3, 2.5, ["a", "=b"], {"k": 1})] == [
        "",
        "true",
        "-3",
        "2.5",
        '["a", "=b"]',
        '{"k": 1}',
    ]


def test_csv_is_written_in_chunks():
    chunks = list(csv_lines(({"a": i} for i in range(1000)), ["a"]))
    assert len(chunks) > 3  # streamed as it is read, not built whole
    assert "".join(chunks).splitlines() == ["a"] + [str(i) for i in range(1000)]


def test_unknown_format_is_a_422(client):
    response = client.get("/api/records", params={"format": "xlsx"})
    assert response.status_code == 422 and response.json()["ok"] is False
