"""The state an official acts for, when the title does not say it: "of X" after the name,
a list that ends or starts with the state, counterparts and sole offices, and what the
text states winning over a guess. Sentences written for these tests."""


def countries(extract_text, text: str) -> dict[str, str | None]:
    return {p["name"]: p["country"] for p in extract_text(text).get("person", [])}


def test_state_named_after_the_name(extract_text):
    text = (
        "Kenya and Tanzania signed three agreements in Arusha. President Amina Odhiambo "
        "of Kenya met President Juma Mwakyusa of Tanzania."
    )
    found = countries(extract_text, text)
    assert found["Amina Odhiambo"] == "KEN"
    assert found["Juma Mwakyusa"] == "TZA"


def test_a_list_that_ends_with_its_state(extract_text):
    text = (
        "Chile and Argentina will hold a binational cabinet in Mendoza. The meeting will be "
        "attended by Foreign Minister Lucia Pereyra of Chile and by Interior Minister "
        "Tomas Acosta and Defence Minister Ramon Ibarra, from Argentina."
    )
    found = countries(extract_text, text)
    assert found["Lucia Pereyra"] == "CHL"
    assert found["Tomas Acosta"] == "ARG"
    assert found["Ramon Ibarra"] == "ARG"


def test_a_clause_between_the_name_and_the_state_stops_the_list(extract_text):
    lead = "Chile and Argentina will hold a binational cabinet in Mendoza. "
    control = lead + (
        "Interior Minister Tomas Acosta and Defence Minister Ramon Ibarra, representing "
        "Argentina, thanked the hosts."
    )
    assert countries(extract_text, control)["Tomas Acosta"] == "ARG"
    text = lead + (
        "Interior Minister Tomas Acosta thanked the delegation, representing Argentina, for its "
        "work."
    )
    assert countries(extract_text, text)["Tomas Acosta"] == "CHL"


def test_a_list_after_a_lead_in_that_names_the_state(extract_text):
    text = (
        "Norway and Iceland held their annual consultations in Reykjavik.\n\n"
        "The ministers of Iceland were: Hon. Sigrun Jonsdottir, Minister for Fisheries; "
        "Hon. Einar Magnusson, Minister for Energy.\n\n"
        "The ministers of Norway were: Hon. Kari Lunde, Minister for Trade."
    )
    found = countries(extract_text, text)
    assert found["Sigrun Jonsdottir"] == "ISL"
    assert found["Einar Magnusson"] == "ISL"
    assert found["Kari Lunde"] == "NOR"


def test_two_heads_of_government_act_for_the_two_states(extract_text):
    text = (
        "Senegal and Mali signed a transport agreement in Dakar. Prime Minister Ousmane "
        "Diallo and Malian Prime Minister Ibrahim Keita witnessed the signing."
    )
    found = countries(extract_text, text)
    assert found["Ibrahim Keita"] == "MLI"
    assert found["Ousmane Diallo"] == "SEN"


def test_two_ministers_of_different_offices_keep_their_state(extract_text):
    text = (
        "Senegal and Mali signed a transport agreement in Dakar. Transport Minister Ousmane "
        "Diallo and Malian Prime Minister Ibrahim Keita witnessed the signing."
    )
    found = countries(extract_text, text)
    assert found["Ibrahim Keita"] == "MLI"
    assert found["Ousmane Diallo"] == "SEN"  # the article's home state: nothing says otherwise


def test_the_counterpart_of_a_stated_official_acts_for_the_other_state(extract_text):
    text = (
        "Senegal and Mali signed a transport agreement in Bamako. Diallo and his Malian "
        "counterpart Ibrahim Keita met at the presidential palace. Foreign Minister "
        "Ousmane Diallo arrived on Sunday."
    )
    found = countries(extract_text, text)
    assert found["Ibrahim Keita"] == "MLI"
    assert found["Ousmane Diallo"] == "SEN"


def test_what_the_title_states_wins_over_a_bare_first_mention(extract_text):
    text = (
        "Ousmane Diallo and Ibrahim Keita sign transport deal\n\n"
        "Senegal and Mali signed a transport agreement in Dakar. President of Senegal "
        "Ousmane Diallo and President of Mali Ibrahim Keita attended."
    )
    found = countries(extract_text, text)
    assert found["Ousmane Diallo"] == "SEN"
    assert found["Ibrahim Keita"] == "MLI"


