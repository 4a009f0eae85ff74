"""Factuality: only what the text asserts (or presents as still to come) becomes a fact.

Every sentence is written for these tests; each negative case stands beside a positive
control of the same shape, so a failing extractor cannot pass by extracting nothing.
"""

import pytest

from accords.extract.factuality import Factuality, factuality_of

#: A closing sentence that makes the test text a report on Ghana–Togo relations.
BILATERAL = " Ghana and Togo agreed to deepen their bilateral cooperation further."


def instruments(extract_text, text: str) -> list[dict]:
    return extract_text(text + BILATERAL, published="2025-03-14").get("instrument", [])


def meetings(extract_text, text: str) -> list[dict]:
    return extract_text(text + BILATERAL, published="2025-03-14").get("meeting", [])


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Ghana and Togo signed the fisheries agreement.", "agreement", Factuality.ASSERTED),
        ("Ghana and Togo did not sign the fisheries agreement.", "agreement", Factuality.NEGATED),
        ("No agreement was signed during the visit.", "agreement", Factuality.NEGATED),
        ("Accra refused to sign the accord.", "accord", Factuality.NEGATED),
        ("The delegation left without signing the accord.", "accord", Factuality.NEGATED),
        ("The signing of the treaty did not take place.", "treaty", Factuality.NEGATED),
        ("The memorandum has not yet been signed.", "memorandum", Factuality.PENDING),
        ("The protocol has yet to be ratified.", "protocol", Factuality.PENDING),
        ("The visit was postponed to May.", "visit", Factuality.PENDING),
        ("If the treaty is ratified, trade will grow.", "treaty", Factuality.CONDITIONAL),
        ("Trade will grow if the two sides sign the protocol.", "protocol", Factuality.CONDITIONAL),
        ("Will the memorandum be signed next month?", "memorandum", Factuality.QUESTION),
        ("This protocol is not a declaration of intent.", "declaration", Factuality.PREDICATE),
        ("This protocol is not a declaration of intent.", "protocol", Factuality.ASSERTED),
        ("It is a framework agreement.", "agreement", Factuality.PREDICATE),
        # an indefinite subject of a present copula says what such a thing is
        ("A treaty text is not a press release.", "treaty", Factuality.PREDICATE),
        ("A treaty is a promise kept by two states.", "treaty", Factuality.PREDICATE),
        # controls: a definite subject, or a past copula, tells of one document
        ("The treaty text is a long one.", "treaty", Factuality.ASSERTED),
        ("A treaty was the result of the talks.", "treaty", Factuality.ASSERTED),
        # a document inside another noun's phrase is not denied by that phrase's verb
        (
            "Officials did not disclose the details of the agreement signed on Monday.",
            "agreement",
            Factuality.ASSERTED,
        ),
        # the result of talks named as a document is one
        (
            "The outcome of the talks was a memorandum on tourism.",
            "memorandum",
            Factuality.ASSERTED,
        ),
        ("There are no plans for a visa agreement.", "agreement", Factuality.NEGATED),
        ("There are plans for a visa agreement.", "agreement", Factuality.ASSERTED),
        ("A fisheries agreement is not on the table.", "agreement", Factuality.NEGATED),
        ("A fisheries agreement is on the table.", "agreement", Factuality.ASSERTED),
        (
            "If financing is found, a railway agreement could be signed next year.",
            "agreement",
            Factuality.CONDITIONAL,
        ),
        (
            "If all goes well, a railway agreement will be signed next year.",
            "agreement",
            Factuality.ASSERTED,
        ),
        (
            "The two treaties could be finalised, if possible, by the end of the year.",
            "treaties",
            Factuality.ASSERTED,
        ),
        (
            "If financing is found, the agreement could be signed at the next session.",
            "session",
            Factuality.ASSERTED,
        ),
        ("The leaders did not meet in Lome.", "meet", Factuality.NEGATED),
        ("The leaders met in Lome.", "met", Factuality.ASSERTED),
    ],
)
def test_factuality_of_a_mention(extractor, sentence, word, expected):
    doc = extractor.nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert factuality_of(token) is expected


