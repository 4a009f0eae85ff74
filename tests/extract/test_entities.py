"""Entities: a reference to a document named before it is that document, not another.

Sentences written for these tests; each "is one document" case stands beside a control
where the same shape does name a second document.
"""

from pathlib import Path

import pytest

#: A closing sentence that makes the test text a report on Chile–Peru relations.
BILATERAL = " Chile and Peru agreed to deepen their bilateral cooperation further."
CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def instruments(extract_text, text: str) -> list[dict]:
    return extract_text(text + BILATERAL, published="2025-06-02").get("instrument", [])


def kinds(found: list[dict]) -> list[tuple[str, str]]:
    return sorted((i["kind"], i["status"]) for i in found)


def test_the_document_was_signed_is_the_protocol_named_before(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru have signed a protocol on mining cooperation. "
        "The document was signed in Lima by the two foreign ministers.",
    )
    assert kinds(found) == [("protocol", "signed")]
    assert found[0]["place"] == "Lima"


def test_a_document_of_its_own_after_an_indefinite_article(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru have signed a protocol on mining cooperation. "
        "A memorandum on tourism was signed in Lima by the two foreign ministers.",
    )
    assert kinds(found) == [("memorandum", "signed"), ("protocol", "signed")]


def test_a_reference_adds_its_areas_to_the_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on energy in Santiago on Monday. "
        "The protocol also covers fisheries and public health.",
    )
    assert kinds(found) == [("protocol", "signed")]
    assert {"energy", "agriculture", "health"} <= set(found[0]["areas"])


def test_a_restricting_phrase_names_another_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on trade in Santiago on Monday. "
        "The agreement on fisheries was signed the same day.",
    )
    assert kinds(found) == [("agreement", "signed"), ("memorandum", "signed")]


def test_status_comes_from_every_mention(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru are preparing an agreement on water management. "
        "The agreement was signed in Arica on Friday.",
    )
    assert kinds(found) == [("agreement", "signed")]


def test_a_relative_clause_whose_object_is_the_document_tells_its_life(extract_text):
    found = instruments(
        extract_text,
        "The ministers said the memorandum on fisheries, which the two governments ratified "
        "in May 2024, will be reviewed next year.",
    )
    assert kinds(found) == [("memorandum", "ratified")]
    found = instruments(  # control: a clause whose object it is but tells nothing of its life
        extract_text,
        "The ministers said the memorandum on fisheries, which the two governments praised "
        "in May 2024, will be signed next year.",
    )
    assert kinds(found) == [("memorandum", "planned")]


def test_an_existing_agreement_is_not_the_document_just_signed(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on trade in Lima on Monday. "
        "Port works will go on under the existing agreement between the two countries.",
    )
    assert kinds(found) == [("agreement", "in_force"), ("protocol", "signed")]


def test_both_documents_refer_to_the_two_named(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on tourism and a protocol on customs in Lima. "
        "Both documents will be published next week.",
    )
    assert kinds(found) == [("memorandum", "signed"), ("protocol", "signed")]


def test_the_second_memorandum_is_another_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on tourism in Lima. "
        "The second memorandum, on fisheries, was signed by the ministers of agriculture.",
    )
    assert kinds(found) == [("memorandum", "signed"), ("memorandum", "signed")]


def test_a_reference_keeps_every_sentence_as_evidence(extractor):
    from accords.model import Article

    text = (
        "Chile and Peru have signed a protocol on mining cooperation. "
        "The document was signed in Lima by the two foreign ministers." + BILATERAL
    )
    facts = extractor.extract(Article(id="t", text=text, published="2025-06-02")).facts
    protocol = next(f for f in facts if f.kind == "instrument")
    assert [text[e.start : e.end] for e in protocol.evidence] == ["protocol", "document"]


def test_sample_wire_report_gives_one_protocol_and_one_agreement_in_force(extractor):
    from accords.export.evaljson import to_eval_record

    for item in _all(extractor, CORPUS / "wire-digest.jsonl"):
        record = to_eval_record(item)
        if record["id"] == "hun-rus-budapest-wire":
            break
    else:
        raise AssertionError("hun-rus-budapest-wire not found")
    found = sorted((i["kind"], i["status"]) for i in record["instruments"])
    assert found == [("agreement", "in_force"), ("protocol", "signed")]
    protocol = next(i for i in record["instruments"] if i["kind"] == "protocol")
    assert {"energy", "agriculture", "health"} <= set(protocol["areas"])


def test_sample_commission_page_records_no_declaration(extractor):
    from accords.export.evaljson import to_eval_record

    (item,) = _all(extractor, CORPUS / "hun-rus-igc-budapest.html")
    record = to_eval_record(item)
    assert "declaration" not in {i["kind"] for i in record["instruments"]}
    assert ("protocol", "signed") in {(i["kind"], i["status"]) for i in record["instruments"]}


def _all(extractor, path: Path):
    from accords.workflow import extract

    return list(extract([str(path)], extractor=extractor))


def titles(extract_text, text: str) -> list[str]:
    return sorted(i["title"] for i in instruments(extract_text, text))


def test_a_title_is_the_documents_own_name_when_the_text_gives_one(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed the Agreement on Joint Maintenance of Border Bridges in Tacna "
        "on Monday, after two years of talks.",
    ) == ["Agreement on Joint Maintenance of Border Bridges"]


def test_a_name_keeps_its_hyphenated_pair_and_its_joined_words(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed the Chile-Peru Acquisition and Cross-Servicing Agreement in "
        "Lima on Monday.",
    ) == ["Chile-Peru Acquisition and Cross-Servicing Agreement"]


