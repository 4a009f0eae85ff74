"""A bilateral meeting on the sidelines of a multilateral gathering: the pair's meeting is
kept, the gathering itself (a G20 summit, a session of the UN General Assembly, a regional
forum) is not a meeting of the two sides. Sentences and articles written for these tests."""

from accords.extract.countries import names_a_group


def kinds(found: dict) -> list[tuple]:
    return sorted((m["kind"], m["status"], m["place"]) for m in found.get("meeting", []))


def test_multilateral_groups_are_named_by_their_usual_names():
    for text in (
        "the G20 summit",
        "COP29",
        "the 80th session of the UN General Assembly",
        "the BRICS Plus summit",
        "the ECOWAS Business Forum",
        "the SCO Council of Foreign Ministers",
        "the CHOGM retreat",
        "the ASEAN Regional Forum",
    ):
        assert names_a_group(text), text
    for text in ("the Ghana-Norway Joint Commission", "their fifth session", "who said", "USA"):
        assert not names_a_group(text), text


def test_ministers_meeting_at_the_general_assembly_met_but_the_assembly_is_no_session(
    extract_text,
):
    text = (
        "Ghana's Foreign Minister Kwabena Asante met Norwegian Foreign Minister Ingrid "
        "Halvorsen on the margins of the 80th session of the United Nations General Assembly "
        "in New York on Tuesday. The two ministers discussed cooperation on fisheries."
    )
    assert kinds(extract_text(text)) == [("ministerial", "held", "New York")]


def test_a_session_of_the_pairs_own_commission_on_the_margins_is_their_meeting(extract_text):
    # positive control for the shape above: the session is the pair's own body's
    text = (
        "Ghana's Foreign Minister Kwabena Asante met Norwegian Foreign Minister Ingrid "
        "Halvorsen on the margins of the fifth session of the Ghana-Norway Joint Commission "
        "in Accra on Tuesday. The two ministers discussed cooperation on fisheries."
    )
    assert "commission_session" in {m["kind"] for m in extract_text(text)["meeting"]}


def test_leaders_meeting_at_a_g20_summit_held_a_summit_of_their_own(extract_text):
    text = (
        "Argentine President Martín Ferreyra and South Korean President Han Ji-won met on the "
        "sidelines of the G20 summit in Johannesburg on Saturday. The two leaders agreed to "
        "deepen cooperation on lithium."
    )
    assert kinds(extract_text(text)) == [("summit", "held", "Johannesburg")]


def test_a_forum_of_a_regional_community_is_no_meeting_of_the_pair(extract_text):
    text = (
        "Côte d’Ivoire and Senegal signed a memorandum of understanding on digital trade on "
        "the sidelines of the ECOWAS Business Forum in Accra on Thursday. The two ministers "
        "agreed to hold the first meeting of a joint working group in Dakar in June."
    )
    found = extract_text(text)
    assert found["dyad"] == [{"countries": ["CIV", "SEN"]}]
    assert kinds(found) == [("working_group", "planned", "Dakar")]
    assert [i["kind"] for i in found["instrument"]] == ["memorandum"]


def test_a_forum_of_the_two_states_is_their_meeting(extract_text):
    # positive control: a forum the pair holds is a meeting of the two sides
    text = (
        "Ministers of Côte d’Ivoire and Senegal met at a business forum in Abidjan on Thursday "
        "and signed a memorandum on digital trade."
    )
    assert "forum" in {m["kind"] for m in extract_text(text)["meeting"]}
    group = text.replace("a business forum", "the ECOWAS Business Forum")
    assert "forum" not in {m["kind"] for m in extract_text(group)["meeting"]}


def test_a_summit_named_after_the_two_states_is_their_meeting(extract_text):
    found = extract_text(
        "The presidents of Chile and Peru issued a joint statement for the 3rd Chile-Peru "
        "Intergovernmental Summit, which took place in Arica on Tuesday.",
        published="2025-06-05",
    )
    assert ("summit", "held", "Arica") in kinds(found)


def test_a_summit_named_after_a_region_is_not_the_pairs_meeting(extract_text):
    # control: the same shape with a region's summit
    found = extract_text(
        "The presidents of Chile and Peru issued a joint statement for the 3rd Pacific "
        "Intergovernmental Summit, which took place in Arica on Tuesday.",
        published="2025-06-05",
    )
    assert ("summit", "held", "Arica") not in kinds(found)


def planned(found: dict) -> list[tuple]:
    return [k for k in kinds(found) if k[1] == "planned"]


def test_a_gathering_said_to_be_multilateral_is_not_the_pairs_meeting(extract_text):
    found = extract_text(
        "Chile and Peru agreed to deepen their bilateral cooperation. The two leaders welcomed "
        "the mediator's intention to convene a multilateral conference in the near future.",
        published="2025-06-05",
    )
    assert planned(found) == []


def test_a_meeting_convened_for_the_two_sides_is_their_meeting(extract_text):
    # control: the same shape with a meeting of the two sides as the verb's object
    found = extract_text(
        "Chile and Peru agreed to deepen their bilateral cooperation. The two leaders welcomed "
        "the mediator's intention to convene a bilateral summit in the near future.",
        published="2025-06-05",
    )
    assert [k[:2] for k in planned(found)] == [("summit", "planned")]


def test_a_gathering_an_organisations_head_hosted_is_no_meeting_of_the_pair(extract_text):
    lead = (
        "President Amara Diallo of Guinea and President Kofi Mensah of Ghana met in Conakry "
        "on Monday and agreed to deepen their cooperation in trade. "
    )
    text = lead + (
        "The two presidents also welcomed the dinner in Geneva hosted by the "
        "Secretary-General on October 15."
    )
    found = extract_text(text, published="2025-11-12").get("meeting", [])
    assert [m["place"] for m in found] == ["Conakry"]
    # control: a dinner one of the two hosts is their meeting
    hosted = text.replace("the Secretary-General", "the Ghanaian President").replace(
        "Geneva", "Accra"
    )
    found = extract_text(hosted, published="2025-11-12").get("meeting", [])
    assert sorted(m["place"] for m in found) == ["Accra", "Conakry"]
