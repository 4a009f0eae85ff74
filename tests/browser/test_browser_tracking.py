"""Live tracking and watches in a real browser: a curator adds a source and a watch."""

from __future__ import annotations

import re

from webdb import CURATOR, PASSWORD


def _log_in(page, server, then):
    page.goto(server + f"/login?next={then}")
    page.locator("input[name=name]").fill(CURATOR)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.login button").click()
    page.wait_for_url(re.compile(re.escape(then) + "$"))


def test_a_curator_adds_a_source_and_a_watch(page, server, shoot):
    # control: anonymous visitors see the sources but no form to add one
    page.goto(server + "/sources")
    assert page.locator("form[action='/sources']").count() == 0

    _log_in(page, server, "/sources")
    page.locator("form[action='/sources'] input[name=url]").fill("https://news.example.org/rss.xml")
    page.locator("form[action='/sources'] input[name=name]").fill("Example news")
    page.locator("form[action='/sources'] button").click()
    page.wait_for_load_state()
    page.goto(server + "/sources")
    assert page.get_by_text("Example news").count() >= 1
    shoot(page, "sources")

    page.goto(server + "/watches")
    form = page.locator("form.watch")
    form.locator("input[name=name]").fill("Hungary and Russia, signed")
    form.locator("input[name=dyad]").fill("HUN-RUS")
    form.locator("input[name=status]").fill("signed")
    form.locator("button").click()
    page.wait_for_load_state()
    page.goto(server + "/watches")
    assert page.get_by_text("Hungary and Russia, signed").count() >= 1
    shoot(page, "watches")