def test_two_documents_joined_by_and_are_not_one_name(extract_text):
    # control: "and" before the document word itself joins two documents, not one name
    found = titles(extract_text, "Chile and Peru signed the Draft Agreements and MoUs in Lima.")
    assert "memorandum" in found


def test_a_name_goes_on_over_an_article_after_its_preposition(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed the Agreement on the Operation of a Joint Border Post in "
        "Lima on Monday.",
    ) == ["Agreement on the Operation of a Joint Border Post"]


def test_a_name_stops_at_and_a_second_document(extract_text):
    # control: "and a" starts the next document
    found = titles(
        extract_text,
        "Chile and Peru signed a Joint Declaration and a Border Trade Plan in Lima.",
    )
    assert "Joint Declaration and a Border Trade Plan" not in found


def test_a_title_is_kind_and_subject_not_the_rest_of_the_sentence(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed a memorandum of understanding on tourism cooperation in Lima "
        "on Monday, which the ministers called a first step.",
    ) == ["memorandum of understanding on tourism cooperation"]


def test_a_generic_document_is_titled_by_kind_and_areas(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed a document in Lima that covers energy and fisheries.",
    ) == ["agreement on energy and agriculture"]


def test_listed_documents_are_titled_each_by_kind_and_item(extract_text):
    found = titles(
        extract_text,
        "Chile and Peru signed agreements in the fields of energy, fisheries and tourism.",
    )
    assert found == ["agreement on energy", "agreement on fisheries", "agreement on tourism"]


def test_a_generic_reference_without_signing_adds_its_areas(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on mining in Lima on Monday. "
        "The deal also covers fisheries.",
    )
    assert kinds(found) == [("protocol", "signed")]
    assert set(found[0]["areas"]) == {"mining", "agriculture"}


def test_a_generic_word_without_signing_or_antecedent_names_nothing(extract_text):
    assert instruments(extract_text, "Chile and Peru signed a deal on fisheries in Lima.")
    assert not instruments(extract_text, "The deal on fisheries was discussed in Lima.")


def test_a_counted_list_after_a_colon_gives_one_document_per_item(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed four agreements in Lima: on trade; on tourism; on health; "
        "and on transport.",
    )
    assert sorted(a for i in found for a in i["areas"]) == [
        "health",
        "tourism",
        "trade",
        "transport",
    ]
    assert len(found) == 4


def test_a_signed_document_takes_no_date_after_its_article(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru held the 13th meeting of their joint commission in Arica on Tuesday. "
        "The two sides signed an agreement on water management, which will be reviewed "
        "in December.",
    )
    assert kinds(found) == [("agreement", "signed")]
    assert found[0]["date"] is None or found[0]["date"] <= "2025-06-02"
    assert found[0]["place"] == "Arica"


def test_a_sentence_reporting_entry_into_force_gives_in_force(extract_text):
    found = instruments(
        extract_text,
        "The fisheries treaty between Chile and Peru – a pact ten years in the making – "
        "has entered into force.",
    )
    assert ("treaty", "in_force") in kinds(found)


def test_a_signed_plan_of_action_is_signed_not_planned(extract_text):
    found = instruments(
        extract_text,
        "The ministers reviewed the Chile-Peru Plan of Action 2024-2028, which they signed "
        "in Lima last year.",
    )
    assert kinds(found) == [("roadmap", "signed")]


def test_a_ratification_still_to_come_leaves_the_document_signed(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed the treaty on border rivers in Lima in March. "
        "The treaty has to be ratified by both parliaments.",
    )
    assert kinds(found) == [("treaty", "signed")]


def test_a_ratification_reported_as_done_gives_ratified(extract_text):
    found = instruments(
        extract_text,
        "The parliament of Peru ratified the treaty on border rivers with Chile on Monday.",
    )
    assert kinds(found) == [("treaty", "ratified")]


def test_the_verb_after_two_states_is_no_part_of_a_party(extract_text):
    found = instruments(
        extract_text,
        "The treaty on border rivers between Chile and Peru entered into force in October.",
    )
    assert kinds(found) == [("treaty", "in_force")]
    assert found[0]["parties"] == []


def test_a_title_keeps_the_documents_purpose_and_its_modifiers(extract_text):
    assert titles(
        extract_text,
        "Chile and Peru signed an agreement to jointly fight forest fires in Arica on Monday.",
    ) == ["agreement to jointly fight forest fires"]
    assert titles(
        extract_text, "Chile and Peru signed a landmark fisheries agreement in Lima."
    ) == ["fisheries agreement"]


def test_a_long_own_name_with_its_parties_is_kept_whole(extract_text):
    assert titles(
        extract_text,
        "The two foreign ministers signed the Treaty between the Republic of Chile and the "
        "Republic of Peru on the Delimitation of the Maritime Boundary in Lima.",
    ) == [
        "Treaty between the Republic of Chile and the Republic of Peru on the Delimitation "
        "of the Maritime Boundary"
    ]


def test_a_formal_title_naming_both_governments_keeps_its_subject(extract_text):
    # longer than the control above: both governments, then the subject; the short
    # description later is the same document, told by what it will do
    found = instruments(
        extract_text,
        "The ministers signed the Agreement between the Government of the Republic of Chile "
        "and the Government of the Republic of Peru on the Establishment and Operation of a "
        "Joint Border Control Post at Chacalluta in Lima on Monday. The border post "
        "agreement would halve waiting times for lorries, the Chilean minister said.",
    )
    assert kinds(found) == [("agreement", "signed")]
    assert found[0]["title"].endswith("of a Joint Border Control Post")