def test_a_negated_signing_gives_no_document_beside_an_asserted_one(extract_text):
    assert instruments(extract_text, "Ghana and Togo signed a fisheries agreement in Lome.")
    assert not instruments(
        extract_text, "Ghana and Togo did not sign a fisheries agreement in Lome."
    )


def test_a_refused_signing_gives_no_document(extract_text):
    assert instruments(extract_text, "Ghana agreed to sign a trade protocol with Togo.")
    assert not instruments(extract_text, "Ghana refused to sign a trade protocol with Togo.")


def test_a_conditional_document_is_not_recorded(extract_text):
    assert instruments(extract_text, "Ghana and Togo will sign a customs protocol in May.")
    assert not instruments(
        extract_text, "If Ghana and Togo sign a customs protocol, border trade will double."
    )


def test_a_question_is_not_a_fact(extract_text):
    assert instruments(extract_text, "Ghana and Togo will sign an energy memorandum soon.")
    assert not instruments(extract_text, "Will Ghana and Togo sign an energy memorandum soon?")


def test_a_document_not_yet_signed_is_planned(extract_text):
    found = instruments(
        extract_text, "The energy memorandum between Ghana and Togo has not yet been signed."
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]


def test_a_draft_not_signed_is_still_to_be_signed(extract_text):
    for told in (
        "A draft agreement on road transport between Ghana and Togo was not signed.",
        "An agreement on readmission, initialled by Ghana and Togo in May, was not signed.",
    ):
        found = instruments(extract_text, told)
        assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")], told
    # control: a document of no draft whose signing is denied is no document
    told = "An agreement on road transport between Ghana and Togo was not signed."
    assert instruments(extract_text, told) == []


def test_a_text_whose_negotiation_is_not_finished_is_still_to_come(extract_text):
    told = (
        "No deal was signed, because the negotiation on a services agreement between Ghana "
        "and Togo isn't finished."
    )
    found = instruments(extract_text, told)
    assert [(i["kind"], i["status"]) for i in found] == [("agreement", "planned")]
    # control: a denied signing of the text itself is no document
    told = "A services agreement between Ghana and Togo wasn't finished."
    assert instruments(extract_text, told) == []


def test_an_initialled_texts_date_and_place_are_not_its_signings(extract_text):
    text = (
        "Having been initialled in Kumasi in February, the agreement on defence industry "
        "between Ghana and Togo is expected to be signed in Lomé in November."
    )
    found = instruments(extract_text, text)
    assert [(i["status"], i["date"], i["place"]) for i in found] == [
        ("planned", "2025-11", "Lomé")
    ]
    # control: with no initialling told, the sentence's first date and place stand
    text = (
        "Drafted in Kumasi in February, the agreement on defence industry between Ghana "
        "and Togo is expected to be signed soon."
    )
    found = instruments(extract_text, text)
    assert [(i["status"], i["date"], i["place"]) for i in found] == [
        ("planned", "2025-02", "Kumasi")
    ]


def test_what_a_document_is_not_is_no_document(extract_text):
    found = instruments(
        extract_text,
        "Ghana and Togo signed a protocol on power trade in Lome on Monday. "
        "This protocol is not a declaration of intent, the minister said.",
    )
    assert [i["kind"] for i in found] == ["protocol"]


def test_a_cancelled_meeting_is_no_meeting_beside_one_held(extract_text):
    assert meetings(extract_text, "The presidents of Ghana and Togo met in Lome on Monday.")
    assert not meetings(
        extract_text, "The presidents of Ghana and Togo did not meet in Lome on Monday."
    )


def test_a_postponed_meeting_is_still_planned(extract_text):
    found = meetings(
        extract_text, "The session of the Ghana-Togo joint commission was postponed to June."
    )
    assert found and all(m["status"] == "planned" for m in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They chose talks instead of signing the accord.", Factuality.NEGATED),
        ("They were in the process of signing the accord.", Factuality.ASSERTED),
    ],
)
def test_instead_of_a_signing_denies_it_the_process_of_one_does_not(extractor, sentence, expected):
    doc = extractor.nlp(sentence)
    token = next(t for t in doc if t.text == "accord")
    assert factuality_of(token) is expected


