"""A watch's Atom feed (feedgen): the latest events it follows, newest first.

Each entry's id is the event's (``urn:accords:event:N``), so a feed reader sees an event
once however often it polls; ``updated`` is when the event was written. The ETag names
the newest event and how many are listed, so a poll with nothing new gets a 304.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from feedgen.feed import FeedGenerator

from accords.alerts.watches import Watch, event_dict, event_title
from accords.settings import public_url
from accords.store.schema import EventRow

#: Entries in a feed.
ENTRIES = 50


def aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def etag(watch: Watch, events: list[EventRow]) -> str:
    """A strong validator of the feed's content: its watch, newest event and length."""
    newest = events[0].id if events else 0
    seed = f"{watch.id}:{watch.name}:{newest}:{len(events)}"
    return '"' + hashlib.sha256(seed.encode()).hexdigest()[:32] + '"'


def atom(watch: Watch, events: list[EventRow]) -> bytes:
    """The feed document for ``events`` (newest first)."""
    generator = FeedGenerator()
    generator.id(f"urn:accords:watch:{watch.id}")
    generator.title(f"Accords: {watch.name}")
    generator.subtitle(f"Changes in the registry ({watch.filters.describe()})")
    generator.author({"name": "Accords"})
    generator.link(href=f"{public_url()}/watches", rel="alternate")
    generator.link(href=watch.feed_url, rel="self")
    generator.updated(aware(events[0].created_at) if events else aware(watch.created_at))
    for event in events:
        data = event_dict(event)
        entry = generator.add_entry(order="append")
        entry.id(f"urn:accords:event:{event.id}")
        entry.title(event_title(event))
        entry.updated(aware(event.created_at))
        # one link, the record (feedgen 1.0.0 drops an entry link's rel: a second link
        # would read as another alternate); the article is named in the summary
        entry.link(href=data["links"]["record"])
        summary = event.sentence or (f"by {event.by}" if event.by else event.kind)
        if data["links"]["article"]:
            summary += f" (article: {data['links']['article']})"
        entry.summary(summary)
        entry.category(term=event.kind)
    return generator.atom_str(pretty=True)