def test_the_two_countries_before_a_relative_clause_are_no_parties(extract_text):
    found = instruments(
        extract_text,
        "Instruments of ratification of the Treaty on Extradition between the two "
        "countries, which the justice ministers of Chile and Peru signed in Lima in 2023, "
        "were exchanged on Monday.",
    )
    assert found and found[0]["parties"] == []
    # control: two signing bodies between which the document was made are its parties
    found = instruments(
        extract_text,
        "The agreement between the Chilean Ministry of Health and the Peruvian Ministry of "
        "Health, which covers vaccines, was signed in Lima on Monday.",
    )
    assert found and len(found[0]["parties"]) == 2


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # both sides in one plural: the plural is the party, its field an area
        (
            "Chile and Peru signed a memorandum of understanding between the two ministries "
            "of health on the training of nurses.",
            ["ministries of health"],
        ),
        (
            "Chile and Peru signed a memorandum between the Ministries of Foreign Affairs on "
            "consular training.",
            ["Ministries of Foreign Affairs"],
        ),
        # a formal title's states, the subject after the last one cut off: no signing bodies
        ("Chile and Peru signed the Agreement between Chile and Peru on Local Border Traffic.", []),
        # a new clause after the sides ends them
        (
            "Chile and Peru signed in Arica a memorandum on cooperation between their Pacific "
            "ports, and agreed that a rail agreement will be signed next year.",
            [],
        ),
        (
            "The ministers said the agreements would open a new chapter on water and on "
            "transport between the two neighbours, and called on companies to invest.",
            [],
        ),
        # control: two signing bodies are the parties
        (
            "Chile and Peru signed a memorandum between the Chilean Ministry of Health and the "
            "Peruvian Ministry of Health on the training of nurses.",
            ["Chilean Ministry of Health", "Peruvian Ministry of Health"],
        ),
    ],
)
def test_the_parties_between_which_a_document_is_made(extract_text, sentence, parties):
    found = instruments(extract_text, sentence)
    assert found and found[0]["parties"] == parties


def test_a_document_whose_verb_takes_it_into_force_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "The road haulage agreement between Chile and Peru, signed in Lima in October, "
        "has entered into force.",
    )
    assert kinds(found) == [("agreement", "in_force")]


def test_a_signing_still_looked_forward_to_is_planned(extract_text):
    found = instruments(
        extract_text,
        "The ministers welcomed the progress on the treaty on the maritime boundary and "
        "looked forward to its signing before the end of the year.",
    )
    assert kinds(found) == [("treaty", "planned")]
    done = instruments(
        extract_text,
        "The ministers welcomed the treaty on the maritime boundary and attended its "
        "signing in Lima.",
    )
    assert kinds(done) == [("treaty", "signed")]


def test_a_signing_with_a_date_of_its_own_takes_the_sessions_place(extract_text):
    found = instruments(
        extract_text,
        "The 9th session of the Chile-Peru Joint Commission was held in Arica on 2 May 2025. "
        "On 2 May the two sides also signed a memorandum on tourism.",
    )
    assert [(i["kind"], i["place"]) for i in found] == [("memorandum", "Arica")]


def test_a_signing_elsewhere_does_not_take_the_sessions_place(extract_text):
    found = instruments(
        extract_text,
        "The 9th session of the Chile-Peru Joint Commission was held in Arica on 2 May 2025. "
        "In March 2024 the two sides had signed a memorandum on tourism.",
    )
    assert [(i["kind"], i["place"]) for i in found] == [("memorandum", None)]


def test_what_a_document_would_do_says_nothing_of_its_signing(extract_text):
    found = instruments(
        extract_text,
        "The two presidents signed a memorandum on trade and a memorandum on mining in Lima "
        "on Friday. A memorandum on fisheries would help coastal towns on both sides.",
    )
    assert kinds(found) == [("memorandum", "signed")] * 3


def test_a_document_still_to_be_signed_stays_planned(extract_text):
    found = instruments(
        extract_text,
        "A memorandum on fisheries would be signed in Lima next month, the ministers said.",
    )
    assert kinds(found) == [("memorandum", "planned")]


def test_listed_documents_after_a_plural_reference_are_documents(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed four documents on Tuesday after talks between their foreign "
        "ministers in Lima. The documents cover transport, fisheries, education and tourism.",
    )
    assert sorted(a for i in found for a in i["areas"]) == [
        "agriculture",
        "education",
        "tourism",
        "transport",
    ]
    assert {i["status"] for i in found} == {"signed"}


def test_the_documents_told_one_by_one_cover_more_but_are_no_new_documents(extract_text):
    # the control above: the same sentence after a count with no list names the documents
    found = instruments(
        extract_text,
        "In Lima on Tuesday Chile and Peru signed an agreement on road transport and a "
        "memorandum on fisheries. The documents also cover tourism and education.",
    )
    assert kinds(found) == [("agreement", "signed"), ("memorandum", "signed")]
    assert sorted(tuple(i["areas"]) for i in found) == [("agriculture",), ("transport",)]


def test_an_expired_document_is_terminated(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru renewed their memorandum of understanding on seasonal workers on "
        "Monday. The previous memorandum expired in 2022.",
    )
    assert ("memorandum", "terminated") in kinds(found)
    assert ("memorandum", "signed") in kinds(found)


