"""Instrument rules (kinds, lists, parties, distributive subjects), on sentences written
for these tests."""

#: A closing sentence that makes the test text a report on Kenya–Uganda relations.
BILATERAL = " Kenya and Uganda agreed to deepen their bilateral cooperation further."


def instruments(extract_text, text: str) -> list[dict]:
    return extract_text(text + BILATERAL, published="2024-05-06").get("instrument", [])


def test_memos_and_signed_minutes(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memo on railway transport on Monday in Kampala. "
        "The two foreign ministers then signed the minutes of the session.",
    )
    assert sorted(i["kind"] for i in found) == ["memorandum", "protocol"]
    memo = next(i for i in found if i["kind"] == "memorandum")
    assert memo["areas"] == ["transport"]


def test_a_programme_for_a_named_programme_is_one_document(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed an executive programme for the Youth Exchange Cooperation "
        "Programme for 2024-2026.",
    )
    assert [i["kind"] for i in found] == ["programme"]


def test_parties_across_an_appositive_comma(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a cooperation programme between the Kenya News Agency, KNA, "
        "and Uganda's national broadcaster.",
    )
    assert found[0]["parties"] == ["Kenya News Agency, KNA", "Uganda's national broadcaster"]


def test_documents_between_respective_counterparts(extract_text):
    found = instruments(
        extract_text,
        "Nairobi and Kampala also signed memoranda between their respective ministries of "
        "education and tourism boards.",
    )
    assert sorted(tuple(i["parties"]) for i in found) == [
        ("ministries of education",),
        ("tourism boards",),
    ]


def test_a_distributive_subject_gives_one_agreement_per_signer(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda held talks in Kampala on Monday. On the Kenyan side, the ministries "
        "of health, culture, agriculture and food have concluded agreements with the relevant "
        "agencies of Uganda.",
    )
    got = sorted((tuple(i["parties"]), tuple(i["areas"])) for i in found)
    assert got == [
        (("ministry of agriculture and food",), ("agriculture",)),  # one ministry, one area
        (("ministry of culture",), ("culture",)),
        (("ministry of health",), ("health",)),
    ]


def test_agreements_in_listed_fields_are_one_each(extract_text):
    found = instruments(
        extract_text,
        "Several agreements between Kenya and Uganda were also signed in the fields of "
        "military-technical cooperation, science and technology, and mutual assistance in customs "
        "affairs.",
    )
    assert sorted(a for i in found for a in i["areas"]) == ["customs", "defence", "science"]
    assert len(found) == 3


def test_between_after_talks_names_the_talks_sides_not_the_parties(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a trade agreement following the talks between President "
        "William Ruto and President Yoweri Museveni.",
    )
    assert found and found[0]["parties"] == []


def test_a_protocol_amending_an_agreement_leaves_the_agreement_in_force(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a protocol introducing amendments to the 2015 "
        "intergovernmental agreement on road transport.",
    )
    statuses = {i["kind"]: i["status"] for i in found}
    assert statuses == {"protocol": "signed", "agreement": "in_force"}


def test_the_accords_that_cover_a_list_are_the_agreements_named_before(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda are negotiating five new cooperation agreements, officials said. "
        "The accords cover seismic monitoring, exchange of meteorological data, marine "
        "protected areas, joint search and rescue at sea and the handling of chemical spills in "
        "Lake Victoria and the Nile.",
    )
    got = sorted((i["kind"], i["status"], tuple(i["areas"])) for i in found)
    assert got == [
        ("agreement", "planned", ("environment",)),
        ("agreement", "planned", ("environment",)),
        ("agreement", "planned", ("humanitarian",)),
        ("agreement", "planned", ("science",)),
        ("agreement", "planned", ("science",)),
    ]


def test_two_listed_documents_alike_in_every_field_are_both_in_the_eval_record(extractor):
    from accords.export.evaljson import to_eval_record
    from accords.model import Article

    text = (
        "Kenya and Uganda signed agreements in the fields of seismic monitoring, weather "
        "forecasting research and tourism." + BILATERAL
    )
    record = to_eval_record(extractor.extract(Article(id="t", text=text)))
    assert sorted(tuple(i["areas"]) for i in record["instruments"]) == [
        ("science",),
        ("science",),
        ("tourism",),
    ]


def test_after_signing_names_no_meeting_to_take_date_and_place_from(extract_text):
    text = (
        "The 20th session of the Kenya-Uganda Joint Commission opened in Nairobi on Monday. "
        "It followed up on the decisions of the 19th session of the Kenya-Uganda Joint "
        "Commission held in Kampala in December 2014. After signing an MoU on tourism, "
        "the Kenyan minister voiced satisfaction." + BILATERAL
    )
    memo = next(i for i in extract_text(text)["instrument"] if i["kind"] == "memorandum")
    assert (memo["date"], memo["place"]) == (None, None)


def test_the_two_countries_are_not_a_signing_party(extract_text):
    found = instruments(
        extract_text,
        "The commission concluded a contract on fisheries between the two countries and named "
        "the venue of its next session.",
    )
    assert found and all(i["parties"] == [] for i in found)


def test_a_document_with_no_place_or_date_was_signed_at_the_one_meeting_reported(extract_text):
    text = (
        "The ninth session of the Kenya-Uganda Joint Commission was held in Kampala on "
        "3 May 2024. Later, the two ministers signed a memorandum on tourism." + BILATERAL
    )
    memo = next(i for i in extract_text(text)["instrument"] if i["kind"] == "memorandum")
    assert (memo["place"], memo["date"]) == ("Kampala", "2024-05-03")


def test_with_two_meetings_reported_an_undated_document_stays_unplaced(extract_text):
    text = (
        "The ninth session of the Kenya-Uganda Joint Commission was held in Kampala on "
        "3 May 2024, after the eighth session in Nairobi on 2 May 2022. Later, the two ministers "
        "signed a memorandum on tourism." + BILATERAL
    )
    memo = next(i for i in extract_text(text)["instrument"] if i["kind"] == "memorandum")
    assert (memo["place"], memo["date"]) == (None, None)


def test_an_agreement_on_a_plan_is_one_document(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed an agreement on the two-year cooperation plan between their "
        "governments in Nairobi on Monday.",
    )
    assert [i["kind"] for i in found] == ["agreement"]


def test_negotiations_launched_for_a_document_make_it_planned(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda agreed to launch negotiations for a Comprehensive Economic "
        "Partnership Agreement this year.",
    )
    assert [(i["kind"], i["status"], i["areas"]) for i in found] == [
        ("agreement", "planned", ["trade"])
    ]


