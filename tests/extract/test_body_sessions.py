"""Which body a session belongs to, as news reports tell it (probe sentences written for
these rules; meetings.py ``_body_in``)."""


def meetings(extract_text, text: str, published: str = "2025-03-14") -> list[tuple]:
    found = extract_text(text, published=published).get("meeting", [])
    return sorted((m["kind"], m["status"], m["body"], m["place"]) for m in found)


def test_a_numbered_session_in_an_article_with_one_body_is_that_body_s(extract_text):
    text = (
        "Ghana and Burkina Faso have agreed to revive their Permanent Joint Commission for "
        "Cooperation. The 11th session would take place in Ouagadougou before the end of the "
        "year, the Ghanaian foreign minister told reporters."
    )
    body = "Permanent Joint Commission for Cooperation"
    assert ("commission_session", "planned", body, "Ouagadougou") in meetings(extract_text, text)


def test_a_numbered_meeting_between_people_is_no_body_s(extract_text):
    # control beside the rule above: same article shape, the numbered meeting is the leaders'
    text = (
        "Ghana and Burkina Faso have agreed to revive their Permanent Joint Commission for "
        "Cooperation. The first meeting between the two presidents would take place in "
        "Ouagadougou before the end of the year, the Ghanaian foreign minister said."
    )
    found = meetings(extract_text, text)
    assert [m for m in found if m[3] == "Ouagadougou"] == [
        ("summit", "planned", None, "Ouagadougou")
    ]


def test_its_next_meeting_is_the_body_s(extract_text):
    text = (
        "The Uzbek-Belarusian intergovernmental commission on trade and economic cooperation "
        "held its 14th meeting in Minsk on April 9, the ministry said. Its next meeting is "
        "scheduled for Tashkent in 2026."
    )
    body = "intergovernmental commission on trade and economic cooperation"
    found = meetings(extract_text, text, "2025-04-10")
    assert ("commission_session", "held", body, "Minsk") in found
    assert ("commission_session", "planned", body, "Tashkent") in found


def test_their_meeting_owned_by_people_is_not_the_body_s(extract_text):
    # control: the same article with a body; "their" here is the two presidents'
    text = (
        "Uzbekistan and Belarus reviewed the work of their intergovernmental commission on "
        "Monday. The two presidents held their first meeting in Tashkent on April 9."
    )
    found = meetings(extract_text, text, "2025-04-10")
    assert [m for m in found if m[3] == "Tashkent"] == [("summit", "held", None, "Tashkent")]


def test_a_session_owned_by_the_subject_body_of_its_clause(extract_text):
    text = (
        "Tanzania and Mozambique concluded the fourth session of their Permanent Commission "
        "of Defence and Security in Dar es Salaam on Saturday, and their Joint Trade Committee "
        "met as well. The Permanent Commission agreed that its fifth session would be hosted "
        "by Maputo."
    )
    found = meetings(extract_text, text, "2024-09-16")
    body = "Permanent Commission of Defence and Security"
    assert ("commission_session", "planned", body, "Maputo") in found


def test_a_relative_clause_s_meeting_verb_speaks_of_the_body_before_it(extract_text):
    text = (
        "Ghana and Burkina Faso have agreed to revive their Permanent Joint Commission for "
        "Cooperation, which last met in 2019."
    )
    found = extract_text(text, published="2025-02-03").get("meeting", [])
    assert [(m["kind"], m["status"], m["body"], m["date"]) for m in found] == [
        ("commission_session", "held", "Permanent Joint Commission for Cooperation", "2019")
    ]


def test_the_lower_case_commission_refers_to_the_article_s_one_commission(extract_text):
    text = (
        "Kazakhstan and Azerbaijan discussed transit through the Caspian ports on Monday. "
        "Officials said their intergovernmental commission for economic cooperation had drawn "
        "up a plan. The next meeting of the intergovernmental commission would be held in "
        "Astana in the autumn, the ministry said."
    )
    body = "intergovernmental commission for economic cooperation"
    found = meetings(extract_text, text, "2025-05-20")
    assert [m for m in found if m[3] == "Astana"] == [
        ("commission_session", "planned", body, "Astana")
    ]


