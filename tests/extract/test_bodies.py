from accords.extract.bodies import canonical_bodies, find_bodies
from accords.extract.document import ArticleDoc
from accords.model import Article


def bodies(extractor, text: str) -> list[tuple[str, str]]:
    adoc = ArticleDoc.build(Article(id="t", text=text), extractor.nlp(text))
    return [(b.name, b.kind) for b in canonical_bodies(find_bodies(adoc))]


def test_country_prefix_of_several_words_is_dropped_and_variants_merge(extractor):
    text = (
        "The Papua New Guinea-Australia Joint Ministerial Committee met. "
        "The Australia-Papua New Guinea Joint Ministerial Committee will meet again."
    )
    assert bodies(extractor, text) == [("Joint Ministerial Committee", "committee")]


def test_lower_case_body_with_acronym(extractor):
    text = "Kenya and Uganda held a joint permanent commission (JPC) meeting in Kampala."
    assert bodies(extractor, text) == [("joint permanent commission", "commission")]


def test_bodies_of_one_state_are_not_bilateral(extractor):
    text = (
        "The Government of Chile National Council on Forests and the European Commission "
        "welcomed the Chile-Peru Bi-National Commission."
    )
    assert bodies(extractor, text) == [("Bi-National Commission", "commission")]


def test_session_and_role_prefixes_are_not_part_of_the_name(extractor):
    text = "The Vice Chairman of the Joint Economic Commission opened the Session of the Joint Economic Commission."
    assert bodies(extractor, text) == [("Joint Economic Commission", "commission")]


def test_a_lower_case_body_after_the_two_states_names(extract_text):
    text = (
        "The 12th session of the Chile-Peru joint commission opened in Lima on Monday. "
        "Chile and Peru agreed to deepen their bilateral cooperation in mining."
    )
    assert [b["name"] for b in extract_text(text)["body"]] == ["joint commission"]


def test_a_body_the_two_sides_set_up_needs_no_bilateral_qualifier(extract_text):
    text = (
        "Chile and Peru agreed to create a Standing Committee that follows up what their "
        "ministers decide. Chile and Peru will deepen their bilateral cooperation in mining."
    )
    assert [b["name"] for b in extract_text(text)["body"]] == ["Standing Committee"]


def test_bodies_created_for_listed_topics_are_one_each(extract_text):
    text = (
        "The foreign ministers of Chile and Peru signed a protocol to create subcommittees "
        "focused on fisheries and tourism within their Joint Commission. The subcommittees "
        "may in turn form committees for particular questions."
    )
    names = sorted(b["name"] for b in extract_text(text)["body"])
    # 'particular questions' names no area: no body of its own
    assert names == ["Joint Commission", "Subcommittee on fisheries", "Subcommittee on tourism"]


def test_a_headline_verb_and_its_preposition_are_not_part_of_the_name(extractor):
    text = "Chilean Envoys Leave for Lima for Joint Fisheries Commission"
    assert bodies(extractor, text) == [("Joint Fisheries Commission", "commission")]


def test_words_joined_by_and_before_the_head_stay_in_the_name(extractor):
    # positive control for the rule above: 'and' joins the words of one name
    text = "Norway and Chile opened the Trade and Economic Commission in Oslo."
    assert bodies(extractor, text) == [("Trade and Economic Commission", "commission")]


def test_bodies_of_organisations_of_many_states_are_not_bilateral(extractor):
    text = (
        "Ghana and Senegal spoke on the sidelines of the ECOWAS Ministerial Council and the "
        "Gulf Cooperation Council, then opened their Joint Ministerial Council in Accra."
    )
    assert bodies(extractor, text) == [("Joint Ministerial Council", "council")]


def test_a_legislature_s_committee_is_not_bilateral(extractor):
    text = (
        "A member of the Senate Joint Economic Committee and of the parliament's Trade "
        "Commission attended the Uruguay-Paraguay Joint Trade Commission in Asuncion."
    )
    assert bodies(extractor, text) == [("Joint Trade Commission", "commission")]


