"""Article text and extracted values are untrusted: every page escapes them."""

from __future__ import annotations

import pytest
from webdb import BREAKER, SCRIPT

from accords.web.deps import http_url

RAW = ("<script>alert", "<img src=x", 'onerror="alert')


def _hostile_ids(client):
    article = next(a for a in client.get("/api/articles?dyad=AND-MCO").json()["articles"])
    records = client.get("/api/records?dyad=AND-MCO").json()["records"]
    return article["id"], records


def _assert_inert(html: str, shown: bool = True) -> None:
    for raw in RAW:
        assert raw not in html, raw
    if shown:  # the hostile text is on the page, escaped
        assert "&lt;script&gt;" in html


def test_api_returns_the_text_as_data(client):
    article_id, records = _hostile_ids(client)
    article = client.get(f"/api/articles/{article_id}").json()["article"]
    assert SCRIPT in article["text"] and BREAKER in article["title"]
    assert any(SCRIPT in r["label"] for r in records)


@pytest.mark.parametrize("page", ["article", "record", "dyad", "search", "home", "records"])
def test_pages_escape_script_and_attribute_breaking_quotes(client, page):
    article_id, records = _hostile_ids(client)
    instrument = next(r for r in records if r["kind"] == "instrument")
    path = {"article": f"/articles/{article_id}", "record": f"/records/{instrument['id']}",
            "dyad": "/dyads/AND-MCO", "search": "/search?q=<script>alert",
            "home": "/", "records": "/records?dyad=AND-MCO"}[page]
    response = client.get(path)
    assert response.status_code == 200
    _assert_inert(response.text, shown=page != "home")


def test_query_strings_are_escaped_in_forms(client):
    html = client.get("/search", params={"q": f'x{BREAKER}'}).text
    assert 'value="x&#34;&gt;&lt;img' in html or 'value="x&quot;&gt;&lt;img' in html
    assert "<img src=x" not in html


def test_a_javascript_url_never_becomes_a_link(client):
    article_id, _ = _hostile_ids(client)
    html = client.get(f"/articles/{article_id}").text
    assert 'href="javascript:' not in html
    assert http_url("javascript:alert(1)") is None
    assert http_url(" https://example.org/a ") == "https://example.org/a"


def test_error_pages_escape_the_path(client):
    response = client.get("/records/%3Cscript%3Ealert(1)")
    assert response.status_code == 404
    _assert_inert(response.text)