def test_envoys_named_after_their_states_capitalised_office(extract_text):
    """"Uganda's High Commissioner to Kenya, <name>": the owner's envoy, capitals or not."""
    found = extract_text(
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. Uganda's High "
        "Commissioner to Kenya, Joy Ruth Acheng, attended the ceremony with Kenya's Ambassador "
        "to Uganda, Joash Maangi.",
        published="2024-06-12",
    ).get("person", [])
    assert sorted((p["name"], p["country"]) for p in found) == [
        ("Joash Maangi", "KEN"), ("Joy Ruth Acheng", "UGA")
    ]


def test_a_signatory_for_a_state_acts_for_it(extract_text):
    """'signed by … for Kenya and by … for Uganda': each acts for the state after 'for';
    the control is the first signatory, named before any state of his own."""
    found = extract_text(
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The agreement was "
        "signed by Trade Cabinet Secretary Rebecca Miano for Kenya and by Minister of Trade "
        "Francis Mwebesa for Uganda.",
        published="2024-06-12",
    ).get("person", [])
    assert sorted((p["name"], p["country"]) for p in found) == [
        ("Francis Mwebesa", "UGA"), ("Rebecca Miano", "KEN")
    ]


def test_a_state_named_in_several_words_is_that_state_not_its_last_word(extract_text):
    text = (
        "Papua New Guinea and South Sudan opened ties in Port Moresby on Monday. Papua New "
        "Guinea's Minister for Foreign Affairs, Elias Wapi Kundu, met South Sudan's Minister "
        "of Trade, Deng Akol Mabior, and Papua New Guinea Prime Minister Josiah Kerenga."
    )
    found = countries(extract_text, text)
    assert found["Elias Wapi Kundu"] == "PNG"
    assert found["Deng Akol Mabior"] == "SSD"
    assert found["Josiah Kerenga"] == "PNG"
    # control: the state whose name is that last word alone
    text = (
        "Guinea and Sudan opened ties in Conakry on Monday. Guinea's Minister for Foreign "
        "Affairs, Elias Wapi Kundu, met Sudan's Minister of Trade, Deng Akol Mabior."
    )
    found = countries(extract_text, text)
    assert (found["Elias Wapi Kundu"], found["Deng Akol Mabior"]) == ("GIN", "SDN")


def test_two_names_under_one_plural_title_in_lower_case(extract_text):
    text = (
        "Chile and Peru held their council in Lima. The two energy ministers, Carlos Mendoza "
        "of Chile and Jorge Salazar of Peru, met on Monday to review gas projects."
    )
    found = countries(extract_text, text)
    assert (found.get("Carlos Mendoza"), found.get("Jorge Salazar")) == ("CHL", "PER")
    # control: the same names under a capitalised title
    text = (
        "Chile and Peru held their council in Lima. Energy Ministers Carlos Mendoza of Chile "
        "and Jorge Salazar of Peru met on Monday to review gas projects."
    )
    found = countries(extract_text, text)
    assert (found.get("Carlos Mendoza"), found.get("Jorge Salazar")) == ("CHL", "PER")


def test_who_travels_to_one_state_of_the_pair_acts_for_the_other(extract_text):
    lead = "Presidents Amina Odhiambo and Juma Mwakyusa opened the bridge in Arusha on Monday. "
    tail = " Kenya and Tanzania agreed to expand trade."
    for trip in (
        "The idea came up on a visit by President Odhiambo to Kenya last year.",
        "President Odhiambo arrived in Kenya on Sunday for the talks.",
    ):
        found = countries(extract_text, lead + trip + tail)
        assert found == {"Amina Odhiambo": "TZA", "Juma Mwakyusa": "KEN"}, trip
    # control: with no trip, the first takes the article's first state, and the second,
    # of the same sole office, the other
    text = lead + "President Odhiambo spoke of Kenya with warmth." + tail
    assert countries(extract_text, text) == {"Amina Odhiambo": "KEN", "Juma Mwakyusa": "TZA"}


def test_a_name_the_parse_splits_at_its_hyphen_is_one_name(extract_text):
    text = (
        "Presidents Amina Odhiambo and Luis Díaz-Lemus opened the bridge in Arusha on Monday. "
        "The idea came up on a visit by President Díaz-Lemus to Kenya last year. Kenya and "
        "Tanzania agreed to expand trade."
    )
    # one person, not a second one called "Díaz"
    assert countries(extract_text, text) == {"Amina Odhiambo": "KEN", "Luis Díaz-Lemus": "TZA"}


