"""``GET /api/export``: PLOVER, CAMEO and Parquet downloads of a small registry."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from accords.store.db import Store
from accords.web.app import create_app
from small_registry import build


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('small') / 'small.sqlite'}"
    with Store.open(url) as store:
        build(store)
    app = create_app(url)
    with TestClient(app) as client:
        yield client
    app.state.store.close()


def test_plover_download_filters_by_a_dyad_written_any_way(small):
    everything = small.get("/api/export", params={"format": "plover"})
    assert everything.status_code == 200
    assert everything.headers["content-type"].startswith("application/x-ndjson")
    assert len(everything.text.splitlines()) == 5
    for spelled in ("HUN-RUS", "hu-ru", "hungary-russia"):
        one = small.get("/api/export", params={"format": "plover", "dyad": spelled})
        events = [json.loads(x) for x in one.text.splitlines()]
        assert len(events) == 4 and {e["accords"]["dyad"] for e in events} == {"HUN-RUS"}
    late = small.get("/api/export", params={"format": "plover", "since": "2025-10-08"})
    assert [json.loads(x)["eventType"] for x in late.text.splitlines()] == ["AGREE", "AGREE"]
    bad = small.get("/api/export", params={"format": "plover", "dyad": "atlantis-x"})
    assert bad.status_code == 422 and bad.json()["ok"] is False


def test_cameo_download_has_one_header(small):
    response = small.get("/api/export", params={"format": "cameo"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text), delimiter="\t"))
    assert len(rows) == 5 and rows[0]["GLOBALEVENTID"] != "GLOBALEVENTID"
    assert response.text.count("GLOBALEVENTID") == 1


def test_parquet_download_is_one_table(small):
    response = small.get("/api/export", params={"format": "parquet", "table": "facts"})
    assert response.status_code == 200
    table = pq.read_table(io.BytesIO(response.content))
    assert "attrs_json" in table.column_names and table.num_rows > 10
    assert small.get("/api/export", params={"format": "xml"}).status_code == 422
