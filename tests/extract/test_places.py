"""Places by reference: capitals named through their country, the dateline's city
("here", "the host city"), spellings with accents or in capitals, a city that names the
talks a country-level mention refers to. Every sentence is written for these tests."""

from accords.extract.places import canonical_city, capital_of, dateline_city


def meeting_places(extract_text, text: str, published: str | None = "2023-11-21") -> list:
    return [m["place"] for m in extract_text(text, published=published).get("meeting", [])]


def test_dateline_city_in_the_common_wire_forms():
    assert dateline_city("LIMA, March 3 (Andina) – Peru and Chile agreed") == "Lima"
    assert dateline_city("Nairobi — Kenya and Uganda signed") == "Nairobi"
    assert dateline_city("(Agency) QUITO, Ecuador, May 9. The two") == "Quito"
    assert dateline_city("SANTIAGO (Reuters) - The ministers") == "Santiago"
    assert dateline_city("Headline here\n\nTBILISI 12 June 2023 — The ministers") == "Tbilisi"
    assert dateline_city("Photo caption. — Agency Photo MONTEVIDEO — The talks") == "Montevideo"
    assert dateline_city("Lusaka: The President received") == "Lusaka"


def test_no_dateline_without_a_known_city_in_dateline_position():
    assert dateline_city("Peru — the talks went well") is None  # a country, not a city
    assert dateline_city("Lima talks: Peru and Chile agree") is None  # a headline
    assert dateline_city("Published On: Wed, Feb 14th, 2018") is None
    assert dateline_city("The ministers met in Lima on Monday — the first time") is None


def test_capitals_and_spellings():
    assert capital_of("PER") == "Lima"
    assert capital_of("KAZ") == "Astana"
    assert capital_of("KAZ", "talks in Nur-Sultan last year") == "Nur-Sultan"  # the text's name
    assert canonical_city("TBILISI".title()) == "Tbilisi"
    assert canonical_city("Chișinău") == "Chisinau"  # the gazetteer's spelling
    assert canonical_city("Bogotá") == "Bogotá"  # known as written: kept


def test_the_demonym_capital_is_the_capital(extract_text):
    text = "The foreign ministers of Kenya and Peru held talks in the Peruvian capital on Monday."
    assert meeting_places(extract_text, text) == ["Lima"]
    # positive control: the city by name
    text = "The foreign ministers of Kenya and Peru held talks in Lima on Monday."
    assert meeting_places(extract_text, text) == ["Lima"]


def test_the_capital_of_a_country_is_its_capital(extract_text):
    text = "The foreign ministers of Kenya and Peru held talks in the capital of Kenya on Monday."
    assert meeting_places(extract_text, text) == ["Nairobi"]
    text = "The foreign ministers of Kenya and Peru held talks in Kenya's capital on Monday."
    assert meeting_places(extract_text, text) == ["Nairobi"]


def test_a_region_or_money_is_not_a_capital(extract_text):
    text = (
        "The foreign ministers of Kenya and Peru held talks in the capital of the Peruvian "
        "region of Cusco on Monday."
    )
    assert "Lima" not in meeting_places(extract_text, text)
    text = "The foreign ministers of Kenya and Peru held talks on the Peruvian capital market."
    assert "Lima" not in meeting_places(extract_text, text)
    # positive control: the same shape naming a country's capital
    text = "The foreign ministers of Kenya and Peru held talks in the Peruvian capital on Monday."
    assert meeting_places(extract_text, text) == ["Lima"]


def test_here_and_the_host_city_are_the_dateline_city(extract_text):
    text = "LIMA, Nov. 20 (Agency) – The foreign ministers of Kenya and Peru held talks here on Monday."
    assert meeting_places(extract_text, text) == ["Lima"]
    text = (
        "LIMA, Nov. 20 (Agency) – The foreign ministers of Kenya and Peru will hold talks in "
        "the host city next week."
    )
    assert meeting_places(extract_text, text) == ["Lima"]


def test_here_without_a_dateline_or_inside_a_quote_is_nothing(extract_text):
    text = "The foreign ministers of Kenya and Peru held talks here on Monday."
    assert meeting_places(extract_text, text) == [None]
    text = (
        "LIMA, Nov. 20 (Agency) – The foreign minister of Kenya said: “We held talks with "
        "Peru here because trade matters.”"
    )
    assert "Lima" not in meeting_places(extract_text, text)
    # positive control: the same dateline gives "here" outside the quote
    text = "LIMA, Nov. 20 (Agency) – The foreign ministers of Kenya and Peru held talks here."
    assert meeting_places(extract_text, text) == ["Lima"]


