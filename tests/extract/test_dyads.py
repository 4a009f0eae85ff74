from accords.extract.document import ArticleDoc
from accords.extract.dyads import find_dyads
from accords.model import Article


def dyads(extractor, text: str) -> list[tuple[str, str]]:
    article = Article(id="t", text=text)
    return [d.dyad for d in find_dyads(ArticleDoc.build(article, extractor.nlp(text)))]


def test_a_pair_written_together_is_enough(extractor):
    text = (
        "Senegal and Gambia have signed an agreement on fisheries in Banjul. "
        "The ministers said the accord would be reviewed each year."
    )
    assert dyads(extractor, text) == [("GMB", "SEN")]


def test_hyphenated_pair_names_the_dyad(extractor):
    text = (
        "The Chilean-Argentine Binational Commission met on Monday. "
        "Ministers reviewed the border crossings."
    )
    assert dyads(extractor, text) == [("ARG", "CHL")]


def test_a_third_state_named_once_in_passing_is_no_dyad(extractor):
    text = (
        "Kenya and Uganda signed a protocol on railway transport. The protocol follows "
        "talks between the Kenyan and Ugandan ministers, who also discussed prices in China."
    )
    assert dyads(extractor, text) == [("KEN", "UGA")]


def test_no_state_actor_no_dyad(extractor):
    text = "Brazil beat China 8-0 in a friendly in Recife; Brazil and China meet again next year."
    assert dyads(extractor, text) == []


def test_firms_described_by_demonyms_are_not_a_dyad(extractor):
    text = (
        "Dutch brewer Heineken and Brazilian bottler Ambev signed a memorandum on bottling. "
        "The firms will work with the Dutch and Brazilian governments, the chief executive said."
    )
    assert dyads(extractor, text) == []


# --- bilateral meetings inside multilateral gatherings; multilateral texts ----------------
# The articles below are invented for these tests (realistic, not from any source).

G20_SIDELINES = """Argentina and South Korea agree to expand lithium cooperation at G20 summit

Argentine President Martín Ferreyra and South Korean President Han Ji-won met on the \
sidelines of the G20 summit in Johannesburg on Saturday, their first meeting since taking \
office. The two leaders discussed supply chains for batteries, and agreed to launch \
negotiations on a memorandum of understanding on critical minerals before the end of the year.
"Korea is a natural partner for our lithium provinces," Ferreyra told reporters after the \
meeting. South Korean firms already operate two extraction plants in the north-western \
province of Salta, according to the Argentine foreign ministry.
The summit, hosted by South Africa, brought together the leaders of the world's largest \
economies, including the United States, China, India, Brazil, Germany, Japan and the United \
Kingdom. Leaders at the summit adopted a declaration on debt relief for low-income countries \
and on climate finance. Han also held separate talks with the prime ministers of India and \
Canada during the two-day gathering.
Officials in Seoul said the Korean side would send a trade delegation to Buenos Aires in March.
"""

UNGA_MARGINS = """Ghana and Norway foreign ministers discuss fisheries on margins of UN General Assembly

NEW YORK, Sept. 24 -- Ghana’s Minister for Foreign Affairs Kwabena Asante met Norwegian \
Foreign Minister Ingrid Halvorsen on the margins of the 80th session of the United Nations \
General Assembly in New York on Tuesday.
The two ministers reviewed cooperation in fisheries management, ocean research and the fight \
against illegal fishing in the Gulf of Guinea.
Halvorsen said Norway would continue to fund a joint research vessel programme with Ghana’s \
fisheries commission. Asante thanked Oslo for its support and invited his counterpart to \
visit Accra next year.
The General Assembly’s high-level week drew more than 140 heads of state and government, \
with speeches by the leaders of France, Brazil, Indonesia, Nigeria, Mexico and Egypt on its \
first day. Asante also met his counterparts from Morocco, Japan and Chile during the week.
"""

COMMUNIQUE_OF_TWENTY = """Ministers of twenty states adopt joint communique on maritime security

The foreign ministers of Australia, Bangladesh, Comoros, France, India, Indonesia, Iran, \
Kenya, Madagascar, Malaysia, Maldives, Mauritius, Mozambique, Oman, Seychelles, Singapore, \
Somalia, South Africa, Sri Lanka and Thailand adopted a joint communique on maritime security \
on Thursday. The ministers met in Port Louis for the annual ministerial meeting of the \
regional grouping.
The communique calls for closer cooperation among coastal states against piracy, drug \
trafficking and illegal fishing. Ministers also agreed to set up a working group on the blue \
economy, to report to the next ministerial meeting.
The government of Mauritius, which chairs the grouping this year, said the communique \
reflected a consensus of all member states. Observers from China, Japan, the United States \
and the European Union attended the opening session.
The next ministerial meeting will be held in Colombo in 2026.
"""