def test_a_programme_of_some_cooperation_is_a_programme(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a programme of cultural cooperation for 2025-2027 in Lima.",
    )
    assert [(i["kind"], i["title"]) for i in found] == [
        ("programme", "programme of cultural cooperation")
    ]


def test_documents_counted_one_by_one_are_one_each(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed two agreements in Arica on Thursday: one on trade in goods "
        "and one on the use of border waterways.",
    )
    assert sorted(i["title"] for i in found) == [
        "agreement on the use of border waterways",
        "agreement on trade in goods",
    ]


def test_between_after_meetings_names_who_met_not_who_signed(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed the fisheries protocol prepared during previous meetings "
        "between the leaders of Chile and Peru.",
    )
    assert [i["parties"] for i in found] == [[]]


def test_each_indefinite_memorandum_with_its_own_subject_is_a_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on port logistics, an agreement on customs and "
        "a memorandum on teacher exchanges in Lima on Monday.",
    )
    assert kinds(found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
        ("memorandum", "signed"),
    ]


def test_an_indefinite_retelling_of_the_same_subject_is_one_document(extract_text):
    # control: the same shape, but the second phrase only restates the first one's subject
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on tourism in Lima on Monday. "
        "A memorandum on tourism cooperation was signed by the two ministers.",
    )
    assert kinds(found) == [("memorandum", "signed")]


def test_letters_exchanged_are_documents_of_kind_other(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed an agreement on fisheries and a letter of exchange on a "
        "border bridge in Lima on Monday. An exchange of letters on grant aid followed.",
    )
    assert kinds(found) == [("agreement", "signed"), ("other", "signed"), ("other", "signed")]


def test_items_take_the_date_and_place_of_the_plural_lead_in_before_them(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed seven documents during the president's three-day visit, "
        "which began on Monday. The ministers signed the documents in Arequipa on Wednesday. "
        "They signed an agreement on fisheries, a memorandum on tourism and a protocol on "
        "mining. A letter of intent on rail links was also signed.",
    )
    assert sorted(i["kind"] for i in found) == ["agreement", "memorandum", "other", "protocol"]
    assert {(i["date"], i["place"]) for i in found} == {("2025-05-28", "Arequipa")}


def test_items_without_a_lead_in_keep_no_date(extract_text):
    # control: the same items with no plural lead-in that dates them
    found = instruments(
        extract_text,
        "The president began a three-day visit on Monday. "
        "Chile and Peru signed an agreement on fisheries, a memorandum on tourism and a "
        "protocol on mining.",
    )
    assert sorted(i["kind"] for i in found) == ["agreement", "memorandum", "protocol"]
    assert {i["date"] for i in found} == {None}


def test_two_letters_of_one_list_on_different_subjects_are_two_documents(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a letter of exchange on the Rosales bridge and a "
        "memorandum of understanding (MoU) on volunteer teachers. They also signed an MoU "
        "on the Vicuna census and a letter of exchange on the Puma bridge.",
    )
    assert kinds(found) == [("memorandum", "signed")] * 2 + [("other", "signed")] * 2
    assert len({i["title"] for i in found}) == 4


def test_a_memorandum_named_twice_in_one_phrase_is_one_document(extract_text):
    # control: the full name and its abbreviation before the subject are one document
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum of understanding (MoU) on volunteer teachers.",
    )
    assert kinds(found) == [("memorandum", "signed")]


def test_an_agreed_text_is_a_planned_document(extract_text):
    found = instruments(
        extract_text,
        "The text of the new agreement on fisheries between Chile and Peru has been fully "
        "agreed. It cannot yet be signed, because both parliaments must first approve it.",
    )
    assert kinds(found) == [("agreement", "planned")]


def test_a_signed_text_is_a_signed_document(extract_text):
    # control: the same document, signed
    found = instruments(
        extract_text,
        "The new agreement on fisheries between Chile and Peru was signed on Monday. "
        "Both parliaments must now approve it.",
    )
    assert kinds(found) == [("agreement", "signed")]


def test_the_treaty_after_the_storys_one_agreement_is_that_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed an agreement on comprehensive partnership in Lima on Monday. "
        "The treaty will be submitted to both parliaments for ratification.",
    )
    assert [i["kind"] for i in found] == ["treaty"]


def test_a_treaty_after_an_agreement_is_another_document(extract_text):
    # control: an indefinite treaty is a second document
    found = instruments(
        extract_text,
        "Chile and Peru signed an agreement on comprehensive partnership in Lima on Monday. "
        "They also signed a treaty on extradition.",
    )
    assert sorted(i["kind"] for i in found) == ["agreement", "treaty"]


def test_a_document_between_one_state_and_a_bloc_is_not_the_pairs(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru agreed to deepen trade. Peru will also implement the free trade "
        "agreement between Peru and the European Union signed in 2012.",
    )
    assert found == []


def test_a_document_between_the_two_states_is_theirs(extract_text):
    # control: the same shape with the pair as its parties
    found = instruments(
        extract_text,
        "Chile and Peru agreed to deepen trade. Peru will also implement the free trade "
        "agreement between Peru and Chile signed in 2012.",
    )
    assert len(found) == 1


def test_a_memorandum_to_that_effect_is_the_agreement_just_described(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru have signed an agreement to cooperate in mining and fisheries in Lima "
        "on Monday. The two foreign ministers signed a memorandum of understanding (MoU) to "
        "that effect. Under the MoU, the two countries will share survey data.",
    )
    assert kinds(found) == [("memorandum", "signed")]
    assert found[0]["place"] == "Lima"


