"""HTTP for the crawler: httpx with a redirect cap, a streamed size limit, a whole-response
deadline, conditional GET, a delay between requests to one host, and the private-address
guard. Nothing here raises for a bad response: every outcome is a :class:`Response`.
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from accords.watch.settings import FetchSettings

#: Decides whether a URL may be fetched: None if it may, else the reason it may not.
Gate = Callable[[str], str | None]


@dataclass
class Response:
    """What one request (with its redirects) came to."""

    url: str  # the URL asked for
    final_url: str  # where the redirects ended
    status: int | None = None  # None: no HTTP answer (refused, timed out, too large…)
    content: bytes = b""
    content_type: str = ""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    retry_after: float | None = None
    error: str | None = None  # why there is no usable body
    #: ``disallowed`` (robots.txt) or ``refused`` (private address): never requested.
    blocked: str | None = None
    redirects: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """One HTTP client for a pass, remembering when each host was last asked."""

    def __init__(self, settings: FetchSettings, *, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self._sleep = sleep
        self._last: dict[str, float] = {}
        #: Extra delay a host asks for (robots.txt Crawl-delay / Request-rate), seconds.
        self.host_delays: dict[str, float] = {}
        self.requests = 0
        timeout = httpx.Timeout(settings.timeout)
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, trust_env=False,
            headers={"User-Agent": settings.user_agent,
                     "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        gate: Gate | None = None,
        accept: str = "*/*",
    ) -> Response:
        """GET ``url``, following up to ``max_redirects`` redirects; every hop is checked by
        the address guard and by ``gate`` (robots.txt) before it is requested."""
        started = time.monotonic()
        response = Response(url=url, final_url=url)
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            blocked = self._refusal(current) or (gate(current) if gate else None)
            if blocked:
                response.blocked = "refused" if blocked.startswith("refused") else "disallowed"
                response.error = blocked
                break
            headers = {"Accept": accept}
            if current == url:
                if etag:
                    headers["If-None-Match"] = etag
                if last_modified:
                    headers["If-Modified-Since"] = last_modified
            self._wait_for(current)
            self.requests += 1
            location = self._request(current, headers, response)
            if location is None:
                break
            response.redirects.append(current)
            current = urljoin(current, location)
            response.final_url = current
        else:
            response.status, response.error = None, (
                f"more than {self.settings.max_redirects} redirects")
        response.seconds = time.monotonic() - started
        return response

    def _request(self, url: str, headers: dict[str, str], out: Response) -> str | None:
        """One request; fills ``out``; returns the Location to follow, if it is a redirect."""
        deadline = time.monotonic() + 4 * self.settings.timeout
        limit = self.settings.max_bytes
        try:
            with self._client.stream("GET", url, headers=headers) as reply:
                out.status = reply.status_code
                if reply.is_redirect and reply.headers.get("location"):
                    return reply.headers["location"]
                out.content_type = reply.headers.get("content-type", "").split(";")[0].strip().lower()
                out.charset = reply.charset_encoding
                out.etag = reply.headers.get("etag")
                out.last_modified = reply.headers.get("last-modified")
                out.retry_after = retry_after(reply.headers.get("retry-after"))
                if reply.status_code == 304:
                    return None
                if not 200 <= reply.status_code < 300:
                    out.error = f"HTTP {reply.status_code}"
                    return None
                declared = reply.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    out.error = f"too large: {int(declared)} bytes declared (limit {limit})"
                    return None
                chunks: list[bytes] = []
                size = 0
                for chunk in reply.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        out.error = f"too large: over {limit} bytes"
                        return None
                    if time.monotonic() > deadline:
                        out.error = f"timed out: no complete answer in {4 * self.settings.timeout:g} s"
                        return None
                    chunks.append(chunk)
                out.content = b"".join(chunks)
        except httpx.TimeoutException as error:
            out.error = f"timed out ({type(error).__name__})"
        except httpx.HTTPError as error:
            out.error = f"{type(error).__name__}: {error}"
        return None

    def _wait_for(self, url: str) -> None:
        """Sleep until this host may be asked again (the delay setting or the host's own)."""
        host = urlsplit(url).netloc.lower()
        delay = max(self.settings.delay, self.host_delays.get(host, 0.0))
        last = self._last.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                self._sleep(wait)
        self._last[host] = time.monotonic()

    def _refusal(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"refused: not an http(s) URL: {url}"
        if self.settings.allow_private:
            return None
        return private_address(parts.hostname)


def private_address(host: str) -> str | None:
    """Why ``host`` may not be fetched (it resolves to a loopback, private, link-local or
    reserved address), or None. Every address it resolves to is checked."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError as error:
        return f"refused: {host} does not resolve ({error})"
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if (address.is_private or address.is_loopback or address.is_link_local
                or address.is_reserved or address.is_multicast or address.is_unspecified):
            return (f"refused: {host} resolves to {address}, a non-public address "
                    "(ACCORDS_FETCH_ALLOW_PRIVATE=1 allows it)")
    return None


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
