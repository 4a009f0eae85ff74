"""What a briefing on one pair of states says, as sections of sentences with footnotes.

Sentences come from the registry's records through the templates written here (no
language model): names, counts and dates are exactly the registry's. Every sentence
that states a fact carries footnotes, one per article that reports it (title, outlet,
date, URL); an article cited twice keeps its number. Sections, in order: the pair;
standing bodies and their co-chairs; the last session held and the next one planned;
instruments signed in the period; instruments in preparation; programmes; areas ranked;
key quotes; the timeline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from accords import registry
from accords.country_labels import country_name, dyad_name
from accords.errors import AccordsError
from accords.model import CurationState, Record, RecordKind
from accords.store import queries
from accords.store.db import Store

#: Instrument statuses that count as signed (or further along).
SIGNED = ("signed", "ratified", "in_force")
#: Articles cited per sentence, at most (the earliest reports).
NOTES_PER_SENTENCE = 3
#: Quotes in the briefing, at most.
QUOTES = 6


class NoSuchDyad(AccordsError):
    """The registry has no records of that pair."""


@dataclass
class Note:
    """A footnote: one article."""

    number: int
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


@dataclass
class Sentence:
    text: str
    notes: list[int] = field(default_factory=list)


@dataclass
class Section:
    title: str
    sentences: list[Sentence] = field(default_factory=list)
    empty: str = ""  # said when there are no sentences


@dataclass
class Briefing:
    dyad: str
    name: str  # "Hungary – Russia"
    since: str | None
    generated: str  # YYYY-MM-DD HH:MM UTC
    articles: int  # articles about the pair in the store
    records: int
    reviewed: int  # records accepted or edited by a curator
    rejected: int
    sections: list[Section]
    notes: list[Note]
    timeline: list[registry.TimelineEntry]

    def section(self, title: str) -> Section:
        return next(s for s in self.sections if s.title == title)


class _Notes:
    """Footnote numbers, given in order of first citation."""

    def __init__(self) -> None:
        self.notes: dict[str, Note] = {}

    def cite(self, record: Record, fact_ids: list[int] | None = None) -> list[int]:
        wanted = set(fact_ids) if fact_ids else None
        numbers: list[int] = []
        for support in sorted(record.support, key=lambda s: (s.published or "9999", s.fact_id)):
            if wanted is not None and support.fact_id not in wanted:
                continue
            note = self._note(support.article_id, support.title, support.outlet,
                              support.published, support.url)
            if note.number not in numbers:
                numbers.append(note.number)
            if len(numbers) >= NOTES_PER_SENTENCE:
                break
        return numbers

    def _note(self, aid: str, title: str | None, outlet: str | None, published: str | None,
              url: str | None) -> Note:
        if aid not in self.notes:
            self.notes[aid] = Note(len(self.notes) + 1, aid, title, outlet, published, url)
        return self.notes[aid]

    def cite_article(self, article: dict) -> int:
        return self._note(article["id"], article.get("title"), article.get("outlet"),
                          article.get("published"), article.get("url")).number


def build(store: Store, dyad: str, since: str | None = None,
          now: datetime | None = None) -> Briefing:
    """The briefing on ``dyad`` (a key, ``HUN-RUS``), for the period from ``since`` on."""
    found = registry.records(store, dyad=dyad, include_rejected=True)
    if not found:
        raise NoSuchDyad(f"no records for the pair {dyad!r}")
    rejected = sum(r.state is CurationState.REJECTED for r in found)
    kept = [r for r in found if r.state is not CurationState.REJECTED]
    full = {r.id: registry.get_record(store, r.id) for r in kept
            if r.kind is not RecordKind.PERSON or _is_chair(r)}
    notes = _Notes()
    by_kind: dict[RecordKind, list[Record]] = {k: [] for k in RecordKind}
    for record in kept:
        by_kind[record.kind].append(full.get(record.id, record))
    first, second = dyad.split("-")
    summary = registry.dyad_summaries(store, dyad=dyad)
    sections = [
        _pair(dyad, summary[0] if summary else None),
        _bodies(by_kind[RecordKind.BODY], by_kind[RecordKind.PERSON], notes),
        _sessions(by_kind[RecordKind.MEETING], by_kind[RecordKind.INSTRUMENT], notes),
        _signed(by_kind[RecordKind.INSTRUMENT], since, notes),
        _preparing(by_kind[RecordKind.INSTRUMENT], notes),
        _programmes(by_kind[RecordKind.PROGRAMME], notes),
        _areas(kept),
        _quotes(store, dyad, since, notes),
    ]
    entries = [e for e in registry.timeline_of(kept) if not since or e.date >= since]
    moment = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return Briefing(
        dyad=dyad, name=dyad_name(dyad) if first != second else dyad, since=since,
        generated=moment, articles=queries.count_articles(store, dyad), records=len(kept),
        reviewed=sum(r.state in (CurationState.ACCEPTED, CurationState.EDITED) for r in kept),
        rejected=rejected, sections=sections,
        notes=sorted(notes.notes.values(), key=lambda n: n.number), timeline=entries)


def _is_chair(record: Record) -> bool:
    return "chair" in str(record.attrs.get("role") or "").lower()


def _pair(dyad: str, summary: registry.DyadSummary | None) -> Section:
    first, second = dyad.split("-")
    text = f"{country_name(first)} ({first}) and {country_name(second)} ({second})."
    section = Section("The pair", [Sentence(text)])
    if summary is not None:
        span = (f", reported from {summary.first} to {summary.last}"
                if summary.first and summary.last else "")
        section.sentences.append(Sentence(
            f"The registry holds {summary.records} records on the pair from "
            f"{summary.articles} articles{span}."))
    return section


def _on(value: str | None) -> str:
    return f"on {value}" if value else "(no date given)"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bodies(bodies: list[Record], people: list[Record], notes: _Notes) -> Section:
    section = Section("Standing bodies and co-chairs", empty="No standing body is named.")
    for body in sorted(bodies, key=lambda r: -r.reports):
        kind = str(body.attrs.get("kind") or "body").replace("_", " ")
        section.sentences.append(Sentence(
            f"The {body.attrs.get('name') or body.label} is a standing {kind} of the two states.",
            notes.cite(body)))
    for person in sorted((p for p in people if _is_chair(p)), key=lambda r: r.label):
        country = person.attrs.get("country")
        side = f" for {country_name(country)}" if country else ""
        section.sentences.append(Sentence(
            f"{person.attrs.get('name')} is named as {person.attrs.get('role')}{side}.",
            notes.cite(person)))
    return section


def _sessions(meetings: list[Record], instruments: list[Record], notes: _Notes) -> Section:
    section = Section("Last session and next session", empty="No meeting is recorded.")
    held = [m for m in meetings if m.status == "held" and m.date]
    if held:
        last = max(held, key=lambda m: (m.date or "", m.label))
        place = f" in {last.attrs['place']}" if last.attrs.get("place") else ""
        section.sentences.append(Sentence(
            f"The last meeting held: {_meeting(last)}, on {last.date}{place}.", notes.cite(last)))
        there = [i for i in instruments if i.status in SIGNED and i.date == last.date]
        for doc in there:
            section.sentences.append(Sentence(
                f"Signed at that meeting: the {_title(doc)}.", notes.cite(doc)))
    planned = [m for m in meetings if m.status == "planned"]
    if planned:
        after = [m for m in planned if not held or (m.date or "9999") >= ((held and max(
            h.date or "" for h in held)) or "")]
        nxt = min(after or planned, key=lambda m: (m.date or "9999", m.label))
        place = f" in {nxt.attrs['place']}" if nxt.attrs.get("place") else ""
        when = f" for {nxt.date}" if nxt.date else ""
        section.sentences.append(Sentence(
            f"The next meeting planned: {_meeting(nxt)}{when}{place}.", notes.cite(nxt)))
        pending = [i for i in instruments if i.status == "planned"]
        if pending:
            section.sentences.append(Sentence(
                f"Pending for it: {len(pending)} instrument{'s' if len(pending) != 1 else ''} "
                f"in preparation ({'; '.join(_title(i) for i in pending)}).",
                [n for i in pending for n in notes.cite(i)][:NOTES_PER_SENTENCE]))
    return section


def _meeting(meeting: Record) -> str:
    """A meeting as a sentence names it: "session 16 of the … Commission", "a summit"."""
    body, number = meeting.attrs.get("body"), meeting.attrs.get("number")
    if body and number:
        return f"session {number} of the {body}"
    if body:
        return f"a meeting of the {body}"
    kind = str(meeting.attrs.get("kind") or "meeting").replace("_", " ")
    return f"a {kind}" if kind != "other" else "a meeting"


def _title(doc: Record) -> str:
    title = doc.attrs.get("title") or str(doc.attrs.get("kind") or "instrument")
    areas = doc.attrs.get("areas") or []
    return f"{title} ({', '.join(areas)})" if areas else str(title)


def _signed(instruments: list[Record], since: str | None, notes: _Notes) -> Section:
    title = "Instruments signed" + (f" since {since}" if since else "")
    section = Section(title, empty="No instrument signed in the period.")
    done = [i for i in instruments if i.status in SIGNED and (not since or (i.date or "") >= since)]
    for doc in sorted(done, key=lambda r: (r.date or "9999", r.label)):
        place = f" in {doc.attrs['place']}" if doc.attrs.get("place") else ""
        verb = {"signed": "signed", "ratified": "ratified", "in_force": "in force"}[str(doc.status)]
        section.sentences.append(Sentence(
            f"{_cap(_title(doc))}: {verb} {_on(doc.date)}{place}.", notes.cite(doc)))
    return section


def _preparing(instruments: list[Record], notes: _Notes) -> Section:
    section = Section("Instruments in preparation", empty="No instrument in preparation.")
    for doc in sorted((i for i in instruments if i.status == "planned"), key=lambda r: r.label):
        when = f", to be signed {doc.date}" if doc.date else ""
        first = min((s.published for s in doc.support if s.published), default=None)
        since = f" (first reported {first})" if first else ""
        section.sentences.append(Sentence(f"{_cap(_title(doc))}: in preparation{when}{since}.",
                                          notes.cite(doc)))
    return section


def _programmes(programmes: list[Record], notes: _Notes) -> Section:
    section = Section("Programmes", empty="No programme is named.")
    for prog in sorted(programmes, key=lambda r: (-r.reports, r.label)):
        areas = prog.attrs.get("areas") or []
        about = f", in {', '.join(areas)}" if areas else ""
        section.sentences.append(Sentence(
            f"{_cap(str(prog.attrs.get('name') or prog.label))}: a joint programme{about}.",
            notes.cite(prog)))
    return section


def _areas(records: list[Record]) -> Section:
    counts = Counter(a for r in records if r.kind is not RecordKind.PERSON
                     for a in (r.attrs.get("areas") or []))
    section = Section("Areas ranked", empty="No area of cooperation is named.")
    if counts:
        ranked = sorted(counts.items(), key=lambda c: (-c[1], c[0]))
        section.sentences.append(Sentence("By the number of records naming them: " + ", ".join(
            f"{area} ({n})" for area, n in ranked) + "."))
    return section


def _quotes(store: Store, dyad: str, since: str | None, notes: _Notes) -> Section:
    section = Section("Key quotes", empty="No quote in the period.")
    said = [q for q in queries.quotes(store, dyad, limit=4 * QUOTES)
            if q.get("quote") and (not since or (q.get("published") or "") >= since)][:QUOTES]
    articles = {a["id"]: a for a in queries.list_articles_by_id(
        store, list(dict.fromkeys(q["article_id"] for q in said)))}
    for quote in said:
        article = articles.get(quote["article_id"])
        if article is None:
            continue
        speaker = quote.get("speaker") or "An unnamed speaker"
        section.sentences.append(Sentence(f"{speaker}: \u201c{quote['quote']}\u201d",
                                          [notes.cite_article(article)]))
    return section
