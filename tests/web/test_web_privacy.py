"""The server's file paths are for curators: a visitor's article page and API answer name the
input by its file name (and line) only; a signed-in curator (session or API token) sees the
full path the article was read from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from webdb import CORPUS, CURATOR, PASSWORD

from accords import accounts
from accords.store.db import Store
from accords.web.app import create_app
from accords.web.deps import public_source
from accords.workflow import ingest

#: Two articles in one JSON Lines file, so the source carries a ``:LINE`` suffix.
LINES = [
    {"id": "wire-1", "title": "Chile and Peru open a joint border post",
     "published": "2024-05-06",
     "text": "Santiago, 6 May 2024 - Chile and Peru opened a joint border post at Chacalluta "
             "on Monday, the foreign ministers of both countries said in a joint statement."},
    {"id": "wire-2", "title": "Chile and Peru plan a mining committee",
     "published": "2024-05-07",
     "text": "Lima, 7 May 2024 - Chile and Peru agreed to set up a joint committee on mining "
             "cooperation, the Peruvian foreign ministry said on Tuesday."},
]


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the form"
    return found.group(1)


def _login(client: TestClient) -> None:
    token = _csrf(client.get("/login").text)
    response = client.post("/login", data={"name": CURATOR, "password": PASSWORD,
                                           "csrf_token": token, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text


@pytest.fixture
def served(tmp_path: Path, extractor):
    """A database holding the two lines of a JSON Lines file kept in a private server
    directory, a curator, and a client; yields the client and the file."""
    private = tmp_path / "srv-private-inputs" / "feeds"
    private.mkdir(parents=True)
    wire = private / "wire.jsonl"
    wire.write_text("".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with Store.open(url) as store:
        report = ingest([str(wire)], store, extractor=extractor)
        assert report.stored == 2, report
        accounts.ensure_tables(store)
        accounts.add_user(store, CURATOR, PASSWORD)
    app = create_app(url)
    with TestClient(app) as client:
        yield client, wire
    app.state.store.close()


def _article_ids(client: TestClient) -> list[str]:
    return [a["id"] for a in client.get("/api/articles").json()["articles"]]


def test_public_source_keeps_the_file_name_and_line_only():
    assert public_source("/srv/corpus/wire.jsonl:3") == "wire.jsonl:3"
    assert public_source("/srv/corpus/news.warc.gz@1024") == "news.warc.gz@1024"
    assert public_source("C:\\inputs\\note.txt") == "note.txt"
    assert public_source("note.txt") == "note.txt"
    assert public_source("-") == "-"
    assert public_source(None) is None


def test_a_visitor_sees_the_file_name_never_the_server_directory(served, tmp_path: Path):
    client, wire = served
    ids = _article_ids(client)
    assert len(ids) == 2
    shown = set()
    for article_id in ids:
        page = client.get(f"/articles/{article_id}")
        api = client.get(f"/api/articles/{article_id}")
        assert page.status_code == api.status_code == 200
        for body in (page.text, api.text):
            assert str(tmp_path) not in body
            assert str(wire.parent) not in body
            assert "srv-private-inputs" not in body
        source = api.json()["article"]["source"]
        assert re.fullmatch(r"wire\.jsonl:[12]", source), source
        assert f"read from {source}" in page.text
        shown.add(source)
    assert shown == {"wire.jsonl:1", "wire.jsonl:2"}


def test_a_signed_in_curator_sees_the_full_source(served):
    """Positive control: the full path is stored and shown, to a curator only."""
    client, wire = served
    article_id = _article_ids(client)[0]
    _login(client)
    page = client.get(f"/articles/{article_id}").text
    source = client.get(f"/api/articles/{article_id}").json()["article"]["source"]
    assert source in (f"{wire}:1", f"{wire}:2")
    assert f"read from {source}" in page


def test_an_api_token_sees_the_full_source_and_a_wrong_one_does_not(served):
    client, wire = served
    article_id = _article_ids(client)[0]
    token = accounts.new_api_token(client.app.state.store, CURATOR)
    good = client.get(f"/api/articles/{article_id}", headers={"Authorization": f"Bearer {token}"})
    assert good.json()["article"]["source"].startswith(f"{wire}:")
    bad = client.get(f"/api/articles/{article_id}", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 200 and str(wire.parent) not in bad.text


def test_the_sample_corpus_pages_hide_the_corpus_directory(client):
    """The shared corpus database, read anonymously: no article names its directory."""
    for article_id in _article_ids(client)[:10]:
        for body in (client.get(f"/articles/{article_id}").text,
                     client.get(f"/api/articles/{article_id}").text):
            assert str(CORPUS) not in body
            assert "/examples/corpus/" not in body
