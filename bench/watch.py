"""`accords watch` over many sources: one pass that reads everything, then one where
nothing changed (every feed answers 304).

A local HTTP server on 127.0.0.1 serves SOURCES RSS feeds of ITEMS articles each
(short reports in the style of the sample corpus, written here from templates: states,
places, documents vary, so that each article is distinct). The first pass fetches every
feed and article and reads, extracts, stores and consolidates them; the second pass
polls every source again (`--force`) with its ETag. The delay per host is 0 (one local
server; a real crawl keeps the default 1 s per host), and the robots.txt allows all.

Writes bench/results/watch.json (or watch_<SOURCES>x<ITEMS>.json for other sizes).

    python bench/watch.py [--sources 200] [--items 20]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from machine import RESULTS, machine_info

STATES = ["Hungary", "Austria", "Poland", "Lithuania", "Finland", "Estonia", "Romania",
          "Moldova", "Latvia", "Sweden", "Croatia", "Slovenia", "Chile", "Peru", "Kenya",
          "Ghana", "Japan", "Vietnam", "Canada", "Mexico"]
DOCUMENTS = ["a memorandum of understanding on energy cooperation",
             "an agreement on cross-border rail transport", "a protocol on fisheries",
             "an agreement on the avoidance of double taxation",
             "a memorandum on cooperation in education", "a programme of cultural exchanges"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(source: int, item: int) -> bytes:
    n = source * 1000 + item
    pairs = list(itertools.permutations(STATES, 2))
    a, b = pairs[n % len(pairs)]
    doc = DOCUMENTS[n % len(DOCUMENTS)]
    day = DAYS[n % len(DAYS)]
    text = (f"{a} and {b} signed {doc} in the capital of {a} on {day}. The foreign ministers "
            f"of the two countries said the document number {n} would enter into force next "
            f"year. The intergovernmental commission of {a} and {b} will meet again in "
            f"autumn to review its implementation. Report {n} of source {source}.")
    return (f"<html><head><title>{a} and {b} sign</title><meta property='article:published_time'"
            f" content='2025-0{1 + n % 9}-1{n % 10}'></head><body><nav>Home | World</nav>"
            f"<article><h1>{a} and {b} sign</h1><p>{text}</p></article>"
            f"<footer>Copyright</footer></body></html>").encode()


def feed(base: str, source: int, items: int) -> bytes:
    entries = "".join(
        f"<item><title>t</title><link>{base}/s{source}/a{i}?utm_source=rss</link>"
        f"<guid>s{source}-a{i}</guid><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>"
        for i in range(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>s{source}</title>'
            f"{entries}</channel></rss>").encode()


def serve(items: int) -> tuple[ThreadingHTTPServer, list[int]]:
    counts = [0, 0]  # requests, 304s

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:
            pass

        def do_GET(self) -> None:
            counts[0] += 1
            path = self.path.split("?")[0]
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if path == "/robots.txt":
                return self._send(b"User-agent: *\nAllow: /\n", "text/plain")
            parts = path.strip("/").split("/")
            if len(parts) == 2 and parts[1] == "feed.xml":
                if self.headers.get("If-None-Match") == '"1"':
                    counts[1] += 1
                    self.send_response(304)
                    self.send_header("ETag", '"1"')
                    self.end_headers()
                    return None
                return self._send(feed(base, int(parts[0][1:]), items), "application/rss+xml",
                                  {"ETag": '"1"'})
            if len(parts) == 2 and parts[1].startswith("a"):
                return self._send(article(int(parts[0][1:]), int(parts[1][1:])), "text/html")
            return self._send(b"no", "text/plain", status=404)

        def _send(self, body: bytes, ctype: str, headers: dict[str, str] | None = None,
                  status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    args = parser.parse_args()

    from accords.extract.pipeline import Extractor
    from accords.store.db import Store
    from accords.store.sources import add_source
    from accords.watch.runner import Watcher
    from accords.watch.settings import FetchSettings

    server, counts = serve(args.items)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    extractor = Extractor(processes=1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'watch.sqlite'}")
        for s in range(args.sources):
            add_source(store, f"{base}/s{s}/feed.xml", kind="rss")
        settings = FetchSettings(delay=0.0, timeout=20.0, allow_private=True)
        passes = []
        with Watcher(store, settings=settings, extractor=extractor) as watcher:
            for name in ("first", "unchanged"):
                before = counts[0]
                started = time.perf_counter()
                report = watcher.run_pass(force=True)
                seconds = time.perf_counter() - started
                passes.append({
                    "pass": name, "seconds": round(seconds, 2),
                    "requests": counts[0] - before, "not_modified": report.not_modified,
                    "stored": report.new, "duplicates": report.duplicates,
                    "rejected": sum(report.rejected.values()),
                    "articles_per_second": round(report.new / seconds, 1) if report.new else 0,
                })
                print(json.dumps(passes[-1]), file=sys.stderr)
        store.close()
    server.shutdown()
    ratio = passes[1]["seconds"] / passes[0]["seconds"]
    result = {"benchmark": "watch", "sources": args.sources, "items": args.items,
              "passes": passes, "unchanged_over_first": round(ratio, 4),
              "machine": machine_info()}
    size = "" if (args.sources, args.items) == (200, 20) else f"_{args.sources}x{args.items}"
    out = RESULTS / f"watch{size}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"first pass {passes[0]['seconds']} s ({passes[0]['articles_per_second']} articles/s, "
          f"{passes[0]['requests']} requests); unchanged {passes[1]['seconds']} s "
          f"({ratio:.1%} of the first) → {out}")


if __name__ == "__main__":
    main()
