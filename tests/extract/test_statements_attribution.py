"""Quotes and their speakers: quotation marks of every kind, attribution before, after and
in the paragraph before, pronouns, offices, and what is not a statement. Sentences
written for these tests; each "not a statement" sits beside a control that is one."""

import pytest

LEAD = (
    "Kenya and Tanzania signed three agreements in Arusha on Monday. President Amina Odhiambo "
    "of Kenya met President Juma Mwakyusa of Tanzania.\n\n"
)


def statements(extract_text, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["quote_start"]) for s in extract_text(text).get("statement", [])]


def speakers_of(extract_text, text: str, start: str) -> list[str]:
    return [sp for sp, q in statements(extract_text, text) if q.startswith(start)]


@pytest.mark.parametrize(
    "quote",
    [
        '“The border posts will open around the clock from May,"',
        '"The border posts will open around the clock from May,”',
        "„The border posts will open around the clock from May,“",
        "« The border posts will open around the clock from May, »",
        "‘The border posts will open around the clock from May,’",
    ],
)
def test_every_kind_of_quotation_mark(extract_text, quote):
    text = LEAD + quote + " Odhiambo said."
    assert speakers_of(extract_text, text, "The border posts will open") == ["Amina Odhiambo"]


def test_a_quote_paragraph_after_a_quote_goes_on_with_it(extract_text):
    text = (
        LEAD + "“The border posts will open around the clock from May,” Odhiambo said.\n\n"
        "“Traders on both sides have waited for this for a very long time.”"
    )
    found = statements(extract_text, text)
    assert [q.split()[0] for _, q in found] == ["The"]


def test_a_quote_paragraph_after_a_narrative_paragraph_takes_its_speaker(extract_text):
    text = (
        LEAD + "Odhiambo said the border posts would open around the clock from May.\n\n"
        "“Traders on both sides have waited for this for a very long time.”"
    )
    assert speakers_of(extract_text, text, "Traders on both sides") == ["Amina Odhiambo"]


def test_one_line_paragraphs_a_quote_after_a_paragraph_without_speaker(extract_text):
    control = LEAD + "Odhiambo spoke at the signing.\nShe said:\n“Traders on both sides will gain.”"
    assert speakers_of(extract_text, control, "Traders on both sides") == ["Amina Odhiambo"]
    text = (
        LEAD.replace("\n\n", "\n")
        + "Odhiambo said trade had doubled.\nThe rail line opened in 2019.\n"
        + "“Traders on both sides will gain.”"
    )
    assert speakers_of(extract_text, text, "Traders on both sides") == []


def test_told_reporters_that_before_a_quote(extract_text):
    text = LEAD + "Mwakyusa told reporters that “the new bridge will carry half of our exports.”"
    assert speakers_of(extract_text, text, "the new bridge will carry") == ["Juma Mwakyusa"]


def test_a_long_quote_inside_indirect_speech_is_a_statement(extract_text):
    text = (
        LEAD + "Mwakyusa said the agreements were “a real step towards a common market” and "
        "called the talks “historic”."
    )
    found = statements(extract_text, text)
    assert found == [("Juma Mwakyusa", "a real step towards a common market")]


def test_an_office_instead_of_a_name(extract_text):
    text = (
        LEAD
        + "“We will build the railway together with our neighbours,” the Tanzanian president said."
    )
    assert speakers_of(extract_text, text, "We will build the railway") == ["Juma Mwakyusa"]


def test_an_office_several_people_hold_names_no_one(extract_text):
    text = (
        "Kenya and Tanzania held talks in Arusha. Kenyan Trade Minister Paul Kiprono and "
        "Tanzanian Trade Minister Rehema Saidi signed a customs protocol.\n\n"
        "“We will build the railway together with our neighbours,” the minister said."
    )
    assert speakers_of(extract_text, text, "We will build the railway") == []
    control = text.replace("the minister said", "the Kenyan minister said")
    assert speakers_of(extract_text, control, "We will build the railway") == ["Paul Kiprono"]