@pytest.mark.parametrize(
    ("negated", "control"),
    [
        (
            "Togo rejected a Ghanaian proposal to sign a memorandum on fishing.",
            "Togo accepted a Ghanaian proposal to sign a memorandum on fishing.",
        ),
        (
            "The minister denied that Ghana and Togo had signed a deal on fisheries.",
            "The minister said that Ghana and Togo had signed a deal on fisheries.",
        ),
        (
            "Had the agreement on fisheries been signed, trade would have doubled.",
            "The agreement on fisheries was signed, and trade has doubled.",
        ),
    ],
)
def test_a_document_denied_rejected_or_counterfactual_is_no_fact(extract_text, negated, control):
    assert instruments(extract_text, negated) == []
    assert len(instruments(extract_text, control)) == 1


def test_no_plans_to_hold_a_summit_is_no_planned_summit(extract_text):
    assert meetings(extract_text, "There are no plans to hold a summit of Ghana and Togo.") == []
    assert len(meetings(extract_text, "There are plans to hold a summit of Ghana and Togo.")) == 1


def test_a_finite_past_after_a_planning_verb_tells_its_own_time(extract_text):
    # "had been preparing" cannot govern "ended": the documents were signed
    found = instruments(
        extract_text,
        "The summit, which aides on both sides had been preparing since the spring, ended "
        "with the signing of a memorandum on fisheries and an agreement on road transport.",
    )
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
    ]
    # control: a verb that shares the first one's auxiliaries shares its time
    found = instruments(
        extract_text,
        "Officials had been preparing and negotiating two documents since the spring: a "
        "memorandum on fisheries and an agreement on road transport.",
    )
    assert {i["status"] for i in found} == {"planned"}


def test_since_the_entry_into_force_of_a_treaty_it_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "Ghana and Togo reviewed their trade on Thursday, the first review since the entry "
        "into force of the Treaty on Border Markets.",
    )
    assert [i["status"] for i in found] == ["in_force"]
    # control: an entry into force still ahead leaves the treaty signed
    found = instruments(
        extract_text,
        "Ghana and Togo held talks ahead of the entry into force of the Treaty on Border "
        "Markets, signed in Lome in May.",
    )
    assert [i["status"] for i in found] == ["signed"]


