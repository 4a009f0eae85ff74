"""The timeline's geometry (``web/svg.py``): stacks of marks on one spot are capped, the
rest stand behind one "+n" mark that links to them."""

from __future__ import annotations

from accords.web import svg


def _entry(day: str, kind: str = "meeting", n: int = 0) -> dict[str, str]:
    return {"date": day, "kind": kind, "status": "held", "label": f"event {n}",
            "href": f"/records/r{n}"}


def test_a_crowded_spot_shows_a_few_marks_and_one_link_to_the_rest() -> None:
    entries = [_entry(f"2024-05-{10 + n:02d}", n=n) for n in range(svg.STACK + 3)]
    entries.append(_entry("2020-01-01", "instrument", n=99))
    asked = []

    def more(kind: str, first: str, last: str) -> str:
        asked.append((kind, first, last))
        return f"/more/{kind}/{first}/{last}"

    pic = svg.timeline(entries, more_href=more)
    meetings = [m for m in pic.marks if m.y <= 60]
    drawn = [m for m in meetings if m.shape == "circle"]
    (rest,) = [m for m in meetings if m.shape == "more"]
    assert [m.href for m in drawn] == [f"/records/r{n}" for n in range(svg.STACK - 1)]
    assert rest.caption == "+4" and rest.title.startswith("4 more")
    first, last = f"2024-05-{10 + svg.STACK - 1:02d}", f"2024-05-{10 + svg.STACK + 2:02d}"
    assert asked == [("meeting", first, last)] and rest.href == f"/more/meeting/{first}/{last}"
    assert sorted(m.y for m in meetings) == [60 - slot * 9 for slot in reversed(range(svg.STACK))]
    (lonely,) = [m for m in pic.marks if m.y > 60]  # the instrument, on its own row and spot
    assert lonely.shape == "diamond" and lonely.href == "/records/r99"


def test_a_stack_of_exactly_the_cap_is_drawn_whole() -> None:
    entries = [_entry("2024-05-10", n=n) for n in range(svg.STACK)]
    pic = svg.timeline(entries)
    assert [m.shape for m in pic.marks] == ["circle"] * svg.STACK
    assert pic.marks[0].caption == "2024-05-10" and not any(m.caption for m in pic.marks[1:])
