"""extract: one article's text → facts with evidence.

The stages run in this order over one document model (``ArticleDoc``: the text, the
spaCy parse, sentences, country mentions), each a module of its own with a one-line
contract:

1. ``dyads``: which pairs of states the article is about (none: no facts at all);
2. mentions (``bodies``, ``meetings``, ``instruments``, ``programmes``, ``area_mentions``,
   ``people``, ``statements``): candidate things with their spans, in the sentences
   that speak of the dyad (or of a body, or follow such a sentence closely);
3. ``factuality``: only mentions the text asserts, or presents as still to come, go
   on; negated, conditional, questioned and predicate ones stop here, and so do people
   named only inside a question or a condition;
4. entities (``entities`` for documents, ``meetings.combine_meeting_mentions`` for
   meetings, speakers for people): mentions of one thing become one entity; a
   reference never creates a second one;
5. attributes: what an entity takes from others (a document signed with no date or
   place of its own takes those of the session it closed);
6. facts: one ``Fact`` per entity, with every span that speaks of it as evidence.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc

from accords import settings
from accords.errors import InputRejected
from accords.extract.area_mentions import find_area_mentions
from accords.extract.areas import AreaMention
from accords.extract.bodies import BodyMention, canonical_bodies, find_bodies
from accords.extract.bounds import ModelText, OverBudget, model_text, time_budget
from accords.extract.document import ArticleDoc
from accords.extract.dyads import DyadFinding, find_dyads
from accords.extract.entities import resolve_instruments
from accords.extract.factuality import (
    assert_mentions,
    factuality_of_span,
    named_as_an_actor,
    recorded,
)
from accords.extract.instruments import (
    InstrumentMention,
    combine_instrument_mentions,
    dated_as_its_status_allows,
    find_instruments,
    not_of_the_sitting_it_missed,
    signed_at_the_meeting,
    signed_at_the_reported_lead,
    signed_in_the_datelines_city,
    to_be_signed_at_a_sitting,
    told_in_detail,
)
from accords.extract.meetings import (
    MeetingMention,
    at_the_level_of_those_who_meet,
    combine_meeting_mentions,
    find_meetings,
    of_another_pair,
    told_by_the_report,
)
from accords.extract.nlp import load_nlp
from accords.extract.people import PersonMention, find_people
from accords.extract.places import dateline_city
from accords.extract.programmes import ProgrammeMention, find_programmes
from accords.extract.published import published_in_text
from accords.extract.statements import StatementMention, find_statements
from accords.model import Article, Extraction, Fact, FactKind

#: How many sentences after a mention of the dyad still speak of it.
CARRY_SENTENCES = 2
#: Words that speak of the dyad without naming its states.
_BOTH_SIDES = re.compile(
    r"\b(?:the two|both) (?:countries|sides|states|nations|governments|parties|delegations|ministers|"
    r"leaders|presidents|prime ministers|heads of state|heads of government)\b"
    r"|\bbilateral\b|\bjoint (?:commission|committee)\b",
    re.IGNORECASE,
)
BATCH_SIZE = 32


class Extractor:
    """Holds the spaCy pipeline; ``extract`` one article or ``extract_many`` in batches.

    Work per article is bounded (``bounds``): the model reads at most ``max_chars``
    characters of it, and the rules get ``seconds``; an article over the time budget is
    rejected, and the others go on. ``extract_many`` extracts (model and rules) in
    ``processes`` forked worker processes while the caller's process reads and stores.
    ``settings`` gives the three defaults."""

    def __init__(
        self,
        nlp: Language | None = None,
        *,
        max_chars: int | None = None,
        seconds: float | None = None,
        processes: int | None = None,
    ) -> None:
        self.nlp = nlp or load_nlp()
        self.max_chars = max_chars or settings.max_nlp_chars()
        self.seconds = settings.article_seconds() if seconds is None else seconds
        self.processes = processes or settings.nlp_processes()

    def extract(self, article: Article) -> Extraction:
        """The facts of one article; raises ``InputRejected`` if it is over budget."""
        result = self._extract_batch([article])[0]
        if isinstance(result, InputRejected):
            raise result
        return result

    def extract_many(
        self, items: Iterable[Article | InputRejected], batch_size: int = BATCH_SIZE
    ) -> Iterator[Extraction | InputRejected]:
        """The facts of each article, in order, or its rejection if it was over budget; a
        rejection among the items (an input that could not be read) passes through in
        its place. With ``processes`` > 1, batches go to that many worker processes
        (forked, so the model is loaded once), a few batches ahead of what is yielded."""
        batches = _batches(items, batch_size)
        if self.processes <= 1:
            for batch in batches:
                yield from self._extract_batch(batch)
            return
        global _FORKED_FROM
        _FORKED_FROM = self
        context = multiprocessing.get_context("fork")
        with context.Pool(self.processes) as pool:
            pending: deque[AsyncResult[list[Extraction | InputRejected]]] = deque()
            for batch in batches:
                pending.append(pool.apply_async(_extract_in_worker, (batch,)))
                if len(pending) == self._batches_in_flight():
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()

    def most_ahead(self, batch_size: int = BATCH_SIZE) -> int:
        """How many items ``extract_many`` reads, at most, ahead of what it has yielded."""
        return batch_size * self._batches_in_flight()

    def _batches_in_flight(self) -> int:
        """Batches handed out before the oldest is waited for: two per worker, and the
        one the caller is consuming."""
        return 1 if self.processes <= 1 else 2 * self.processes + 1

    def _extract_batch(
        self, batch: list[Article | InputRejected]
    ) -> list[Extraction | InputRejected]:
        pairs = (self._to_model(item) for item in batch)
        return [
            item if read is None else self._extract(item, read, doc)
            for doc, (read, item) in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch))
        ]

    def _to_model(
        self, item: Article | InputRejected
    ) -> tuple[str, tuple[ModelText | None, Article | InputRejected]]:
        if isinstance(item, InputRejected):
            return "", (None, item)
        read = model_text(item.text, self.max_chars)
        return read.text, (read, item)

    def _extract(self, article: Article, read: ModelText, doc: Doc) -> Extraction | InputRejected:
        seen = (
            article if read.text == article.text else dataclasses.replace(article, text=read.text)
        )
        try:
            with time_budget(self.seconds):
                extraction = extract_from_doc(seen, doc)
        except OverBudget as over:
            return InputRejected(
                article.source or article.id,
                f"extraction {over} (the {settings.ENV_ARTICLE_SECONDS} budget); nothing stored",
            )
        except Exception as error:  # a fault of the rules on this article: report it, go on
            return InputRejected(
                article.source or article.id,
                f"extraction failed ({type(error).__name__}: {error}); nothing stored; "
                "this is a fault of Accords, please report it with the article",
            )
        if seen is not article:  # facts point into the same offsets of the whole text
            extraction = Extraction(
                dataclasses.replace(extraction.article, text=article.text),
                extraction.facts,
                read_chars=read.cut_at,
            )
        return extraction


#: The extractor whose ``extract_many`` forked the worker processes (they inherit it).
_FORKED_FROM: Extractor | None = None


def _extract_in_worker(batch: list[Article | InputRejected]) -> list[Extraction | InputRejected]:
    assert _FORKED_FROM is not None, "worker not forked from an extractor"
    return _FORKED_FROM._extract_batch(batch)


def _batches(
    items: Iterable[Article | InputRejected], size: int
) -> Iterator[list[Article | InputRejected]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_from_doc(article: Article, doc: Doc) -> Extraction:
    if not article.published:
        stated = published_in_text(article.text, article.url)
        if stated:
            article = dataclasses.replace(article, published=stated)
    adoc = ArticleDoc.build(article, doc)
    dyads = find_dyads(adoc)
    if not dyads:
        return Extraction(article, [])
    return Extraction(article, _facts(adoc, dyads))


@dataclass
class Mentions:
    """What one article names, stage by stage: found (2), asserted (3), merged (4)."""

    bodies: list[BodyMention]
    meetings: list[MeetingMention]
    instruments: list[InstrumentMention]
    programmes: list[ProgrammeMention]
    areas: list[AreaMention]
    people: list[PersonMention]
    statements: list[StatementMention]


def _facts(adoc: ArticleDoc, dyads: list[DyadFinding]) -> list[Fact]:
    found = find_mentions(adoc, dyads)
    found = keep_asserted(adoc, found)
    found = resolve_entities(adoc, found)
    settle_attributes(adoc, found, {c for d in dyads for c in d.dyad})
    return to_facts(adoc, dyads, found)


def find_mentions(adoc: ArticleDoc, dyads: list[DyadFinding]) -> Mentions:
    """Stage 2: every candidate mention, in the sentences that speak of the dyad."""
    bodies = canonical_bodies(find_bodies(adoc))
    relevant = _relevant_sentences(adoc, dyads, bodies)
    codes = {c for d in dyads for c in d.dyad}
    meetings = [
        m
        for m in find_meetings(adoc, bodies)
        if m.sentence in relevant and not of_another_pair(adoc, m.sentence, codes)
    ]
    instruments = [i for i in find_instruments(adoc, meetings) if i.sentence in relevant]
    people = find_people(adoc, codes)
    return Mentions(
        bodies=bodies,
        meetings=meetings,
        instruments=instruments,
        programmes=[
            p for p in find_programmes(adoc.text) if not _with_a_third_state(adoc, p, codes)
        ],
        areas=find_area_mentions(adoc, relevant, bodies),
        people=people,
        statements=find_statements(adoc.text, people),
    )


def keep_asserted(adoc: ArticleDoc, found: Mentions) -> Mentions:
    """Stage 3: meetings, documents and programmes the text asserts or plans, nothing it
    denies or only supposes; people who speak, or are named as actors somewhere, not only
    inside a question or a condition ("asked whether President A would visit …")."""
    speakers = {s.speaker for s in found.statements}
    planned = {id(i) for i in found.instruments if i.status == "planned"}
    instruments = assert_mentions(adoc.doc, found.instruments, keep_open=True)
    # a text whose denied signing is still worked on is to come: not of the sitting it missed
    not_of_the_sitting_it_missed(
        [i for i in instruments if i.status == "planned" and id(i) not in planned]
    )
    return dataclasses.replace(
        found,
        meetings=assert_mentions(adoc.doc, found.meetings),
        instruments=instruments,
        # "Should the rules change, A could join B's Youth Mobility Scheme": no programme of theirs
        programmes=[
            p for p in found.programmes if recorded(factuality_of_span(adoc.doc, p.start, p.end))
        ],
        people=[
            p
            for p in found.people
            if p.name in speakers or named_as_an_actor(adoc.doc, p.positions or [p.start])
        ],
    )


def resolve_entities(adoc: ArticleDoc, found: Mentions) -> Mentions:
    """Stage 4: one entity per meeting, document and person; references join theirs."""
    people = list(found.people)
    known = {p.name for p in people}
    for statement in found.statements:  # a speaker named only as such is a person too
        if statement.speaker not in known:
            known.add(statement.speaker)
            people.append(
                PersonMention(statement.start, statement.end, statement.speaker, None, None)
            )
    titled = {p.name: p.role for p in people if p.role}
    at_the_level_of_those_who_meet(adoc, found.meetings, titled)
    return dataclasses.replace(
        found,
        meetings=combine_meeting_mentions(found.meetings),
        instruments=resolve_instruments(adoc, found.instruments),
        people=people,
    )


def settle_attributes(adoc: ArticleDoc, found: Mentions, codes: set[str]) -> None:
    """Stage 5: a document signed with no date or place of its own was signed at the
    session the article reports; documents listed after a count told by fields are the
    count's; documents told twice with nothing new are one; the
    session reported with no place or date was held in the dateline's city, in the days
    before the report, and so were the documents signed at it; a document signed in the
    country of the dateline's city was signed in that city."""
    dated_as_its_status_allows(found.instruments, adoc.published and adoc.published.isoformat())
    signed_at_the_meeting(found.instruments, found.meetings)
    to_be_signed_at_a_sitting(adoc.text, found.instruments, found.meetings)
    found.instruments = combine_instrument_mentions(told_in_detail(adoc, found.instruments))
    signed_at_the_reported_lead(found.instruments, told_by_the_report(adoc, found.meetings, codes))
    signed_in_the_datelines_city(found.instruments, dateline_city(adoc.text))


