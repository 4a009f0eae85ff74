"""The app over SQLite and PostgreSQL alike: the same pages, API, search and curation."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webdb import CORPUS

from accords import accounts, registry
from accords.store.db import Store
from accords.web.app import create_app
from accords.workflow import ingest

HUN_RUS = [str(CORPUS / f) for f in ("hun-rus-prep-talks.txt", "hun-rus-igc-budapest.html")]


def test_app_on_both_backends(db_url, extractor):
    with Store.open(db_url) as store:
        ingest(HUN_RUS, store, extractor=extractor)
        registry.consolidate(store)
    app = create_app(db_url)
    try:
        store = app.state.store
        accounts.add_user(store, "ann", "a long enough password")
        token = accounts.new_api_token(store, "ann")
        with TestClient(app) as client:
            assert client.get("/healthz").json()["ok"] is True
            assert client.get("/api/dyads").json()[0]["dyad"] == "HUN-RUS"
            assert "session 16" in client.get("/dyads/HUN-RUS").text
            found = client.get("/api/articles", params={"q": "Budapest"}).json()["articles"]
            assert len(found) == 2
            assert client.get("/api/articles", params={"q": "_%"}).json()["articles"] == []
            rid = client.get("/api/records?kind=meeting").json()["records"][0]["id"]
            accepted = client.post(f"/api/records/{rid}/accept",
                                   headers={"Authorization": f"Bearer {token}"})
            assert accepted.status_code == 200
            assert accepted.json()["record"]["history"][-1]["by"] == "ann"
            assert client.post(f"/api/records/{rid}/accept").status_code == 401
    finally:
        app.state.store.close()