def test_a_memorandum_with_a_subject_of_its_own_is_another_document(extract_text):
    # control: the same shape, the memorandum saying what it is about
    found = instruments(
        extract_text,
        "Chile and Peru have signed an agreement to cooperate in mining and fisheries in Lima "
        "on Monday. The two foreign ministers also signed a memorandum of understanding on "
        "tourism.",
    )
    assert kinds(found) == [("agreement", "signed"), ("memorandum", "signed")]


def test_a_document_that_may_be_signed_is_planned(extract_text):
    found = instruments(
        extract_text,
        "An agreement on fisheries may be signed during the visit of the Chilean president "
        "to Peru next week.",
    )
    assert kinds(found) == [("agreement", "planned")]


def test_a_document_that_was_signed_during_a_visit_is_signed(extract_text):
    # control: the same sentence in the past
    found = instruments(
        extract_text,
        "An agreement on fisheries was signed during the visit of the Chilean president "
        "to Peru last week.",
    )
    assert kinds(found) == [("agreement", "signed")]


def test_a_document_which_remains_in_force_is_in_force_and_not_placed_at_the_session(
    extract_text,
):
    found = instruments(
        extract_text,
        "The 9th session of the Chile-Peru Joint Commission took place in Lima on 2 May. "
        "The minister said the two countries had signed an agreement on road transport in "
        "1998, which remains in force.",
    )
    assert [(i["kind"], i["status"], i["place"]) for i in found] == [
        ("agreement", "in_force", None)
    ]


def test_a_document_signed_at_the_session_is_placed_there(extract_text):
    # control: the same shape, signed at the session the article reports
    found = instruments(
        extract_text,
        "The 9th session of the Chile-Peru Joint Commission took place in Lima on 2 May. "
        "The minister said the two countries had signed an agreement on road transport at "
        "the session.",
    )
    assert [(i["kind"], i["status"], i["place"]) for i in found] == [
        ("agreement", "signed", "Lima")
    ]


def test_a_title_stops_before_the_occasion_of_the_signing(extract_text):
    found = titles(
        extract_text,
        "Chile and Peru signed an agreement to cooperate in mining and fisheries during a "
        "joint committee meeting in Arica on Monday. The two companies signed an additional "
        "agreement to expand their port on the sidelines of the committee meeting.",
    )
    assert found == [
        "additional agreement to expand their port",
        "agreement to cooperate in mining and fisheries",
    ]


def test_a_title_keeps_a_hyphenated_word_of_the_name(extract_text):
    found = titles(
        extract_text,
        "Chile and Peru signed the Memorandum of Understanding for the Administration of the "
        "Bi-national Fund in Lima on Monday.",
    )
    assert found == [
        "Memorandum of Understanding for the Administration of the Bi-national Fund"
    ]


def test_a_title_holds_no_stray_quotation_mark_nor_a_report_word(extract_text):
    found = titles(
        extract_text,
        'Chile and Peru signed the following "Roadmap" for cooperation in mining in Lima.',
    )
    assert all(not t.startswith(("following", '"', "Roadmap\"")) for t in found)
    assert found


def test_a_counted_list_after_a_date_and_a_colon_gives_one_document_per_item(extract_text):
    found = titles(
        extract_text,
        "Chile and Peru signed four agreements on Tuesday during the visit of the Chilean "
        "president to Lima: on trade facilitation; on road transport; on health; and on "
        "cooperation in mining.",
    )
    assert found == [
        "agreement on cooperation in mining",
        "agreement on health",
        "agreement on road transport",
        "agreement on trade facilitation",
    ]


def test_a_count_with_a_date_and_no_list_is_one_entry(extract_text):
    # control: "on Tuesday" is a date, not the first item of a list
    found = instruments(
        extract_text,
        "Chile and Peru signed four agreements on Tuesday during the visit of the Chilean "
        "president to Lima.",
    )
    assert kinds(found) == [("agreement", "signed")]


def _signed(place: str | None):
    from accords.extract.instruments import InstrumentMention

    return InstrumentMention("agreement", "signed", None, place, [], [], 1, 100, 109, False)


def _held_in(place: str):
    from accords.extract.meetings import MeetingMention

    return MeetingMention("summit", "held", "2025-06-02", place, None, 0, 10, 15)


def test_a_document_placed_in_a_country_takes_the_city_of_the_session_there():
    from accords.extract.instruments import signed_at_the_meeting

    document = _signed("Chile")
    signed_at_the_meeting([document], [_held_in("Arica")])
    assert (document.place, document.date) == ("Arica", "2025-06-02")


def test_a_document_placed_in_another_country_keeps_it():
    # control: the session's city is not in the country the document names
    from accords.extract.instruments import signed_at_the_meeting

    document = _signed("Peru")
    signed_at_the_meeting([document], [_held_in("Arica")])
    assert (document.place, document.date) == ("Peru", None)


def test_a_convention_is_an_agreement_and_a_new_subject_a_new_document(extract_text):
    found = instruments(
        extract_text,
        "The extradition treaty between Chile and Peru entered into force on Monday. Peru's "
        "Congress ratified the agreement on legal assistance on Tuesday, and the two countries "
        "exchanged instruments of ratification of the convention on social security.",
    )
    assert kinds(found) == [("agreement", "ratified"), ("agreement", "ratified"),
                            ("treaty", "in_force")]