#: The same communique with one bilateral signing on its margins.
BILATERAL_ON_THE_MARGINS = COMMUNIQUE_OF_TWENTY + (
    "On the margins of the meeting, Kenya and Oman signed a memorandum of understanding on "
    "joint naval patrols. Kenya’s Defence Secretary and Oman’s Minister of Defence said the "
    "memorandum would be reviewed in 2027.\n"
)

MEMORANDUM_AT_A_FORUM = """Côte d’Ivoire, Senegal sign memorandum on digital trade at ECOWAS forum

Côte d’Ivoire and Senegal signed a memorandum of understanding on digital trade and \
e-payments on the sidelines of the ECOWAS Business Forum in Accra on Thursday.
The memorandum was signed by Côte d’Ivoire’s Minister of Commerce Aminata Kouassi and \
Senegal’s Minister of Trade Ousmane Diallo.
It provides for the mutual recognition of electronic signatures and the linking of the two \
countries’ payment systems. The forum, attended by delegations from all fifteen member \
states of the Economic Community of West African States, focused on the regional single \
market. Ghana’s President opened the forum, which also heard speeches by ministers from \
Nigeria, Mali, Guinea and Togo.
Kouassi said the Ivorian government expected the deal to double bilateral trade in services \
within five years. The two ministers agreed to hold the first meeting of a joint working \
group in Dakar in June.
"""

SUMMIT_BY_DEMONYMS = """Vietnamese PM holds talks with Brazilian President on BRICS sidelines

KAZAN, Oct. 23 -- Vietnamese Prime Minister Tran Minh Quang held talks with Brazilian \
President Rafael Monteiro on the sidelines of the BRICS Plus summit in Kazan on Wednesday.
The Vietnamese leader thanked his host for Brasilia’s support for the upgrade of bilateral \
ties to a strategic partnership last year. The two leaders agreed to open Brazil’s market \
further to Vietnamese seafood.
The summit gathered the leaders of more than thirty countries, including Russia, China, \
India, South Africa, Iran, Egypt and Ethiopia. Quang also met the leaders of Laos, Cuba and \
Malaysia during his three-day stay.
"""


def test_two_leaders_meeting_at_a_g20_summit_keep_their_pair(extractor):
    assert dyads(extractor, G20_SIDELINES) == [("ARG", "KOR")]


def test_foreign_ministers_meeting_at_the_general_assembly_keep_their_pair(extractor):
    assert dyads(extractor, UNGA_MARGINS) == [("GHA", "NOR")]


def test_a_communique_of_twenty_states_is_no_dyad(extractor):
    assert dyads(extractor, COMMUNIQUE_OF_TWENTY) == []
    # positive control: the same text with one bilateral signing gives that pair
    assert dyads(extractor, BILATERAL_ON_THE_MARGINS) == [("KEN", "OMN")]


def test_a_memorandum_signed_at_a_regional_forum_keeps_its_pair(extractor):
    assert dyads(extractor, MEMORANDUM_AT_A_FORUM) == [("CIV", "SEN")]


def test_leaders_named_by_demonyms_at_a_summit_keep_their_pair(extractor):
    assert dyads(extractor, SUMMIT_BY_DEMONYMS) == [("BRA", "VNM")]


def test_a_list_of_states_is_a_group_not_pairs(extractor):
    listed = (
        "The presidents of Peru, Chile and Ecuador signed a declaration on fisheries in Lima. "
        "The three governments will meet again next year."
    )
    assert dyads(extractor, listed) == []
    paired = (  # positive control: two states in the same sentence shape
        "The presidents of Peru and Chile signed a declaration on fisheries in Lima. "
        "The two governments will meet again next year."
    )
    assert dyads(extractor, paired) == [("CHL", "PER")]