def to_facts(adoc: ArticleDoc, dyads: list[DyadFinding], found: Mentions) -> list[Fact]:
    """Stage 6: one fact per entity, its spans as evidence."""
    facts = [
        Fact(
            FactKind.DYAD,
            {"countries": list(d.dyad)},
            [
                adoc.evidence(adoc.sentences[i].start, adoc.sentences[i].end)
                for i in d.sentences[:3]
            ],
            confidence=min(1.0, d.score / 4),
        )
        for d in dyads
    ]

    def add(
        kind: FactKind,
        attrs: dict[str, object],
        spans: list[tuple[int, int]],
        confidence: float = 0.6,
    ) -> None:
        facts.append(Fact(kind, attrs, [adoc.evidence(s, e) for s, e in spans], confidence))

    def countries(sentence_index: int) -> list[str]:
        return list(_dyad_for(adoc, sentence_index, dyads))

    for body in found.bodies:
        where = adoc.sentence_at(body.start).index
        attrs = {"name": body.name, "kind": body.kind, "countries": countries(where)}
        add(FactKind.BODY, attrs, _spans(body), 0.7)
    for meeting in found.meetings:
        add(FactKind.MEETING, meeting.attrs(countries(meeting.sentence)), meeting.spans)
    for instrument in found.instruments:
        attrs = instrument.attrs(countries(instrument.sentence))
        add(FactKind.INSTRUMENT, attrs, instrument.spans)
    for programme in found.programmes:
        attrs = {"name": programme.name, "areas": programme.areas}
        add(FactKind.PROGRAMME, attrs, _spans(programme))
    for mention in found.areas:
        add(FactKind.AREA, {"area": mention.area}, _spans(mention), 0.5)
    speakers = {s.speaker for s in found.statements}
    for person in found.people:
        if person.role or person.name in speakers:
            attrs = {"name": person.name, "country": person.country, "role": person.role}
            add(FactKind.PERSON, attrs, _spans(person))
    for statement in found.statements:
        attrs = {
            "speaker": statement.speaker,
            "quote_start": statement.quote_start,
            "quote": statement.quote,
        }
        add(FactKind.STATEMENT, attrs, _spans(statement))
    return facts