def test_a_signing_hoped_for_is_still_planned(extract_text):
    found = instruments(
        extract_text,
        "Both presidents expressed hope that outstanding issues would be settled, including "
        "the signing of the Water Sharing Treaty at an early date.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("treaty", "planned")]


def test_a_signing_that_took_place_is_signed(extract_text):
    """Control of the same shape: "the signing of …" with its own past verb."""
    found = instruments(
        extract_text,
        "The signing of the Water Sharing Treaty took place in Kampala on Monday.",
    )
    assert [(i["kind"], i["status"], i["place"]) for i in found] == [
        ("treaty", "signed", "Kampala")
    ]


def test_notes_exchanged_are_an_instrument_views_exchanged_are_not(extract_text):
    notes = instruments(
        extract_text,
        "Kenya and Uganda exchanged notes on visa-free travel for diplomats on Monday in Nairobi.",
    )
    assert [(i["kind"], i["status"]) for i in notes] == [("other", "signed")]
    views = instruments(extract_text, "Kenya and Uganda exchanged views on regional security on Monday.")
    assert views == []


def test_a_legislature_that_approves_a_document_ratifies_it(extract_text):
    active = instruments(
        extract_text,
        "Uganda's parliament approved the agreement on oil pipeline transit with Kenya on Tuesday.",
    )
    passive = instruments(
        extract_text,
        "The agreement on oil pipeline transit was endorsed by the Kenyan Senate on Tuesday.",
    )
    assert [i["status"] for i in active] == ["ratified"]
    assert [i["status"] for i in passive] == ["ratified"]


def test_approval_by_ministers_or_a_cabinet_is_no_ratification(extract_text):
    ministers = instruments(
        extract_text,
        "The agreement on oil pipeline transit was endorsed by both ministers on Tuesday.",
    )
    cabinet = instruments(
        extract_text, "Uganda's cabinet approved the agreement on oil pipeline transit on Tuesday."
    )
    ahead = instruments(
        extract_text,
        "Uganda's parliament will approve the agreement on oil pipeline transit next week.",
    )
    assert [i["status"] for i in ministers] == ["signed"]
    assert [i["status"] for i in cabinet] == ["signed"]
    assert [i["status"] for i in ahead] == ["planned"]


def test_a_pact_is_an_agreement(extract_text):
    pact = instruments(extract_text, "Kenya and Uganda signed a pact on fisheries on Monday in Kampala.")
    assert [(i["kind"], i["status"], i["areas"]) for i in pact] == [
        ("agreement", "signed", ["agriculture"])
    ]
    # control: the same sentence shape without a document word gives none
    talks = instruments(extract_text, "Kenya and Uganda held talks on fisheries on Monday in Kampala.")
    assert talks == []


def test_documents_a_list_includes_one_by_one_are_one_each(extract_text):
    found = instruments(
        extract_text,
        "The two leaders signed four agreements on Monday in Kampala. The agreements included "
        "one on fisheries and one on railway transport.",
    )
    assert sorted(i["title"] for i in found) == [
        "agreement on fisheries",
        "agreement on railway transport",
    ]
    # control: the same items after a colon, the shape the rule already read
    colon = instruments(
        extract_text,
        "The two leaders signed two agreements on Monday in Kampala: one on fisheries and one "
        "on railway transport.",
    )
    assert len(colon) == 2


def test_a_day_before_the_colon_of_a_list_is_no_part_of_its_first_title(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed three agreements on Friday: on energy; on road transport; "
        "on customs.",
    )
    assert sorted(i["title"] for i in found) == [
        "agreement on customs",
        "agreement on energy",
        "agreement on road transport",
    ]
    assert {i["date"] for i in found} == {"2024-05-03"}


def test_a_past_year_before_a_document_is_its_signing(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda are negotiating a new agreement on fisheries. Once signed, it will "
        "replace the 1998 protocol.",
    )
    protocol = next(i for i in found if i["kind"] == "protocol")
    assert (protocol["status"], protocol["date"]) == ("signed", "1998")
    # control: a year still to come names a period, not a signing
    ahead = instruments(extract_text, "Kenya and Uganda will sign the 2026 roadmap on energy next month.")
    assert [(i["status"], i["date"]) for i in ahead] != [("signed", "2026")]
    assert [i["status"] for i in ahead] == ["planned"]


def test_a_ministrys_portfolio_is_one_party(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum between the Kenyan Ministry of Culture, Sports "
        "and Heritage and the Ugandan Ministry of Tourism, Wildlife and Antiquities on "
        "heritage sites. The memorandum between the Kenyan Ministry of Industry and Trade "
        "(KMIT) and the Uganda Revenue Authority on customs was signed on Friday.",
    )
    assert sorted(tuple(i["parties"]) for i in found) == [
        ("Kenyan Ministry of Culture, Sports and Heritage",
         "Ugandan Ministry of Tourism, Wildlife and Antiquities"),
        ("Kenyan Ministry of Industry and Trade (KMIT)", "Uganda Revenue Authority"),
    ]


def test_two_banks_joined_by_and_stay_two_parties(extract_text):
    """Control: 'and' before an organisation word with its own 'of' begins the second party."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum between the Central Bank of Kenya and Bank of "
        "Uganda on payments.",
    )
    assert [i["parties"] for i in found] == [["Central Bank of Kenya", "Bank of Uganda"]]


def test_a_headline_in_capitals_that_says_may_be_signed_is_a_plan(extract_text):
    """The model's parse of a line in capitals is unreliable: its own words decide."""
    found = extract_text(
        "“THREE DOCUMENTS MAY BE SIGNED DURING KENYAN PRESIDENT’S VISIT TO KAMPALA,” SAYS "
        "MINISTER\n\n"
        "Officials in Nairobi said the visit would take place in September."
        + BILATERAL,
        published="2024-05-06",
    ).get("instrument", [])
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_headline_in_capitals_that_says_signed_is_a_signing(extract_text):
    """Control: the same headline with the document signed."""
    found = extract_text(
        "“THREE DOCUMENTS WERE SIGNED DURING KENYAN PRESIDENT’S VISIT TO KAMPALA,” SAYS "
        "MINISTER\n\n"
        "Officials in Nairobi said the visit took place on Monday."
        + BILATERAL,
        published="2024-05-06",
    ).get("instrument", [])
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_states_named_by_epithets_or_before_a_dash_are_no_parties(extract_text):
    """'between the regional powerhouse and the small landlocked state': the states themselves;
    'between Kenya and Uganda – the Lake Compact –': a dash closes the parties."""
    found = instruments(
        extract_text,
        "The Lake Compact is a comprehensive pact on fisheries between the regional "
        "powerhouse and the small landlocked state. The treaty on railways between Kenya and "
        "Uganda – the Lake Compact – has entered into force.",
    )
    assert found and all(i["parties"] == [] for i in found)


def test_organisations_named_between_dashes_are_parties(extract_text):
    """Control: named organisations on either side of the same shapes."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum on fisheries between the Kenya Fisheries "
        "Service and the Uganda Fisheries Authority – the two regulators – on Monday.",
    )
    assert [i["parties"] for i in found] == [
        ["Kenya Fisheries Service", "Uganda Fisheries Authority"]
    ]


def test_notes_that_notify_a_step_of_another_document_are_none_of_their_own(extract_text):
    """'… entered into force after the parties exchanged notes on the completion of their
    domestic procedures': the notes bring the agreement into force; beside the control of
    notes on visa-free travel (test above), which are an instrument."""
    found = instruments(
        extract_text,
        "The agreement between Kenya and Uganda on the shared use of Lake Victoria, signed in "
        "Kampala in May, entered into force on Monday after the parties exchanged notes on "
        "the completion of their domestic procedures.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "in_force")]


def test_what_a_plural_covers_told_in_the_next_sentence(extract_text):
    """'… signed five agreements. They cover A, B, C, D and E.': one entry per listed
    field; when the count is not the list's, one entry carries the areas (SCHEMA)."""
    listed = instruments(
        extract_text,
        "Kenya and Uganda signed five agreements on Monday in Kampala. They cover trade, "
        "fisheries, tourism, health and education.",
    )
    assert sorted(a for i in listed for a in i["areas"]) == [
        "agriculture", "education", "health", "tourism", "trade"
    ] and len(listed) == 5
    counted = instruments(
        extract_text,
        "Kenya and Uganda signed five agreements on Monday in Kampala. They cover trade, "
        "fisheries and health.",
    )
    assert [i["areas"] for i in counted] == [["trade", "agriculture", "health"]]


def test_a_count_of_documents_covering_fields_is_one_entry(extract_text):
    """'nine memoranda covering A, B and C': what a counted set of documents covers names
    fields, not documents, so one entry carries them (SCHEMA), also when the count
    equals the fields; documents of their own are told 'on A, on B …'. 'Including'
    lists some of the documents themselves."""
    for count in ("nine", "three"):
        covering = instruments(
            extract_text,
            f"Talks in Nairobi between Kenya and Uganda ended with the signing of {count} "
            "memoranda of understanding covering cooperation in fisheries, tourism and health.",
        )
        assert [(i["kind"], sorted(i["areas"])) for i in covering] == [
            ("memorandum", ["agriculture", "health", "tourism"])
        ]
    # control: documents told one by one are one entry each
    one_each = instruments(
        extract_text,
        "Talks in Nairobi between Kenya and Uganda ended with the signing of three memoranda "
        "of understanding: on fisheries, on tourism and on health.",
    )
    assert sorted(tuple(i["areas"]) for i in one_each) == [
        ("agriculture",), ("health",), ("tourism",)
    ]
    # control: a partial list names documents
    partial = instruments(
        extract_text,
        "Talks in Nairobi between Kenya and Uganda ended with the signing of nine memoranda "
        "of understanding, including memoranda on fisheries and on tourism.",
    )
    assert len(partial) == 2


def test_a_next_sentence_about_something_else_lists_nothing_of_theirs(extract_text):
    """Control: a following sentence whose subject is not the documents."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed five agreements on Monday in Kampala. Traders cover the "
        "markets of Busia, Malaba and Lwakhakha.",
    )
    assert [(i["kind"], i["areas"]) for i in found] == [("agreement", [])]


def test_a_protocol_amending_the_2015_agreement(extract_text):
    """The amended agreement exists already (in force) and its year is not the protocol's."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a protocol amending the 2015 agreement on road transport in "
        "Kampala on Monday.",
    )
    assert sorted((i["kind"], i["status"], i["date"]) for i in found) == [
        ("agreement", "in_force", "2015"), ("protocol", "signed", "2024-05-06")
    ]


def test_an_amending_agreement_is_the_new_document_itself(extract_text):
    """Control: 'amending' as the new document's adjective frames nothing."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed an amending agreement on road transport in Kampala on Monday.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_documents_areas_end_where_the_quote_naming_it_ends(extract_text):
    """'… the signing of the Lake Water Sharing Treaty soon," she said as she addressed
    the media': the attribution after the quote is no subject of the treaty."""
    found = instruments(
        extract_text,
        "\"We hope for the signing of the Lake Water Sharing Treaty at an early date,\" the "
        "Kenyan president said as she addressed the media after the meeting.",
    )
    assert [(i["kind"], i["areas"]) for i in found] == [("treaty", ["water"])]


def test_a_title_in_quotes_keeps_the_subject_after_it(extract_text):
    """Control: a closing mark right after a quoted title ('"Roadmap" for industrial
    cooperation') is not the end of the document's words."""
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a \"Roadmap\" for expanding cooperation in the field of "
        "industry on Monday.",
    )
    assert [(i["kind"], i["areas"]) for i in found] == [("roadmap", ["industry"])]


def test_agreements_reached_by_the_leaders_are_what_they_agreed_on(extract_text):
    found = instruments(
        extract_text,
        "The ministers reviewed how the agreements reached by the two presidents in March "
        "are being carried out.",
    )
    assert found == []


def test_agreements_signed_by_the_leaders_are_documents(extract_text):
    # control: the same sentence with a verb of signing names documents
    found = instruments(
        extract_text,
        "The ministers reviewed how the agreements signed by the two presidents in March "
        "are being carried out.",
    )
    assert found and found[0]["kind"] == "agreement"


def test_agreements_reached_at_a_commission_session_are_its_documents(extract_text):
    # control: what a commission's session reached is written down and signed
    found = instruments(
        extract_text,
        "The ministers reviewed how the agreements reached during the fifth session of the "
        "joint commission in March are being carried out.",
    )
    assert found and found[0]["kind"] == "agreement"


def test_an_agreement_on_a_named_plan_without_the_is_one_document(extract_text):
    found = instruments(
        extract_text,
        "Ministers signed the agreement on Kenya-Uganda "
        "Cooperation Plan for 2026 in Nairobi on Monday.",
    )
    assert [i["kind"] for i in found] == ["agreement"]


def test_an_agreement_and_a_named_plan_are_two_documents(extract_text):
    # control: the plan's name follows "and a", not "on": a second document
    found = instruments(
        extract_text,
        "Ministers signed an agreement on fisheries and a "
        "Joint Cooperation Plan for 2026 in Nairobi on Monday.",
    )
    assert sorted(i["kind"] for i in found) == ["agreement", "roadmap"]


