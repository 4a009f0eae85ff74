"""An article's text cut at its evidence: a fact told in several sentences is marked in
each, and anchored (the page's #f<id>) once, at its first span."""

from accords.web.highlight import segments


def test_a_fact_with_several_spans_has_one_anchor():
    text = "The protocol was signed. The document covers energy."
    spans = [(4, 12, 7, "instrument"), (29, 37, 7, "instrument"), (45, 51, 9, "area")]
    pieces = segments(text, spans)
    marked = [p for p in pieces if p.facts]
    assert [p.text for p in marked] == ["protocol", "document", "energy"]
    assert [p.anchor for p in marked] == [True, False, True]
    assert "".join(p.text for p in pieces) == text
