"""`accords watch` delivers, after each pass, the alerts its new articles made due."""

from __future__ import annotations

import json

from standardwebhooks import Webhook

from accords.alerts import Filters, add_watch
from accords.store.db import Store
from accords.store.sources import add_source
from accords.watch.runner import Watcher
from alerts.alerts_helpers import CURATOR, SECRET, Receiver, curators


def test_a_pass_sends_the_webhooks_of_the_records_it_created(
        db_url, news_site, fetch_settings, extractor):
    receiver, elsewhere = Receiver().start(), Receiver().start()
    try:
        store = Store.open(db_url)
        curators(store)
        add_watch(store, CURATOR, "energy", Filters(dyad="AUT-HUN"),
                                webhook_url=receiver.url, secret=SECRET)
        # control: a watch on a pair no article of the site reports gets nothing
        add_watch(store, CURATOR, "elsewhere", Filters(dyad="CHL-PER"),
                  webhook_url=elsewhere.url, secret=SECRET)
        add_source(store, news_site.base + "/rss.xml")
        Watcher(store, settings=fetch_settings, extractor=extractor, log=lambda _: None).run_pass()

        assert receiver.calls, "no webhook after the pass"
        for call in receiver.calls:
            event = Webhook(SECRET).verify(call.body, call.headers)  # raises when forged
            assert "AUT" in json.dumps(event) and "HUN" in json.dumps(event)
        ids = [call.headers["webhook-id"] for call in receiver.calls]
        assert len(ids) == len(set(ids))
        assert elsewhere.calls == []
        store.close()
    finally:
        receiver.stop()
        elsewhere.stop()
