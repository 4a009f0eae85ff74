"""Quotes and who said them, on sentences written for these tests."""

TEXT = (
    "Foreign Minister Aisha Bello of Nigeria and her Ghanaian counterpart Kwame Mensah "
    "met in Abuja on Monday to review the Nigeria-Ghana Joint Commission.\n\n"
    "Minister Bello said the talks had gone well.\n\n"
    "“Our two countries will sign a new trade agreement before the end of the year,” she said.\n\n"
    "Kwame Mensah stressed the role of young people, saying:\n"
    "“Every student who crosses this border builds the partnership we want.”\n\n"
    "“Great,” said Mensah."
)


def test_pronoun_speaker_is_the_person_named_last(extract_text):
    statements = extract_text(TEXT)["statement"]
    first = statements[0]
    assert first["speaker"] == "Aisha Bello"
    assert first["quote_start"].startswith("Our two countries will sign")


def test_attribution_before_a_quote_on_its_own_line(extract_text):
    statements = extract_text(TEXT)["statement"]
    assert any(
        s["speaker"] == "Kwame Mensah" and s["quote_start"].startswith("Every student")
        for s in statements
    )


def test_short_quotes_are_not_statements(extract_text):
    statements = extract_text(TEXT)["statement"]
    assert all(not s["quote_start"].startswith("Great") for s in statements)
    assert len(statements) == 2


def test_an_interrupted_quote_is_one_statement_of_the_last_speaker(extract_text):
    text = (
        "President Ana Lopez of Chile received Foreign Minister Hugo Diaz of Peru in Santiago. "
        "Later, Lopez said the border treaty was working.\n\n"
        "“The border between Chile and Peru is open for trade,” she remarked, “and it will stay open "
        "for our farmers.”"
    )
    statements = extract_text(text)["statement"]
    assert [(s["speaker"], s["quote_start"].split()[0]) for s in statements] == [
        ("Ana Lopez", "The")
    ]


def test_a_heading_line_is_not_part_of_the_speaker_name(extract_text):
    text = (
        "Foreign Minister Hugo Diaz of Peru met his Chilean counterpart in Lima.\n"
        "Strong Partnership\n"
        "Hugo Diaz stressed the friendship between Peru and Chile, stating,\n"
        "“Peru and Chile share an ocean and a future together.”"
    )
    statements = extract_text(text)["statement"]
    assert statements[0]["speaker"] == "Hugo Diaz"


def test_said_that_before_a_quote(extract_text):
    text = (
        "Chile and Peru signed a fisheries protocol in Lima. Chilean Foreign Minister Ana Ruiz "
        "said that “we will not accept any unilateral change to the maritime boundary.”"
    )
    statement = extract_text(text)["statement"][0]
    assert statement["speaker"] == "Ana Ruiz"
    assert statement["quote_start"].startswith("we will not accept any unilateral")


def test_a_quote_paragraph_left_open_takes_the_speaker_of_the_paragraph_before(extract_text):
    text = (
        "Chile and Peru held the fifth session of their Joint Commission in Lima.\n\n"
        "Chilean Foreign Minister Ana Ruiz said the drought had hit both countries hard.\n\n"
        "“These are the effects of a changing climate across the whole Andean region and "
        "neither Chile nor Peru has been spared.\n\n"
        "“We must act together,” she added."
    )
    statements = extract_text(text)["statement"]
    first = next(s for s in statements if s["quote_start"].startswith("These are the effects"))
    assert first["speaker"] == "Ana Ruiz"


def test_according_to_him_is_the_last_one_named_as_speaking(extract_text):
    text = (
        "Chile and Peru signed six agreements, Pablo Reyes, the Special Adviser on Media to the "
        "Chilean President, has said. Reyes stated this after the talks between President "
        "Gabriel Boric and President Dina Boluarte in Lima.\n\n"
        "According to him, a seventh agreement will be signed later.\n\n"
        "“Six bilateral agreements were signed and they are listed as follows; one is on mining."
    )
    statements = extract_text(text)["statement"]
    assert [s["speaker"] for s in statements] == ["Pablo Reyes"]


PAIR = "Chile and Peru signed an agreement on fisheries in Lima on Monday.\n\n"


