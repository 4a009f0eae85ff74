"""Merge and split in a real browser: a curator splits a sentence off a record, then
merges the new record back; both steps show in the record's history."""

from __future__ import annotations

import re

from webdb import CURATOR, PASSWORD


def _record_with_two_sentences(page, server) -> str:
    records = page.request.get(f"{server}/api/records?dyad=HUN-RUS&kind=meeting&limit=200")
    for brief in records.json()["records"]:
        record = page.request.get(f"{server}/api/records/{brief['id']}").json()["record"]
        if len(record["support"]) >= 2:
            return record["id"]
    raise AssertionError("no HUN-RUS meeting with two supporting sentences")


def test_curator_splits_and_merges_a_record(page, server, shoot):
    page.goto(server + "/login?next=/review")
    page.locator("input[name=name]").fill(CURATOR)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.login button").click()
    page.wait_for_url(re.compile(r"/review$"))

    rid = _record_with_two_sentences(page, server)
    page.goto(f"{server}/records/{rid}")
    split = page.locator("form.split")
    boxes = split.locator("input[name=fact]")
    assert boxes.count() >= 2
    moved = boxes.first.get_attribute("value")
    boxes.first.check()
    split.locator("input[name=note]").fill("a different meeting")
    shoot(page, "curate")
    split.locator("button.split").click()
    page.wait_for_url(re.compile(r"/records/r[0-9a-f]+$"))
    new_id = page.url.rsplit("/", 1)[1]
    assert new_id != rid
    history = page.locator("section h2:text('History') + table")
    assert "split_from" in history.inner_text() and CURATOR in history.inner_text()
    assert page.locator(f"a.src[href$='#f{moved}']").count() >= 1  # the sentence moved here

    page.goto(f"{server}/records/{rid}")
    merge = page.locator("form.merge")
    merge.locator("select[name=source]").select_option(new_id)
    merge.locator("button.merge").click()
    page.wait_for_url(re.compile(rf"/records/{rid}$"))
    history = page.locator("section h2:text('History') + table").inner_text()
    assert "split" in history and "merge" in history
    assert page.locator(f"a.src[href$='#f{moved}']").count() >= 1  # back in this record
    assert page.request.get(f"{server}/api/records/{new_id}").status == 404
