"""People: names after titles, countries from the title, counterparts."""

TEXT = (
    "President of Kenya William Ruto and the President of Ghana, Dr. Nana Akufo-Addo, "
    "signed a memorandum on trade between Kenya and Ghana in Nairobi on Monday.\n\n"
    "Kenyan Foreign Minister Musalia Mudavadi met his Ghanaian counterpart Shirley Ayorkor "
    "Botchwey the same day to prepare the next session of the Kenya-Ghana Joint Commission."
)


def people(extract_text) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(TEXT)["person"]}


def test_title_of_country_before_the_name(extract_text):
    found = people(extract_text)
    assert found["William Ruto"]["role"] == "President"
    assert found["William Ruto"]["country"] == "KEN"


def test_title_comma_honorific_name(extract_text):
    found = people(extract_text)
    assert found["Nana Akufo-Addo"]["country"] == "GHA"
    assert found["Nana Akufo-Addo"]["role"] == "President"


def test_counterpart_takes_the_office_of_the_other(extract_text):
    found = people(extract_text)
    assert found["Musalia Mudavadi"]["role"] == "Foreign Minister"
    assert found["Shirley Ayorkor Botchwey"]["role"] == "Foreign Minister"
    assert found["Shirley Ayorkor Botchwey"]["country"] == "GHA"
