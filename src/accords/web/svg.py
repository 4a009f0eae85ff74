"""Geometry for the server-rendered SVG pictures: bar chart, timeline, network.

Only numbers are computed here; the templates (``_svg.html``) draw them, so every label
goes through Jinja's autoescaping like any other text on the page.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

STATUS_COLOURS = {
    "held": "#2f6f4f", "signed": "#1f5fa8", "ratified": "#5b3fa0", "in_force": "#0f7a8a",
    "planned": "#c07a00", "postponed": "#8a6d3b", "cancelled": "#8b1d1d",
    "terminated": "#8b1d1d",
}


@dataclass
class Bar:
    label: str
    value: int
    href: str
    y: float
    width: float


@dataclass
class BarChart:
    width: int
    height: int
    label_width: int
    bars: list[Bar] = field(default_factory=list)
    bar_height: int = 18


def bar_chart(counts: list[tuple[str, int, str]], width: int = 460) -> BarChart:
    """Horizontal bars, longest first: ``(label, value, href)``."""
    counts = sorted(counts, key=lambda c: (-c[1], c[0]))
    label_width, step = 110, 24
    top = max((c[1] for c in counts), default=1) or 1
    room = width - label_width - 40
    bars = [Bar(label, value, href, 6 + i * step, max(2.0, room * value / top))
            for i, (label, value, href) in enumerate(counts)]
    return BarChart(width, 12 + step * len(counts), label_width, bars)


@dataclass
class Mark:
    x: float
    y: float
    shape: str  # "circle" (meeting), "diamond" (instrument step) or "more" (the rest of a stack)
    colour: str
    href: str
    title: str
    caption: str = ""  # a short label beside the first mark of a stack; "+n" on a "more" mark


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Timeline:
    width: int
    height: int
    marks: list[Mark] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    rows: list[tuple[float, str]] = field(default_factory=list)


def _day(value: str) -> date | None:
    """A date prefix (``2025``, ``2025-10``, ``2025-10-07``) as a day: its middle when vague."""
    try:
        year = int(value[:4])
        month = int(value[5:7]) if len(value) >= 7 else 7
        day = int(value[8:10]) if len(value) >= 10 else (15 if len(value) >= 7 else 1)
        return date(year, month, day)
    except ValueError:
        return None


#: Marks stacked on one spot of the timeline; beyond, the last becomes a "+n" link to the rest.
STACK = 5


def timeline(entries: list[dict[str, str]], width: int = 820,
             more_href: Callable[[str, str, str], str] | None = None) -> Timeline:
    """Meetings on the upper row, instrument steps on the lower, along one date axis.

    Each entry: ``date``, ``kind`` (meeting/instrument), ``status``, ``label``, ``href``.
    Marks on the same spot stack upwards, at most ``STACK``; where more fall on one spot,
    the top mark stands for the rest ("+n"), linked to ``more_href(kind, first, last)``
    (the records of that kind between those dates) when given.
    """
    dated = [(d, e) for e in entries if (d := _day(e["date"])) is not None]
    pic = Timeline(width, 190, rows=[(60, "meetings"), (140, "instruments")])
    if not dated:
        return pic
    low = min(d for d, _ in dated).toordinal() - 20
    high = max(d for d, _ in dated).toordinal() + 20
    left, right = 90, width - 20

    def x_of(day: date) -> float:
        return left + (right - left) * (day.toordinal() - low) / max(1, high - low)

    spots: dict[tuple[int, str], list[tuple[date, dict[str, str]]]] = {}
    for day, entry in sorted(dated, key=lambda p: p[0]):
        row = "meeting" if entry["kind"] == "meeting" else "instrument"
        spots.setdefault((round(x_of(day) / 8), row), []).append((day, entry))
    for (_, row), stack in spots.items():
        base = 60 if row == "meeting" else 140
        shown = stack if len(stack) <= STACK else stack[:STACK - 1]
        for slot, (day, entry) in enumerate(shown):
            pic.marks.append(Mark(x_of(day), base - slot * 9,
                                  "circle" if row == "meeting" else "diamond",
                                  STATUS_COLOURS.get(entry["status"], "#555"), entry["href"],
                                  f"{entry['date']} · {entry['status']} · {entry['label']}",
                                  entry["date"] if slot == 0 and row == "meeting" else ""))
        rest = stack[len(shown):]
        if rest:
            first, last = rest[0][0].isoformat(), rest[-1][0].isoformat()
            href = more_href(row, first, last) if more_href else rest[0][1]["href"]
            pic.marks.append(Mark(x_of(rest[0][0]), base - (STACK - 1) * 9, "more", "#555",
                                  href, f"{len(rest)} more, {first} – {last}", f"+{len(rest)}"))
    first, last = date.fromordinal(low), date.fromordinal(high)
    months = (last.year - first.year) * 12 + last.month - first.month
    step = max(1, math.ceil(months / 8))
    for i in range(0, months + 1, step):
        y, m = divmod(first.month - 1 + i, 12)
        tick = date(first.year + y, m + 1, 1)
        if low <= tick.toordinal() <= high:
            pic.ticks.append(Tick(x_of(tick), tick.strftime("%b %Y")))
    return pic


@dataclass
class Node:
    code: str
    x: float
    y: float
    degree: int


@dataclass
class Edge:
    dyad: str
    x1: float
    y1: float
    x2: float
    y2: float
    weight: float
    records: int


@dataclass
class Network:
    size: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def network(dyads: list[tuple[str, int]], size: int = 560) -> Network:
    """Countries on a circle (ordered so partners sit near), dyads as edges weighted by records."""
    codes: list[str] = []
    for dyad, _ in sorted(dyads, key=lambda d: d[0]):
        for code in dyad.split("-"):
            if code not in codes:
                codes.append(code)
    pic = Network(size)
    centre, radius = size / 2, size / 2 - 50
    where: dict[str, tuple[float, float]] = {}
    for i, code in enumerate(codes):
        angle = 2 * math.pi * i / max(1, len(codes)) - math.pi / 2
        where[code] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle))
    top = max((n for _, n in dyads), default=1) or 1
    degree: dict[str, int] = {}
    for dyad, n in dyads:
        a, _, b = dyad.partition("-")
        if a not in where or b not in where:
            continue
        degree[a], degree[b] = degree.get(a, 0) + 1, degree.get(b, 0) + 1
        pic.edges.append(Edge(dyad, *where[a], *where[b], 1.5 + 6 * n / top, n))
    pic.nodes = [Node(code, *where[code], degree.get(code, 0)) for code in codes]
    return pic