def test_a_signer_glad_to_sign_tells_of_a_signing(extract_text):
    found = instruments(
        extract_text,
        'The Kenyan minister wrote on Sunday: "Glad to sign with my Ugandan counterpart the '
        'Lake Port Project agreement."',
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_minister_going_to_sign_tells_of_a_plan(extract_text):
    # control: the same post with an intention instead of gladness
    found = instruments(
        extract_text,
        'The Kenyan minister wrote on Sunday: "Going to sign with my Ugandan counterpart the '
        'Lake Port Project agreement."',
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_leaders_who_said_something_in_a_joint_statement_issued_it(extract_text):
    found = instruments(
        extract_text,
        "The presidents of Kenya and Uganda on Friday reaffirmed in a joint statement their "
        "commitment to establish a permanent trade council.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("declaration", "signed")]


def test_a_joint_statement_they_expect_to_issue_is_planned(extract_text):
    # control: the statement as something still to come
    found = instruments(
        extract_text,
        "The presidents of Kenya and Uganda are expected to issue a joint statement on their "
        "commitment to establish a permanent trade council.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("declaration", "planned")]


def test_a_document_concluded_decades_ago_is_signed_whatever_is_planned_for_it(extract_text):
    found = instruments(
        extract_text,
        "The two ministers are expected to revisit the agreement on a cross-border oil "
        "pipeline, concluded some two decades ago.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_document_to_be_concluded_is_planned(extract_text):
    # control: the same clause looking ahead
    found = instruments(
        extract_text,
        "The two ministers are expected to revisit the agreement on a cross-border oil "
        "pipeline, to be concluded within two years.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_document_due_to_be_signed_is_planned(extract_text):
    found = instruments(
        extract_text,
        "A memorandum on grain storage between Kenya and Uganda is due to be signed in "
        "Entebbe in June.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_a_document_that_was_signed_in_a_place_is_signed(extract_text):
    # control: the same sentence told as done
    found = instruments(
        extract_text,
        "A memorandum on grain storage between Kenya and Uganda was signed in Entebbe in June.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]


def test_a_conclusion_called_for_is_still_planned(extract_text):
    found = instruments(
        extract_text,
        "Kenya's foreign minister called for the speedy conclusion of the agreement on "
        "labour mobility with Uganda.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_conclusion_that_took_place_is_a_signing(extract_text):
    # control: the same noun told as done
    found = instruments(
        extract_text,
        "Kenya's foreign minister welcomed the agreement on labour mobility with Uganda, "
        "concluded in Kampala on Friday.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_title_ends_before_the_place_and_the_other_side(extract_text):
    found = instruments(
        extract_text,
        "Kenya initialled an agreement on the return of migrants with Uganda in Jinja on "
        "Thursday.",
    )
    assert [i["title"] for i in found] == ["agreement on the return of migrants"]


def test_a_title_keeps_a_place_that_is_its_subject(extract_text):
    # control: a prepositional phrase of the subject's own, not of place or side
    found = instruments(
        extract_text,
        "Kenya initialled an agreement on the return of migrants in irregular situations "
        "with Uganda on Thursday.",
    )
    assert [i["title"] for i in found] == ["agreement on the return of migrants in irregular situations"]


def test_a_second_verb_of_the_document_says_what_is_still_to_come(extract_text):
    found = instruments(
        extract_text,
        "Officials said a memorandum on fish farming was in its last round of talks and "
        "would be signed in the autumn.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_a_second_verb_of_the_document_that_tells_a_signing_is_signed(extract_text):
    # control: the same coordinated verbs, the second one done
    found = instruments(
        extract_text,
        "Officials said a memorandum on fish farming was in its last round of talks and "
        "was signed in the autumn.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]


def test_a_listed_document_ends_where_the_next_ones_modifiers_begin(extract_text):
    found = instruments(
        extract_text,
        "Ministers signed an agreement on the mutual recognition of driving licences and a "
        "cultural exchange programme for 2026-2028 in Kampala on Monday.",
    )
    areas = {i["kind"]: i["areas"] for i in found}
    assert areas == {"agreement": ["transport"], "programme": ["culture"]}


def test_a_listed_document_keeps_the_areas_of_its_own_words(extract_text):
    # control: the culture is the first document's own subject here
    found = instruments(
        extract_text,
        "Ministers signed an agreement on cultural heritage and driving licences and an "
        "exchange programme for 2026-2028 in Kampala on Monday.",
    )
    areas = {i["kind"]: sorted(i["areas"]) for i in found}
    assert areas["agreement"] == ["culture", "transport"]
    assert "programme" in areas


def test_a_document_that_remains_in_force_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "The Lake Victoria Fisheries Agreement, concluded in 2011, remains in force and "
        "sets catch limits for both countries.",
    )
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2011")]


def test_a_document_concluded_in_a_year_and_nothing_more_is_signed(extract_text):
    # control: the same apposition, with no phrase of force after the verb
    found = instruments(
        extract_text,
        "The Lake Victoria Fisheries Agreement, concluded in 2011, sets catch limits for "
        "both countries.",
    )
    assert [(i["status"], i["date"]) for i in found] == [("signed", "2011")]


def test_a_work_plan_is_a_roadmap(extract_text):
    found = instruments(extract_text, "Kenya and Uganda signed a work plan on tourism on Monday.")
    assert [(i["kind"], i["areas"]) for i in found] == [("roadmap", ["tourism"])]


def test_the_words_work_and_plan_apart_are_no_document(extract_text):
    # control: "work" and "plan" apart name no document
    found = instruments(
        extract_text, "Kenya and Uganda plan to work together on tourism from Monday."
    )
    assert found == []


def test_a_programme_among_what_memoranda_cover_is_one_of_their_subjects(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed four memoranda in Kampala on Monday. The memoranda cover "
        "cooperation in health and medicine, a cultural exchange programme for the next three "
        "years, collaboration between the two space agencies, and the training of civil "
        "servants.",
    )
    assert sorted(i["kind"] for i in found) == ["memorandum"] * 4


def test_a_programme_signed_beside_memoranda_is_a_document(extract_text):
    # control: the same programme as the object of the signing
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum on health and a cultural exchange programme "
        "for three years in Kampala on Monday.",
    )
    assert sorted(i["kind"] for i in found) == ["memorandum", "programme"]


def test_a_protocol_amending_an_agreement_takes_its_subject(extract_text):
    found = instruments(
        extract_text,
        "Ministers signed a protocol amending the bilateral investment protection agreement "
        "and a declaration of intent on sports events in Kampala on Monday.",
    )
    areas = {i["kind"]: i["areas"] for i in found}
    assert areas["protocol"] == ["investment"]


def test_a_which_clause_on_the_documents_subject_is_the_documents(extract_text):
    found = instruments(
        extract_text,
        "Officials are putting the final touches to a new agreement on cross-border road "
        "transport, which is expected to be signed at the next session in Kampala.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_that_clause_on_the_documents_subject_stays_the_subjects(extract_text):
    # control: "that" describes the transport; the document's own verb says it was signed
    found = instruments(
        extract_text,
        "Officials signed a new agreement on cross-border road transport that is expected to "
        "grow in Kampala.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_documents_that_include_named_documents_are_those_documents(extract_text):
    found = instruments(
        extract_text,
        "Following the talks, a number of documents were signed in Kampala. They include an "
        "intergovernmental agreement on cooperation in agriculture and a memorandum on the "
        "exchange of students.",
    )
    assert sorted((i["kind"], tuple(i["areas"])) for i in found) == [
        ("agreement", ("agriculture",)),
        ("memorandum", ("education",)),
    ]


def test_documents_that_cover_fields_are_one_document_per_field(extract_text):
    # control: the next sentence lists fields, not documents: the count is distributed
    found = instruments(
        extract_text,
        "Following the talks, two documents were signed in Kampala. They cover agriculture "
        "and the exchange of students.",
    )
    assert len(found) >= 1 and all(i["kind"] == "agreement" for i in found)


def test_as_many_fields_as_the_count_are_one_document_each(extract_text):
    found = instruments(
        extract_text,
        "During the talks in Kampala on Monday, the ministers signed three agreements on "
        "trade, energy and health.",
    )
    assert sorted(tuple(i["areas"]) for i in found) == [("energy",), ("health",), ("trade",)]


def test_fields_that_outnumber_the_count_stay_one_entry(extract_text):
    # control: two agreements and three fields: which covers what is not said
    found = instruments(
        extract_text,
        "During the talks in Kampala on Monday, the ministers signed two agreements on "
        "trade, energy and health.",
    )
    assert len(found) == 1 and set(found[0]["areas"]) == {"trade", "energy", "health"}


def test_a_numbered_list_after_another_document_is_signed_at_the_session(extract_text):
    # "1." alone on its line start is parsed as a sentence of its own; the item is the line
    text = (
        "Ghana and Togo signed three cooperation instruments in Accra on Thursday at the close "
        "of the ninth meeting of the Ghana-Togo Joint Commission.\n\n"
        "The commission reviewed the implementation of the Joint Cooperation Programme "
        "2023-2027, signed during the Ghanaian president's visit to Lome in 2023 and currently "
        "under execution.\n\n"
        "The instruments signed were:\n"
        "1. the Agreement on the Mutual Recognition of Driving Licences;\n"
        "2. the Memorandum of Understanding on Cooperation in the Field of Higher Education."
    )
    found = extract_text(text, published="2025-11-14").get("instrument", [])
    listed = sorted((d["kind"], d["status"], d["date"], d["place"]) for d in found if d["kind"] != "programme")
    assert listed == [
        ("agreement", "signed", "2025-11-13", "Accra"),
        ("memorandum", "signed", "2025-11-13", "Accra"),
    ]


def test_financial_instruments_are_no_documents(extract_text):
    found = instruments(
        extract_text,
        "The central banks of Kenya and Uganda discussed financial instruments for trade in "
        "local currencies.",
    )
    assert found == []


def test_cooperation_instruments_signed_are_documents(extract_text):
    # control: the same word for signed texts
    found = instruments(
        extract_text,
        "The central banks of Kenya and Uganda signed cooperation instruments on trade in local "
        "currencies.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("agreement", "signed")]


def test_documents_signed_after_the_session_are_of_the_session_the_story_tells(extract_text):
    text = (
        "The eighth session of the Ghana-Togo Joint Commission took place today in Accra. "
        "Opening the session, the Ghanaian minister praised the work of the commission. The "
        "delegations reviewed the decisions of the seventh session, which was held in Lome in "
        "October 2022. Upon completion of the session, the following documents were signed:\n"
        "- the Protocol of the eighth session of the Commission;\n"
        "- a Memorandum of Understanding on fisheries."
    )
    found = extract_text(text, published="2024-05-23").get("instrument", [])
    assert sorted((d["kind"], d["date"], d["place"]) for d in found) == [
        ("memorandum", "2024-05-23", "Accra"),
        ("protocol", "2024-05-23", "Accra"),
    ]


def test_documents_signed_after_the_only_session_told_are_of_that_session(extract_text):
    # control: a session told once, in passing, is still the one "the session" means
    text = (
        "Ghana and Togo want closer ties in fisheries. The delegations reviewed the decisions "
        "of the seventh session of their Joint Commission, which was held in Lome in October "
        "2022. Upon completion of the session, the following documents were signed:\n"
        "- a Memorandum of Understanding on fisheries;\n"
        "- an agreement on road transport."
    )
    found = extract_text(text, published="2024-05-23").get("instrument", [])
    assert sorted((d["kind"], d["date"], d["place"]) for d in found) == [
        ("agreement", "2022-10", "Lome"),
        ("memorandum", "2022-10", "Lome"),
    ]


def test_a_treaty_that_remains_the_basis_of_relations_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed the Treaty of Friendship in 1964, which remains the legal basis "
        "of their relations.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("treaty", "in_force")]


def test_a_treaty_signed_in_a_year_is_signed(extract_text):
    # control: the same sentence without what it is today
    found = instruments(
        extract_text,
        "Kenya and Uganda signed the Treaty of Friendship in 1964, which opened a new era in "
        "their relations.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("treaty", "signed")]


def test_the_which_clause_of_an_amended_text_is_not_the_lists(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed three documents in Kampala on Monday, among them an agreement "
        "on an oil pipeline between Hoima and Tanga, a memorandum on customs checks, and a "
        "protocol amending the Agreement on Social Security, which has been in force since 2019.",
    )
    listed = {(d["kind"], d["status"], tuple(d["parties"])) for d in found}
    assert ("agreement", "signed", ()) in listed  # the pipeline's ends are no parties
    assert ("memorandum", "signed", ()) in listed
    assert ("protocol", "signed", ()) in listed


def test_a_which_clause_on_the_lists_last_document_is_its_own(extract_text):
    # control: the clause speaks of the document it follows
    found = instruments(
        extract_text,
        "Kenya and Uganda signed two documents in Kampala on Monday, among them a memorandum on "
        "customs checks and an agreement on social security, which entered into force at once.",
    )
    assert ("agreement", "in_force") in [(d["kind"], d["status"]) for d in found]


def test_governments_named_in_a_title_are_the_states_not_parties(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed the Agreement between the Government of Kenya and the "
        "Government of Uganda on the Mutual Recognition of Driving Licences.",
    )
    assert [(d["kind"], d["parties"]) for d in found] == [("agreement", [])]


def test_ministries_named_in_a_title_are_parties(extract_text):
    # control: the same title with signing ministries
    found = instruments(
        extract_text,
        "Kenya and Uganda signed the Agreement between the Ministry of Transport of Kenya and "
        "the Ministry of Works of Uganda on road maintenance.",
    )
    assert [d["parties"] for d in found] == [
        ["Ministry of Transport of Kenya", "Ministry of Works of Uganda"]
    ]


SESSION_WITH_A_LIST = (
    "ACCRA - Ghana and Togo on Tuesday wrapped up the fifth session of their Joint Commission "
    "with the signing of three documents.\n\n"
    "The session was prepared by senior officials of the two countries, who met in the capital "
    "on Saturday.\n\n"
    "The documents signed were:\n\n"
    "1. an agreement on the construction of a road corridor;\n"
    "2. a memorandum of understanding on cooperation in higher education;\n"
    "3. the agreed minutes of the fifth session."
)


def test_a_list_after_documents_signed_were_is_one_document_an_item(extract_text):
    found = extract_text(SESSION_WITH_A_LIST, published="2025-05-14").get("instrument", [])
    assert sorted(d["kind"] for d in found) == ["agreement", "memorandum", "protocol"]


def test_documents_listed_are_signed_at_the_session_not_at_the_officials_talks(extract_text):
    found = extract_text(SESSION_WITH_A_LIST, published="2025-05-14").get("instrument", [])
    assert {d["date"] for d in found} == {"2025-05-13"}


def test_a_document_said_to_be_another_kind_is_no_new_document(extract_text):
    # control for the list: a singular subject's complement says what it is
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a protocol on fisheries in Kampala on Monday. The protocol is "
        "not a declaration of intent.",
    )
    assert [d["kind"] for d in found] == ["protocol"]


def test_journalists_spoken_to_are_no_area(extract_text):
    found = extract_text(
        "Speaking to journalists after the ceremony, the Kenyan minister said Kenya and Uganda "
        "agreed to expand their cooperation in trade.",
        published="2024-05-06",
    )
    assert sorted(a["area"] for a in found.get("area", [])) == ["trade"]


def test_journalists_a_speaker_turns_to_and_a_press_office_are_no_area(extract_text):
    for text in (
        "Kenya and Uganda agreed to expand their cooperation in trade, the Kenyan minister "
        "underlined to journalists after the ceremony.",
        '"Trade comes first," declared the Kenyan minister to the journalists. Kenya and '
        "Uganda agreed to expand their cooperation in trade.",
        "Kenya and Uganda agreed to expand their cooperation in trade.\n\nMedia Relations: "
        "Office of the President, Nairobi",
    ):
        found = extract_text(text, published="2024-05-06")
        assert sorted(a["area"] for a in found.get("area", [])) == ["trade"], text


def test_training_journalists_is_media(extract_text):
    # control: the same word as a field of the cooperation
    found = extract_text(
        "Kenya and Uganda agreed to expand cooperation in trade and in training journalists.",
        published="2024-05-06",
    )
    assert "media" in [a["area"] for a in found.get("area", [])]


def test_the_session_after_an_earlier_one_told_in_passing_is_the_lead_session(extract_text):
    text = (
        "The eighth session of the Ghana-Togo Joint Commission took place today in Accra. The "
        "delegations reviewed the decisions of the seventh session, which was held in Lome in "
        "October 2022. \"We have come far,\" the Ghanaian minister said, opening the session. "
        "Upon completion of the session, the following documents were signed:\n"
        "- the Protocol of the eighth session of the Commission;\n"
        "- a Memorandum of Understanding on fisheries."
    )
    found = extract_text(text, published="2024-05-23").get("instrument", [])
    assert {(d["date"], d["place"]) for d in found} == {("2024-05-23", "Accra")}


def test_documents_of_a_dated_session_are_not_dated_by_an_earlier_one_with_a_place(extract_text):
    text = (
        "The sixth session of the Ghana-Togo Joint Commission was held today at the presidential "
        "palace. Eleven documents were signed, among them an agreement on an oil pipeline and a "
        "memorandum on customs checks. The previous, fifth session of the commission took place "
        "in Lome in June 2024."
    )
    found = extract_text(text, published="2025-09-25").get("instrument", [])
    assert {d["date"] for d in found} == {"2025-09-25"}


def test_documents_take_the_date_and_place_of_the_only_placed_session(extract_text):
    # control: with one session told, its place and date are the signing's
    text = (
        "The sixth session of the Ghana-Togo Joint Commission was held in Lome in June 2024. "
        "Eleven documents were signed, among them an agreement on an oil pipeline and a "
        "memorandum on customs checks."
    )
    found = extract_text(text, published="2025-09-25").get("instrument", [])
    assert {(d["date"], d["place"]) for d in found} == {("2024-06", "Lome")}


def test_a_convention_in_force_since_a_year_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "The Kenyan minister said the 2018 Convention for the Avoidance of Double Taxation, in "
        "force since 2019, had removed an obstacle to investment.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("agreement", "in_force")]


def test_a_programme_currently_under_execution_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "The commission reviewed the Strategic Cooperation Programme of Kenya and Uganda, signed "
        "in 2023 and currently under execution.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("programme", "in_force")]


def test_a_convention_signed_in_a_year_is_signed(extract_text):
    # control: a past signing with nothing of its force today
    found = instruments(
        extract_text,
        "The Kenyan minister said the Convention for the Avoidance of Double Taxation, signed in "
        "2018, had removed an obstacle to investment.",
    )
    assert [(d["kind"], d["status"]) for d in found] == [("agreement", "signed")]


def test_a_document_under_negotiation_is_planned(extract_text):
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Friday and reviewed the negotiations on a "
        "Kenya-Uganda agreement on cross-border energy trade.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_document_signed_after_negotiations_is_signed(extract_text):
    # control: negotiations that came before the signing do not make the document a plan
    found = instruments(
        extract_text,
        "After three years of negotiations on the text, the ministers signed an agreement "
        "on cross-border energy trade in Kampala on Friday.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_document_at_an_advanced_stage_is_planned(extract_text):
    found = instruments(
        extract_text,
        "The minister said in Kampala on Friday that a new agreement on pensions for "
        "Kenyan and Ugandan workers was at an advanced stage.",
    )
    assert [(i["kind"], i["status"], i["areas"]) for i in found] == [
        ("agreement", "planned", ["labour"])
    ]


def test_a_signing_the_sides_aim_at_is_ahead(extract_text):
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Friday; they aim at the early signing of a "
        "memorandum on air services.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_a_memorandum_signed_at_the_meeting_is_signed(extract_text):
    # control: the same sentence shape with the signing done
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Friday; they signed a memorandum on air services.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]


def test_a_list_item_after_a_clause_of_the_item_before_keeps_the_lists_status(extract_text):
    found = instruments(
        extract_text,
        "Among the agreements signed in Kampala on Monday are a memorandum on vocational "
        "training, under which Ugandan institutes will train Kenyan technicians in the "
        "building trades; an agreement on cooperation in renewable energy; and a protocol "
        "on fisheries.",
    )
    # the parse hangs the second item inside the first one's "will" clause
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
        ("protocol", "signed"),
    ]


def test_a_document_whose_own_clause_says_it_will_be_signed_is_planned(extract_text):
    # control: a "which" clause on the document itself still gives its status
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Monday and discussed an agreement on renewable "
        "energy, which will be signed next year.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]


def test_a_document_prepared_so_that_it_can_be_signed_is_planned(extract_text):
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Monday. A memorandum on agricultural cooperation "
        "is being prepared so that it can be signed at the next session.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_a_document_exchanged_through_which_one_side_would_help_is_signed(extract_text):
    # control: a clause on what the document will do is not its status
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Monday. A memorandum on fuel supply was exchanged, "
        "through which Kenya would facilitate deliveries to Uganda.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]


def test_a_document_in_force_since_a_year_is_dated_by_it(extract_text):
    found = instruments(
        extract_text,
        "The ministers met in Kampala on Monday. The two countries already have an agreement "
        "on the avoidance of double taxation, in force since 2014.",
    )
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2014")]


def test_the_first_agreement_of_its_kind_describes_the_one_named(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda said in Kampala on Monday that the Comprehensive Economic "
        "Partnership Agreement between them will enter into force on 1 June. The CEPA is the "
        "first agreement of its kind that Kenya has signed with a neighbour.",
    )
    assert [(i["kind"], i["areas"]) for i in found] == [("agreement", ["trade"])]


def test_a_second_agreement_signed_is_its_own(extract_text):
    # control: the same sentence shape naming another signed document adds it
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a trade agreement in Kampala on Monday. They also signed an "
        "agreement on fisheries.",
    )
    assert sorted(i["areas"][0] for i in found) == ["agriculture", "trade"]


def test_a_document_that_will_take_effect_has_been_concluded(extract_text):
    text = (
        "Kenyan officials described the agreement on the Busia border post to journalists. "
        "It will take effect once both parliaments approve it."
    )
    assert [(i["kind"], i["status"]) for i in instruments(extract_text, text)] == [
        ("agreement", "signed")
    ]
    # control: a document whose own words tell a plan stays planned
    planned = text.replace("border post to", "border post, which is still being drafted, to")
    assert [(i["kind"], i["status"]) for i in instruments(extract_text, planned)] == [
        ("agreement", "planned")
    ]


def test_a_document_expected_to_do_something_and_to_take_effect_is_no_plan(extract_text):
    text = (
        "The fifth meeting of the Kenya-Uganda joint commission ended here on Wednesday.\n\n"
        "The deal on the Busia border post is expected to cut the time lorries spend at the "
        "crossing. It will take effect once both parliaments approve it."
    )
    assert ("agreement", "planned") not in [
        (i["kind"], i["status"]) for i in instruments(extract_text, text)
    ]
    # control: a deal expected to be signed is a plan
    planned = text.replace("is expected to cut", "is expected to be signed soon and will cut")
    assert ("agreement", "planned") in [
        (i["kind"], i["status"]) for i in instruments(extract_text, planned)
    ]


def test_a_date_told_with_another_document_s_signing_is_not_a_reference_s(extract_text):
    closing = "\n\nChile and Peru agreed to expand their bilateral cooperation."
    text = (
        "What the ministers signed was a memorandum on logistics and a protocol on ports. "
        "Both documents build on the framework agreement signed in Lima in July 2022." + closing
    )
    found = sorted((i["kind"], i["date"]) for i in extract_text(text).get("instrument", []))
    assert found == [("agreement", "2022-07"), ("memorandum", None), ("protocol", None)]
    # control: with no other document after it, the signing told is the document's own
    text = "The ministers recalled the memorandum on logistics, signed in Lima in July 2022." + closing
    assert [i["date"] for i in extract_text(text).get("instrument", [])] == ["2022-07"]


def test_the_two_presidents_speak_of_the_pair_as_its_states_names_do(extract_text):
    head = (
        "Chile and Peru opened their annual council in Lima on Tuesday.\n\n"
        "10:00 – Delegations arrive at the palace.\n\n"
        "11:00 – The plenary opens behind closed doors.\n\n"
        "12:00 – Lunch is served to the delegations.\n\n"
    )
    tail = (
        ". Documents in total, among them:\n"
        "• an agreement on the mutual protection of classified information;\n"
        "• a memorandum on the construction of a railway.\n"
    )
    found = extract_text(head + "14:20 – Signing ceremony in the presence of the two presidents" + tail)
    assert sorted(i["kind"] for i in found.get("instrument", [])) == ["agreement", "memorandum"]
    # control: a ceremony far from any word of the pair tells of no document of theirs
    found = extract_text(head + "14:20 – Signing ceremony in the presence of the guests" + tail)
    assert found.get("instrument", []) == []


def test_the_signature_of_documents_is_their_signing(extract_text):
    lead = "At the close of the session in Kampala, the two ministers {} the following documents:"
    items = "\n\n• an agreement on the mobility of students;\n• a protocol on customs cooperation.\n\n"
    # the control: the verb itself
    for verb in ("proceeded to the signature of", "put their signatures to", "signed"):
        found = instruments(extract_text, lead.format(verb) + items)
        assert sorted((i["kind"], i["status"]) for i in found) == [
            ("agreement", "signed"),
            ("protocol", "signed"),
        ], verb


def test_a_document_ready_for_signature_is_not_yet_signed(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed an agreement on student mobility in Kampala on Monday. "
        "A protocol on customs cooperation is ready for signature.",
    )
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),  # control: the signing told beside it
        ("protocol", "planned"),
    ]
    found = instruments(
        extract_text,
        "Kenya and Uganda signed an agreement on student mobility in Kampala on Monday. "
        'The protocol on customs cooperation "will be ready for the signatures of both '
        'ministers" in the autumn, an official said.',
    )
    assert ("protocol", "planned") in [(i["kind"], i["status"]) for i in found]


def test_a_document_discussed_but_not_signed_is_still_to_come(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum on border markets in Kampala on Monday. A "
        "proposed agreement on labour mobility was discussed but not signed, and officials "
        "said it would need further work.",
    )
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "planned"),
        ("memorandum", "signed"),  # control: the signing told beside it
    ]


def test_under_which_opens_a_clause_on_the_document_it_puts_nothing_under(extract_text):
    found = instruments(
        extract_text,
        "The talks focused on the trade partnership, the framework launched by the two "
        "governments in 2022 under which an agreement on customs procedures is being "
        "negotiated.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]
    # control: a document that something happens under is in force
    found = instruments(
        extract_text,
        "Under the agreement on customs procedures, traders have used a single window "
        "since March.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "in_force")]


def test_an_amending_protocol_is_the_new_text_not_one_in_force(extract_text):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum on rail transport in Kampala on Monday. An "
        "amending protocol to the 2012 agreement on the border railway is being drafted.",
    )
    assert ("protocol", "planned") in [(i["kind"], i["status"]) for i in found]
    # control: a text that a verb of changing takes as its object exists already
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a memorandum on rail transport in Kampala on Monday. "
        "Officials are amending the existing protocol on border rail traffic.",
    )
    assert ("protocol", "in_force") in [(i["kind"], i["status"]) for i in found]


def test_a_document_signed_and_in_force_since_is_in_force(extract_text):
    lead = "Chile and Peru held talks in Lima on Monday. "
    for told, status in (
        ("which was signed in Arica in February 2024 and has been in force since August", "in_force"),
        ("signed in Arica in February 2024, and that it is in force to this day", "in_force"),
        # control: a signing told first, with the force still to come
        ("which was signed in Arica in February 2024 and will enter into force in August", "signed"),
    ):
        text = lead + f"The minister said the bilateral investment treaty, {told}, helps investors."
        found = extract_text(text, published="2025-03-05")["instrument"]
        assert [(i["kind"], i["status"]) for i in found] == [("treaty", status)], told


def test_a_proposed_document_that_would_do_something_is_planned(extract_text):
    lead = (
        "Chile and Peru held talks in Lima on Monday. Their free trade agreement, in force since "
        "2009, and their investment treaty, in force since 2012, were reviewed. "
    )
    text = lead + "The proposed memorandum on ports would channel investment into Arica."
    found = extract_text(text, published="2025-03-05")["instrument"]
    assert ("memorandum", "planned") in [(i["kind"], i["status"]) for i in found]
    # control: a memorandum signed before, then said to do something, stays signed
    text = lead + (
        "They also signed a memorandum on ports. The memorandum would channel investment into "
        "Arica."
    )
    found = extract_text(text, published="2025-03-05")["instrument"]
    assert ("memorandum", "signed") in [(i["kind"], i["status"]) for i in found]


def test_a_cooperation_program_in_american_spelling_is_a_programme(extract_text):
    for word in ("program", "programme"):  # the American spelling, and the control in British
        text = f"Chile and Peru signed a cultural exchange {word} in Lima on Monday."
        found = extract_text(text, published="2025-03-05").get("instrument", [])
        assert [(i["kind"], i["status"]) for i in found] == [("programme", "signed")], word


def test_a_document_a_protocol_is_added_to_exists_already(extract_text):
    lead = "Chile and Peru held a summit in Lima on Monday. "
    told = (
        "A protocol to the 2012 agreement on the Arica–Tacna railway was not ready for "
        "signature, officials said."
    )
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "in_force"),
        ("protocol", "planned"),
    ]
    # control: the 2012 agreement told on its own is one signed that year
    told = "The 2012 agreement on the Arica–Tacna railway was discussed, officials said."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert [(i["kind"], i["status"], i["date"]) for i in found] == [("agreement", "signed", "2012")]


def test_a_period_of_the_next_years_is_no_plan(extract_text):
    lead = "At the end of the meeting in Lima on Monday, Chile and Peru signed several documents, including: "
    told = lead + "an action plan on mining for the next five years; and a memorandum on ports."
    found = extract_text(told, published="2025-03-05")["instrument"]
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("memorandum", "signed"),
        ("roadmap", "signed"),
    ]
    # control: a document due next year is still to come
    told = "Chile and Peru will sign a memorandum on ports next year, officials said on Monday."
    found = extract_text(told, published="2025-03-05")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_what_will_be_done_with_a_concluded_document_leaves_it_concluded(extract_text):
    lead = "Chile and Peru held a summit in Lima on Monday. "
    told = "The presidents adopted a joint communique, which will be published on the ministry's website."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("communique", "signed")]
    # control: a clause that tells the document's own signing ahead still makes it planned
    told = "The presidents discussed a joint communique, which will be signed next week."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("communique", "planned")]


def test_a_document_told_in_force_before_it_is_named_is_in_force(extract_text):
    lead = "Chile and Peru held talks in Lima on Monday. "
    for told in (
        "Signed in 2019 and in force since May 2020, the Andean Trade Agreement has lowered duties.",
        "The new protocol amends Partial Scope Agreement No. 38, signed in Lima in 2012.",
    ):
        found = extract_text(lead + told, published="2025-03-05")["instrument"]
        assert ("agreement", "in_force") in [(i["kind"], i["status"]) for i in found], told
    # control: a document told only as signed before it is named stays signed
    told = "Signed in 2019, the Andean Trade Agreement has lowered duties."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]


def test_a_year_after_a_documents_noun_names_another_document(extract_text):
    lead = "Ghana and Togo signed a defence partnership treaty in Accra on Monday. "
    told = "The treaty replaces the defence agreement of 1961, which lapses in 2026."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert ("agreement", "1961") in [(i["kind"], i["date"]) for i in found]
    # control: the same phrase with no year of its own points back to the treaty
    told = "The treaty replaces the defence agreement, which lapses in 2026."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert [i["kind"] for i in found] == ["treaty"]


def test_a_document_whose_expiry_is_told_has_ended(extract_text):
    lead = "Ghana and Togo signed a new memorandum on fisheries in Accra on Monday, to replace "
    told = "the memorandum of 2015, whose expiry occurred last year."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert ("terminated", "2015") in [(i["status"], i["date"]) for i in found]
    # control: another clause of the old text leaves it signed
    told = "the memorandum of 2015, whose text has been revised."
    found = extract_text(lead + told, published="2025-03-05")["instrument"]
    assert ("signed", "2015") in [(i["status"], i["date"]) for i in found]


def test_a_documents_signing_decades_ago_is_its_date(extract_text):
    lead = "Ghana and Togo closed their joint commission in Accra on Monday. "
    told = (
        "The two parties also recalled the Establishment Convention signed in Lomé in 1964, "
        "which remains in force."
    )
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "1964")]
    # control: an old year the sentence ties to no signing dates nothing
    told = (
        "The two parties also recalled the Establishment Convention, which remains in force "
        "and which a 1964 census first made necessary."
    )
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["status"], i["date"]) for i in found] == [("in_force", None)]


