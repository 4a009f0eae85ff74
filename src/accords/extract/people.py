"""People: officials named as actors or sources, with their role and the state they act for.

Names come from spaCy's PERSON entities; a role is the title before the name
("Hungarian Foreign Minister Péter Szijjártó") or the apposition after it ("Gábor Nagy,
head of the … Department, said"); the state comes from a demonym or country in the
role, or else from the country named nearest before the name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.extract import cues
from accords.extract.countries import gazetteer
from accords.extract.document import ArticleDoc

_ROLE_WORDS = set(cues.ROLE_WORDS)
_PORTFOLIO = set(cues.PORTFOLIO_WORDS)
_HONORIFICS = {
    "Mr",
    "Mr.",
    "Mrs",
    "Ms",
    "Dr",
    "Dr.",
    "H.E.",
    "HE",
    "Hon.",
    "His",
    "Her",
    "Excellency",
    "Majesty",
    "Highness",
    "Honourable",
    "Honorable",
}
_APPOSITION = re.compile(
    r"^,\s*(?:the\s+|a\s+|who is\s+(?:the\s+)?)?(?P<role>(?:[\w’'\-]+\s+){0,3}?"
    r"(?:head|minister|president|ambassador|secretary|director|chairman|chair|chairperson|"
    r"governor|deputy|envoy|spokesperson|spokesman|spokeswoman|chief|adviser|advisor|"
    r"representative|commissioner|consul|premier|co-chair|officer|counsellor|mayor)\b[^,.;:“”\"]*)",
    re.IGNORECASE,
)
_LOWER_ROLES = {
    "minister",
    "president",
    "ambassador",
    "secretary",
    "foreign",
    "deputy",
    "prime",
    "vice",
    "chairman",
    "envoy",
    "governor",
}
_BAD_NAME = re.compile(r"[\d@#]|^(?:Ministry|Minister|President|Prime|Foreign)\b")


@dataclass
class PersonMention:
    start: int
    end: int
    name: str
    role: str | None
    country: str | None


def find_people(adoc: ArticleDoc, dyad_codes: set[str]) -> list[PersonMention]:
    """Officials in order of first mention; surnames alone are folded into the full name."""
    gaz = gazetteer()
    mentions: list[PersonMention] = []
    for ent in adoc.doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = _clean_name(ent.text)
        if not name or _BAD_NAME.search(name) or gaz.country_of_place(name):
            continue
        start = ent.start_char + ent.text.find(name.split()[0])
        role, role_start, titled_country = _title_before(adoc, ent.start)
        after = _APPOSITION.match(adoc.text[ent.end_char : ent.end_char + 200])
        if after:
            role = " ".join(filter(None, [role, after.group("role").strip()]))
        country = titled_country or _country(
            adoc, role, role_start if role_start is not None else start, dyad_codes
        )
        mentions.append(PersonMention(start, start + len(name), name, role, country))
    return _fold(mentions)


def _clean_name(text: str) -> str:
    text = re.sub(r"['’]s$", "", text.strip())
    words = [w for w in text.split() if w not in _HONORIFICS and w not in _ROLE_WORDS]
    return " ".join(words).strip(" ,.")


def _title_before(adoc: ArticleDoc, index: int) -> tuple[str | None, int | None, str | None]:
    """Capitalised role words right before the name ("Russian Health Minister"), where
    they start, and the state a demonym or country before them names."""
    doc = adoc.doc
    gaz = gazetteer()
    i = index - 1
    tokens = []
    country = None
    while i >= 0:
        text = doc[i].text
        if text in _ROLE_WORDS or text in _PORTFOLIO or text.lower() in _LOWER_ROLES:
            tokens.insert(0, doc[i])
        elif text in ("'s", "’s") and i > 0 and gaz.code_of(doc[i - 1].text):
            country = gaz.code_of(doc[i - 1].text)
            break
        elif gaz.code_of(text):
            country = gaz.code_of(text)
            break
        else:
            break
        i -= 1
    while tokens and tokens[0].text in {"and", "of", "for", "the"} | _HONORIFICS:
        tokens.pop(0)
    while tokens and tokens[-1].text in _HONORIFICS | {"and", "of", "for", "the"}:
        tokens.pop()
    if not any(t.text in _ROLE_WORDS or t.text.lower() in _LOWER_ROLES for t in tokens):
        return None, None, None
    return " ".join(t.text for t in tokens), tokens[0].idx, country


def _country(adoc: ArticleDoc, role: str | None, at: int, dyad_codes: set[str]) -> str | None:
    gaz = gazetteer()
    if role:
        for word in re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", role):
            code = gaz.code_of(word) or gaz.code_of(word.split()[0])
            if code:
                return code
    before = [
        m
        for m in adoc.countries
        if m.end <= at and m.how != "capital" and (m.code in dyad_codes or not dyad_codes)
    ]
    return before[-1].code if before else None


def _fold(mentions: list[PersonMention]) -> list[PersonMention]:
    """Merge "Nagy" into "Gábor Nagy", keeping the first role and country found."""
    full: list[PersonMention] = []
    for mention in sorted(mentions, key=lambda m: -len(m.name.split())):
        twin = next((f for f in full if same_person(f.name, mention.name)), None)
        if twin is None:
            full.append(mention)
            continue
        twin.role = twin.role or mention.role
        twin.country = twin.country or mention.country
    return sorted(full, key=lambda m: m.start)


def same_person(a: str, b: str) -> bool:
    """One person when one name's last word is among the other's words."""
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa)
