"""Hand-built extractions for registry tests: short texts, facts with real evidence offsets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accords.model import Article, Evidence, Extraction, Fact, FactKind
from accords.store import Store


def open_store(tmp_path: Path, name: str = "r.sqlite") -> Store:
    return Store.open(f"sqlite:///{tmp_path / name}")


def fact(text: str, fact_kind: FactKind, phrase: str, **attrs: Any) -> Fact:
    """A fact whose evidence is ``phrase`` in ``text`` (the sentence: the whole text)."""
    start = text.index(phrase)
    return Fact(fact_kind, dict(attrs), [Evidence(start, start + len(phrase), text, 0)], 0.6)


def article(aid: str, text: str, published: str | None, *facts: Fact,
            dyad: tuple[str, str] = ("HUN", "RUS"), outlet: str | None = None) -> Extraction:
    """An extraction of ``text``, with a dyad fact first, as the extractor gives."""
    dyad_fact = Fact(FactKind.DYAD, {"countries": list(dyad)}, [Evidence(0, 1, text, 0)], 1.0)
    return Extraction(Article(id=aid, text=text, published=published, outlet=outlet),
                      [dyad_fact, *facts])


def meeting(text: str, phrase: str, *, status: str = "held", date: str | None = None,
            place: str | None = None, body: str | None = None,
            kind: str = "commission_session", countries: tuple[str, str] = ("HUN", "RUS")) -> Fact:
    return fact(text, FactKind.MEETING, phrase, body=body, kind=kind, status=status, date=date,
                place=place, countries=list(countries))


def instrument(text: str, phrase: str, *, status: str = "signed", date: str | None = None,
               place: str | None = None, kind: str = "agreement", areas: tuple[str, ...] = (),
               title: str | None = None, countries: tuple[str, str] = ("HUN", "RUS")) -> Fact:
    return fact(text, FactKind.INSTRUMENT, phrase, kind=kind, status=status, date=date,
                place=place, countries=list(countries), parties=[], areas=list(areas),
                title=title)


def body(text: str, phrase: str, name: str, kind: str = "commission",
         countries: tuple[str, str] = ("HUN", "RUS")) -> Fact:
    return fact(text, FactKind.BODY, phrase, name=name, kind=kind, countries=list(countries))


def person(text: str, phrase: str, name: str, country: str | None, role: str | None = None) -> Fact:
    return fact(text, FactKind.PERSON, phrase, name=name, country=country, role=role)
