"""Meeting rules (kinds of visits, references, multilateral summits), on sentences written
for these tests."""


def kinds(found: dict) -> list[tuple]:
    return sorted((m["kind"], m["status"], m["place"]) for m in found.get("meeting", []))


def test_a_visit_with_talks_at_ministerial_level_is_a_ministerial_meeting(extract_text):
    text = (
        "Chile's Foreign Minister Ana Ruiz arrived in Peru for an official visit, holding "
        "discussions with Peru's Deputy Prime Minister and Foreign Minister Luis Soto. "
        "Chile and Peru agreed to expand cooperation in mining."
    )
    # 'Deputy Prime Minister' is a minister, not a head of government: not a summit
    assert kinds(extract_text(text)) == [("ministerial", "held", "Peru")]


def test_a_visit_whose_talks_have_no_known_level_stays_a_visit(extract_text):
    text = (
        "Ana Ruiz, who is in Peru for a two-day official visit, ended her first day of "
        "discussions with Peruvian officials on Monday. Chile and Peru agreed to expand "
        "their bilateral cooperation in mining."
    )
    assert kinds(extract_text(text)) == [("visit", "held", "Peru")]


def test_a_state_visit_and_its_talks_in_a_city_of_that_country_are_one_summit(extract_text):
    text = (
        "The state visit of President Nana Akufo-Addo to Nigeria saw the signing of a trade "
        "agreement between Ghana and Nigeria. President Akufo-Addo and Nigerian President Bola "
        "Tinubu signed a joint communique after their talks in Abuja."
    )
    assert kinds(extract_text(text)) == [("summit", "held", "Abuja")]


def test_the_meeting_in_a_prepositional_phrase_refers_back(extract_text):
    text = (
        "The presidents of Ghana and Togo held a bilateral meeting in Lome on Friday. "
        "Officials said during the meeting that cocoa from Ghana would be shipped through Togo."
    )
    # 'from Ghana' is not where 'the meeting' took place: it is the meeting in Lome
    assert kinds(extract_text(text)) == [("summit", "held", "Lome")]


def test_a_body_s_sitting_held_elsewhere_is_not_the_talks_of_a_visit(extract_text):
    lead = "LIMA, 5 May 2025 - The Chile-Peru Joint Commission met in Lima on Monday. "
    found = extract_text(
        lead + "The commission, which had last met in Lima in July 2023, reviewed the mining "
        "plan of Chile and Peru, signed during the Chilean president's visit to Arica in 2023.",
        published="2025-05-06",
    )
    assert ("visit", "held", "Arica") in kinds(found)
    # control: a sitting held where the visit went is the visit's meeting, one record
    found = extract_text(
        lead + "The commission, which had last met in Arica in July 2023, reviewed the mining "
        "plan of Chile and Peru, signed during the Chilean president's visit to Arica in 2023.",
        published="2025-05-06",
    )
    assert [m for m in kinds(found) if m[2] == "Arica"] == [
        ("commission_session", "held", "Arica")
    ]


def test_a_visit_from_a_country_does_not_take_place_there(extract_text):
    text = (
        "The visit of the Chilean foreign minister to Peru is the first ministerial visit "
        "from Chile since the new government took office. Chile and Peru will cooperate on fishing."
    )
    places = {m["place"] for m in extract_text(text)["meeting"]}
    assert "Chile" not in places
    assert "Peru" in places


def test_a_named_summit_of_a_region_is_not_a_bilateral_meeting(extract_text):
    text = (
        "Kenya and Tanzania signed a protocol on fisheries on Monday. "
        "Kenyan President William Ruto later flew to Brussels for the EU-Africa Summit."
    )
    assert "summit" not in {m["kind"] for m in extract_text(text).get("meeting", [])}


def test_a_session_of_a_forum_names_the_forum_as_its_body(extract_text):
    text = (
        "Seventh Kenya-Tanzania Ministerial Forum: joint statement\n\n"
        "The seventh Kenya-Tanzania Ministerial Forum was held in Arusha on 19 June 2023 "
        "and was co-chaired by the two foreign ministers."
    )
    meetings = extract_text(text)["meeting"]
    assert [(m["kind"], m["body"], m["place"]) for m in meetings] == [
        ("commission_session", "Ministerial Forum", "Arusha")
    ]


def test_talks_at_the_highest_level_before_the_states_are_named(extract_text):
    text = (
        "Following the talks at the highest level, the delegations exchanged documents.\n"
        "The presidents of Chile and Peru signed a declaration on friendship and bilateral "
        "cooperation between Chile and Peru."
    )
    assert kinds(extract_text(text)) == [("summit", "held", None)]


def test_the_meeting_later_in_a_sessions_sentence_is_that_session(extract_text):
    text = (
        "The Chile-Peru Joint Commission meeting was held in Lima, headed by the foreign "
        "ministers of Chile and Peru, and the minutes were signed at the meeting."
    )
    assert kinds(extract_text(text)) == [("commission_session", "held", "Lima")]


def test_the_subject_of_met_decides_the_level_within_consultations(extract_text):
    text = (
        "Chile's Foreign Minister Ana Ruiz met her Peruvian counterpart in Lima within the "
        "framework of the Chile-Peru intergovernmental consultations. Chile and Peru agreed to "
        "deepen their bilateral cooperation."
    )
    assert ("ministerial", "held", "Lima") in kinds(extract_text(text))


def test_a_need_for_negotiations_is_not_a_meeting(extract_text):
    text = (
        "Chile and Peru signed a fisheries protocol in Lima on Monday. Peru's foreign minister "
        "said that there was a need for speedy negotiations on the bilateral agreements still "
        "pending between Chile and Peru."
    )
    assert all(m["kind"] != "talks" for m in extract_text(text).get("meeting", []))
    assert all(m["kind"] != "ministerial" for m in extract_text(text).get("meeting", []))


def test_a_meeting_dated_before_the_article_was_held_even_if_preparatory(extract_text):
    text = (
        "The Chile-Peru Joint Commission welcomed the results of the preparatory meeting that "
        "took place in Lima on May 3 of 2023, chaired by the foreign ministers of Chile and "
        "Peru who are in charge of preparing the commission's meetings."
    )
    found = extract_text(text, published="2023-06-01")["meeting"]
    # the commission's meetings in general are no meeting of their own
    assert [(m["status"], m["date"], m["place"]) for m in found] == [("held", "2023-05-03", "Lima")]


def test_a_web_citation_is_not_a_visit(extract_text):
    text = (
        "Chile and Peru agreed to expand bilateral cooperation in mining and fishing "
        "(Foreign Ministry of Chile website, last visited Sept. 25, 2013)."
    )
    assert extract_text(text).get("meeting", []) == []


def test_a_visit_received_by_the_president_is_a_summit(extract_text):
    text = (
        "The President of Chile is to make a working visit to Peru on Thursday, 28 January, "
        "when he will be received by the President of Peru. Chile and Peru will sign a mining "
        "agreement."
    )
    found = extract_text(text, published="2021-01-25")["meeting"]
    assert [(m["kind"], m["status"], m["date"]) for m in found] == [
        ("summit", "planned", "2021-01-28")
    ]


def test_a_session_of_the_pair_named_body_is_that_body(extract_text):
    text = (
        "Chile and Peru set up the Permanent Joint Commission for Cooperation in 1990. The MOU "
        "was signed at the closing of the 11th Session of the Chile-Peru Permanent Joint "
        "Commission on Cooperation in Lima on Friday."
    )
    bodies = {m["body"] for m in extract_text(text)["meeting"]}
    assert bodies == {"Permanent Joint Commission for Cooperation"}


def test_this_session_will_end_refers_to_the_session_under_way(extract_text):
    text = (
        "The 18th session of the Chile-Peru Joint Commission started on Wednesday in Lima. "
        "This session of the Joint Commission will end on Thursday, the Chilean foreign "
        "ministry said."
    )
    assert kinds(extract_text(text, published="2023-06-01")) == [
        ("commission_session", "held", "Lima")
    ]


def test_a_sessions_own_date_and_place_beat_the_sentences(extract_text):
    text = (
        "Officials of Chile and Peru met in Lima on November 12 to prepare the 52nd meeting "
        "of the Chile-Peru Joint Commission, which is due to be held early next year in "
        "Chile."
    )
    found = extract_text(text, published="2024-11-14")["meeting"]
    sessions = [(m["status"], m["date"], m["place"]) for m in found if m["body"]]
    assert sessions == [("planned", "2025", "Chile")]


def test_a_programme_of_consultations_is_a_document_not_a_meeting(extract_text):
    text = (
        "The foreign ministries of Chile and Peru signed a programme of consultations for "
        "2024-2025. Chile and Peru agreed to deepen their bilateral cooperation."
    )
    assert extract_text(text).get("meeting", []) == []


def test_leaders_witnessing_a_signing_met_in_the_city_named(extract_text):
    text = (
        "The signing of the Chile-Peru Joint Commission agreement was witnessed by Presidents "
        "Gabriel Boric and Dina Boluarte in Peru's capital, Lima, on Tuesday. The two leaders "
        "had agreed to create the commission during President Boluarte's state visit to "
        "Chile in 2023."
    )
    got = kinds(extract_text(text))
    assert ("summit", "held", "Lima") in got
    assert ("visit", "held", "Chile") in got  # a visit is not 'the meeting' named before


def test_leaders_witnessing_at_a_session_add_no_meeting(extract_text):
    text = (
        "The prime ministers of Chile and Peru witnessed the signing of a mining agreement on "
        "the sidelines of the 38th session of the Chile-Peru Joint Commission in Lima."
    )
    assert [m["kind"] for m in extract_text(text)["meeting"]] == ["commission_session"]


def test_a_numbered_session_is_never_a_reference_to_the_one_before(extract_text):
    text = (
        "The 20th session of the Chile-Peru Joint Commission opened in Lima on Monday. It "
        "followed up on the decisions of the 19th session of the Chile-Peru Joint Commission "
        "held in Santiago in December 2014."
    )
    places = sorted(m["place"] for m in extract_text(text, published="2024-05-08")["meeting"])
    assert places == ["Lima", "Santiago"]


def test_consultations_of_a_deputy_minister_are_officials_talks(extract_text):
    found = extract_text(
        "Chile and Peru held the fourth round of political consultations in Lima on Saturday, "
        "co-chaired by Peru's Deputy Foreign Minister Luis Soto and Chile's Undersecretary "
        "Ana Ruiz.",
        published="2025-05-06",
    )
    assert kinds(found) == [("talks", "held", "Lima")]


def test_consultations_of_a_deputy_prime_minister_and_foreign_minister_are_ministerial(
    extract_text,
):
    # control: a full minister whose other title is a deputy's
    found = extract_text(
        "Chile and Peru held the fourth round of political consultations in Lima on Saturday, "
        "co-chaired by Peru's Deputy Prime Minister and Foreign Minister Luis Soto and "
        "Chile's Foreign Minister Ana Ruiz.",
        published="2025-05-06",
    )
    assert kinds(found) == [("ministerial", "held", "Lima")]


def meetings(found: dict) -> list[tuple]:
    return sorted(
        (m["kind"], m["status"], m["date"], m["place"]) for m in found.get("meeting", [])
    )


def test_a_participle_after_a_comma_stages_the_meeting_before_it(extract_text):
    """', to be hosted in Kampala from 6 to 8 April': a reduced relative clause on the
    session; its place and days are the session's, and it is no meeting of its own."""
    text = (
        "Kenya's Prime Minister will visit Uganda on Friday. His trip precedes the 4th "
        "Session of the Kenya-Uganda Joint Permanent Commission, to be hosted in Kampala from "
        "6 to 8 April 2023."
    )
    assert meetings(extract_text(text, published="2023-03-01")) == [
        ("commission_session", "planned", "2023-04-06", "Kampala"),
        ("visit", "planned", "2023-03-03", "Uganda"),
    ]


def test_a_hosting_verb_with_its_own_subject_is_a_meeting(extract_text):
    """Control: 'Uganda hosted a delegation' has its own subject; it is a meeting."""
    text = (
        "Uganda hosted a Kenyan trade delegation in Kampala on Monday. Kenya and Uganda "
        "agreed to cut tariffs on each other's goods and to expand their bilateral trade."
    )
    assert meetings(extract_text(text, published="2023-03-01")) == [
        ("talks", "held", "2023-02-27", "Kampala")
    ]


