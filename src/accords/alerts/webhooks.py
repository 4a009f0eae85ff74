"""Webhook calls as the Standard Webhooks specification has them: a JSON body, and the
headers ``webhook-id`` (the same for every try of one event to one watch, so a receiver
can drop what it has seen), ``webhook-timestamp`` and ``webhook-signature`` (``v1,``
HMAC-SHA256 with the watch's ``whsec_`` secret, by the ``standardwebhooks`` package).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from standardwebhooks.webhooks import Webhook

#: The longest wait between two tries of one delivery.
MAX_BACKOFF = timedelta(days=1)


@dataclass
class Outcome:
    """What one call gave: the HTTP status (None if none came) and the error, if it failed."""

    status: int | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def message_id(event_id: int, watch_id: str) -> str:
    """The ``webhook-id`` of an event sent to a watch: the same at every try."""
    return f"msg_{watch_id}_{event_id}"


def body(event: dict[str, Any], watch_id: str, watch_name: str) -> bytes:
    """The JSON body: Standard Webhooks' ``type``, ``timestamp`` and ``data``."""
    return json.dumps({
        "type": f"registry.{event['kind']}",
        "timestamp": event["created_at"],
        "watch": {"id": watch_id, "name": watch_name},
        "data": event,
    }, ensure_ascii=False, sort_keys=True).encode("utf-8")


def headers(secret: str, msg_id: str, payload: bytes, when: datetime | None = None) -> dict[str, str]:
    """The signed headers for ``payload`` (signed now unless ``when`` is given)."""
    when = when or datetime.now(UTC)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, when, payload),
        "content-type": "application/json",
        "user-agent": "accords-alerts",
    }


def post(url: str, secret: str, msg_id: str, payload: bytes, timeout: float) -> Outcome:
    """Send one call; a 2xx answer is a delivery, anything else (or no answer) a failure."""
    request = urllib.request.Request(url, data=payload, method="POST",
                                     headers=headers(secret, msg_id, payload))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # http(s): watches checks
            status = response.status
    except urllib.error.HTTPError as error:
        return Outcome(error.code, f"HTTP {error.code}")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Outcome(None, f"{type(error).__name__}: {reason}"[:500])
    if 200 <= status < 300:
        return Outcome(status, None)
    return Outcome(status, f"HTTP {status}")


def backoff(attempts: int, first_seconds: float) -> timedelta:
    """The wait after the ``attempts``-th failed try: ``first_seconds`` doubled each time,
    at most a day."""
    return min(timedelta(seconds=first_seconds * 2 ** min(max(attempts - 1, 0), 20)), MAX_BACKOFF)