def test_a_pronoun_is_the_subject_named_last_not_an_object(extract_text):
    text = (
        "Chile and Argentina agreed to reopen the Cristo Redentor pass. Foreign Minister "
        "Lucia Pereyra of Chile, in a message to the press, said she had spoken with "
        "Martin Sosa of Argentina.\n\n"
        "“We agreed to keep the pass open all winter for the first time,” she said."
    )
    assert speakers_of(extract_text, text, "We agreed to keep the pass") == ["Lucia Pereyra"]


def test_adding_that_goes_on_with_the_speaker(extract_text):
    text = (
        LEAD + "Mwakyusa said that “the bridge will carry half of our exports by next year”, "
        "adding that “the customs post will be shared by both countries.”"
    )
    assert speakers_of(extract_text, text, "the customs post will be") == ["Juma Mwakyusa"]


def test_a_post_on_a_social_network(extract_text):
    text = (
        LEAD
        + "“Productive talks with my friend President Mwakyusa today in Arusha,” Odhiambo tweeted."
    )
    assert speakers_of(extract_text, text, "Productive talks with my friend") == ["Amina Odhiambo"]


def test_a_quote_from_an_institution_is_no_statement(extract_text):
    control = (
        LEAD + "Odhiambo said the talks went well.\n\n"
        "“The two sides agreed to remove all non-tariff barriers,” Mwakyusa said."
    )
    assert speakers_of(extract_text, control, "The two sides agreed") == ["Juma Mwakyusa"]
    text = control.replace("Mwakyusa said.", "the ministry said in a statement.")
    assert speakers_of(extract_text, text, "The two sides agreed") == []


def test_a_name_in_quotes_is_no_statement(extract_text):
    control = (
        LEAD + "Odhiambo said the two states signed “a plan to open the Namanga road at night”."
    )
    assert speakers_of(extract_text, control, "a plan to open") == ["Amina Odhiambo"]
    text = (
        LEAD + "Odhiambo said the two states signed the “Joint Plan for the Namanga Border Road”."
    )
    assert statements(extract_text, text) == []


def test_a_finished_quote_is_not_said_by_the_next_sentence(extract_text):
    control = (
        LEAD + "The talks lasted four hours.\n\n"
        "“Our farmers will sell more maize across the border this year.” Mwakyusa told the press."
    )
    assert speakers_of(extract_text, control, "Our farmers will sell") == ["Juma Mwakyusa"]
    text = (
        LEAD + "The talks lasted four hours.\n\n"
        "“Our farmers will sell more maize across the border this year.” Mwakyusa also noted "
        "that the new road between the two capitals would be paved by the end of 2026."
    )
    assert statements(extract_text, text) == []


def test_first_person_speech_without_quotation_marks(extract_text):
    text = LEAD + "These are projects that we chose together with our neighbours, Odhiambo said."
    assert speakers_of(extract_text, text, "These are projects") == ["Amina Odhiambo"]
    reported = LEAD + "These are projects that the two states chose together, Odhiambo said."
    assert statements(extract_text, reported) == []


def test_a_commentator_is_no_official(extract_text):
    control = (
        LEAD
        + "Grace Wanjiku, director of the Kenyan foreign ministry's Africa department, said the "
        "deal was “a turning point for the whole of East Africa”."
    )
    assert speakers_of(extract_text, control, "a turning point") == ["Grace Wanjiku"]
    text = control.replace(
        "director of the Kenyan foreign ministry's Africa department",
        "director of the East African Policy Institute",
    )
    assert statements(extract_text, text) == []
    assert "Grace Wanjiku" not in [p["name"] for p in extract_text(text).get("person", [])]


OFFICIAL_QUOTE = (
    LEAD + "“The new road will halve the time it takes us to reach the port,” said Peter Otieno, "
    "{role}."
)