def test_the_two_co_chairs_of_a_sitting_act_for_the_two_states(extract_text):
    text = (
        "Ghana and Togo held the fifth session of their joint commission in Accra. The "
        "session was co-chaired by Ghana's Minister of Trade, Kwame Asante Boateng, and by "
        "Afi Dzidzienyo, Minister of Planning and Development."
    )
    found = countries(extract_text, text)
    assert found["Kwame Asante Boateng"] == "GHA"
    assert found["Afi Dzidzienyo"] == "TGO"


def test_names_under_a_plural_title_in_lower_case_hold_it_one_state_each(extract_text):
    text = (
        "Ghana and Togo signed a new transit memorandum yesterday, as presidents Kwesi "
        "Amoako-Atta and Komlanvi Dzodzi co-chaired the fourth session of their commission "
        "in Lomé."
    )
    found = {p["name"]: (p["country"], p["role"]) for p in extract_text(text)["person"]}
    assert found == {
        "Kwesi Amoako-Atta": ("GHA", "president"),
        "Komlanvi Dzodzi": ("TGO", "president"),
    }


def test_the_ministers_of_the_two_states_hold_one_office_each(extract_text):
    text = (
        "The foreign ministers of Ghana and Togo, Kwesi Amoako-Atta and Komlanvi Dzodzi, "
        "met yesterday in Lomé and signed a memorandum on migration."
    )
    found = {p["name"]: (p["country"], p["role"]) for p in extract_text(text)["person"]}
    assert found == {
        "Kwesi Amoako-Atta": ("GHA", "foreign minister"),
        "Komlanvi Dzodzi": ("TGO", "foreign minister"),
    }
    # control: one minister's title names only her state
    text = (
        "The foreign minister of Togo, Komlanvi Dzodzi, met her Ghanaian counterpart in Lomé "
        "and signed a memorandum on migration."
    )
    found = {p["name"]: (p["country"], p["role"]) for p in extract_text(text)["person"]}
    assert found["Komlanvi Dzodzi"][0] == "TGO"


def test_who_will_pay_a_state_visit_to_one_state_acts_for_the_other(extract_text):
    lead = "Ghana and Togo will sign a transit memorandum next week. "
    told = "President Komlanvi Dzodzi will pay a state visit to Ghana on 22 and 23 May."
    assert countries(extract_text, lead + told)["Komlanvi Dzodzi"] == "TGO"
    # control: with no trip, the article's first state is the guess
    told = "President Komlanvi Dzodzi will speak about Ghana on 22 and 23 May."
    assert countries(extract_text, lead + told)["Komlanvi Dzodzi"] == "GHA"


def test_a_state_s_adjective_before_a_long_title_names_its_state(extract_text):
    text = (
        "The Kenya-Tanzania Joint Commission closed in Dodoma on Friday. It was co-chaired "
        "by the Minister of Regional Integration, Halima Mrisho, and by the Kenyan Cabinet "
        "Secretary for East African Community Affairs and Regional Development, Peter Kamau."
    )
    found = countries(extract_text, text)
    assert (found["Peter Kamau"], found["Halima Mrisho"]) == ("KEN", "TZA")
    # control: with no adjective of a state before the title, neither is stated
    found = countries(extract_text, text.replace("the Kenyan Cabinet", "the Cabinet"))
    assert found["Peter Kamau"] == found["Halima Mrisho"]


def test_a_name_inside_another_s_long_title_is_no_person(extract_text):
    text = (
        "The France-Senegal Joint Commission closed in Dakar on Friday. It was co-chaired by "
        "the Minister of Regional Integration, Awa Diop, and by the French Minister Delegate "
        "for Francophonie and International Partnerships, Claire Morel."
    )
    found = countries(extract_text, text)
    assert found == {"Awa Diop": "SEN", "Claire Morel": "FRA"}
    # control: the same co-chairs with a title naming no one still act for the two states
    text = text.replace("Francophonie and International Partnerships", "Development")
    assert countries(extract_text, text) == {"Awa Diop": "SEN", "Claire Morel": "FRA"}