def test_the_agreement_after_the_storys_one_treaty_is_that_treaty(extract_text):
    # control: a reference with no subject of its own joins the one document named
    found = instruments(
        extract_text,
        "The extradition treaty between Chile and Peru was signed in Lima on Monday. Peru's "
        "Congress is expected to ratify the agreement next year.",
    )
    assert [i["kind"] for i in found] == ["treaty"]


def test_negotiations_to_be_started_make_a_planned_document(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru agreed to start negotiations on an investment protection agreement.",
    )
    assert kinds(found) == [("agreement", "planned")]


def test_a_document_that_expired_and_was_not_renewed_is_terminated(extract_text):
    found = instruments(
        extract_text,
        "The memorandum on fisheries between Chile and Peru expired in 2020 and was not "
        "renewed.",
    )
    assert kinds(found) == [("memorandum", "terminated")]


def test_a_document_that_was_not_signed_is_no_document(extract_text):
    # control: negation on the verb that would assert it still drops it
    found = instruments(
        extract_text,
        "The memorandum on fisheries between Chile and Peru was not signed in 2020.",
    )
    assert found == []


def test_a_memorandum_on_a_named_agreement_is_one_memorandum(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a Memorandum of Understanding (MoU) on the Construction "
        "Agreement for the Border Bridge Project in Arica on Monday.",
    )
    assert kinds(found) == [("memorandum", "signed")]


def parties_of(found: list[dict]) -> list[list[str]]:
    return [i["parties"] for i in found]


def test_a_party_named_with_for_the_goes_on_to_the_end_of_its_name(extract_text):
    found = instruments(
        extract_text,
        "A memorandum of understanding on tourism was signed between Chile's National Tourism "
        "Service and Peru's Commission for the Promotion of Exports and Tourism in Lima.",
    )
    assert parties_of(found) == [[
        "Chile's National Tourism Service",
        "Peru's Commission for the Promotion of Exports and Tourism",
    ]]
    assert found[0]["areas"] == ["tourism"]


def test_two_ministries_that_sign_as_the_subject_are_the_parties(extract_text):
    found = instruments(
        extract_text,
        "Chile's Ministry of Health and Peru's Ministry of Health signed a protocol on vaccine "
        "exchange in Lima on Monday.",
    )
    assert parties_of(found) == [["Chile's Ministry of Health", "Peru's Ministry of Health"]]


def test_two_states_that_sign_as_the_subject_are_no_parties(extract_text):
    # control: the states themselves sign
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on vaccine exchange in Lima on Monday.",
    )
    assert parties_of(found) == [[]]


def test_a_demonstrative_with_nothing_to_point_back_to_names_no_document(extract_text):
    """'These agreements on water' after documents of other subjects: a demonstrative
    only ever points back, so it brings no document of its own into the story."""
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on mining cooperation in Lima. The two governments "
        "expect that these agreements on water management will be implemented next year.",
    )
    assert kinds(found) == [("protocol", "signed")]


def test_an_indefinite_with_the_same_words_names_a_document(extract_text):
    """Control: 'new agreements on water' with no demonstrative are documents of their own."""
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on mining cooperation in Lima. The two governments "
        "expect that new agreements on water management will be signed next year.",
    )
    assert kinds(found) == [("agreement", "planned"), ("protocol", "signed")]


def test_the_document_of_a_named_year_is_another_and_a_base_exists(extract_text):
    """'a fresh treaty, based on their 2005 agreement': the year dates a document of its own,
    and what a new text is based on exists already."""
    found = instruments(
        extract_text,
        "Chile and Peru plan to sign a fresh treaty on schooling, based on their 2005 agreement.",
    )
    assert sorted((i["kind"], i["status"], i["date"]) for i in found) == [
        ("agreement", "in_force", "2005"), ("treaty", "planned", None)
    ]


def test_the_agreement_without_a_year_is_the_treaty_named_before(extract_text):
    """Control: the same words without the year point back to the treaty."""
    found = instruments(
        extract_text,
        "Chile and Peru agreed to sign a new treaty on education. The agreement will be "
        "signed in Lima in May.",
    )
    assert kinds(found) == [("treaty", "planned")]


def test_a_document_praised_in_passing_is_the_one_just_signed(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a treaty on border rivers in Arica on Monday. "
        "The foreign minister said the two nations had made history with a remarkable agreement.",
    )
    assert kinds(found) == [("treaty", "signed")]


def test_a_document_with_its_own_subject_in_passing_is_another(extract_text):
    # control: the same sentence, but its document has a subject of its own
    found = instruments(
        extract_text,
        "Chile and Peru signed a treaty on border rivers in Arica on Monday. "
        "The foreign minister said the two nations had made history with an agreement on "
        "fisheries.",
    )
    assert kinds(found) == [("agreement", "signed"), ("treaty", "signed")]


def test_a_pact_described_by_its_name_is_the_treaty_told_of(extract_text):
    found = instruments(
        extract_text,
        "The treaty between Chile and Peru on shared aquifers entered into force on Monday. "
        "The Andes Water Union is a broad pact between the two neighbours, both short of "
        "water in the dry season.",
    )
    assert kinds(found) == [("treaty", "in_force")]


def test_a_pact_that_was_signed_is_a_document_of_its_own(extract_text):
    # control: the generic word beside a verb of signing names a second document
    found = instruments(
        extract_text,
        "The treaty between Chile and Peru on shared aquifers entered into force on Monday. "
        "A separate pact between the two neighbours on mining was inked in Lima in March.",
    )
    assert ("treaty", "in_force") in kinds(found)
    assert len(found) == 2


