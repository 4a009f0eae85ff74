"""Meetings as entities: their level from who takes part, one meeting told twice is one.

Sentences written for these tests, each beside a control of the same shape.
"""

BILATERAL = " Chile and Peru agreed to deepen their bilateral cooperation further."


def meetings(extract_text, text: str) -> list[tuple[str, str, str | None]]:
    found = extract_text(text + BILATERAL, published="2025-06-02").get("meeting", [])
    return sorted(((m["kind"], m["status"], m["place"]) for m in found), key=str)


def test_leaders_titled_earlier_make_their_meeting_a_summit(extract_text):
    found = meetings(
        extract_text,
        "President Ana Ortiz of Chile arrived in Lima on Sunday. President Luis Paredes of Peru "
        "welcomed her at the airport. Ortiz and Paredes met at the government palace in Lima "
        "on Monday.",
    )
    assert ("summit", "held", "Lima") in found


def test_officials_titled_earlier_keep_their_meeting_as_talks(extract_text):
    found = meetings(
        extract_text,
        "Deputy Foreign Minister Ana Ortiz of Chile arrived in Lima on Sunday. Deputy Foreign "
        "Minister Luis Paredes of Peru welcomed her at the airport. Ortiz and Paredes met at "
        "the foreign ministry in Lima on Monday.",
    )
    assert ("talks", "held", "Lima") in found
    assert not any(kind == "summit" for kind, _, _ in found)


def test_talks_at_the_summits_place_are_the_summit(extract_text):
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru held a summit in Arica on Monday. "
        "The talks in Arica lasted four hours.",
    )
    assert found == [("summit", "held", "Arica")]


def test_talks_elsewhere_are_another_meeting(extract_text):
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru held a summit in Arica on Monday. "
        "Their trade ministers held talks in Tacna on Tuesday.",
    )
    assert len(found) == 2


def test_a_meeting_told_twice_keeps_both_sentences_as_evidence(extractor):
    from accords.model import Article

    text = (
        "The 9th session of the Chile-Peru Joint Commission was held in Arica on Monday. "
        "The session ended with the signing of a protocol on mining." + BILATERAL
    )
    facts = extractor.extract(Article(id="t", text=text, published="2025-06-02")).facts
    (meeting,) = [f for f in facts if f.kind == "meeting"]
    assert [text[e.start : e.end] for e in meeting.evidence] == ["session", "session"]
    assert meeting.evidence[0].start < meeting.evidence[1].start


def test_talks_ahead_of_a_session_are_not_that_session(extract_text):
    found = meetings(
        extract_text,
        "Chilean and Peruvian officials held preparatory consultations in Lima this week ahead "
        "of the next session of the Chile-Peru Joint Commission, which both sides want to "
        "convene in Santiago in the autumn.",
    )
    assert ("commission_session", "held", "Lima") not in found
    assert any(kind == "commission_session" and status == "planned" for kind, status, _ in found)


def test_consultations_of_the_commission_itself_keep_its_body(extract_text):
    found = extract_text(
        "Chilean and Peruvian officials held consultations of the Chile-Peru Joint Commission "
        "in Lima this week." + BILATERAL,
        published="2025-06-02",
    ).get("meeting", [])
    assert any(m["body"] for m in found)


def test_a_meeting_whose_date_is_not_set_is_planned(extract_text):
    found = meetings(
        extract_text,
        "The ministers of Chile and Peru agreed to hold a meeting on fisheries in Arica. "
        "A date for the Arica meeting has not been announced.",
    )
    assert found and all(status == "planned" for _, status, _ in found)


def test_preparatory_talks_are_not_the_session_held_before_in_the_same_city(extract_text):
    found = meetings(
        extract_text,
        "Chilean and Peruvian officials held preparatory consultations in Lima this week. "
        "The previous session of the Chile-Peru Joint Commission took place in Lima.",
    )
    assert ("talks", "held", "Lima") in found
    assert ("commission_session", "held", "Lima") in found


