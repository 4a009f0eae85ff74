"""Names of officials: letters of any script, apostrophes and hyphens, styles and letters
around a name, nicknames, particles; and words that only look like names. Sentences
written for these tests; each "not a person" sits beside a control that is one."""


def people(extract_text, text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_text(text).get("person", [])}


def test_names_in_any_script(extract_text):
    text = (
        "Vietnam and Laos held the preparatory meeting in Vientiane. The meeting was attended "
        "by Deputy Minister of Planning and Investment Lê Quang Hưng, Vice Chairman of the "
        "Vietnam-Laos Intergovernmental Committee."
    )
    found = people(extract_text, text)
    assert "Lê Quang Hưng" in found
    assert found["Lê Quang Hưng"]["role"].startswith("Deputy Minister of Planning and Investment")


def test_an_apostrophe_or_a_hyphen_inside_a_name(extract_text):
    text = (
        "Ireland and Canada signed a youth mobility arrangement. The Hon Siobhan O’Rourke, "
        "Minister for Enterprise, met the Hon Marc-Andre Lafleur, Minister of Labour."
    )
    found = people(extract_text, text)
    assert "Siobhan O’Rourke" in found
    assert "Marc-Andre Lafleur" in found


def test_styles_are_no_part_of_the_name(extract_text):
    text = (
        "Malaysia and Brunei held their annual consultation. Malaysian Prime Minister Datuk "
        "Seri Hamid Yusof received Sir Peter Ling, Minister of Finance of Brunei."
    )
    found = people(extract_text, text)
    assert "Hamid Yusof" in found
    assert "Peter Ling" in found
    assert not any(name.startswith(("Datuk", "Seri", "Sir")) for name in found)


def test_letters_after_a_name_before_its_office(extract_text):
    text = (
        "Fiji and Samoa held their ministerial forum in Suva. Participants from Fiji were: "
        "Hon. Josefa Tora, LLB, CMG, MP, Minister for Lands and Mineral Resources; "
        "and the Hon Mele Vaka KC MP, Attorney-General."
    )
    found = people(extract_text, text)
    assert found["Josefa Tora"]["role"].startswith("Minister for Lands")
    assert found["Mele Vaka"]["role"] == "Attorney-General"


def test_a_qualifier_alone_is_no_office(extract_text):
    control = "Japan and Fiji agreed on a visa waiver. Prime Minister Kenta Mori visited Suva."
    assert "Kenta Mori" in people(extract_text, control)
    text = (
        "Japan and Fiji agreed on a visa waiver, the Japanese Prime Minster's Office said. "
        "Prime Minister Kenta Mori visited Suva."
    )
    assert list(people(extract_text, text)) == ["Kenta Mori"]


def test_a_nickname_in_quotes_is_one_person(extract_text):
    text = (
        "The Philippines and Vietnam signed a rice trade memorandum. President Ramon "
        "‘Monching’ Dizon met Vietnamese President Le Van Hoa in Hanoi. Dizon thanked Hoa."
    )
    found = people(extract_text, text)
    assert "Ramon Dizon" in found
    assert "Dizon" not in found and "Ramon" not in found


def test_a_particle_inside_a_name_after_a_title(extract_text):
    text = (
        "Oman and Jordan signed two agreements in Muscat. Sultan of Oman Faisal bin Saeed "
        "received King Hamad of Jordan."
    )
    assert "Faisal bin Saeed" in people(extract_text, text)


def test_a_delegation_is_no_person(extract_text):
    text = (
        "Ethiopia and Kenya held their joint commission in Nairobi. Amare Tessema, Head of "
        "Ethiopia Delegation, met Kenyan Foreign Minister Grace Atieno."
    )
    found = people(extract_text, text)
    assert "Amare Tessema" in found and "Grace Atieno" in found
    assert "Delegation" not in found


def test_a_portfolio_listed_with_commas_runs_to_the_name(extract_text):
    found = people(
        extract_text,
        "The minutes were signed by the Minister of the Interior, Local Authorities and Land "
        "Planning, Mr. Kofi Mensah, and by Togo's Minister of Industry, Trade and Investment, "
        "Ama Agbeko. Ghana and Togo agreed to deepen their cooperation.",
    )
    assert sorted(found) == ["Ama Agbeko", "Kofi Mensah"]
    assert found["Kofi Mensah"]["role"] == "Minister of the Interior, Local Authorities and Land Planning"
    assert found["Ama Agbeko"]["role"] == "Minister of Industry, Trade and Investment"


