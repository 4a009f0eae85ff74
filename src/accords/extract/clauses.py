"""Helpers over the spaCy parse: the words that decide a trigger's tense and modality,
and the places and dates nearest a trigger in its sentence."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from accords.extract import cues
from accords.extract.countries import gazetteer
from accords.extract.dates import TENSE_FORMS, DateMention, resolve
from accords.extract.document import ArticleDoc, Sentence
from accords.extract.places import places_in

#: Dependencies whose words carry tense, modality or time ("will", "next", "last").
_MODAL_DEPS = {"aux", "auxpass", "neg", "advmod", "prt", "mark", "amod", "npadvmod", "advcl"}
_CLAUSE_DEPS = {"relcl", "acl", "xcomp", "ccomp"}
WINDOW_BEFORE = 6


def governing_verb(token: Token) -> Token:
    """The nearest verb or auxiliary above ``token`` (or the sentence root)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def local_context(token: Token) -> str:
    """The words around a trigger that say whether it happened: its verb chain,
    their auxiliaries and modifiers, the trigger's own modifiers and a few words before."""
    picked: set[Token] = {token}
    verb = governing_verb(token)
    chain = [verb]
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj") and verb.head.i != verb.i:
        chain.append(verb.head)
    for child in token.children:
        if child.dep_ in _CLAUSE_DEPS:
            chain.append(child)
    for item in chain:
        picked.add(item)
        for child in item.children:
            if child.dep_ in _MODAL_DEPS:
                picked.add(child)
            elif child.dep_ == "xcomp":  # "expected to be signed": keep the "to be"
                picked.add(child)
                picked.update(c for c in child.children if c.dep_ in ("aux", "auxpass"))
    picked.update(c for c in token.children if c.dep_ in _MODAL_DEPS | {"compound", "det"})
    sent = token.sent
    picked.update(sent.doc[max(sent.start, token.i - WINDOW_BEFORE) : token.i])
    return " ".join(t.text for t in sorted(picked, key=lambda t: t.i))


_OWN_CLAUSE_DEPS = {
    "nsubj",
    "nsubjpass",
    "prep",
    "dobj",
    "agent",
    "npadvmod",
    "advmod",
    "attr",
    "compound",
    "amod",
    "det",
    "poss",
    "nummod",
}


def trigger_scope(token: Token) -> tuple[int, int]:
    """Character range of the words a trigger governs: a noun's whole phrase ("the 9th
    session of the Council"); a verb's subject and prepositional phrases, but not the
    clauses it introduces ("met in Tallinn [to plan the next round]")."""
    if token.pos_ in ("VERB", "AUX"):
        words = [token] + [
            t for c in token.children if c.dep_ in _OWN_CLAUSE_DEPS for t in c.subtree
        ]
    else:
        words = list(token.subtree)
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


def nearest_date(
    adoc: ArticleDoc, sentence: Sentence, at: int, scope: tuple[int, int] | None = None
) -> DateMention | None:
    """The resolved date nearest ``at`` in the sentence (unresolved dates don't count),
    one inside the trigger's own ``scope`` first. Dates whose value hangs on the tense
    ("on Friday", "in March") are resolved with the tense of their own clause."""
    mentions = [
        dataclasses.replace(
            d, value=resolve(d.text, d.form, adoc.published, clause_tense(sentence, d.end - 1))
        )
        if d.form in TENSE_FORMS and adoc.published is not None
        else d
        for d in adoc.dates_in(sentence.start, sentence.end)
    ]
    dates = [
        d
        for d in mentions
        if d.value
        and not _PERIOD.search(adoc.text[max(0, d.start - 24) : d.start])
        and not _long_before(d.value, adoc)
    ]
    if not dates:
        return None
    return min(dates, key=lambda d: (not _within(d.start, scope), abs(d.start - at)))


#: Words that put a clause in the past whatever else it says ("last", "previous").
_PAST_WORDS = re.compile(r"\b(?:last|previous|prior|ago)\b", re.IGNORECASE)


