"""Rules of the extract stage, on sentences written for these tests."""

ARTICLE = """Kenya and Ethiopia deepen ties

Kenya and Ethiopia signed a memorandum of understanding on livestock health and a protocol on road transport on Tuesday in Addis Ababa, at the close of the ninth session of the Kenya-Ethiopia Joint Ministerial Commission.

Kenyan Foreign Minister Alfred Mutua and his Ethiopian counterpart Demeke Mekonnen co-chaired the session. "Our two countries share a long border and a common future," Mutua told reporters.

The Joint Ministerial Commission will meet next in Nairobi in 2024, when an agreement on energy trading is expected to be signed.
"""


def test_dyad_body_and_sessions(extract_text):
    found = extract_text(ARTICLE, published="2023-06-14", title="Kenya and Ethiopia deepen ties")
    assert found["dyad"] == [{"countries": ["ETH", "KEN"]}]
    assert [b["name"] for b in found["body"]] == ["Joint Ministerial Commission"]
    sessions = {(m["kind"], m["status"], m["place"], m["date"]) for m in found["meeting"]}
    assert ("commission_session", "held", "Addis Ababa", "2023-06-13") in sessions
    assert ("commission_session", "planned", "Nairobi", "2024") in sessions


def test_instruments_signed_and_planned(extract_text):
    found = extract_text(ARTICLE, published="2023-06-14", title="Kenya and Ethiopia deepen ties")
    got = {(i["kind"], i["status"], tuple(i["areas"])) for i in found["instrument"]}
    assert ("memorandum", "signed", ("agriculture", "health")) in got
    assert ("protocol", "signed", ("transport",)) in got
    assert ("agreement", "planned", ("energy", "trade")) in got
    planned = next(i for i in found["instrument"] if i["status"] == "planned")
    assert planned["place"] == "Nairobi"


def test_people_roles_and_quotes(extract_text):
    found = extract_text(ARTICLE, published="2023-06-14", title="Kenya and Ethiopia deepen ties")
    people = {p["name"]: p for p in found["person"]}
    assert people["Alfred Mutua"]["country"] == "KEN"
    assert people["Alfred Mutua"]["role"] == "Foreign Minister"
    assert found["statement"][0]["speaker"] == "Alfred Mutua"
    assert found["statement"][0]["quote_start"].startswith("Our two countries share a long")


def test_a_match_between_national_teams_has_no_dyad(extract_text):
    text = (
        "Brazil beat Argentina 2-1 in a friendly at the national stadium on Sunday. "
        "The Brazilian striker scored twice and the Argentine coach praised his players."
    )
    assert extract_text(text) == {}


def test_relative_dates_stay_null_without_publication_date(extract_text):
    text = (
        "Ghana and Togo will hold the next session of their Joint Commission for Cooperation "
        "in Lome later this year, the foreign ministers of Ghana and Togo said."
    )
    meetings = extract_text(text)["meeting"]
    assert meetings == [
        {
            "body": "Joint Commission for Cooperation",
            "kind": "commission_session",
            "status": "planned",
            "date": None,
            "place": "Lome",
            "countries": ["GHA", "TGO"],
        }
    ]


def test_signing_takes_date_and_place_of_the_meeting_it_refers_to(extract_text):
    text = (
        "The Joint Commission of Chile and Peru last met in Lima in May 2022. "
        "That meeting ended with the signing of a protocol on fisheries between the two governments."
    )
    instrument = extract_text(text)["instrument"][0]
    assert (instrument["kind"], instrument["status"]) == ("protocol", "signed")
    assert (instrument["date"], instrument["place"]) == ("2022-05", "Lima")


def test_list_head_does_not_count_as_its_own_instrument(extract_text):
    text = (
        "The foreign ministers of Vietnam and Laos met in Hanoi on Monday. "
        "Among the agreements signed in Hanoi by Vietnam and Laos were a memorandum on education "
        "and a treaty on extradition."
    )
    kinds = sorted(i["kind"] for i in extract_text(text)["instrument"])
    assert kinds == ["memorandum", "treaty"]


def test_parties_between_two_ministries(extract_text):
    text = (
        "Egypt and Jordan signed an agreement between Egypt's Ministry of Health and Population "
        "and Jordan's Ministry of Health concerning hospital training."
    )
    instrument = extract_text(text)["instrument"][0]
    assert instrument["parties"] == [
        "Egypt's Ministry of Health and Population",
        "Jordan's Ministry of Health",
    ]


def test_list_items_take_the_status_of_their_lead_in(extract_text):
    text = (
        "The presidents of Peru and Bolivia met in Lima on Monday.\n\n"
        "The following documents were signed by Peru and Bolivia during the visit:\n\n"
        "- Memorandum on cooperation in tourism;\n\n"
        "- Agreement between the ministries of health on vaccine supply;\n\n"
        "- Roadmap for border infrastructure."
    )
    got = [(i["kind"], i["status"], i["place"]) for i in extract_text(text)["instrument"]]
    assert got == [
        ("memorandum", "signed", "Lima"),
        ("agreement", "signed", "Lima"),
        ("roadmap", "signed", "Lima"),
    ]