def _spans(mention: _Span) -> list[tuple[int, int]]:
    return [(mention.start, mention.end)]


class _Span(Protocol):
    start: int
    end: int


#: Words that join a third party to a programme: "the … Programme with Italy".
_WITH = re.compile(r"\s+(?:with|and)\s+(?:the\s+)?$")


def _with_a_third_state(adoc: ArticleDoc, programme: ProgrammeMention, codes: set[str]) -> bool:
    """'Progress on the Combat Air Programme with Italy': a programme the pair runs with a
    third state is a group's, not the pair's."""
    after = [m for m in adoc.countries_in(programme.end, programme.end + 40) if m.how != "capital"]
    return bool(after) and after[0].code not in codes and bool(
        _WITH.match(adoc.text[programme.end : after[0].start])
    )


def _relevant_sentences(
    adoc: ArticleDoc, dyads: list[DyadFinding], bodies: list[BodyMention]
) -> set[int]:
    """Sentences naming a dyad state or a body, and the few that follow each."""
    codes = {c for d in dyads for c in d.dyad}
    anchors = {adoc.sentence_at(m.start).index for m in adoc.countries if m.code in codes}
    anchors |= {adoc.sentence_at(b.start).index for b in bodies}
    anchors |= {s.index for s in adoc.sentences if _BOTH_SIDES.search(s.text)}
    # the sentence before an anchor too: "When the meeting closed, …" then who met
    relevant = {i + k for i in anchors for k in range(-1, CARRY_SENTENCES + 1)}
    for sentence in adoc.sentences:  # a list goes on as long as its items do
        if sentence.index - 1 in relevant and sentence.is_list_item:
            relevant.add(sentence.index)
    return relevant


def _dyad_for(adoc: ArticleDoc, sentence_index: int, dyads: list[DyadFinding]) -> tuple[str, str]:
    """The dyad a sentence speaks of: the one whose states it (or the sentences before) name."""
    if len(dyads) == 1:
        return dyads[0].dyad
    for back in range(CARRY_SENTENCES + 1):
        index = sentence_index - back
        if index < 0:
            break
        sentence = adoc.sentences[index]
        named = {m.code for m in adoc.countries_in(sentence.start, sentence.end)}
        for finding in dyads:
            if set(finding.dyad) <= named:
                return finding.dyad
        for finding in dyads[1:]:
            if set(finding.dyad) - set(dyads[0].dyad) & named:
                return finding.dyad
    return dyads[0].dyad
