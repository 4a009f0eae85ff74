import pytest

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


def test_a_portfolio_in_an_office_title_is_not_an_area_of_cooperation(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum of understanding on tourism in Kampala. "
        "Also present were Kenya's Minister for Agriculture, Fisheries and Forestry, and the "
        "Ugandan Minister of Defence, who joined the bilateral talks."
    )
    areas = {a["area"] for a in extract_text(text)["area"]}
    assert areas == {"tourism"}
    # "… and the Diaspora": the office's words go on after "and the"
    text = text.replace("Minister of Defence", "Minister of Foreign Affairs and the Diaspora")
    areas = {a["area"] for a in extract_text(text)["area"]}
    assert areas == {"tourism"}


def test_a_portfolio_before_an_office_or_a_chambers_name_is_not_an_area(extract_text):
    """'Commerce and Industry Minister X', 'the Chamber of Commerce and Industry': a
    portfolio named before the office's word and a chamber's name are no fields."""
    text = (
        "Kenya and Uganda signed a memorandum of understanding on tourism in Kampala, said "
        "Kenya's Mining and Energy Minister Peter Otieno. A forum of the Kenya National "
        "Chamber of Commerce and Industry brought together 200 companies."
    )
    areas = {a["area"] for a in extract_text(text)["area"]}
    assert areas == {"tourism"}
    # control: the same words as fields of cooperation are areas
    told = text.replace("on tourism", "on tourism, mining, energy and industry")
    areas = {a["area"] for a in extract_text(told)["area"]}
    assert {"tourism", "mining", "energy", "industry"} <= areas


def test_areas_of_an_agreed_deepening_count(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on tourism in Kampala on Monday, in the presence "
        "of the foreign ministers of Kenya and Uganda. It was agreed to strengthen economic and "
        "commercial ties, placing particular emphasis on Ugandan investment in Kenya."
    )
    areas = {a["area"] for a in extract_text(text)["area"]}
    assert {"trade", "investment"} <= areas


def test_words_in_a_universitys_name_or_an_advisers_office_are_not_areas(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on tourism in Nairobi, in the presence of the "
        "foreign ministers of Kenya and Uganda, said Jane Wambui, the Senior Adviser on Media "
        "and Communications. The Jomo Kenyatta University of Agriculture and Technology of Kenya and "
        "Makerere University of Uganda also agreed to cooperate."
    )
    areas = {a["area"] for a in extract_text(text)["area"]}
    assert "media" not in areas and "agriculture" not in areas
    assert "tourism" in areas


def test_newer_fields_map_to_the_vocabulary():
    from accords.extract.areas import areas_in

    assert areas_in("cooperation in semiconductors") == ["industry"]
    assert areas_in("fintech and insurance") == ["finance"]
    assert areas_in("smart cities") == ["infrastructure"]
    assert areas_in("peacekeeping operations") == ["security"]
    assert areas_in("pensions") == ["labour"]


def test_words_that_merely_contain_a_field_name_no_field():
    # control: word boundaries hold for the new entries
    from accords.extract.areas import areas_in

    assert areas_in("the city's pensioners' choir sang") == []
    assert areas_in("an insurer's outlook") == []


def test_freight_and_wagons_are_transport():
    assert areas_in("a memorandum on freight and wagon exchange") == ["transport"]


def test_regional_and_international_issues_are_political_dialogue():
    assert areas_in("the ministers talked at length about regional and international issues") == ["diplomacy"]
    # control: issues of one named field stay in that field
    assert areas_in("they exchanged views on regional trade issues") == ["trade"]


REVIEW = (
    "The foreign ministers of Kenya and Ethiopia met in Nairobi on Monday. They {verb} the "
    "northern transport corridor and the power line that carries hydroelectricity south."
)


def test_what_the_ministers_reviewed_is_on_their_agenda(extract_text):
    found = extract_text(REVIEW.format(verb="reviewed"), published="2024-03-05")
    assert {"transport", "energy"} <= {a["area"] for a in found.get("area", [])}


def test_what_the_ministers_admired_is_not_on_their_agenda(extract_text):
    # control: a verb of no agenda in the same sentence
    found = extract_text(REVIEW.format(verb="admired"), published="2024-03-05")
    assert not {"transport", "energy"} & {a["area"] for a in found.get("area", [])}


def test_legal_as_the_form_of_a_document_is_no_area():
    assert areas_in("They will finalise the legal instruments and a legal basis for trade.") == ["trade"]


def test_legal_matters_are_justice():
    # control: the same word naming the field
    assert areas_in("They agreed to cooperate in legal matters and trade.") == ["justice", "trade"]


