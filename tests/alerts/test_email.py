"""The e-mail digest through a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
from datetime import timedelta
from email import policy

import pytest
from aiosmtpd.controller import Controller
from alerts_helpers import CURATOR, curators, free_port, instrument_article

from accords.alerts import Filters, add_watch, send_due
from accords.alerts.watches import delivery_log
from accords.registry import consolidate
from accords.store.db import Store
from accords.store.schema import utcnow

PLANNED = "Kazakhstan and Uzbekistan are preparing an agreement on water resources."
SIGNED = "Kazakhstan and Uzbekistan signed the agreement on water resources on Monday."
GRAIN = "Kazakhstan and Uzbekistan signed a protocol on grain transit in Astana."


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's hook
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def inbox(monkeypatch):
    box = Inbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("ACCORDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ACCORDS_SMTP_PORT", str(port))
    monkeypatch.setenv("ACCORDS_SMTP_FROM", "alerts@accords.test")
    monkeypatch.setenv("ACCORDS_PUBLIC_URL", "https://accords.test")
    yield box
    controller.stop()


def test_one_digest_per_period_in_plain_text_and_html_with_links(db_url, inbox):
    with Store.open(db_url) as store:
        curators(store)
        store.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
        consolidate(store)
        watch, _ = add_watch(store, CURATOR, "Kazakh-Uzbek water", Filters(dyad="KAZ-UZB"),
                             email="analyst@example.org")
        store.add(instrument_article("s", SIGNED, "2026-10-05", "the agreement", "signed"))
        store.add(instrument_article("g", GRAIN, "2026-10-06", "a protocol", "signed",
                                     title="protocol on grain transit"))
        consolidate(store)
        start = utcnow()
        summary = send_due(store, now=start)
        assert summary.emails_sent == 1 and summary.planned == 2
        ((sender, to, raw),) = inbox.messages
        assert sender == "alerts@accords.test" and to == ["analyst@example.org"]
        message = email.message_from_bytes(raw, policy=policy.default)
        assert message["Subject"] == "[Accords] Kazakh-Uzbek water: 2 changes"
        assert message.get_content_type() == "multipart/alternative"
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        signed_article = store.get("s").article.article_id
        assert "planned → signed" in plain and SIGNED in plain
        assert f"https://accords.test/articles/{signed_article}" in plain
        assert "new record" in plain and GRAIN in plain
        assert f'href="https://accords.test/articles/{signed_article}"' in html
        assert 'href="https://accords.test/records/r' in html
        assert watch.feed_url in plain

        store.add(instrument_article(
            "s2", "Uzbekistan and Kazakhstan signed the agreement on water resources this week.",
            "2026-10-07", "the agreement", "signed"))
        consolidate(store)
        held = send_due(store, now=start + timedelta(hours=1))
        assert held.planned == 1 and held.emails_sent == 0 and len(inbox.messages) == 1
        later = send_due(store, now=start + timedelta(days=1, minutes=1))
        assert later.emails_sent == 1 and len(inbox.messages) == 2
        second = email.message_from_bytes(inbox.messages[1][2], policy=policy.default)
        assert second["Subject"] == "[Accords] Kazakh-Uzbek water: 1 change"
        assert "new supporting article" in second.get_body(("plain",)).get_content()
        assert send_due(store, now=start + timedelta(days=5)).emails_sent == 0
        assert [line["ok"] for line in delivery_log(store, watch.id)] == [True, True]


def test_an_unreachable_mail_server_is_logged_and_tried_again(db_url, monkeypatch):
    port = free_port()
    monkeypatch.setenv("ACCORDS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ACCORDS_SMTP_PORT", str(port))  # nothing listens there yet
    with Store.open(db_url) as store:
        curators(store)
        watch, _ = add_watch(store, CURATOR, "water", Filters(), email="analyst@example.org")
        store.add(instrument_article("p", PLANNED, "2026-03-01", "an agreement", "planned"))
        consolidate(store)
        start = utcnow()
        assert send_due(store, now=start).emails_failed == 1
        (line,) = delivery_log(store, watch.id)
        assert not line["ok"] and "Connection" in line["error"]
        box = Inbox()
        controller = Controller(box, hostname="127.0.0.1", port=port)
        controller.start()
        try:
            assert send_due(store, now=start + timedelta(seconds=5)).emails_sent == 0  # backoff
            assert send_due(store, now=start + timedelta(hours=1)).emails_sent == 1
            assert len(box.messages) == 1
        finally:
            controller.stop()