def test_its_session_after_a_dateline_is_the_article_s_one_body_s(extract_text):
    # the parser may take the dateline for the clause's subject; "its" is still the body's
    text = (
        "Tunis, Oct 11 – The Tunisian-Algerian Great Joint Commission held its 23rd session in "
        "Algiers on Saturday under the chairmanship of the two prime ministers. Tunisia and "
        "Algeria signed several agreements."
    )
    found = meetings(extract_text, text, "2025-10-12")
    assert ("commission_session", "held", "Great Joint Commission", "Algiers") in found


def test_an_expert_group_is_a_working_group_and_the_group_is_its_short_form(extract_text):
    text = (
        "Water experts from Ghana and Burkina Faso met in Accra on Tuesday for the ninth "
        "meeting of the Ghanaian-Burkinabe Expert Group on the Volta Basin. The group, which "
        "brings together engineers from both countries, last met in Ouagadougou in May 2024. "
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation."
    )
    body = "Expert Group on the Volta Basin"  # the pair's names before it are not its own
    found = meetings(extract_text, text)
    assert ("working_group", "held", body, "Accra") in found
    assert ("working_group", "held", body, "Ouagadougou") in found


def test_a_committee_told_as_part_of_a_council_sits_as_a_working_group(extract_text):
    lead = "Ghana and Togo agreed in Accra to deepen their cooperation. "
    for told, body in (
        (
            "The two committees under the Council, the Committee on Trade and the Committee "
            "on Energy, met in Lomé last month.",
            "Committee on Trade",
        ),
        (
            "The Executive Committee of the Ghana-Togo Coordination Council met in Lomé last "
            "month.",
            "Executive Committee of the Ghana-Togo Coordination Council",
        ),
    ):
        found = meetings(extract_text, lead + told)
        assert ("working_group", "held", body, "Lomé") in found, told
    # control: a committee told as no part of another body sits as a session of its own
    told = "The Ghana-Togo Committee on Trade met in Lomé last month."
    found = meetings(extract_text, lead + told)
    assert ("commission_session", "held", "Committee on Trade", "Lomé") in found


def test_a_high_level_task_force_sits_as_a_principal_body(extract_text):
    text = (
        "Ghana and Togo held the 13th meeting of the Ghana-Togo High Level Joint Task Force "
        "on Investments in Accra on Thursday."
    )
    body = "High Level Joint Task Force on Investments"
    assert ("commission_session", "held", body, "Accra") in meetings(extract_text, text)
    # control: a task force of no such rank is a working group
    text = text.replace("High Level Joint Task Force", "Joint Task Force")
    body = "Joint Task Force on Investments"
    assert ("working_group", "held", body, "Accra") in meetings(extract_text, text)


def test_a_body_told_to_meet_is_the_one_that_meets(extract_text):
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The ministers "
        "instructed the Joint Working Group on Cross-Border Livestock to meet in Tamale next "
        "month to prepare new rules."
    )
    body = "Joint Working Group on Cross-Border Livestock"
    assert ("working_group", "planned", body, "Tamale") in meetings(extract_text, text)
    # control: with no one told to meet, those who agree meet themselves
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The ministers "
        "agreed to meet in Tamale next month to prepare new rules on the Joint Working Group "
        "on Cross-Border Livestock."
    )
    assert ("ministerial", "planned", None, "Tamale") in meetings(extract_text, text)


def test_where_a_past_deed_was_done_is_not_where_the_next_session_sits(extract_text):
    text = (
        "Ghana and Burkina Faso signed yesterday in Tamale a memorandum on cooperation in "
        "livestock, and agreed that a road agreement will be submitted for signature at the "
        "next session of the Joint Commission for Cooperation."
    )
    body = "Joint Commission for Cooperation"
    assert ("commission_session", "planned", body, None) in meetings(extract_text, text)
    # control: the session's own place
    text = (
        "Ghana and Burkina Faso signed yesterday in Tamale a memorandum on cooperation in "
        "livestock, and agreed that the next session of the Joint Commission for Cooperation "
        "will be held in Tamale."
    )
    assert ("commission_session", "planned", body, "Tamale") in meetings(extract_text, text)


