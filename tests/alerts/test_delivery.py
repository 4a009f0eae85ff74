"""Delivery from the outbox: retries with the same webhook-id, backoff, disabling, a sender
killed between the call and its booking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from alerts_helpers import CURATOR, SECRET, Receiver, curators, instrument_article
from sqlalchemy import select
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook
from typer.testing import CliRunner

from accords.alerts import Filters, add_watch, get_watch, send_due
from accords.alerts.deliver import LEASE
from accords.alerts.watches import delivery_log
from accords.cli import app
from accords.registry import consolidate
from accords.store.db import Store
from accords.store.schema import DeliveryRow, utcnow

PLANNED = "Kazakhstan and Uzbekistan are preparing an agreement on water resources."
SIGNED = "Kazakhstan and Uzbekistan signed the agreement on water resources on Monday."


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        curators(opened)
        opened.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
        consolidate(opened)
        yield opened


def _watch_then_signing(store: Store, url: str) -> str:
    watch, _ = add_watch(store, CURATOR, "water", Filters(dyad="KAZ-UZB"), webhook_url=url,
                         secret=SECRET)
    store.add(instrument_article("s", SIGNED, "2026-10-05", "the agreement", "signed"))
    assert consolidate(store).events == 1
    return watch.id


def test_two_failures_then_success_sends_one_id_three_times_then_no_more(store):
    receiver = Receiver(answers=[500, 500, 200]).start()
    try:
        watch_id = _watch_then_signing(store, receiver.url)
        start = utcnow()
        first = send_due(store, now=start)
        assert (first.planned, first.webhooks_failed, len(receiver.calls)) == (1, 1, 1)
        assert send_due(store, now=start + timedelta(seconds=10)).webhooks_failed == 0
        assert len(receiver.calls) == 1  # backing off: the retry is not due yet
        send_due(store, now=start + timedelta(hours=1))
        third = send_due(store, now=start + timedelta(hours=2))
        assert third.webhooks_sent == 1 and len(receiver.calls) == 3
        send_due(store, now=start + timedelta(days=3))
        assert len(receiver.calls) == 3
        ids = {call.headers["webhook-id"] for call in receiver.calls}
        assert len(ids) == 1
        for call in receiver.calls:
            assert Webhook(SECRET).verify(call.body, call.headers)["data"]["kind"] == "status_changed"
        log = delivery_log(store, watch_id)
        assert [line["status"] for line in reversed(log)] == [500, 500, 200]
        assert get_watch(store, watch_id, CURATOR).failures == 0
        with Session(store.engine) as session:
            (delivery,) = session.scalars(select(DeliveryRow))
            assert delivery.attempts == 3 and delivery.delivered_at is not None
    finally:
        receiver.stop()


def test_an_endpoint_failing_again_and_again_is_disabled_and_shown_so(store, monkeypatch):
    monkeypatch.setenv("ACCORDS_WEBHOOK_MAX_FAILURES", "2")
    receiver = Receiver(answers=[503] * 10).start()
    try:
        watch_id = _watch_then_signing(store, receiver.url)
        start = utcnow()
        send_due(store, now=start)
        summary = send_due(store, now=start + timedelta(hours=1))
        assert summary.disabled == [watch_id]
        assert get_watch(store, watch_id, CURATOR).webhook_disabled
        send_due(store, now=start + timedelta(days=5))
        assert len(receiver.calls) == 2
        url = store.engine.url.render_as_string(hide_password=False)
        listed = CliRunner().invoke(app, ["watches", "list", "--db", url])
        assert "webhook (disabled)" in listed.stdout
        enabled = CliRunner().invoke(app, ["watches", "enable", watch_id, "--db", url])
        assert enabled.exit_code == 0
        receiver.answers.clear()
        assert send_due(store, now=start + timedelta(days=6)).webhooks_sent == 1
        assert len({c.headers["webhook-id"] for c in receiver.calls}) == 1
    finally:
        receiver.stop()


def _accords() -> str:
    return str(Path(sys.executable).with_name("accords"))


def test_a_sender_killed_after_the_call_sends_the_same_id_again(store):
    started = threading.Event()
    sender: dict[str, subprocess.Popen] = {}

    def kill_sender() -> None:  # the call arrived; the sender has not booked it yet
        started.wait(30)
        os.kill(sender["process"].pid, signal.SIGKILL)
        sender["process"].wait(30)

    receiver = Receiver(on_call=kill_sender).start()
    try:
        _watch_then_signing(store, receiver.url)
        url = store.engine.url.render_as_string(hide_password=False)
        sender["process"] = subprocess.Popen([_accords(), "alerts", "send", "--once", "--db", url],
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.set()
        assert sender["process"].wait(120) == -signal.SIGKILL
        assert len(receiver.calls) == 1
        with Session(store.engine) as session:
            (delivery,) = session.scalars(select(DeliveryRow))
            assert delivery.delivered_at is None  # the booking never happened
        receiver.on_call = None
        assert send_due(store).webhooks_sent == 0  # still leased to the killed sender
        resumed = send_due(store, now=utcnow() + LEASE + timedelta(seconds=1))
        assert resumed.webhooks_sent == 1
        first, second = receiver.calls
        assert first.headers["webhook-id"] == second.headers["webhook-id"]
        assert first.body == second.body
        send_due(store, now=utcnow() + timedelta(days=1))
        assert len(receiver.calls) == 2
    finally:
        receiver.stop()