def test_a_withdrawal_from_a_place_under_a_document_does_not_end_it(extract_text):
    lead = "Ghana and Togo agreed to deepen their cooperation in Accra on Monday. "
    told = (
        "Relations between the two neighbours rest on the Volta Agreement, signed in Lomé "
        "in June 2006, under which Togo withdrew from the disputed islands."
    )
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [i["status"] for i in found] != ["terminated"]
    assert [i["date"] for i in found] == ["2006-06"]
    # control: a withdrawal from the document itself ends it
    told = "Togo withdrew from the Volta Agreement, signed in Lomé in June 2006, last year."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [i["status"] for i in found] == ["terminated"]


def test_what_a_new_document_replaces_is_what_ended(extract_text):
    lead = "Ghana and Togo held their fourth joint commission in Accra on Monday. "
    told = "The two sides signed a new fisheries memorandum to replace the one that lapsed in March."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]
    # control: the same verb of ending on the document's own phrase ends it
    told = "The fisheries memorandum that the two sides signed in 2015 lapsed in March."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "terminated")]


def test_a_document_of_an_undated_session_takes_no_day_from_a_meeting_beside_it(extract_text):
    told = (
        "The fifth session of the Ghana-Togo Joint Commission ended with the signing of an "
        "agreement on fisheries. The trade ministers of Ghana and Togo met yesterday evening "
        "in Accra to review energy projects."
    )
    found = extract_text(told, published="2025-05-14")["instrument"]
    # the session's month is the report's (it was just held), not the meeting's day
    assert [(i["date"], i["place"]) for i in found] == [("2025-05", "Accra")]
    # control: where that meeting is the story's only one, its day is the signing's
    told = (
        "The trade ministers of Ghana and Togo met yesterday evening in Accra to review "
        "energy projects. The two sides also signed an agreement on fisheries."
    )
    found = extract_text(told, published="2025-05-14")["instrument"]
    assert [(i["date"], i["place"]) for i in found] == [("2025-05-13", "Accra")]


