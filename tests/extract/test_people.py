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
        "The Emir of Qatar, Sheikh Khalid bin Jassim al-Kuwari, and the Hon Claire Dunmore, "
        "Minister for Foreign Affairs of New Zealand, met in Doha to sign an agreement between "
        "Qatar and New Zealand."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert "Khalid bin Jassim al-Kuwari" in people
    assert people["Claire Dunmore"]["role"] == "Minister for Foreign Affairs of New Zealand"


def test_delegation_list_with_post_nominals(extract_text):
    text = (
        "The Chile-Peru Ministerial Forum was held in Lima. Other ministers for Peru were: "
        "Hon. Ana Torres, MP, Minister for Mining; Hon. Dr. Luis Vega (MD), MP, Minister for Health; "
        "the Hon Rosa Quispe KC MP, Attorney-General."
    )
    people = {p["name"]: p["role"] for p in extract_text(text)["person"]}
    assert people["Ana Torres"] == "Minister for Mining"
    assert people["Luis Vega"] == "Minister for Health"


def test_an_office_with_its_portfolio_before_a_comma_and_the_name(extract_text):
    text = (
        "Kenya's Minister of Lands and Physical Planning, Alice Wahome, and her Ugandan "
        "counterpart signed a memorandum on land registries between Kenya and Uganda."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Alice Wahome"]["role"] == "Minister of Lands and Physical Planning"
    assert people["Alice Wahome"]["country"] == "KEN"


def test_a_long_portfolio_right_before_the_name(extract_text):
    text = (
        "Kenya and Uganda held talks in Nairobi. Minister of Energy Transition and Rural "
        "Electrification Amina Odhiambo signed a memorandum with Uganda on solar power."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Amina Odhiambo"]["role"] == (
        "Minister of Energy Transition and Rural Electrification"
    )


def test_a_plural_title_gives_each_name_the_singular_office(extract_text):
    text = (
        "The signing of the trade agreement between Kenya and Uganda was witnessed by "
        "Presidents William Ruto and Yoweri Museveni in Nairobi on Tuesday. Kenya and Uganda "
        "agreed to deepen their bilateral cooperation further."
    )
    roles = {p["name"]: p["role"] for p in extract_text(text)["person"]}
    assert roles == {"William Ruto": "President", "Yoweri Museveni": "President"}


def test_two_titled_people_are_not_one_title_for_a_third_name(extract_text):
    text = (
        "Kenya and Uganda signed 12 documents after talks between President of Kenya William "
        "Ruto and President of Uganda Yoweri Museveni, Xinhua reported."
    )
    names = {p["name"] for p in extract_text(text)["person"]}
    assert "Xinhua" not in names
    assert {"William Ruto", "Yoweri Museveni"} <= names


def test_a_name_vouched_for_by_the_office_after_it(extract_text):
    text = (
        "Kenya and Uganda have signed seven agreements, Wanjiku Kamau, the Special Adviser on "
        "Media to the Kenyan President, has said."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Wanjiku Kamau"]["role"].startswith("Special Adviser on Media")


def test_the_state_named_in_the_office_wins_over_one_nearby(extract_text):
    text = (
        "Australia and Papua New Guinea held trade talks in Port Moresby. "
        "Peter Kambu, Minister for Commerce and Industry of Papua New Guinea, welcomed the "
        "Australian delegation."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Peter Kambu"]["country"] == "PNG"  # not Guinea


def test_with_no_state_near_a_titled_name_the_articles_home_state_is_taken(extract_text):
    text = (
        "Nigeria and Morocco have signed seven agreements. The agreements were signed after the "
        "meeting of President Muhammadu Buhari with the King of Morocco in Abuja on Friday."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Muhammadu Buhari"]["country"] == "NGA"


def test_a_counterpart_without_a_demonym_acts_for_the_other_state(extract_text):
    text = (
        "Kenya and Uganda signed six agreements on Monday during a meeting between Kenyan "
        "Foreign Minister Musalia Mudavadi and his counterpart Jeje Odongo in Nairobi."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Jeje Odongo"]["country"] == "UGA"
    assert people["Jeje Odongo"]["role"] == "Foreign Minister"


SIGNERS = (
    "Chile and Peru signed an agreement on energy cooperation in Lima on Monday. The "
    "agreement was signed by Peru's Minister of Energy and Mines, Jorge Luis Montero, and "
    "{second}. The head of the Chilean delegation, Deputy Foreign Minister Gloria de la "
    "Fuente, said the two countries would also cooperate in mining."
)


def named(extract_text, second: str) -> dict[str, dict]:
    text = SIGNERS.format(second=second)
    return {p["name"]: p for p in extract_text(text, published="2025-06-03")["person"]}


def test_an_envoy_named_after_a_possessive_office_and_a_comma(extract_text):
    found = named(extract_text, "Chile's ambassador in Lima, Cristián Barros Melet")
    assert found["Cristián Barros Melet"]["country"] == "CHL"
    assert found["Cristián Barros Melet"]["role"] == "ambassador in Lima"
    assert found["Jorge Luis Montero"]["role"] == "Minister of Energy and Mines"


def test_a_name_with_two_particles_is_a_name(extract_text):
    found = named(extract_text, "Chile's ambassador in Lima, Cristián Barros Melet")
    assert found["Gloria de la Fuente"]["role"] == "Deputy Foreign Minister"
    assert found["Gloria de la Fuente"]["country"] == "CHL"


def test_a_signer_without_an_office_is_no_official(extract_text):
    # control: the same sentence with a second signer who holds no office
    found = named(extract_text, "a businessman, Cristián Barros Melet")
    assert "Cristián Barros Melet" not in found
    assert found["Jorge Luis Montero"]["role"] == "Minister of Energy and Mines"


def test_two_names_under_one_plural_title_both_hold_it(extract_text):
    text = (
        "Presidents Amara Diallo of Guinea and Kofi Mensah of Ghana opened the border "
        "market in Conakry on Monday. Guinea and Ghana agreed to deepen their cooperation."
    )
    found = {p["name"]: (p["country"], p["role"]) for p in extract_text(text)["person"]}
    assert found == {
        "Amara Diallo": ("GIN", "President"),
        "Kofi Mensah": ("GHA", "President"),
    }


def test_a_name_after_a_plural_common_noun_holds_no_title(extract_text):
    # control: "farmers" is no office; only the titled president is a person of record
    text = (
        "President Amara Diallo of Guinea and farmers Kofi Mensah and Ama Owusu of Ghana "
        "opened the border market in Conakry on Monday. Guinea and Ghana agreed to deepen "
        "their cooperation."
    )
    found = {p["name"] for p in extract_text(text)["person"]}
    assert found == {"Amara Diallo"}


def test_no_name_runs_across_a_blank_line(extract_text):
    text = (
        "Kenya and Uganda open the Lake Victoria Partnership\n\n"
        "Today, Kenya's Deputy Minister of Foreign Affairs, Achieng Otieno, and Uganda's "
        "Minister of Trade, Grace Nankya, opened the partnership's first session in Kisumu."
    )
    found = {p["name"] for p in extract_text(text, published="2024-10-02")["person"]}
    assert found == {"Achieng Otieno", "Grace Nankya"}


def test_a_name_on_one_line_before_a_blank_line_is_kept(extract_text):
    # control: a name that ends its own line is still a name
    text = (
        "Kenya and Uganda opened the Lake Victoria Partnership in Kisumu on Monday, said "
        "Kenya's Deputy Minister of Foreign Affairs, Achieng Otieno\n\n"
        "Uganda's Minister of Trade, Grace Nankya, opened the partnership's first session."
    )
    found = {p["name"] for p in extract_text(text, published="2024-10-02")["person"]}
    assert found == {"Achieng Otieno", "Grace Nankya"}


def test_a_name_set_off_after_counterpart_is_the_counterpart(extract_text):
    # the small model tags this name as an organisation; "counterpart," before it tells
    text = (
        "Slovakia and the Czech Republic held talks on mining cooperation in Bratislava on "
        "Monday. Slovakia's mining minister Peter Kollar opened the talks. His Czech "
        "counterpart, Lukáš Mráz, deputy chairman of the State Office for Mining, took a "
        "similar line."
    )
    found = {p["name"]: p for p in extract_text(text, published="2025-06-04").get("person", [])}
    assert found["Lukáš Mráz"]["country"] == "CZE"
    assert found["Lukáš Mráz"]["role"] == "deputy chairman of the State Office for Mining"
    # control: the same apposition after a word that is no office names no person
    text = text.replace("His Czech counterpart,", "The Czech market,")
    names = [p["name"] for p in extract_text(text, published="2025-06-04").get("person", [])]
    assert "Lukáš Mráz" not in names


def test_a_leader_named_only_in_a_question_is_no_actor(extract_text):
    lead = "Ghana and Togo signed a memorandum on rail transport in Accra on Tuesday. "
    asked = (
        "Asked whether President Faure Gnassingbé would visit Accra this year, the Ghanaian "
        "minister said only that the calendar was being discussed."
    )
    found = extract_text(lead + asked, published="2025-03-14").get("person", [])
    assert [p["name"] for p in found] == []
    # control: the same leader named as an actor of the sentence
    told = (
        "President Faure Gnassingbé will visit Accra this year, the Ghanaian minister said, "
        "and the calendar is being discussed."
    )
    found = extract_text(lead + told, published="2025-03-14").get("person", [])
    assert [p["name"] for p in found] == ["Faure Gnassingbé"]


def test_a_building_named_after_a_king_is_no_person(extract_text):
    lead = "Ghana and Togo signed a memorandum on rail transport on Tuesday"
    found = extract_text(lead + ", at the King Fahd Palace hotel in Lomé.").get("person", [])
    assert found == []
    # control: the king himself, at the same signing
    found = extract_text(lead + " in Lomé, witnessed by King Fahd.").get("person", [])
    assert [(p["name"], p["role"]) for p in found] == [("Fahd", "King")]


def test_an_official_who_told_journalists_is_no_journalist(extract_text):
    text = (
        "Kenya and Peru signed a trade agreement in Lima on Monday. The Minister for Foreign "
        "Affairs, Amina Odhiambo, told journalists that trade would double."
    )
    found = extract_text(text, published="2025-03-04").get("person", [])
    assert [(p["name"], p["role"]) for p in found] == [
        ("Amina Odhiambo", "Minister for Foreign Affairs")
    ]
    # control: a journalist set off after the name is one
    told = text.replace(", told journalists that", ", a journalist, wrote that")
    assert extract_text(told, published="2025-03-04").get("person", []) == []


def test_two_names_each_after_its_state_under_one_plural_title_both_hold_it(extract_text):
    text = (
        "Guinea and Ghana held talks on trade cooperation in Conakry on Monday. The two "
        "foreign ministers, Guinea's Amara Diallo and Ghana's Kofi Mensah, will meet again "
        "in Accra next month."
    )
    found = {p["name"]: (p["country"], p["role"]) for p in extract_text(text)["person"]}
    assert found == {
        "Amara Diallo": ("GIN", "foreign minister"),
        "Kofi Mensah": ("GHA", "foreign minister"),
    }
    # control: two names after their states with no title are no officials
    text = text.replace("The two foreign ministers, ", "Two traders, ")
    assert extract_text(text).get("person", []) == []


def test_a_spokesperson_named_after_the_office_in_lower_case_is_an_official(extract_text):
    lead = "Kenya and Peru signed a trade agreement in Lima on Monday. "
    for told, role in (
        (
            "The talks were confirmed by presidential spokesperson Amina Odhiambo.",
            "presidential spokesperson",
        ),
        (
            "The foreign ministry spokesperson, Amina Odhiambo, confirmed the talks.",
            "spokesperson",
        ),
    ):
        found = extract_text(lead + told, published="2025-03-04").get("person", [])
        assert [(p["name"], p["role"]) for p in found] == [("Amina Odhiambo", role)]
    # control: an occupation of no office in the same place names no official
    told = "The talks were confirmed by columnist Amina Odhiambo."
    assert extract_text(lead + told, published="2025-03-04").get("person", []) == []


def test_two_names_under_the_heads_of_two_bodies_are_officials(extract_text):
    text = (
        "Guinea and Ghana signed a space memorandum in Conakry on Monday. It was signed by "
        "the heads of the two space agencies, Amara Diallo and Kofi Mensah, in the presence "
        "of the leaders."
    )
    found = {p["name"]: p["role"] for p in extract_text(text)["person"]}
    assert found == {
        "Amara Diallo": "head of the two space agencies",
        "Kofi Mensah": "head of the two space agencies",
    }
    # control: the owners of two firms are no officials
    text = text.replace("the heads of the two space agencies", "the owners of two firms")
    assert extract_text(text).get("person", []) == []
