"""What the alerts tests share: a real HTTP receiver and a real SMTP server on 127.0.0.1,
hand-built extractions (no NLP model) and a curator."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from accords import accounts
from accords.model import Article, Evidence, Extraction, Fact, FactKind
from accords.store.db import Store

CURATOR, OTHER, PASSWORD = "analyst", "someone-else", "a long enough password"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def curators(store: Store) -> None:
    accounts.ensure_tables(store)
    for name in (CURATOR, OTHER):
        if name not in accounts.list_users(store):
            accounts.add_user(store, name, PASSWORD)


@dataclass
class Call:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """An HTTP server that records every POST and answers with ``answers`` in turn (then 200);
    ``on_call`` runs before it answers."""

    answers: list[int] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    on_call: Callable[[], Any] | None = None

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                receiver.calls.append(Call({k.lower(): v for k, v in self.headers.items()},
                                           self.rfile.read(length)))
                if receiver.on_call is not None:
                    receiver.on_call()
                status = receiver.answers.pop(0) if receiver.answers else 200
                self.send_response(status)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _fact(text: str, fact_kind: FactKind, phrase: str, **attrs: Any) -> Fact:
    start = text.index(phrase)
    return Fact(fact_kind, dict(attrs), [Evidence(start, start + len(phrase), text, 0)], 0.7)


def instrument_article(aid: str, text: str, published: str, phrase: str, status: str,
                       dyad: tuple[str, str] = ("KAZ", "UZB"), date: str | None = None,
                       title: str = "agreement on water resources") -> Extraction:
    """An article reporting one agreement of ``dyad`` in ``status``."""
    facts = [
        Fact(FactKind.DYAD, {"countries": list(dyad)}, [Evidence(0, 1, text, 0)], 1.0),
        _fact(text, FactKind.INSTRUMENT, phrase, kind="agreement", status=status, date=date,
              place=None, countries=list(dyad), parties=[], areas=["water"], title=title),
    ]
    return Extraction(Article(id=aid, text=text, published=published), facts)
