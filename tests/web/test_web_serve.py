"""``accords serve`` as a user runs it: a subprocess answering on the port it was given."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_health_and_pages_then_stops(corpus_db):
    port = _free_port()
    accords = Path(sys.executable).with_name("accords")
    process = subprocess.Popen(
        [str(accords), "serve", "--db", corpus_db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=os.environ | {"NO_COLOR": "1"})
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "accords serve did not start"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["ok"] is True
        assert "HUN-RUS" in httpx.get(base + "/dyads/HUN-RUS").text
        assert httpx.get(base + "/api/dyads").json()[0]["dyad"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=15)
    assert process.returncode == 0


def test_the_app_freezes_what_it_loaded_out_of_the_collectors_sight(tmp_path):
    """Full collections would otherwise walk the gazetteers and tables on some requests."""
    import gc

    from accords.web.app import create_app

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    app = create_app(f"sqlite:///{tmp_path / 'g.sqlite'}")
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        app.state.store.close()