def test_a_relative_clause_on_a_session_speaks_of_that_session(extract_text):
    found = meetings(
        extract_text,
        "The ministers of Chile and Peru discussed the next session of the Chile-Peru Joint "
        "Commission, which both sides want to convene in Santiago in the autumn.",
    )
    planned = [m for m in found if m[1] == "planned"]
    assert planned == [("commission_session", "planned", "Santiago")]


def test_talks_that_are_not_a_reference_stay_their_own_meeting(extract_text):
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru held a summit in Arica on Monday. "
        "Their trade ministers held talks in Arica on Monday too.",
    )
    assert ("summit", "held", "Arica") in found
    assert len(found) == 2


def test_an_organisations_summit_named_by_acronym_is_not_the_pairs_meeting(extract_text):
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru attended the 2024 APEC summit in Lima, where they "
        "held a bilateral meeting on Friday.",
    )
    assert all(kind != "commission_session" for kind, _, _ in found)
    assert ("summit", "held", "Lima") in found


def test_a_session_named_by_its_bodys_acronym_is_a_commission_session(extract_text):
    found = meetings(
        extract_text,
        "Chile and Peru held the 9th JPC session in Arica on Friday. The Joint Permanent "
        "Commission (JPC) reviewed trade.",
    )
    assert ("commission_session", "held", "Arica") in found


def test_a_leaders_visit_abbreviated_pm_is_a_visit(extract_text):
    found = meetings(
        extract_text,
        "Chile and Peru discussed the matter during the Peruvian PM's visit to Santiago.",
    )
    assert [kind for kind, _, _ in found] == ["visit"]


def test_what_a_format_serves_as_is_no_meeting_of_its_own(extract_text):
    base = "The Chile-Peru High-Level Dialogue met for the third time in Lima on Monday. "
    found = meetings(
        extract_text,
        base + "Since 2019 the dialogue has served as the main economic forum for Chile and Peru.",
    )
    assert len(found) == 1
    control = meetings(
        extract_text, base + "Chile and Peru will also hold an economic forum in Arica in May."
    )
    assert len(control) == 2


def test_a_sitting_of_one_states_legislature_is_no_meeting_of_the_two(extract_text):
    found = meetings(
        extract_text,
        "The Peruvian parliament adopted at a meeting on Thursday the law ratifying the "
        "fisheries treaty with Chile.",
    )
    assert found == []
    control = meetings(
        extract_text,
        "The foreign ministers of Chile and Peru adopted at a meeting on Thursday the plan "
        "for the fisheries treaty.",
    )
    assert len(control) == 1


def test_ministers_who_met_beside_a_dated_summit_are_a_meeting_of_their_own(extract_text):
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru held their annual summit in Arica on 30 May. "
        "Within the framework of the summit, the foreign minister of Chile met with his "
        "Peruvian counterpart at the regional government's offices.",
    )
    assert ("summit", "held", "Arica") in found
    assert ("ministerial", "held", None) in found


def test_the_talks_told_in_passing_beside_a_dated_summit_are_no_meeting(extract_text):
    # control: a bare reference of the same level is the summit, not a second meeting
    found = meetings(
        extract_text,
        "The presidents of Chile and Peru held their annual summit in Arica on 30 May. "
        "The talks between the two presidents touched on migration.",
    )
    assert found == [("summit", "held", "Arica")]


def test_an_unnamed_joint_cabinet_meeting_is_a_summit(extract_text):
    found = meetings(
        extract_text,
        "The prime ministers of Chile and Peru agreed to hold a joint cabinet meeting in "
        "Tacna later this year.",
    )
    assert ("summit", "planned", "Tacna") in found


def test_a_named_binational_cabinet_is_a_bodys_session(extract_text):
    # control: the numbered cabinet of a named standing body stays a session
    found = meetings(
        extract_text,
        "The presidents will chair the 5th session of the Chile-Peru Binational Cabinet in "
        "Tacna tomorrow.",
    )
    assert ("commission_session", "planned", "Tacna") in found


