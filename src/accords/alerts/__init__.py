"""Watchlists and alerts: curators follow parts of the registry and hear when they change.

* ``watches`` — the saved filters (``add_watch``, ``list_watches``, …) and which of the
  registry's events (``registry.changes``, the outbox) each one follows;
* ``deliver`` — ``send_due``: one round of delivery from the outbox (``accords alerts
  send``, and the ``accords watch`` loop);
* ``webhooks`` — Standard Webhooks calls, signed, retried with backoff;
* ``email`` — the digest, plain text and HTML, through SMTP;
* ``feed`` — a watch's Atom feed.

See docs/alerts.md.
"""

from accords.alerts.deliver import DeliverySummary, send_due
from accords.alerts.watches import (
    Filters,
    Watch,
    WatchError,
    WatchNotFound,
    add_watch,
    get_watch,
    list_watches,
    remove_watch,
)

__all__ = [
    "DeliverySummary", "Filters", "Watch", "WatchError", "WatchNotFound", "add_watch",
    "get_watch", "list_watches", "remove_watch", "send_due",
]