@pytest.mark.parametrize(
    "role",
    [
        "the owner of a tea-packing company in Kericho",
        "a retired teacher",
        "a spokesman for a drivers' union",
        "director of a coffee exporter in Nyeri",
        "who runs a small transport firm in Mombasa",
        "a trader at the Namanga border market",
    ],
)
def test_someone_quoted_for_a_private_life_is_no_official(extract_text, role):
    control = OFFICIAL_QUOTE.format(role="Kenya's Principal Secretary for Roads")
    assert speakers_of(extract_text, control, "The new road") == ["Peter Otieno"]
    text = OFFICIAL_QUOTE.format(role=role)
    assert speakers_of(extract_text, text, "The new road") == []
    assert "Peter Otieno" not in [p["name"] for p in extract_text(text).get("person", [])]


QUOTE_THEN_NAME = (
    LEAD + "“The new road will halve the time it takes us to reach the port,” said Peter "
    "Otieno{tail}."
)


@pytest.mark.parametrize(
    "tail",
    [
        " of a Nairobi-based transport think tank",  # no comma before the phrase
        ", who hauls tea from Kericho to the coast",
        ", who sells maize at the Namanga market",
    ],
)
def test_a_living_in_a_trade_or_a_think_tank_after_the_name_is_no_office(extract_text, tail):
    control = QUOTE_THEN_NAME.format(tail=" of the Kenyan roads ministry")
    assert speakers_of(extract_text, control, "The new road") == ["Peter Otieno"]
    text = QUOTE_THEN_NAME.format(tail=tail)
    assert speakers_of(extract_text, text, "The new road") == []


def test_an_occupation_of_no_office_before_the_name_is_no_official(extract_text):
    control = LEAD + (
        "Kenyan trade minister Peter Otieno said the deal would “double our exports of tea "
        "within five years”."
    )
    assert speakers_of(extract_text, control, "double our exports") == ["Peter Otieno"]
    text = control.replace("Kenyan trade minister", "Kenyan trade economist")
    assert speakers_of(extract_text, text, "double our exports") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“The border posts will open around the clock from May,” Mwakyusa was quoted as saying.",
        "As Mwakyusa put it, “the border posts will open around the clock from May.”",
        "Mwakyusa called for “the border posts to open around the clock from May.”",
        "“The border posts will open around the clock from May,” Mwakyusa promised.",
        "President Mwakyusa: “The border posts will open around the clock from May.”",
    ],
)
def test_more_ways_to_attribute(extract_text, sentence):
    found = statements(extract_text, LEAD + sentence)
    assert [sp for sp, _ in found] == ["Juma Mwakyusa"]


def test_a_dateline_and_a_colon_name_no_speaker(extract_text):
    text = LEAD + "Arusha: “The border posts will open around the clock from May.”"
    assert statements(extract_text, text) == []


def test_he_said_after_a_speaker_set_off_by_for_his_part(extract_text):
    text = (
        "Ghana's Minister of State for Foreign Affairs, Ama Owusu, and the Togolese Minister for "
        "Development, Koffi Agbeko, met on Thursday. A statement by the Ghanaian ministry's "
        "spokesperson, Mr. Kwame Boateng, said the meeting reviewed bilateral ties.\n\n"
        "Agbeko, for his part, said Togo remained committed to the partnership. \"The "
        "partnership is already delivering, from ports to farms,\" he said."
    )
    assert speakers_of(extract_text, text, "The partnership is already") == ["Koffi Agbeko"]


def test_he_said_after_a_speaker_named_plainly(extract_text):
    # control: the same paragraph with no words between the speaker and the verb
    text = (
        "Ghana's Minister of State for Foreign Affairs, Ama Owusu, and the Togolese Minister for "
        "Development, Koffi Agbeko, met on Thursday. A statement by the Ghanaian ministry's "
        "spokesperson, Mr. Kwame Boateng, said the meeting reviewed bilateral ties.\n\n"
        "Agbeko said Togo remained committed to the partnership. \"The partnership is already "
        "delivering, from ports to farms,\" he said."
    )
    assert speakers_of(extract_text, text, "The partnership is already") == ["Koffi Agbeko"]


