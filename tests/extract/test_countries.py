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