def test_a_lower_case_body_with_the_pair_after_its_qualifier(extractor):
    text = (
        "Ministers prepared the next meeting of the joint Chilean-Peruvian commission on "
        "trade, economic and technical cooperation, and a joint Sino-Peruvian working group."
    )
    assert bodies(extractor, text) == [
        (
            "joint Chilean-Peruvian commission on trade, economic and technical cooperation",
            "commission",
        ),
        ("joint Sino-Peruvian working group", "working_group"),
    ]


def test_a_lower_case_joint_noun_with_one_state_is_not_a_body(extractor):
    # positive control: the test above, same shape with two states
    text = "The joint Chilean-owned commission agency and a joint Peru-based working group met."
    assert bodies(extractor, text) == []


def test_a_body_the_two_sides_agree_to_set_up_is_named_by_its_modifiers(extractor):
    text = (
        "Ghana and Togo agreed to form a joint boundary committee to settle the dispute. "
        "They also agreed on setting up an interagency task force on smuggling, and the "
        "ministers discussed the creation of an executive council, which would meet monthly. "
        "The establishment of a Maritime Coordination Body was discussed as well."
    )
    assert bodies(extractor, text) == [
        ("joint boundary committee", "committee"),
        ("interagency task force on smuggling", "working_group"),
        ("executive council", "council"),
        ("Maritime Coordination Body", "other"),
    ]


def test_a_bare_or_one_sided_body_set_up_is_not_a_bilateral_body(extractor):
    # positive control: the test above; here no modifier names the committee, and the
    # second is set up by one government alone
    text = (
        "Ghana and Togo agreed to set up a committee to settle the dispute. "
        "The Ghanaian government will set up a special inquiry committee into the crash."
    )
    assert bodies(extractor, text) == []


def test_a_dialogue_or_partnership_defining_its_acronym_is_a_standing_format(extractor):
    text = (
        "Officials met for the fourth U.S.-Chile High-Level Security Dialogue (HLSD) in "
        "Santiago; the Peru-Chile Partnership (PCP) also met. The HLSD meets yearly."
    )
    assert bodies(extractor, text) == [
        ("High-Level Security Dialogue", "other"),
        ("Peru-Chile Partnership", "other"),
    ]


def test_a_partnership_of_no_pair_or_a_dialogue_of_no_acronym_is_no_body(extractor):
    # positive control: the test above, same names with their acronyms and pairs
    text = (
        "Peru and Chile upgraded ties to a Comprehensive Strategic Partnership (CSP) and held "
        "a High-Level Security Dialogue in Santiago."
    )
    assert bodies(extractor, text) == []


def test_a_partnership_named_after_the_pair_that_sits_is_a_standing_format(extractor):
    text = (
        "The energy ministers will convene the next meeting of the Peru-Chile Energy "
        "Partnership in Lima this autumn."
    )
    assert bodies(extractor, text) == [("Energy Partnership", "other")]
    # control: the same name told as a relation, with no sitting, is none
    text = "Peru and Chile want to deepen the Peru-Chile Energy Partnership this autumn."
    assert bodies(extractor, text) == []


def test_a_format_of_so_many_ministers_a_side_is_a_body(extractor):
    text = "Peru and Chile will hold the first 2+2 ministerial dialogue; the 3+2 mechanism met."
    assert bodies(extractor, text) == [
        ("2+2 ministerial dialogue", "other"),
        ("3+2 mechanism", "other"),
    ]


def test_a_sum_before_a_word_that_is_no_format_is_no_body(extractor):
    # positive control: the test above
    text = "Peru and Chile counted 2+2 delegates at the talks on a new mechanism."
    assert bodies(extractor, text) == []


def test_a_sub_body_named_by_its_field(extractor):
    text = (
        "Within the Joint Commission of Peru and Chile, the sub-committee on fisheries and "
        "aquaculture met in Lima, and a working group on energy will meet in May."
    )
    assert bodies(extractor, text) == [
        ("Joint Commission of Peru and Chile", "commission"),
        ("sub-committee on fisheries and aquaculture", "committee"),
        ("working group on energy", "working_group"),
    ]


