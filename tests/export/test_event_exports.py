"""PLOVER and CAMEO exports of a small registry built here (tests/small_registry.py)."""

from __future__ import annotations

import io
import json
import re

import pandas as pd
import pytest

from accords import registry
from accords.export.cameo import GDELT_COLUMNS, write_cameo
from accords.export.events import events
from accords.export.plover import CONTEXTS, EVENT_TYPES, write_plover
from accords.store.db import Store
from small_registry import LAO, PREP, SESSION, build

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO3 = re.compile(r"^[A-Z]{3}$")


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as handle:
        yield build(handle)


def plover(store: Store, **filters: str) -> list[dict]:
    buffer = io.StringIO()
    count = write_plover(events(store, **filters), buffer)
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert count == len(lines)
    return lines


def test_plover_records_carry_the_required_fields_with_valid_values(store):
    found = plover(store)
    texts = {SESSION["url"]: None, PREP["url"]: None, LAO["url"]: None}
    articles = {e.article.url: e.article for e in store.iter_extractions()}
    assert len(found) == 5
    for event in found:
        assert event["eventType"] in EVENT_TYPES
        assert event["mode"] is None or event["mode"] in EVENT_TYPES[event["eventType"]]
        assert DAY.match(event["date"])
        for side in ("actor", "recipient"):
            assert ISO3.match(event[side]["code"]) and event[side]["name"]
        assert event["actor"]["code"] != event["recipient"]["code"]
        assert set(event["context"]) <= CONTEXTS
        cite = event["citeInfo"]
        assert cite["url"] in texts and cite["title"] and cite["publication"]
        # the offsets point into the article at a span of the event's sentence
        text = articles[cite["url"]].text
        info = event["textInfo"]
        span = text[info["start"]:info["end"]]
        assert span and span in event["eventText"]
        assert text[info["sentenceStart"]:].startswith(event["eventText"])
    assert len({e["id"] for e in found}) == len(found)


def test_plover_maps_meetings_plans_and_signings(store):
    by_text = {e["eventText"][:25]: e for e in plover(store, dyad="HUN-RUS")}
    held = by_text["The Hungarian-Russian Int"]
    assert (held["eventType"], held["mode"]) == ("CONSULT", "visit")
    # met in Budapest: Russia's delegation travelled to Hungary
    assert (held["actor"]["code"], held["recipient"]["code"]) == ("RUS", "HUN")
    assert held["date"] == "2025-10-07"
    planned = by_text["The 17th session will be "]
    assert planned["eventType"] == "AGREE" and planned["mode"] is None
    assert planned["date"] == SESSION["published"] and planned["accords"]["date"] == "2026"
    signed = by_text["The two sides signed a pr"]
    assert signed["eventType"] == "SUPPORT" and signed["context"] == ["resource"]
    health = by_text["Hungary and Russia are pr"]
    assert health["eventType"] == "AGREE" and health["context"] == ["health"]
    assert health["citeInfo"]["publication"] == PREP["outlet"]


def test_plover_ids_are_stable_and_rejected_records_leave(store):
    first = [e["id"] for e in plover(store)]
    assert [e["id"] for e in plover(store)] == first
    registry.consolidate(store, rebuild=True)
    assert [e["id"] for e in plover(store)] == first
    signed = next(r for r in registry.records(store, dyad="LAO-VNM"))
    registry.reject(store, signed.id)
    assert len(plover(store)) == 4


def test_cameo_tsv_round_trips_through_pandas_with_gdelt_names(store):
    buffer = io.StringIO()
    rows = write_cameo(events(store), buffer)
    frame = pd.read_csv(io.StringIO(buffer.getvalue()), sep="\t",
                        dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert rows == len(frame) == 5
    assert tuple(frame.columns) == GDELT_COLUMNS
    assert frame["GLOBALEVENTID"].is_unique
    visit = frame[frame["EventCode"] == "042"].iloc[0]
    assert (visit["Actor1Code"], visit["Actor2Code"]) == ("RUS", "HUN")
    assert visit["Actor1Name"] == "RUSSIA" and visit["ActionGeo_FullName"] == "Budapest"
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == (20251007, 202510, 2025)
    assert visit["EventBaseCode"] == "042" and visit["EventRootCode"] == "04"
    assert visit["SOURCEURL"] == SESSION["url"] and visit["NumArticles"] == 1
    assert visit["DATEADDED"] == 20251008000000
    # health is no economic, military or judicial area: intent to cooperate materially
    assert sorted(frame["EventCode"]) == ["031", "036", "042", "057", "057"]
    # no value: empty in the file, missing in pandas
    assert frame["AvgTone"].isna().all() and frame["Actor1EthnicCode"].isna().all()
    assert set(frame["QuadClass"]) == {1}
