"""When to poll a source next: sooner after new items, later after empty polls, within
bounds around the interval the user asked for; never sooner than the feed asks (RSS
``ttl``, ``sy:updatePeriod``) or than ``Retry-After``; failures back off exponentially."""

from __future__ import annotations

import re

from accords.errors import AccordsError

#: Bounds of any interval, in seconds: one minute to one day.
MIN_INTERVAL = 60
MAX_INTERVAL = 86400
#: The adaptive interval stays within [every / 4, every × 8] (and the bounds above).
FASTER, SLOWER = 4, 8
#: First back-off after a failure, doubled with each failure in a row, at most a day.
FIRST_BACKOFF = 300

_DURATION = re.compile(r"(\d+)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> int:
    """``30m``, ``2h``, ``1d``, ``90s`` or bare seconds → seconds (at least a minute)."""
    found = _DURATION.fullmatch(text.strip().lower())
    if not found:
        raise AccordsError(f"--every takes a duration like 30m, 2h or 1d, not {text!r}")
    seconds = int(found.group(1)) * _UNITS[found.group(2)]
    if seconds < MIN_INTERVAL:
        raise AccordsError(f"--every must be at least {MIN_INTERVAL} s, not {text!r}")
    return min(seconds, MAX_INTERVAL)


def next_interval(every: int, current: int, new_items: int, asked: int | None = None) -> int:
    """The interval after a successful poll that found ``new_items`` new items."""
    low = max(MIN_INTERVAL, every // FASTER)
    high = min(MAX_INTERVAL, every * SLOWER)
    interval = current // 2 if new_items else current * 3 // 2
    interval = max(low, min(high, interval))
    if asked:
        interval = max(interval, min(asked, MAX_INTERVAL))
    return interval


def backoff(failures: int, retry_after: float | None = None) -> int:
    """Seconds to wait after the ``failures``-th failure in a row (Retry-After wins if longer)."""
    wait = min(MAX_INTERVAL, FIRST_BACKOFF * 2 ** max(0, failures - 1))
    if retry_after is not None:
        wait = max(wait, min(int(retry_after), MAX_INTERVAL))
    return wait
