"""Pairs by name: redirects to the ISO3 key, names on pages, search; the briefing routes."""

from __future__ import annotations

import io

import pypdf
import pytest
from fastapi.testclient import TestClient

from accords.store.db import Store
from accords.web.app import create_app
from small_registry import COMMISSION, SESSION, build


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('briefs') / 'small.sqlite'}"
    with Store.open(url) as store:
        build(store)
    app = create_app(url)
    with TestClient(app, follow_redirects=False) as client:
        yield client
    app.state.store.close()


@pytest.mark.parametrize("spelled", ["hungary-russia", "HU-RU", "hu-ru", "RUS-HUN", "hun-rus",
                                     "Hungary%20and%20Russia"])
def test_other_spellings_of_a_pair_redirect_to_its_key(small, spelled):
    response = small.get(f"/dyads/{spelled}")
    assert response.status_code == 301
    assert response.headers["location"] == "/dyads/HUN-RUS"
    brief = small.get(f"/dyads/{spelled}/brief", params={"since": "2025"})
    assert brief.headers["location"] == "/dyads/HUN-RUS/brief?since=2025"
    assert small.get(f"/dyads/{spelled}/brief.pdf").headers["location"] == (
        "/dyads/HUN-RUS/brief.pdf")


def test_the_dashboard_shows_country_names(small):
    page = small.get("/dyads/HUN-RUS")
    assert page.status_code == 200
    assert "<h1>Hungary – Russia" in page.text and "/dyads/HUN-RUS/brief" in page.text
    assert small.get("/dyads/atlantis-x").status_code == 404
    assert ">Hungary – Russia</a>" in small.get("/").text


@pytest.mark.parametrize("query", ["Hungary Russia", "hungary-russia", "HUN-RUS",
                                   "Russia and Hungary", "Hungary"])
def test_search_finds_a_pair_by_either_name(small, query):
    page = small.get("/search", params={"q": query})
    assert page.status_code == 200
    assert '<a href="/dyads/HUN-RUS">Hungary – Russia</a>' in page.text


def test_search_for_other_words_lists_no_pair(small):
    assert "<h2>Pairs</h2>" not in small.get("/search", params={"q": "protocol"}).text


def test_brief_page_and_pdf(small):
    page = small.get("/dyads/HUN-RUS/brief")
    assert page.status_code == 200
    assert COMMISSION in page.text and SESSION["url"] in page.text
    assert '<link rel="stylesheet" href="/brief.css">' in page.text
    assert "<style>" not in page.text  # the pages' CSP allows stylesheets from the site only
    css = small.get("/brief.css")
    assert css.status_code == 200 and "@page" in css.text and "A4" in css.text
    pdf = small.get("/dyads/HUN-RUS/brief.pdf", params={"since": "2025-11"})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    assert "period from 2025-11" in text and "Our universities" in text
    assert small.get("/dyads/DEU-FRA/brief").status_code == 404
    assert small.get("/dyads/HUN-RUS/brief", params={"since": "soon"}).status_code == 422