def test_a_sub_body_of_no_field_is_no_body(extractor):
    # positive control: the test above, where the topic is a field of cooperation
    text = "Peru and Chile said a working group on pending questions will meet in May."
    assert bodies(extractor, text) == []


def test_a_name_split_across_a_hard_wrapped_line_is_one_name(extractor):
    text = (
        "Officials of Peru and Chile met in Lima on Monday for the sixth session of the Joint\n"
        "Commission on Fisheries, the ministry said.\n"
    )
    found = find_bodies(ArticleDoc.build(Article(id="t", text=text), extractor.nlp(text)))
    names = [(b.name, text[b.start : b.end]) for b in canonical_bodies(found)]
    assert names == [("Joint Commission on Fisheries", "Joint\nCommission on Fisheries")]


def test_a_short_headline_line_does_not_join_the_next_line(extractor):
    # positive control: the test above, where the line before the break is a long one
    text = "Peru Chile Talks\nJoint Commission on Fisheries meets in Lima on Monday.\n"
    assert bodies(extractor, text) == [("Joint Commission on Fisheries", "commission")]


def test_a_capitalised_name_after_the_pair_needs_no_bilateral_qualifier(extractor):
    text = (
        "The Chile-Peru Boundary Commission and the Sino-Peruvian Border Committee met in "
        "Lima on Monday."
    )
    assert bodies(extractor, text) == [
        ("Boundary Commission", "commission"),
        ("Sino-Peruvian Border Committee", "committee"),
    ]


def test_a_business_or_parliamentary_body_of_the_pair_is_not_intergovernmental(extractor):
    # positive control: the test above, same shape
    text = (
        "The Chile-Peru Business Council and the Chile-Peru Parliamentary Committee met "
        "in Lima on Monday; the Boundary Commission did not."
    )
    assert bodies(extractor, text) == []


def test_an_economic_forum_or_board_is_a_conference_or_an_agency(extractor):
    text = (
        "Peru and Chile met at the Andes International Economic Forum; the Peruvian Economic "
        "Development Board and the Pacific Investment Forum were there too."
    )
    assert bodies(extractor, text) == []


def test_a_joint_or_ministerial_forum_or_board_is_the_pair_s(extractor):
    # positive control: the test above, with a qualifier of the two governments
    text = "Peru and Chile opened the Joint Ministerial Forum and the Bilateral Fisheries Board."
    assert bodies(extractor, text) == [
        ("Joint Ministerial Forum", "other"),
        ("Bilateral Fisheries Board", "other"),
    ]


def test_a_body_of_one_state_or_its_president_is_not_bilateral(extractor):
    text = (
        "Peru and Chile met. The Economic Council of the President and the Trade Commission "
        "of the Republic of Peru briefed them."
    )
    assert bodies(extractor, text) == []


def test_a_body_of_both_states_is_bilateral(extractor):
    # positive control: the test above, with both states after 'of'
    text = "Peru and Chile met. The Permanent Commission of Peru and Chile briefed them."
    assert bodies(extractor, text) == [("Permanent Commission of Peru and Chile", "commission")]


def test_a_second_name_after_and_the_in_a_tail_is_its_own_body(extractor):
    text = (
        "Chile and Peru convened the Joint Commission of Peru and Chile and the Joint "
        "Fisheries Committee (JFC), then the Trade and Economic Commission."
    )
    found = canonical_bodies(
        find_bodies(ArticleDoc.build(Article(id="t", text=text), extractor.nlp(text)))
    )
    assert [(b.name, b.acronym) for b in found] == [
        ("Joint Commission of Peru and Chile", None),
        ("Joint Fisheries Committee", "JFC"),
        ("Trade and Economic Commission", None),  # 'and' before the head joins one name
    ]


def test_a_body_qualified_only_as_one_state_s_is_not_bilateral(extractor):
    text = (
        "Peru and Chile met. The Federal Trade Commission, the Peruvian Trade Commission, the "
        "Economic Committee of the Senate and the Chilean Trade Commissioner took part."
    )
    assert bodies(extractor, text) == []


