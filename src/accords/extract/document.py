"""One article as the extractors see it: the spaCy ``Doc``, sentences and country mentions.

Every extractor takes an ``ArticleDoc`` and returns facts; evidence offsets are always
offsets into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from accords.extract.countries import CountryMention, find_countries, in_capitals
from accords.extract.dates import DateMention, find_dates, parse_published
from accords.extract.published import dateline_day
from accords.model import Article, Evidence

_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)]|[a-z][.)])\s+")


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    span: Span
    #: The named entities inside the sentence (read once: ``Span.ents`` scans the whole Doc).
    ents: tuple[Span, ...] = ()

    @property
    def in_capitals(self) -> bool:
        """All in capitals: the model's tags and parse of such a line are unreliable."""
        return in_capitals(self.text)

    @property
    def is_list_item(self) -> bool:
        """A bulleted or numbered line ("- Memorandum on …", "3. An agreement …")."""
        return bool(_LIST_ITEM.match(self.text))


@dataclass
class ArticleDoc:
    article: Article
    doc: Doc
    #: The day the story counts its days from: its dateline's own day when that lies a few
    #: days before the page's date (``published.dateline_day``), else the page's date.
    published: dt.date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    _dates: dict[tuple[int, int], tuple[DateMention, ...]] = field(default_factory=dict, repr=False)
    #: What later stages compute once per document and share (places per sentence).
    memo: dict[tuple[object, ...], tuple[object, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, article: Article, doc: Doc, published: str | None = None) -> ArticleDoc:
        spans = _sentences(doc)
        ents: list[list[Span]] = [[] for _ in spans]
        starts = [s.start for s in spans]
        for ent in doc.ents:
            i = bisect_right(starts, ent.start) - 1
            if i >= 0 and ent.end <= spans[i].end:
                ents[i].append(ent)
        sentences = [
            Sentence(i, s.start_char, s.end_char, s.text, s, tuple(ents[i]))
            for i, s in enumerate(spans)
        ]
        date = parse_published(published or article.published)
        # the story counts its days from its dateline's day, filed a day or two before the page
        return cls(article, doc, dateline_day(article.text, date) or date, sentences)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def countries(self) -> list[CountryMention]:
        return find_countries(self.text)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence:
        index = max(0, bisect_right(self._starts, offset) - 1)
        return self.sentences[index]

    @cached_property
    def _country_starts(self) -> list[int]:
        return [m.start for m in self.countries]

    def countries_in(self, start: int, end: int) -> list[CountryMention]:
        """The country mentions between two offsets (found by bisection: mentions are in
        text order)."""
        first = bisect_left(self._country_starts, start)
        last = bisect_left(self._country_starts, end, lo=first)
        return [m for m in self.countries[first:last] if m.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """The dates between two offsets, found once per span."""
        key = ("dates", start, end)
        if key not in self.memo:
            self.memo[key] = tuple(find_dates(self.text, self.published, start, end))
        return list(self.memo[key])  # type: ignore[arg-type]

    def evidence(self, start: int, end: int) -> Evidence:
        sentence = self.sentence_at(start)
        return Evidence(start, end, sentence.text, sentence.start)


def _sentences(doc: Doc) -> list[Span]:
    """spaCy's sentences, split again at paragraph breaks (headlines have no final stop).

    A single line break splits only where the line before ends like a sentence or a
    heading; a hard-wrapped line that ends mid-sentence ("… in Hanoi on") does not.
    """
    spans: list[Span] = []
    for sent in doc.sents:
        begin = sent.start
        for token in sent:
            if "\n" in token.text and token.i > begin and _breaks_paragraph(doc, token.i):
                spans.append(doc[begin : token.i])
                begin = token.i + 1
        if begin < sent.end:
            spans.append(doc[begin : sent.end])
    return _markers_joined([s for s in spans if s.text.strip()])


#: A list item's marker alone ("1.", "b)"): the parser takes "1." for a sentence of its own.
_MARKER_ONLY = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-–•*·▪])\s*")


def _markers_joined(spans: list[Span]) -> list[Span]:
    """A marker alone and the rest of its line are one sentence, the list item."""
    joined: list[Span] = []
    for span in spans:
        if joined and len(joined[-1]) <= 2 and _MARKER_ONLY.fullmatch(joined[-1].text):
            doc = span.doc
            between = doc.text[joined[-1].end_char : span.start_char]
            if "\n" not in between:
                joined[-1] = doc[joined[-1].start : span.end]
                continue
        joined.append(span)
    return joined


def _breaks_paragraph(doc: Doc, index: int) -> bool:
    if doc[index].text.count("\n") >= 2 or index == 0:
        return True
    if index + 2 < len(doc) and doc[index + 1].is_title and doc[index + 2].text == ":":
        return True  # the next line is a field of the page: "Published: 12 May 2023"
    last = doc[index - 1].text[-1:]
    return not (last.islower() or last in ",-–(")