def test_a_demonym_that_titles_an_office_names_the_state_acting(extractor):
    officials = (
        "Coffee talks in Lisbon\n\n"
        "The Kenyan President met his Colombian counterpart on the sidelines of the UN Ocean "
        "Conference in Lisbon on Monday. The Kenyan delegation said it had agreed with the "
        "Colombian government to set up a joint committee on coffee research."
    )
    assert dyads(extractor, officials) == [("COL", "KEN")]
    firms = (  # the same shape with firms: demonyms that describe, not states acting
        "Coffee talks in Lisbon\n\n"
        "A Kenyan cooperative met a Colombian exporter on the sidelines of the UN Ocean "
        "Conference in Lisbon on Monday. The Kenyan growers said they had agreed with the "
        "Colombian traders to set up a joint committee on coffee research, a minister said."
    )
    assert dyads(extractor, firms) == []


def test_a_standing_body_of_the_two_states_shows_states_acting(extract_text):
    found = extract_text(
        "Peru will host the 8th session of the Peru-Chile Joint Ministerial Commission in Lima "
        "on 3 and 4 March 2026.",
        published="2026-01-20",
    )
    assert found.get("dyad") == [{"countries": ["CHL", "PER"]}]


def test_a_match_between_the_two_states_shows_no_states_acting(extract_text):
    found = extract_text(
        "Peru will host the friendly match against Chile in Lima on 3 March 2026.",
        published="2026-01-20",
    )
    assert not found.get("dyad")


def test_two_states_that_sign_act_as_states_without_a_minister_named(extract_text):
    found = extract_text(
        "Serbia and Hungary signed an agreement on the joint use of border crossings on Friday.",
        published="2025-03-07",
    )
    assert found.get("dyad") == [{"countries": ["HUN", "SRB"]}]


def test_the_parties_of_a_treaty_act_as_states(extract_text):
    found = extract_text(
        "The treaty on extradition between Peru and Bolivia was ratified on Thursday.",
        published="2025-03-07",
    )
    assert found.get("dyad") == [{"countries": ["BOL", "PER"]}]


def test_the_heads_of_two_states_named_together_show_states_acting(extract_text):
    for heads in ("presidents", "prime ministers", "foreign ministers", "leaders"):
        found = extract_text(
            f"The {heads} of Chile and Peru met in Lima on Monday. They agreed to expand "
            "trade in copper.",
            published="2025-03-07",
        )
        assert found.get("dyad") == [{"countries": ["CHL", "PER"]}], heads
    # control: the same sentence with people who do not act for the states
    found = extract_text(
        "The fans of Chile and Peru met in Lima on Monday. They agreed to expand trade in copper.",
        published="2025-03-07",
    )
    assert not found.get("dyad")


def test_two_states_named_as_a_match_do_not_act_as_states(extract_text):
    found = extract_text(
        "Serbia and Hungary drew 1-1 in a friendly match in Szeged on Friday.",
        published="2025-03-07",
    )
    assert not found.get("dyad")


HEADLINE_AFTER_DOTS = (
    "{lead}\n\n"
    "CHILEAN PRESIDENT AND LIMA EYE TWO AGREEMENTS\n\n"
    "Santiago, 3 May 2025\n\n"
    "Two documents may be signed during the visit of the Chilean President to Peru, "
    "her office told reporters. Work on the drafts is under way."
)


def test_the_headline_is_the_first_sentence_with_words(extractor):
    assert dyads(extractor, HEADLINE_AFTER_DOTS.format(lead="...")) == [("CHL", "PER")]


def test_a_headline_that_comes_second_counts_once(extractor):
    # control: the same report with a sentence of words before the headline
    lead = "Reporters waited outside the palace all morning."
    assert dyads(extractor, HEADLINE_AFTER_DOTS.format(lead=lead)) == []


def test_states_that_sign_as_agents_of_a_passive_act_as_states(extractor):
    text = (
        "Chile, Peru expand cooperation\n\n"
        "The documents signed by Chile and Peru on Tuesday include a protocol on fisheries "
        "and a declaration on climate change."
    )
    assert dyads(extractor, text) == [("CHL", "PER")]


def test_states_named_as_places_of_a_passive_do_not_act(extractor):
    # control: the same shape where the pair is only where the goods go
    text = (
        "Chile, Peru markets\n\n"
        "The avocados grown in Chile and Peru this season include a variety that ripens "
        "in winter."
    )
    assert dyads(extractor, text) == []