def test_wastewater_and_sewage_are_water():
    assert areas_in("a grant for a wastewater plant and the city's sewage network") == ["water"]


def test_a_one_stop_border_post_is_customs_cooperation():
    assert areas_in("an agreement on a one-stop border post at the Busia crossing") == ["customs"]


def test_a_border_dispute_is_no_customs_cooperation():
    # control: the border alone names no area of cooperation
    assert "customs" not in areas_in("talks on the demarcation of the land border")


def test_an_area_named_only_in_a_denied_thing_is_no_area(extract_text):
    text = (
        "Chile and Peru will sign an agreement on energy cooperation in Lima on Friday. "
        "There will be no agreement on migration, a Chilean official said."
    )
    areas = {a["area"] for a in extract_text(text).get("area", [])}
    assert "energy" in areas and "migration" not in areas
    # control: the same sentence asserted names the area
    areas = {a["area"] for a in extract_text(text.replace(" no ", " an ")).get("area", [])}
    assert {"energy", "migration"} <= areas


def test_an_area_in_what_a_denied_document_concerns_is_no_area(extract_text):
    text = (
        "Chile and Peru signed an agreement on energy cooperation in Lima on Friday. No "
        "document concerning the supply of migration data was signed, a Chilean official said."
    )
    areas = {a["area"] for a in extract_text(text).get("area", [])}
    assert "energy" in areas and "migration" not in areas
    # control: a document concerning it that was signed names the area
    told = text.replace("No document", "A document")
    assert {"energy", "migration"} <= {a["area"] for a in extract_text(told).get("area", [])}


def test_the_judiciary_is_the_field_of_justice():
    assert areas_in("cooperation between the two judiciaries and in the judiciary") == ["justice"]
    assert areas_in("cooperation between the two railways") == ["transport"]  # control


def test_a_sentence_listing_what_the_one_before_named_gives_its_areas(extract_text):
    lead = (
        "Chile and Peru set up a joint commission in Lima on Monday. Through it the two "
        "countries will develop their cooperation in every field both sides care about. "
    )
    for listing in ("Those named were trade, policing and health.", "They include policing."):
        found = extract_text(lead + listing, published="2025-03-05")
        areas = {a["area"] for a in found.get("area", [])}
        assert {"security"} <= areas, listing
    # control: the same words after a sentence that speaks of no cooperation are none
    text = (
        "Chile and Peru set up a joint commission in Lima on Monday. The weather in Lima was "
        "mild. They include policing."
    )
    found = extract_text(text, published="2025-03-05")
    assert "security" not in {a["area"] for a in found.get("area", [])}


def test_a_place_or_plan_named_by_an_areas_word_is_no_area(extract_text):
    lead = "Chile and Peru agreed in Lima on Monday to expand cooperation in fisheries. "
    for told in (
        "The ministers will review that cooperation in Port Moresby next week.",
        "Both sides adopted a common road map for cooperation in their border regions.",
    ):
        areas = {a["area"] for a in extract_text(lead + told, published="2025-03-05")["area"]}
        assert "transport" not in areas, told
    # control: ports and roads as fields of cooperation are transport
    told = "They will also cooperate on ports and roads."
    areas = {a["area"] for a in extract_text(lead + told, published="2025-03-05")["area"]}
    assert "transport" in areas


def test_prisons_and_correctional_services_are_justice():
    assert areas_in("cooperation on correctional services and prisons") == ["justice"]
    # control: a word that only looks alike names no field
    assert areas_in("cooperation on corrections to the text") == []


def test_the_goods_of_a_smuggling_are_no_field_of_cooperation():
    text = "the smuggling of fuel, weapons and drugs along the border worries both sides"
    assert areas_in(text) == []
    # control: the same goods named as fields of cooperation are areas
    assert areas_in("cooperation on fuel supply and weapons procurement") == ["energy", "defence"]
    # and trafficking on a river is no list of goods: what follows is still read
    assert areas_in("drug trafficking in the river and more trade") == ["security", "trade"]


def test_a_space_of_or_for_something_is_the_common_noun():
    assert areas_in("the border must remain a space of exchange and a space for dialogue") == []
    # control: space as a field, alone or in a body's name
    assert areas_in("cooperation in defence and space; the Kenya Space Agency") == [
        "defence",
        "space",
    ]


def test_travel_alone_is_anyone_s_trip_not_tourism():
    assert areas_in("the minister will travel to Lusaka; the talks cut travel time") == []
    # control: tourism and the travel trade are the field
    assert areas_in("tourism and the travel industry") == ["tourism"]