def clause_tense(sentence: Sentence, at: int) -> bool | None:
    """``True`` when the clause of the word at ``at`` speaks of the future ("will meet",
    "is scheduled to"), ``False`` when its verb is in the past tense ("met", "was
    signed", "have agreed"), ``None`` when neither can be told."""
    token = next((t for t in sentence.span if t.idx <= at < t.idx + len(t.text)), None)
    if token is None:
        return None
    context = local_context(token)
    if cues.has(cues.PLANNED, context) and not _PAST_WORDS.search(context):
        return True
    verb = governing_verb(token)
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "VBD" in tags or (
        "VBN" in tags and any(c.lower_ in ("has", "have", "had") for c in verb.children)
    ):
        return False
    return None


#: Words before a date that make it a period an instrument covers ("plan for 2021"),
#: a deadline ("by 2030") or a start ("since 2019"), not when something happened.
_PERIOD = re.compile(
    r"\b(?:for|until|till|through|to|by|since|from|before|dated)\s+(?:the\s+)?(?:period\s+|year\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)


#: A date this many years before the article is history (an anniversary), not an event.
HISTORY_YEARS = 20


def _long_before(value: str, adoc: ArticleDoc) -> bool:
    return adoc.published is not None and int(value[:4]) < adoc.published.year - HISTORY_YEARS


def _within(offset: int, scope: tuple[int, int] | None) -> bool:
    return scope is not None and scope[0] <= offset < scope[1]


def nearest_place(
    adoc: ArticleDoc,
    sentence: Sentence,
    at: int,
    excluded: list[tuple[int, int]] | None = None,
    countries_too: bool = False,
    destination: bool = False,
    scope: tuple[int, int] | None = None,
) -> str | None:
    """The city (or, with ``countries_too``, country) introduced by in/at/to nearest ``at``."""
    candidates = [
        p
        for p in places_in(adoc, sentence, countries_too=countries_too)
        if not any(a <= p.start < b for a, b in excluded or [])
        and not (destination and p.origin)  # a visit "from X" does not take place in X
    ]
    if not candidates:
        return None
    best = min(
        candidates,
        key=lambda p: (
            not _within(p.start, scope),
            destination and not p.destination,
            not p.introduced,
            not p.is_city,  # "in Iceland's capital, Reykjavik": the city (SCHEMA: city, else country)
            abs(p.start - at),
        ),
    )
    return best.name if best.is_city else event_city(adoc, best.name) or best.name


#: A city naming an event: "the Lima talks", "the Lima summit".
_CITY_EVENT = re.compile(
    r"^\s+(?:talks|meetings?|summit|sessions?|consultations|negotiations|conference|round)\b",
    re.IGNORECASE,
)


def event_city(adoc: ArticleDoc, country: str) -> str | None:
    """The one city of ``country`` that names the article's meetings ("the Lima talks"):
    talks the text places in the country are those, and the city beats the country.
    ``None`` when the article names no such city, or several."""
    gaz = gazetteer()
    code = gaz.code_of(country)
    if code is None:
        return None
    cities = adoc.__dict__.setdefault("_event_cities", {})  # per article, built once
    if code not in cities:
        named = {
            place.name
            for sentence in adoc.sentences
            for place in places_in(adoc, sentence)
            if gaz.country_of_place(place.name) == code
            and _CITY_EVENT.match(adoc.text[place.end : place.end + 20])
        }
        cities[code] = named.pop() if len(named) == 1 else None
    return cities[code]


def place_in_scope(
    adoc: ArticleDoc,
    sentence: Sentence,
    scope: tuple[int, int],
    excluded: list[tuple[int, int]] | None = None,
) -> str | None:
    """The first place (city or country) introduced by in/at/to inside a trigger's phrase:
    "the 9th session …, due to be held next spring in Mongolia"."""
    inside = [
        place
        for place in places_in(adoc, sentence, countries_too=True)
        if _within(place.start, scope)
        and place.introduced
        and not any(a <= place.start < b for a, b in excluded or [])
    ]
    cities = [place for place in inside if place.is_city]
    return (cities or inside)[0].name if inside else None
