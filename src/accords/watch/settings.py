"""What the crawler may do, from the environment (read when asked, as ``accords.settings``).

* ``ACCORDS_FETCH_USER_AGENT``: the User-Agent sent with every request (default: Accords,
  its version and a contact URL). robots.txt rules are matched against its first word.
* ``ACCORDS_FETCH_DELAY``: seconds between two requests to one host (default 1; a site's
  ``Crawl-delay`` or ``Request-rate`` makes it longer, never shorter).
* ``ACCORDS_FETCH_TIMEOUT``: seconds to connect, and between two reads, and (times four)
  for a whole response (default 20).
* ``ACCORDS_FETCH_MAX_BYTES``: the largest response read, in bytes (default 10 MiB);
  a longer one is abandoned mid-stream.
* ``ACCORDS_FETCH_ALLOW_PRIVATE``: ``1`` lets sources and pages resolve to loopback,
  private, link-local or reserved addresses; off by default (a guard against a source
  pointing the crawler at the machine's own network).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from accords import __version__
from accords.errors import AccordsError
from accords.settings import _number

#: Where a site's operator can read who is crawling and why.
CONTACT_URL = "https://github.com/accords-registry/accords"
USER_AGENT = f"Accords/{__version__} (+{CONTACT_URL}; news registry crawler)"
FETCH_DELAY = 1.0
FETCH_TIMEOUT = 20.0
FETCH_MAX_BYTES = 10 * 1024 * 1024
#: Redirects followed per request (each hop checked against robots.txt and the guard).
MAX_REDIRECTS = 5
#: How long a robots.txt is trusted before it is fetched again (seconds).
ROBOTS_TTL = 24 * 3600.0

ENV_USER_AGENT = "ACCORDS_FETCH_USER_AGENT"
ENV_DELAY = "ACCORDS_FETCH_DELAY"
ENV_TIMEOUT = "ACCORDS_FETCH_TIMEOUT"
ENV_MAX_BYTES = "ACCORDS_FETCH_MAX_BYTES"
ENV_ALLOW_PRIVATE = "ACCORDS_FETCH_ALLOW_PRIVATE"


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = USER_AGENT
    delay: float = FETCH_DELAY
    timeout: float = FETCH_TIMEOUT
    max_bytes: int = FETCH_MAX_BYTES
    allow_private: bool = False
    max_redirects: int = MAX_REDIRECTS
    robots_ttl: float = ROBOTS_TTL

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against (``Accords``)."""
        return self.user_agent.split("/", 1)[0].split()[0]


def fetch_settings() -> FetchSettings:
    """The settings in force now (environment variables over the defaults)."""
    return FetchSettings(
        user_agent=os.environ.get(ENV_USER_AGENT, "").strip() or USER_AGENT,
        delay=_number(ENV_DELAY, FETCH_DELAY, "a number of seconds", zero_ok=True),
        timeout=_number(ENV_TIMEOUT, FETCH_TIMEOUT, "a number of seconds"),
        max_bytes=int(_number(ENV_MAX_BYTES, FETCH_MAX_BYTES, "a positive whole number of bytes")),
        allow_private=_flag(ENV_ALLOW_PRIVATE),
    )


def _flag(name: str) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise AccordsError(f"{name} must be 1 or 0, not {raw!r}")