def test_a_name_after_a_portfolio_and_a_comma_is_a_name(extract_text):
    # control: a comma before a name, then the next office, is no listed portfolio
    found = people(
        extract_text,
        "The minutes were signed by Ghana's Minister of Trade, Kofi Mensah and the Minister of "
        "Industry of Togo, Ama Agbeko. Ghana and Togo agreed to deepen their cooperation.",
    )
    assert sorted(found) == ["Ama Agbeko", "Kofi Mensah"]
    assert found["Kofi Mensah"]["role"] == "Minister of Trade"


def test_an_office_of_state_for_a_portfolio_runs_to_the_name(extract_text):
    found = people(
        extract_text,
        "Ghana's Minister of State for Foreign Affairs, Ama Owusu, met Togo's Minister of "
        "Trade, Koffi Agbeko, in Accra. Ghana and Togo agreed to deepen their cooperation.",
    )
    assert found["Ama Owusu"]["role"] == "Minister of State for Foreign Affairs"


def test_a_name_set_off_after_an_office_in_lower_case(extract_text):
    text = (
        "Ghana and Togo closed their Joint Commission in Accra on Friday. The Togolese "
        "minister, Thérèse Kayembe Agbo, stressed that the corridor must be protected. "
        '"The corridor is the spine of our integration and it must be protected," she declared.'
    )
    found = extract_text(text, published="2025-02-08")
    assert "Thérèse Kayembe Agbo" in [p["name"] for p in found.get("person", [])]
    assert [s["speaker"] for s in found.get("statement", [])] == ["Thérèse Kayembe Agbo"]
    # control: a place set off after a noun that is no office is no person
    text = (
        "Ghana and Togo closed their Joint Commission in Accra on Friday. The Togolese "
        "port, Kpémé Bay Terminal, will handle the new cargo, officials said."
    )
    found = extract_text(text, published="2025-02-08")
    assert found.get("person", []) == []


def test_a_name_set_off_after_an_office_and_where_it_sits(extract_text):
    lead = "Spain and Türkiye will hold their ninth summit in Ankara next week. "
    told = (
        "The Turkish ambassador in Madrid, Kemal Arslan, was optimistic. He said: "
        '"Our two countries sit at the two ends of one sea, and this summit can join them."'
    )
    found = extract_text(lead + told, published="2025-11-01")
    assert [s["speaker"] for s in found.get("statement", [])] == ["Kemal Arslan"]
    # control: a building set off after the place of an office is no person
    told = "The Turkish embassy in Madrid, Castellana Tower House, was closed on Monday."
    assert extract_text(lead + told, published="2025-11-01").get("person", []) == []


def test_a_minister_delegate_and_a_portfolio_closed_by_and_the(extract_text):
    lead = "Ghana and Togo agreed to deepen their ties. The session was co-chaired by "
    for told, name, role in (
        (
            "Ghana's Minister Delegate for African Cooperation, Ama Owusu, and by Togo's "
            "Minister of Trade, Kodjo Mensah.",
            "Ama Owusu",
            "Minister Delegate for African Cooperation",
        ),
        (
            "the Ghanaian Minister of Foreign Affairs, Regional Integration and the Diaspora, "
            "Kwame Boateng, and by Togo's Minister of Trade, Kodjo Mensah.",
            "Kwame Boateng",
            "Minister of Foreign Affairs, Regional Integration and the Diaspora",
        ),
    ):
        found = people(extract_text, lead + told)
        assert sorted(found) == sorted([name, "Kodjo Mensah"]), told
        assert found[name]["role"] == role
    # control: a portfolio of one field before the name, as before
    found = people(extract_text, lead + "Ghana's Minister of Trade, Ama Owusu.")
    assert found["Ama Owusu"]["role"] == "Minister of Trade"


def test_a_state_named_in_words_between_an_office_and_a_name(extract_text):
    text = (
        "The President of the Togolese Republic Faure Agbo today held a telephone "
        "conversation with the President of Ghana Kwame Mensah, the press service reports."
    )
    found = people(extract_text, text)
    assert (found["Faure Agbo"]["country"], found["Faure Agbo"]["role"]) == ("TGO", "President")
    # control: a state named in one word, as before
    assert (found["Kwame Mensah"]["country"], found["Kwame Mensah"]["role"]) == (
        "GHA",
        "President",
    )