def test_a_speaker_named_after_a_portfolio_with_commas(extract_text):
    sentence = (
        "Tanzania's Minister of Works, Transport and Communication, Neema Mrisho, said the "
        "agreement “will cut the cost of moving goods to the port by half”."
    )
    assert speakers_of(extract_text, LEAD + sentence, "will cut the cost") == ["Neema Mrisho"]
    # control: a portfolio of one word, no commas inside
    control = sentence.replace("Works, Transport and Communication", "Transport")
    assert speakers_of(extract_text, LEAD + control, "will cut the cost") == ["Neema Mrisho"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Mwakyusa called the agreement “the best news our border towns have had”.",
        "President Mwakyusa thanked Kenya for a stand that had been “steady through the worst "
        "years our region has known”.",
    ],
)
def test_a_quote_framed_by_calling_or_thanking_is_the_subject_s(extract_text, sentence):
    assert [sp for sp, _ in statements(extract_text, LEAD + sentence)] == ["Juma Mwakyusa"]
    # control: the same quote with no one who frames it is no statement
    bare = "The agreement was reported as “the best news our border towns have had”."
    assert statements(extract_text, LEAD + bare) == []


@pytest.mark.parametrize(
    "after",
    [
        " answered him Juma Mwakyusa.",  # whom the speaker answered, before the speaker
        " said, at the closing ceremony, Juma Mwakyusa.",  # an adverbial set off by commas
    ],
)
def test_an_inverted_attribution_past_an_object_or_an_adverbial(extract_text, after):
    text = LEAD + '"The border posts will open around the clock from May,"' + after
    assert speakers_of(extract_text, text, "The border posts") == ["Juma Mwakyusa"]


def test_an_inverted_attribution_with_nothing_in_between(extract_text):
    # control beside the test above: the plain inversion
    text = LEAD + '"The border posts will open around the clock from May," said Juma Mwakyusa.'
    assert speakers_of(extract_text, text, "The border posts") == ["Juma Mwakyusa"]


def test_a_quote_then_an_office_and_a_name_set_off_by_commas(extract_text):
    quote = (
        '"Togo is one of our largest trading partners in the region, and the potential is '
        'far from exhausted," '
    )
    lead = "Ghana and Togo will hold their summit in Lomé. "
    told = "Ghana's Secretary of State for Trade, Ama Owusu, said in an interview."
    found = extract_text(lead + quote + told, published="2025-11-01").get("statement", [])
    assert [s["speaker"] for s in found] == ["Ama Owusu"]
    # control: the office named after the verb, as before
    told = "said Ghana's Secretary of State for Trade, Ama Owusu, in an interview."
    found = extract_text(lead + quote + told, published="2025-11-01").get("statement", [])
    assert [s["speaker"] for s in found] == ["Ama Owusu"]


def test_a_quote_a_speaker_refers_to_something_as_is_theirs(extract_text):
    lead = "Ghana and Togo signed a memorandum in Accra. In the joint press declaration, "
    told = (
        "President Kwame Mensah referred to the Treaty of Friendship, signed in 2000, as "
        '"the house in which both peoples live".'
    )
    found = extract_text(lead + told, published="2025-03-03").get("statement", [])
    assert [s["speaker"] for s in found] == ["Kwame Mensah"]
    # control: a quote the sentence only mentions, with no verb of saying, is no statement
    told = (
        "President Kwame Mensah signed the Treaty of Friendship, whose preamble reads "
        '"the house in which both peoples live".'
    )
    assert extract_text(lead + told, published="2025-03-03").get("statement", []) == []


def test_a_pronoun_after_an_unnamed_commentator_is_no_officials(extract_text):
    lead = (
        "Ghana and Togo signed a memorandum on student mobility in Accra on Monday, Minister "
        "Kofi Boateng said. "
    )
    told = (
        "The rector of the University of Ghana, present in the audience, applauded the "
        'memorandum: "This ends years of paperwork for our students," she said.'
    )
    assert extract_text(lead + told, published="2025-03-03").get("statement", []) == []
    # control: the same shape opened by the official is his
    told = (
        "The minister, present in the audience, applauded the memorandum: "
        '"This ends years of paperwork for our students," he said.'
    )
    found = extract_text(lead + told, published="2025-03-03").get("statement", [])
    assert [s["speaker"] for s in found] == ["Kofi Boateng"]


