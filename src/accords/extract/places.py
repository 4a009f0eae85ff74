"""Places of meetings and signings: cities (and countries, for visits) in a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.extract.countries import gazetteer
from accords.extract.document import ArticleDoc, Sentence

_INTRODUCERS = re.compile(
    r"(?:\bin|\bat|\bto|\bfrom|\bvenue|\bcity of|\bcapital,?)\s+(?:the\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    name: str
    is_city: bool
    introduced: bool  # preceded by "in", "at", "to"
    destination: bool = False  # preceded by "to": where a visit goes
    origin: bool = False  # preceded by "from": where a visitor comes from


def places_in(adoc: ArticleDoc, sentence: Sentence, countries_too: bool = False) -> list[Place]:
    """Cities in the sentence from the NER and the gazetteer, not inside organisation names."""
    gaz = gazetteer()
    text = adoc.text
    found: dict[int, Place] = {}
    org_spans = [(e.start_char, e.end_char) for e in sentence.span.ents if e.label_ == "ORG"]
    spans = [(e.start_char, e.end_char) for e in sentence.span.ents if e.label_ in ("GPE", "LOC")]
    spans += [
        (m.start, m.end)
        for m in adoc.countries_in(sentence.start, sentence.end)
        if m.how == "capital"
    ]
    for start, end in spans:
        name = re.sub(r"^the\s+", "", text[start:end]).strip(" ,.")
        name = re.sub(r"['’]s$", "", name)
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in org_spans):
            continue
        is_city = gaz.is_city(name)
        if not is_city and not countries_too:
            continue
        before = text[max(sentence.start, start - 14) : start]
        introduced = bool(_INTRODUCERS.search(before))
        destination = bool(re.search(r"\bto\s+(?:the\s+)?$", before))
        origin = bool(re.search(r"\bfrom\s+(?:the\s+)?$", before))
        if not is_city and not (gaz.code_of(name) and introduced):
            continue  # a country is a place only as "in X" or "to X"
        if start not in found:
            found[start] = Place(start, end, name, is_city, introduced, destination, origin)
    return sorted(found.values(), key=lambda p: p.start)