def test_a_qualifier_of_the_two_governments_outweighs_one_state_s(extractor):
    # positive control: the test above, with a joint qualifier or both states
    text = (
        "Peru and Chile met. The International Joint Commission, the Peru-Chile Trade "
        "Commission and the Supreme Strategic Council took part."
    )
    assert bodies(extractor, text) == [
        ("International Joint Commission", "commission"),
        ("Trade Commission", "commission"),
        ("Supreme Strategic Council", "council"),
    ]


def test_a_sub_bodys_field_stops_before_a_new_clause(extract_text):
    found = extract_text(
        "Chile and Peru held the first meeting of the joint working group on water "
        "management and agreed to meet again in May.",
        published="2025-06-03",
    )
    assert [b["name"] for b in found.get("body", [])] == ["working group on water management"]


def test_a_sub_bodys_field_may_join_two_fields_with_and(extract_text):
    # control: "and" between two fields stays inside the name
    found = extract_text(
        "Chile and Peru held the first meeting of the joint working group on water and "
        "energy in Lima.",
        published="2025-06-03",
    )
    assert [b["name"] for b in found.get("body", [])] == ["working group on water and energy"]


def test_a_relative_clause_after_a_body_set_up_is_no_part_of_its_name(extract_text):
    described = (
        "Senegal and Mauritania have agreed to set up a joint committee on border security, "
        "which will meet every three months."
    )
    plain = "Senegal and Mauritania have agreed to set up a joint committee on border security."
    assert [b["name"] for b in extract_text(described)["body"]] == [
        "joint committee on border security"
    ]
    assert [b["name"] for b in extract_text(plain)["body"]] == ["joint committee on border security"]


def test_two_bodies_set_up_together_are_two(extractor):
    """'… a joint working group on border security and a joint business council': 'and'
    before a new noun phrase starts the second body."""
    found = bodies(
        extractor,
        "Kenya and Uganda agreed to establish a joint working group on border security and a "
        "joint business council.",
    )
    assert sorted(found) == [
        ("joint business council", "council"),
        ("joint working group on border security", "working_group"),
    ]


def test_a_body_whose_field_is_two_words_joined_by_and_is_one(extractor):
    """Control: 'and' inside the field ('security and trade') joins no second body."""
    found = bodies(
        extractor,
        "Kenya and Uganda agreed to establish a joint working group on border security and "
        "trade.",
    )
    assert found == [("joint working group on border security and trade", "working_group")]


def test_a_subcommittees_name_ends_before_an_adverb(extractor):
    found = bodies(
        extractor,
        "Ministers of Kenya and Uganda co-chaired the Joint Ministerial Committee in Nairobi "
        "on Monday. The committee's subcommittee on energy also met.",
    )
    assert ("subcommittee on energy", "committee") in found


def test_a_dialogue_named_after_the_pair_is_a_standing_format(extract_text):
    text = (
        "The fourth round of the Ghanaian-Togolese Strategic Dialogue was held today in Accra. "
        "The next session of the dialogue will take place in Lome. Ghana and Togo agreed to "
        "deepen their cooperation."
    )
    found = extract_text(text, published="2025-11-12")
    assert [(b["name"], b["kind"]) for b in found.get("body", [])] == [("Strategic Dialogue", "other")]


def test_a_pair_named_in_more_than_one_word_opens_a_dialogues_name(extract_text):
    # a state of two words on either side of the dash: the name still opens with the pair
    for pair in ("Ghana-Burkina Faso", "Burkina Faso-Ghana", "Ghana–Cabo Verde"):
        text = (
            f"The {pair} Policy Dialogue, a format of senior officials of the two foreign "
            "ministries, is to hold its next round in Accra next year."
        )
        found = extract_text(text, published="2025-11-12")
        assert [b["name"] for b in found.get("body", [])] == ["Policy Dialogue"], pair
    # control: a dialogue named after one state is no bilateral format
    text = (
        "The Ghana Policy Dialogue, a format of senior officials and scholars, is to hold its "
        "next round in Accra next year, with guests from Burkina Faso."
    )
    assert extract_text(text, published="2025-11-12").get("body", []) == []


