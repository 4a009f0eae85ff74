from accords.extract.countries import find_countries, gazetteer


def codes(text: str) -> list[tuple[str, str]]:
    return [(m.code, m.how) for m in find_countries(text)]


def test_common_names_pycountry_misses_are_found():
    assert codes("Russia and Vietnam met Iran and South Korea.") == [
        ("RUS", "name"),
        ("VNM", "name"),
        ("IRN", "name"),
        ("KOR", "name"),
    ]


def test_demonyms_and_possessives_name_their_state():
    assert codes("the Hungarian minister praised Russia’s offer") == [
        ("HUN", "demonym"),
        ("RUS", "name"),
    ]


def test_capitals_stand_for_their_state():
    assert codes("talks in Nairobi") == [("KEN", "capital")]


def test_matching_is_case_sensitive_and_whole_word():
    assert codes("a turkey dinner; Chinesewall; Omanis") == []


def test_longest_name_wins():
    assert codes("Papua New Guinea signed") == [("PNG", "name")]


def test_places_resolve_to_countries():
    gaz = gazetteer()
    assert gaz.country_of_place("Arusha") == "TZA"
    assert gaz.country_of_place("Kenya") == "KEN"
    assert gaz.is_city("Budapest") and not gaz.is_city("Hungary")


def test_hyphen_joins_two_states_but_not_a_compound_word():
    assert codes("the Cuba-Russia commission and the Hungarian-Russian talks") == [
        ("CUB", "name"),
        ("RUS", "name"),
        ("HUN", "demonym"),
        ("RUS", "demonym"),
    ]
    assert codes("a Russia-based firm") == []


# --- names as the news writes them: apostrophes, diacritics, official forms ---------------

APOSTROPHE_FORMS = ("'", "’", "‘", "ʼ", "′")


def test_every_apostrophe_writes_the_same_name():
    for mark in APOSTROPHE_FORMS:
        for text, name in (
            (f"The envoy of Côte d{mark}Ivoire arrived.", f"Côte d{mark}Ivoire"),
            (f"The envoy of Cote d{mark}Ivoire arrived.", f"Cote d{mark}Ivoire"),
            (f"ENVOY OF COTE D{mark}IVOIRE ARRIVES", f"COTE D{mark}IVOIRE"),
        ):
            found = find_countries(text)
            assert [(m.code, m.how) for m in found] == [("CIV", "name")], name
            assert text[found[0].start : found[0].end] == name  # offsets into the text as given


def test_possessives_with_any_apostrophe():
    for mark in APOSTROPHE_FORMS:
        text = f"Côte d’Ivoire{mark}s cocoa board and the Philippines{mark} envoy met Ghana{mark}s"
        assert [m.code for m in find_countries(text)] == ["CIV", "PHL", "GHA"], mark


def test_diacritics_or_their_absence():
    pairs = [
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("São Tomé and Príncipe", "STP"),
        ("Sao Tome and Principe", "STP"),
        ("Sao Tome & Principe", "STP"),
        ("Việt Nam", "VNM"),
        ("Curaçao", "CUW"),
        ("Réunion", "REU"),
        ("Åland Islands", "ALA"),
    ]
    for name, code in pairs:
        assert codes(f"Officials of {name} signed.") == [(code, "name")], name


def test_text_in_decomposed_unicode_keeps_its_offsets():
    text = "Talks with Co\u0302te d\u2019Ivoire and Tu\u0308rkiye."
    found = find_countries(text)
    assert [m.code for m in found] == ["CIV", "TUR"]
    assert [m.text for m in found] == ["Co\u0302te d\u2019Ivoire", "Tu\u0308rkiye"]


