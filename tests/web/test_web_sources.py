"""/sources and /api/sources: anyone reads sources' health; curators add, pause and resume
(form with CSRF, or the API with a token)."""

from __future__ import annotations

import re

from webdb import CURATOR, PASSWORD

from accords import accounts


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def _login(client) -> str:
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"name": CURATOR, "password": PASSWORD,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    return _csrf(client.get("/sources").text)


def test_only_curators_add_and_pause(writable) -> None:
    anonymous = writable.post("/api/sources", json={"url": "https://news.example/feed.xml"})
    assert anonymous.status_code == 401
    assert writable.post("/sources", data={"url": "https://news.example/feed.xml",
                                           "csrf_token": "x"}).status_code == 401
    assert "Add a source" not in writable.get("/sources").text
    token = _login(writable)
    assert writable.post("/sources", data={"url": "https://news.example/feed.xml",
                                           "csrf_token": "wrong"}).status_code == 403
    added = writable.post("/sources", data={"url": "https://news.example/feed.xml",
                                            "kind": "rss", "every": "1h", "name": "Example",
                                            "csrf_token": token}, follow_redirects=False)
    assert added.status_code == 303
    listed = writable.get("/api/sources").json()
    assert listed["ok"] and [s["url"] for s in listed["sources"]] == ["https://news.example/feed.xml"]
    source = listed["sources"][0]
    assert source["kind"] == "rss" and source["every"] == 3600 and source["paused"] is False
    assert writable.post(f"/sources/{source['id']}/pause",
                         data={"csrf_token": token}).status_code == 200  # redirected to /sources
    page = writable.get("/sources").text
    assert "Example" in page and "paused" in page and "Resume" in page
    detail = writable.get(f"/api/sources/{source['id']}").json()["source"]
    assert detail["paused"] is True and detail["history"] == []
    assert writable.get("/api/sources/999").status_code == 404


def test_api_token_adds_and_duplicates_conflict(writable) -> None:
    store = writable.app.state.store
    api_token = accounts.new_api_token(store, CURATOR)
    headers = {"Authorization": f"Bearer {api_token}"}
    body = {"url": "https://news.example/sitemap.xml", "kind": "sitemap"}
    assert writable.post("/api/sources", json=body, headers=headers).status_code == 201
    assert writable.post("/api/sources", json=body, headers=headers).status_code == 409
    bad = writable.post("/api/sources", json={"url": "file:///etc/passwd"}, headers=headers)
    assert bad.status_code == 422
    paused = writable.post("/api/sources/1/pause", headers=headers).json()
    assert paused["source"]["paused"] is True
    resumed = writable.post("/api/sources/1/resume", headers=headers).json()
    assert resumed["source"]["paused"] is False