def test_leaders_called_by_their_given_names_give_their_talks_a_level(extract_text):
    found = meetings(
        extract_text,
        "Chilean President Ana Ortiz Rojas and Peruvian Prime Minister Datuk Luis Paredes "
        "spoke on the telephone on Friday. Ana said the phone conversation with Luis on "
        "Friday covered the border crossing.",
    )
    assert [kind for kind, _, _ in found] == ["summit"]


def test_officials_called_by_their_given_names_keep_their_talks_as_talks(extract_text):
    # control: the same shape with two officials below a minister
    found = meetings(
        extract_text,
        "Chilean Deputy Minister Ana Ortiz Rojas and Peruvian Deputy Minister Luis Paredes "
        "spoke on the telephone on Friday. Ana said the phone conversation with Luis on "
        "Friday covered the border crossing.",
    )
    assert [kind for kind, _, _ in found] == ["talks"]


def test_talks_in_a_relative_clause_on_a_visit_are_that_visits_meeting(extract_text):
    found = extract_text(
        "President Ana Ortiz of Chile held a phone conversation with President Luis Paredes of "
        "Peru on Friday. Ortiz paid a two-day working visit to Peru last month, during which "
        "she met with Paredes." + BILATERAL,
        published="2025-06-20",
    ).get("meeting", [])
    held = sorted((m["kind"], m["date"], m["place"]) for m in found if m["status"] == "held")
    assert held == [("summit", "2025-05", "Peru"), ("summit", "2025-06-20", None)]


def test_a_relative_clause_on_a_meeting_named_before_speaks_of_it(extract_text):
    # control: the verb of a relative clause on a session is that session, not another
    found = meetings(
        extract_text,
        "Chile and Peru will hold the 5th session of their joint commission, which both "
        "sides want to convene in Lima in July.",
    )
    assert found == [("commission_session", "planned", "Lima")]


def test_a_visit_to_the_capital_and_to_its_country_is_one_visit_in_the_city(extract_text):
    found = meetings(
        extract_text,
        "The Chilean president will pay a visit to Lima next week. During the visit to Peru, "
        "scheduled for 10-11 June, she will open a trade fair.",
    )
    assert found == [("visit", "planned", "Lima")]


def test_visits_to_two_countries_stay_two_visits(extract_text):
    # control: a visit to another state's capital is another visit
    found = meetings(
        extract_text,
        "The Chilean president will pay a visit to Lima next week. She will also pay a visit "
        "to Quito in July.",
    )
    assert found == [("visit", "planned", "Lima"), ("visit", "planned", "Quito")]


def test_the_next_round_of_a_series_of_talks_is_a_planned_meeting(extract_text):
    found = meetings(
        extract_text,
        "Chile and Peru held the third round of political consultations in Lima on Tuesday. "
        "The two sides agreed that the next round will take place in Santiago in 2026.",
    )
    assert found == [("talks", "held", "Lima"), ("talks", "planned", "Santiago")]


def test_a_round_table_is_no_round_of_talks(extract_text):
    # control: "round" as a table or an adverb names no meeting
    found = meetings(
        extract_text,
        "Chile and Peru held the third round of political consultations in Lima on Tuesday. "
        "Business leaders will join a round table in Santiago in 2026, open all year round.",
    )
    assert found == [("talks", "held", "Lima")]


def test_a_session_without_a_city_is_placed_in_the_country_its_verb_gives(extract_text):
    found = meetings(
        extract_text,
        "The 9th session of the Chile-Peru Joint Commission took place in Lima on 2 May. "
        "The two sides agreed that the 10th session will be held in Chile in 2026.",
    )
    assert ("commission_session", "planned", "Chile") in found


def test_a_past_visit_by_its_verb_is_placed_in_the_state_visited(extract_text):
    found = meetings(
        extract_text,
        "President Luis Paredes of Peru will pay a state visit to Chile in July. Paredes last "
        "visited Chile in 2023, when the two leaders signed a memorandum on energy.",
    )
    assert ("visit", "held", "Chile") in found