def test_articles_and_official_forms():
    pairs = [
        ("the Kyrgyz Republic", "KGZ"),
        ("the Republic of Korea", "KOR"),
        ("the ROK", "KOR"),
        ("the Democratic People's Republic of Korea", "PRK"),
        ("the Lao PDR", "LAO"),
        ("the Lao People’s Democratic Republic", "LAO"),
        ("the Islamic Republic of Iran", "IRN"),
        ("the Gambia", "GMB"),
        ("The Gambia", "GMB"),
        ("Viet Nam", "VNM"),
        ("Czechia", "CZE"),
        ("the Czech Republic", "CZE"),
        ("the Democratic Republic of the Congo", "COD"),
        ("the Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("the United Republic of Tanzania", "TZA"),
        ("the Plurinational State of Bolivia", "BOL"),
        ("the Bolivarian Republic of Venezuela", "VEN"),
        ("the Russian Federation", "RUS"),
        ("the Syrian Arab Republic", "SYR"),
        ("the Kingdom of Eswatini", "SWZ"),
        ("the Federated States of Micronesia", "FSM"),
        ("Brunei Darussalam", "BRN"),
        ("Cabo Verde", "CPV"),
        ("Timor-Leste", "TLS"),
        ("the Hellenic Republic", "GRC"),
        ("the Republic of Türkiye", "TUR"),
        ("the Kingdom of Saudi Arabia", "SAU"),
        ("the State of Palestine", "PSE"),
        ("the Holy See", "VAT"),
    ]
    for name, code in pairs:
        assert [m.code for m in find_countries(f"Delegates of {name} arrived.")] == [code], name


def test_title_case_headlines_capitalise_the_small_words():
    assert [m.code for m in find_countries("Republic Of Korea, Cote D'Ivoire Sign Pact")] == [
        "KOR",
        "CIV",
    ]
    assert [m.code for m in find_countries("Bosnia And Herzegovina, St. Lucia Agree")] == [
        "BIH",
        "LCA",
    ]


def test_all_capital_headlines_are_matched_without_case():
    assert codes("SEYCHELLES AND THE GAMBIA SIGN FISHERIES PACT, ZAMBIAN MINISTER SAYS") == [
        ("SYC", "name"),
        ("GMB", "name"),
        ("ZMB", "demonym"),
    ]
    # acronyms are found as always; a word in a sentence is still matched with its case
    assert codes("US AND TURKEY TO HOLD TALKS IN ANKARA") == [
        ("USA", "name"),
        ("TUR", "name"),
        ("TUR", "capital"),
    ]
    assert codes("we ate turkey in a chad of paper") == []


def test_demonyms_of_many_states():
    pairs = [
        ("Ivorian", "CIV"),
        ("Seychellois", "SYC"),
        ("Samoan", "WSM"),
        ("Kyrgyz", "KGZ"),
        ("Burkinabè", "BFA"),
        ("Burkinabe", "BFA"),
        ("Bissau-Guinean", "GNB"),
        ("Equatorial Guinean", "GNQ"),
        ("Cabo Verdean", "CPV"),
        ("Kosovar", "XKX"),
        ("Vincentian", "VCT"),
        ("Lao", "LAO"),
        ("Emirati", "ARE"),
        ("Filipino", "PHL"),
    ]
    for word, code in pairs:
        assert codes(f"The {word} delegation left.") == [(code, "demonym")], word


def test_every_state_is_found_by_its_iso_name():
    import pycountry

    missed = []
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if not name or "," in name or "(" in name:
                continue
            if [m.code for m in find_countries(f"Talks with {name} began.")] != [country.alpha_3]:
                missed.append(name)
    assert missed == [], missed


def test_code_of_reads_any_spelling():
    gaz = gazetteer()
    assert gaz.code_of("Côte d’Ivoire’s") == "CIV"
    assert gaz.code_of("the Gambia") == "GMB"
    assert gaz.code_of("Turkiye") == "TUR"
    assert gaz.code_of("Ivorian") == "CIV"
    assert gaz.code_of("turkey") is None


def test_regions_seas_and_rivers_name_no_state():
    assert codes("trade with Latin America across the Indian Ocean and the Gulf of Guinea") == []
    assert codes("the South China Sea, the Niger Delta and the Korean Peninsula") == []
    # positive control: the same words alone are states
    assert [m.code for m in find_countries("India, Guinea, China, Niger and Korea")] == [
        "IND",
        "GIN",
        "CHN",
        "NER",
        "KOR",
    ]


def test_ambiguous_capitals_are_no_mention_but_stay_places():
    gaz = gazetteer()
    assert codes("Victoria's premier met Male voters") == []
    assert codes("talks in Canberra") == [("AUS", "capital")]  # positive control
    assert gaz.country_of_place("Malé") == "MDV"
    assert gaz.country_of_place("Kingston") == "JAM"


def test_a_paragraphs_opening_words_in_capitals_name_a_state():
    found = find_countries("TRINIDAD and Tobago and Venezuela have signed a memorandum on gas.")
    assert [c.code for c in found] == ["TTO", "VEN"]


def test_a_dateline_city_in_capitals_before_a_dash_is_left_as_it_is():
    # control: only opening capitals that run into lower-case words are read as words
    found = find_countries("BRAZZAVILLE - Angola and Namibia have signed a memorandum on gas.")
    assert [c.code for c in found] == ["AGO", "NAM"]