def test_a_government_named_inside_an_office(extract_text):
    text = (
        "The President of Ghana Kwame Mensah spoke with his Togolese counterpart. The "
        "co-chairmen of the commission, the First Deputy Chairman of the Cabinet of Ministers "
        "of the Togolese Republic Kodjo Agbo and Ghana's trade minister, will meet in Accra "
        "in October."
    )
    found = people(extract_text, text)
    assert found["Kodjo Agbo"]["role"] == "First Deputy Chairman of the Cabinet of Ministers"
    assert found["Kodjo Agbo"]["country"] == "TGO"
    # control: an office with no government inside it, as before
    assert found["Kwame Mensah"]["role"] == "President"


def test_the_rest_of_a_states_name_after_an_office_is_no_person(extract_text):
    lead = "India and Saudi Arabia agreed to deepen their cooperation in energy. "
    told = "Related: Visit of Foreign Minister of Saudi Arabia to India (February 2025)."
    assert people(extract_text, lead + told) == {}
    # control: a name after the state's whole name is a person
    told = "The Foreign Minister of Saudi Arabia Faisal Rahman will visit India in May."
    assert "Faisal Rahman" in people(extract_text, lead + told)


def test_the_field_a_portfolio_list_closes_on_is_no_name(extract_text):
    text = (
        "Ghana and Togo signed a memorandum on fisheries in Lomé. The talks were co-chaired "
        "by Ama Owusu, the Ghanaian Minister of State for the Volta, Overseas Territories and "
        "the Commonwealth, who was on her first visit."
    )
    assert sorted(people(extract_text, text)) == ["Ama Owusu"]
    # control: a name set off after a portfolio, then another office, is a name
    text = (
        "Ghana and Togo signed a memorandum on fisheries in Lomé. It was signed by Togo's "
        "Minister of Trade, Kodjo Mensah and the Ghanaian Minister of Finance, Ama Owusu."
    )
    assert sorted(people(extract_text, text)) == ["Ama Owusu", "Kodjo Mensah"]


def test_two_names_each_with_its_state_under_one_plural_office(extract_text):
    text = (
        "Ghana and Togo agreed to deepen ties. The summit was prepared by the ministers of "
        "Foreign Affairs, Ama Serwaa Mensah, of Ghana, and Flávio Rezende Lacerda, of Togo, "
        "who met in Accra."
    )
    found = people(extract_text, text)
    # the model cuts the second name short and takes its last word for a place
    second = found["Flávio Rezende Lacerda"]
    assert (second["country"], second["role"]) == ("TGO", "minister of Foreign Affairs")
    assert found["Ama Serwaa Mensah"]["country"] == "GHA"
    # control: two names under a plural title with no commas, as before
    text = (
        "Ghana and Togo agreed to deepen ties. Presidents Ana Ruiz of Ghana and Luis Soto of "
        "Togo met."
    )
    found = people(extract_text, text)
    assert (found["Luis Soto"]["country"], found["Luis Soto"]["role"]) == ("TGO", "President")


def test_the_first_of_two_names_under_a_plural_office_holds_it_in_the_singular(extract_text):
    text = (
        "Ghana and Togo held their summit in Accra. It had been prepared by the ministers of "
        "Foreign Affairs, Ama Serwaa Mensah, of Ghana, and Komlanvi Dzodzi, of Togo. "
        '"Our agenda has never been so full," declared the Ghanaian minister to reporters.'
    )
    found = extract_text(text)
    roles = {p["name"]: p["role"] for p in found["person"]}
    assert roles["Ama Serwaa Mensah"] == "minister of Foreign Affairs"
    assert [s["speaker"] for s in found.get("statement", [])] == ["Ama Serwaa Mensah"]
    # control: an office that only names a council of ministers is no plural office
    text = (
        "Ghana and Togo held their summit in Accra. The Deputy Chairman of the Cabinet of "
        "Ministers Komlanvi Dzodzi attended."
    )
    roles = {p["name"]: p["role"] for p in extract_text(text)["person"]}
    assert roles["Komlanvi Dzodzi"] == "Deputy Chairman of the Cabinet of Ministers"


def test_an_opposition_member_and_a_chamber_of_commerce_chairman_hold_no_office(extract_text):
    lead = "Ghana and Togo signed two loan agreements in Accra on Monday. "
    for told in (
        'Opposition MP Kofi Asare, a former deputy minister, was unimpressed: "We are '
        'borrowing again before we have learned how to repay."',
        "On the sidelines, Chairman of the Accra Chamber of Commerce and Industry Kwabena "
        'Mensah Owusu said that "our companies see Togo as the gateway to the Sahel".',
    ):
        found = extract_text(lead + told)
        assert found.get("person", []) == [] and found.get("statement", []) == [], told
    # control: the same shapes with an office of the state are officials
    told = (
        "On the sidelines, Chairman of the Joint Commission Kwabena Mensah Owusu said that "
        '"our companies see Togo as the gateway to the Sahel".'
    )
    assert [p["name"].split()[-1] for p in extract_text(lead + told)["person"]] == ["Owusu"]