def test_the_dateline_word_itself_is_not_the_meeting_place(extract_text):
    text = "QUITO, Nov. 20 (Agency) – The foreign ministers of Kenya and Peru held talks on Monday."
    assert meeting_places(extract_text, text) == [None]
    # positive control: a city in the sentence itself is its place
    text = "QUITO, Nov. 20 (Agency) – The foreign ministers of Kenya and Peru held talks in Lima."
    assert meeting_places(extract_text, text) == ["Lima"]


def test_a_city_written_with_accents_is_a_place(extract_text):
    text = "The foreign ministers of Kenya and Moldova held talks in Chișinău on Monday."
    assert meeting_places(extract_text, text) == ["Chisinau"]


def test_a_country_the_parser_misses_is_the_visit_place(extract_text):
    text = "The Kenyan foreign minister began a two-day visit to Andorra on Monday."
    assert meeting_places(extract_text, text) == ["Andorra"]


def test_a_city_naming_the_talks_beats_the_country(extract_text):
    text = (
        "The foreign ministers of Kenya and Peru held talks in Peru on Monday. "
        "The Lima talks covered trade and mining."
    )
    assert meeting_places(extract_text, text) == ["Lima"]
    # positive control: without the city the country stays
    text = (
        "The foreign ministers of Kenya and Peru held talks in Peru on Monday. "
        "The talks covered trade and mining."
    )
    assert meeting_places(extract_text, text) == ["Peru"]


def test_the_ends_of_a_link_a_document_is_about_are_not_where_it_was_signed(extract_text):
    text = (
        "The governments of Slovenia and Croatia held a joint session in Zadar on Tuesday. "
        "At the end of the session, the ministers signed a memorandum on a direct rail link "
        "between Ljubljana and Zagreb."
    )
    found = extract_text(text, published="2025-12-03").get("instrument", [])
    assert [(i["kind"], i["place"]) for i in found] == [("memorandum", "Zadar")]
    # control: the same capital as where the signing took place is its place
    signed_in = text.replace("ministers signed", "ministers signed in Zagreb")
    found = extract_text(signed_in, published="2025-12-03").get("instrument", [])
    assert [(i["kind"], i["place"]) for i in found] == [("memorandum", "Zagreb")]


def test_the_ends_of_a_link_named_with_a_dash_are_not_where_it_was_signed(extract_text):
    text = "Chile and Peru signed a memorandum on the Santiago–Lima air route on Monday."
    found = extract_text(text, published="2025-06-04").get("instrument", [])
    assert [(i["kind"], i["place"]) for i in found] == [("memorandum", None)]
    text = "Chile and Peru on Monday signed a declaration on the Tacna–Arica railway."
    found = extract_text(text, published="2025-06-04").get("instrument", [])
    assert [(i["kind"], i["place"]) for i in found] == [("declaration", None)]
    # control: the same city where the signing took place is its place
    text = "Chile and Peru signed an agreement in Arica on Monday on the rail link."
    found = extract_text(text, published="2025-06-04").get("instrument", [])
    assert [(i["kind"], i["place"]) for i in found] == [("agreement", "Arica")]


def test_a_document_signed_on_the_day_of_the_sessions_close_was_signed_there(extract_text):
    # an earlier session told in passing sat elsewhere: the story's own session decides
    text = (
        "The fifth session of the Chile-Peru Joint Commission closed in Lima on Tuesday. "
        "The previous session was held in Santiago in 2019. On Tuesday the two foreign "
        "ministers signed an agreement on fisheries. A memorandum on mining was signed in 2019."
    )
    found = extract_text(text, published="2025-06-04").get("instrument", [])
    assert sorted((i["kind"], i["place"]) for i in found) == [
        ("agreement", "Lima"),
        ("memorandum", None),  # control: signed in another year, not at this session
    ]


def test_the_same_city_is_the_city_told_last(extract_text):
    text = (
        "ACCRA, 10 Sept — Ghana and Togo closed the ninth session of their Joint Commission "
        "here on Tuesday. The tenth session will take place in the Togolese capital next "
        "spring. The eighth session had been held in the same city two years ago."
    )
    found = extract_text(text, published="2025-09-10")["meeting"]
    assert ("held", "2023", "Lome") in [(m["status"], m["date"], m["place"]) for m in found]
    # control: "the city" with no "same" is the city the story is told from
    told = text.replace("in the same city", "in the city")
    found = extract_text(told, published="2025-09-10")["meeting"]
    assert ("held", "2023", "Accra") in [(m["status"], m["date"], m["place"]) for m in found]


