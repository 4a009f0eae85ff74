"""Named standing programmes: scholarship schemes, joint funds, exchange programmes.

A programme has a proper name: capitalised words before a programme word
("Aurora Scholarship Programme", "the X Fund", "the Y Plan", "the Z Grants") or a
name the programme word introduces. Unnamed mentions ("a cooperation programme") are instruments, not
programmes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accords.extract.areas import areas_in
from accords.extract.countries import gazetteer

_HEAD = (
    r"(?:[Pp]rogram(?:me)?|[Ss]cheme|[Ff]und|[Ii]nitiative|[Ff]ellowships?|[Ss]cholarships?|"
    r"Grants|Awards|Plan)"
)
_DESCRIPTOR = r"(?:scholarship|exchange|training|mobility|development|investment|grant|research|joint|youth|student|fellowship)"
_CAP = r"(?:[A-Z][\w’'\-]+)"
_NAMED = re.compile(
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|of|for|and|the|&))*?)(?:\s+\([A-Z][\w-]{{1,12}}\))?\s+"
    rf"(?P<desc>(?:{_DESCRIPTOR}\s+)*)(?P<head>{_HEAD})\b"
)
#: After "Plan": the plan is a document of what to do ("Plan of Action"), not a programme.
_PLAN_OF = re.compile(r"\s+of\b")
#: A compound that says who funds, leads or runs a scheme: "Dutch-funded", "EU-backed".
_DESCRIBED = re.compile(r"^[\w’'-]+-(?:funded|financed|backed|led|run|based|sponsored)$")
#: A possessive word: whose the programme is ("Kenya's", "the Minister's").
_WHOSE = re.compile(r"['’]s$")
#: A name set off before "the project that …", "a scheme under which …": the apposition
#: says what the name is, in whatever language the name is written ("Saúde para Todos").
_ANY_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w’'\-]+)"  # capitalised in any Latin script: "École"
_APPOSED = re.compile(
    rf"(?P<name>{_ANY_CAP}(?:\s+(?:{_ANY_CAP}|[a-zà-ÿ]{{1,4}}))*?\s+{_ANY_CAP}|{_ANY_CAP}),"
    r"\s+(?:the|a)\s+"
    r"(?:[a-z-]+\s+)?(?:project|programme|program|scheme|initiative)\s+"
    r"(?:that|which|whose|under|through|funded|launched|created|run)\b"
)
#: Words that open a phrase but are not part of a name: determiners, and prepositions
#: capitalised at the start of a sentence.
_OPENERS = {
    *("The", "A", "An", "This", "That", "Its", "Their", "Our", "Both", "Each", "New"),
    *("Under", "In", "On", "At", "With", "For", "By", "From", "After", "During", "Through"),
}
#: A name made only of these is a kind of programme, not a programme's name.
_GENERIC = {
    "Joint",
    "Cooperation",
    "Executive",
    "Action",
    "Development",
    "National",
    "Bilateral",
    "Economic",
    "Technical",
    "Trade",
    "Work",
    "Annual",
    "Strategic",
    "Indicative",
    "Framework",
    "Comprehensive",
    "Multiannual",
}


@dataclass
class ProgrammeMention:
    start: int
    end: int
    name: str
    areas: list[str]


def find_programmes(text: str) -> list[ProgrammeMention]:
    found: dict[str, ProgrammeMention] = {}
    for match in _NAMED.finditer(text):
        words = _after_instrument(match.group("name")).split()
        while words and (words[0] in _OPENERS or words[0][0].islower()):
            words = words[1:]  # "Under the Andes Nursing Programme": the name is after
        owner = max((i for i, w in enumerate(words[:-1]) if _WHOSE.search(w)), default=-1)
        words = words[owner + 1 :]  # "New Zealand's Working Holiday Scheme": whose, then the name
        if not words or all(w[0].islower() or w in _GENERIC for w in words):
            continue
        if words[-1][0].islower():
            continue  # "Under the programme": a name ends on a word of its own
        if _WHOSE.search(words[-1]):
            continue  # "Today's programme", "the Minister's programme": whose, not a name
        if match.group("head") == "Plan" and (
            words[-1] in _GENERIC or _PLAN_OF.match(text, match.end())
        ):
            continue  # "the 2025 Action Plan", "a Plan of Action": a document, not a programme
        name = " ".join(words)
        if _looks_like_institution(name) or _a_signing_party(text, match.start("name")):
            continue
        if _DESCRIBED.search(name):
            continue  # "a Dutch-funded scheme": who pays for it, not its name
        if match.group("head")[0].islower() and gazetteer().code_of(name):
            continue  # "Timor-Leste scholarships": scholarships for a state, not a name
        start = match.start("name") + match.group("name").find(words[0])
        phrase = match.group()
        areas = areas_in(phrase) or (
            ["education"] if re.search(r"scholar|fellow|student", phrase, re.I) else []
        )
        found.setdefault(name.lower(), ProgrammeMention(start, match.end(), name, areas))
    for match in _APPOSED.finditer(text):
        words = match.group("name").split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        name = " ".join(words)
        if not words or _looks_like_institution(name) or gazetteer().code_of(name):
            continue
        start = match.start("name") + match.group("name").find(words[0])
        sentence_end = text.find(".", match.end())
        areas = areas_in(text[match.start() : sentence_end if sentence_end > 0 else None])
        found.setdefault(name.lower(), ProgrammeMention(start, match.end(), name, areas))
    return list(found.values())


def _after_instrument(name: str) -> str:
    """'Protocol on the Management of the X Fund' names X; so does 'the Management of the
    X Fund' (what is done to a programme is no part of its name)."""
    if re.search(r"\b(?:Memorandum|Agreement|Protocol|Treaty|Accord|Declaration)\b", name):
        name = re.split(r"\b(?:of|for) the\s+", name)[-1]
    return re.sub(r"^[A-Z]\w+(?:ment|tion|ance|ing)\s+(?:of|for)\s+the\s+", "", name)


#: The word before a name that makes it one of the parties to a document: "between the X
#: Fund and the Y Authority".
_PARTY_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$")


def _a_signing_party(text: str, start: int) -> bool:
    """A fund named as a party to a document ("a memorandum between the X Fund and the Y
    Authority") is an institution that signs, not a programme the cooperation runs."""
    return _PARTY_BEFORE.search(text, max(0, start - 20), start) is not None


def _looks_like_institution(name: str) -> bool:
    return bool(
        re.search(
            r"\b(?:Ministry|Bank|Agency|University|Monetary|Nations|Union|Food|World)\b",
            name,
        )
    )