def test_a_meeting_named_in_what_was_done_during_another_is_its_own(extract_text):
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The foreign "
        "ministers held a telephone conversation on Monday, during which they reviewed the "
        "preparation of the autumn session of the Joint Commission for Cooperation."
    )
    found = meetings(extract_text, text)
    assert ("ministerial", "held", None, None) in found
    assert ("commission_session", "planned", "Joint Commission for Cooperation", None) in found
    # control: the body that holds the meeting gives it its kind
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The Joint "
        "Commission for Cooperation held its session on Monday, during which the ministers "
        "reviewed trade."
    )
    body = "Joint Commission for Cooperation"
    assert ("commission_session", "held", body, None) in meetings(extract_text, text)


def test_a_body_that_is_to_meet_is_the_one_that_meets(extract_text):
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The Joint "
        "Commission for Cooperation, which has not sat since its session in Accra in 2019, "
        "is to meet again in Tamale early next year."
    )
    body = "Joint Commission for Cooperation"
    assert ("commission_session", "planned", body, "Tamale") in meetings(extract_text, text)
    # control: ministers who are to meet meet as ministers
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation under their "
        "Joint Commission for Cooperation. The foreign ministers are to meet again in Tamale "
        "early next year."
    )
    assert ("ministerial", "planned", None, "Tamale") in meetings(extract_text, text)


def test_a_meeting_that_did_something_took_place(extract_text):
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. The texts had "
        "been prepared on Monday by a meeting of experts of the two countries in Tamale."
    )
    assert ("talks", "held", None, "Tamale") in meetings(extract_text, text)
    # control: a meeting that will prepare something is still to come
    text = (
        "Ghana and Burkina Faso agreed to deepen their bilateral cooperation. A meeting of "
        "experts of the two countries will prepare the texts in Tamale next month."
    )
    assert ("talks", "planned", None, "Tamale") in meetings(extract_text, text)


def test_a_standing_dialogue_named_as_one_of_its_sittings_is_that_body_s_session(extract_text):
    # numbered, held, or a round of it: the dialogue sits
    text = (
        "Chile and Peru met for the second Chile–Peru Policy Dialogue, held in Lima on "
        "Tuesday. Chile and Peru agreed to expand their cooperation in mining. It was agreed "
        "that the third Policy Dialogue would be held in Santiago next year."
    )
    assert meetings(extract_text, text) == [
        ("commission_session", "held", "Policy Dialogue", "Lima"),
        ("commission_session", "planned", "Policy Dialogue", "Santiago"),
    ]
    text = (
        "Chile and Peru closed the third round of the Chile-Peru Strategic Dialogue in Lima. "
        "Chile and Peru agreed to expand their cooperation in mining."
    )
    assert meetings(extract_text, text) == [
        ("commission_session", "held", "Strategic Dialogue", "Lima")
    ]


def test_a_standing_dialogue_named_as_the_format_itself_does_not_sit(extract_text):
    # the format of the test above, told as what it is: no sitting of it
    text = (
        "Chile and Peru signed a memorandum in Lima on Tuesday. The Chile–Peru Policy "
        "Dialogue, a format launched in 2022, brings the two foreign ministries together."
    )
    assert [m for m in meetings(extract_text, text) if m[2]] == []
    # control: the same format named as a sitting is found
    text = (
        "Chile and Peru signed a memorandum in Lima on Tuesday. The Chile–Peru Policy "
        "Dialogue, a format launched in 2022, was held in Lima on Tuesday."
    )
    assert [m for m in meetings(extract_text, text) if m[2]] == [
        ("commission_session", "held", "Policy Dialogue", "Lima")
    ]


def test_a_body_s_head_word_numbered_is_one_of_its_sittings(extract_text):
    text = (
        "The fourth meeting of the Chile-Peru Ministerial Forum was held in Lima on Monday, "
        "the first since the third forum met in Santiago in 2022. Chile and Peru agreed to "
        "expand cooperation in mining. The fifth forum is to be held in Arica next year."
    )
    body = "Ministerial Forum"
    assert meetings(extract_text, text) == [
        ("commission_session", "held", body, "Lima"),
        ("commission_session", "held", body, "Santiago"),
        ("commission_session", "planned", body, "Arica"),
    ]