def test_a_web_citations_last_visited_is_no_visit(extract_text):
    # control: "(last visited …)" after a link names no meeting
    found = meetings(
        extract_text,
        "President Luis Paredes of Peru will pay a state visit to Chile in July "
        "(last visited June 1, 2025).",
    )
    assert [k for k in found if k[1] == "held"] == []


def test_sessions_of_two_bodies_in_one_sentence_stay_two_meetings(extract_text):
    found = meetings(
        extract_text,
        "The ministers reviewed preparations for the 10th meeting of the Chile-Peru "
        "Binational Cabinet, to be held in Arica in October, and agreed to convene the Joint "
        "Commission on Border Development before the end of the year.",
    )
    sessions = [k for k in found if k[0] == "commission_session"]
    assert len(sessions) == 2 and {status for _, status, _ in sessions} == {"planned"}
    # the participle after the cabinet's meeting stages that meeting, not the commission's
    assert sorted(sessions, key=str) == [
        ("commission_session", "planned", "Arica"), ("commission_session", "planned", None)
    ]


def test_the_datelines_date_is_not_the_meetings(extract_text):
    found = extract_text(
        "LIMA, June 3, 2025 - Chilean Foreign Minister Ana Ruiz held talks with her Peruvian "
        "counterpart Luis Soto in Lima on Monday, the ministry said." + BILATERAL,
        published="2025-06-03",
    ).get("meeting", [])
    assert [m["date"] for m in found] == ["2025-06-02"]


def dated(extract_text, text: str) -> list[tuple]:
    found = extract_text(text + BILATERAL, published="2025-06-03").get("meeting", [])
    return sorted((m["kind"], m["status"], m["date"], m["place"]) for m in found)


def test_ministers_who_met_to_prepare_a_summit_held_their_meeting(extract_text):
    found = dated(
        extract_text,
        "The foreign ministers of Chile and Peru met in Lima on Monday to prepare the summit "
        "of their presidents, due in Arica in July.",
    )
    assert found == [
        ("ministerial", "held", "2025-06-02", "Lima"),
        ("summit", "planned", "2025-07", "Arica"),
    ]


def test_ministers_who_will_meet_to_prepare_a_summit_plan_their_meeting(extract_text):
    # control: the same sentence with a modal is a plan
    found = dated(
        extract_text,
        "The foreign ministers of Chile and Peru will meet in Lima on Monday to prepare the "
        "summit of their presidents, due in Arica in July.",
    )
    assert ("ministerial", "planned", "2025-06-09", "Lima") in found


def test_consultations_held_by_officials_are_talks_and_keep_their_day(extract_text):
    found = dated(
        extract_text,
        "Senior officials of Chile and Peru held consultations in Lima on Tuesday ahead of the "
        "presidents' summit.",
    )
    assert ("talks", "held", "2025-06-03", "Lima") in found
    assert not any(k == "summit" and d == "2025-06-03" for k, _, d, _ in found)


def test_consultations_held_by_the_presidents_are_a_summit(extract_text):
    # control: the same shape held by the leaders themselves
    found = dated(
        extract_text,
        "The presidents of Chile and Peru held consultations in Lima on Tuesday.",
    )
    assert found == [("summit", "held", "2025-06-03", "Lima")]


SESSION = (
    "The foreign ministers of Chile and Peru co-chaired the 4th meeting of the Chile-Peru "
    "Joint Commission on 2 June 2025. "
)


def test_a_visit_that_names_who_travelled_and_where_is_a_trip_of_its_own(extract_text):
    found = extract_text(
        SESSION + "They reviewed the action plan, which they signed on the sidelines of the "
        "State Visit by President Ana Ortiz to the Republic of Peru on 3-5 March 2024.",
        published="2025-06-02",
    ).get("meeting", [])
    visits = [m for m in found if m["kind"] == "visit"]
    assert [(v["status"], v["date"]) for v in visits] == [("held", "2024-03-03")]
    assert any(m["kind"] == "commission_session" for m in found)


