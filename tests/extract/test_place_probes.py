"""Places of meetings and signings that a nearest-place rule gets wrong: the place of a
saying ("said in Accra"), of a relative clause on another noun ("which last met in
Khartoum"), and cities the parser does not tag as places. Each negative sits beside a
positive control of the same shape. Every sentence is written for these tests."""


def places(extract_text, kind: str, text: str, published: str = "2026-05-20") -> list:
    return [m["place"] for m in extract_text(text, published=published).get(kind, [])]


def test_the_place_of_a_saying_is_not_the_sessions(extract_text):
    text = (
        "Foreign ministers of Ghana and Burkina Faso said in Accra on Monday that the 11th "
        "session of their joint commission would take place in Ouagadougou."
    )
    assert places(extract_text, "meeting", text) == ["Ouagadougou"]


def test_control_a_session_in_the_saying_city_when_said_so(extract_text):
    text = (
        "Foreign ministers of Ghana and Burkina Faso said that the 11th session of their "
        "joint commission would take place in Accra."
    )
    assert places(extract_text, "meeting", text) == ["Accra"]


def test_a_statement_issued_elsewhere_does_not_place_the_signing(extract_text):
    text = (
        "Estonia and Latvia signed an agreement on cross-border ambulance services on "
        "2 April, according to a statement issued in Tallinn on Wednesday."
    )
    assert places(extract_text, "instrument", text, "2026-04-09") == [None]


def test_control_a_signing_in_the_city_the_sentence_names(extract_text):
    text = (
        "Estonia and Latvia signed an agreement on cross-border ambulance services in "
        "Tallinn on 2 April, according to a statement issued on Wednesday."
    )
    assert places(extract_text, "instrument", text, "2026-04-09") == ["Tallinn"]


def test_a_relative_clause_on_the_body_is_not_the_planned_sessions_place(extract_text):
    text = (
        "The joint economic commission of Egypt and Sudan, which last met in Khartoum in "
        "2021, will convene in Cairo in May, Egyptian officials said on Sunday."
    )
    found = extract_text(text, published="2026-03-19")["meeting"]
    planned = [m for m in found if m["status"] == "planned"]
    assert [m["place"] for m in planned] == ["Cairo"]


def test_control_a_relative_clause_on_the_session_itself_places_it(extract_text):
    text = (
        "Egypt and Sudan agreed on the fifth session of their joint economic commission, "
        "which will convene in Cairo in May."
    )
    assert "Cairo" in places(extract_text, "meeting", text, "2026-03-19")


def test_a_city_the_parser_does_not_tag_after_in(extract_text):
    text = (
        "Hungary and Serbia signed an agreement on the joint use of border crossings in "
        "Szeged, at the fourth session of their intergovernmental commission, on Tuesday."
    )
    assert places(extract_text, "instrument", text) == ["Szeged"]
    assert places(extract_text, "meeting", text) == ["Szeged"]


def test_control_a_city_name_inside_a_longer_tagged_name_is_not_a_place(extract_text):
    text = (
        "Hungary and Serbia signed an agreement on student exchanges at Szeged University "
        "Hospital on Tuesday."
    )
    assert places(extract_text, "instrument", text) == [None]
    text = "Hungary and Serbia signed an agreement on student exchanges in Szeged on Tuesday."
    assert places(extract_text, "instrument", text) == ["Szeged"]


def test_a_state_named_like_its_capital_is_a_side_not_a_venue(extract_text):
    found = places(
        extract_text,
        "meeting",
        "The foreign ministers of Kuwait and Panama met yesterday and signed a memorandum "
        "on shipping.",
    )
    assert found == [None]


def test_control_the_same_state_after_in_is_the_venue(extract_text):
    found = places(
        extract_text,
        "meeting",
        "The foreign ministers of Kuwait and Panama met in Panama yesterday and signed a "
        "memorandum on shipping.",
    )
    assert found == ["Panama"]