def test_straight_single_quotes_mark_a_quote(extract_text):
    found = extract_text(
        PAIR + "Chilean Foreign Minister Ana Ortiz said, 'Our two countries have taken a "
        "big step forward today.'"
    ).get("statement", [])
    assert [(s["speaker"], s["quote_start"][:17]) for s in found] == [
        ("Ana Ortiz", "Our two countries")
    ]


def test_an_apostrophe_of_a_plural_possessive_opens_no_quote(extract_text):
    """Control: 'the ministers' talks … the countries' fleets' has two apostrophes and no
    quote between them."""
    found = extract_text(
        PAIR + "Chilean Foreign Minister Ana Ortiz said the ministers' talks covered the "
        "two countries' fishing fleets and their ports."
    ).get("statement", [])
    assert found == []


def test_a_quote_split_by_its_attribution_is_one_statement(extract_text):
    found = extract_text(
        PAIR + "Chile's foreign minister, Ana Ortiz, welcomed the deal. \"Our two countries\", "
        'Ortiz said, "have taken a big step forward today."'
    ).get("statement", [])
    assert [s["quote_start"] for s in found] == ["Our two countries have taken a big step"]


def test_a_quoted_phrase_inside_a_sentence_is_no_first_half(extract_text):
    """Control: "praising a “lasting friendship”, he said, “…”" — the phrase is not the start
    of the speech that follows; the speech is a statement of its own."""
    found = extract_text(
        PAIR + "Peru's President Luis Paredes met Ortiz. Praising what he called a “lasting "
        "friendship”, Paredes said, “We have concluded a number of agreements on very "
        "important matters.”"
    ).get("statement", [])
    assert [(s["speaker"], s["quote_start"][:17]) for s in found] == [
        ("Luis Paredes", "We have concluded")
    ]


def test_an_office_in_lower_case_before_the_speakers_name(extract_text):
    found = extract_text(
        PAIR + '"Our two countries have taken a big step forward today," Chile\'s top '
        "diplomat Ana Ortiz said."
    )
    assert [s["speaker"] for s in found.get("statement", [])] == ["Ana Ortiz"]
    assert [(p["name"], p["country"]) for p in found.get("person", [])] == [("Ana Ortiz", "CHL")]


def test_a_lower_case_word_before_a_name_is_not_always_an_office(extract_text):
    """Control: a quote followed by a new sentence about someone is not attributed to them."""
    found = extract_text(
        PAIR + '"Our two countries have taken a big step forward today." Chilean fishermen '
        "welcomed the news."
    ).get("statement", [])
    assert found == []


LEAD = "Kenya and Uganda signed an energy agreement on Monday. "


def quotes(extract_text, text: str) -> list[tuple[str, str]]:
    found = extract_text(LEAD + text, published="2024-05-10").get("statement", [])
    return [(s["speaker"], " ".join(s["quote_start"].split()[:4])) for s in found]


def test_a_speaker_named_with_the_state_he_serves(extract_text):
    """'President Ruto of Kenya said', after the quote or before it."""
    assert quotes(
        extract_text,
        "\"Our two nations have never been closer than they are today,\" President Ruto of "
        "Kenya said.",
    ) == [("Ruto", "Our two nations have")]
    assert quotes(
        extract_text,
        "In his remarks, President Ruto of Kenya noted: 'Our two nations have never been "
        "closer than they are today.'",
    ) == [("Ruto", "Our two nations have")]


def test_a_speaker_named_without_the_state(extract_text):
    """Control: the same quote with the bare title and name."""
    assert quotes(
        extract_text,
        "\"Our two nations have never been closer than they are today,\" President Ruto said.",
    ) == [("Ruto", "Our two nations have")]


def test_a_straight_quote_that_runs_on_to_the_next_paragraph(extract_text):
    """News style: a quote that goes on in the next paragraph is left open at the end of
    its own, and the next paragraph opens with a quote mark again."""
    text = (
        "\n\nUgandan Foreign Minister Jeje Odongo said: \"The pipeline will bring cheaper fuel "
        "to our people.\n\n\"It will also create thousands of jobs on both sides of the "
        "border.\""
    )
    assert quotes(extract_text, text) == [("Jeje Odongo", "The pipeline will bring")]


