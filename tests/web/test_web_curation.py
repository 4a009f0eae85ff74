"""Merge and split from the web: API routes and review forms, over ``accords.registry.review``.

Curators only (API token, or session + CSRF), recorded in the history like the CLI's.
"""

from __future__ import annotations

import re

from webdb import CURATOR, PASSWORD

from accords import accounts


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def _login(client) -> str:
    token = _csrf(client.get("/login").text)
    response = client.post(
        "/login",
        data={"name": CURATOR, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    return _csrf(client.get("/review").text)


def _record(client, rid: str) -> dict:
    response = client.get(f"/api/records/{rid}")
    assert response.status_code == 200, response.text
    return response.json()["record"]


def _facts(record: dict) -> list[int]:
    return sorted(s["fact_id"] for s in record["support"])


def _with_support(client, kind: str, at_least: int = 2) -> dict:
    for brief in client.get(
        "/api/records", params={"dyad": "HUN-RUS", "kind": kind, "limit": 200}
    ).json()["records"]:
        record = _record(client, brief["id"])
        if len(record["support"]) >= at_least:
            return record
    raise AssertionError(f"no HUN-RUS {kind} with {at_least} supporting facts")


def _token_headers(client) -> dict[str, str]:
    return {"Authorization": f"Bearer {accounts.new_api_token(client.app.state.store, CURATOR)}"}


def test_api_split_then_merge_back_keeps_every_fact_and_the_history(writable):
    headers = _token_headers(writable)
    record = _with_support(writable, "meeting")
    facts = _facts(record)
    moved = facts[-1]

    split = writable.post(
        f"/api/records/{record['id']}/split",
        headers=headers,
        json={"fact_ids": [moved], "note": "two meetings"},
    )
    assert split.status_code == 200, split.text
    old, new = split.json()["record"], split.json()["new_record"]
    assert old["id"] == record["id"] and new["id"] != record["id"]
    assert _facts(old) == facts[:-1] and _facts(new) == [moved]
    assert old["history"][-1]["action"] == "split" and old["history"][-1]["by"] == CURATOR
    assert old["history"][-1]["note"] == "two meetings"
    assert new["history"][-1]["action"] == "split_from"

    merged = writable.post(
        f"/api/records/{record['id']}/merge", headers=headers, json={"source": new["id"]}
    )
    assert merged.status_code == 200, merged.text
    assert _facts(merged.json()["record"]) == facts
    assert merged.json()["record"]["history"][-1]["action"] == "merge"
    assert writable.get(f"/api/records/{new['id']}").status_code == 404  # folded in


def test_api_merge_and_split_refuse_what_cannot_be_done(writable):
    headers = _token_headers(writable)
    meeting = _with_support(writable, "meeting")
    person = _with_support(writable, "person", at_least=1)
    rid = meeting["id"]
    cases = [
        ("merge", rid, {"source": rid}, 422),  # itself
        ("merge", rid, {"source": person["id"]}, 422),  # another kind
        ("merge", rid, {"source": "r-no-such-record"}, 404),
        ("merge", "r-no-such-record", {"source": rid}, 404),
        ("split", rid, {"fact_ids": _facts(meeting)}, 422),  # every fact: nothing left
        ("split", rid, {"fact_ids": [_facts(person)[0]]}, 422),  # not this record's fact
        ("split", rid, {"fact_ids": []}, 422),
        ("split", "r-no-such-record", {"fact_ids": [1]}, 404),
    ]
    for action, target, body, status in cases:
        response = writable.post(f"/api/records/{target}/{action}", headers=headers, json=body)
        assert response.status_code == status, (action, body, response.text)
        assert response.json()["ok"] is False
    assert _facts(_record(writable, rid)) == _facts(meeting)  # nothing changed


def test_merge_and_split_need_a_curator(writable):
    record = _with_support(writable, "meeting")
    rid, fact = record["id"], _facts(record)[0]
    assert writable.post(f"/api/records/{rid}/split", json={"fact_ids": [fact]}).status_code == 401
    assert writable.post(f"/api/records/{rid}/merge", json={"source": rid}).status_code == 401
    assert (
        writable.post(
            f"/review/{rid}/split", data={"csrf_token": "x", "fact": str(fact)}
        ).status_code
        == 401
    )
    assert "/split" not in writable.get(f"/records/{rid}").text  # no forms for visitors
    _login(writable)
    # A session without the CSRF token (API header or form field) is refused too.
    assert writable.post(f"/api/records/{rid}/split", json={"fact_ids": [fact]}).status_code == 403
    assert (
        writable.post(
            f"/review/{rid}/split", data={"csrf_token": "wrong", "fact": str(fact)}
        ).status_code
        == 403
    )
    assert _facts(_record(writable, rid)) == _facts(record)


def test_forms_split_and_merge_and_the_record_page_shows_them(writable):
    _login(writable)
    record = _with_support(writable, "meeting")
    rid, facts = record["id"], _facts(record)
    html = writable.get(f"/records/{rid}").text
    token = _csrf(html)
    assert f'action="/review/{rid}/split"' in html and f'action="/review/{rid}/merge"' in html
    for fact in facts:
        assert f'name="fact" value="{fact}"' in html

    response = writable.post(
        f"/review/{rid}/split",
        follow_redirects=False,
        data={"csrf_token": token, "fact": str(facts[0]), "note": "apart"},
    )
    assert response.status_code == 303
    new_id = response.headers["location"].removeprefix("/records/")
    assert _facts(_record(writable, new_id)) == [facts[0]]
    page = writable.get(f"/records/{rid}").text
    assert "split" in page.split("<h2>History</h2>")[1] and "apart" in page
    # The new record is offered as something to merge back (same kind, same dyad).
    assert f'<option value="{new_id}">' in page

    response = writable.post(
        f"/review/{rid}/merge", follow_redirects=False, data={"csrf_token": token, "source": new_id}
    )
    assert response.status_code == 303 and response.headers["location"] == f"/records/{rid}"
    assert _facts(_record(writable, rid)) == facts
    history = [e["action"] for e in _record(writable, rid)["history"]]
    assert history[-2:] == ["split", "merge"]

    bad = writable.post(f"/review/{rid}/split", data={"csrf_token": token, "fact": "abc"})
    assert bad.status_code == 422 and "text/html" in bad.headers["content-type"]
    every = writable.post(
        f"/review/{rid}/split", data={"csrf_token": token, "fact": [str(f) for f in facts]}
    )
    assert every.status_code == 422
    itself = writable.post(f"/review/{rid}/merge", data={"csrf_token": token, "source": rid})
    assert itself.status_code == 422