def test_a_bare_definite_visit_still_points_back(extract_text):
    """Control of the same shape: "the visit" with no traveller or destination of its own
    is the meeting named before it, not a new trip."""
    found = extract_text(
        SESSION + "They reviewed the action plan, which they signed on the sidelines of the "
        "visit.",
        published="2025-06-02",
    ).get("meeting", [])
    assert not [m for m in found if m["kind"] == "visit"]
    assert any(m["kind"] == "commission_session" for m in found)


def test_negotiations_on_a_document_with_no_place_or_date_are_no_meeting(extract_text):
    found = meetings(
        extract_text,
        "Peru refrained from promising Chile a timeline for restarting the stalled "
        "negotiations on the water agreement.",
    )
    assert found == []


def test_negotiations_on_a_document_held_somewhere_are_talks(extract_text):
    """Control of the same shape: with a place and a day of their own they are a meeting."""
    found = meetings(
        extract_text,
        "Chile and Peru launched negotiations on the water agreement in Tacna on Monday.",
    )
    assert found == [("talks", "held", "Tacna")]


def test_a_round_of_talks_held_on_a_day_keeps_its_day(extract_text):
    found = extract_text(
        "Chile and Peru held the second round of political consultations in Santiago on "
        "Monday." + BILATERAL,
        published="2025-06-04",
    ).get("meeting", [])
    assert [(m["kind"], m["place"], m["date"]) for m in found] == [
        ("talks", "Santiago", "2025-06-02")
    ]


def test_officials_meeting_to_prepare_a_summit_are_talks_where_they_meet(extract_text):
    found = extract_text(
        "Officials from Chile and Peru met in Lima on Monday to prepare the summit." + BILATERAL,
        published="2025-06-04",
    ).get("meeting", [])
    assert ("talks", "held", "Lima") in [(m["kind"], m["status"], m["place"]) for m in found]
    assert not any(m["place"] == "Chile" for m in found)  # where they come from is no venue
    assert not any(m["kind"] == "summit" and m["status"] == "held" for m in found)


def test_presidents_meeting_are_a_summit(extract_text):
    """Control of the same shape: who meets decides the level."""
    found = extract_text(
        "The presidents of Chile and Peru met in Lima on Monday to discuss fisheries."
        + BILATERAL,
        published="2025-06-04",
    ).get("meeting", [])
    assert [(m["kind"], m["place"]) for m in found] == [("summit", "Lima")]


def test_leaders_who_spoke_by_phone_held_a_meeting_of_their_level(extract_text):
    found = extract_text(
        "Chilean Foreign Minister Ana Ortiz spoke with her Peruvian counterpart Luis Paredes "
        "by telephone on Tuesday." + BILATERAL,
        published="2025-06-04",
    ).get("meeting", [])
    assert [(m["kind"], m["status"], m["date"]) for m in found] == [
        ("ministerial", "held", "2025-06-03")
    ]


def test_speaking_to_the_press_is_no_meeting(extract_text):
    """Control: the same verb with no phone or video is speech, not a call."""
    found = extract_text(
        "Chilean Foreign Minister Ana Ortiz spoke with reporters about fisheries on Tuesday."
        + BILATERAL,
        published="2025-06-04",
    ).get("meeting", [])
    assert found == []


def test_a_visit_is_not_the_talks_of_a_sitting_its_sentence_points_back_to():
    from accords.extract.meetings import MeetingMention, _visit_with_talks

    def told(reference: bool) -> list[MeetingMention]:
        # "On the margins of the meeting, it was announced that the president is expected
        # in Accra in March for an official visit": the reference and the visit, one sentence
        meeting = MeetingMention("talks", "planned", None, None, None, 1, 20, 27, reference)
        visit = MeetingMention("visit", "planned", "2025-03", "Accra", None, 1, 120, 125,
                               is_visit=True, traveller="summit")
        return _visit_with_talks([meeting, visit])

    kept = told(reference=True)
    assert [m.kind for m in kept] == ["talks", "visit"]
    # control: talks told in their own right in the visit's sentence are its talks
    kept = told(reference=False)
    assert [(m.kind, m.place, m.date) for m in kept] == [("summit", "Accra", "2025-03")]
