from accords.extract.areas import areas_in


def test_synonyms_fold_into_the_vocabulary():
    text = "medicine, scholarships, telecommunications, military-technical ties and atomic energy"
    assert areas_in(text) == ["health", "education", "digital", "defence", "nuclear"]


def test_political_dialogue_is_diplomacy():
    assert areas_in("they praised the political dialogue") == ["diplomacy"]


def test_order_of_first_mention_and_no_repeats():
    assert areas_in("trade, tourism and more trade") == ["trade", "tourism"]


def test_unrelated_words_give_no_area():
    assert areas_in("The weather was fine and the delegates smiled.") == []


def test_planning_and_ai_words_fold_into_infrastructure_and_digital():
    assert areas_in("city planning and artificial intelligence") == ["infrastructure", "digital"]


def test_industrialisation_is_industry():
    assert areas_in("the industrialisation of the region") == ["industry"]


def test_areas_joined_by_hyphens_are_each_named():
    from accords.extract.areas import areas_in

    assert areas_in("partnership in security-defence and mining-industry-energy") == [
        "security",
        "defence",
        "mining",
        "industry",
        "energy",
    ]
    assert areas_in("a Bilateral Air Service Agreement") == ["transport"]