def test_a_document_subject_of_its_own_when_clause_takes_no_status_from_the_main_one(extract_text):
    lead = (
        "Ghana and Togo agreed to deepen defence cooperation in Accra on Monday. Their ties "
        "rest on the defence treaty signed in Lomé on 12 March 2010, which remains in force. "
    )
    told = (
        "That treaty replaced the defence agreement of 1975, which was terminated when the "
        "treaty took effect in 2011."
    )
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    statuses = {(i["kind"], i["status"]) for i in found}
    assert ("treaty", "in_force") in statuses and ("treaty", "terminated") not in statuses
    assert ("agreement", "terminated") in statuses


def test_a_text_named_as_the_owner_of_a_part_takes_nothing_from_the_parts_sentence(extract_text):
    lead = "The foreign ministers of Ghana and Togo agreed to deepen their cooperation. "
    told = (
        "They met in Accra on Monday and left without the text both sides wanted: a revised "
        "Annex B of the Volta Treaty. The treaty, signed in Lomé in March 1975, remains in "
        "force."
    )
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    treaties = [(i["status"], i["date"]) for i in found if i["kind"] == "treaty"]
    assert treaties == [("in_force", "1975-03")]
    # control: the same name as the object of a signing is a document signed
    told = "They signed the Volta Treaty. The treaty, signed in Lomé, is to take effect in May."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["kind"], i["status"]) for i in found] == [("treaty", "signed")]


