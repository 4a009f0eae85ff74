"""Events as PLOVER records (one JSON object per line), the event-data ontology that
succeeds CAMEO.

* a meeting held → ``CONSULT``, mode ``visit`` when one side travelled to the other,
  ``third-party`` when it met in a third state, none when the place is unknown;
* a meeting planned, an instrument planned → ``AGREE`` (an agreement to meet, to sign);
* an instrument signed, ratified or in force → ``SUPPORT``.

``actor`` and ``recipient`` carry the ISO alpha-3 ``code`` and the common English name;
for a visit the actor is the visitor. ``eventText`` is the first report's evidence
sentence, ``textInfo`` its offsets into that article's text, ``citeInfo`` the article.
``context`` maps the record's areas to PLOVER's contexts (``AREA_CONTEXTS``); the areas
themselves, and what PLOVER has no field for, are under ``accords``. docs/exports.md
lists what is lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from accords.country_labels import country_name
from accords.export.events import Event
from accords.model import RecordKind

PLOVER_VERSION = "PLOVER 1.0 (Accords export)"

#: PLOVER's event types used here, and the modes each may carry.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party"),
    "AGREE": (),
    "SUPPORT": (),
}

#: The PLOVER contexts Accords' areas map to.
CONTEXTS: frozenset[str] = frozenset({
    "economic", "military", "political", "legal", "health", "environment", "cyber",
    "culture", "human_rights", "migration", "humanitarian", "resource", "security",
    "science", "disaster", "transport",
})

#: Accords area → PLOVER context (areas not listed give no context).
AREA_CONTEXTS: dict[str, str] = {
    "trade": "economic", "investment": "economic", "finance": "economic",
    "agriculture": "economic", "industry": "economic", "tourism": "economic",
    "customs": "economic", "labour": "economic", "infrastructure": "economic",
    "energy": "resource", "nuclear": "resource", "mining": "resource", "water": "resource",
    "transport": "transport", "science": "science", "space": "science",
    "education": "culture", "culture": "culture", "sport": "culture", "media": "culture",
    "health": "health", "defence": "military", "security": "security",
    "justice": "legal", "migration": "migration", "environment": "environment",
    "digital": "cyber", "humanitarian": "humanitarian", "diplomacy": "political",
}


def event_type(event: Event) -> str:
    """The PLOVER event type of an event (see the module's docstring)."""
    if event.record_kind is RecordKind.MEETING:
        return "CONSULT" if event.status == "held" else "AGREE"
    return "AGREE" if event.status == "planned" else "SUPPORT"


def to_plover(event: Event) -> dict[str, Any]:
    """One event as a PLOVER record."""
    first = event.sources[0] if event.sources else None
    when = event.when or ""
    exact = len(when) == 10 and when == event.date
    contexts = sorted({AREA_CONTEXTS[a] for a in event.areas if a in AREA_CONTEXTS})
    return {
        "id": f"accords-{event.id}",
        "date": when if len(when) == 10 else event.observed,
        "actor": {"code": event.actor, "name": country_name(event.actor)},
        "recipient": {"code": event.recipient, "name": country_name(event.recipient)},
        "eventType": event_type(event),
        "mode": event.mode if event_type(event) == "CONSULT" else None,
        "context": contexts,
        "eventText": first.sentence if first else "",
        "textInfo": {
            "articleId": first.article_id if first else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "sentenceStart": first.sentence_start if first else None,
        },
        "citeInfo": {
            "url": first.url if first else None,
            "title": first.title if first else None,
            "publication": first.outlet if first else None,
            "date": first.published if first else None,
        },
        "location": {"placeName": event.place, "country": event.host} if event.place else None,
        "version": PLOVER_VERSION,
        "language": "en",
        "accords": {
            "record": event.record_id,
            "kind": event.kind,
            "status": event.status,
            "label": event.label,
            "dyad": event.dyad,
            "date": event.date,
            "dateSource": "text" if exact else "published",
            "areas": event.areas,
            "body": event.body,
            "curation": event.state,
            "articles": len({s.article_id for s in event.sources}),
        },
    }


def write_plover(events: Iterable[Event], fh: IO[str]) -> int:
    """One PLOVER record per line; returns how many were written."""
    import json

    count = 0
    for event in events:
        fh.write(json.dumps(to_plover(event), ensure_ascii=False) + "\n")
        count += 1
    return count
