"""The registry as events, for the event-data formats (``plover.py``, ``cameo.py``).

An event is one lifecycle step of a meeting or an instrument record: a meeting held or
planned; an instrument planned, signed, ratified or in force. Steps of other statuses
(postponed, cancelled, terminated) and records of other kinds are not events here.
Each event carries the articles that report its step (title, outlet, date, URL, the
evidence sentence and its offsets) and, for a meeting, who travelled: a meeting in a
city of one of the two states is a visit by the other; in a third state it is a meeting
at a third location. Rejected records are left out.

Everything is read through ``registry.queries`` and ``store.queries``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from accords import registry
from accords.model import Record, RecordKind
from accords.store import queries
from accords.store.db import Store

#: The lifecycle statuses that are events, by record kind.
EVENT_STATUSES: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.MEETING: ("held", "planned"),
    RecordKind.INSTRUMENT: ("planned", "signed", "ratified", "in_force"),
}


@dataclass
class Source:
    """One article reporting an event, with the sentence that says it."""

    article_id: str
    fact_id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    sentence: str
    start: int | None  # the evidence span, as offsets into the article's text
    end: int | None
    sentence_start: int | None


@dataclass
class Event:
    """One lifecycle step of a meeting or instrument record."""

    id: str  # ``{record id}:{status}``: stable across exports while the record is
    record_id: str
    record_kind: RecordKind
    kind: str | None  # the meeting's or instrument's kind ("summit", "memorandum" …)
    label: str
    dyad: str
    status: str
    date: str | None  # when it happened, as the articles state it (a date prefix)
    observed: str | None  # the first publication date of an article reporting it
    place: str | None
    host: str | None  # the country of the place, when known
    actor: str  # alpha-3; the visitor for a visit, else the dyad's first state
    recipient: str
    mode: str | None  # "visit", "third-party", or None (place unknown or not a meeting)
    areas: list[str] = field(default_factory=list)
    body: str | None = None
    state: str = "proposed"
    sources: list[Source] = field(default_factory=list)

    @property
    def when(self) -> str | None:
        """The event's date: for a plan, when it was first reported (the intent is the
        event; the planned date is ``date``); else the articles' own date, or when it was
        first reported if they give none."""
        if self.status == "planned":
            return self.observed or self.date
        return self.date or self.observed


def events(store: Store, *, dyad: str | None = None, since: str | None = None,
           until: str | None = None) -> Iterator[Event]:
    """Every event of the registry (of one dyad), by date; undated steps left out."""
    found: list[Event] = []
    for kind in EVENT_STATUSES:
        for brief in registry.records(store, dyad=dyad, kind=kind):
            if not brief.dyad or brief.dyad.count("-") != 1:
                continue
            found.extend(_record_events(store, brief))
    found.sort(key=lambda e: (e.when or "", e.label, e.id))
    for event in found:
        if _within(event.when, since, until):
            yield event


def _within(when: str | None, since: str | None, until: str | None) -> bool:
    if not when:
        return False
    return (not since or when[: len(since)] >= since) and (not until or when[: len(until)] <= until)


def _record_events(store: Store, brief: Record) -> list[Event]:
    steps = [s for s in brief.lifecycle if s.status in EVENT_STATUSES[brief.kind]]
    if not steps:
        return []
    record = registry.get_record(store, brief.id)
    spans = queries.evidence_for(store, record.fact_ids)
    by_fact = {s.fact_id: s for s in record.support}
    host = _host(record)
    dyad: str = record.dyad or ""
    first, second = dyad.split("-")
    out = []
    for step in steps:
        sources = []
        for fid in step.fact_ids:
            support = by_fact.get(fid)
            if support is None:
                continue
            span = (spans.get(fid) or [{}])[0]
            sources.append(Source(
                article_id=support.article_id, fact_id=fid, title=support.title,
                outlet=support.outlet, url=support.url, published=support.published,
                sentence=support.sentence, start=span.get("start"), end=span.get("end"),
                sentence_start=(span["start"] - len(span["before"])) if span else None))
        sources.sort(key=lambda s: (s.published or "9999", s.fact_id))
        meeting = record.kind is RecordKind.MEETING
        actor, recipient, mode = first, second, None
        if meeting and host in (first, second):
            actor, recipient, mode = (second if host == first else first), host, "visit"
        elif meeting and host:
            mode = "third-party"
        out.append(Event(
            id=f"{record.id}:{step.status}", record_id=record.id, record_kind=record.kind,
            kind=_text(record.attrs.get("kind")), label=record.label, dyad=dyad,
            status=step.status, date=step.date, observed=step.observed,
            place=_text(record.attrs.get("place")), host=host,
            actor=actor, recipient=recipient, mode=mode,
            areas=[str(a) for a in record.attrs.get("areas") or []],
            body=_text(record.attrs.get("body")), state=str(record.state), sources=sources))
    return out


def _host(record: Record) -> str | None:
    """The country of a record's place (a city or a country), when the gazetteer knows it."""
    place = record.attrs.get("place")
    if not place:
        return None
    from accords.extract.countries import gazetteer

    return gazetteer().country_of_place(str(place))


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
