"""A news site for the watch tests: a real HTTP server on 127.0.0.1 at a random port,
serving feeds, sitemaps and article pages written for these tests, with the defects real
sites have. Every request is logged (path, headers, time) for the tests to assert on."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ETAG = '"v1"'
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)

ARTICLES = {
    "a1": ("Hungary and Austria sign energy memorandum", "2025-03-03",
           "Hungary and Austria signed a memorandum of understanding on energy cooperation "
           "in Vienna on Monday. The foreign ministers of the two countries said the "
           "memorandum covers gas storage and electricity interconnection."),
    "a2": ("Poland and Lithuania hold talks", None,
           "The prime ministers of Poland and Lithuania held talks in Warsaw on Tuesday "
           "about road and rail links. They agreed to prepare an agreement on transport "
           "cooperation."),
    "a3": ("Slovakia and Czechia agree on rail", "2025-04-10",
           "Slovakia and the Czech Republic signed an agreement on cross-border rail "
           "transport in Bratislava. The agreement was signed by the two transport ministers."),
    "a4": ("Finland and Estonia discuss a tunnel", "2025-05-02",
           "Finland and Estonia signed a protocol on the planning of a railway tunnel "
           "between Helsinki and Tallinn. The protocol was signed in Helsinki."),
    "a5": ("Romania and Moldova open a bridge", "2025-06-01",
           "Romania and Moldova signed an agreement on the construction of a bridge across "
           "the Prut river. The presidents met in Chisinau on Friday."),
    "a6": ("Latvia and Sweden cooperate on defence", None,
           "Latvia and Sweden signed a memorandum on defence cooperation in Riga. The "
           "defence ministers of both states said they would hold joint exercises."),
    "a7": ("Croatia and Slovenia settle fishing", "2025-07-07",
           "Croatia and Slovenia signed an agreement on fisheries in the Adriatic Sea. The "
           "agreement was signed in Ljubljana by the two ministers of agriculture."),
}
#: Dates the feeds and sitemaps give (a2 and a6 state none on their page).
LISTED_DATES = {"a1": "2025-03-02", "a2": "2025-03-12", "a4": "2025-05-01",
                "a5": "2025-06-01", "a6": "2025-08-15", "a7": "2025-07-06"}


def page(key: str, canonical: str | None = None) -> bytes:
    title, published, text = ARTICLES[key]
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    # Site furniture, a cookie banner and an unclosed tag: the usual defects.
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Daily Test</title>
{meta}{link}</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<div class="cookie">We use cookies. <a href="/privacy">Accept</a></div>
<article><h1>{title}</h1><p>{text}</p><p>Officials said further meetings would follow
in the coming months.<p></article><footer>Copyright Daily Test</footer></body></html>""".encode()


def rss(base: str) -> bytes:
    def item(path: str, guid: str, date: str) -> str:
        return (f"<item><title>x</title><link>{base}{path}</link><guid>{guid}</guid>"
                f"<pubDate>{date}</pubDate></item>")
    items = "".join([
        item("/news/a1?utm_source=rss&utm_medium=feed", "g-a1", "Sun, 02 Mar 2025 10:00:00 GMT"),
        item("/news/a2", "g-a2", "Wed, 12 Mar 2025 10:00:00 GMT"),
        item("/private/secret", "g-secret", "Wed, 12 Mar 2025 10:00:00 GMT"),
        item("/files/report.pdf", "g-pdf", "Wed, 12 Mar 2025 10:00:00 GMT"),
        item("/go/1", "g-redirect", "Thu, 10 Apr 2025 10:00:00 GMT"),
        item("/news/slow", "g-slow", "Thu, 10 Apr 2025 10:00:00 GMT"),
        item("/news/huge", "g-huge", "Thu, 10 Apr 2025 10:00:00 GMT"),
    ])
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Daily Test</title>'
            f"<link>{base}/</link><ttl>60</ttl>{items}</channel></rss>").encode()


def atom(base: str) -> bytes:
    def entry(path: str, date: str) -> str:
        return (f"<entry><title>x</title><link href='{base}{path}'/><id>{base}{path}</id>"
                f"<updated>{date}</updated></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Daily Test</title><id>{base}/</id><updated>2025-05-01T00:00:00Z</updated>"
            + entry("/news/a4", "2025-05-01T08:00:00Z")
            + entry("/news/a1#comments", "2025-03-02T08:00:00Z")  # a1 again, another URL
            + entry("/amp/a5", "2025-06-01T08:00:00Z")  # canonical: /news/a5
            + "</feed>").encode()