def test_the_capital_alone_is_the_capital_the_story_is_told_from(extract_text):
    text = (
        "LUSAKA, 4 March — Zambia and Malawi ended the third session of their Joint "
        "Permanent Commission on Tuesday. Senior officials of both sides had met in the "
        "capital on Saturday to prepare the documents."
    )
    found = extract_text(text, published="2025-03-05")["meeting"]
    assert ("2025-03-01", "Lusaka") in [(m["date"], m["place"]) for m in found]
    # control: a story told from a town that is no capital gives "the capital" no place
    town = text.replace("LUSAKA", "NDOLA")
    found = extract_text(town, published="2025-03-05")["meeting"]
    assert ("2025-03-01", None) in [(m["date"], m["place"]) for m in found]
    # control: capital in the sense of money is no place
    money = text.replace(
        "met in the capital on Saturday",
        "met on Saturday to speak of investment in the capital markets",
    )
    found = extract_text(money, published="2025-03-05")["meeting"]
    assert "Lusaka" not in [m["place"] for m in found if m["date"] == "2025-03-01"]


def test_a_town_named_after_its_kind_is_the_place(extract_text):
    text = (
        "The fifth session of the Ghana-Togo Joint Economic Commission opened on Tuesday and "
        "closed on Wednesday in the border town of Kpalimé."
    )
    assert meeting_places(extract_text, text) == ["Kpalimé"]
    # positive control: the same town after "in" alone
    text = text.replace("the border town of ", "")
    assert meeting_places(extract_text, text) == ["Kpalimé"]


def test_a_city_alone_in_a_barred_byline_is_the_dateline():
    """'By A. Writer | Thursday, 20 February 2025 | Banjul': outlets that set the byline's
    fields between bars give the city as one of them."""
    from accords.extract.places import dateline_city

    assert dateline_city("By Akinyi Otieno | Thursday, 20 February 2025 | Kisumu\n\nText.") == "Kisumu"
    assert dateline_city("Staff Reporter | MOMBASA (Agency) | 3 May 2025\n\nText.") == "Mombasa"
    # control: fields that are no city (a section, a region, a country) give none
    assert dateline_city("By Akinyi Otieno | Published 3 May 2025 | Politics\n\nText.") is None
    assert dateline_city("Regional desk | Kenya | 3 May 2025\n\nText.") is None
    # the fields may be set off by a middle dot or a bullet instead
    assert dateline_city("Thursday 3 May 2025 · Updated 17:05 · Kisumu\n\nText.") == "Kisumu"
    assert dateline_city("Politics • 3 May 2025 • Mombasa\n\nText.") == "Mombasa"
    assert dateline_city("Thursday 3 May 2025 · Updated 17:05 · Politics\n\nText.") is None


def test_a_document_signed_in_a_country_reported_from_its_city_was_signed_there(extract_text):
    text = (
        "SUVA – Fiji and Tonga signed two agreements yesterday on fisheries and labour, as "
        "Tonga's Prime Minister wrapped up his first official visit to Fiji."
    )
    found = extract_text(text, published="2025-08-21")["instrument"]
    assert [i["place"] for i in found] == ["Suva"]
    # control: a report from a city of another state keeps the country
    told = text.replace("SUVA –", "SYDNEY –")
    found = extract_text(told, published="2025-08-21")["instrument"]
    assert [i["place"] for i in found] == ["Fiji"]


def test_a_small_town_of_the_pair_is_where_they_met(extract_text):
    text = (
        "Colombia and Brazil agreed to expand trade on the Amazon. The border commission last "
        "met in {town} in 2022."
    )

    def place(town: str) -> str | None:
        meetings = extract_text(text.format(town=town), published="2025-10-02")["meeting"]
        return meetings[0]["place"]

    assert place("Manaus") == "Manaus"  # control: a city the gazetteer holds
    assert place("Tabatinga") == "Tabatinga"  # a town of one of the two states
    # a small town of a state the article does not name is no venue taken unprompted
    assert place("Mae Sot") is None


def test_a_live_page_tells_the_sitting_of_its_own_day(extract_text):
    page = (
        "{first}\n\nThursday 3 April 2025 · Updated 17:05\n\n"
        "17:05\nThe sixth session of the Chile-Peru Joint Commission is over. Chile and Peru "
        "signed a memorandum on mining.\n\n"
        "12:30\nThe ministers opened the session with a call for more trade."
    )
    found = extract_text(page.format(first="LIVE | Chile and Peru"), published="2025-04-03")
    assert [m["date"] for m in found["meeting"]] == ["2025-04-03"]
    # control: the same report without a live page's first line is given no day of its own
    found = extract_text(page.format(first="Chile and Peru"), published="2025-04-03")
    assert [m["date"] for m in found["meeting"]] == [None]