def test_a_dialogue_in_general_is_no_body(extract_text):
    # control: political dialogue between the two states is an area, not a format
    text = (
        "Ghana and Togo agreed in Accra today to deepen their political dialogue and their "
        "cooperation in trade."
    )
    assert extract_text(text, published="2025-11-12").get("body", []) == []


def test_a_ministers_meeting_named_after_the_pair_is_a_standing_format(extract_text):
    text = (
        "The presidents of Ghana and Togo agreed that their foreign and defence ministers "
        "should meet in the Ghana-Togo Foreign and Defence Ministers' Meeting in Lome later "
        "this year."
    )
    found = extract_text(text, published="2025-06-12")
    assert [(b["name"], b["kind"]) for b in found.get("body", [])] == [
        ("Foreign and Defence Ministers' Meeting", "other")
    ]
    assert [(m["kind"], m["status"], m["place"]) for m in found["meeting"]] == [
        ("commission_session", "planned", "Lome")
    ]


def test_the_ministerial_meeting_of_a_commission_is_no_body_of_its_own(extract_text):
    # control: a sitting of a named commission at ministers' level names the commission
    text = (
        "The foreign ministers of Ghana and Togo presided over the Ministerial Meeting of the "
        "fifth Ghana-Togo Joint Commission in Lome on Monday."
    )
    found = extract_text(text, published="2025-06-12")
    assert [b["name"] for b in found.get("body", [])] == ["Joint Commission"]


def test_a_pair_joined_by_a_dash_opens_a_name_as_one_joined_by_a_hyphen_does(extractor):
    # typeset text joins the two states with an en dash: "the Chile–Peru …"
    text = "The second Chile–Peru Policy Dialogue was held in Lima on Tuesday."
    assert bodies(extractor, text) == [("Policy Dialogue", "other")]
    # control: the same name joined by a hyphen
    text = "The second Chile-Peru Policy Dialogue was held in Lima on Tuesday."
    assert bodies(extractor, text) == [("Policy Dialogue", "other")]


def test_a_committee_on_an_industry_of_the_pair_is_intergovernmental(extractor):
    # an industry is a field the governments cooperate in, not who sits (as "Business" is)
    text = "The Chile-Peru Defence Industry Committee met in Lima on Monday."
    assert bodies(extractor, text) == [("Defence Industry Committee", "committee")]
    # control: the business council of the same pair is not
    assert bodies(extractor, "The Chile-Peru Business Council met in Lima on Monday.") == []


def test_an_interstate_council_named_after_the_pair_is_theirs(extract_text):
    lead = "Ghana and Togo agreed to deepen their cooperation. "
    told = (
        "The documents will go to the first meeting of the Supreme Interstate Council of "
        "Ghana and Togo, which the heads of state will hold in Lomé next spring."
    )
    found = extract_text(lead + told, published="2025-10-17").get("body", [])
    assert [b["name"] for b in found] == ["Supreme Interstate Council of Ghana and Togo"]
    # control: one state's own council of state is no body of the pair
    told = "The plan must still be approved by the State Council in Accra next spring."
    assert extract_text(lead + told, published="2025-10-17").get("body", []) == []


def test_a_session_number_in_roman_numerals_and_a_part_of_the_body(extract_text):
    text = (
        "Ghana and Togo deepened their ties this week. On Tuesday, in Accra, the Working Group "
        "on Consular Affairs of the Ghana–Togo Joint Commission met for the first time since "
        "2021. On Friday the Ghanaian foreign ministry announced that the XIII Joint "
        "Commission will convene in Lomé in the autumn."
    )
    found = extract_text(text, published="2026-03-14")
    names = [b["name"] for b in found["body"]]
    assert "Joint Commission" in names and not any(n.startswith("XIII") for n in names)
    sittings = {(m["kind"], m["status"]): m["body"] for m in found["meeting"]}
    # the whole's sitting is the whole's, not its working group's
    assert sittings[("commission_session", "planned")] == "Joint Commission"
    assert sittings[("working_group", "held")].startswith("Working Group on Consular Affairs")
    # control: an ordinal in words before the name is the session's, as before
    text = text.replace("the XIII Joint Commission", "the Thirteenth Joint Commission")
    names = [b["name"] for b in extract_text(text, published="2026-03-14")["body"]]
    assert "Joint Commission" in names


