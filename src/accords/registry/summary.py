"""From a record's facts to what the registry shows: attributes, conflicts, lifecycle, label.

Values are weighed by *independent reports* (near-duplicate articles count once), not by
articles. Every value seen is kept with the facts that give it; the chosen value is the
best-supported one (ties: the more specific date, then the earliest fact), and an
attribute whose values contradict each other is listed in ``conflicts`` rather than
silently settled. A curator's edit (``overrides``) always wins over the machine.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Any

from accords import names
from accords.model import INSTRUMENT_LIFECYCLE, MEETING_LIFECYCLE, LifecycleStep, RecordKind
from accords.registry.match import Member, date_range, strip_tail

#: Longest label shown in lists (titles found by extraction can run on).
LABEL_MAX = 120
#: Attributes that are bookkeeping, not facts about the thing.
_SKIP = frozenset({"countries", "status", "quote"})
#: Attributes whose differing values are a conflict worth showing a curator.
_CONFLICTING = frozenset({"date", "place", "kind", "country", "role"})


def _norm(key: str, value: Any) -> Any:
    return names.fold(value) if isinstance(value, str) and key != "date" else value


def attribute_values(members: list[Member]) -> dict[str, list[dict[str, Any]]]:
    """Every value of every attribute, with the facts and the count of independent reports."""
    grouped: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for member in members:
        for key, raw in member.attrs.items():
            if key in _SKIP or raw in (None, "", []):
                continue
            for value in raw if isinstance(raw, list) else [raw]:
                slot = grouped[key].setdefault(
                    _norm(key, value), {"value": value, "fact_ids": [], "clusters": set()}
                )
                slot["fact_ids"].append(member.fact_id)
                slot["clusters"].add(member.cluster)
    result: dict[str, list[dict[str, Any]]] = {}
    for key, slots in grouped.items():
        entries = [{"value": s["value"], "fact_ids": sorted(s["fact_ids"]),
                    "reports": len(s["clusters"])} for s in slots.values()]
        entries.sort(key=lambda e: (-e["reports"], -len(str(e["value"])), e["fact_ids"][0]))
        result[key] = entries
    return result


def _compatible_values(key: str, a: Any, b: Any) -> bool:
    if key == "date":
        ra, rb = date_range(a), date_range(b)
        return not ra or not rb or (ra[0] <= rb[1] and rb[0] <= ra[1])
    if key == "place":
        from accords.extract.countries import gazetteer

        return bool(gazetteer().code_of(a) or gazetteer().code_of(b)) or names.fold(a) == names.fold(b)
    if key == "kind" and {a, b} & {"talks", "other", "visit"}:
        return True  # extraction's "don't know" kinds do not contradict a precise one
    return _norm(key, a) == _norm(key, b)


def lifecycle(kind: RecordKind, members: list[Member]) -> list[LifecycleStep]:
    """The steps the facts report, in lifecycle order, each citing its facts and dates."""
    order = INSTRUMENT_LIFECYCLE if kind is RecordKind.INSTRUMENT else MEETING_LIFECYCLE
    by_status: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        status = member.attrs.get("status")
        if status in order:
            by_status[status].append(member)
    steps = []
    for status in order:
        group = by_status.get(status)
        if not group:
            continue
        dates = [m.attrs["date"] for m in group if m.attrs.get("date")]
        observed = sorted(m.observed for m in group if m.observed)
        steps.append(LifecycleStep(
            status=status,
            date=max(dates, key=lambda d: (len(d), dates.count(d)), default=None),
            observed=observed[0] if observed else None,
            fact_ids=sorted(m.fact_id for m in group),
            article_ids=sorted({m.article_id for m in group}),
        ))
    return steps


def _current(kind: RecordKind, steps: list[LifecycleStep]) -> str | None:
    if not steps:
        return None
    if kind is RecordKind.MEETING and any(s.status == "held" for s in steps):
        return "held"
    if kind is RecordKind.MEETING:
        return max(steps, key=lambda s: s.observed or "").status
    return steps[-1].status


def _label(kind: RecordKind, attrs: dict[str, Any], number: int | None) -> str:
    if kind is RecordKind.MEETING:
        head = attrs.get("body") or str(attrs.get("kind") or "meeting").replace("_", " ")
        parts = [f"{head} (session {number})" if number else head, attrs.get("place"), attrs.get("date")]
        return ", ".join(str(p) for p in parts if p)
    if kind is RecordKind.INSTRUMENT:
        title = attrs.get("title") or attrs.get("kind") or "instrument"
        areas = ", ".join(attrs.get("areas") or [])
        return f"{attrs.get('kind')}: {title}" + (f" ({areas})" if areas else "")
    if kind is RecordKind.PERSON:
        return str(attrs.get("name")) + (f" ({attrs['country']})" if attrs.get("country") else "")
    return str(attrs.get("name") or kind)


def summarise(kind: RecordKind, members: list[Member], overrides: dict[str, Any]) -> dict[str, Any]:
    """The record's columns (``records`` table) computed from its facts and a curator's edits."""
    values = attribute_values(members)
    steps = lifecycle(kind, members) if kind in (RecordKind.MEETING, RecordKind.INSTRUMENT) else []
    status = _current(kind, steps)
    current = [m for m in members if m.attrs.get("status") == status] or members
    attrs: dict[str, Any] = {}
    conflicts: list[str] = []
    for key, entries in values.items():
        if isinstance(members[0].attrs.get(key), list) or key in ("areas", "parties"):
            attrs[key] = sorted({e["value"] for e in entries})
            continue
        if key == "date":  # the date of the current step, the most specific best-supported one
            own = attribute_values(current).get("date") or entries
            best = max(own, key=lambda e: (e["reports"], len(e["value"])))
        elif key in ("name", "body", "title"):
            specific = [e for e in entries if not names.is_generic(e["value"], names.TITLE_WORDS)]
            if key == "title":  # the best supported that does not run on, its own name first
                best = min(specific or entries, key=lambda e: (
                    -e["reports"], strip_tail(str(e["value"])) != str(e["value"]),
                    not str(e["value"])[:1].isupper(), len(str(e["value"]))))
            else:  # the best supported, spelt out rather than an acronym
                best = (specific or entries)[0]
        else:
            best = entries[0]
        attrs[key] = best["value"]
        if key in _CONFLICTING and any(not _compatible_values(key, best["value"], e["value"])
                                       for e in entries):
            conflicts.append(key)
    numbers = sorted({m.number for m in members if m.number})
    if numbers:
        attrs["number"] = numbers[0]
        if len(numbers) > 1:
            conflicts.append("number")
    countries = sorted({c for m in members for c in (m.attrs.get("countries") or [])})
    if countries:
        attrs["countries"] = countries
    if status:
        attrs["status"] = status
    attrs.update(overrides)
    clusters = {m.cluster for m in members}
    label = " ".join(str(overrides.get("label") or _label(kind, attrs, attrs.get("number"))).split())
    return {
        "label": label if len(label) <= LABEL_MAX else label[:LABEL_MAX - 1] + "…",
        "status": attrs.get("status"),
        "date": (attrs.get("date") or None) and str(attrs["date"])[:10],
        "attrs": attrs,
        "values": values,
        "conflicts": sorted(conflicts),
        "lifecycle": [asdict(s) for s in steps],
        "reports": len(clusters),
        "articles": len({m.article_id for m in members}),
    }