def test_from_before_days_of_one_month_dates_a_meeting_but_a_span_of_years_does_not(
    extract_text,
):
    text = (
        "Kenyan and Ugandan ministers will meet in Kampala from 6 to 8 April 2023. Kenya and "
        "Uganda will hold a trade fair in Mombasa from 2024 to 2026."
    )
    found = meetings(extract_text(text, published="2023-03-01"))
    assert ("ministerial", "planned", "2023-04-06", "Kampala") in found
    assert all(m[2] != "2024" for m in found)


def test_the_visit_points_back_to_the_visit_not_to_a_later_session(extract_text):
    """'During the working visit' refers to the visit named before, though a session was
    named after it: the document signed then takes the visit's day and place."""
    text = (
        "The President of Kenya will make a working visit to Uganda on Friday, 29 January. "
        "The visit precedes the Kenya-Uganda Joint Commission's 6th Session in February. During "
        "the working visit, the two presidents will attend the signing of an agreement to "
        "upgrade the Joint Commission."
    )
    found = extract_text(text, published="2021-01-27")
    assert [(i["date"], i["place"]) for i in found["instrument"]] == [("2021-01-29", "Uganda")]


def test_regular_meetings_a_treaty_provides_for_are_a_schedule(extract_text):
    """SCHEMA: schedules are not meetings. Plural meetings a word of recurrence qualifies,
    and the consultations listed under them, name no particular meeting."""
    text = (
        "Kenya and Uganda signed a defence treaty in Nairobi on Monday. Under the treaty, the "
        "two countries agreed to hold regular ministerial meetings, including \"two plus two\" "
        "consultations between their foreign and defence ministers."
    )
    assert meetings(extract_text(text, published="2023-03-01")) == []


def test_consultations_held_on_a_day_are_a_meeting(extract_text):
    """Control: the same words in the past tense, with a place and a day, tell of one."""
    text = (
        "Kenya and Uganda signed a defence treaty in Nairobi. The foreign and defence "
        "ministers of Kenya and Uganda held their annual consultations in Nairobi on Monday."
    )
    assert meetings(extract_text(text, published="2023-03-01")) == [
        ("ministerial", "held", "2023-02-27", "Nairobi")
    ]


def test_a_government_meeting_of_one_state_is_no_bilateral_meeting(extract_text):
    text = (
        "On Monday the President of Kenya held a working government meeting with the "
        "participation of his deputy. They reviewed preparations for the next session of the "
        "Kenya-Uganda Joint Commission on trade."
    )
    assert meetings(extract_text(text, published="2023-03-01")) == [
        ("commission_session", "planned", None, None)
    ]


def test_a_joint_cabinet_meeting_of_the_two_is_a_summit(extract_text):
    """Control: 'joint' makes the cabinet meeting the two governments' (SCHEMA: a summit)."""
    text = (
        "On Monday the presidents of Kenya and Uganda chaired a joint cabinet meeting in "
        "Nairobi. They reviewed preparations for the next session of the Kenya-Uganda Joint "
        "Commission on trade."
    )
    assert ("summit", "held", "2023-02-27", "Nairobi") in meetings(
        extract_text(text, published="2023-03-01")
    )


def test_a_preparatory_meeting_is_never_the_session_it_prepares(extract_text):
    """The committee's session and the ministers' preparatory meeting before it are two
    meetings: the preparatory one takes its level from who meets, and its own day."""
    text = (
        "The 3rd session of the Kenya-Uganda Strategic Committee took place in Nairobi "
        "yesterday. The committee noted the outcome of a ministerial preparatory meeting, "
        "held in Nairobi on 1 March 2023 under the two foreign ministers, who ready the "
        "committee's sittings."
    )
    assert meetings(extract_text(text, published="2023-03-04")) == [
        ("commission_session", "held", "2023-03-03", "Nairobi"),
        ("ministerial", "held", "2023-03-01", "Nairobi"),
    ]


def test_the_session_told_twice_is_one_meeting(extract_text):
    """Control: a second mention of the session, not preparatory, is that session."""
    text = (
        "The 3rd session of the Kenya-Uganda Strategic Committee took place in Nairobi "
        "yesterday. The third session was held in a friendly atmosphere, the committee said. "
        "Kenya and Uganda agreed to deepen their cooperation in trade and energy."
    )
    assert meetings(extract_text(text, published="2023-03-04")) == [
        ("commission_session", "held", "2023-03-03", "Nairobi"),
    ]


def test_an_official_received_by_another_is_a_meeting_at_the_guests_level(extract_text):
    """A reception or a courtesy call is a meeting; its level is that of who comes."""
    received = (
        "Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo at State "
        "House in Nairobi on Wednesday. The two discussed the oil pipeline."
    )
    call = (
        "Ugandan Foreign Minister Jeje Odongo paid a courtesy call on Kenyan President William "
        "Ruto in Nairobi on Wednesday. The two discussed the oil pipeline."
    )
    for text in (received, call):
        assert meetings(extract_text(text, published="2024-05-10")) == [
            ("ministerial", "held", "2024-05-08", "Nairobi")
        ], text


def test_receiving_a_letter_is_no_meeting(extract_text):
    """Control: the same verb with a thing received."""
    text = (
        "Kenyan President William Ruto received a letter from Ugandan Foreign Minister Jeje "
        "Odongo in Nairobi on Wednesday. Kenya and Uganda agreed to discuss the oil pipeline."
    )
    assert meetings(extract_text(text, published="2024-05-10")) == []


def test_deputy_ministers_in_lower_case_hold_officials_talks(extract_text):
    """SCHEMA: deputy ministers are officials; their titles need no capitals to say so."""
    text = (
        "The deputy foreign ministers of Kenya and Uganda met in Kampala on Monday to discuss "
        "border trade."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("talks", "held", "2024-06-10", "Kampala")
    ]


def test_a_deputy_prime_minister_who_is_also_foreign_minister_meets_as_a_minister(
    extract_text,
):
    """Control: 'Deputy PM and Foreign Minister' is a full minister too."""
    text = (
        "Kenya's Deputy PM and foreign minister met Uganda's foreign minister in Kampala on "
        "Monday to discuss border trade."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("ministerial", "held", "2024-06-10", "Kampala")
    ]


def bodies_of(found: dict) -> list:
    return sorted(((m["status"], m["body"]) for m in found.get("meeting", [])), key=str)


def test_the_next_session_in_a_story_of_one_body_is_that_bodys(extract_text):
    text = (
        "The Kenya-Uganda Joint Commission held its sixth session in Kampala last month. The "
        "next session will be held in the Kenyan capital next year."
    )
    assert bodies_of(extract_text(text, published="2024-06-12")) == [
        ("held", "Joint Commission"), ("planned", "Joint Commission")
    ]


def test_the_next_session_in_a_story_of_two_bodies_is_neither_ones(extract_text):
    """Control: with two bodies named, 'the next session' says not whose."""
    text = (
        "The Kenya-Uganda Joint Commission held its sixth session in Kampala last month, and "
        "the Kenya-Uganda Joint Border Committee met in Busia. The next session will be held "
        "in the Kenyan capital next year."
    )
    assert ("planned", None) in bodies_of(extract_text(text, published="2024-06-12"))


def test_talks_during_a_ministers_visit_are_at_the_ministers_level(extract_text):
    text = (
        "Kenya's trade minister visited Uganda last week. During the visit she met her Ugandan "
        "counterpart and discussed tariffs."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("ministerial", "held", "2024-06", "Uganda")
    ]


def test_talks_during_a_deputy_ministers_visit_stay_officials_talks(extract_text):
    """Control: a deputy minister travels; the talks are officials' talks."""
    text = (
        "Kenya's deputy trade minister visited Uganda last week. During the visit she met "
        "Ugandan officials and discussed tariffs."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("talks", "held", "2024-06", "Uganda")
    ]


def test_a_sites_most_visited_list_is_no_visit(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on fisheries in Kampala on Monday.\n\n"
        "Most Visited in Politics\nTop Politics stories"
    )
    assert meetings(extract_text(text, published="2024-06-12")) == []


def test_a_minister_who_visited_makes_a_visit(extract_text):
    """Control: 'visited' with a traveller."""
    text = (
        "Kenya and Uganda signed a memorandum on fisheries in Kampala on Monday.\n\n"
        "Kenya's trade minister visited Uganda last week."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("visit", "held", "2024-06", "Uganda")
    ]


def test_a_subcommittees_sitting_is_a_working_groups_meeting(extract_text):
    """SCHEMA: a subsidiary body's meeting is a working group's; the committee's own sitting
    stays a session (control)."""
    text = (
        "Ministers of Kenya and Uganda held the 5th session of the Joint Ministerial Committee "
        "in Nairobi on Monday. The committee's subcommittee on energy also met in Nairobi on "
        "Monday."
    )
    assert sorted(
        (m["kind"], m["body"]) for m in extract_text(text, published="2024-06-12")["meeting"]
    ) == [
        ("commission_session", "Joint Ministerial Committee"),
        ("working_group", "subcommittee on energy"),
    ]


def test_a_high_level_mechanism_of_the_two_shows_states_acting(extract_text):
    text = (
        "The 3rd meeting of the Kenya–Uganda High-Level Dialogue Mechanism took place in "
        "Entebbe on Monday."
    )
    assert meetings(extract_text(text, published="2024-06-12")) == [
        ("commission_session", "held", "2024-06-10", "Entebbe")
    ]


def test_a_plan_is_not_dated_by_the_day_it_was_told(extract_text):
    """'… will hold its sixth session in Kampala, officials said on 3 May 2024': the day is
    the saying's, the session has none."""
    text = (
        "The Kenya-Uganda Joint Commission will hold its sixth session in Kampala, officials "
        "said on 3 May 2024."
    )
    assert meetings(extract_text(text)) == [("commission_session", "planned", None, "Kampala")]


def test_a_held_meeting_keeps_the_day_of_its_own_verb(extract_text):
    """Control: the day on the meeting's own verb."""
    text = (
        "The Kenya-Uganda Joint Commission held its sixth session in Kampala on 3 May 2024, "
        "officials said."
    )
    assert meetings(extract_text(text)) == [
        ("commission_session", "held", "2024-05-03", "Kampala")
    ]


def test_an_annual_consultation_of_two_governments_is_a_summit(extract_text):
    text = (
        "NAIROBI, Monday — The presidents of Kenya and Uganda held their fourth Annual "
        "Consultation here on Monday. The next Annual Consultation will take place in Uganda."
    )
    assert kinds(extract_text(text)) == [
        ("summit", "held", "Nairobi"),
        ("summit", "planned", "Uganda"),
    ]


def test_a_consultation_of_the_public_is_no_meeting(extract_text):
    # control: the same word in one government's public consultation; the sitting beside
    # it shows the sentence shape is read
    text = (
        "NAIROBI, Monday — The presidents of Kenya and Uganda met here on Monday. Kenya's "
        "ministry opened a public consultation on the border law."
    )
    assert kinds(extract_text(text)) == [("summit", "held", "Nairobi")]


def test_the_next_meeting_of_another_name_keeps_its_own_level(extract_text):
    # control: a sitting in series of another name does not take the summit's level
    text = (
        "NAIROBI, Monday — The presidents of Kenya and Uganda held their fourth Annual "
        "Consultation here on Monday. The next expert meeting will take place in Uganda."
    )
    assert kinds(extract_text(text)) == [
        ("summit", "held", "Nairobi"),
        ("talks", "planned", "Uganda"),
    ]


def test_ministers_who_discussed_a_text_by_telephone_held_a_call(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on fisheries on Thursday. The two foreign "
        "ministers had discussed the text by telephone a day earlier."
    )
    assert kinds(extract_text(text)) == [("ministerial", "held", None)]


def test_ministers_who_discussed_a_text_in_a_report_held_no_meeting(extract_text):
    # control: the same verb without a line between them tells of no sitting
    text = (
        "Kenya and Uganda signed a memorandum on fisheries on Thursday. The two foreign "
        "ministers had discussed the text in their reports a day earlier."
    )
    assert kinds(extract_text(text)) == []