@pytest.mark.parametrize(
    "said",
    [
        "Cooperation on energy was not discussed this time, an official said.",
        "The ministers did not discuss the gas field or other energy projects.",
        "Questions of energy cooperation were not touched upon during the talks.",
        "Questions of energy cooperation were not taken up at either meeting.",
        "Energy projects did not come up at the talks, an official said.",
        "The sides did not consider issues of energy cooperation at this meeting.",
        "Nor did the talks touch on energy cooperation, an official said.",
        "Neither minister addressed the issue of energy cooperation.",
        "No delegation raised the question of energy cooperation.",
        "The question of energy cooperation was not placed on the agenda of the meeting.",
    ],
)
def test_a_topic_the_text_says_did_not_come_up_is_no_area(extract_text, said):
    lead = "Chile and Peru signed an agreement on fisheries cooperation in Lima on Friday. "
    areas = {a["area"] for a in extract_text(lead + said).get("area", [])}
    assert "energy" not in areas
    # control: the same sentence with the topic discussed names the area
    asserted = said.replace("was not discussed", "was discussed").replace("did not discuss", "discussed")
    asserted = asserted.replace("were not touched upon", "were taken up")
    asserted = asserted.replace("were not taken up", "were taken up").replace("did not come", "came")
    asserted = asserted.replace("did not consider", "considered")
    asserted = asserted.replace("Nor did the talks touch", "The talks also touched")
    asserted = asserted.replace("Neither minister", "Each minister")
    asserted = asserted.replace("No delegation", "Each delegation")
    asserted = asserted.replace("was not placed", "was placed")
    areas = {a["area"] for a in extract_text(lead + asserted).get("area", [])}
    assert "energy" in areas


def test_a_border_crossing_is_where_goods_are_cleared_not_migration():
    """A border crossing point, like a border post, is customs' ground; migration is
    people's movement ("migrants", "visas", "readmission")."""
    assert areas_in("the reopening of the border crossing point at Malaba") == ["customs"]
    # control: people's movement is migration
    assert areas_in("the readmission of irregular migrants") == ["migration"]


def test_what_an_indirect_question_names_is_no_area(extract_text):
    """'Asked whether a fisheries agreement would follow, …': a question, not a field."""
    lead = "Chile and Peru signed an agreement on tourism cooperation in Lima on Friday. "
    asked = "Asked whether an agreement on energy would follow, the minister said it was too early."
    areas = {a["area"] for a in extract_text(lead + asked).get("area", [])}
    assert areas == {"tourism"}
    # control: told, not asked, the same words name the area
    told = "The minister said an agreement on energy would follow next year."
    areas = {a["area"] for a in extract_text(lead + told).get("area", [])}
    assert areas == {"tourism", "energy"}


def test_a_trade_representatives_office_is_no_area(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on tourism cooperation in Nairobi on Monday, "
        "said the Kenyan Trade Representative, Grace Atieno."
    )
    assert {a["area"] for a in extract_text(text).get("area", [])} == {"tourism"}
    # control: trade as a field
    told = text.replace("on tourism cooperation", "on tourism and trade cooperation")
    assert {a["area"] for a in extract_text(told).get("area", [])} == {"tourism", "trade"}


def test_civil_defence_and_civil_protection_are_emergency_relief_not_the_military():
    assert areas_in("a memorandum between the civil defence services") == ["humanitarian"]
    assert areas_in("a roadmap of the civil protection agencies") == ["humanitarian"]
    # control: defence alone is the military's field
    assert areas_in("a memorandum between the defence ministries") == ["defence"]


def test_the_defence_industry_is_the_field_of_defence():
    assert areas_in("an agreement on defence industry cooperation") == ["defence"]
    assert areas_in("cooperation in the defense industries") == ["defence"]
    # control: industry of its own, and defence beside it, are two fields
    assert areas_in("cooperation in defence and in industry") == ["defence", "industry"]


def test_a_city_named_port_is_no_port():
    assert areas_in("advisers deployed to Port Moresby and Port-au-Prince") == []
    # control: ports as such are transport
    assert areas_in("the modernisation of the two ports") == ["transport"]
    assert areas_in("Port authorities of both sides will share data") == ["transport"]


def test_when_diplomatic_relations_began_is_history_not_a_field():
    assert areas_in("Kenya and Peru established diplomatic relations in 1964.") == []
    assert areas_in("The two states have had diplomatic relations since 1992.") == []
    assert areas_in("They restored full diplomatic relations in 2003.") == []
    assert areas_in("This year marks 60 years of diplomatic relations.") == []
    # control: relations as what the two sides work on are diplomacy
    assert areas_in("They agreed to deepen diplomatic relations and trade.") == [
        "diplomacy",
        "trade",
    ]