def test_a_possessive_points_back_to_the_plan_signed(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a Plan of Action for 2025-2030 in Lima on Monday. "
        '"We will keep carrying out our Plan of Action in every field," the Chilean '
        "foreign minister told reporters.",
    )
    assert kinds(found) == [("roadmap", "signed")]


def test_an_indefinite_plan_in_the_same_quote_is_another(extract_text):
    # control: the same quote with an indefinite article introduces a plan of its own
    found = instruments(
        extract_text,
        "Chile and Peru signed a Plan of Action for 2025-2030 in Lima on Monday. "
        '"We will keep drafting a plan of action on fisheries," the Chilean '
        "foreign minister told reporters.",
    )
    assert kinds(found) == [("roadmap", "planned"), ("roadmap", "signed")]


HEADLINED = (
    "{first}\nPublished: 10 May 2024\n\n"
    "LIMA — Chile and Peru on Wednesday signed a new Cooperation Programme on fisheries "
    "for 2024-2028.\n\nThe programme covers fish farming and coastal patrols."
)


def test_a_headline_without_a_stop_restates_the_programme_of_the_body(extract_text):
    text = HEADLINED.format(first="Chile and Peru renew their cooperation programme")
    found = extract_text(text, published="2024-05-10").get("instrument", [])
    assert [i["kind"] for i in found] == ["programme"]


def test_a_first_line_that_ends_a_sentence_tells_a_programme_of_its_own(extract_text):
    # control: a sentence with its own subject and year before the same body
    text = HEADLINED.format(
        first="Chile and Peru renewed their cooperation programme on tourism in 2019."
    )
    found = extract_text(text, published="2024-05-10").get("instrument", [])
    assert sorted(i["date"] for i in found) == ["2019", "2024-05-08"]


def test_documents_listed_after_a_fronted_phrase_are_documents_not_predicates(extract_text):
    found = instruments(
        extract_text,
        "Some ten documents are expected to be signed at the summit in Lima on Friday. Among "
        "them are a memorandum of understanding on solar power, an agreement on cooperation "
        "against drug trafficking, a memorandum on flood management and a cultural "
        "exchange programme.",
    )
    assert kinds(found) == [
        ("agreement", "planned"),
        ("memorandum", "planned"),
        ("memorandum", "planned"),
        ("programme", "planned"),
    ]
    # control: a document word after a copula whose subject comes first describes it
    found = instruments(
        extract_text,
        "Chile and Peru signed a protocol on energy in Lima on Friday. The protocol is a "
        "framework agreement for later projects.",
    )
    assert kinds(found) == [("protocol", "signed")]


def test_a_document_named_in_doubt_and_asserted_later_is_a_document_of_its_own(extract_text):
    lead = "An agreement against drug trafficking is expected to be signed in Lima on Friday. "
    doubt = (
        "Whether the most awaited text, an agreement on the joint production of trainer "
        "aircraft, will be ready for Friday is unclear."
    )
    # control: doubt alone records nothing
    assert kinds(instruments(extract_text, lead + doubt)) == [("agreement", "planned")]
    found = instruments(
        extract_text,
        lead + doubt + " The agreement is still being negotiated by the two ministries.",
    )
    assert kinds(found) == [("agreement", "planned"), ("agreement", "planned")]


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_tense(extract_text):
    found = instruments(
        extract_text,
        "Lima and Santiago signed a letter of intent on the aircraft in 2024, and an agreement "
        "on its joint production is still being negotiated by the two defence ministries.",
    )
    assert ("agreement", "planned") in kinds(found)
    # control: a coordinated verb with no subject of its own shares the first one's
    found = instruments(
        extract_text,
        "An agreement on the joint production of the aircraft was drafted in May and signed "
        "in Lima in June.",
    )
    assert kinds(found) == [("agreement", "signed")]


def test_a_planned_document_takes_its_sessions_date_over_a_year_of_something_else(
    extract_text,
):
    text = (
        "The presidents of Chile and Peru will hold their summit in Lima on 16 June, and "
        "around ten documents are expected to be signed at the summit. Among them are a "
        "memorandum on flood management, drawn up after the 2023 floods, and an agreement "
        "on fisheries."
    )
    found = instruments(extract_text, text)
    assert sorted((i["kind"], i["date"]) for i in found) == [
        ("agreement", "2025-06-16"),
        ("memorandum", "2025-06-16"),
    ]


def test_what_a_reference_is_called_is_no_part_of_its_own_phrase(extract_text):
    lead = (
        "Chile and Peru yesterday signed a memorandum of understanding on climate resilience "
        "and disaster preparedness in Lima.\n\nUnder the pact, Chile will fund warning systems. "
    )
    # "as the outcome of the dialogue" says what the accord is; it names no other subject
    said = "Both ministers described the accord as the most concrete outcome of the dialogue so far."
    found = extract_text(lead + said).get("instrument", [])
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]
    # control: a subject in the reference's own phrase names another document
    said = "Both ministers described the accord on energy, signed in 2020, as a model."
    found = extract_text(lead + said).get("instrument", [])
    assert sorted(i["kind"] for i in found) == ["accord", "memorandum"]


def test_the_deal_is_the_document_told_as_a_fact_not_one_told_in_doubt(extract_text):
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on road transit in Lima on Monday. If financing "
        "is secured, a concession agreement for the railway could be signed next year, the "
        "minister said. Truckers' unions welcomed the deal.",
    )
    assert kinds(found) == [("memorandum", "signed")]
    # control: the document told in doubt, named again by its kind, is told as a plan
    found = instruments(
        extract_text,
        "Chile and Peru signed a memorandum on road transit in Lima on Monday. Whether a "
        "concession agreement for the railway will be ready is unclear. The agreement is "
        "still being negotiated by the two ministries.",
    )
    assert sorted(kinds(found)) == [("agreement", "planned"), ("memorandum", "signed")]