RELEASE = (
    "News release\nMay 2, 2024 — Nairobi — Ministry of Foreign Affairs\n\n"
    "{headline}\n\n"
    "Today, Kenya's Deputy Minister of Trade, Achieng Otieno, and Uganda's Minister of "
    "Trade, Grace Nankya, co-chaired the annual meeting of the Kenya-Uganda Trade "
    "Partnership (KUTP) in Nairobi.\n\n"
    "At the meeting, the co-chairs signed a protocol on grain trade."
)


def _meeting_evidence(extractor, text: str) -> list[list[str]]:
    from accords.model import Article

    extraction = extractor.extract(Article(id="t", text=text, published="2024-05-02"))
    return [
        [e.sentence for e in fact.evidence]
        for fact in extraction.facts
        if str(fact.kind) == "meeting"
    ]


def test_the_lines_above_a_release_restate_its_session(extractor):
    headline = "Kenya and Uganda hold 5th annual meeting of the Kenya-Uganda Trade Partnership"
    found = _meeting_evidence(extractor, RELEASE.format(headline=headline))
    assert not any(headline in sentence for sentences in found for sentence in sentences)
    assert any("At the meeting" in sentence for sentences in found for sentence in sentences)


def test_a_first_paragraph_that_is_a_sentence_tells_a_meeting_of_its_own(extractor):
    # control: a sentence with its stop above the same body tells of an earlier meeting
    headline = "The trade ministers of Kenya and Uganda met in Kampala in March."
    found = _meeting_evidence(extractor, RELEASE.format(headline=headline))
    assert any(headline in sentence for sentences in found for sentence in sentences)


def test_a_date_after_since_opens_a_period_and_dates_no_visit(extract_text):
    text = (
        "The ministers noted the visit of the Kenyan Foreign Minister to Uganda, the first "
        "ministerial visit since the new government took office in May 2024."
    )
    found = extract_text(text, published="2024-09-01").get("meeting", [])
    assert [(m["kind"], m["date"]) for m in found] == [("visit", None)]


def test_a_date_of_the_visit_itself_dates_it(extract_text):
    # control: the same visit with its own month
    text = (
        "The ministers noted the visit of the Kenyan Foreign Minister to Uganda in May 2024, "
        "the first ministerial visit of the new government."
    )
    found = extract_text(text, published="2024-09-01").get("meeting", [])
    assert [(m["kind"], m["date"]) for m in found] == [("visit", "2024-05")]


def test_a_meeting_with_a_third_state_is_not_the_pairs(extract_text):
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. Kenya's president "
        "met China's foreign minister on Tuesday."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert found == []


def test_a_meeting_in_a_third_state_is_still_the_pairs(extract_text):
    # control: the third state is only where they met
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. Kenya's president "
        "met Uganda's foreign minister in China on Tuesday."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [(m["status"], m["place"]) for m in found] == [("held", "China")]


def test_a_commission_that_should_meet_more_often_holds_no_session(extract_text):
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The ministers "
        "agreed that the joint commission should meet more often."
    )
    assert extract_text(text, published="2024-05-10").get("meeting", []) == []


def test_a_commission_that_should_meet_in_june_plans_a_session(extract_text):
    # control: the same wish with a particular sitting
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The ministers "
        "agreed that the joint commission should meet in Kampala in June."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [(m["status"], m["place"]) for m in found] == [("planned", "Kampala")]


def test_a_visit_being_prepared_for_june_is_the_coming_june(extract_text):
    text = (
        "The foreign ministers of Kenya and Uganda held talks in Nairobi on Monday. They also "
        "discussed preparations for the president's visit to Kampala in June."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert ("visit", "planned", "2024-06") in [(m["kind"], m["status"], m["date"]) for m in found]


def test_a_visit_made_in_june_is_the_last_june(extract_text):
    # control: the same month in a visit told as made
    text = (
        "The foreign ministers of Kenya and Uganda held talks in Nairobi on Monday. They also "
        "recalled the president's visit to Kampala in June."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert ("visit", "held", "2023-06") in [(m["kind"], m["status"], m["date"]) for m in found]


def test_a_president_who_met_business_leaders_held_no_bilateral_meeting(extract_text):
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The Kenyan president "
        "also met business leaders from both countries."
    )
    assert extract_text(text, published="2024-05-10").get("meeting", []) == []


def test_a_president_who_met_his_counterpart_held_a_summit(extract_text):
    # control: the same verb with an official as its object
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The Kenyan president "
        "also met his Ugandan counterpart."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [m["kind"] for m in found] == ["summit"]


def test_years_of_negotiations_are_no_sitting(extract_text):
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The agreement follows "
        "years of negotiations between the two countries."
    )
    assert extract_text(text, published="2024-05-10").get("meeting", []) == []


def test_a_round_of_negotiations_is_a_sitting(extract_text):
    # control: one round of the same negotiations, with its place
    text = (
        "Kenya and Uganda signed a trade agreement in Nairobi on Monday. The agreement follows "
        "a round of negotiations between the two countries in Kampala in March."
    )
    assert len(extract_text(text, published="2024-05-10").get("meeting", [])) == 1



VISIT_THEN = (
    "Kenyan Prime Minister Musa Otieno arrived in Kampala on Thursday for an official "
    "visit. {second}"
)


def test_talks_the_visitor_holds_in_the_next_sentence_are_the_visits_meeting(extract_text):
    text = VISIT_THEN.format(second="He held talks with his Ugandan counterpart.")
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [(m["kind"], m["place"], m["date"]) for m in found] == [
        ("summit", "Kampala", "2024-05-09")
    ]


def test_talks_of_others_in_the_next_sentence_are_a_meeting_of_their_own(extract_text):
    # control: the next sentence's talks are held by officials, not by the visitor
    text = VISIT_THEN.format(second="Trade officials of the two countries held talks in Jinja.")
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert len(found) == 2


PLAN_TWICE = (
    "The 12th session of the Kenya-Uganda Joint Permanent Commission closed in Kampala on "
    "Friday. The 13th session of the commission will be held in Nairobi. \"We have agreed to "
    "meet in {city} next year,\" a spokesman said."
)


def test_a_plan_to_meet_in_the_city_of_the_planned_session_is_that_session(extract_text):
    found = extract_text(PLAN_TWICE.format(city="Nairobi"), published="2024-05-10")
    planned = [m for m in found.get("meeting", []) if m["status"] == "planned"]
    assert [(m["kind"], m["place"], m["date"]) for m in planned] == [
        ("commission_session", "Nairobi", "2025")
    ]


def test_a_plan_to_meet_in_another_city_is_a_meeting_of_its_own(extract_text):
    # control: the same plan placed elsewhere
    found = extract_text(PLAN_TWICE.format(city="Mombasa"), published="2024-05-10")
    planned = [m for m in found.get("meeting", []) if m["status"] == "planned"]
    assert len(planned) == 2