def sitemap_index(base: str) -> bytes:
    return (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/news-sitemap.xml</loc></sitemap></sitemapindex>").encode()


def news_sitemap(base: str) -> bytes:
    def url(path: str, day: str) -> str:
        return (f"<url><loc>{base}{path}</loc><news:news><news:publication>"
                f"<news:name>Daily Test</news:name><news:language>en</news:language>"
                f"</news:publication><news:publication_date>{day}T09:00:00Z"
                f"</news:publication_date><news:title>x</news:title></news:news></url>")
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            + url("/news/a6", "2025-08-15") + url("/news/a5", "2025-06-01")
            + "</urlset>").encode()


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class Site:
    server: ThreadingHTTPServer
    requests: list[Request] = field(default_factory=list)
    closing: threading.Event = field(default_factory=threading.Event)
    guid_counter: int = 0

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()


ROBOTS = b"User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n"


def start(robots: bytes = ROBOTS) -> Site:
    site: Site

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            pass

        def do_GET(self) -> None:
            with lock:
                site.requests.append(Request(self.path, dict(self.headers), time.monotonic()))
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._route(self.path.split("?", 1)[0])

        def _send(self, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def _route(self, path: str) -> None:
            base = site.base
            if path == "/robots.txt":
                robots_text = robots.replace(b"{base}", base.encode())
                return self._send(robots_text, "text/plain")
            if path in ("/rss.xml", "/atom.xml"):
                if self.headers.get("If-None-Match") == ETAG:
                    self.send_response(304)
                    self.send_header("ETag", ETAG)
                    self.end_headers()
                    return None
                body = rss(base) if path == "/rss.xml" else atom(base)
                return self._send(body, "application/xml", headers={
                    "ETag": ETAG, "Last-Modified": LAST_MODIFIED})
            if path == "/sitemap_index.xml":
                return self._send(sitemap_index(base), "application/xml")
            if path == "/news-sitemap.xml":
                return self._send(news_sitemap(base), "application/xml")
            if path == "/changing-guids.xml":
                site.guid_counter += 1
                body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                        f"<item><link>{base}/news/a7</link><guid>run-{site.guid_counter}</guid>"
                        f"<pubDate>Sun, 06 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>")
                return self._send(body.encode(), "application/rss+xml")
            if path == "/broken.xml":
                return self._send(b"<?xml version='1.0'?><urlset><url><loc>x</loc>", "application/xml")
            if path == "/busy.xml":
                return self._send(b"slow down", "text/plain", 429, {"Retry-After": "7200"})
            if path.startswith("/news/a") and path[len("/news/"):] in ARTICLES:
                return self._send(page(path[len("/news/"):]))
            if path.startswith("/amp/a"):
                key = path[len("/amp/"):]
                return self._send(page(key, canonical=f"{base}/news/{key}"))
            if path == "/files/report.pdf":
                return self._send(b"%PDF-1.4 not an article", "application/pdf")
            if path.startswith("/go/"):
                hop = int(path[len("/go/"):])
                target = "/news/a3" if hop >= 3 else f"/go/{hop + 1}"
                return self._send(b"", status=301, headers={"Location": target})
            if path.startswith("/loop/"):
                hop = int(path[len("/loop/"):])
                return self._send(b"", status=302, headers={"Location": f"/loop/{hop + 1}"})
            if path == "/news/slow":  # headers, a little, then nothing
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html><body><p>Hungary and")
                self.wfile.flush()
                site.closing.wait(30)
                return None
            if path == "/news/huge":  # 30 MB, streamed
                size = 30 * 1024 * 1024
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65530 + b"</p>"
                sent = 0
                while sent < size and not site.closing.is_set():
                    self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    sent += len(chunk)
                self.wfile.write(b"0\r\n\r\n")
                return None
            if path == "/":
                return self._send(
                    b'<html><head><link rel="alternate" type="application/rss+xml" '
                    b'href="/rss.xml"><link rel="alternate" type="application/atom+xml" '
                    b'href="/atom.xml"></head><body>Daily Test</body></html>')
            return self._send(b"not found", "text/plain", 404)

    lock = threading.Lock()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site = Site(server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return site