def test_a_verb_of_saying_in_the_passive_names_its_speaker_after_by(extract_text):
    lead = (
        "Ghana and Togo held talks in Accra. Minister of Trade Kwame Boateng received his "
        "Togolese counterpart Komlanvi Dzodzi. "
    )
    told = (
        '"Our relations are exemplary and we want to give them more weight," it was declared '
        "by Mr Boateng at the end of the talks."
    )
    found = extract_text(lead + told).get("statement", [])
    assert [s["speaker"] for s in found] == ["Kwame Boateng"]
    # control: a passive verb of another kind names no speaker
    told = (
        '"Our relations are exemplary and we want to give them more weight," it was written '
        "on a banner carried by Mr Boateng."
    )
    found = extract_text(lead + told).get("statement", [])
    assert [s["speaker"] for s in found] != ["Kwame Boateng"]


def test_quoted_as_affirming_is_a_verb_of_saying(extract_text):
    lead = "Ghana and Togo held talks in Accra on their border. "
    told = (
        "The Ghanaian Minister of Trade, Kwame Boateng, was quoted as affirming that his "
        'country "is determined to increase its investments in Togo in the coming years".'
    )
    found = extract_text(lead + told).get("statement", [])
    assert [s["speaker"] for s in found] == ["Kwame Boateng"]
    # control: 'affirming' with no quote attributes nothing
    told = "Kwame Boateng was quoted as affirming his support. The border is a place of work."
    assert extract_text(lead + told).get("statement", []) == []


def test_quoted_by_an_agency_as_saying_is_a_verb_of_saying(extract_text):
    lead = "Ghana and Togo held talks in Accra on their border. "
    told = (
        "Ghana's Minister of Trade, Kwame Boateng, was quoted by the Ghana News Agency as "
        'saying that his country "will not repeat the errors of the past".'
    )
    found = extract_text(lead + told).get("statement", [])
    assert [s["speaker"] for s in found] == ["Kwame Boateng"]
    # control: quoted by someone with no verb of saying after is no attribution
    told = (
        "Ghana's Minister of Trade, Kwame Boateng, was quoted by the Ghana News Agency. "
        'A banner read "the border is a place of work".'
    )
    assert [s["speaker"] for s in extract_text(lead + told).get("statement", [])] == []


def test_she_after_a_surname_opening_a_sentence_with_any_verb_of_saying_is_that_person(
    extract_text,
):
    text = (
        "ABIDJAN, May 3 (Wire) - Ghana's trade minister Kofi Mensah and Togo's foreign minister "
        "Ama Bekkali co-chaired the fourth session of the Ghana-Togo Joint Commission in Accra "
        'on Friday.\n\n"Togo is a partner who stays," Mensah said at the closing ceremony.\n\n'
        "Bekkali recalled that the agreement on the promotion and protection of investments, "
        "signed in Lomé in February 2013 during a visit by King Mswati III, remains in force, "
        "and said Togolese firms now employ more than 3,000 people in the country. "
        '"We want Ghanaian and Togolese firms to build things together," she said.'
    )
    assert statements(extract_text, text) == [
        ("Kofi Mensah", "Togo is a partner who stays"),
        ("Ama Bekkali", "We want Ghanaian and Togolese firms to build"),
    ]


def test_he_after_a_named_person_of_no_office_is_no_official(extract_text):
    text = (
        LEAD + "The president of the chamber of commerce of Arusha, Peter Mollel, welcomed the "
        'memorandum on the border: "Every hour saved at the border is money for the region," '
        "he said."
    )
    assert statements(extract_text, text) == []
    # control: the same sentence opened by an official gives the official's words
    text = text.replace(
        "The president of the chamber of commerce of Arusha, Peter Mollel,", "President Odhiambo"
    )
    assert statements(extract_text, text) == [
        ("Amina Odhiambo", "Every hour saved at the border is money")
    ]