def test_two_states_negotiating_a_document_are_states_acting(extractor):
    text = (
        "Senegal and Gambia are negotiating an agreement on fisheries. "
        "A text could be ready by the end of the year."
    )
    assert dyads(extractor, text) == [("GMB", "SEN")]


def test_two_states_named_together_without_acting_are_no_dyad(extractor):
    """Control of the same shape: the pair is written together, but nothing in the
    sentence is something states do to each other."""
    text = (
        "Senegal and Gambia are rich in fisheries. "
        "A text on the region could be ready by the end of the year."
    )
    assert dyads(extractor, text) == []


def test_delegations_of_two_states_that_meet_are_states_acting(extractor):
    plural = (
        "Delegations of Togo and Ghana met in Kara on Thursday for the third round of border "
        "talks. The next round will take place in Tamale in June."
    )
    demonyms = (
        "The Togolese and Ghanaian delegations met in Kara on Thursday for the third round of "
        "border talks. The next round will take place in Tamale in June."
    )
    assert dyads(extractor, plural) == [("GHA", "TGO")]
    assert dyads(extractor, demonyms) == [("GHA", "TGO")]


def test_demonyms_before_a_plural_that_is_no_organ_of_state_are_no_dyad(extractor):
    """Control of the same shape: firms of two nationalities meeting are no states."""
    text = (
        "The Togolese and Ghanaian traders met in Kara on Thursday for the third round of "
        "price talks. The next round will take place in Tamale in June."
    )
    assert dyads(extractor, text) == []


def test_a_one_paragraph_brief_of_officials_meeting_names_its_pair(extractor):
    """Short wire briefs: one official receiving another; officials of both states named
    by coordinated demonyms; a cabinet secretary travelling for talks."""
    received = (
        "Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo at State "
        "House in Nairobi on Wednesday. The two discussed the oil pipeline."
    )
    officials = (
        "Kenyan and Ugandan trade officials met in Busia on Wednesday to prepare the next "
        "round of border talks."
    )
    secretary = (
        "The Kenyan Prime Cabinet Secretary will travel to Uganda next week for talks with "
        "President Museveni on the pipeline."
    )
    ministers = (
        "Kenyan and Ugandan ministers met yesterday in Kampala for the sixth session of their "
        "Joint Commission."
    )
    for text in (received, officials, secretary, ministers):
        assert dyads(extractor, text) == [("KEN", "UGA")], text


def test_a_brief_of_two_nationalities_trading_names_no_pair(extractor):
    """Control: the same shapes with traders, not officials, of the two states."""
    traders = (
        "Kenyan and Ugandan traders met in Busia on Wednesday to prepare the next round of "
        "price talks."
    )
    received = (
        "A Kenyan trader received Ugandan coffee at the market in Busia on Wednesday. The two "
        "discussed the price."
    )
    for text in (traders, received):
        assert dyads(extractor, text) == [], text


def test_states_that_sign_as_agents_after_a_place_and_day_act_as_states(extractor):
    text = (
        "The following documents were signed in Kampala on Monday by Kenya and Uganda:\n"
        "- Memorandum of Understanding on Cooperation in Health;\n"
        "- Protocol on Fisheries."
    )
    assert dyads(extractor, text) == [("KEN", "UGA")]


def test_an_official_who_arrived_in_a_capital_makes_a_pair_with_its_state(extractor):
    text = (
        "Ghanaian Foreign Minister Ama Owusu arrived in Lomé on Thursday for an official "
        "visit. She held talks with her counterpart on border trade."
    )
    assert dyads(extractor, text) == [("GHA", "TGO")]


def test_an_official_who_spoke_of_a_capital_makes_no_pair(extractor):
    # control: the same capital named in passing, not as where she travelled
    text = (
        "Ghanaian Foreign Minister Ama Owusu spoke about Lomé on Thursday in an official "
        "interview. She held talks with officials on border trade."
    )
    assert dyads(extractor, text) == []


def test_a_companys_president_is_no_state_acting(extract_text):
    text = (
        "Norway's Nordvik Subsea AS and Brazil's Atlantica Energia S.A. signed a memorandum of "
        "understanding on Monday to set up a joint venture. Atlantica Energia's president said "
        "the partnership would help Brazilian suppliers, and Nordvik's chief executive said "
        "Norway's experience fits Brazil's offshore market."
    )
    assert extract_text(text, published="2025-04-08").get("dyad", []) == []