def test_a_quote_closed_on_its_line_stays_there(extract_text):
    """Control: a closed quote, then a paragraph of reporting, then a quote of its own."""
    text = (
        "\n\nUgandan Foreign Minister Jeje Odongo said: \"The pipeline will bring cheaper fuel "
        "to our people.\"\n\nKenyan President William Ruto agreed. \"It will also create "
        "thousands of jobs on both sides of the border,\" he said."
    )
    assert quotes(extract_text, text) == [
        ("Jeje Odongo", "The pipeline will bring"), ("William Ruto", "It will also create")
    ]


def test_names_with_particles_in_lower_case_speak(extract_text):
    """'bin', 'da', 'el-' inside a name do not end it: the whole name is the speaker."""
    for name, lead in (
        ("Mohammed bin Abdulrahman Al Thani", "Qatar and Turkey"),
        ("Luiz Inácio Lula da Silva", "Brazil and Egypt"),
        ("Abdel Fattah el-Sisi", "Brazil and Egypt"),
    ):
        found = extract_text(
            f"{lead} signed an energy agreement on Monday. \"This agreement opens a new "
            f"chapter in our relations,\" President {name} said.",
            published="2024-05-10",
        ).get("statement", [])
        assert [s["speaker"] for s in found] == [name]


def test_a_name_of_capitalised_words_only_speaks(extract_text):
    """Control: the common shape."""
    found = extract_text(
        "Russia and Vietnam signed an energy agreement on Monday. \"This agreement opens a "
        "new chapter in our relations,\" President Sergey Lavrov said.",
        published="2024-05-10",
    ).get("statement", [])
    assert [s["speaker"] for s in found] == ["Sergey Lavrov"]


def test_speakers_set_off_by_dashes_or_a_closing_comma(extract_text):
    """'Odongo — Uganda's top diplomat — said: …'; 'Uganda's foreign minister, Jeje Odongo,
    said the pipeline "…" and "…"' (the second quote of the sentence is his too)."""
    assert quotes(
        extract_text,
        "Speaking to reporters, Odongo — Uganda's top diplomat — said: “The pipeline will "
        "bring cheaper fuel to our people.” Ugandan Foreign Minister Jeje Odongo signed for "
        "Uganda.",
    ) == [("Jeje Odongo", "The pipeline will bring")]
    assert quotes(
        extract_text,
        "Uganda's foreign minister, Jeje Odongo, said the pipeline \"will bring cheaper fuel "
        "to our people\" and \"create thousands of jobs for the youth.\"",
    ) == [("Jeje Odongo", "will bring cheaper fuel"), ("Jeje Odongo", "create thousands of jobs")]


def test_a_quoted_name_after_and_is_no_second_statement(extract_text):
    """Control: 'and' before a quoted title in a sentence of reporting joins no speech."""
    assert quotes(
        extract_text,
        "The ministers discussed the \"Lake Victoria Pipeline Project\" and \"Northern "
        "Corridor Railway Upgrade\" on Monday.",
    ) == []


def test_a_speaker_after_a_states_office_and_a_comma_is_the_person_not_the_state(extract_text):
    text = PAIR + (
        '"If the border opens at dawn, the whole valley will trade again," said Peru\'s '
        "Minister of Foreign Trade and Tourism, Naira Quispe."
    )
    found = extract_text(text)
    assert [s["speaker"] for s in found["statement"]] == ["Naira Quispe"]
    people = {p["name"]: (p["country"], p["role"]) for p in found["person"]}
    assert people["Naira Quispe"] == ("PER", "Minister of Foreign Trade and Tourism")


def test_a_speaker_named_right_after_the_verb_is_taken_as_named(extract_text):
    # control: the same attribution with the name first and the office after it
    text = PAIR + (
        '"If the border opens at dawn, the whole valley will trade again," said Naira '
        "Quispe, Peru's Minister of Foreign Trade and Tourism."
    )
    found = extract_text(text)
    assert [s["speaker"] for s in found["statement"]] == ["Naira Quispe"]


def test_a_release_quote_signed_on_the_line_below_is_its_signers(extract_text):
    text = PAIR + (
        "Quotes\n\n"
        '"Our fishing fleets have shared this ocean for centuries, and now they share the '
        'rules too."\n'
        "– Ana Ortiz, Minister of Foreign Affairs of Chile\n\n"
        "Associated links"
    )
    found = extract_text(text).get("statement", [])
    assert [s["speaker"] for s in found] == ["Ana Ortiz"]