def test_a_call_has_no_venue(extract_text):
    text = (
        "The presidents of Kenya and Uganda spoke by phone on Monday and agreed to meet in "
        "Kampala in June. Kenya and Uganda agreed to deepen their bilateral cooperation."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert sorted((m["status"], m["place"]) for m in found) == [
        ("held", None),
        ("planned", "Kampala"),
    ]


def test_a_meeting_in_person_keeps_its_venue(extract_text):
    # control: the same sentence with a meeting in person
    text = (
        "The presidents of Kenya and Uganda met in Kampala on Monday and agreed to meet again "
        "in Nairobi in June. Kenya and Uganda agreed to deepen their bilateral cooperation."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert ("held", "Kampala") in [(m["status"], m["place"]) for m in found]


def test_a_postponed_visit_is_dated_to_its_new_month(extract_text):
    text = (
        "The visit of the Ugandan president to Kenya, planned for June, has been postponed to "
        "September. Kenya and Uganda agreed to deepen their bilateral cooperation."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [(m["status"], m["date"]) for m in found] == [("planned", "2024-09")]


def test_a_visit_planned_for_a_month_keeps_it(extract_text):
    # control: nothing moves the visit
    text = (
        "The visit of the Ugandan president to Kenya is planned for June, officials said in "
        "September. Kenya and Uganda agreed to deepen their bilateral cooperation."
    )
    found = extract_text(text, published="2024-05-10").get("meeting", [])
    assert [(m["status"], m["date"]) for m in found] == [("planned", "2024-06")]


def test_a_meeting_scheduled_for_a_year_is_dated_that_year(extract_text):
    text = (
        "The 19th meeting of the Kenya-Uganda joint commission was held in Kampala. The next "
        "meeting of the commission between Kenya and Uganda is scheduled for 2026 in Nairobi."
    )
    found = extract_text(text, published="2025-03-05").get("meeting", [])
    assert ("planned", "2026", "Nairobi") in [(m["status"], m["date"], m["place"]) for m in found]


def test_a_programme_for_a_year_gives_its_meeting_no_date(extract_text):
    # control: "for 2026" after a programme is its period, not the date of the session
    text = (
        "The 19th meeting of the Kenya-Uganda joint commission was held in Kampala, where the "
        "sides adopted a work programme for 2026."
    )
    found = extract_text(text, published="2025-03-05").get("meeting", [])
    assert [(m["status"], m["date"]) for m in found] == [("held", None)]


def test_plural_visits_with_a_date_each_are_one_visit_a_date(extract_text):
    text = (
        "Ghana and Togo held talks in Accra on Wednesday. The ministers said that the visits of "
        "the Ghanaian Trade Minister in January 2024 and the Ghanaian Health Minister in March "
        "2024 to Togo had given the relationship new energy."
    )
    found = extract_text(text, published="2024-05-02").get("meeting", [])
    visits = sorted((m["date"], m["place"]) for m in found if m["kind"] == "visit")
    assert visits == [("2024-01", "Togo"), ("2024-03", "Togo")]


def test_a_single_visit_with_one_date_stays_one_visit(extract_text):
    # control: one visit, one date
    text = (
        "Ghana and Togo held talks in Accra on Wednesday. The ministers said that the visit of "
        "the Ghanaian Trade Minister to Togo in January 2024 had given the relationship new energy."
    )
    found = extract_text(text, published="2024-05-02").get("meeting", [])
    assert sorted((m["date"], m["place"]) for m in found if m["kind"] == "visit") == [("2024-01", "Togo")]


def test_the_visit_of_a_delegation_to_a_session_in_the_host_country_is_that_session(extract_text):
    text = (
        "The fourth session of the Ghana-Togo Joint Commission was held in Accra on Friday. "
        "The two ministers welcomed the visit of the Togolese Foreign Minister to Ghana as a "
        "sign of the close ties between the two countries."
    )
    found = extract_text(text, published="2024-05-04").get("meeting", [])
    assert [(m["kind"], m["place"]) for m in found] == [("commission_session", "Accra")]


def test_a_visit_to_the_other_country_beside_a_session_stays_a_visit(extract_text):
    # control: the session sat in Accra; a visit to Togo is another trip
    text = (
        "The fourth session of the Ghana-Togo Joint Commission was held in Accra on Friday. "
        "The two ministers welcomed the visit of the Ghanaian Foreign Minister to Togo as a "
        "sign of the close ties between the two countries."
    )
    found = extract_text(text, published="2024-05-04").get("meeting", [])
    assert sorted((m["kind"], m["place"]) for m in found) == [
        ("commission_session", "Accra"),
        ("visit", "Togo"),
    ]


def test_a_trip_made_for_the_talks_places_and_dates_them(extract_text):
    text = (
        "The first joint cabinet meeting of Ghana and Togo took place in Lome in 2022; in 2023, "
        "the Ghanaian government invited its Togolese colleagues to Accra for the consultations."
    )
    found = extract_text(text, published="2024-05-02").get("meeting", [])
    assert sorted((m["date"], m["place"]) for m in found) == [("2022", "Lome"), ("2023", "Accra")]


def test_a_statement_dated_during_the_meeting_does_not_date_another_meeting(extract_text):
    # control: "during" frames a known meeting; the day is the statement's
    text = (
        "The joint commission of Ghana and Togo met in Lome on Wednesday. A statement that the "
        "ministry put out on Thursday during the meeting said Ghana and Togo will sign two more "
        "agreements."
    )
    found = extract_text(text, published="2024-05-03").get("meeting", [])
    assert [(m["date"], m["place"]) for m in found] == [("2024-05-01", "Lome")]


def test_a_meeting_word_naming_a_building_is_no_meeting(extract_text):
    text = (
        "A new youth meeting centre for young people from Ghana and Togo opened in Kumasi on "
        "Monday, funded by both governments."
    )
    assert extract_text(text, published="2024-05-02").get("meeting", []) == []


def test_a_meeting_word_heading_its_phrase_is_a_meeting(extract_text):
    # control: the same sentence about the meeting itself
    text = (
        "A new youth meeting for young people from Ghana and Togo opened in Kumasi on Monday, "
        "funded by both governments."
    )
    found = extract_text(text, published="2024-05-02").get("meeting", [])
    assert [(m["place"], m["date"]) for m in found] == [("Kumasi", "2024-04-29")]


def test_the_meeting_refers_to_the_meeting_not_to_talks_told_in_between(extract_text):
    text = (
        "The 9th meeting of the Ghana-Togo Joint Commission took place today in Accra. The "
        "sides reviewed the decisions of the talks between the two presidents in Lome in May "
        "2023. Following the meeting, the co-chairs signed a memorandum on fisheries."
    )
    found = extract_text(text, published="2025-10-16")
    assert [(d["date"], d["place"]) for d in found["instrument"]] == [("2025-10-16", "Accra")]


def test_the_meeting_right_after_talks_refers_to_them(extract_text):
    # control: with no meeting named before, the talks are what "the meeting" was
    text = (
        "Ghana and Togo want closer ties in fisheries. The sides reviewed the decisions of "
        "the talks between the two presidents in Lome in May 2023. Following the meeting, the "
        "two ministers signed a memorandum on fisheries."
    )
    found = extract_text(text, published="2025-10-16")
    assert [(d["date"], d["place"]) for d in found["instrument"]] == [("2023-05", "Lome")]


def test_its_meeting_belongs_to_the_body_named_before_it_when_the_subject_is_none(extract_text):
    # "the meeting … since its second meeting": the subject is no body, the council is;
    # two bodies named, so no single body stands for every session
    text = (
        "Published: 10 March 2026\n\nACCRA - The Ghana-Togo Coordination Council held its "
        "third meeting in Accra on Monday, chaired by Kofi Mensah, Ghana's Minister of Foreign "
        "Affairs, and Dr Koffi Agbeko, the Togolese Minister of State and Member of the Council "
        "of Ministers, with the participation of senior officials from the two countries. "
        "The meeting reviewed the work of the council's "
        "committees since its second meeting, held in Lome in 2024. On the same day, the "
        "Ghana-Togo Joint Trade Committee held its first sitting in the city."
    )
    found = extract_text(text, published="2026-03-10").get("meeting", [])
    councils = sorted((m["date"], m["place"]) for m in found if m["body"] == "Coordination Council")
    assert councils == [("2024", "Lome"), ("2026-03-09", "Accra")]


def test_their_meeting_is_not_a_bodys(extract_text):
    # control: "their" points to the people, not to a body named before
    text = (
        "The Ghana-Togo Coordination Council was set up in 2019. The presidents of Ghana and "
        "Togo held their first meeting in Accra on Monday."
    )
    found = extract_text(text, published="2026-03-10").get("meeting", [])
    assert [(m["kind"], m["body"]) for m in found] == [("summit", None)]


def test_a_summit_of_an_organisation_of_states_is_not_the_pairs(extract_text):
    text = (
        "The presidents of Ghana and Togo met privately in Accra on Monday. On Tuesday, both "
        "presidents are to attend the summit of the Community of West African and Sahelian "
        "States in the Ghanaian capital. Ghana and Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2023-01-24").get("meeting", [])
    assert [(m["kind"], m["date"]) for m in found] == [("summit", "2023-01-23")]


def test_a_summit_of_the_two_states_named_alike_is_theirs(extract_text):
    # control: the same sentence shape about the pair's own summit
    text = (
        "The foreign ministers of Ghana and Togo met privately in Accra on Monday. On Tuesday, "
        "both presidents are to hold the summit of Ghana and Togo in the Ghanaian capital. "
        "Ghana and Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2023-01-24").get("meeting", [])
    assert ("summit", "2023-01-24") in [(m["kind"], m["date"]) for m in found]


def test_a_business_forum_is_a_gathering_on_the_day_of_the_session(extract_text):
    text = (
        "The Ghana-Togo Joint Commission held its third session in Accra on Monday. On the "
        "same day, the Ghana-Togo Investment Forum was held at the city's conference centre, "
        "attended by more than 400 investors. Ghana and Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2026-03-10")
    assert [b["name"] for b in found["body"]] == ["Joint Commission"]
    assert sorted((m["kind"], m["body"], m["date"]) for m in found["meeting"]) == [
        ("commission_session", "Joint Commission", "2026-03-09"),
        ("forum", None, "2026-03-09"),
    ]


def test_a_ministerial_forum_is_a_standing_body(extract_text):
    # control: a forum of ministers that meets in numbered sittings is a body
    text = (
        "The Ghana-Togo Ministerial Forum held its fifth meeting in Accra on Monday. Ghana and "
        "Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2026-03-10")
    assert [b["name"] for b in found["body"]] == ["Ministerial Forum"]
    assert [(m["kind"], m["body"]) for m in found["meeting"]] == [
        ("commission_session", "Ministerial Forum")
    ]


def test_this_resort_town_under_a_dateline_is_the_dateline_city(extract_text):
    text = (
        "QUEENSTOWN, New Zealand, July 18, 2025 - The prime ministers of Australia and New "
        "Zealand held their annual leaders' meeting on Friday in this lakeside resort town."
    )
    found = extract_text(text, published="2025-07-18").get("meeting", [])
    assert [(m["kind"], m["place"]) for m in found] == [("summit", "Queenstown")]


def test_an_earlier_meeting_two_years_ago_is_dated_and_kept_apart(extract_text):
    text = (
        "The prime ministers of Australia and New Zealand held their annual leaders' meeting "
        "in Queenstown on Friday. The Australian prime minister last visited New Zealand for "
        "the leaders' meeting in Wellington two years ago."
    )
    found = extract_text(text, published="2025-07-18").get("meeting", [])
    assert sorted((m["date"], m["place"]) for m in found) == [
        ("2023", "Wellington"),
        ("2025-07-18", "Queenstown"),
    ]


def test_a_session_told_by_its_closing_and_its_opening_day_is_one(extract_text):
    text = (
        "ACCRA - Ghana and Togo on Tuesday wrapped up the fifth session of their Joint "
        "Commission in Accra. The two-day session, which opened on Monday in Accra, was "
        "co-chaired by the two foreign ministers."
    )
    found = extract_text(text, published="2025-05-14").get("meeting", [])
    assert [(m["body"], m["date"]) for m in found] == [("Joint Commission", "2025-05-13")]


def test_sittings_of_a_body_a_week_apart_are_two(extract_text):
    # control: a week is more than one sitting
    text = (
        "Ghana and Togo on Tuesday wrapped up the fifth session of their Joint Commission in "
        "Accra. An extraordinary session of the commission had met on 6 May in Accra."
    )
    found = extract_text(text, published="2025-05-14").get("meeting", [])
    assert sorted(m["date"] for m in found) == ["2025-05-06", "2025-05-13"]


def test_the_senior_officials_meeting_of_a_commission_is_officials_talks(extract_text):
    text = (
        "The Senior Officials' Meeting of the Ghana-Togo Joint Commission commenced today in "
        "Accra. Ghana and Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2025-09-15").get("meeting", [])
    assert [(m["kind"], m["body"]) for m in found] == [("talks", "Joint Commission")]


def test_the_session_of_a_commission_is_its_session(extract_text):
    # control: the commission itself sits
    text = (
        "The fifth Session of the Ghana-Togo Joint Commission commenced today in Accra. Ghana "
        "and Togo agreed to deepen their cooperation."
    )
    found = extract_text(text, published="2025-09-15").get("meeting", [])
    assert [(m["kind"], m["body"]) for m in found] == [("commission_session", "Joint Commission")]


def test_a_summit_the_ministers_agreed_to_arrange_is_planned_and_undated_by_the_agreeing(
    extract_text,
):
    text = (
        "The foreign ministers of Ghana and Togo agreed on Thursday to arrange a summit between "
        "their presidents in Lome next month."
    )
    found = extract_text(text, published="2025-07-11").get("meeting", [])
    assert [(m["kind"], m["status"], m["date"]) for m in found] == [("summit", "planned", "2025-08")]


def test_a_planned_summit_keeps_its_own_day(extract_text):
    # control: a day told of the summit itself dates it
    text = (
        "The foreign ministers of Ghana and Togo said the presidents will hold a summit in Lome "
        "on Thursday."
    )
    found = extract_text(text, published="2025-07-11").get("meeting", [])
    assert [(m["kind"], m["status"], m["date"]) for m in found] == [
        ("summit", "planned", "2025-07-17")
    ]


def test_this_forum_with_nothing_before_names_no_meeting(extract_text):
    text = (
        "Never before in the life of this forum have Ghana and Togo agreed on steps as "
        "concrete to expand their cooperation in trade."
    )
    assert extract_text(text, published="2013-09-27").get("meeting", []) == []


def test_a_meeting_told_with_its_place_names_a_meeting(extract_text):
    # control: a meeting with a place of its own is one
    text = (
        "At a meeting in Accra on Monday, Ghana and Togo agreed on concrete steps to expand "
        "their cooperation in trade."
    )
    found = extract_text(text, published="2013-09-27").get("meeting", [])
    assert [m["place"] for m in found] == ["Accra"]


def test_experts_who_met_before_a_session_hold_talks_of_its_body_on_their_day(extract_text):
    text = (
        "Oslo, 12 June 2025 - The fourth session of the Norwegian-Kenyan Joint Commission "
        "closed on Thursday in Oslo with the signing of two agreements. The session was "
        "preceded on Tuesday by a meeting of the experts of the two countries, who reviewed "
        "the draft minutes submitted to the ministers."
    )
    meetings = sorted(
        (m["kind"], m["body"], m["date"], m["place"]) for m in extract_text(text)["meeting"]
    )
    # the ministers the experts report to do not make their meeting ministerial, and
    # Tuesday is the day of the meeting that came first, not of the session
    assert meetings == [
        ("commission_session", "Joint Commission", "2025-06-12", "Oslo"),
        ("talks", "Joint Commission", "2025-06-10", "Oslo"),
    ]


def test_officials_who_met_on_a_day_of_their_own_hold_talks_on_it(extract_text):
    # control: the same meeting told by its own verb keeps its day and kind
    text = (
        "Oslo, 12 June 2025 - The fourth session of the Norwegian-Kenyan Joint Commission "
        "closed on Thursday in Oslo with the signing of two agreements. Senior officials of "
        "the two countries met on Tuesday to prepare the documents for the ministers."
    )
    meetings = sorted((m["kind"], m["date"]) for m in extract_text(text)["meeting"])
    assert meetings == [("commission_session", "2025-06-12"), ("talks", "2025-06-10")]


def test_a_session_followed_by_a_business_forum_keeps_its_own_day(extract_text):
    # control: the agent of "followed" is dated by the verb, the session by its own clause
    text = (
        "Oslo, 12 June 2025 - The fourth session of the Norwegian-Kenyan Joint Commission "
        "was held on Wednesday in Oslo. It was followed on Thursday by a business forum "
        "attended by some two hundred companies."
    )
    meetings = sorted((m["kind"], m["date"]) for m in extract_text(text)["meeting"])
    assert meetings == [("commission_session", "2025-06-11"), ("forum", "2025-06-12")]


def test_a_session_told_beside_the_previous_one_held_somewhere_keeps_its_own_day(extract_text):
    text = (
        "Chile and Peru signed fourteen agreements yesterday in Lima at the close of the "
        "fourth session of the Chilean-Peruvian Joint Commission, six years after the "
        "previous session held in Santiago in 2019."
    )
    found = extract_text(text, published="2025-06-25").get("meeting", [])
    assert sorted((m["date"], m["place"]) for m in found) == [
        ("2019", "Santiago"),
        ("2025-06-24", "Lima"),
    ]


def test_a_forum_where_business_leaders_met_is_a_forum_not_a_summit(extract_text):
    text = (
        "Chile and Peru signed fourteen agreements yesterday in Lima at the close of the "
        "fourth session of the Chilean-Peruvian Joint Commission. The session was preceded "
        "on Monday by the Chile-Peru Economic Forum, where some 300 business leaders met."
    )
    found = extract_text(text, published="2025-06-25").get("meeting", [])
    assert sorted((m["kind"], m["date"]) for m in found) == [
        ("commission_session", "2025-06-24"),
        ("forum", "2025-06-23"),
    ]


def test_leaders_who_met_hold_a_summit(extract_text):
    # control: leaders with no other word before them are heads of state or government
    text = "Chile and Peru agreed to expand trade. The two countries' leaders met on Monday in Lima."
    found = extract_text(text, published="2025-06-25").get("meeting", [])
    assert [(m["kind"], m["date"]) for m in found] == [("summit", "2025-06-23")]


def test_experts_who_had_met_to_prepare_the_texts_met_before_in_the_story_city(extract_text):
    text = (
        "Chile and Peru signed fourteen agreements yesterday in Lima at the close of the "
        "fourth session of the Chilean-Peruvian Joint Commission, six years after the "
        "previous session in Santiago. Experts from both countries had met in the city on "
        "Saturday to prepare the texts."
    )
    found = extract_text(text, published="2025-06-25").get("meeting", [])
    talks = [m for m in found if m["kind"] == "talks"]
    # a perfect tells what happened, whatever its purpose: held, on the Saturday before
    assert [(m["status"], m["date"], m["place"]) for m in talks] == [("held", "2025-06-21", "Lima")]


def test_experts_who_will_meet_to_prepare_the_texts_meet_later(extract_text):
    # control: a future stays a plan, and its day is the coming one
    text = (
        "Chile and Peru will hold the fourth session of their Joint Commission in Lima next "
        "month. Experts from both countries will meet on Saturday to prepare the texts."
    )
    found = extract_text(text, published="2025-06-25").get("meeting", [])
    talks = [m for m in found if m["kind"] == "talks"]
    assert [(m["status"], m["date"]) for m in talks] == [("planned", "2025-06-28")]


def test_a_joint_session_of_two_governments_is_a_summit_in_the_dateline_town(extract_text):
    text = (
        "Brežice, 3 December 2025 (Agency) – The governments of Slovenia and Croatia held a "
        "joint session in Brežice today. The next joint session of the two governments will "
        "take place in Croatia."
    )
    found = extract_text(text).get("meeting", [])
    # the town is not in the gazetteer; the agency dateline names it as a place
    assert sorted((m["kind"], m["status"], m["place"]) for m in found) == [
        ("summit", "held", "Brežice"),
        ("summit", "planned", "Croatia"),
    ]


def test_a_session_of_a_named_commission_is_its_session(extract_text):
    # control: the session word of a named body stays the body's sitting
    text = (
        "Brežice, 3 December 2025 (Agency) – Slovenia and Croatia held the fifth session of "
        "their Joint Commission for Economic Cooperation in Brežice today."
    )
    found = extract_text(text).get("meeting", [])
    assert [(m["kind"], m["place"]) for m in found] == [("commission_session", "Brežice")]


def test_a_technical_committee_which_met_holds_a_working_group_meeting_of_its_own(extract_text):
    text = (
        "Tunis, 5 March 2025 (TAP) – Tunisia and Libya reviewed the conclusions of the "
        "Tunisian-Libyan Joint Technical Committee on the Ras Jedir Crossing, which met on "
        "Tuesday at the crossing itself."
    )
    found = extract_text(text).get("meeting", [])
    # the parse hangs the name's "on …" on "conclusions"; the clause still follows the name
    assert [(m["kind"], m["body"], m["date"]) for m in found] == [
        ("working_group", "Joint Technical Committee on the Ras Jedir Crossing", "2025-03-04")
    ]


def test_a_joint_commission_which_met_holds_its_session(extract_text):
    # control: a standing commission's sitting told by the same clause is its session
    text = (
        "Tunis, 5 March 2025 (TAP) – Tunisia and Libya reviewed the conclusions of the "
        "Tunisian-Libyan Joint Commission for Trade, which met on Tuesday in Tunis."
    )
    found = extract_text(text).get("meeting", [])
    assert [(m["kind"], m["body"]) for m in found] == [
        ("commission_session", "Joint Commission for Trade")
    ]


def test_officials_who_prepared_the_session_held_talks_of_their_own(extract_text):
    text = (
        "The third session of the Ghana-Togo Joint Commission was held in Accra on Wednesday. "
        "Senior officials of the two countries prepared the meeting on Tuesday."
    )
    found = extract_text(text, published="2025-09-19").get("meeting", [])
    assert sorted((m["kind"], m["status"], m["date"]) for m in found) == [
        ("commission_session", "held", "2025-09-17"),
        ("talks", "held", "2025-09-16"),
    ]


def test_officials_who_are_preparing_the_session_are_no_meeting_yet(extract_text):
    # control: the same shape told as a plan is the session ahead, not officials' talks
    text = (
        "The third session of the Ghana-Togo Joint Commission will be held in Accra next week. "
        "Senior officials of the two countries are preparing the meeting."
    )
    found = extract_text(text, published="2025-09-19").get("meeting", [])
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "planned")]


def test_a_meeting_that_should_be_held_is_planned(extract_text):
    text = (
        "The presidents of Ghana and Togo agreed in a call that the fifth session of the "
        "Ghana-Togo Joint Commission should be held in Lome this year."
    )
    found = extract_text(text, published="2025-06-12").get("meeting", [])
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "planned")]
    # control: the same sentence told as done
    done = text.replace("agreed in a call that", "said").replace("should be held", "was held")
    found = extract_text(done, published="2025-06-12").get("meeting", [])
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "held")]