def test_an_executive_is_quoted_for_an_opinion_not_for_a_state(extract_text):
    lead = "Ghana and Togo signed a memorandum on critical minerals in Accra on Monday. "
    told = 'Mining executive Ama Kuffour said the memorandum "gives investors a first real map".'
    found = extract_text(lead + told)
    assert found.get("person", []) == [] and found.get("statement", []) == []
    # control: the same shape with an office of the state is an official's
    told = 'Mining Minister Ama Kuffour said the memorandum "gives investors a first real map".'
    assert [p["name"] for p in extract_text(lead + told)["person"]] == ["Ama Kuffour"]


def test_the_head_of_a_private_body_named_by_its_possessive_holds_no_office(extract_text):
    lead = "Ghana and Togo agreed this week to open a new border crossing at Aflao. "
    told = (
        '"Our members have waited a long time for this," commented the Chamber’s president, '
        "Kojo Ampofo Mensah, in remarks to this bulletin."
    )
    found = extract_text(lead + told)
    assert found.get("person", []) == [] and found.get("statement", []) == []
    # control: the same shape with an office of the state is an official's
    told = told.replace("the Chamber’s president", "the Ghanaian trade minister")
    assert [p["name"] for p in extract_text(lead + told)["person"]] == ["Kojo Ampofo Mensah"]


def test_two_offices_with_portfolios_joined_by_and_are_two_people(extract_text):
    control = (
        "Chile and Peru signed a labour agreement in Lima on Monday. It was signed by the "
        "Minister of Health Jorge Vidal."
    )
    assert "Jorge Vidal" in people(extract_text, control)
    text = (
        "Chile and Peru signed a labour agreement in Lima on Monday. It was signed by the "
        "Minister of Labour Ana Torres and the Minister of Health Jorge Vidal."
    )
    found = people(extract_text, text)
    assert found["Ana Torres"]["role"] == "Minister of Labour"
    assert found["Jorge Vidal"]["role"] == "Minister of Health"


def test_a_portfolio_before_a_name_is_no_part_of_it(extract_text):
    text = (
        "Thailand and Myanmar signed a labour agreement in Mae Sot on Monday. It was signed by "
        "Thai Permanent Secretary for Labour Somchai Rattanakul and Myanmar Deputy Minister of "
        "Labour U Aung Min. Somchai said the text would help workers."
    )
    found = people(extract_text, text)
    assert found["Somchai Rattanakul"]["role"] == "Permanent Secretary for Labour"
    assert found["U Aung Min"]["role"] == "Deputy Minister of Labour"
    assert not any(name.startswith("Labour") for name in found)


def test_a_state_and_a_portfolio_before_an_office_name_no_one(extract_text):
    text = (
        "Thailand and Myanmar signed a labour agreement in Mae Sot on Monday. Thai Labour "
        "Minister Somchai Rattanakul and Myanmar's deputy minister U Aung Min signed the text. "
        "The Myanmar delegation was led by U Aung Min, Deputy Minister of Labour, who welcomed "
        "“the spirit of trust that has marked our discussions in the border town”."
    )
    assert sorted(people(extract_text, text)) == ["Somchai Rattanakul", "U Aung Min"]


def test_words_of_an_office_the_model_tags_as_a_name_are_none(extract_text):
    text = (
        "The session was co-chaired by Kenya's Cabinet Secretary for Foreign and {field}, "
        "Dr Grace Wanjiru, and Rwanda's Minister of Foreign Affairs, Jean-Claude Mugenzi."
    )
    control = people(extract_text, text.format(field="Trade"))
    assert sorted(control) == ["Grace Wanjiru", "Jean-Claude Mugenzi"]
    found = people(extract_text, text.format(field="Diaspora Affairs"))
    assert sorted(found) == ["Grace Wanjiru", "Jean-Claude Mugenzi"]


def test_a_name_after_head_of_government_is_a_persons(extract_text):
    text = (
        "On Thursday, when Moroccan {title} Aziz Akhannouch and French Prime Minister Jean Dupont "
        "co-chaired the meeting in Rabat, they signed an agreement on rail."
    )
    for title in ("Prime Minister", "Head of Government"):  # the control first
        people = {p["name"]: p for p in extract_text(text.format(title=title))["person"]}
        assert people["Aziz Akhannouch"]["role"] == title
        assert people["Aziz Akhannouch"]["country"] == "MAR"