def test_two_documents_called_by_names_of_their_own_are_two(extract_text):
    lead = "Chilean President Ana Ruiz and Peruvian President Luis Soto met in Lima on Monday. "
    text = lead + (
        "They welcomed the Arica Agreement, which entered into force in May "
        "2023, and reviewed the Chile-Peru Free Trade Agreement, which is also in force."
    )
    found = extract_text(text, published="2025-03-04")["instrument"]
    assert sorted(i["title"] for i in found) == [
        "Arica Agreement",
        "Chile-Peru Free Trade Agreement",
    ]
    # control: a name and a description of it in words of its own name are one document
    text = lead + (
        "They reviewed the Chile-Peru Free Trade Agreement, which entered into force in 2009. "
        "The trade agreement is also in force."
    )
    found = extract_text(text, published="2025-03-04")["instrument"]
    assert [i["title"] for i in found] == ["Chile-Peru Free Trade Agreement"]


def test_a_definite_phrase_signed_on_another_date_is_another_document(extract_text):
    lead = "Ghana and Togo signed a memorandum on fisheries in Accra on 12 May 2025. "
    told = "The fisheries memorandum signed in 2015 expired in 2024, officials said."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert sorted((i["status"], i["date"]) for i in found) == [
        ("signed", "2025-05-12"),
        ("terminated", "2015"),
    ]
    # control: a definite phrase signed on the document's own date is that document
    told = "The fisheries memorandum signed in May 2025 covers tuna stocks, officials said."
    found = extract_text(lead + told, published="2025-05-14")["instrument"]
    assert [(i["status"], i["date"]) for i in found] == [("signed", "2025-05-12")]


def test_a_ratified_document_keeps_the_date_and_place_of_its_signing(extract_text):
    lead = (
        "Ghana and Togo agreed to deepen trade ties. Ghana's parliament yesterday ratified "
        "the transit agreement with Togo. "
    )
    told = "The agreement was signed in Lomé in October last year by the two trade ministers."
    found = extract_text(lead + told, published="2025-05-22")["instrument"]
    assert [(i["status"], i["date"], i["place"]) for i in found] == [
        ("ratified", "2024-10", "Lomé")
    ]
    # control: a later step told after the ratification leaves its date alone
    told = "The agreement will enter into force in Lomé on 1 June."
    found = extract_text(lead + told, published="2025-05-22")["instrument"]
    assert [(i["status"], i["date"]) for i in found] == [("ratified", "2025-05-21")]


def test_a_reference_points_to_the_document_named_last_counting_its_references(extract_text):
    text = (
        "Ghana and Togo signed a memorandum on fishing patrols and a memorandum on the cocoa "
        "trade in Accra on Monday. The patrols memorandum is the first of its kind. Under the "
        "memorandum, navy boats from each side may pursue illegal vessels into the other's "
        "waters."
    )
    found = extract_text(text, published="2025-05-14")["instrument"]
    areas = {i["title"]: i["areas"] for i in found}
    cocoa = next(a for t, a in areas.items() if "cocoa" in t)
    patrols = next(a for t, a in areas.items() if "patrols" in t)
    assert "defence" in patrols and "defence" not in cocoa
    # control: with no reference in between, "the memorandum" is the one named last
    text = text.replace("The patrols memorandum is the first of its kind. ", "")
    found = extract_text(text, published="2025-05-14")["instrument"]
    cocoa = next(i["areas"] for i in found if "cocoa" in i["title"])
    assert "defence" in cocoa


def test_an_interim_agreement_in_force_is_not_the_agreement_under_negotiation(extract_text):
    lead = (
        "Kenyan President Ana Ruto and Peruvian President Luis Soto agreed in Lima on Monday "
        "to finish a comprehensive trade agreement within months. "
    )
    told = (
        "It is meant to build on the interim Economic Cooperation and Trade Agreement, "
        "which entered into force on 29 December 2022."
    )
    found = extract_text(lead + told, published="2025-03-04")["instrument"]
    # the planned one takes no date: Monday, when it was agreed on, is past its signing
    assert sorted((i["status"], i["date"] or "") for i in found) == [
        ("in_force", "2022-12-29"),
        ("planned", ""),
    ]
    # control: the agreement named again by its description is the one under negotiation
    told = "The trade agreement would cut tariffs on most goods."
    found = extract_text(lead + told, published="2025-03-04")["instrument"]
    assert [i["status"] for i in found] == ["planned"]


def test_it_that_takes_a_later_step_is_the_document_named_just_before(extract_text):
    lead = "Chile and Peru signed the Andean Border Agreement in Lima in 2012. "
    for then, status in (
        ("It entered into force in 2014.", "in_force"),
        ("It was ratified by both parliaments in 2013.", "ratified"),
    ):
        found = instruments(extract_text, lead + then)
        assert [(i["kind"], i["status"], i["date"]) for i in found] == [
            ("agreement", status, "2012")
        ], then
    # control: "it" that ratifies is a state or a parliament acting, not the document
    found = instruments(extract_text, lead + "It ratified a convention on labour in 2013.")
    assert ("agreement", "signed", "2012") in [(i["kind"], i["status"], i["date"]) for i in found]
