"""The issue's end to end: real extraction, a real HTTP receiver, the CLI, the Atom feed."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from alerts_helpers import CURATOR, SECRET, Receiver, curators
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from standardwebhooks.webhooks import Webhook
from typer.testing import CliRunner

from accords.alerts import feed, watches
from accords.cli import app
from accords.registry import consolidate
from accords.store.db import Store
from accords.store.schema import EventRow
from accords.workflow import ingest

PREPARED = """Kazakhstan and Uzbekistan prepare water-sharing agreement

Astana, 12 March 2026 – Kazakhstan and Uzbekistan are preparing an agreement on the joint management of water resources in the Syr Darya basin, which is expected to be signed later this year, the Kazakh Ministry of Water Resources said on Thursday.
"""
SIGNED = """Kazakhstan and Uzbekistan sign water agreement

Tashkent, 9 October 2026 – Kazakhstan and Uzbekistan signed an agreement on the joint management of water resources in the Syr Darya basin in Tashkent on Wednesday, the Uzbek government said.
"""


@pytest.fixture
def receiver():
    server = Receiver().start()
    yield server
    server.stop()


def _ingest(store: Store, folder: Path, name: str, text: str, extractor) -> None:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest([str(path)], store, extractor=extractor).stored == 1
    consolidate(store)


def test_a_signing_reaches_the_webhook_once_signed_and_the_feed_lists_it(
        db_url, tmp_path, extractor, receiver):
    runner = CliRunner()
    with Store.open(db_url) as store:
        curators(store)
        _ingest(store, tmp_path, "prepared", PREPARED, extractor)
        added = runner.invoke(app, [
            "watches", "add", "Kazakh-Uzbek agreements", "--dyad", "UZB-KAZ", "--kind",
            "instrument", "--webhook", receiver.url, "--secret", SECRET, "--by", CURATOR,
            "--db", db_url])
        assert added.exit_code == 0, added.output
        watch_id, feed_url = added.stdout.split()[:2]
        assert feed_url.endswith(f"/watches/{watch_id}.atom?token="
                                 + watches.get_watch(store, watch_id, CURATOR).feed_token)

        _ingest(store, tmp_path, "signed", SIGNED, extractor)
        sent = runner.invoke(app, ["alerts", "send", "--once", "--db", db_url])
        assert sent.exit_code == 0, sent.output
        assert "1 sent" in sent.output

        (call,) = receiver.calls
        payload = Webhook(SECRET).verify(call.body, call.headers)
        assert payload["type"] == "registry.status_changed"
        event = payload["data"]
        assert (event["before"], event["after"]) == ({"status": "planned"}, {"status": "signed"})
        assert event["record"]["dyad"] == "KAZ-UZB" and event["record"]["kind"] == "instrument"
        assert "signed an agreement on the joint management" in event["sentence"]
        assert event["article_id"] == store.get("signed").article.article_id
        assert event["links"]["record"].endswith(f"/records/{event['record_id']}")
        with pytest.raises(Exception, match="signature"):
            Webhook(SECRET).verify(call.body.replace(b"signed", b"ratified"), call.headers)

        again = runner.invoke(app, ["alerts", "send", "--once", "--db", db_url])
        assert again.exit_code == 0 and len(receiver.calls) == 1

        watch = watches.get_watch(store, watch_id, CURATOR)
        parsed = feedparser.parse(feed.atom(watch, watches.watch_events(store, watch)))
        assert parsed.version == "atom10" and not parsed.bozo
        (entry,) = parsed.entries
        assert entry.id == f"urn:accords:event:{event['id']}"
        assert "planned → signed" in entry.title
        assert entry.link == event["links"]["record"]

        with Session(store.engine) as session:  # the watch started after the first event
            assert session.scalar(select(func.count()).select_from(EventRow)) == 2