def test_documents_take_the_latest_sitting_when_the_others_elsewhere_are_of_earlier_years(extract_text):
    text = (
        "The sixth session of the Kenya-Uganda Joint Permanent Commission was held in Mombasa on "
        "3 May 2024. The fifth session had taken place in Jinja in 2021.\n\n"
        "The two sides signed a memorandum on fisheries and an agreement on road transport."
    )
    found = extract_text(text, published="2024-05-06")["instrument"]
    assert sorted((i["kind"], i["date"], i["place"]) for i in found) == [
        ("agreement", "2024-05-03", "Mombasa"),
        ("memorandum", "2024-05-03", "Mombasa"),
    ]
    # control: a sitting elsewhere told without a date may be the one they were signed at
    text = text.replace(" in 2021", "")
    found = extract_text(text, published="2024-05-06")["instrument"]
    assert sorted((i["kind"], i["date"], i["place"]) for i in found) == [
        ("agreement", None, None),
        ("memorandum", None, None),
    ]


def test_a_document_named_an_arrangement_is_an_agreement(extract_text):
    found = instruments(
        extract_text, "Kenya and Uganda signed a Working Holiday Arrangement in Kampala on Monday."
    )
    assert [(i["kind"], i["title"]) for i in found] == [("agreement", "Working Holiday Arrangement")]
    # control: the practical side of a visit is no document
    found = instruments(
        extract_text,
        "Kenya and Uganda discussed security arrangements for the summit in Kampala on Monday.",
    )
    assert found == []


def test_the_signature_of_one_document_and_of_another_keeps_each_its_own_words(extract_text):
    text = (
        "The two presidents attended the signature of a Memorandum of Understanding on Fisheries "
        "and Aquaculture and of a Road Transport Agreement in Kampala on Monday."
    )
    found = instruments(extract_text, text)
    assert sorted((i["kind"], i["areas"], i["title"]) for i in found) == [
        ("agreement", ["transport"], "Road Transport Agreement"),
        ("memorandum", ["agriculture"], "Memorandum of Understanding on Fisheries and Aquaculture"),
    ]
    # control: with no document named second, the words after "and" stay the first's
    found = instruments(extract_text, text.replace(" and of a Road Transport Agreement", ""))
    assert [(i["areas"], i["title"]) for i in found] == [
        (["agriculture"], "Memorandum of Understanding on Fisheries and Aquaculture")
    ]


def test_a_document_to_be_signed_at_a_planned_sitting_takes_its_date_and_place(extract_text):
    text = (
        "The fourth session of the Ghana-Togo Joint Commission closed in Accra on Friday. The "
        "ministers noted that the draft agreement on the mutual recognition of diplomas was not "
        "yet ready. They asked the ministries to finalise the text so that it may be signed at "
        "the fifth session of the commission, to be held in Lomé in 2027."
    )
    found = extract_text(text, published="2025-05-03")["instrument"]
    assert [(i["status"], i["date"], i["place"]) for i in found] == [("planned", "2027", "Lomé")]
    # control: a sitting where the text is only to be discussed sets no date for its signing
    found = extract_text(text.replace("signed at", "discussed at"), published="2025-05-03")
    assert [(i["status"], i["date"], i["place"]) for i in found["instrument"]] == [
        ("planned", None, None)
    ]


def test_a_document_in_force_since_a_year_takes_that_year_not_a_day_beside_it(extract_text):
    text = (
        "On 3 May, the foreign ministers of Kenya and Uganda reviewed the implementation of the "
        "agreement on local border traffic, which has been in force since 2015."
    )
    found = instruments(extract_text, text)
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2015")]
    # control: a day in the document's own words is its own
    text = (
        "The foreign ministers of Kenya and Uganda reviewed the agreement on local border "
        "traffic signed on 3 May 2010, which has been in force since 2015."
    )
    found = instruments(extract_text, text)
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2010-05-03")]


def test_the_final_act_of_a_session_is_its_protocol(extract_text):
    text = (
        "Kenya and Uganda closed the fourth session of their joint commission in Kampala on "
        "Monday. In the closing act the following instruments were subscribed: the Final Act of "
        "the meeting; a Memorandum of Understanding on Fisheries."
    )
    found = extract_text(text, published="2024-05-08")["instrument"]
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("memorandum", "signed"),
        ("protocol", "signed"),
    ]
    # control: a treaty named a final act is no session's protocol
    text = (
        "Kenya and Uganda closed the fourth session of their joint commission in Kampala on "
        "Monday. Both recalled the Helsinki Final Act and signed a Memorandum of Understanding "
        "on Fisheries."
    )
    found = extract_text(text, published="2024-05-08")["instrument"]
    assert [i["kind"] for i in found] == ["memorandum"]


def test_a_document_whose_entry_into_force_is_welcomed_is_in_force(extract_text):
    text = (
        "The presidents of Kenya and Uganda spoke by phone on Monday. They welcomed the entry "
        "into force on 1 September of the Agreement on mutual recognition of diplomas, signed "
        "in Kampala in May 2024."
    )
    found = extract_text(text, published="2025-09-24")["instrument"]
    assert [(i["status"], i["date"], i["place"]) for i in found] == [
        ("in_force", "2024-05", "Kampala")
    ]
    # control: the same document welcomed with no word of its entry into force is signed
    found = extract_text(
        text.replace("the entry into force on 1 September of ", ""), published="2025-09-24"
    )["instrument"]
    assert [(i["status"], i["date"]) for i in found] == [("signed", "2024-05")]


