"""The server-rendered pages over the sample corpus."""

from __future__ import annotations

import re

from accords.web import pages


def _record(client, **filters):
    records = client.get("/api/records", params=filters | {"limit": 200}).json()["records"]
    assert records, filters
    return records


def test_home_lists_active_dyads_recent_records_and_a_search_box(client):
    html = client.get("/").text
    assert 'href="/dyads/HUN-RUS"' in html and 'href="/dyads/LAO-VNM"' in html
    assert re.search(r'<form class="bigsearch" action="/search"', html)
    assert html.count('href="/records/') >= 10


def test_dyad_dashboard_shows_sessions_instruments_and_pictures(client):
    response = client.get("/dyads/hun-rus")  # any case
    assert response.status_code == 200
    html = response.text
    assert "Intergovernmental Commission for Economic Cooperation (session 16), Budapest" in html
    signed_part = html.split("<h2>Instruments signed</h2>")[1].split("<h2>")[0]
    pending_part = html.split("<h2>Pending for the next session</h2>")[1].split("<h2>")[0]
    assert "protocol" in signed_part and "st-signed" in signed_part and "st-planned" not in signed_part
    assert "Moscow, 2026" in pending_part  # the 17th session, planned
    assert "st-planned" in pending_part
    assert '<svg class="timeline"' in html and '<svg class="chart"' in html
    chart = html.split('<svg class="chart"')[1].split("</svg>")[0]
    assert 'href="/records?dyad=HUN-RUS&amp;area=energy"' in chart
    assert "Zsófia Hegedűs" in html and "Pavel Lomakin" in html
    assert "<blockquote>" in html


def test_busy_dyad_page_shows_the_newest_few_per_section_and_links_to_all(client, monkeypatch):
    monkeypatch.setattr(pages, "DYAD_SECTION", 2)
    meetings = _record(client, dyad="HUN-RUS", kind="meeting")
    assert len(meetings) > 2
    html = client.get("/dyads/HUN-RUS").text
    part = html.split("<h2>Sessions and meetings</h2>")[1].split("<h2>")[0]
    shown = re.findall(r'<li><a href="/records/([^"]+)">', part)
    assert len(shown) == 2
    dates = {r["id"]: r["date"] or "" for r in meetings}
    assert min(dates[i] for i in shown) >= max(d for i, d in dates.items() if i not in shown)
    assert f"2 of {len(meetings)} shown" in part
    full = re.search(r'<a href="(/records\?dyad=HUN-RUS&amp;kind=meeting)">the full list', part)
    listed = client.get(full.group(1).replace("&amp;", "&")).text
    assert listed.count('<tr><td class="date">') == len(meetings)


def test_records_page_takes_several_statuses(client):
    instruments = _record(client, dyad="HUN-RUS", kind="instrument")
    done = [r for r in instruments if r["status"] in ("signed", "ratified", "in_force")]
    assert done and len(done) < len(instruments)
    html = client.get("/records", params={"dyad": "HUN-RUS", "kind": "instrument",
                                          "status": "signed,ratified,in_force"}).text
    assert html.count('<tr><td class="date">') == len(done)
    assert sorted(re.findall(r'<a href="/records/([^"]+)">', html)) == sorted(r["id"] for r in done)


