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


def test_a_sentence_opening_preposition_names_no_programme():
    assert names("Under the programme, Chile will train forty nurses a year.") == []


def test_a_named_programme_after_a_preposition_is_named():
    # control: the same opening, with a name of the programme's own
    assert names("Under the Andes Nursing Programme, Chile will train forty nurses a year.") == [(
        "Andes Nursing",
        [],
    )]


def test_a_strategic_cooperation_programme_is_a_kind_not_a_name():
    assert names("The two governments signed a Strategic Cooperation Programme for 2024.") == []


def test_a_program_in_american_spelling_is_a_programme():
    for word in ("Program", "Programme"):  # the American spelling, and the control in British
        found = names(f"Both sides marked 40 years of the Andes Farm Worker {word}.")
        assert [n for n, _ in found] == ["Andes Farm Worker"], word
    # control: an unnamed one is still none, in either spelling
    assert names("a cooperation program and the executive program") == []


def test_a_development_fund_of_two_states_is_a_programme_a_development_bank_is_not():
    found = names("Both sides will top up the Kenya-Tanzania Border Development Fund.")
    assert [n for n, _ in found] == ["Kenya-Tanzania Border Development"]
    # control: a development bank or a UN development programme is an institution's
    assert names("The African Development Bank Fund and the United Nations Development Programme.") == []


def test_a_programme_run_with_a_third_state_is_not_the_pairs(extract_text):
    lead = "Chile and Peru held talks in Lima on Monday. "
    text = lead + "Both leaders welcomed progress on the Pacific Patrol Aircraft Programme with Japan."
    assert "programme" not in extract_text(text, published="2025-03-05")
    # control: the same programme with no third party is the pair's
    text = lead + "Both leaders welcomed progress on the Pacific Patrol Aircraft Programme."
    found = extract_text(text, published="2025-03-05")["programme"]
    assert [p["name"] for p in found] == ["Pacific Patrol Aircraft"]


def test_a_possessive_before_programme_says_whose_it_is_not_its_name(extract_text):
    lead = "Ghana and Togo held consultations in Accra on Monday. "
    told = "Today's programme: talks, a signing and a press conference."
    assert extract_text(lead + told, published="2025-06-10").get("programme", []) == []
    # control: a programme named in capitals before its word is one
    told = "They also extended the Volta Youth Exchange Programme for two years."
    found = extract_text(lead + told, published="2025-06-10").get("programme", [])
    assert [p["name"] for p in found] == ["Volta Youth Exchange"]


def test_a_name_set_off_before_the_project_that_is_a_programme():
    text = (
        "Under the new plan, Togo will keep financing École pour Tous, the project that "
        "since 1998 has trained teachers in northern Ghana."
    )
    assert [p.name for p in find_programmes(text)] == ["École pour Tous"]
    # control: a state or a person set off before such words is no programme
    text = (
        "Ghana, the project's main funder, and Kwame Mensah, the programme director, spoke. "
        "Togo, the scheme's host, agreed."
    )
    assert find_programmes(text) == []


def test_whose_programme_it_is_is_no_part_of_its_name():
    control = names("Young Chileans may apply to the Working Holiday Scheme from May.")
    assert control == [("Working Holiday", ["migration"])]
    found = names("Young Chileans may apply to New Zealand's Working Holiday Scheme from May.")
    assert found == [("Working Holiday", ["migration"])]


def test_a_fund_that_is_a_party_to_a_document_is_no_programme():
    control = names("The two states agreed to enlarge the Andes Water Fund this year.")
    assert [n for n, _ in control] == ["Andes Water"]
    found = names(
        "They signed a memorandum between the Andes Water Fund and the Lima Port Authority."
    )
    assert found == []


def test_a_programme_only_supposed_is_none(extract_text):
    lead = "Kenya and Britain signed a memorandum on nurses in Nairobi on Monday. "
    control = extract_text(lead + "Kenya joined the Youth Mobility Scheme this year.")
    assert [p["name"] for p in control["programme"]] == ["Youth Mobility"]
    text = lead + "Should Britain relax its rules, Kenya could join the Youth Mobility Scheme."
    assert "programme" not in extract_text(text)


def test_a_named_plan_is_a_programme_a_plan_of_action_is_a_document():
    # a plan with a proper name is a standing programme, like a fund or a scheme
    assert [n for n, _ in names("Engineers trained under the Varga Plan since 2019.")] == [
        "Varga"
    ]
    # a plan of what to do, or one named only by what kind of plan it is, is a document
    assert names("The ministers adopted the Danube-Sava Plan of Action 2026-2028.") == []
    assert names("They reviewed the Estonia-Latvia Cooperation Plan for 2027.") == []
    assert names("Both sides endorsed the Andean Action Plan.") == []


def test_named_grants_and_awards_are_programmes():
    found = [n for n, _ in names("Funding comes from the Baltic Sea Grants and the Tasman Awards.")]
    assert found == ["Baltic Sea", "Tasman"]


def test_who_funds_a_scheme_or_whom_lowercase_scholarships_are_for_is_no_name():
    assert names("Engineers train under the Andes Water Fellowship, a Dutch-funded scheme.") == [
        ("Andes Water", ["water"])
    ]
    assert names("Ten new Timor-Leste scholarships were announced.") == []
    # control: a state's name before a capitalised programme word is the programme's name
    assert [n for n, _ in names("Students apply for the Türkiye Scholarships each year.")] == [
        "Türkiye"
    ]