def test_a_states_president_is_a_state_acting(extract_text):
    # control: the same office held for a state
    text = (
        "Norway and Brazil signed a memorandum of understanding on Monday on offshore energy. "
        "Brazil's president said the partnership would help Brazilian suppliers, and Norway's "
        "prime minister said Norway's experience fits Brazil's offshore market."
    )
    assert [d["countries"] for d in extract_text(text, published="2025-04-08").get("dyad", [])] == [
        ["BRA", "NOR"]
    ]


def test_three_states_meeting_as_a_trilateral_format_are_no_pair(extractor):
    trilateral = (
        "Chile, Peru and Bolivia hold trilateral summit in Arica\n\n"
        "The presidents of Chile, Peru and Bolivia met in Arica on Friday for a trilateral "
        "summit on water and transport. Chile and Peru agreed with Bolivia to study a rail "
        "link, and Bolivia and Peru agreed with Chile to share river data. The three "
        "countries will meet again in La Paz next year."
    )
    assert dyads(extractor, trilateral) == []
    bilateral = (  # positive control: the same report of two of the states
        "Chile and Peru hold bilateral summit in Arica\n\n"
        "The presidents of Chile and Peru met in Arica on Friday for a bilateral summit on "
        "water and transport. Chile and Peru agreed to study a rail link and to share river "
        "data. The two countries will meet again in Lima next year."
    )
    assert dyads(extractor, bilateral) == [("CHL", "PER")]


def test_a_pair_that_mentions_a_trilateral_framework_with_a_third_state_keeps_its_pair(
    extractor,
):
    text = (
        "Chile and Peru sign transport memorandum\n\n"
        "The foreign ministers of Chile and Peru signed a memorandum on transport in Lima on "
        "Friday. Chile and Peru agreed to build a border terminal. The Peruvian minister said "
        "talks on a trilateral framework with Bolivia were progressing."
    )
    assert dyads(extractor, text) == [("CHL", "PER")]


def test_three_states_joined_by_dashes_are_one_group_not_two_pairs(extractor):
    text = (
        "Border markets: a small step for two neighbours\n\n"
        "Ghana's trade minister and her Togolese counterpart signed a memorandum on border "
        "markets in Lomé on Tuesday. Ghana and Togo agreed to open three markets next year. "
        "The Ghana–Togo–Benin trilateral on transport, which Benin chairs this year, meets in "
        "parallel and is not part of this agreement."
    )
    assert dyads(extractor, text) == [("GHA", "TGO")]
    pair = (  # positive control: two states joined by a dash are a pair
        "Ghana and Togo sign a memorandum on border markets\n\n"
        "The Ghana–Togo corridor committee met in Lomé on Tuesday, and the Ghana–Togo "
        "memorandum on border markets was signed. Benin was not part of it."
    )
    assert dyads(extractor, pair) == [("GHA", "TGO")]


def test_a_states_leader_in_anothers_capital_is_a_visit_of_the_pair(extractor):
    text = (
        "LIVE | Ghana's president in Lomé — trade, power and the coast\n\n"
        "09:10\nThe presidential plane has landed in Lomé. The Ghanaian president is "
        "accompanied by his foreign minister, who is meeting her Togolese counterpart.\n\n"
        "11:40\n\"Ghanaian cocoa has made Togo's port busier,\" the host said."
    )
    assert dyads(extractor, text) == [("GHA", "TGO")]
    # control: a band of one state in the other's capital, meeting no official of the other
    # side, is no visit of the pair
    text = text.replace("president in Lomé", "highlife band in Lomé")
    assert dyads(extractor, text.replace("her Togolese counterpart", "the press")) == []


def test_a_government_denied_or_named_in_a_firms_quote_is_no_state_acting(extract_text):
    text = (
        "Norway's Nordvik Subsea AS and Brazil's Atlantica Energia S.A. signed a memorandum of "
        "understanding on Monday to set up a joint venture. Neither the Norwegian nor the "
        "Brazilian government is a party to it, neither country's embassy took part, and no "
        "officials attended. \"We are not "
        "waiting for governments,\" Nordvik's chief executive said of Norway and Brazil."
    )
    assert extract_text(text, published="2025-04-08").get("dyad", []) == []
    # control: the same governments told as acting make the pair
    told = text.replace(
        "Neither the Norwegian nor the Brazilian government is a party to it, neither country's "
        "embassy took part, and no officials attended.",
        "The Norwegian and Brazilian governments welcomed it, and officials attended.",
    )
    assert [d["countries"] for d in extract_text(told, published="2025-04-08")["dyad"]] == [
        ["BRA", "NOR"]
    ]