def test_talks_on_the_margins_of_the_gathering_before_are_held_where_and_when_it_was(
    extract_text,
):
    text = (
        "The Ghana-Togo Business Forum opened in Accra on Monday. The trade ministers of "
        "Ghana and Togo held talks on the margins of the event."
    )
    found = extract_text(text, published="2025-06-12").get("meeting", [])
    assert ("ministerial", "held", "2025-06-09", "Accra") in [
        (m["kind"], m["status"], m["date"], m["place"]) for m in found
    ]
    # control: talks that give their own day keep it
    own = text.replace("held talks on", "held talks on Tuesday on")
    found = extract_text(own, published="2025-06-12").get("meeting", [])
    assert ("ministerial", "held", "2025-06-10", "Accra") in [
        (m["kind"], m["status"], m["date"], m["place"]) for m in found
    ]


def test_a_sitting_staged_by_a_bare_past_participle_was_held(extract_text):
    text = (
        "Ghana and Togo announced on Friday that the fifth session of the Ghana-Togo Joint "
        "Commission will convene in Accra in the autumn, four years after the fourth session, "
        "held in Lomé in 2022."
    )
    found = extract_text(text, published="2026-03-14")["meeting"]
    sessions = sorted((m["status"], m["date"], m["place"]) for m in found)
    assert ("held", "2022", "Lomé") in sessions
    assert ("planned", "2026", "Accra") in sessions
    # control: the same participle after "to be" tells a sitting still to come
    text = (
        "Ghana and Togo announced on Friday that the fifth session of the Ghana-Togo Joint "
        "Commission, to be held in Accra in the autumn, will review the corridor works."
    )
    found = extract_text(text, published="2026-03-14")["meeting"]
    assert [(m["status"], m["place"]) for m in found] == [("planned", "Accra")]


def test_a_sitting_hosted_since_is_a_sitting_of_its_own_at_its_host(extract_text):
    for sitting in ("the fourth", "the fourth session"):  # elided, and the control in full
        text = (
            "Last week in Accra the Ghana–Togo Joint Commission held its fifth session, the "
            f"first since Lomé hosted {sitting} in 2021. Ghana and Togo signed a memorandum "
            "on border markets."
        )
        found = extract_text(text, published="2026-03-12")["meeting"]
        assert sorted((m["kind"], m["status"], m["date"], m["place"]) for m in found) == [
            ("commission_session", "held", "2021", "Lomé"),
            ("commission_session", "held", "2026-03", "Accra"),
        ], sitting


def test_the_year_a_format_was_founded_is_not_its_sittings_date(extract_text):
    text = (
        "Ghana and Togo agreed that the fifth round of the Ghana-Togo Strategic Dialogue, the "
        "mechanism created by the two foreign ministries in 2019, will be held in Lomé."
    )
    found = extract_text(text, published="2025-12-04")["meeting"]
    assert [(m["status"], m["date"], m["place"]) for m in found] == [("planned", None, "Lomé")]
    # control: a year the sitting's own verb gives is its date
    text = (
        "Ghana and Togo agreed that the fifth round of the Ghana-Togo Strategic Dialogue, the "
        "mechanism created by the two foreign ministries, will be held in Lomé in 2026."
    )
    found = extract_text(text, published="2025-12-04")["meeting"]
    assert [(m["status"], m["date"], m["place"]) for m in found] == [("planned", "2026", "Lomé")]


def test_an_earlier_round_after_a_round_of_a_format_is_a_sitting_of_it(extract_text):
    # the numbered round told first hangs from the format's name, the next stands alone
    text = (
        "Ghana and Togo agreed that the fifth round of the Ghana-Togo Strategic Dialogue "
        "will be held in Lomé early next year. The fourth round took place in Accra in 2024."
    )
    found = extract_text(text, published="2025-12-04")["meeting"]
    assert sorted((m["kind"], m["status"], m["date"], m["place"]) for m in found) == [
        ("commission_session", "held", "2024", "Accra"),
        ("commission_session", "planned", "2026", "Lomé"),
    ]
    # control: a round after no numbered sitting of a format stays talks
    text = (
        "Ghana and Togo agreed to meet again in Lomé early next year. The fourth round of "
        "talks took place in Accra in 2024."
    )
    found = extract_text(text, published="2025-12-04")["meeting"]
    assert ("talks", "held", "2024", "Accra") in [
        (m["kind"], m["status"], m["date"], m["place"]) for m in found
    ]


def test_a_planned_sittings_date_is_not_a_past_participles(extract_text):
    # a participle's clause of its own tells what was done before, not the coming session
    text = (
        "Having been initialled in Kumasi in February, the agreement on defence industry "
        "between Ghana and Togo is expected to be signed at the council session in Lomé. "
        "The session of the Ghana-Togo Cooperation Council will take place later this year."
    )
    found = extract_text(text, published="2025-07-09")["meeting"]
    assert [(m["status"], m["date"], m["place"]) for m in found] == [("planned", "2025", "Lomé")]
    # control: a participle of what is still to come dates the sitting
    text = (
        "Ghana and Togo agreed on Monday that the next session of the Ghana-Togo Cooperation "
        "Council, scheduled for February, will take place in Lomé."
    )
    found = extract_text(text, published="2025-07-09")["meeting"]
    assert [(m["status"], m["date"], m["place"]) for m in found] == [
        ("planned", "2026-02", "Lomé")
    ]


def test_a_sitting_numbered_after_its_article_is_one_of_its_own(extract_text):
    # the parse hangs "second" on the first state's name; it still numbers the forum, which
    # is a planned sitting of its own beside the session described
    text = (
        "The Ghana-Togo Joint Commission held its ninth session in Accra on Monday. The "
        "two sides agreed to hold the second Ghana – Togo rectors' forum."
    )
    found = extract_text(text, published="2025-07-09")["meeting"]
    assert ("forum", "planned") in [(m["kind"], m["status"]) for m in found]
    # control: a forum told without a number is a reference, no sitting of its own
    text = (
        "The Ghana-Togo Joint Commission held its ninth session in Accra on Monday. The "
        "two sides agreed to hold the Ghana – Togo rectors' forum."
    )
    found = extract_text(text, published="2025-07-09")["meeting"]
    assert ("forum", "planned") not in [(m["kind"], m["status"]) for m in found]
    assert ("commission_session", "held") in [(m["kind"], m["status"]) for m in found]