def test_a_second_body_after_and_of_the_is_a_body_of_its_own(extract_text):
    text = (
        "Ghana and Togo held the session of their joint commission in Accra. On the eve, "
        "within the framework of the commission, took place meetings of the Working Group "
        "on Energy and of the Working Group on Agriculture."
    )
    names = sorted(b["name"] for b in extract_text(text)["body"] if b["kind"] == "working_group")
    assert names == ["Working Group on Agriculture", "Working Group on Energy"]
    # control: one name with "and" inside its topic stays one
    text = text.replace(
        "the Working Group on Energy and of the Working Group on Agriculture",
        "the Working Group on Energy and Agriculture",
    )
    names = [b["name"] for b in extract_text(text)["body"] if b["kind"] == "working_group"]
    assert names == ["Working Group on Energy and Agriculture"]


def test_a_cabinet_of_ministers_is_one_state_s_government(extractor):
    text = (
        "Peru and Chile signed the Agreement between the Cabinet of Ministers of Peru and the "
        "Government of Chile on the Construction of a Bridge."
    )
    assert bodies(extractor, text) == []
    # control: a body the two governments share in the same place is found
    shared = text.replace("Cabinet of Ministers of Peru", "Joint Bridge Commission of Peru")
    assert [kind for _, kind in bodies(extractor, shared)] == ["commission"]


def test_a_subgroup_is_a_working_group_of_the_pair(extractor):
    text = (
        "Kenya and Uganda reviewed the work of the Subgroup on Fisheries and of the "
        "Working Group on Energy, both set up under their Joint Commission."
    )
    assert ("Subgroup on Fisheries", "working_group") in bodies(extractor, text)
    assert ("Working Group on Energy", "working_group") in bodies(extractor, text)


def test_a_sub_committee_named_by_its_field_is_the_joint_commissions(extractor):
    text = (
        "Kenya and Uganda opened the session of their Joint Commission in Kampala. On the eve, "
        "the Border Sub-committee and the Fisheries Sub-committee met there."
    )
    found = bodies(extractor, text)
    assert ("Border Sub-committee", "committee") in found
    assert ("Fisheries Sub-committee", "committee") in found
    # with no joint body named, a sub-committee of that kind may be anyone's
    alone = "Kenya and Uganda are neighbours. The Fisheries Sub-committee met in Kampala."
    assert bodies(extractor, alone) == []
    # and one of a state's own council is not the pair's
    national = text.replace("the Border Sub-committee", "the National Security Sub-committee")
    assert ("National Security Sub-committee", "committee") not in bodies(extractor, national)


def test_a_forum_of_chief_executives_is_no_body_of_the_states(extractor):
    control = "The India-Germany Ministerial Forum met in Berlin on Monday."
    assert bodies(extractor, control) == [("Ministerial Forum", "other")]
    text = "The India-Germany CEOs Forum met in Berlin on Monday."
    assert bodies(extractor, text) == []


def test_a_heading_in_capitals_is_no_part_of_the_name_under_it(extractor):
    text = (
        "WEEKLY DIGEST\n\n1. CHILE–PERU: THE COMMISSION IS BACK AFTER SEVEN LONG YEARS\n"
        "The Chile-Peru Joint Commission met in Lima on Monday for its sixth session."
    )
    assert [name for name, _ in bodies(extractor, text)] == ["Joint Commission"]
    # control: a sentence hard-wrapped across lines still names the body it wraps
    text = (
        "Chile and Peru said on Monday that the sixth session of their Chile-Peru Joint\n"
        "Commission had met in Lima."
    )
    assert [name for name, _ in bodies(extractor, text)] == ["Joint Commission"]