def test_a_quote_followed_by_a_dashed_list_item_has_no_speaker_from_it(extract_text):
    # control: a dash line below that goes on as a sentence is a list item, not a signature
    text = PAIR + (
        '"Our fishing fleets have shared this ocean for centuries, and now they share the '
        'rules too."\n'
        "– Ana Ortiz will present the rules to the fleets in Arica next week, officials said.\n"
    )
    found = extract_text(text).get("statement", [])
    assert [s["speaker"] for s in found] != ["Ana Ortiz"]


def test_a_quote_after_its_speakers_said_in_one_paragraph_is_more_of_theirs(extract_text):
    text = PAIR + (
        '"This opens a new chapter for us," Ana Ortiz, Chile\'s foreign minister, said. '
        '"Our fishermen will feel it within weeks, not years."'
    )
    found = extract_text(text).get("statement", [])
    # one statement: the quote after "… said." goes on with it, it is no statement of its own
    assert [(s["speaker"], s["quote_start"][:12]) for s in found] == [("Ana Ortiz", "This opens a")]
    assert found[0]["quote"].endswith("within weeks, not years.")


def test_a_quote_in_the_next_paragraph_is_not_taken_from_the_one_before(extract_text):
    # control: a paragraph break between them leaves the second quote unattributed
    text = PAIR + (
        '"This opens a new chapter for us," Ana Ortiz, Chile\'s foreign minister, said.\n\n'
        '"Our fishermen will feel it within weeks, not years," a trade union leader added.'
    )
    found = extract_text(text).get("statement", [])
    assert [s["speaker"] for s in found] == ["Ana Ortiz"]


BRIEFING = (
    "Transcript of the weekly briefing on the visit of South Africa's President to Kenya\n\n"
    "Official Spokesperson, Ms Lindiwe Dube: Good afternoon. With us today is the Director-"
    "General, Mr Sipho Nkosi, who will brief you on the visit.\n\n"
    "Director-General, Mr Sipho Nkosi: South Africa and Kenya will sign three agreements "
    "in Nairobi on Tuesday, on trade, health and the border.\n\n"
    "Question (Thabo, Daily Record): Will there be an agreement on visas?\n\n"
    "Director-General, Mr Sipho Nkosi: No agreement on visas is on the table for this visit.\n\n"
    "Official Spokesperson, Ms Lindiwe Dube: Thank you all for joining us today.\n\n"
    "Date: 12 May 2025\n"
)


def test_each_turn_of_a_named_official_in_a_transcript_is_a_statement(extract_text):
    statements = extract_text(BRIEFING, published="2025-05-12").get("statement", [])
    assert [(s["speaker"], s["quote_start"].split()[0]) for s in statements] == [
        ("Sipho Nkosi", "South"),
        ("Sipho Nkosi", "No"),
    ]


def test_a_question_a_chair_s_greeting_and_a_labelled_line_are_no_statements(extract_text):
    # control beside the rule above: the same labels with words that are speech are kept
    text = BRIEFING.replace(
        "Thank you all for joining us today.", "We will publish the texts of the agreements."
    )
    statements = extract_text(text, published="2025-05-12").get("statement", [])
    assert ("Lindiwe Dube", "We") in [(s["speaker"], s["quote_start"].split()[0]) for s in statements]
    assert not any("visas?" in s["quote_start"] or "May" in s["quote_start"] for s in statements)


def test_a_trade_s_own_chamber_or_an_occupation_before_the_name_is_no_official(extract_text):
    lead = "Chile and Bolivia signed a memorandum on the border pass in Arica on Tuesday.\n\n"
    for said in (
        'The president of the chamber of commerce of Arica, Hector Salinas, praised the '
        'memorandum: "Every hour saved at the pass is money for the whole region," he said.',
        '16:05 – Student Leyla Mamani, waving a flag outside the palace, tells our reporter: '
        '"We grew up with their songs and their football."',
    ):
        found = extract_text(lead + said, published="2026-04-09").get("statement", [])
        assert found == [], said
    # control: the same shapes with an office of the state are statements
    for said, speaker in (
        ('The governor of the region of Arica, Hector Salinas, praised the memorandum: '
         '"Every hour saved at the pass is money for the whole region," he said.', "Hector Salinas"),
        ('16:05 – Minister Leyla Mamani, waving a flag outside the palace, tells our reporter: '
         '"We grew up with their songs and their football."', "Leyla Mamani"),
    ):
        found = extract_text(lead + said, published="2026-04-09").get("statement", [])
        assert [s["speaker"] for s in found] == [speaker], said


