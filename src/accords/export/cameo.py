"""Events as CAMEO-coded rows with the column names of the GDELT 2.0 event table.

A tab-separated file with a header: every column of GDELT 2.0's event table
(``GDELT_COLUMNS``, in GDELT's order), empty where Accords has no value (ethnic and
religious codes, tone, coordinates, FIPS country codes of places). So it loads with the
same code as GDELT's files, and pandas reads it with ``sep="\\t"``.

Codes (CAMEO 1.1b3):

* meeting held: ``042`` make a visit (the visitor is Actor1), ``044`` meet at a third
  location, ``040`` consult when the place is unknown;
* meeting planned: ``036`` express intent to meet or negotiate;
* instrument signed, ratified or in force: ``057`` sign formal agreement;
* instrument planned: ``0311`` intent to cooperate economically, ``0312`` militarily,
  ``0313`` judicially (by its areas), ``031`` for other areas, ``030`` with none.

``GLOBALEVENTID`` is a number derived from the event's id, so it is stable across exports.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from datetime import date as Date
from typing import IO, Any

from accords.country_labels import country_name
from accords.export.events import Event
from accords.model import RecordKind

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")

#: The GDELT 2.0 event table's columns, in its order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)

#: Goldstein scale (-10 … +10) of the codes used, from the CAMEO codebook's table.
GOLDSTEIN: dict[str, float] = {
    "030": 4.0, "031": 5.2, "0311": 5.2, "0312": 5.2, "0313": 5.2, "036": 4.0,
    "040": 1.0, "042": 1.9, "044": 2.5, "057": 8.0,
}

#: Areas that make an intent to cooperate economic (0311), military (0312), judicial (0313).
ECONOMIC = frozenset({"trade", "investment", "finance", "energy", "agriculture", "industry",
                      "transport", "infrastructure", "tourism", "customs", "mining",
                      "labour", "nuclear", "water", "digital"})
MILITARY = frozenset({"defence", "security"})
JUDICIAL = frozenset({"justice", "migration"})


def event_code(event: Event) -> str:
    """The CAMEO event code of an event (see the module's docstring)."""
    if event.record_kind is RecordKind.MEETING:
        if event.status == "planned":
            return "036"
        return {"visit": "042", "third-party": "044"}.get(event.mode or "", "040")
    if event.status != "planned":
        return "057"
    areas = set(event.areas)
    for group, code in ((ECONOMIC, "0311"), (MILITARY, "0312"), (JUDICIAL, "0313")):
        if areas & group:
            return code
    return "031" if areas else "030"


def global_id(event_id: str) -> int:
    """A stable positive 60-bit number for an event id."""
    return int(hashlib.sha256(event_id.encode()).hexdigest()[:15], 16)


def to_row(event: Event) -> dict[str, Any]:
    """One event as a row of ``GDELT_COLUMNS`` (missing ones empty)."""
    when = event.when or ""
    code = event_code(event)
    row: dict[str, Any] = {
        "GLOBALEVENTID": global_id(event.id),
        "SQLDATE": when.replace("-", "") if len(when) == 10 else "",
        "MonthYear": when[:7].replace("-", "") if len(when) >= 7 else "",
        "Year": when[:4],
        "FractionDate": _fraction(when),
        "IsRootEvent": 1,
        "EventCode": code,
        "EventBaseCode": code[:3],
        "EventRootCode": code[:2],
        "QuadClass": 1,  # verbal cooperation: CAMEO roots 01-05
        "GoldsteinScale": GOLDSTEIN[code],
        "NumMentions": len(event.sources),
        "NumSources": len({s.outlet or s.url or s.article_id for s in event.sources}),
        "NumArticles": len({s.article_id for s in event.sources}),
        "DATEADDED": (event.observed or "").replace("-", "") + "000000"
        if event.observed and len(event.observed) == 10 else "",
        "SOURCEURL": next((s.url for s in event.sources if s.url), ""),
    }
    for n, code3 in ((1, event.actor), (2, event.recipient)):
        row[f"Actor{n}Code"] = code3
        row[f"Actor{n}Name"] = country_name(code3).upper()
        row[f"Actor{n}CountryCode"] = code3
        row[f"Actor{n}Type1Code"] = "GOV"
    if event.place:
        row["ActionGeo_FullName"] = event.place
    return {column: row.get(column, "") for column in GDELT_COLUMNS}


def _fraction(when: str) -> str:
    try:
        day = Date.fromisoformat(when)
    except ValueError:  # a date prefix ("2025-10"), or not a real day
        return ""
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def write_cameo(events: Iterable[Event], fh: IO[str]) -> int:
    """A header, then one row per event; returns the number of rows. Open the file with
    ``newline=""``."""
    writer = csv.DictWriter(fh, fieldnames=GDELT_COLUMNS, delimiter="\t",
                            lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(to_row(event))
        count += 1
    return count