def test_she_after_a_commentator_named_in_the_sentence_before_is_no_official(extract_text):
    text = (
        LEAD + "Trade economist Grace Wambui of the University of Nairobi said the signal mattered "
        'more than the timetable. "Leaders can bless a deal, but negotiators still have to '
        'write it," she said.'
    )
    assert statements(extract_text, text) == []
    # control: after an official named in the sentence before, "she" is the official
    text = text.replace(
        "Trade economist Grace Wambui of the University of Nairobi", "President Odhiambo"
    )
    assert statements(extract_text, text) == [
        ("Amina Odhiambo", "Leaders can bless a deal, but negotiators still")
    ]


def test_a_speaker_who_asked_not_to_be_named_is_no_one_named(extract_text):
    lead = (
        "Ghana and Togo signed a memorandum on student mobility in Accra on Monday, Minister "
        "Kofi Boateng said. "
    )
    told = (
        "An official of the ministry said the memorandum would be reviewed in a year. "
        '"The next step is theirs to take," he said, asking not to be named.'
    )
    assert extract_text(lead + told, published="2025-03-03").get("statement", []) == []
    # control: the same quote with no request for anonymity is the one last named
    told = told.replace(", asking not to be named", "")
    found = extract_text(lead + told, published="2025-03-03").get("statement", [])
    assert [s["speaker"] for s in found] == ["Kofi Boateng"]


def test_a_place_before_an_occupation_and_a_name_is_no_speaker(extract_text):
    lead = (
        "Kenya and Uganda signed a trade agreement in Busia on Monday, Minister Kofi Boateng "
        "said. "
    )
    told = '"Every year they come and talk," said Lokori vendor Agnes Yalu.'
    found = extract_text(lead + told, published="2025-03-04")
    assert found.get("statement", []) == []
    assert "Lokori" not in [p["name"] for p in found.get("person", [])]
    # control: a name after the verb is the speaker
    told = '"Every year they come and talk," said Lokori Mwangi, the trade minister.'
    found = extract_text(lead + told, published="2025-03-04")
    assert [s["speaker"] for s in found.get("statement", [])] == ["Lokori Mwangi"]


def test_he_after_an_official_speaking_on_condition_of_anonymity_is_no_one_named(extract_text):
    lead = (
        "Kenya and Uganda signed a trade agreement in Busia on Monday, Minister Kofi Boateng "
        "said. "
    )
    told = (
        "A Ugandan official, speaking on condition of anonymity, said a second text was "
        'being drafted. "It could be signed when the minister comes," he said.'
    )
    assert extract_text(lead + told, published="2025-03-04").get("statement", []) == []
    # control: with no one anonymous in between, "he" is the minister named before
    told = 'Boateng said a second text was being drafted. "It could be signed soon," he said.'
    found = extract_text(lead + told, published="2025-03-04")
    assert [s["speaker"] for s in found.get("statement", [])] == ["Kofi Boateng"]


def test_who_said_after_a_name_and_its_office_set_off_by_commas(extract_text):
    control = (
        LEAD + "The Tanzanian side was led by Juma Mwakyusa, who welcomed “the spirit of trust "
        "that has marked our talks in Arusha”."
    )
    assert speakers_of(extract_text, control, "the spirit of trust") == ["Juma Mwakyusa"]
    text = (
        LEAD + "The Tanzanian side was led by Juma Mwakyusa, President of Tanzania, who welcomed "
        "“the spirit of trust that has marked our talks in Arusha”."
    )
    assert speakers_of(extract_text, text, "the spirit of trust") == ["Juma Mwakyusa"]


def test_he_after_a_surname_standing_alone_as_the_subject(extract_text):
    lead = (
        "Chile and Peru signed a water agreement in Lima on Monday. Foreign Minister Ana Ruiz "
        "of Chile met President Jorge Soto of Peru.\n\n"
    )
    quote = "“We are not asking for charity from anyone at all,” he said at a dinner."
    control = lead + "Jorge Soto welcomed the funding but pressed Chile on climate finance. "
    assert speakers_of(extract_text, control + quote, "We are not asking") == ["Jorge Soto"]
    text = lead + "Soto welcomed the funding but pressed Chile on climate finance. "
    assert speakers_of(extract_text, text + quote, "We are not asking") == ["Jorge Soto"]