def test_a_quote_full_of_names_is_a_statement_a_quoted_title_is_not(extract_text):
    who = "Uganda's Foreign Minister, Jeje Otim, met his Kenyan counterpart in Nairobi. "
    said = quotes(
        extract_text,
        who + "“Kenya is Uganda's gateway to the Indian Ocean market, and Uganda is Kenya's "
        "gateway to the Great Lakes,” Otim told the press.",
    )
    assert said == [("Jeje Otim", "Kenya is Uganda's gateway")]
    # control: a document's name in quotes is no statement
    named = quotes(
        extract_text,
        who + "Otim told the press that both sides had signed the “Joint Declaration on the "
        "Kenya-Uganda Strategic Partnership for Trade and Transport”.",
    )
    assert named == []


def test_a_quote_split_by_an_attribution_with_its_circumstances_is_one_statement(
    extract_text,
):
    who = "Uganda's Foreign Minister, Jeje Otim, met his Kenyan counterpart in Nairobi. "
    for attribution in ("Otim said", "Otim said at a press briefing afterwards"):
        said = quotes(
            extract_text,
            who + f"“We came here to turn friendship into trade,” {attribution}, “and to make "
            "sure our traders feel it at the border.”",
        )  # the bare attribution is the control
        assert said == [("Jeje Otim", "We came here to")], attribution


def test_a_paragraph_that_closes_a_quote_it_never_opened_is_quoted_from_its_start(extract_text):
    lead = "Chile and Peru held talks in Lima on Monday, Foreign Minister Ana Ruiz said.\n\n"
    for paragraph in (
        "We will look at new fields of work. Our ties have always been strong,” she added.",
        # control: the same paragraph with its opening mark
        "“We will look at new fields of work. Our ties have always been strong,” she added.",
    ):
        found = extract_text(lead + paragraph, published="2025-03-05").get("statement", [])
        assert [(s["speaker"], s["quote_start"][:26]) for s in found] == [
            ("Ana Ruiz", "We will look at new fields")
        ], paragraph
    # control: a closing mark with no one to say it, in the paragraph or before, is no statement
    text = (
        "Chile and Peru held talks in Lima on Monday.\n\n"
        "We will look at new fields of work. Our ties have always been strong.” The end."
    )
    assert not extract_text(text, published="2025-03-05").get("statement")


def test_a_quote_in_the_indirect_speech_of_the_sentences_first_person(extract_text):
    lead = "Chile and Peru held talks in Lima on Monday.\n\n"
    for told in (
        "Foreign Minister Ana Ruiz did not rule it out, but said investment would "
        "“follow trade, not the other way round”.",
        "Foreign Minister Ana Ruiz noted that trade had grown by 4.5 per cent in 2024, and said "
        "Chile was ready to “speed up every project already on paper”.",
    ):
        found = extract_text(lead + told, published="2025-03-05").get("statement", [])
        assert [s["speaker"] for s in found] == ["Ana Ruiz"], told
    # control: a quote another source is cited for is not the person's
    told = (
        "Foreign Minister Ana Ruiz spoke with her counterpart and, according to the ministry, "
        "“expressed satisfaction at the pace of the partnership”."
    )
    assert not extract_text(lead + told, published="2025-03-05").get("statement")