def test_documents_signed_at_a_lead_meeting_the_report_dates_share_its_month(extract_text):
    """Signed at the report's undated lead meeting, which it tells as held in the week
    before its own date: the documents take that month too."""
    text = (
        "The Kenya-Uganda Joint Permanent Commission held its ninth session in Mombasa. "
        "At its close, the two sides signed an agreement on fisheries."
    )
    signed = extract_text(text, published="2025-06-18")["instrument"]
    assert [(i["date"], i["place"]) for i in signed] == [("2025-06", "Mombasa")]
    # control: a report of the 3rd may tell a meeting of the month before
    early = extract_text(text, published="2025-06-03")["instrument"]
    assert [(i["date"], i["place"]) for i in early] == [(None, "Mombasa")]


SESSION_WITH_NO_CITY = (
    "Kenya and Uganda on Wednesday wrapped up the first session of their Joint Commission for "
    "Cooperation at the National Conference Centre.\n\nAt its close, the ministers signed a "
    "general cooperation agreement and a memorandum on fisheries.\n\n"
)


def test_documents_take_the_lead_sittings_day_when_no_sitting_has_a_place(extract_text):
    """The session is told with its day but at a venue that is no city: the documents signed
    at its close take its day."""
    found = extract_text(SESSION_WITH_NO_CITY, published="2025-02-20")["instrument"]
    assert [(i["kind"], i["date"], i["place"]) for i in found] == [
        ("agreement", "2025-02-19", None), ("memorandum", "2025-02-19", None)
    ]
    # control: a session told with no day gives none
    undated = SESSION_WITH_NO_CITY.replace(" on Wednesday", "")
    found = extract_text(undated, published="2025-02-03")["instrument"]
    assert [i["date"] for i in found] == [None, None]
    # dated so, the session's agreement is not one signed in another year told after it
    told = SESSION_WITH_NO_CITY + "The commission was created by an agreement signed in Entebbe in 2019."
    found = extract_text(told, published="2025-02-20")["instrument"]
    assert sorted((i["kind"], str(i["date"])) for i in found) == [
        ("agreement", "2019"), ("agreement", "2025-02-19"), ("memorandum", "2025-02-19")
    ]


def _statuses(extract_text, text: str) -> dict[str, str]:
    return {i["kind"]: i["status"] for i in instruments(extract_text, text)}


def test_a_text_not_ready_for_signature_is_still_planned(extract_text):
    found = _statuses(
        extract_text,
        "Kenya and Uganda signed an agreement on road transport in Kampala on Monday. "
        "A protocol on fisheries was not yet ready for signing.",
    )
    assert found == {"agreement": "signed", "protocol": "planned"}


def test_a_participle_after_the_comma_describes_the_document_its_verb_comes_later(
    extract_text,
):
    found = _statuses(
        extract_text,
        "Kenya and Uganda signed an agreement on road transport in Kampala on Monday. "
        "A protocol on fisheries, meant to set catch quotas for the lake, was not ready for "
        "signature.",
    )
    assert found == {"agreement": "signed", "protocol": "planned"}
    control = _statuses(
        extract_text,
        "Kenya and Uganda signed an agreement on road transport in Kampala on Monday. "
        "A protocol on fisheries, meant to set catch quotas for the lake, was signed as well.",
    )
    assert control == {"agreement": "signed", "protocol": "signed"}


LISTED = (
    "Kenya and Uganda closed the ninth session of their Joint Commission in Kampala on "
    "Friday with the signing of four documents:\n\n"
    "1. Agreement on the Operation of the Power Interconnector;\n\n"
    "2. Memorandum of Understanding on the Rehabilitation of the Railway;\n\n"
    "3. Protocol amending the Agreement on Cross-Border Trade of 2016;\n\n"
    "4. Minutes of the Ninth Session of the Commission.\n\n"
)


def test_each_line_of_a_numbered_list_is_a_document_of_its_own(extract_text):
    found = instruments(extract_text, LISTED)
    protocols = [i for i in found if i["kind"] == "protocol"]
    assert len(protocols) == 2  # the amending protocol and the session's minutes
    assert {p["status"] for p in protocols} == {"signed"}
    bulleted = instruments(
        extract_text,
        "Kenya and Uganda signed two texts in Kampala on Friday:\n\n"
        "- Protocol of the Session;\n\n- Protocol amending the Statute of the Commission.\n\n",
    )
    assert [i["kind"] for i in bulleted] == ["protocol", "protocol"]


def test_a_protocol_amending_a_document_is_named_by_it_and_not_dated_by_its_year(
    extract_text,
):
    found = instruments(extract_text, LISTED)
    amending = next(i for i in found if "amending" in i["title"])
    assert amending["title"].lower() == "protocol amending the agreement on cross-border trade"
    assert amending["date"] == "2024-05-03"  # the session's Friday, not the amended text's 2016
    amended = next(i for i in found if i["title"] == "Agreement on Cross-Border Trade")
    assert amended["date"] == "2016" and amended["status"] == "in_force"


def test_a_document_put_first_in_an_of_phrase_that_no_denies_is_no_fact(extract_text):
    lead = "Kenya and Uganda signed an agreement on road transport in Kampala on Monday. "
    denied = "Of a treaty on fisheries, however, there was no mention."
    assert [i["kind"] for i in instruments(extract_text, lead + denied)] == ["agreement"]
    control = instruments(extract_text, lead + "Of the two texts, a treaty on fisheries came first.")
    assert sorted(i["kind"] for i in control) == ["agreement", "treaty"]


def test_a_document_whose_relative_clause_tells_its_signing_then_remains_in_force(extract_text):
    control = instruments(
        extract_text,
        "They reviewed the Strategic Partnership Agreement, which was signed in Nairobi in May "
        "2019 and includes a clause on defence.",
    )
    assert [(i["status"], i["date"]) for i in control] == [("signed", "2019-05")]
    found = instruments(
        extract_text,
        "They reviewed the Strategic Partnership Agreement, which was signed in Nairobi in May "
        "2019, remains in force and includes a clause on defence.",
    )
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2019-05")]


def test_the_entry_into_force_last_year_of_a_document(extract_text):
    control = instruments(
        extract_text,
        "They welcomed the signing last year of the Bilateral Investment Treaty.",
    )
    assert [i["status"] for i in control] == ["signed"]
    found = instruments(
        extract_text,
        "They welcomed the entry into force last year of the Bilateral Investment Treaty.",
    )
    assert [i["status"] for i in found] == ["in_force"]


def test_a_definite_document_signed_at_another_place_and_time_is_another_one(extract_text):
    text = (
        "Kenya and Uganda signed a memorandum on road transit in Kampala on 6 May 2024. "
        "It replaces the memorandum on road freight {signed}, which both sides found obsolete."
    )
    control = instruments(extract_text, text.format(signed="of the two ministries"))
    assert [i["date"] for i in control] == ["2024-05-06"]
    found = instruments(extract_text, text.format(signed="signed in Nairobi in 2016"))
    assert sorted(i["date"] for i in found) == ["2016", "2024-05-06"]


def test_a_named_document_called_again_by_its_capitalised_kind_is_the_same_one(extract_text):
    text = (
        "Officials examined the dossiers to be submitted to the next Conference of the Treaty "
        "of Friendship, which will take place next month in Kampala. {the} Treaty, signed in "
        "Nairobi in July 2008, remains the compass of their relations."
    )
    control = instruments(extract_text, text.format(the="A"))  # an indefinite: another one
    assert len(control) == 2
    found = instruments(extract_text, text.format(the="The"))
    assert [i["kind"] for i in found] == ["treaty"]


def test_a_document_set_off_by_its_signing_that_remains_the_basis_is_in_force(extract_text):
    text = "The Lake Victoria Framework Agreement, signed in 2006, {verb} of their meetings."
    control = instruments(extract_text, text.format(verb="set the rules"))
    assert [(i["status"], i["date"]) for i in control] == [("signed", "2006")]
    found = instruments(extract_text, text.format(verb="remains the basis"))
    assert [(i["status"], i["date"]) for i in found] == [("in_force", "2006")]


def test_a_planned_document_takes_no_day_before_the_report(extract_text):
    text = (
        "Kenya and Uganda will prepare an agreement on drone production, ministers said after "
        "the joint commission met in Kampala on {day}."
    )
    # published on Monday 6 May 2024: Friday 3 May is past, 10 May ahead
    control = instruments(extract_text, text.format(day="10 May 2024"))
    assert [(i["status"], i["date"]) for i in control] == [("planned", "2024-05-10")]
    found = instruments(extract_text, text.format(day="3 May 2024"))
    assert [(i["status"], i["date"]) for i in found] == [("planned", None)]


def test_an_arrangement_of_a_named_type_is_a_document_security_arrangements_are_not(
    extract_text,
):
    found = instruments(
        extract_text,
        "Kenya and Uganda signed a grant funding arrangement for water supply in Kampala on "
        "6 May 2024.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")]
    found = instruments(
        extract_text,
        "Kenya and Uganda reviewed the security arrangements for the border in Kampala on "
        "6 May 2024.",
    )
    assert found == []
    found = instruments(  # the plural of a named type is again the practical side
        extract_text,
        "Kenya and Uganda signed a memorandum on trade on Monday. Officials declined to give "
        "details of the financing arrangements for the projects.",
    )
    assert [i["kind"] for i in found] == ["memorandum"]


def test_a_statement_of_intent_or_a_named_statement_of_partnership_is_a_declaration(
    extract_text,
):
    for phrase in ("a statement of intent on fisheries", "the Statement of Partnership"):
        found = instruments(extract_text, f"Kenya and Uganda signed {phrase} on 6 May 2024.")
        assert [(i["kind"], i["status"]) for i in found] == [("declaration", "signed")]
    # control: a statement made, not signed, is no document
    found = instruments(extract_text, "Kenya and Uganda made a statement on fisheries.")
    assert found == []


COUNTED = "Kenya and Uganda signed three agreements on mining, forestry and tourism in Kampala. "