def test_a_statement_that_names_an_official_in_passing_is_not_their_speech(extract_text):
    text = (
        LEAD + "A joint statement issued after talks attended by the delegation {who} on her "
        "visit and senior officials, said that the ministers reviewed “joint work on ports, "
        "roads and the railway to the coast”."
    )
    control = text.replace("A joint statement issued", "Odhiambo said a joint statement was issued")
    assert speakers_of(extract_text, control.format(who="of Tanzania"), "joint work on") == [
        "Amina Odhiambo"
    ]
    found = speakers_of(extract_text, text.format(who="accompanying Odhiambo"), "joint work on")
    assert found == []


def test_who_said_after_an_office_whose_portfolio_lists_fields(extract_text):
    control = (
        LEAD + "The Tanzanian side was led by Juma Mwakyusa, Minister of Trade, who welcomed "
        "“the spirit of trust that has marked our talks in Arusha”."
    )
    assert speakers_of(extract_text, control, "the spirit of trust") == ["Juma Mwakyusa"]
    text = control.replace("Minister of Trade,", "Minister of Trade, Industry, Tourism and Mining,")
    assert speakers_of(extract_text, text, "the spirit of trust") == ["Juma Mwakyusa"]


def test_spoke_of_gives_what_the_speaker_called_it(extract_text):
    text = (
        LEAD + "The Tanzanian president {verb} “a partnership between neighbours that works "
        "because it is practical”."
    )
    for verb in ("described", "spoke of"):  # the control first: "described" was known
        found = speakers_of(extract_text, text.format(verb=verb), "a partnership between")
        assert found == ["Juma Mwakyusa"], verb


def test_responded_and_saluted_are_verbs_of_speech(extract_text):
    said = (
        LEAD + "Asked about a new accord on ports, Mwakyusa {verb} that such an accord “would "
        "only be discussed at the request of Nairobi”."
    )
    for verb in ("said", "responded", "saluted"):
        found = speakers_of(extract_text, said.format(verb=verb), "would only be discussed")
        assert found == ["Juma Mwakyusa"], verb


def test_a_name_and_the_question_put_to_it_before_a_colon(extract_text):
    control = LEAD + "Mwakyusa: “It is a commitment between the two ports, and both governments back it.”"
    assert speakers_of(extract_text, control, "It is a commitment") == ["Juma Mwakyusa"]
    text = control.replace("Mwakyusa:", "Mwakyusa, asked about the memorandum:")
    assert speakers_of(extract_text, text, "It is a commitment") == ["Juma Mwakyusa"]


ROYAL = (
    "Amman, Feb. 3 -- His Majesty King Hussein II of Jordan and President Ana Ruiz of Chile "
    "held talks in Amman today on ways to expand cooperation between the two countries. "
)


def test_a_style_of_address_speaks_for_the_person_first_given_it(extract_text):
    quote = "“values the support of Chile in the fields of water and solar energy,” stressing ties."
    control = ROYAL + "King Hussein II said Jordan " + quote
    assert speakers_of(extract_text, control, "values the support") == ["Hussein II"]
    text = ROYAL + "His Majesty said Jordan " + quote
    assert speakers_of(extract_text, text, "values the support") == ["Hussein II"]
    # a style no one was given names no one
    other = ROYAL + "Her Excellency said Jordan " + quote
    assert speakers_of(extract_text, other, "values the support") == []


def test_a_person_described_by_a_and_a_trade_is_no_official(extract_text):
    text = (
        LEAD + "“We walk ten kilometres every day to fetch clean water,” said Amos Lokeris, "
        "{who}."
    )
    # control: "a senior official" names an office, and the quote is a statement
    found = speakers_of(extract_text, text.format(who="a senior official"), "We walk ten")
    assert found == ["Amos Lokeris"]
    for who in ("a herder", "a local nurse"):
        assert speakers_of(extract_text, text.format(who=who), "We walk ten") == [], who