def test_preparatory_talks_are_not_the_session_they_prepare(extract_text):
    text = (
        "Officials of Chile and Peru met in Lima on 3 May 2023 to discuss preparations for the "
        "ninth session of the Chile-Peru Joint Commission, which is scheduled for next year in Santiago."
    )
    meetings = {
        (m["kind"], m["status"], m["place"])
        for m in extract_text(text, published="2023-05-04")["meeting"]
    }
    assert ("talks", "held", "Lima") in meetings
    assert ("commission_session", "planned", "Santiago") in meetings
    assert not any(
        kind == "commission_session" and status == "held" for kind, status, _ in meetings
    )


def test_a_meeting_dated_after_publication_is_planned(extract_text):
    text = "The foreign ministers of Chile and Peru meet in Lima on 20 May 2023, the two governments said."
    meetings = extract_text(text, published="2023-05-04")["meeting"]
    assert [(m["status"], m["date"]) for m in meetings] == [("planned", "2023-05-20")]


def test_an_instrument_framed_as_existing_is_in_force(extract_text):
    text = (
        "Chile and Peru signed a protocol on fisheries in Lima. Under the existing agreement "
        "on free trade, the two governments will also cut tariffs on fish."
    )
    got = {(i["kind"], i["status"]) for i in extract_text(text)["instrument"]}
    assert ("protocol", "signed") in got
    assert ("agreement", "in_force") in got


def test_a_sentence_listing_areas_counts_without_a_cooperation_word(extract_text):
    text = (
        "Chile and Peru signed a protocol on fisheries in Lima on Monday. "
        "The priorities are mining, tourism, water and health, officials said."
    )
    assert {"mining", "tourism", "water", "health"} <= {
        a["area"] for a in extract_text(text)["area"]
    }


def test_a_visit_with_talks_is_the_talks_and_bare_mentions_give_way(extract_text):
    text = (
        "The President of Chile will pay a working visit to Peru on 12 June 2023 and hold talks "
        "with the President of Peru in Lima. The talks are part of a long dialogue between "
        "Chile and Peru."
    )
    meetings = extract_text(text, published="2023-06-01")["meeting"]
    assert [(m["kind"], m["status"], m["date"]) for m in meetings] == [
        ("summit", "planned", "2023-06-12")
    ]


def test_a_period_an_instrument_covers_is_not_its_date(extract_text):
    text = (
        "Chile and Peru signed a cooperation plan for 2025 and an agreement on mining in Lima "
        "on 3 March 2024, the two governments said."
    )
    dates = {i["kind"]: i["date"] for i in extract_text(text)["instrument"]}
    assert dates == {"roadmap": "2024-03-03", "agreement": "2024-03-03"}


def test_a_series_of_topics_after_a_plural_is_one_document_each(extract_text):
    text = (
        "The governments of Chile and Peru signed documents on road transport, on mining "
        "investment and on tourism in Lima."
    )
    got = [(i["kind"], i["status"], tuple(i["areas"])) for i in extract_text(text)["instrument"]]
    assert got == [
        ("agreement", "signed", ("transport",)),
        ("agreement", "signed", ("mining", "investment")),
        ("agreement", "signed", ("tourism",)),
    ]


def test_the_meeting_after_a_named_session_is_that_session(extract_text):
    text = (
        "Chile and Peru signed a fisheries protocol after the 9th meeting of their Joint Commission "
        "on Trade. The meeting was held in Lima on 3 May under the chairmanship of the two deputy "
        "prime ministers. The previous session took place in Santiago in May last year."
    )
    meetings = {
        (m["kind"], m["status"], m["date"], m["place"])
        for m in extract_text(text, published="2023-05-05")["meeting"]
    }
    assert ("commission_session", "held", "2023-05-03", "Lima") in meetings
    assert ("commission_session", "held", "2022-05", "Santiago") in meetings
    assert not any(kind == "summit" for kind, *_ in meetings)


def test_meetings_mentioned_in_passing_are_not_meetings(extract_text):
    text = (
        "Chile and Peru have held regular high-level meetings and visits for decades, "
        "the foreign ministers of Chile and Peru said in a joint statement."
    )
    assert "meeting" not in extract_text(text)


def test_plural_between_pairs_as_well_as_pairs_is_one_instrument_per_pair(extract_text):
    text = (
        "The governments of Chile and Peru signed documents in Lima. The agreements on twinning between Chile's Arica "
        "and Peru's Tacna as well as the Atacama region and the Tacna region were signed too."
    )
    parties = [i["parties"] for i in extract_text(text)["instrument"] if i["parties"]]
    assert parties == [["Chile's Arica", "Peru's Tacna"], ["Atacama region", "Tacna region"]]


def test_completing_is_planned_revising_means_existing_and_all_agreements_is_no_instrument(
    extract_text,
):
    text = (
        "The foreign ministers of Chile and Peru agreed on completing an agreement on double "
        "taxation in 2024, on an accord to revise the memorandum on fisheries, and on reviewing "
        "all bilateral agreements."
    )
    got = {
        (i["kind"], i["status"]) for i in extract_text(text, published="2023-05-05")["instrument"]
    }
    assert got == {("agreement", "planned"), ("accord", "planned"), ("memorandum", "in_force")}
