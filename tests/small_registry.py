"""A small registry for the export and briefing tests: three articles written for them,
with facts whose evidence offsets point into their texts, consolidated into records."""

from __future__ import annotations

from typing import Any

from accords.model import Article, Evidence, Extraction, Fact, FactKind
from accords.registry import consolidate
from accords.store.db import Store

COMMISSION = "Intergovernmental Commission for Economic Cooperation"

SESSION_TEXT = (
    f"The Hungarian-Russian {COMMISSION} held its 16th session in Budapest on 7 October 2025. "
    "Minister Anna Kovacs and Minister Ivan Petrov co-chaired the commission. "
    "The two sides signed a protocol on nuclear energy cooperation. "
    "The 17th session will be held in Moscow in 2026. "
    "\u201cEnergy is the backbone of our partnership,\u201d Anna Kovacs said."
)
PREP_TEXT = (
    "Hungary and Russia are preparing an agreement on health cooperation, to be signed at "
    "the next session of the commission. "
    "The Danube-Volga Scholarship, a programme of student exchanges, will continue in 2026. "
    "\u201cOur universities will welcome more students,\u201d Ivan Petrov said."
)
LAO_TEXT = "Vietnam and Laos signed a transport memorandum in Hanoi on 20 February 2025."

SESSION = {"id": "hun-rus-session", "title": "Hungary and Russia hold commission session",
           "outlet": "Danube Daily", "url": "https://news.example.org/hun-rus-session",
           "published": "2025-10-08"}
PREP = {"id": "hun-rus-health", "title": "Health agreement in preparation",
        "outlet": "Volga Herald", "url": "https://news.example.org/health-agreement",
        "published": "2025-11-20"}
LAO = {"id": "lao-vnm", "title": "Transport memorandum signed in Hanoi",
       "outlet": "Mekong Times", "url": "https://news.example.org/lao-vnm",
       "published": "2025-02-21"}


def _sentence(text: str, start: int) -> tuple[str, int]:
    """The sentence of ``text`` around ``start``, and where it begins."""
    begin = max(text.rfind(". ", 0, start), text.rfind(".\u201d ", 0, start))
    begin = 0 if begin < 0 else text.index(" ", begin) + 1
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return text[begin:end], begin


def fact(text: str, fact_kind: FactKind, phrase: str, **attrs: Any) -> Fact:
    start = text.index(phrase)
    sentence, begin = _sentence(text, start)
    return Fact(fact_kind, attrs, [Evidence(start, start + len(phrase), sentence, begin)], 0.8)


def extraction(meta: dict[str, str], text: str, dyad: list[str], *facts: Fact) -> Extraction:
    article = Article(id=meta["id"], text=text, source=f"{meta['id']}.txt",
                      title=meta["title"], published=meta["published"],
                      outlet=meta["outlet"], url=meta["url"])
    first = text.split(". ")[0]
    return Extraction(article, [Fact(FactKind.DYAD, {"countries": dyad},
                                     [Evidence(0, len(first), first, 0)], 1.0), *facts])


def extractions() -> list[Extraction]:
    hr = ["HUN", "RUS"]
    t = SESSION_TEXT
    session = extraction(
        SESSION, t, hr,
        fact(t, FactKind.BODY, COMMISSION, name=COMMISSION, kind="commission", countries=hr),
        fact(t, FactKind.MEETING, "held its 16th session", body=COMMISSION,
             kind="commission_session", status="held", date="2025-10-07", place="Budapest",
             countries=hr, number=16),
        fact(t, FactKind.PERSON, "Minister Anna Kovacs", name="Anna Kovacs", country="HUN",
             role="co-chair"),
        fact(t, FactKind.PERSON, "Minister Ivan Petrov", name="Ivan Petrov", country="RUS",
             role="co-chair"),
        fact(t, FactKind.INSTRUMENT, "signed a protocol on nuclear energy cooperation",
             kind="protocol", status="signed", date="2025-10-07", place="Budapest",
             countries=hr, parties=[], areas=["nuclear", "energy"],
             title="Protocol on nuclear energy cooperation"),
        fact(t, FactKind.MEETING, "The 17th session will be held in Moscow in 2026",
             body=COMMISSION, kind="commission_session", status="planned", date="2026",
             place="Moscow", countries=hr, number=17),
        fact(t, FactKind.AREA, "nuclear energy", area="energy"),
        fact(t, FactKind.STATEMENT, "Energy is the backbone of our partnership",
             speaker="Anna Kovacs", quote="Energy is the backbone of our partnership",
             quote_start="Energy is the backbone"),
    )
    t = PREP_TEXT
    prep = extraction(
        PREP, t, hr,
        fact(t, FactKind.INSTRUMENT, "preparing an agreement on health cooperation",
             kind="agreement", status="planned", date=None, place=None, countries=hr,
             parties=[], areas=["health"], title="Agreement on health cooperation"),
        fact(t, FactKind.PROGRAMME, "The Danube-Volga Scholarship",
             name="Danube-Volga Scholarship", areas=["education"]),
        fact(t, FactKind.AREA, "health cooperation", area="health"),
        fact(t, FactKind.AREA, "student exchanges", area="education"),
        fact(t, FactKind.STATEMENT, "Our universities will welcome more students",
             speaker="Ivan Petrov", quote="Our universities will welcome more students",
             quote_start="Our universities will"),
    )
    t = LAO_TEXT
    lao = extraction(
        LAO, t, ["LAO", "VNM"],
        fact(t, FactKind.INSTRUMENT, "signed a transport memorandum", kind="memorandum",
             status="signed", date="2025-02-20", place="Hanoi", countries=["LAO", "VNM"],
             parties=[], areas=["transport"], title=None),
    )
    return [session, prep, lao]


def build(store: Store) -> Store:
    """Store the three articles and consolidate them; the store."""
    for item in extractions():
        store.add(item)
    consolidate(store)
    return store
