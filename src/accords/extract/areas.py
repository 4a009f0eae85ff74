"""Cooperation areas: the controlled vocabulary of shared/eval/SCHEMA.md and its synonyms.

The table is data: each area lists the words and phrases (lower case, regular-expression
fragments allowed) that name it in the news. Matching is on word boundaries and
ignores case, except where a phrase says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accords.model import AREAS

SYNONYMS: dict[str, tuple[str, ...]] = {
    "trade": (
        "trade",
        "trading",
        "commerce",
        "commercial",
        "exports?",
        "imports?",
        "market access",
        "free trade",
        "business ties",
        "economic and trade",
        "economic partnership",  # a CEPA or EPA is a trade agreement
        "tariffs?",
        "customs union",
    ),
    "investment": ("investments?", "investors?", "joint ventures?"),
    "finance": (
        "finance",
        "financial",
        "banking",
        "banks?",
        "monetary",
        "taxation",
        "double taxation",
        "fiscal",
        "credit lines?",
        "loans?",
        "currency swaps?",
        "debts?",
        "insurance",
        "fintech",
    ),
    "energy": (
        "energy",
        "oil",
        "gas",
        "natural gas",
        "lng",
        "electricity",
        "power grids?",
        "power plants?",
        "power supply",
        "petroleum",
        "hydrocarbons?(?!\\s+spill)",  # a spill is the environment's
        "electric(?:al)? (?:power|interconnections?)",
        "interconnectors?",
        "renewables?",
        "hydropower",
        "hydroelectric\\w*",
        "power lines?",
        "transmission lines?",
        "solar",
        "wind power",
        "fuel",
        "hydrogen",
        "power generation",
    ),
    "nuclear": ("nuclear", "atomic energy", "atomic"),
    "agriculture": (
        "agricultur\\w*",
        "agro\\w*",
        "farming",
        "farmers",
        "livestock",
        # herds moved between seasonal pastures, often across a border
        "transhumance",
        "pastoralis(?:m|ts?)",
        "herders?",
        "grazing",
        "fisheries",
        "fishing",
        "food security",
        "veterinary",
        "phytosanitary",
        "irrigation",
        "crops?",
        "grain",
        "meat",
        "dairy",
        "food",
    ),
    "industry": (
        "industriali[sz]ation",
        "industry",
        "industrial",
        "industries",
        "manufacturing",
        "automotive",
        "steel",
        "textiles?",
        "pharmaceutical industry",
        "semiconductors?",
    ),
    "transport": (
        "transport\\w*",
        "railways?",
        "rail",
        "roads?(?! ?maps?)",  # a road map is a plan of action, not roads
        "road transport",
        "aviation",
        "air services?",
        "air transport",
        "shipping",
        "maritime",
        # "Port Moresby", "Port-au-Prince": a city's name
        "ports?(?![-‑–]\\w|\\s+(?-i:[A-Z][a-z]))",
        "logistics",
        "transit",
        "freight",
        "(?:container|cargo|passenger|freight) trains?",
        "train services?",
        "wagons?",
        "trucks?",
        "trucking",
        "lorr(?:y|ies)",
        "flights?",
        "airlines?",
        "highways?",
        "driving licen[cs]es?",
        "driver'?s'? licen[cs]es?",
    ),
    "infrastructure": (
        "urban planning",
        "city planning",
        "land planning",
        "spatial planning",
        "cartography",
        "infrastructure",
        "construction",
        "bridges?",
        "housing",
        "urban development",
        "public works",
        "smart cit(?:y|ies)",
        "tunnels?",
    ),
    "science": (
        "seismic",
        "seismolog\\w*",
        "meteorolog\\w*",
        "hydrometeorolog\\w*",
        "oceanograph\\w*",
        "science",
        "sciences",
        "scientific",
        "research",
        "technolog\\w*",
        "innovation",
        "r&d",
    ),
    "education": (
        "education",
        "educational",
        "higher education",
        "universit\\w*",
        "scholarships?",
        "students?",
        "student exchanges?",
        "academic",
        "training",
        "vocational",
        "schools?",
        "teachers?",
    ),
    "health": (
        "health",
        "healthcare",
        "health care",
        "public health",
        "medicine",
        "medical",
        "pharmaceuticals?",
        "hospitals?",
        "vaccines?",
        "epidemiolog\\w*",  # a pandemic told as the times' backdrop is no field
        "sanitary",
    ),
    "culture": (
        "culture",
        "cultural",
        "arts",
        "heritage",
        "museums?",
        "cinema",
        "film",
        "humanities",
        "people-to-people",
    ),
    "sport": ("sports?", "sporting", "athletes?", "olympic"),
    # travel alone is anyone's trip ("will travel to", "travel time for goods")
    "tourism": ("tourism", "tourists?", "tourist", "travel (?:industry|agenc(?:y|ies)|sector)"),
    "defence": (
        "defen[cs]e",
        "defen[cs]e industr(?:y|ies)",  # arms production is the military's field
        "military",
        "military-technical",
        "status[- ]of[- ]forces",  # the legal status of one state's troops in the other
        "armed forces",
        "army",
        "navy",
        "naval",
        "weapons?",
        "arms",
    ),
    "security": (
        "security",
        "counter-terrorism",
        "terrorism",
        "police",
        "policing",
        "border security",
        "law enforcement",
        "extremism",
        "cybersecurity",
        "cyber[- ]security",
        "cyber[- ]?attacks?",
        "cyber[- ]?threats?",
        "drug trafficking",
        "organised crime",
        "peacekeeping",
        "organized crime",
        "crime",
    ),
    "justice": (
        "justice",
        "judicial",
        "judiciar(?:y|ies)",
        "legal assistance",
        # "legal instruments", "a legal basis": the form of the cooperation, not its field
        # "legal certainty": what a text gives, not a field
        r"legal(?!\s+(?:instruments?|documents?|framework|basis|texts?|force|status|certainty))",
        "extradition",
        "(?:sentenced|convicted) persons",
        "prisoners?",
        "prisons?",
        "penitentiar(?:y|ies)",
        "correctional",
        "courts?",
        "mutual legal assistance",
        "forensics?",
    ),
    "migration": (
        "migration",
        "migrants?",
        "visas?",
        "visa-free",
        "consular",
        "labour migration",
        "readmission",
        "diaspora",
        # people moving to live, study or work in the other state
        "(?:youth|student|talent|people'?s?) mobility",
        "(?<!labour )(?<!labor )mobility (?:schemes?|partnerships?|pathways?|arrangements?)",
        "mobility of (?:young )?(?:people|persons|professionals|youth)",
        "working holidays?",
        "local border traffic",
        "(?:cross-)?border residents?",
        "right to reside",
        "residence permits?",
        "(?:free )?movement of (?:persons|people|citizens|nationals)",
    ),
    "environment": (
        "(?:marine )?protected (?:marine )?areas",
        "(?:oil|hydrocarbon) spills?",
        "spillages?",
        "spills",
        "environment\\w*",
        "climate",
        "climate change",
        "ecology",
        "ecological",
        "biodiversity",
        "forestry",
        "forests?",
        "wildfires?",
        "pollution",
        "wildlife",
        "conservation",
        "natural resources",
        "green economy",
        # trading what a state may emit is climate policy
        "carbon (?:credits?|markets?|trading|offsets?|pricing)",
    ),
    "digital": (
        "artificial intelligence",
        "digital economy",
        "e-commerce",
        "information technologies",
        "data exchange",
        "digital",
        "digitali[sz]ation",
        "ict",
        "information technology",
        "information and communication technolog\\w*",
        "telecommunications?",
        "telecom",
        "cyber",
        "e-government",
        "internet",
    ),
    # "a space of exchange", "space for dialogue": the common noun
    "space": ("space(?!\\s+(?:of|for|to)\\b)", "outer space", "satellites?", "space exploration"),
    "media": (
        "media",
        "mass media",
        "journalis\\w*",
        "broadcasting",
        "news exchange",
        "information exchange",
    ),
    "humanitarian": (
        # civilian emergency services, not the military
        "civil (?:defen[cs]e|protection)",
        "rescue",
        "search and rescue",
        "humanitarian",
        "disaster relief",
        "emergency relief",
        "disaster management",
        "disaster risk",
        "aid",
        "relief",
    ),
    # a border post or crossing point is where goods and travellers are cleared
    "customs": (
        "customs",
        "(?:one-stop )?border posts?",
        "border clearance",
        "border crossings?(?: points?)?",
    ),
    "labour": (
        "labou?r",
        "employment",
        "workers?",
        "manpower",
        "social security",
        "social protection",
        "pensions?",
    ),
    "diplomacy": (
        "political dialogue",
        "political consultations?",
        "political cooperation",
        "political relations",
        "political ties",
        "diplomatic relations",
        "foreign policy",
        "political and diplomatic",
        "political affairs",
        "political issues",
        "political",
        # talks on the world around them are political dialogue
        "regional and international (?:issues|affairs|matters|developments|situation)",
        "international and regional (?:issues|affairs|matters|developments|situation)",
    ),
    "mining": ("mining", "minerals?", "mineral resources", "geology", "mines"),
    "water": (
        "water",
        "water resources",
        "water management",
        "water supply",
        "transboundary rivers?",
        "shared rivers?",
        "irrigation water",
        "hydrology",
        "wastewater",
        "sewage",
        "drinking water",
    ),
}


@dataclass(frozen=True)
class AreaMention:
    start: int
    end: int
    area: str
    text: str


@cache
def _pattern() -> re.Pattern[str]:
    parts = []
    for area, phrases in SYNONYMS.items():
        assert area in AREAS, area
        alternation = "|".join(sorted(phrases, key=len, reverse=True))
        parts.append(f"(?P<{area}>{alternation})")
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


#: Goods moved against the law are no field of cooperation: "the smuggling of fuel,
#: weapons and drugs", "trafficking in minerals".
_CONTRABAND = re.compile(
    r"\b(?:smuggl\w*|traffick\w*|contraband)\s+(?:of|in(?!\s+the\b))\s+[^.;:]{1,80}?"
    r"(?=[.;:]|,\s+(?:at|in|on|during)\b|\s+(?:along|across|in|into|at|on|from|between|through|"
    r"required|requires|were|was|is|are|has|have|had)\b|$)",
    re.IGNORECASE,
)


#: When relations began is history, not a field: "established diplomatic relations in
#: 1964", "have had diplomatic relations since 1992", "60 years of diplomatic relations".
_RELATIONS_SINCE = re.compile(
    r"\b(?:establish\w*|restor\w*|resum\w*|ha(?:ve|s|d)\s+had|years\s+of|anniversary\s+of)"
    r"\s+(?:(?:their|the|full|formal|bilateral)\s+)*diplomatic\s+relations\b",
    re.IGNORECASE,
)


#: A street address: "460 Kilimani Road", "12 Uhuru Highway".
_ADDRESS = re.compile(
    r"\b\d{1,5}[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Road|Highway|Avenue|Street)\b"
)
#: What a blockade, an embargo or sanctions bar is no field of cooperation: "the economic,
#: commercial and financial blockade", "the arms embargo", "trade sanctions".
_BARRED = re.compile(
    r"\b(?:[a-z-]+(?:,\s+(?:and\s+)?|\s+and\s+))*[a-z-]+\s+(?:blockade|embargo|sanctions)\b",
    re.IGNORECASE,
)


def find_areas(text: str, start: int = 0, end: int | None = None) -> list[AreaMention]:
    """Area words in ``text[start:end]``, with offsets into ``text``; none among the goods
    of a smuggling, in the start of diplomatic relations, in what an embargo bars, or in
    a street address."""
    end = len(text) if end is None else end
    matches = list(_pattern().finditer(text, start, end))
    if not matches:
        return []
    no_field = [
        m.span()
        for pattern in (_CONTRABAND, _RELATIONS_SINCE, _BARRED, _ADDRESS)
        for m in pattern.finditer(text, start, end)
    ]
    found = []
    for match in matches:
        area = match.lastgroup
        if any(a <= match.start() < b for a, b in no_field):
            continue
        if area:
            found.append(AreaMention(match.start(), match.end(), area, match.group()))
    return found


def areas_in(text: str) -> list[str]:
    """The distinct areas named in ``text``, in order of first mention."""
    return list(dict.fromkeys(m.area for m in find_areas(text)))