def test_unknown_or_malformed_dyad_is_a_404_page(client):
    for path in ("/dyads/AAA-BBB", "/dyads/not-a-dyad", "/dyads/%3Cscript%3E"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>404</h1>" in response.text


def test_record_page_shows_attributes_with_their_sentences(client):
    session = next(r for r in _record(client, dyad="HUN-RUS", kind="meeting", status="held")
                   if r["attrs"].get("number") == 16)
    html = client.get(f"/records/{session['id']}").text
    assert "<th>place</th>" in html and "Budapest" in html
    links = re.findall(r'href="/articles/([0-9a-f]{16})\?fact=(\d+)#f(\d+)"', html)
    assert links and all(a == b for _, a, b in links)
    assert re.search(r"<q>[^<]*<mark>[^<]+</mark>", html)


def test_article_page_highlights_each_fact_and_the_followed_one(client):
    session = next(r for r in _record(client, dyad="HUN-RUS", kind="meeting", status="held")
                   if r["attrs"].get("number") == 16)
    record = client.get(f"/api/records/{session['id']}").json()["record"]
    support = record["support"][0]
    html = client.get(f"/articles/{support['article_id']}?fact={support['fact_id']}").text
    target = re.search(rf'<mark id="f{support["fact_id"]}" class="([^"]*)"[^>]*>([^<]*)</mark>', html)
    assert target and "target" in target.group(1)
    assert target.group(2) in support["sentence"]
    assert "<h2>Repairs</h2>" in html and "<h2>Trimmed boilerplate</h2>" in html


def test_article_page_lists_repairs_and_trimmed_text(client):
    prep = next(a for a in client.get("/api/articles?dyad=HUN-RUS").json()["articles"]
                if a["name"] == "hun-rus-prep-talks")
    html = client.get(f"/articles/{prep['id']}").text
    repairs = html.split("<h2>Repairs</h2>")[1].split("<h2>")[0]
    assert "cp874" in repairs
    trimmed = html.split("<h2>Trimmed boilerplate</h2>")[1]
    assert '<ul class="trimmed">' in trimmed


def test_network_draws_countries_and_links_dyads(client):
    html = client.get("/network").text
    svg = html.split('<svg class="network"')[1].split("</svg>")[0]
    assert ">HUN</text>" in svg and ">RUS</text>" in svg
    assert 'href="/dyads/HUN-RUS"' in svg and "<line" in svg
    assert svg.count('<g class="node">') >= 20


def test_search_finds_articles_and_records(client):
    html = client.get("/search", params={"q": "Paks"}).text
    assert "<mark>Paks</mark>" in html
    html = client.get("/search", params={"q": "protocol"}).text
    records = html.split("<h2>Records")[1].split("<h2>Articles")[0]
    assert 'href="/records/' in records


def test_records_page_filters(client):
    html = client.get("/records", params={"dyad": "LAO-VNM", "kind": "instrument"}).text
    rows = re.findall(r'<tr><td class="date">[^<]*</td><td><a href="/dyads/([A-Z-]+)">', html)
    assert rows and set(rows) == {"LAO-VNM"}


def test_pages_carry_security_headers_and_load_no_script(client):
    response = client.get("/dyads/HUN-RUS")
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script" not in response.text
    assert client.get("/static/style.css").status_code == 200


def test_odd_page_requests_get_4xx_pages_never_5xx(client):
    odd = ["/articles/x?fact=abc", "/articles/%00", "/records/%FF", "/records?kind=" + "k" * 300,
           "/search?q=" + "%25" * 50, "/dyads/HUN-RUS?x=1", "/review/r1/accept", "/login?next=//x",
           "/static/../pyproject.toml", "/records/r%27%22%3E"]
    for path in odd:
        response = client.get(path, follow_redirects=False)
        assert response.status_code < 500, path
        if response.status_code >= 400:
            assert response.headers["content-type"].startswith("text/html"), path


def test_records_page_takes_a_date_range(client):
    meetings = [r for r in _record(client, dyad="HUN-RUS", kind="meeting") if r["date"]]
    day = next(r["date"] for r in meetings if len(r["date"]) == 10)
    # a record is in the range when its date (a day, a month or a year) overlaps it
    inside = {r["id"] for r in meetings if day.startswith(r["date"])}
    assert 0 < len(inside) < len(meetings)
    for since, until in ((day, day), (day[:7], day), (day, day[:4])):
        html = client.get("/records", params={"dyad": "HUN-RUS", "kind": "meeting",
                                              "since": since, "until": until}).text
        found = set(re.findall(r'<a href="/records/([^"]+)">', html))
        assert found >= inside and not found & {r["id"] for r in meetings
                                                 if r["date"][:4] > day[:4]}
        if since == until:
            assert found == inside