def test_a_document_someone_is_tasked_with_concluding_is_planned(extract_text):
    found = instruments(
        extract_text,
        "The presidents tasked their ministers with concluding a memorandum on fisheries "
        "before the end of the year.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "planned")]
    # control: the ministers who concluded it
    found = instruments(
        extract_text,
        "The ministers concluded a memorandum on fisheries on Monday.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("memorandum", "signed")]


def test_a_document_that_remains_the_foundation_is_in_force(extract_text):
    found = instruments(
        extract_text,
        "Ghana and Togo signed a joint declaration on energy in Accra in 2019. The "
        "declaration remains the foundation of their cooperation on power trade.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("declaration", "in_force")]
    # control: told only as signed, it stays signed
    found = instruments(
        extract_text,
        "Ghana and Togo signed a joint declaration on energy in Accra in 2019. The "
        "declaration opened their cooperation on power trade.",
    )
    assert [(i["kind"], i["status"]) for i in found] == [("declaration", "signed")]


def test_a_document_whose_expiry_is_noted_ended_and_keeps_its_signing_year(extract_text):
    found = instruments(
        extract_text,
        "The presidents took note of the expiry, in December 2024, of the memorandum on "
        "power supply between the two utilities, which had been signed in 2019.",
    )
    assert [(i["kind"], i["status"], i["date"]) for i in found] == [
        ("memorandum", "terminated", "2019")
    ]
    # control: an expiry still ahead ends nothing
    found = instruments(
        extract_text,
        "The utilities met in Accra on Monday, before the expiry of the memorandum on power "
        "supply, which had been signed in 2019.",
    )
    assert found and found[0]["status"] != "terminated"


def test_a_list_line_the_parse_runs_into_its_lead_in_takes_the_lead_ins_status(extract_text):
    # the parse hangs the verbless lines on the clause about the meeting ("had been
    # preparing"); what they are is what the lead-in says of the listed documents
    text = (
        "Foreign ministers of Chile and Peru met in Lima on Tuesday. The meeting, which "
        "aides on both sides had been preparing since the summer, ended with the signing "
        "of three documents, according to a note from the Chilean government:\n\n"
        "– a joint declaration on border transport;\n"
        "– a memorandum of understanding between the two space agencies on small satellites;\n"
        "– an agreement on cross-border health care for residents of the valleys.\n"
    )
    found = instruments(extract_text, text)
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("declaration", "signed"),
        ("memorandum", "signed"),
    ]
    # control: a line whose own verb governs its document says what it is
    text = (
        "Foreign ministers of Chile and Peru met in Lima on Tuesday and signed two "
        "documents. The ministers also agreed on the next steps:\n\n"
        "• completing the agreement on cross-border health care by June;\n"
        "• drafting a memorandum on small satellites.\n"
    )
    found = instruments(extract_text, text)
    assert ("agreement", "planned") in {(i["kind"], i["status"]) for i in found}


def test_documents_subscribed_in_a_translated_report_are_signed(extract_text):
    # "suscribir" / "subscrever" come into English as "subscribe": the documents were signed
    sentence = (
        "Chile and Bolivia closed their border committee in Arica on Wednesday. In the "
        "closing act the following instruments were {verb}: a memorandum of understanding on "
        "the border crossing, that will permit a single inspection of cargo; and an agreement "
        "on stolen vehicles."
    )
    found = instruments(extract_text, sentence.format(verb="subscribed"))
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
    ]
    # control: the same list told with "signed"
    found = instruments(extract_text, sentence.format(verb="signed"))
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("agreement", "signed"),
        ("memorandum", "signed"),
    ]


def test_a_document_ratified_by_one_side_while_the_other_s_ratification_is_awaited_is_signed(
    extract_text,
):
    text = (
        "Chile and Peru reviewed their trade in Lima on Tuesday. It was recalled that the "
        "agreement on double taxation, signed in Lima in 2022, was ratified by Chile in "
        "December. Its ratification by the Peruvian side is awaited."
    )
    assert [(i["kind"], i["status"]) for i in instruments(extract_text, text)] == [
        ("agreement", "signed")
    ]
    # control: ratified, with nothing still to come
    text = text.replace(" Its ratification by the Peruvian side is awaited.", "")
    assert [(i["kind"], i["status"]) for i in instruments(extract_text, text)] == [
        ("agreement", "ratified")
    ]


def test_a_document_not_among_those_signed_gives_no_document(extract_text):
    signed = "Ghana and Togo signed a memorandum on rail transport in Accra on Monday. "
    among = signed + "A loan agreement for the new railway was among the documents."
    kinds = [i["kind"] for i in instruments(extract_text, among)]
    assert sorted(kinds) == ["agreement", "memorandum"]  # control: among them, it was signed
    not_among = signed + "A loan agreement for the new railway was not among the documents."
    assert [i["kind"] for i in instruments(extract_text, not_among)] == ["memorandum"]


def test_a_consequence_of_a_condition_written_without_if_is_no_plan(extract_text):
    lead = "Kenya and Uganda signed a memorandum on energy in Kampala on Monday. "
    said = (
        "Should the studies show that the waterway is viable, a navigation treaty would have "
        "to be negotiated."
    )
    found = extract_text(lead + said, published="2025-03-05")["instrument"]
    assert [i["kind"] for i in found] == ["memorandum"]
    # control: the same treaty told as the next step is planned
    said = "The studies show that the waterway is viable, and a navigation treaty will be negotiated."
    found = extract_text(lead + said, published="2025-03-05")["instrument"]
    assert sorted((i["kind"], i["status"]) for i in found) == [
        ("memorandum", "signed"),
        ("treaty", "planned"),
    ]
