"""Body names as news reports write them (probe sentences written for these rules)."""

from accords.extract.bodies import canonical_bodies, find_bodies
from accords.extract.document import ArticleDoc
from accords.model import Article


def bodies(extractor, text: str) -> list[tuple[str, str]]:
    adoc = ArticleDoc.build(Article(id="t", text=text), extractor.nlp(text))
    return [(b.name, b.kind) for b in canonical_bodies(find_bodies(adoc))]


def test_a_closed_list_of_fields_in_a_name_s_subject_is_part_of_the_name(extractor):
    text = (
        "The 20th meeting of the Vietnam-Cambodia Joint Committee on Economic, Cultural, "
        "Scientific and Technical Cooperation opened in Hanoi on Thursday."
    )
    assert bodies(extractor, text) == [
        ("Joint Committee on Economic, Cultural, Scientific and Technical Cooperation", "committee")
    ]


def test_a_name_s_subject_without_a_list_ends_at_its_comma(extractor):
    # control for the rule above: the same name shape, followed by a clause or by states
    text = (
        "At the Joint Commission on Fisheries, Deputy Minister Tomas Reyes spoke first. "
        "The Joint Committee on Energy, Mongolia and Kyrgyzstan said, will meet in May."
    )
    assert bodies(extractor, text) == [
        ("Joint Commission on Fisheries", "commission"),
        ("Joint Committee on Energy", "committee"),
    ]


def test_the_two_states_possessive_before_a_name_is_not_part_of_it(extractor):
    text = (
        "Croatia and Slovenia's Mixed Commission for the Maintenance of the State Border "
        "met in Zagreb on Wednesday."
    )
    assert bodies(extractor, text) == [
        ("Mixed Commission for the Maintenance of the State Border", "commission")
    ]


def test_the_pair_s_hyphenated_names_before_a_name_are_not_part_of_it(extractor):
    # control: the same body named after the hyphenated pair
    text = "The Croatia-Slovenia Mixed Commission for the Maintenance of the State Border met."
    assert bodies(extractor, text) == [
        ("Mixed Commission for the Maintenance of the State Border", "commission")
    ]


def test_a_lower_case_body_after_their_is_the_two_sides_body(extractor):
    text = (
        "Kazakhstan and Azerbaijan discussed Caspian transit on Monday. Officials said their "
        "intergovernmental commission for economic cooperation had drawn up a plan. "
        "Sri Lanka and the Maldives held the first meeting of their joint commission."
    )
    assert bodies(extractor, text) == [
        ("intergovernmental commission for economic cooperation", "commission"),
        ("joint commission", "commission"),
    ]


def test_their_before_a_joint_noun_that_is_no_body_head_gives_no_body(extractor):
    # control beside it: "their joint committee" is a body, "their joint statement" and an
    # unqualified "their commission" are not
    text = (
        "Kenya and Ethiopia issued their joint statement and praised their commission. "
        "Kenya and Ethiopia also convened their joint committee."
    )
    assert bodies(extractor, text) == [("joint committee", "committee")]


def test_a_lower_case_body_after_the_pair_keeps_its_subject(extractor):
    text = (
        "The Uzbek-Belarusian intergovernmental commission on trade and economic cooperation "
        "held its 14th meeting in Minsk."
    )
    assert bodies(extractor, text) == [
        ("intergovernmental commission on trade and economic cooperation", "commission")
    ]


def test_a_joint_working_group_is_the_pair_s_whatever_its_field(extractor):
    text = "Thailand and Laos will convene the joint working group on border demarcation in May."
    assert bodies(extractor, text) == [("working group on border demarcation", "working_group")]


def test_an_unqualified_working_group_of_no_known_field_is_no_body(extractor):
    # control beside the rule above: without "joint" the field must name an area
    text = (
        "Thailand and Laos will convene a working group on border demarcation in May and "
        "a working group on energy in June."
    )
    assert bodies(extractor, text) == [("working group on energy", "working_group")]


def test_a_working_group_s_field_ends_before_during(extractor):
    text = (
        "Kenya and Uganda agreed to set up a joint working group on energy during talks in "
        "Nairobi on Monday."
    )
    assert bodies(extractor, text) == [("joint working group on energy", "working_group")]


def test_a_working_group_s_field_of_several_words_is_kept(extractor):
    # control: a field of two words before the same "during"
    text = (
        "Kenya and Uganda agreed to set up a joint working group on power trade during talks "
        "in Nairobi on Monday."
    )
    assert bodies(extractor, text) == [("joint working group on power trade", "working_group")]


def test_a_lower_case_body_before_the_two_states_it_joins(extractor):
    text = "The joint commission on trade between Kenya and Uganda met in Kampala on Monday."
    assert bodies(extractor, text) == [("joint commission on trade", "commission")]


def test_a_lower_case_body_before_one_state_and_a_firm_is_none(extractor):
    # control: "between" a state and something that is no state names no bilateral body
    text = (
        "The joint commission on trade between Kenya and Acme Holdings met in Kampala on "
        "Monday."
    )
    assert bodies(extractor, text) == []


def test_a_working_group_s_field_ends_before_took_place(extractor):
    text = (
        "The ninth meeting of the Kenya-Uganda working group on water management took place "
        "in Jinja on Monday."
    )
    assert ("working group on water management", "working_group") in bodies(extractor, text)
