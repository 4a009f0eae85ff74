"""Watches on the web: the curator's page and forms (CSRF), the API, the Atom feed (token,
ETag, 304), and one curator's watch out of another's reach."""

from __future__ import annotations

import re

import feedparser
import pytest
from alerts_helpers import CURATOR, OTHER, PASSWORD, curators, instrument_article
from fastapi.testclient import TestClient

from accords import accounts
from accords.alerts import watches
from accords.registry import consolidate
from accords.store.db import Store
from accords.web.app import create_app

PLANNED = "Kazakhstan and Uzbekistan are preparing an agreement on water resources."
SIGNED = "Kazakhstan and Uzbekistan signed the agreement on water resources on Monday."


@pytest.fixture
def app(tmp_path):
    url = f"sqlite:///{tmp_path / 'web.sqlite'}"
    with Store.open(url) as store:
        curators(store)
        store.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
        consolidate(store)
    made = create_app(url)
    yield made
    made.state.store.close()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def _login(client: TestClient, name: str) -> str:
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"name": name, "password": PASSWORD,
                                           "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    return _csrf(client.get("/watches").text)


def _bearer(app, name: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {accounts.new_api_token(app.state.store, name)}"}


def test_the_page_needs_a_curator_and_its_form_a_csrf_token(app):
    with TestClient(app) as client:
        assert client.get("/watches", follow_redirects=False).headers["location"] == \
            "/login?next=/watches"
        csrf = _login(client, CURATOR)
        refused = client.post("/watches", data={"name": "water", "dyad": "KAZ-UZB"})
        assert refused.status_code == 403
        assert watches.list_watches(app.state.store) == []
        made = client.post("/watches", data={"name": "water", "dyad": "UZB-KAZ",
                                             "webhook": "http://127.0.0.1:9/hook",
                                             "csrf_token": csrf})
        assert made.status_code == 201
        (watch,) = watches.list_watches(app.state.store, CURATOR)
        assert watch.filters.dyad == "KAZ-UZB"
        assert watch.feed_url.replace("&", "&amp;") in made.text or watch.feed_url in made.text
        assert re.search(r'class="secret">whsec_[A-Za-z0-9+/=]+<', made.text)
        bad = client.post("/watches", data={"name": "x", "dyad": "KAZAKHSTAN",
                                            "csrf_token": csrf})
        assert bad.status_code == 422 and "ISO alpha-3" in bad.text
        page = client.get(f"/watches/{watch.id}")
        assert page.status_code == 200 and "Delivery log" in page.text
        removed = client.post(f"/watches/{watch.id}/remove", data={"csrf_token": csrf},
                              follow_redirects=False)
        assert removed.status_code == 303 and watches.list_watches(app.state.store) == []


def test_another_curators_watch_cannot_be_read_or_changed(app):
    store = app.state.store
    mine, _ = watches.add_watch(store, CURATOR, "mine", watches.Filters(dyad="KAZ-UZB"))
    with TestClient(app) as client:
        csrf = _login(client, OTHER)
        assert "mine" not in client.get("/watches").text
        assert client.get(f"/watches/{mine.id}").status_code == 404
        assert client.post(f"/watches/{mine.id}/remove",
                           data={"csrf_token": csrf}).status_code == 404
        assert client.post(f"/watches/{mine.id}/enable",
                           data={"csrf_token": csrf}).status_code == 404
    with TestClient(app) as api:
        other = _bearer(app, OTHER)
        assert api.get("/api/watches", headers=other).json()["watches"] == []
        assert api.get(f"/api/watches/{mine.id}", headers=other).status_code == 404
        assert api.delete(f"/api/watches/{mine.id}", headers=other).status_code == 404
        assert api.get("/api/watches").status_code == 401
        owner = _bearer(app, CURATOR)
        (listed,) = api.get("/api/watches", headers=owner).json()["watches"]
        assert listed["id"] == mine.id and "secret" not in listed
        assert api.get(f"/api/watches/{mine.id}", headers=owner).json()["watch"]["name"] == "mine"
    assert watches.get_watch(store, mine.id, CURATOR).name == "mine"


def test_api_makes_a_watch_with_a_valid_secret_only(app):
    with TestClient(app) as api:
        owner = _bearer(app, CURATOR)
        refused = api.post("/api/watches", json={"name": "w", "webhook": "http://127.0.0.1:9/",
                                                 "secret": "not-a-secret"}, headers=owner)
        assert refused.status_code == 422 and refused.json()["ok"] is False
        made = api.post("/api/watches", json={"name": "w", "dyad": "KAZ", "kind": "instrument",
                                              "events": ["status_changed"],
                                              "webhook": "http://127.0.0.1:9/"}, headers=owner)
        assert made.status_code == 201, made.text
        body = made.json()
        assert body["secret"].startswith("whsec_")
        assert body["watch"]["filters"] == {"dyad": "KAZ", "kind": "instrument",
                                            "events": ["status_changed"]}
        assert api.post("/api/watches", json={"name": "w"}).status_code == 401


def test_the_feed_needs_its_token_compared_in_constant_time_and_answers_304(app, monkeypatch):
    store = app.state.store
    watch, _ = watches.add_watch(store, CURATOR, "water", watches.Filters(dyad="KAZ-UZB"))
    store.add(instrument_article("s", SIGNED, "2026-10-05", "the agreement", "signed"))
    consolidate(store)
    compared: list[tuple[bytes, bytes]] = []
    real = watches.hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(watches.hmac, "compare_digest", spy)
    path = f"/watches/{watch.id}.atom"
    # one character off: a random token may itself end in "x"
    wrong = watch.feed_token[:-1] + ("y" if watch.feed_token.endswith("x") else "x")
    with TestClient(app) as client:
        assert client.get(path).status_code == 404
        assert client.get(path, params={"token": wrong}).status_code == 404
        assert client.get("/watches/wnothing.atom", params={"token": watch.feed_token}
                          ).status_code == 404
        answer = client.get(path, params={"token": watch.feed_token})
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("application/atom+xml")
        assert (watch.feed_token.encode(), watch.feed_token.encode()) in compared
        parsed = feedparser.parse(answer.content)
        assert not parsed.bozo and parsed.version == "atom10"
        (entry,) = parsed.entries
        assert entry.id.startswith("urn:accords:event:") and "planned → signed" in entry.title
        tag = answer.headers["etag"]
        same = client.get(path, params={"token": watch.feed_token},
                          headers={"If-None-Match": tag})
        assert same.status_code == 304 and same.content == b""
        store.add(instrument_article(
            "s2", "Uzbekistan and Kazakhstan signed the agreement on water resources this week.",
            "2026-10-06", "the agreement", "signed"))
        consolidate(store)
        changed = client.get(path, params={"token": watch.feed_token},
                             headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag
        entries = feedparser.parse(changed.content).entries
        assert [e.id for e in entries][1] == entry.id  # the old entry keeps its id