def test_a_numbered_word_that_heads_no_body_is_no_sitting_of_one(extract_text):
    # control beside the rule above: the numbered word is another meeting's
    text = (
        "The fourth meeting of the Chile-Peru Ministerial Forum was held in Lima on Monday. "
        "Chile and Peru agreed to expand cooperation in mining. The fifth summit of the two "
        "presidents is to be held in Arica next year."
    )
    assert ("summit", "planned", None, "Arica") in meetings(extract_text, text)


def test_the_format_that_met_is_the_article_s_one_standing_format(extract_text):
    text = (
        "Chile and Peru held the second Chile-Peru Policy Dialogue in Lima on Tuesday, "
        "resuming a format that had last convened in Santiago in 2023."
    )
    found = meetings(extract_text, text, "2025-03-14")
    assert ("commission_session", "held", "Policy Dialogue", "Santiago") in found
    # control: with two bodies, "the format" names neither
    text = (
        "Chile and Peru held the second Chile-Peru Policy Dialogue in Lima on Tuesday, and "
        "their Joint Commission also met, resuming a format that had last convened in "
        "Santiago in 2023."
    )
    earlier = [m for m in meetings(extract_text, text, "2025-03-14") if m[3] == "Santiago"]
    assert [m[2] for m in earlier] == [None]


def test_next_or_an_ordinal_standing_for_the_meeting_just_told_is_its_next_sitting(extract_text):
    body = "Joint Commission"
    for then in ("The next will take place in Arica in 2026.", "The 7th is expected in Arica in 2026."):
        text = (
            "Chile and Peru agreed to expand cooperation in mining. The sixth session of the "
            "Chile-Peru Joint Commission was held in Lima in May. " + then
        )
        assert ("commission_session", "planned", body, "Arica") in meetings(extract_text, text), then


def test_next_standing_alone_after_no_meeting_is_none(extract_text):
    # control beside the test above: with the meeting word, the same sentence is a sitting
    lead = (
        "Chile and Peru agreed to expand cooperation in mining. Trade between them grew in "
        "May, officials in Lima said. "
    )
    assert meetings(extract_text, lead + "The next will take place in Arica in 2026.") == []
    found = meetings(extract_text, lead + "The next summit will take place in Arica in 2026.")
    assert found == [("summit", "planned", None, "Arica")]


def test_a_body_that_has_not_met_since_a_time_last_met_then(extract_text):
    lead = "Chile and Peru agreed to revive the Chile-Peru Joint Commission. "
    body = "Joint Commission"
    found = meetings(extract_text, lead + "The commission has not met since 2019.")
    assert found == [("commission_session", "held", body, None)]
    found = extract_text(
        lead + "The commission has not met since its session in Arica in 2018.",
        published="2025-03-14",
    ).get("meeting", [])
    assert [(m["status"], m["date"], m["place"]) for m in found] == [("held", "2018", "Arica")]


def test_a_body_that_has_not_met_is_no_sitting(extract_text):
    # control beside the test above: denied with no time since, no sitting is told
    lead = "Chile and Peru agreed to revive the Chile-Peru Joint Commission. "
    assert meetings(extract_text, lead + "The commission has not met.") == []


def test_an_earlier_round_of_the_format_by_its_number_is_a_sitting_of_its_own(extract_text):
    lead = (
        "ACCRA, March 5 (Wire) - Ghana and Togo signed a memorandum on fisheries on Wednesday "
        "at the close of the third round of the Ghana-Togo Strategic Dialogue, held in Kpalimé. "
    )
    found = meetings(extract_text, lead + "The second round of the dialogue took place in Lomé.")
    assert [m[3] for m in found] == ["Kpalimé", "Lomé"]
    # control: the round just told, by its own number, is still that round
    found = meetings(extract_text, lead + "The third round of the dialogue ran for two days.")
    assert [m[3] for m in found] == ["Kpalimé"]


