"""Login rate limiting: too many failed logins answer 429 until the window has passed.

Failures are counted per (user name, client address) — 5 in 15 minutes by default — and
per client address over all names (50), so neither guessing one curator's password nor
trying many names from one address gets far. While a key is over its limit the password
is not even checked (no Argon2 work is spent), and a right password is refused too. A
successful login clears the count of its (name, address).

The counts live in the server process (``app.state.login_limiter``): they reset when it
restarts and are not shared between several server processes. Behind a reverse proxy
every client has the proxy's address, so the per-address limit then counts everyone.
Settings: ``ACCORDS_LOGIN_MAX_FAILURES``, ``ACCORDS_LOGIN_WINDOW_SECONDS``.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable

MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 50
WINDOW_SECONDS = 15 * 60
#: Keys tracked before expired ones are swept (bounds memory under a spray of names).
SWEEP_AT = 10_000


def _env_int(name: str, default: int) -> int:
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        return default
    return value if value > 0 else default


class LoginLimiter:
    """Failed-login counts in a sliding window, per (name, address) and per address."""

    def __init__(
        self,
        max_failures: int | None = None,
        window: float | None = None,
        per_address: int = MAX_FAILURES_PER_ADDRESS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_failures = max_failures or _env_int("ACCORDS_LOGIN_MAX_FAILURES", MAX_FAILURES)
        self.window = window or _env_int("ACCORDS_LOGIN_WINDOW_SECONDS", WINDOW_SECONDS)
        self.per_address = per_address
        self.clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _keys(self, name: str, address: str) -> list[tuple[tuple[str, str], int]]:
        return [
            ((name.casefold()[:64], address), self.max_failures),
            (("", address), self.per_address),
        ]

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, name: str, address: str) -> int | None:
        """Seconds until a login may be tried again, or None when it may be tried now."""
        now = self.clock()
        wait = 0.0
        with self._lock:
            for key, limit in self._keys(name, address):
                times = self._recent(key, now)
                if len(times) >= limit:
                    wait = max(wait, times[len(times) - limit] + self.window - now)
        return max(1, math.ceil(wait)) if wait > 0 else None

    def failed(self, name: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            if len(self._failures) >= SWEEP_AT:
                for key in list(self._failures):
                    self._recent(key, now)
            for key, _limit in self._keys(name, address):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, name: str, address: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(name, address)[0][0], None)