def test_a_quote_that_opens_a_sentence_starts_it(extract_text):
    # the sentence of the second quote begins at its quote mark: "said" in the sentence
    # before does not attribute it (it goes on with the first quote's words)
    text = (
        "Chile and Peru held talks in Lima on Monday.\n\n“Trade between us has never been "
        "better,” Foreign Minister Ana Ruiz said at the press conference. “We will do more in "
        "fisheries next year.”"
    )
    found = extract_text(text, published="2025-03-05").get("statement", [])
    assert [s["quote_start"][:22] for s in found] == ["Trade between us has n"]
    # control: a quote inside the same sentence as the speaking is hers
    text = text.replace("conference. “We", "conference and promised “we")
    found = extract_text(text, published="2025-03-05").get("statement", [])
    assert [s["speaker"] for s in found] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_quote_after_a_passive_verb_of_saying_is_its_agents(extract_text):
    """'it was stressed by Okello that the talks were "…"': the agent of the passive said it."""
    lead = (
        "Kenya and Uganda agreed to deepen their bilateral cooperation on rail links. The talks "
        "were chaired by Kenya's Transport Minister Grace Atieno and Uganda's Works Minister "
        "Peter Okello.\n\n"
    )
    told = (
        "On the Ugandan side, it was stressed by Okello that the rail talks were "
        '"constructive, but not yet conclusive on the money".'
    )
    found = extract_text(lead + told, published="2026-01-22")["statement"]
    assert [s["speaker"] for s in found] == ["Peter Okello"]
    # control: the same words with the speaker told actively
    told = told.replace("it was stressed by Okello that", "Okello stressed that")
    found = extract_text(lead + told, published="2026-01-22")["statement"]
    assert [s["speaker"] for s in found] == ["Peter Okello"]


def test_a_quote_in_a_relative_clause_of_saying_is_its_antecedents(extract_text):
    """'…, and Atieno, who added that Nairobi counts on "…", thanked him': the name before
    ", who added" said it, not the speaker of the quote before."""
    lead = (
        "Kenya and Uganda agreed to deepen their bilateral cooperation on rail links. The talks "
        "were chaired by Kenya's Transport Minister Grace Atieno and Uganda's Works Minister "
        "Peter Okello.\n\n"
    )
    told = (
        '"Uganda values predictability above all," Okello said at the close, and Atieno, who '
        'added that Nairobi counts on "the continuation of deliveries on mutually acceptable '
        'conditions", thanked him.'
    )
    found = extract_text(lead + told, published="2026-01-22")["statement"]
    assert [s["speaker"] for s in found] == ["Peter Okello", "Grace Atieno"]
    # and after an inverted attribution: "…," answered him Okello, who added that "…"
    told = (
        '"Uganda values predictability above all," answered him Okello, who added that Kampala '
        'counts on "the continuation of deliveries on mutually acceptable conditions".'
    )
    found = extract_text(lead + told, published="2026-01-22")["statement"]
    assert [s["speaker"] for s in found] == ["Peter Okello", "Peter Okello"]


def test_a_list_item_or_a_said_how_before_the_colon_names_the_speaker(extract_text):
    lead = "LIMA, 4 March 2026 - Chilean President Ana Ruiz held talks with Peru's president. "
    quote = "“Copper is only the beginning for us both.”"
    for said, speaker in (
        ("\n\n* Chilean Trade Minister Luis Soto: ", "Luis Soto"),
        ("\n\nRuiz, in her opening words: ", "Ana Ruiz"),
    ):
        found = extract_text(lead + said + quote, published="2026-03-04").get("statement", [])
        assert [s["speaker"] for s in found] == [speaker], said
    # control: a colon after a clause that is no name's gives no speaker
    said = "\n\nThe talks went on, in the end: "
    found = extract_text(lead + said + quote, published="2026-03-04").get("statement", [])
    assert [s["speaker"] for s in found] == []


def test_a_bracketed_broadcast_label_names_the_speaker_of_the_clip(extract_text):
    text = (
        "NEWS AT NINE – TRANSCRIPT\n\n[ANCHOR – MARIA DIAZ]: Good evening. President Luis "
        "Soto of Peru is in Santiago on a state visit, and Chile and Peru signed a trade "
        "memorandum today.\n\n"
        "[CLIP – PRESIDENT LUIS SOTO]: “Chile has always stood with Peru, and today we "
        "turned that into projects.”\n"
    )
    found = extract_text(text, published="2026-11-02").get("statement", [])
    assert [s["speaker"] for s in found] == ["Luis Soto"]
    # control: a bracketed label that names no person of the article gives no statement
    found = extract_text(
        text.replace("CLIP – PRESIDENT LUIS SOTO", "CLIP – CROWD"), published="2026-11-02"
    ).get("statement", [])
    assert found == []