def test_an_ordinal_a_clause_of_staging_describes_is_a_sitting_of_the_series(extract_text):
    text = (
        "The fifth session of the Ghana-Togo Joint Economic Commission closed on Wednesday in "
        "Kpalimé, four years after the fourth, which had been held in Lomé in 2021."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert sorted((m["body"], m["date"], m["place"]) for m in found) == [
        ("Joint Economic Commission", "2021", "Lomé"),
        ("Joint Economic Commission", "2025-03-05", "Kpalimé"),
    ]
    # control: an ordinal a clause of another verb describes is no sitting
    text = text.replace("which had been held in Lomé in 2021", "which had ended in deadlock")
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert [(m["date"], m["place"]) for m in found] == [("2025-03-05", "Kpalimé")]


def test_an_ordinal_standing_as_the_subject_of_met_is_a_sitting_of_the_series(extract_text):
    lead = "The Ghana-Togo Joint Economic Commission held its fifth session in Kpalimé on Monday. "
    found = extract_text(
        lead + "It was the first session since the fourth met in Lomé in 2021.",
        published="2025-03-05",
    )["meeting"]
    assert sorted((m["kind"], m["body"], m["date"], m["place"]) for m in found) == [
        ("commission_session", "Joint Economic Commission", "2021", "Lomé"),
        ("commission_session", "Joint Economic Commission", "2025-03-03", "Kpalimé"),
    ]
    # control: a subject that is no sitting meets in its own right, in a meeting of its own
    found = extract_text(
        lead + "It was the first session since the ministers met in Lomé in 2021.",
        published="2025-03-05",
    )["meeting"]
    assert ("ministerial", None, "2021", "Lomé") in [
        (m["kind"], m["body"], m["date"], m["place"]) for m in found
    ]


def test_one_placed_in_the_series_that_a_verb_stages_is_a_sitting_of_it(extract_text):
    lead = "The Ghana-Togo Joint Economic Commission held its fifth session in Kpalimé on Monday. "
    body = "Joint Economic Commission"
    for then, status, date in (
        ("The previous one was held in Lomé in 2021.", "held", "2021"),
        ("The next one will take place in Lomé in 2027.", "planned", "2027"),
    ):
        found = extract_text(lead + then, published="2025-03-05")["meeting"]
        assert ("commission_session", status, body, date, "Lomé") in [
            (m["kind"], m["status"], m["body"], m["date"], m["place"]) for m in found
        ], then
    # control: "one" of the series that no verb of staging tells is no sitting
    found = extract_text(lead + "The previous one was more productive.", published="2025-03-05")
    assert [m["place"] for m in found["meeting"]] == ["Kpalimé"]


def test_it_that_meets_is_the_body_named_just_before(extract_text):
    text = (
        "Chile and Peru agreed to revive the Chile-Peru Joint Commission, which will meet in "
        "Lima in October. It last met in Arica in 2019."
    )
    assert ("commission_session", "held", "Joint Commission", "Arica") in meetings(
        extract_text, text
    )
    # control: with no body named before, what "it" stands for meets in talks of its own
    text = (
        "Chile and Peru agreed to expand trade. The Chilean trade delegation arrived in Peru "
        "on Monday. It met Peruvian officials in Arica on Tuesday."
    )
    assert [m for m in meetings(extract_text, text) if m[3] == "Arica"] == [
        ("talks", "held", None, "Arica")
    ]


def test_a_body_that_sat_held_a_session_people_who_sat_held_none(extract_text):
    lead = "Chile and Peru agreed to expand trade in copper. "
    text = lead + "The Chile-Peru Joint Commission, which last sat in Arica in 2019, meets again."
    assert ("commission_session", "held", "Joint Commission", "Arica") in meetings(
        extract_text, text
    )
    # control: people who sit down, or sit next to each other, hold no sitting
    text = lead + "The Chilean minister sat next to the Peruvian minister at a dinner in Arica."
    assert [m for m in meetings(extract_text, text) if m[3] == "Arica"] == []


def test_a_sitting_celebrated_as_translated_reports_say_was_held(extract_text):
    lead = "The Ghana-Togo Joint Economic Commission held its fifth session in Kpalimé on Monday. "
    found = extract_text(
        lead + "It comes four years after the fourth, which was celebrated in Lomé in 2021.",
        published="2025-03-05",
    )["meeting"]
    assert ("Joint Economic Commission", "2021", "Lomé") in [
        (m["body"], m["date"], m["place"]) for m in found
    ]
    # control: what was celebrated when no sitting stands for it is no sitting
    found = extract_text(
        lead + "It comes four years after the fourth anniversary of their ties was celebrated "
        "in Lomé in 2021.",
        published="2025-03-05",
    )["meeting"]
    assert [m["place"] for m in found] == ["Kpalimé"]


def test_its_previous_session_is_not_the_undescribed_sitting_the_story_tells(extract_text):
    lead = (
        "Chile and Peru agreed to expand trade in copper. The seventh session of the Chile-Peru "
        "Joint Commission is over, and documents were signed. "
    )
    def places(text: str) -> list[str | None]:
        found = extract_text(text, published="2025-03-14").get("meeting", [])
        return [m["place"] for m in found]

    assert places(lead + "Its previous session was held in Arica in 2024.") == [None, "Arica"]
    # control: the sitting told again without "previous" is the same one
    assert places(lead + "The session was held in Arica this week.") == ["Arica"]


def test_last_year_in_a_clause_before_a_planned_sitting_leaves_it_planned(extract_text):
    lead = "Chile and Peru agreed to expand trade in copper. "
    text = lead + (
        "The Chile-Peru Joint Commission, which held its sixth session in Arica in October "
        "last year, will meet in Cusco in the second half of this year."
    )
    found = meetings(extract_text, text)
    assert ("commission_session", "planned", "Joint Commission", "Cusco") in found
    assert ("commission_session", "held", "Joint Commission", "Arica") in found
    # control: a sitting told as held last year stays held
    found = meetings(extract_text, lead + "The Chile-Peru Joint Commission met in Cusco last year.")
    assert found == [("commission_session", "held", "Joint Commission", "Cusco")]


def test_the_state_that_will_host_a_sitting_in_its_own_clause_is_its_place(extract_text):
    lead = (
        "The fourth session of the Ghana-Togo Joint Commission closed in Accra on Friday. "
        "They asked the ministries to finalise the text so that it may be signed at the fifth "
        "session of the commission, which Togo will host in 2027."
    )
    found = meetings(extract_text, lead, "2025-05-03")
    assert ("commission_session", "planned", "Joint Commission", "Togo") in found
    # control: a clause of another verb names no venue
    found = meetings(extract_text, lead.replace("will host", "will chair"), "2025-05-03")
    assert ("commission_session", "planned", "Joint Commission", None) in found


def test_a_sitting_realised_in_a_year_is_dated_to_it_as_one_held_there(extract_text):
    text = (
        "Ghana and Togo closed the XIV Meeting of the Ghana-Togo Border Committee yesterday in "
        "Aflao. The committee had not met since its XIII meeting, realised in Kara in 2021. "
        "Ghana and Togo agreed to deepen their bilateral cooperation in trade."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("2021", "Kara") in [(m["date"], m["place"]) for m in found]
    # control: the same sitting "held" there is dated the same way
    text = text.replace("realised in Kara", "held in Kara")
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("2021", "Kara") in [(m["date"], m["place"]) for m in found]


def test_a_commission_reconvened_somewhere_sits_there(extract_text):
    text = (
        "Kenya and Uganda signed three memoranda on trade cooperation in Nairobi on Monday. "
        "The Kenya-Uganda Joint Economic Commission, which has not met since 2018, will be "
        "reconvened in Kampala next year."
    )
    found = extract_text(text, published="2024-10-15")["meeting"]
    assert ("planned", "2025", "Kampala") in [(m["status"], m["date"], m["place"]) for m in found]
    # control: the same shape with "convened" sits there too
    found = extract_text(text.replace("reconvened", "convened"), published="2024-10-15")["meeting"]
    assert ("planned", "2025", "Kampala") in [(m["status"], m["date"], m["place"]) for m in found]
