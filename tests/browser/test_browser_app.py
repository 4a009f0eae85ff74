"""The web app in a real browser: the HUN–RUS dashboard, a record's sentence, curation."""

from __future__ import annotations

import re

from webdb import CURATOR, PASSWORD


def test_home_and_network(page, server, shoot):
    page.goto(server + "/")
    # pairs are shown by their common English names, linked by their ISO3 key
    pair = page.locator('table.grid a[href="/dyads/HUN-RUS"]')
    assert pair.count() == 1
    assert pair.inner_text() == "Hungary – Russia"
    shoot(page, "home")
    page.get_by_role("link", name="Network").first.click()
    page.wait_for_url(re.compile(r"/network$"))
    assert page.locator("svg.network g.node").count() >= 20
    shoot(page, "network")
    page.locator('svg.network a[href="/dyads/HUN-RUS"]').click()
    page.wait_for_url(re.compile(r"/dyads/HUN-RUS$"))


def test_search(page, server, shoot):
    page.goto(server + "/")
    page.locator("form.bigsearch input[name=q]").fill("taxation")
    page.locator("form.bigsearch button").click()
    page.wait_for_url(re.compile(r"/search\?q=taxation"))
    # Full-text: the record whose label says it, and the articles, with the word marked.
    assert page.locator("ul.records a", has_text=re.compile("taxation")).count() >= 1
    assert (
        page.locator(".snippet mark", has_text=re.compile("taxation", re.IGNORECASE)).count() >= 2
    )
    shoot(page, "search")


def test_dashboard_record_and_highlighted_sentence(page, server, shoot):
    page.goto(server + "/dyads/HUN-RUS")
    sessions = page.locator("h2:text('Sessions and meetings') + ul")
    session = sessions.get_by_role(
        "link",
        name=re.compile(
            r"Intergovernmental Commission for Economic Cooperation \(session 16\), Budapest"
        ),
    )
    assert session.count() == 1
    pending = page.locator("h2:text('Pending for the next session') ~ p.muted").first
    assert "Moscow, 2026" in pending.inner_text()
    signed = page.locator("h2:text('Instruments signed') + ul")
    assert signed.get_by_role("link", name=re.compile("^protocol: ")).count() >= 1
    assert page.locator("svg.timeline circle").count() >= 2
    assert page.locator("svg.chart rect.bar").count() >= 3
    shoot(page, "dyad")

    session.click()
    page.wait_for_url(re.compile(r"/records/r[0-9a-f]+$"))
    assert page.locator("table.attrs th", has_text="place").count() == 1
    shoot(page, "record")

    source = page.locator("li.evidence a.src").first
    source.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]{16}\?fact=\d+#f\d+$"))
    fact = re.search(r"#f(\d+)$", page.url).group(1)
    mark = page.locator(f"article.text mark#f{fact}")
    assert "target" in (mark.get_attribute("class") or "")
    assert mark.is_visible() and mark.inner_text().strip()
    assert page.locator("aside h2", has_text="Repairs").count() == 1
    shoot(page, "article")


def test_anonymous_visitor_cannot_curate(page, server):
    page.goto(server + "/review")
    assert page.url.startswith(server + "/login")  # sent to log in
    page.goto(server + "/dyads/HUN-RUS")
    page.locator("h2:text('Sessions and meetings') + ul a").first.click()
    assert page.locator("button.accept").count() == 0
    record_id = page.url.rsplit("/", 1)[1]
    forged = page.request.post(
        f"{server}/review/{record_id}/accept", form={"csrf_token": "guess"}, max_redirects=0
    )
    assert forged.status == 401
    api = page.request.post(f"{server}/api/records/{record_id}/accept")
    assert api.status == 401 and api.json()["ok"] is False
    state = page.request.get(f"{server}/api/records/{record_id}").json()["record"]["state"]
    assert state == "proposed"


def test_curator_logs_in_and_accepts_a_record(page, server, shoot):
    page.goto(server + "/login")
    shoot(page, "login")
    page.locator("input[name=name]").fill(CURATOR)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.login button").click()
    page.wait_for_url(re.compile(r"/review$"))
    assert page.locator("header .who strong").inner_text() == CURATOR
    shoot(page, "review", full_page=False)
    row = page.locator("table.review tbody tr").first
    record_id = (row.get_attribute("id") or "").removeprefix("q-")
    assert record_id.startswith("r")
    row.locator("button.accept").click()
    page.wait_for_url(re.compile(r"/review$"))
    assert page.locator(f"tr#q-{record_id}").count() == 0
    page.goto(f"{server}/records/{record_id}")
    assert page.locator("span.state", has_text="accepted").count() >= 1
    history = page.locator("section h2:text('History') + table")
    assert CURATOR in history.inner_text() and "accept" in history.inner_text()
