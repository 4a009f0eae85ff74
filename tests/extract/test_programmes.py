from accords.extract.programmes import find_programmes


def names(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.areas) for p in find_programmes(text)]


def test_named_scholarship_programme():
    assert names("Students apply through the Chevening Scholarship programme each year.") == [
        ("Chevening", ["education"])
    ]


def test_acronym_between_name_and_programme_word():
    assert names("India funds the Nepal Rural Roads (NRR) programme.") == [
        ("Nepal Rural Roads", ["transport"])
    ]


def test_a_memorandum_about_a_fund_names_the_fund_not_the_memorandum():
    found = names(
        "They signed a Memorandum of Understanding for the Management of the Joint Water Fund."
    )
    assert [n for n, _ in found] == ["Joint Water"]


def test_unnamed_programmes_are_not_programmes():
    assert names("a cooperation programme and the executive programme") == []


def test_what_is_done_to_a_fund_is_no_part_of_its_name():
    from accords.extract.programmes import find_programmes

    found = find_programmes(
        "Chile and Peru signed a Memorandum of Understanding on the Management of the "
        "Andean Water Fund in Lima."
    )
    assert [p.name for p in found] == ["Andean Water"]  # the name before its head word