def test_whoever_travels_to_a_state_s_capital_acts_for_the_other_state(extract_text):
    text = (
        "President Amina Odhiambo travelled to Dodoma on Monday for talks on trade between Kenya "
        "and Tanzania with President Juma Mwakyusa."
    )
    found = countries(extract_text, text)
    assert (found["Amina Odhiambo"], found["Juma Mwakyusa"]) == ("KEN", "TZA")
    # control: the other way round, the traveller is the other state's
    found = countries(extract_text, text.replace("Dodoma", "Nairobi"))
    assert (found["Amina Odhiambo"], found["Juma Mwakyusa"]) == ("TZA", "KEN")


def test_a_surname_alone_before_a_trip_tells_the_traveller_s_state(extract_text):
    text = (
        "Odhiambo travels to Dodoma for ninth summit with Tanzania\n\nNairobi | Monday, 13 "
        "October 2025\n\nPresident Amina Odhiambo will hold the ninth Tanzania–Kenya "
        "intergovernmental summit with President Juma Mwakyusa in Dodoma on Thursday."
    )
    found = countries(extract_text, text)
    assert (found["Amina Odhiambo"], found["Juma Mwakyusa"]) == ("KEN", "TZA")
    # control: the other president's trip, told the same way, makes him the visitor
    text = text.replace("Odhiambo travels to Dodoma", "Mwakyusa travels to Nairobi")
    text = text.replace("with Tanzania", "with Kenya").replace("in Dodoma", "in Nairobi")
    found = countries(extract_text, text)
    assert (found["Amina Odhiambo"], found["Juma Mwakyusa"]) == ("KEN", "TZA")


def test_the_other_sides_demonym_is_not_the_articles_home_state(extract_text):
    text = (
        "Ministry of Fisheries, Wellington\n\n"
        "Minister Aroha Tane met her {word} in Lima on Tuesday. New Zealand and Peru signed a "
        "memorandum on squid stocks there."
    )
    # "her Peruvian counterpart" names the other side: the minister is New Zealand's
    people = {p["name"]: p for p in extract_text(text.format(word="Peruvian counterpart"))["person"]}
    assert people["Aroha Tane"]["country"] == "NZL"
    # control: a demonym that is no counterpart's does make the home state
    people = {p["name"]: p for p in extract_text(text.format(word="Peruvian guests"))["person"]}
    assert people["Aroha Tane"]["country"] == "PER"


def test_an_office_after_a_name_ends_at_the_line(extract_text):
    text = (
        "Statement by Hon Aroha Tane, Minister of Fisheries\nPress Gallery, Wellington\n\n"
        "New Zealand and Peru signed a memorandum on squid stocks in Lima on Tuesday."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Aroha Tane"]["role"] == "Minister of Fisheries"
    assert "Press Gallery" not in people
    # control: on one line the office runs to its end
    people = {p["name"]: p for p in extract_text(text.replace("\nPress", " Press"))["person"]}
    assert people["Aroha Tane"]["role"].startswith("Minister of Fisheries")


def test_a_government_building_is_no_person(extract_text):
    text = (
        "Statement by Hon Aroha Tane, Minister of Fisheries\nBriefing, Parliament Buildings, "
        "Wellington"
        "\n\nNew Zealand and Peru signed a memorandum on squid stocks in Lima on Tuesday. "
        "Authorised by Hon Aroha Tane, Parliament Buildings, Wellington."
    )
    people = {p["name"] for p in extract_text(text)["person"]}
    assert "Aroha Tane" in people  # control: the name before it is found
    assert "Parliament Buildings" not in people


def test_a_state_before_and_belongs_to_the_office_before_it(extract_text):
    text = (
        "His Majesty King Hussein II of Jordan and President Ana Ruiz of Chile held talks in "
        "Amman on Monday on ways to expand cooperation between the two countries."
    )
    people = {p["name"]: p for p in extract_text(text)["person"]}
    assert people["Hussein II"]["country"] == "JOR"  # control: the state after the office
    assert people["Ana Ruiz"]["country"] == "CHL"


def test_amir_is_an_office_not_a_name(extract_text):
    text = (
        "The King of Jordan and the {word} of Qatar, Sheikh Tamim bin Hamad Al Thani, held talks "
        "in Amman on Monday. In the presence of the King and the {word}, Jordan and Qatar "
        "signed two agreements."
    )
    for word in ("Emir", "Amir"):
        names = {p["name"] for p in extract_text(text.format(word=word))["person"]}
        assert word not in names, word
        assert any("Tamim" in n for n in names), word  # control: the emir is found
