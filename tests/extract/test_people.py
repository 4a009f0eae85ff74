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


def test_bodies_after_a_title_word_are_not_people(extract_text):
    text = (
        "Ghana and Togo opened the Permanent Joint Commission in Accra. "
        "Foreign Minister Shirley Ayorkor Botchwey of Ghana chaired it."
    )
    names = [p["name"] for p in extract_text(text)["person"]]
    assert names == ["Shirley Ayorkor Botchwey"]


def test_particles_and_honorifics(extract_text):
    text = (
        "The Emir of Qatar, Sheikh Tamim bin Hamad al-Thani, and the Hon Penny Wong, Minister for "
        "Foreign Affairs of Australia, met in Doha to sign an agreement between Qatar and Australia."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert "Tamim bin Hamad al-Thani" in people
    assert people["Penny Wong"]["role"] == "Minister for Foreign Affairs of Australia"


def test_delegation_list_with_post_nominals(extract_text):
    text = (
        "The Chile-Peru Ministerial Forum was held in Lima. Other ministers for Peru were: "
        "Hon. Ana Torres, MP, Minister for Mining; Hon. Dr. Luis Vega (MD), MP, Minister for Health; "
        "the Hon Rosa Quispe KC MP, Attorney-General."
    )
    people = {p["name"]: p["role"] for p in extract_text(text)["person"]}
    assert people["Ana Torres"] == "Minister for Mining"
    assert people["Luis Vega"] == "Minister for Health"