def test_the_movement_and_residence_of_people_is_migration():
    assert areas_in("a youth mobility scheme and a mobility partnership") == ["migration"]
    assert areas_in("a working holiday arrangement for young people") == ["migration"]
    assert areas_in("the agreement on local border traffic for border residents") == ["migration"]
    assert areas_in("the right to reside and the free movement of persons") == ["migration"]
    # control: workers' mobility is labour, vehicles' is no migration, a holiday is nothing
    assert areas_in("a labour mobility arrangement") == ["labour"]
    assert areas_in("urban mobility and electric mobility projects") == []
    assert areas_in("a public holiday in both countries") == []


def test_a_tunnel_is_infrastructure():
    assert areas_in("a declaration on the rail tunnel under the Alps") == [
        "transport",
        "infrastructure",
    ]
    # control: the rail link alone is transport
    assert areas_in("a declaration on the rail link across the Alps") == ["transport"]


def test_what_a_blockade_or_an_embargo_bars_is_no_field_of_cooperation():
    assert areas_in("an end to the economic, commercial and financial blockade") == []
    assert areas_in("the arms and oil embargo and the trade sanctions") == []
    # control: the same words as fields of cooperation, and a field beside the embargo
    assert areas_in("economic, commercial and financial cooperation") == ["trade", "finance"]
    assert areas_in("energy cooperation and the end of the arms embargo") == ["energy"]


def test_a_street_address_is_no_road():
    assert areas_in("Issued by the Department, 460 Kilimani Road, Nairobi") == []
    # control: a road named by the towns it joins is transport
    assert areas_in("work on the Nairobi–Mombasa Road") == ["transport"]


def test_herding_across_borders_is_agriculture():
    assert areas_in("a protocol on seasonal transhumance between the two states") == [
        "agriculture"
    ]
    assert areas_in("disputes between pastoralists and herders over grazing land") == [
        "agriculture"
    ]


def test_trains_are_transport_but_training_is_education():
    assert areas_in("a contract on container trains between the two railways' firms") == [
        "transport"
    ]
    assert areas_in("new passenger train services from the capital") == ["transport"]
    assert areas_in("the agency trains officers and runs training courses") == ["education"]


def test_the_transfer_of_sentenced_persons_is_justice():
    assert areas_in("an agreement on the transfer of sentenced persons") == ["justice"]
    assert areas_in("convicted persons may serve their terms at home") == ["justice"]


def test_a_status_of_forces_agreement_is_defence():
    assert areas_in("the status-of-forces agreement for the troops") == ["defence"]
    assert areas_in("a Status of Forces Agreement was ratified") == ["defence"]


def test_debt_is_finance():
    assert areas_in("a debt-restructuring agreement with its creditors") == ["finance"]
    assert areas_in("the debts owed by the ministry were rescheduled") == ["finance"]


def test_hydrocarbons_and_power_links_are_energy():
    assert areas_in("the joint exploitation of hydrocarbons offshore") == ["energy"]
    assert areas_in("an agreement on electrical interconnection") == ["energy"]
    assert areas_in("the interconnector between the two grids") == ["energy"]
    assert areas_in("the response to a hydrocarbon spill at sea") == ["environment"]


def test_epidemiology_is_health_but_a_pandemic_as_the_backdrop_is_no_field():
    assert areas_in("joint epidemiological surveillance at the border") == ["health"]
    assert areas_in("growth slowed during the pandemic") == []


def test_trucks_are_transport():
    assert areas_in("axle-load limits for trucks and lorries on the corridor") == ["transport"]


def test_meat_dairy_teachers_and_wildfires_name_their_fields():
    assert areas_in("a protocol on exports of processed meat") == ["trade", "agriculture"]
    assert areas_in("dairy farmers") == ["agriculture"]
    assert areas_in("volunteer language teachers") == ["education"]
    assert areas_in("fighting wildfires together") == ["environment"]


def test_carbon_credits_are_environment_and_cyber_attacks_security():
    assert areas_in("an agreement on carbon credits and carbon trading") == ["environment"]
    assert areas_in("exchanging information on cyber attacks") == ["security"]
    assert areas_in("a memorandum on cyber-security") == ["security"]


def test_the_mobility_of_young_professionals_is_migration_but_of_students_education():
    assert areas_in("an arrangement on the mobility of young professionals") == ["migration"]
    assert areas_in("an agreement on the mobility of students") == ["education"]


def test_legal_certainty_is_no_field_legal_assistance_is_justice():
    assert areas_in("the agreement gives firms legal certainty") == []
    assert areas_in("a treaty on legal assistance") == ["justice"]