def test_a_meeting_set_off_after_a_sittings_phrase_is_that_sitting(extract_text):
    text = (
        "Ghana and Togo on Wednesday wrapped up the first session of their Joint Commission "
        "for Cooperation, a two-day meeting at the national conference centre in Accra."
    )
    found = extract_text(text, published="2025-02-20")["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "held")]
    # control: a meeting told in a clause of its own is another one
    text = (
        "Ghana and Togo on Wednesday wrapped up the first session of their Joint Commission "
        "for Cooperation in Accra. Their foreign ministers held a meeting on the border."
    )
    found = extract_text(text, published="2025-02-20")["meeting"]
    assert ("ministerial", "held") in [(m["kind"], m["status"]) for m in found]


def test_a_gathering_of_an_organisations_members_is_no_meeting_of_the_pair(extract_text):
    lead = "Ghana and Togo signed a memorandum on border markets in Accra on Monday. "
    for told in (
        "Both are parties to the Volta Basin Convention, whose member states met in Lomé in May.",
        "The members of the Volta Basin Authority met in Lomé in May.",
    ):
        found = extract_text(lead + told, published="2025-06-10").get("meeting", [])
        assert "Lomé" not in [m["place"] for m in found], told
    # control: the two states' own ministers meeting there is theirs
    told = "The two states' ministers met in Lomé in May."
    found = extract_text(lead + told, published="2025-06-10").get("meeting", [])
    assert "Lomé" in [m["place"] for m in found]


def test_negotiations_on_a_text_placed_by_its_subject_are_no_meeting(extract_text):
    lead = "Ghana and Togo signed a memorandum on border markets in Accra on Monday. "
    told = (
        "The two sides also agreed on the launching of negotiations for the conclusion of a "
        "new memorandum on Ghanaian workers in Lomé, to replace the memorandum of 2015."
    )
    found = extract_text(lead + told, published="2025-06-10").get("meeting", [])
    assert [m for m in found if m["kind"] == "talks"] == []
    # control: negotiations placed and dated by their own words are a round of talks
    told = "Their delegations held negotiations in Lomé on Tuesday on a new memorandum."
    found = extract_text(lead + told, published="2025-06-10").get("meeting", [])
    assert ("talks", "held", "Lomé") in [(m["kind"], m["status"], m["place"]) for m in found]


def test_a_meeting_no_date_has_been_set_for_is_none(extract_text):
    lead = "Ghana and Togo signed a memorandum on trade in Accra on Monday. "
    told = "No date has been set for a meeting of the two foreign ministers."
    assert extract_text(lead + told, published="2025-03-05").get("meeting", []) == []
    # control: the same meeting told as held
    told = "The two foreign ministers held a meeting on the border."
    found = extract_text(lead + told, published="2025-03-05").get("meeting", [])
    assert [(m["kind"], m["status"]) for m in found] == [("ministerial", "held")]


def test_a_telephone_talk_is_a_call(extract_text):
    lead = "Ghana and Togo agreed to deepen their cooperation. "
    told = "The foreign ministers held a telephone talk on 14 February 2025."
    found = extract_text(lead + told, published="2025-03-05").get("meeting", [])
    assert [(m["kind"], m["date"]) for m in found] == [("ministerial", "2025-02-14")]
    # control: a talk given by one minister is a lecture, no meeting
    told = "The foreign minister gave a talk at the university on 14 February 2025."
    assert extract_text(lead + told, published="2025-03-05").get("meeting", []) == []


def test_a_states_council_of_ministers_is_no_sitting_of_a_body(extract_text):
    text = (
        "On March 6, Mr. Kofi Mensah, Prime Minister of Ghana, held a summit telephone call "
        "with H.E. Ms. Ama Dogbe, President of the Council of Ministers of the Togolese "
        "Republic. They confirmed that the second Ghana-Togo Foreign and Defence Ministerial "
        'Meeting ("2+2") would be held in Lomé within this year.'
    )
    found = extract_text(text, published="2025-03-07")["meeting"]
    assert sorted((m["kind"], m["status"]) for m in found) == [
        ("commission_session", "planned"),
        ("summit", "held"),
    ]
    # control: a council of the two states named in the call's phrase makes it that body's
    text = (
        "On March 6, the prime ministers of Ghana and Togo held a telephone call with the "
        "chairs of the Ghana-Togo Cooperation Council. They confirmed that the second "
        "Ghana-Togo Foreign and Defence Ministerial Meeting would be held in Lomé within "
        "this year."
    )
    found = extract_text(text, published="2025-03-07")["meeting"]
    assert ("commission_session", "held") in [(m["kind"], m["status"]) for m in found]


def test_a_meeting_named_as_of_officials_keeps_their_level(extract_text):
    lead = (
        "ACCRA, 28 Nov — The Ghana-Togo Joint Commission closed its ninth session here on "
        "Thursday. "
    )
    chairs = (
        ", chaired by Ms Ama Mensah, Foreign Minister of Ghana, and Mr Robert Dussey, "
        "Foreign Minister of Togo."
    )
    told = "A Senior Officials' Meeting was held on Monday and a Meeting of Ministers on Wednesday"
    found = extract_text(lead + told + chairs, published="2025-11-28")["meeting"]
    kinds = [(m["kind"], m["date"]) for m in found]
    assert ("talks", "2025-11-24") in kinds and ("ministerial", "2025-11-26") in kinds
    # control: a meeting whose words give no level takes that of the ministers who chair it
    told = "A meeting was held on Monday"
    found = extract_text(lead + told + chairs, published="2025-11-28")["meeting"]
    assert ("ministerial", "2025-11-24") in [(m["kind"], m["date"]) for m in found]


def test_a_meeting_the_day_before_is_dated_by_the_one_just_told(extract_text):
    text = (
        "Ghana and Togo closed the ninth session of their Joint Commission in Accra on "
        "14 May 2025. The session had been prepared the day before by a meeting of experts "
        "of the two countries, which reviewed the decisions taken three years ago."
    )
    found = extract_text(text, published="2025-05-16")["meeting"]
    assert ("talks", "held", "2025-05-13") in [(m["kind"], m["status"], m["date"]) for m in found]
    # control: a meeting told with a day of its own keeps it
    told = text.replace("prepared the day before", "preceded on Monday").replace(
        ", which reviewed the decisions taken three years ago", ""
    )
    found = extract_text(told, published="2025-05-16")["meeting"]
    assert ("talks", "held", "2025-05-12") in [(m["kind"], m["status"], m["date"]) for m in found]


def test_a_visit_only_offered_by_an_invitation_is_no_meeting(extract_text):
    lead = "President Sall of Senegal held talks with Mali's President Keita in Dakar on Monday. "
    for offered in (
        "Sall invited his guest to visit Ziguinchor.",
        "Keita thanked his host for the invitation to visit Senegal's north.",
    ):
        found = extract_text(lead + offered, published="2024-03-06")["meeting"]
        assert [(m["kind"], m["status"], m["place"]) for m in found] == [
            ("summit", "held", "Dakar")
        ], offered
    # control: an invitation accepted is a visit to come, and a visit told as done is one
    for told, status in (
        ("Keita accepted the invitation to visit Ziguinchor.", "planned"),
        ("Keita went on to visit Ziguinchor.", "held"),
    ):
        found = extract_text(lead + told, published="2024-03-06")["meeting"]
        assert ("visit", status, "Ziguinchor") in [
            (m["kind"], m["status"], m["place"]) for m in found
        ], told


def test_two_officials_who_spoke_met_at_their_level_with_no_venue(extract_text):
    for told, kind in (
        ("President Alvarez of Chile spoke with the President of Peru, Rosa Quispe,", "summit"),
        ("Chile's Foreign Minister Ana Ruiz spoke to her Peruvian counterpart", "ministerial"),
    ):
        text = f"{told} this morning about trade. Chile and Peru agreed to meet again in Lima."
        found = extract_text(text, published="2025-05-20")["meeting"]
        assert (kind, "held", "2025-05-20", None) in [
            (m["kind"], m["status"], m["date"], m["place"]) for m in found
        ], told
    # control: speaking to people who hold no office, or someone with none speaking, is not
    for told in (
        "President Alvarez of Chile spoke to reporters in Lima",
        "A trader in Lima spoke to the President of Peru",
    ):
        text = f"{told} this morning. Chile and Peru agreed to expand trade in copper."
        assert "meeting" not in extract_text(text, published="2025-05-20"), told


def test_the_speaker_of_a_call_after_a_dateline_is_read_off_the_line(extract_text):
    text = (
        "President Alvarez speaks with President of Peru Rosa Quispe\n\nReadout\nMay 20, 2025\n"
        "Valparaiso, Chile\n\nPresident Gabriel Alvarez today spoke with the President of the "
        "Republic of Peru, Rosa Quispe, to discuss trade between Chile and Peru."
    )
    found = extract_text(text, published="2025-05-20")["meeting"]
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2025-05-20", None)]


def test_a_numbered_sitting_after_a_numbered_sitting_of_a_body_is_of_its_series(extract_text):
    lead = (
        "Chile and Peru held the fifth plenary meeting of the Chile-Peru Joint Commission in "
        "Lima on Monday. The plenary was preceded on Sunday by meetings of the Sub-Commission "
        "on Trade and the Sub-Commission on Fisheries.\n\n"
    )
    for then in ("The sixth plenary meeting", "The sixth meeting"):
        found = extract_text(lead + then + " is to take place in 2026.", published="2025-03-05")
        planned = [m for m in found["meeting"] if m["status"] == "planned"]
        assert [(m["kind"], m["body"], m["date"]) for m in planned] == [
            ("commission_session", "Joint Commission", "2026")
        ], then
    # control: a numbered sitting of another series is not the body's
    found = extract_text(
        lead + "The third round of talks on a fisheries agreement is to take place in 2026.",
        published="2025-03-05",
    )
    planned = [m for m in found["meeting"] if m["status"] == "planned"]
    assert [(m["kind"], m["body"]) for m in planned] == [("talks", None)]


def test_a_leaders_retreat_is_a_summit(extract_text):
    text = (
        "Prime Minister Ana Ruiz of Chile and President Luis Soto of Peru held the 4th Chile-Peru "
        "Leaders' Retreat in Arica on 3 June 2025. Chile and Peru signed a memorandum on ports."
    )
    found = extract_text(text, published="2025-06-04")["meeting"]
    assert [(m["kind"], m["status"], m["date"], m["place"]) for m in found] == [
        ("summit", "held", "2025-06-03", "Arica")
    ]
    # control: a retreat that is no gathering of leaders is no meeting
    text = (
        "The retreat of the glaciers in Arica was discussed on 3 June 2025. Chile and Peru "
        "signed a memorandum on ports."
    )
    assert "meeting" not in extract_text(text, published="2025-06-04")


def test_bodies_told_as_sitting_together_sat_each(extract_text):
    lead = "Chile and Peru held the fifth session of the Chile-Peru Joint Commission in Lima on Tuesday. "
    for told in (
        "The session was preceded on Monday, also in Lima, by meetings of the Sub-Committee on "
        "Ports and the Sub-Committee on Fisheries.",
        "On Monday the commission's Working Group on Ports and Working Group on Fisheries met "
        "in Lima.",
    ):
        found = extract_text(lead + told, published="2025-03-05")["meeting"]
        monday = sorted(m["body"].split()[-1] for m in found if m["date"] == "2025-03-03")
        assert monday == ["Fisheries", "Ports"], told
    # control: one body told meeting is one sitting
    told = "On Monday the commission's Working Group on Ports met in Lima."
    found = extract_text(lead + told, published="2025-03-05")["meeting"]
    assert [m["body"] for m in found if m["date"] == "2025-03-03"] == ["Working Group on Ports"]


def test_a_summit_named_by_a_states_combining_form_is_the_pairs(extract_text):
    text = (
        "Lima, 5 March 2025 — It was held yesterday, in the Peruvian capital, the IV Sino-Peruvian "
        "Summit, which brought together the President of China and the President of Peru. China "
        "and Peru agreed to expand trade in copper."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert [(m["kind"], m["date"], m["place"]) for m in found] == [("summit", "2025-03-04", "Lima")]
    # control: a summit named after a region meets many states, not the pair
    text = text.replace("IV Sino-Peruvian Summit", "IV Andean Summit")
    assert "meeting" not in extract_text(text, published="2025-03-05")


def test_who_meets_in_a_relative_clause_is_its_antecedent(extract_text):
    text = (
        "Lima, 5 March 2025 — The summit was prepared on Tuesday by the foreign ministers of "
        "Chile and Peru, who met in Lima. Chile and Peru agreed to expand trade in copper."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("ministerial", "held", "Lima") in [(m["kind"], m["status"], m["place"]) for m in found]
    # control: the same meeting told with its subject in place
    text = (
        "Lima, 5 March 2025 — The foreign ministers of Chile and Peru met in Lima on Tuesday to "
        "prepare the summit. Chile and Peru agreed to expand trade in copper."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("ministerial", "held", "Lima") in [(m["kind"], m["status"], m["place"]) for m in found]


def test_a_meeting_during_which_something_was_done_took_place(extract_text):
    lead = "Lima, 5 March 2025 — The presidents of Chile and Peru held talks in Lima on Monday. "
    text = lead + "The two foreign ministers had prepared the talks during a telephone call."
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("ministerial", "held") in [(m["kind"], m["status"]) for m in found]
    # control: a deed still to come during a meeting leaves the meeting to come
    text = lead + "The two foreign ministers will review the results during a telephone call."
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("ministerial", "planned") in [(m["kind"], m["status"]) for m in found]


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_meetings(extract_text):
    text = (
        "Ghana and Togo yesterday signed a new fisheries memorandum to replace the one that "
        "lapsed last year, as their presidents co-chaired the fourth session of the "
        "Ghana-Togo Joint Commission in Accra."
    )
    found = extract_text(text, published="2025-05-14")["meeting"]
    assert [(m["kind"], m["date"]) for m in found] == [("commission_session", "2025-05-13")]
    # control: a date in the meeting's own relative clause is its date
    text = (
        "Ghana and Togo recalled the fourth session of the Ghana-Togo Joint Commission, "
        "which took place in Accra last year."
    )
    found = extract_text(text, published="2025-05-14")["meeting"]
    assert [(m["kind"], m["date"]) for m in found] == [("commission_session", "2024")]


def test_a_meetings_own_clause_hung_on_the_phrase_around_it_keeps_its_date(extract_text):
    # the parse hangs "that took place" on "outcomes", whose phrase holds the meeting
    text = (
        "The Ghana-Togo Joint Commission praised the outcomes of the senior officials’ "
        "meeting that took place on 24 October 2024."
    )
    found = extract_text(text, published="2025-05-14")["meeting"]
    assert ("talks", "2024-10-24") in [(m["kind"], m["date"]) for m in found]


def test_a_sitting_prepared_by_officials_in_the_passive_tells_their_talks(extract_text):
    lead = "Ghana and Togo held the fourth session of their Joint Commission in Lomé on Wednesday. "
    told = "The session was prepared by senior officials on Monday, also in Lomé."
    found = extract_text(lead + told, published="2025-05-16")["meeting"]
    assert ("talks", "held", "2025-05-12") in [(m["kind"], m["status"], m["date"]) for m in found]
    # control: a preparation still to come tells no talks held
    told = "The next session will be prepared by senior officials in March, also in Lomé."
    found = extract_text(lead + told, published="2025-05-16")["meeting"]
    assert "held" not in [m["status"] for m in found if m["kind"] == "talks"]
    assert ("commission_session", "held") in [(m["kind"], m["status"]) for m in found]


def test_a_sitting_left_out_after_an_ordinal_is_the_one_its_noun_names(extract_text):
    lead = "Ghana and Togo held the fourth session of their Joint Commission in Lomé on Wednesday. "
    told = (
        "The session, the first since Accra hosted the third in 2022, was prepared by senior "
        "officials on Monday."
    )
    found = extract_text(lead + told, published="2025-05-16")["meeting"]
    kinds = [(m["kind"], m["date"], m["place"]) for m in found]
    assert ("commission_session", "2022", "Accra") in kinds
    assert ("talks", "2025-05-12", None) in [(k, d, None) for k, d, _ in kinds]


def test_a_sitting_set_off_as_to_be_held_is_planned_wherever_the_parse_hangs_it(extract_text):
    lead = "Ghana and Togo agreed to speed up talks on a transit agreement, with a view to "
    told = "signing it at the fifth session of the commission, to be held in Accra next year."
    found = extract_text(lead + told)["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "planned")]
    # control: the same phrase set off as held is a sitting that took place
    told = "recalling the fourth session of the commission, held in Accra in 2023."
    found = extract_text(lead + told)["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "held")]


def test_a_sitting_whose_preparation_is_told_in_the_past_perfect_took_place(extract_text):
    lead = "Ghana and Togo held the fourth session of their Joint Commission in Lomé on Wednesday. "
    told = (
        "The work of the fourth session had been prepared the day before by a meeting of "
        "senior officials, also held in the Togolese capital."
    )
    found = extract_text(lead + told, published="2025-05-16")["meeting"]
    assert "planned" not in [m["status"] for m in found]
    # control: a preparation still ahead tells a sitting still ahead
    told = "The work of the fifth session will be prepared by a meeting of senior officials."
    found = extract_text(lead + told, published="2025-05-16")["meeting"]
    assert ("commission_session", "planned") in [(m["kind"], m["status"]) for m in found]


def test_the_place_and_day_of_a_trip_before_the_meeting_are_the_trips(extract_text):
    lead = "Ghana and Togo agreed to fight piracy during talks in Accra on Wednesday. "
    told = (
        "President Kwesi Amoako met Prime Minister Komlanvi Dzodzi at the castle, after a "
        "trip to Lomé by foreign minister Ama Owusu in March."
    )
    found = extract_text(lead + told, published="2025-07-24")["meeting"]
    assert ("2025-03", "Lomé") not in [(m["date"], m["place"]) for m in found]
    # control: the place and day of the meeting's own phrase are its
    told = (
        "President Kwesi Amoako met Prime Minister Komlanvi Dzodzi in Lomé in March, after "
        "a trip by foreign minister Ama Owusu."
    )
    found = extract_text(lead + told, published="2025-07-24")["meeting"]
    assert ("2025-03", "Lomé") in [(m["date"], m["place"]) for m in found]


def test_a_summit_named_by_its_rhythm_is_the_pair_s(extract_text):
    text = "The presidents of Kenya and Uganda held the fourth Annual Summit in Kampala on Monday."
    found = extract_text(text, published="2025-03-05").get("meeting", [])
    assert [(m["kind"], m["place"]) for m in found] == [("summit", "Kampala")]
    # control: a summit named after a region is a gathering of many states
    text = text.replace("held the fourth Annual Summit", "attended the fourth Africa Summit")
    assert extract_text(text, published="2025-03-05").get("meeting", []) == []


def test_a_series_is_known_by_its_head_noun_too(extract_text):
    text = (
        "The presidents of Kenya and Uganda held the fourth Annual Summit in Kampala on Monday. "
        "The next annual consultations of senior officials will take place in Nairobi in May."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("summit", "held"), ("talks", "planned")]
    # control: the next sitting of the same series is at the level of the one before
    found = extract_text(
        text.replace("annual consultations of senior officials", "Annual Summit"),
        published="2025-03-05",
    )["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("summit", "held"), ("summit", "planned")]


def test_a_visit_is_not_at_the_level_of_another_sitting_its_sentence_tells(extract_text):
    text = (
        "Ghana and Togo on Thursday reviewed investment proposals at the 13th meeting of the "
        "Ghana-Togo Joint Task Force on Investments in Accra, and agreed to finalise a memorandum "
        "on food corridors that is expected to be signed during President John Mahama's visit "
        "to Lomé next month."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("visit", "planned", "Lomé") in [(m["kind"], m["status"], m["place"]) for m in found]
    # control: talks in the visit's own clause put it at the visitor's level
    text = (
        "Ghana and Togo agreed to finalise a memorandum on food corridors that is expected to be "
        "signed during President John Mahama's visit to Lomé next month, where he will hold "
        "talks with his counterpart."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert [(m["kind"], m["status"], m["place"]) for m in found] == [("summit", "planned", "Lomé")]


def test_a_reports_undated_lead_meeting_was_held_in_the_month_before_its_date(extract_text):
    """A report gives its lead meeting no date: it was just held, in the week before the
    report; its month is the meeting's date when that week lies in the report's month."""
    text = (
        "The Kenya-Uganda Joint Permanent Commission held its ninth session in Mombasa. "
        "The two sides reviewed trade and agreed to meet again in Kampala next year."
    )
    held = [m for m in meetings(extract_text(text, published="2025-06-18")) if m[1] == "held"]
    assert held == [("commission_session", "held", "2025-06", "Mombasa")]
    # control: a report of the 3rd may tell a meeting of the month before
    early = [m for m in meetings(extract_text(text, published="2025-06-03")) if m[1] == "held"]
    assert early == [("commission_session", "held", None, "Mombasa")]
    # control: a date the text gives is kept
    dated = extract_text(text.replace("session in Mombasa", "session in Mombasa on 2 May"),
                         published="2025-06-18")
    assert [m for m in meetings(dated) if m[1] == "held"] == [
        ("commission_session", "held", "2025-05-02", "Mombasa")
    ]


def test_a_meeting_foreseen_or_envisaged_is_planned(extract_text):
    """'is foreseen / envisaged / slated for': a plan, in the words of European English."""
    lead = (
        "Kenya and Uganda agreed to deepen their bilateral cooperation on fisheries. "
        "The Kenya-Uganda Joint Committee on Fisheries met in Kisumu on Monday for its sixth "
        "meeting. "
    )

    def statuses(text: str) -> list[tuple[str, str]]:
        found = extract_text(text, published="2025-06-18").get("meeting", [])
        return sorted((m["status"], str(m["place"])) for m in found)

    for verb in ("foreseen", "envisaged"):
        told = lead + f"A seventh meeting of the joint committee is {verb} for the spring in Jinja."
        assert statuses(told) == [("held", "Kisumu"), ("planned", "Jinja")]
    # control: what a treaty foresaw is no plan of the meeting told
    told = statuses(lead.replace("meeting. ", "meeting, as foreseen in the 2019 agreement. "))
    assert ("held", "Kisumu") in told and all(status == "held" for status, _ in told)


def test_a_relative_clause_joined_to_another_tells_the_formats_sitting(extract_text):
    """'the X Dialogue, a format that brings together officials and which last met in
    Kisumu in 2022': the second relative clause speaks of the format named before."""
    lead = "Kenya and Uganda agreed to deepen their bilateral cooperation. "
    told = (
        "The Kenya-Uganda Fisheries Dialogue, a format that brings together senior officials "
        "of the two ministries and which last met in Kisumu in 2022, will hold its next round "
        "in Jinja next year."
    )
    found = extract_text(lead + told, published="2025-06-18")["meeting"]
    held = [(m["kind"], m["body"], m["place"]) for m in found if m["status"] == "held"]
    assert held == [("commission_session", "Fisheries Dialogue", "Kisumu")]
    # control: a clause of its own, with its own subject, is not the format's sitting
    told = (
        "The Kenya-Uganda Fisheries Dialogue brings together senior officials of the two "
        "ministries, and the two fisheries ministers met in Kisumu in 2022."
    )
    found = extract_text(lead + told, published="2025-06-18")["meeting"]
    assert [(m["kind"], m["body"]) for m in found] == [("ministerial", None)]


def test_the_previous_meeting_in_an_article_of_one_body_is_its_sitting(extract_text):
    """'The previous meeting had been held in the same city': a sitting in the body's
    series, as 'the previous session' is, when the article names one body, also where
    another meeting (the experts') was told in between."""
    told = (
        "NAIROBI, June 18, 2025 – The Kenya-Uganda Intergovernmental Commission on Trade held "
        "its ninth meeting here yesterday.\n\nThe day before, expert groups of the two sides "
        "met here to finalise the draft documents.\n\nA fisheries agreement will be submitted "
        "for signature at the next meeting of the commission, which will take place in the "
        "Ugandan capital next spring. The previous meeting had been held in the same city two "
        "years ago."
    )
    found = extract_text(told, published="2025-06-18")["meeting"]
    earlier = [(m["kind"], m["date"], m["place"]) for m in found if m["date"] == "2023"]
    assert earlier == [("commission_session", "2023", "Kampala")]
    # control: a meeting between people is theirs, not the body's
    told = told.replace("The previous meeting had", "The previous meeting between the presidents had")
    found = extract_text(told, published="2025-06-18")["meeting"]
    assert [m["kind"] for m in found if m["date"] == "2023"] != ["commission_session"]


def test_a_lead_meeting_told_with_no_place_was_held_in_the_datelines_city(extract_text):
    """'NAIROBI, 3 June 2025 – The joint commission held its ninth session on Tuesday': the
    report is filed from where the session sat."""
    told = (
        "NAIROBI, 3 June 2025 – The Kenya-Uganda Joint Permanent Commission held its ninth "
        "session on Tuesday, the two foreign ministries said."
    )
    found = extract_text(told, published="2025-06-03")["meeting"]
    assert [(m["kind"], m["place"]) for m in found] == [("commission_session", "Nairobi")]
    # control: a call is held at no place
    call = (
        "NAIROBI, 3 June 2025 – President William Ruto of Kenya held a telephone conversation "
        "on Tuesday with President Yoweri Museveni of Uganda, discussing bilateral trade."
    )
    found = extract_text(call, published="2025-06-03")["meeting"]
    assert [m["place"] for m in found] == [None]
    # control: with no dateline, no place
    found = extract_text(told.replace("NAIROBI, 3 June 2025 – ", ""), published="2025-06-03")
    assert [m["place"] for m in found["meeting"]] == [None]


SESSION = (
    "ACCRA, 5 March 2025 - Ghana and Togo held the fifth session of their Joint Commission "
    "in Accra on Tuesday.\n\n"
)


def _sittings(extract_text, text: str) -> list[tuple]:
    found = extract_text(SESSION + text, published="2025-03-05").get("meeting", [])
    return sorted((m["body"] or "", m["kind"], m["date"]) for m in found)


def test_sittings_of_two_bodies_each_with_its_own_of_are_two_sittings(extract_text):
    text = (
        "On Monday, also in Accra, took place sittings of the Working Group on Energy and "
        "of the Working Group on Fisheries, which prepared the draft decisions."
    )
    assert _sittings(extract_text, text) == [
        ("Joint Commission", "commission_session", "2025-03-04"),
        ("Working Group on Energy", "working_group", "2025-03-03"),
        ("Working Group on Fisheries", "working_group", "2025-03-03"),
    ]


def test_sitting_as_a_verb_is_no_sitting(extract_text):
    text = '"Ten years ago nobody thought we would be sitting at one table," the minister said.'
    lead = ("Joint Commission", "commission_session", "2025-03-04")
    assert _sittings(extract_text, text) == [lead]
    control = "A sitting of the Working Group on Energy took place on Monday."
    assert ("Working Group on Energy", "working_group", "2025-03-03") in _sittings(
        extract_text, control
    )


def test_on_the_eve_alone_is_the_day_before_the_meeting_just_told(extract_text):
    text = "On the eve, also in Accra, a sitting of the Working Group on Energy took place."
    assert ("Working Group on Energy", "working_group", "2025-03-03") in _sittings(
        extract_text, text
    )
    other = "On the eve of the summit in May, a sitting of the Working Group on Energy took place."
    assert ("Working Group on Energy", "working_group", "2025-03-03") not in _sittings(
        extract_text, other
    )


FORUM_LEAD = (
    "The fifth session of the Chile-Sweden Joint Commission on Economic Cooperation was held "
    "in Santiago on Wednesday, 4 March 2026. "
)


def meetings_of(found: dict) -> list[tuple]:
    return sorted((m["kind"], m["date"], m["place"]) for m in found.get("meeting", []))


def test_a_business_forum_held_alongside_the_session_is_a_forum_at_its_place_and_day(
    extract_text,
):
    control = FORUM_LEAD + "A Chile-Sweden business forum was held in Santiago on 4 March 2026."
    assert ("forum", "2026-03-04", "Santiago") in meetings_of(extract_text(control))
    text = FORUM_LEAD + (
        "More than 200 business people attended a Chile-Sweden business forum held alongside "
        "the session at the convention centre."
    )
    assert meetings_of(extract_text(text)) == [
        ("commission_session", "2026-03-04", "Santiago"),
        ("forum", "2026-03-04", "Santiago"),
    ]


def test_a_forum_on_the_eve_of_the_session_is_held_the_day_before_where_it_sat(extract_text):
    text = FORUM_LEAD + (
        "On the eve of the session, a Chilean-Swedish business forum took place at the National "
        "Library, attended by more than 100 companies from the two countries."
    )
    assert ("forum", "2026-03-03", "Santiago") in meetings_of(extract_text(text))


def test_business_people_meeting_in_a_forum_are_no_sitting_of_the_commission(extract_text):
    control = FORUM_LEAD + "On 1 March 2026, Chilean and Swedish ministers met in Valparaiso."
    assert ("ministerial", "2026-03-01", "Valparaiso") in meetings_of(extract_text(control))
    text = FORUM_LEAD + (
        "On the sidelines of the commission, Chilean and Swedish business people met in a joint "
        "business forum at the chamber of commerce."
    )
    assert meetings_of(extract_text(text)) == [
        ("commission_session", "2026-03-04", "Santiago"),
        ("forum", "2026-03-04", "Santiago"),
    ]


def test_on_the_margins_of_the_session_is_the_session_reported_not_the_previous_one(
    extract_text,
):
    text = FORUM_LEAD + (
        "The previous session of the commission took place in Stockholm in June 2024. "
        "On the margins of the session, the Chile-Sweden Business Forum was held at the "
        "chamber of commerce."
    )
    assert ("forum", "2026-03-04", "Santiago") in meetings_of(extract_text(text))


def test_a_chancellor_outside_germany_and_austria_is_a_foreign_minister(extract_text):
    control = (
        "German Chancellor Anna Weber and the chancellor of Austria, Paul Gruber, held a "
        "working meeting in Vienna on 3 March 2026 and agreed to expand rail cooperation."
    )
    assert [m["kind"] for m in extract_text(control)["meeting"]] == ["summit"]
    text = (
        "The chancellor of Peru, Ana Quispe, and her Chilean homologue, the chancellor Jorge "
        "Rojas, held a working meeting in Lima on 3 March 2026 and agreed to expand rail "
        "cooperation."
    )
    assert [m["kind"] for m in extract_text(text)["meeting"]] == ["ministerial"]


def test_members_of_a_cabinet_are_no_sitting_body(extract_text):
    text = (
        "Chile's Foreign Minister Ana Ruiz held talks with President Jorge Soto of Peru and "
        "members of {whose} in Lima on 3 March 2026 and agreed to expand rail cooperation."
    )
    control = extract_text(text.format(whose="the joint commission"))
    assert [m["kind"] for m in control["meeting"]] == ["commission_session"]
    found = extract_text(text.format(whose="his cabinet"))
    assert "commission_session" not in [m["kind"] for m in found["meeting"]]


def test_a_sitting_agreed_on_as_a_noun_is_planned(extract_text):
    text = (
        "Chile and Peru {verb} the first session of the Chile-Peru Joint Commission in Lima "
        "and agreed to expand rail cooperation."
    )
    control = extract_text(text.format(verb="agreed to hold"))["meeting"]
    assert [(m["kind"], m["status"]) for m in control] == [("commission_session", "planned")]
    found = extract_text(text.format(verb="agreed on the holding of"))["meeting"]
    assert [(m["kind"], m["status"]) for m in found] == [("commission_session", "planned")]


def test_talks_in_the_days_after_a_visit_began_are_part_of_it(extract_text):
    text = (
        "Peru's Foreign Minister Luis Soto arrived in Santiago on 2 March 2026 for a two-day "
        "visit. Soto and Chile's Foreign Minister Ana Ruiz held talks in Santiago on {day} "
        "March 2026 and agreed to expand rail cooperation."
    )
    control = extract_text(text.format(day="12"))["meeting"]  # ten days on: another meeting
    assert sorted(m["kind"] for m in control) == ["ministerial", "visit"]
    found = extract_text(text.format(day="3"))["meeting"]
    assert [(m["kind"], m["date"]) for m in found] == [("ministerial", "2026-03-03")]


def test_a_minister_s_talks_with_a_head_of_state_are_at_the_minister_s_level(extract_text):
    text = (
        "{title} Ana Ruiz of Chile arrived in Lima on 2 March 2026. Ruiz held talks with "
        "President Jorge Soto of Peru and members of his cabinet on 3 March 2026. Chile and "
        "Peru agreed to expand rail cooperation."
    )
    control = extract_text(text.format(title="President"))["meeting"]
    assert "summit" in [m["kind"] for m in control]
    found = extract_text(text.format(title="Foreign Minister"))["meeting"]
    assert "ministerial" in [m["kind"] for m in found]
    assert "summit" not in [m["kind"] for m in found]


def test_where_a_link_goes_is_no_venue(extract_text):
    text = (
        "Chile and Peru held a summit in Lima on 3 March 2026. A memorandum on a railway "
        "{where} could be signed at the commission's next meeting if a study is completed."
    )
    control = extract_text(text.format(where="in Arica"))["meeting"]
    assert ("planned", "Arica") in [(m["status"], m["place"]) for m in control]
    found = extract_text(text.format(where="to Arica"))["meeting"]
    assert "Arica" not in [m["place"] for m in found]


def test_a_region_s_leaders_meeting_is_no_meeting_of_the_pair(extract_text):
    lead = "Fiji and New Zealand signed a water grant in Suva on 3 March 2026. "
    control = extract_text(lead + "The two leaders will meet in Auckland next month.")
    assert ("summit", "planned", "Auckland") in [
        (m["kind"], m["status"], m["place"]) for m in control["meeting"]
    ]
    found = extract_text(lead + "Pacific leaders will meet in Auckland next month.")
    assert "meeting" not in found


def test_two_sides_co_chairing_a_body_is_its_sitting(extract_text):
    lead = "Chile and Peru agreed to expand their trade. "
    text = lead + (
        "On Monday in Lima the Chilean trade minister co-chaired the Joint Economic Commission "
        "with her Peruvian counterpart."
    )
    meetings = extract_text(text, published="2026-05-07").get("meeting", [])
    assert [(m["kind"], m["status"], m["date"], m["place"]) for m in meetings] == [
        ("commission_session", "held", "2026-05-04", "Lima")
    ]
    # one who chaired a body for years tells of an office, not of a sitting
    tenure = lead + (
        "The Chilean trade minister, who chaired the Joint Economic Commission for six years, "
        "retired on Monday in Lima."
    )
    assert extract_text(tenure, published="2026-05-07").get("meeting", []) == []


def test_a_bodys_plenary_is_its_session(extract_text):
    text = (
        "Chile and Peru agreed to expand trade. The Chile-Peru Joint Commission held its {word} "
        "in Lima on Tuesday. Its next {word} will be held in Cusco in 2027."
    )
    expected = [
        ("commission_session", "held", "2025-09-30", "Lima"),
        ("commission_session", "planned", "2027", "Cusco"),
    ]
    for word in ("session", "plenary"):  # the control first: "its session"
        meetings = extract_text(text.format(word=word), published="2025-10-02")["meeting"]
        assert [(m["kind"], m["status"], m["date"], m["place"]) for m in meetings] == expected


def test_a_call_told_as_the_means_of_a_deed_is_at_the_level_of_who_did_it(extract_text):
    text = (
        "Kazakhstan and Poland agreed to expand rail freight. Asked whether President Tokayev "
        "would visit Warsaw this year, the Polish ambassador said only that the two {who} had "
        "discussed the calendar in a phone call last month."
    )

    def kinds(who: str) -> list[str]:
        meetings = extract_text(text.format(who=who), published="2026-05-20")["meeting"]
        return [m["kind"] for m in meetings]

    assert kinds("presidents") == ["summit"]  # control: the call of the two presidents
    # the president named in the question is not who held the call
    assert kinds("foreign ministers") == ["ministerial"]
