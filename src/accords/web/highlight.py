"""An article's text cut into pieces for the article page: each piece with the facts whose
evidence covers it, so the template can mark them (the text itself stays escaped)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass
class Segment:
    """A run of article text, with the facts whose evidence covers it (empty: plain text)."""

    text: str
    facts: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    anchor: bool = False  # the first piece of its first fact's evidence: the page's #f<id>


def segments(text: str, spans: list[tuple[int, int, int, str]]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each piece lists the facts covering it."""
    points = {0, len(text)}
    for start, end, _fid, _kind in spans:
        points.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    cuts = sorted(points)
    pieces = []
    anchored: set[int] = set()  # a fact told in several sentences has one anchor, its first
    for a, b in pairwise(cuts):
        if a == b:
            continue
        covering = [(fid, kind) for start, end, fid, kind in spans if start <= a and b <= end]
        facts = [f for f, _ in covering]
        anchor = bool(facts) and facts[0] not in anchored
        anchored.update(facts[:1])
        pieces.append(Segment(text[a:b], facts, sorted({k for _, k in covering}), anchor))
    return pieces


def highlight(article: dict[str, Any]) -> list[Segment]:
    """The pieces of an article (as ``store.queries.get_article`` gives it) with the evidence
    of its facts marked; dyads and areas, which name no span worth marking, left out."""
    spans = [
        (e["start"], e["end"], f["id"], f["kind"])
        for f in article["facts"]
        if f["kind"] not in ("dyad", "area")
        for e in f["evidence"]
    ]
    return segments(article["text"], spans)