def test_nz_is_new_zealand(extractor):
    control = "Fiji and New Zealand sign water grant during foreign minister's visit to Suva."
    assert dyads(extractor, control) == [("FJI", "NZL")]
    text = "Fiji, NZ sign water grant during foreign minister's visit to Suva."
    assert dyads(extractor, text) == [("FJI", "NZL")]


def test_a_homologue_is_a_counterpart(extractor):
    text = (
        "The foreign minister of Peru, Ana Quispe, received her {word}, Jorge Rojas, in Lima "
        "on Monday to prepare a railway agreement."
    )
    assert dyads(extractor, text.format(word="Chilean counterpart")) == [("CHL", "PER")]
    assert dyads(extractor, text.format(word="Chilean homologue")) == [("CHL", "PER")]


FIRST_PERSON = (
    "Statement by the Minister of Fisheries, Wellington\n\n"
    "Last week in Lima I co-chaired the fisheries commission with my Peruvian counterpart, "
    "and we signed a memorandum on squid stocks.\n\n"
    "Our officials will report to Parliament in Wellington next month. New Zealand will host "
    "the next session."
)


def test_a_counterpart_pairs_the_other_state_with_the_one_the_text_speaks_from(extractor):
    # no sentence names both states: the counterpart's state meets the one named most
    assert dyads(extractor, FIRST_PERSON) == [("NZL", "PER")]
    # control: without the counterpart the other state is only a place, and no pair is made
    alone = FIRST_PERSON.replace("with my Peruvian counterpart", "with the industry")
    assert dyads(extractor, alone) == []


def test_a_counterpart_makes_no_pair_when_two_other_states_are_named_alike(extractor):
    text = (
        FIRST_PERSON.replace(
            "Our officials will report to Parliament in Wellington next month. New Zealand",
            "Chile and New Zealand",
        )
        + " Chile will send observers."
    )
    # New Zealand and Chile are each named twice: the text does not say whose minister speaks
    assert ("NZL", "PER") not in dyads(extractor, text)


def test_one_state_s_envoy_to_the_other_writes_the_pair(extractor):
    interview = (
        "Q&A: trade can double\n\n"
        "{lead} spoke to a daily paper on 12 March about the visit planned for May.\n\n"
        "Q: What do you expect from the visit?\n\n"
        "A: We expect the two presidents to sign a memorandum on ethanol."
    )
    lead = "Brazil's ambassador to Mexico, Paulo Ferraz,"
    assert dyads(extractor, interview.format(lead=lead)) == [("BRA", "MEX")]
    # control: the same states named apart, not as one's envoy to the other, are no pair
    lead = "Paulo Ferraz, who served in Brazil and later in Mexico,"
    assert dyads(extractor, interview.format(lead=lead)) == []


def test_officials_of_two_states_meeting_in_one_sentence_write_the_pair(extractor):
    release = (
        "Ministry of Foreign Affairs of Latvia\nPress release No. 12\n\n"
        "1. On 17 February, {lead} who is on a working visit to Riga.\n"
        "2. The sides signed a protocol on consultations between the two ministries."
    )
    lead = "the Minister of Foreign Affairs of Latvia received the Minister of Trade of Georgia,"
    assert dyads(extractor, release.format(lead=lead)) == [("GEO", "LVA")]
    # control: one state's official and the other state named only as a place is no pair
    lead = "the Minister of Foreign Affairs of Latvia received a trade delegation from Georgia,"
    assert dyads(extractor, release.format(lead=lead)) == []


def test_two_states_named_in_a_question_write_no_pair(extractor):
    text = (
        "Leaders of the Lake Region Commission met in Kampala on Wednesday and adopted a "
        "declaration on water, endorsed by Uganda, Kenya, Tanzania and Rwanda, at a summit "
        "hosted by Uganda's president.\n\n"
        "Asked {clause} Kenya and Tanzania would sign a separate security pact after border "
        "incidents, the commission's secretary said that was a matter for the two capitals."
    )
    assert dyads(extractor, text.format(clause="whether")) == []
    # control: the same two states told as signing make the pair
    told = text.format(clause="about it, officials said")
    assert dyads(extractor, told) == [("KEN", "TZA")]