def test_documents_listed_after_a_count_told_by_fields_are_the_counted_ones(extract_text):
    inline = COUNTED + (
        "The documents were a memorandum of understanding on mining safety, which will let "
        "inspectors work on both sides; an agreement on forest management; and a memorandum "
        "on tourism promotion."
    )
    bullets = COUNTED + (
        "The documents signed were:\n- a memorandum of understanding on mining safety;\n"
        "- an agreement on forest management;\n- a memorandum on tourism promotion."
    )
    for text in (inline, bullets):
        found = instruments(extract_text, text)
        assert sorted((i["kind"], i["status"], i["place"]) for i in found) == [
            ("agreement", "signed", "Kampala"),
            ("memorandum", "signed", "Kampala"),
            ("memorandum", "signed", "Kampala"),
        ]


def test_a_document_told_later_outside_a_list_is_another_one(extract_text):
    text = COUNTED + "Separately, the chambers of mines signed a memorandum on mining safety."
    found = instruments(extract_text, text)
    assert len(found) == 4


def test_a_text_not_signed_while_still_worked_on_is_planned(extract_text):
    lead = "Kenya and Uganda signed a fisheries memorandum in Kampala on 6 May 2024. "
    control = instruments(extract_text, lead + "No air services agreement was signed.")
    assert [i["kind"] for i in control] == ["memorandum"]
    for told in (
        "The air services agreement was not signed because it is still being negotiated.",
        "Ministers did not sign the air services agreement. Its text is still being reviewed.",
    ):
        found = instruments(extract_text, lead + told)
        assert sorted((i["kind"], i["status"]) for i in found) == [
            ("agreement", "planned"),
            ("memorandum", "signed"),
        ]


def test_a_text_not_signed_at_the_meeting_takes_neither_its_day_nor_its_place(extract_text):
    text = (
        "The annual meeting of the Kenya-Uganda Partnership was held in Kampala on 6 May 2024. "
        "Kenya and Uganda did not sign a protocol on fisheries at the meeting; officials said "
        "its text is still being negotiated and could be concluded next year."
    )
    found = instruments(extract_text, text)
    assert [(i["status"], i["date"], i["place"]) for i in found] == [("planned", None, None)]


def test_a_date_and_place_in_an_aside_tell_of_the_digression(extract_text):
    text = (
        "Chile and Peru agreed to expand their trade. On Monday in Lima the two ministers "
        "co-chaired the Joint Commission — its 12th sitting; the 11th was in Santiago in 2024 "
        "— and at its close they signed a memorandum on fisheries."
    )
    found = extract_text(text, published="2026-05-07")["instrument"]
    assert [(i["date"], i["place"]) for i in found] == [("2026-05-04", "Lima")]
    # control: an aside that is all the text says of the signing still dates it
    told = (
        "Chile and Peru agreed to expand their trade. The two ministers signed a memorandum "
        "on fisheries — in Lima, on Monday — after a long night of talks."
    )
    found = extract_text(told, published="2026-05-07")["instrument"]
    assert [(i["date"], i["place"]) for i in found] == [("2026-05-04", "Lima")]


def test_a_document_not_ready_is_still_to_come(extract_text):
    lead = "Chile and Peru held their joint commission in Arica on Tuesday. "
    text = lead + (
        "The ministers signed a memorandum on fisheries. An agreement on a joint health "
        "centre {tail}"
    )

    def statuses(tail: str) -> list[tuple[str, str]]:
        found = extract_text(text.format(tail=tail), published="2025-10-02")["instrument"]
        return sorted((i["kind"], i["status"]) for i in found)

    # control: "not ready for signing" was known
    expected = [("agreement", "planned"), ("memorandum", "signed")]
    assert statuses("was not ready for signing.") == expected
    assert statuses("was not ready.") == expected


def test_a_place_in_a_participle_clause_set_off_on_another_noun_is_that_nouns(extract_text):
    lead = "Chile and Peru agreed to expand trade on Monday. "
    text = lead + (
        "The senior officials will review the decisions taken at the 4th Session, held in "
        "Arica in 2023, and will finalise the draft agreements to be signed by the two "
        "presidents."
    )
    found = extract_text(text, published="2025-09-15")["instrument"]
    assert [(i["status"], i["place"]) for i in found] == [("planned", None)]
    # control: the document's own participle clause gives it its place and year
    own = lead + "The trade agreement, signed in Arica in 2023, remains in force, officials said."
    found = extract_text(own, published="2025-09-15")["instrument"]
    assert [(i["status"], i["date"], i["place"]) for i in found] == [("in_force", "2023", "Arica")]


def test_a_later_step_in_a_which_clause_s_second_verb_is_the_documents_status(extract_text):
    lead = "NAIROBI, 5 May 2025 - Kenya and Uganda signed a memorandum on water on Monday. "
    base = "It builds on the Framework Agreement on Energy Cooperation, which was signed "
    found = instruments(
        extract_text,
        lead + base + "in Kampala in March 2023 and has since been ratified by both parliaments.",
    )
    assert ("agreement", "ratified", "2023-03") in [
        (i["kind"], i["status"], i["date"]) for i in found
    ]
    # control: a second clause with a subject of its own tells no step of this document
    found = instruments(
        extract_text,
        lead + base + "in Kampala in March 2023, and the parliaments ratified a protocol on fish.",
    )
    assert ("agreement", "signed", "2023-03") in [
        (i["kind"], i["status"], i["date"]) for i in found
    ]


def test_a_convention_centre_is_a_venue_and_international_agreements_the_law_of_states(
    extract_text,
):
    lead = "Kenya and Uganda signed an agreement on customs in Nairobi on Monday. "
    for then in (
        "A business forum will be held at the Kenyatta Convention and Exhibition Centre next "
        "month.",
        'In a statement, the minister affirmed Kenya\'s wish to "build a strong relationship '
        'with Uganda based on respect for international agreements," stressing the need to '
        "finish marking the lake border.",
    ):
        found = instruments(extract_text, lead + then)
        assert [(i["kind"], i["status"]) for i in found] == [("agreement", "signed")], then
    # controls: a convention the sides will sign, and international agreements they count
    found = instruments(
        extract_text,
        lead + "They will sign a convention on tourism at the Kenyatta Centre next year. "
        "They have signed two international agreements on rail.",
    )
    kinds = sorted((i["kind"], i["status"], tuple(i["areas"])) for i in found)
    assert ("agreement", "planned", ("tourism",)) in kinds
    assert ("agreement", "signed", ("transport",)) in kinds


def test_documents_named_among_a_count_just_told_take_its_step(extract_text):
    lead = (
        "NAIROBI, 2 November 2026 - The presidents of Kenya and Uganda held talks on Monday. "
        "Nine agreements and memoranda were signed in the presence of the two leaders. "
    )
    found = instruments(
        extract_text,
        lead + "Among them: a framework agreement on investment and a memorandum on digital "
        "services, which both sides will review in 2027.",
    )
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
    ]
    # control: an item whose own words tell a step of its own keeps it
    found = instruments(
        extract_text,
        lead + "Among them: a framework agreement on investment; a memorandum on digital "
        "services is to be signed in 2027.",
    )
    assert ("memorandum", "planned") in [(i["kind"], i["status"]) for i in found]


def test_a_document_that_remains_the_relations_basis_by_a_figure_is_in_force(extract_text):
    lead = "Kenya and Uganda signed a memorandum on fisheries in Kampala on Monday. "
    for then in (
        "Their Trade Agreement, signed in Nairobi in 1990, remains our bedrock.",
        "Their Trade Agreement, signed in Nairobi in 1990, remains the basis of their ties.",
    ):
        found = instruments(extract_text, lead + then)
        assert ("agreement", "in_force", "1990") in [
            (i["kind"], i["status"], i["date"]) for i in found
        ], then
    # control: a document that remains something else than a basis is only signed
    found = instruments(
        extract_text, lead + "Their Trade Agreement, signed in Nairobi in 1990, remains short."
    )
    assert ("agreement", "signed", "1990") in [(i["kind"], i["status"], i["date"]) for i in found]


def test_a_document_that_remains_in_force_or_still_underpins_ties_is_in_force(extract_text):
    lead = "Kenya and Uganda signed a memorandum on fisheries in Kampala on Monday. "
    for then in (
        "She recalled that the Trade Agreement of 1990, expanded in 2016, remains in force.",
        "The Trade Agreement signed in 1990 continues to underpin their investment ties.",
    ):
        found = instruments(extract_text, lead + then)
        assert ("agreement", "in_force", "1990") in [
            (i["kind"], i["status"], i["date"]) for i in found
        ], then
    # control: a document that continues to be discussed is not in force for that
    found = instruments(
        extract_text, lead + "The Trade Agreement signed in 1990 continues to be discussed."
    )
    assert ("agreement", "signed", "1990") in [(i["kind"], i["status"], i["date"]) for i in found]


def test_a_document_said_to_be_multilateral_is_not_the_pairs(extract_text):
    lead = "Kenya and Uganda signed a memorandum on fisheries in Kampala on Monday. "
    found = instruments(
        extract_text,
        lead + "Both already trade under the Lake Basin Agreement, which is multilateral.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]
    # control: the same agreement told with no such clause is one of theirs in force
    found = instruments(extract_text, lead + "Both already trade under the Lake Basin Agreement.")
    assert ("agreement", "in_force") in [(i["kind"], i["status"]) for i in found]


def test_a_heading_in_capitals_opens_a_list_of_its_own(extract_text):
    text = (
        "NAIROBI, 4 March 2026 (Wire) - Kenya and Uganda held talks on Tuesday.\n\n"
        "DOCUMENTS SIGNED\n* An agreement on visa exemption.\n"
        "* Firms signed nine investment agreements worth $2 billion.\n\n"
        "{heading}\n* An agreement on the recruitment of Kenyan workers. Officials said the "
        "draft was still being negotiated.\n\nWHAT IS NEXT\n* The leaders agreed to meet in 2027."
    )

    def labour(heading: str) -> list[str]:
        found = extract_text(text.format(heading=heading), published="2026-03-05")["instrument"]
        return [i["status"] for i in found if i["areas"] == ["labour"]]

    assert labour("WHAT WAS NOT SIGNED") == ["planned"]
    # control: with no heading between, the item is one more of the signed list
    assert labour("") == ["signed"]
