"""Reading is public, writing needs a curator: sessions with CSRF, or API tokens."""

from __future__ import annotations

import re

from sqlalchemy import select
from typer.testing import CliRunner
from webdb import CURATOR, PASSWORD

from accords import accounts
from accords.cli import app as cli
from accords.store.db import Store
from accords.web.deps import SESSION_COOKIE


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the form"
    return found.group(1)


def _login(client, name=CURATOR, password=PASSWORD):
    token = _csrf(client.get("/login").text)
    return client.post("/login", data={"name": name, "password": password, "csrf_token": token,
                                       "next": "/review"}, follow_redirects=False)


def _a_record(client) -> str:
    return client.get("/api/records?dyad=HUN-RUS&state=proposed").json()["records"][0]["id"]


def _state(client, rid: str) -> str:
    return client.get(f"/api/records/{rid}").json()["record"]["state"]


def test_anonymous_writes_are_refused(writable):
    rid = _a_record(writable)
    api = writable.post(f"/api/records/{rid}/accept")
    assert api.status_code == 401 and api.json()["ok"] is False
    assert api.headers["www-authenticate"] == "Bearer"
    assert writable.patch(f"/api/records/{rid}", json={"field": "place", "value": "X"}).status_code == 401
    form = writable.post(f"/review/{rid}/accept", data={"csrf_token": "anything"})
    assert form.status_code == 401
    upload = writable.post("/api/articles", content=b"Hungary and Russia met.")
    assert upload.status_code == 401
    assert _state(writable, rid) == "proposed"
    queue = writable.get("/review", follow_redirects=False)
    assert queue.status_code == 303 and queue.headers["location"].startswith("/login")


def test_login_sets_a_safe_session_cookie(writable):
    response = _login(writable)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert CURATOR in writable.get("/review").text


def test_login_needs_the_right_password_and_csrf(writable):
    assert _login(writable, password="wrong password!").status_code == 401
    assert _login(writable, name="nobody").status_code == 401
    no_csrf = writable.post("/login", data={"name": CURATOR, "password": PASSWORD},
                            follow_redirects=False)
    assert no_csrf.status_code == 403
    assert writable.get("/review", follow_redirects=False).status_code == 303


def test_curator_accepts_with_csrf_and_the_history_says_who(writable):
    _login(writable)
    rid = _a_record(writable)
    token = _csrf(writable.get("/review").text)
    response = writable.post(f"/review/{rid}/accept", data={"csrf_token": token},
                             follow_redirects=False)
    assert response.status_code == 303
    record = writable.get(f"/api/records/{rid}").json()["record"]
    assert record["state"] == "accepted"
    assert record["history"][-1]["by"] == CURATOR and record["history"][-1]["action"] == "accept"


def test_a_bad_csrf_token_is_rejected(writable):
    _login(writable)
    rid = _a_record(writable)
    real = _csrf(writable.get("/review").text)
    # one character off: a random token may itself end in "x"
    for token in ("", "not-the-token", real[:-1] + ("y" if real.endswith("x") else "x")):
        response = writable.post(f"/review/{rid}/reject", data={"csrf_token": token})
        assert response.status_code == 403
    assert _state(writable, rid) == "proposed"


def test_curator_edits_and_rejects_through_forms(writable):
    _login(writable)
    rid = _a_record(writable)
    token = _csrf(writable.get(f"/records/{rid}").text)
    writable.post(f"/review/{rid}/edit", data={"csrf_token": token, "field": "place",
                                               "value": "Szeged"})
    record = writable.get(f"/api/records/{rid}").json()["record"]
    assert record["attrs"]["place"] == "Szeged" and record["state"] == "edited"
    assert writable.post(f"/review/{rid}/edit", data={"csrf_token": token, "field": "dyad",
                                                      "value": "X"}).status_code == 422
    writable.post(f"/review/{rid}/reject", data={"csrf_token": token})
    assert _state(writable, rid) == "rejected"
    assert f"id=\"q-{rid}\"" not in writable.get("/review").text  # left the queue


def test_api_with_a_session_needs_the_csrf_header(writable):
    _login(writable)
    rid = _a_record(writable)
    assert writable.post(f"/api/records/{rid}/accept").status_code == 403
    token = _csrf(writable.get("/review").text)
    response = writable.post(f"/api/records/{rid}/accept", headers={"X-CSRF-Token": token})
    assert response.status_code == 200 and response.json()["record"]["state"] == "accepted"


def test_api_tokens_for_scripts(writable):
    store = writable.app.state.store
    token = accounts.new_api_token(store, CURATOR)
    rid = _a_record(writable)
    bad = writable.post(f"/api/records/{rid}/accept", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    headers = {"Authorization": f"Bearer {token}"}
    edited = writable.patch(f"/api/records/{rid}", headers=headers,
                            json={"field": "date", "value": "2025-10-08", "note": "per the text"})
    assert edited.status_code == 200 and edited.json()["record"]["attrs"]["date"] == "2025-10-08"
    assert writable.patch(f"/api/records/{rid}", headers=headers,
                          json={"field": "kind", "value": "x"}).status_code == 422
    assert writable.post("/api/records/r-none/accept", headers=headers).status_code == 404
    assert writable.post(f"/api/records/{rid}/reject", headers=headers).json()["record"]["state"] == "rejected"


def test_logout_ends_the_session(writable):
    _login(writable)
    token = _csrf(writable.get("/review").text)
    assert writable.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert writable.get("/review", follow_redirects=False).status_code == 303


def test_login_redirects_only_within_the_site(writable):
    token = _csrf(writable.get("/login").text)
    response = writable.post("/login", data={"name": CURATOR, "password": PASSWORD,
                                             "csrf_token": token, "next": "//evil.example/"},
                             follow_redirects=False)
    assert response.headers["location"] == "/review"


def test_upload_is_size_limited_and_ingests(writable, extractor, monkeypatch):
    writable.app.state.extractor = extractor  # the session's spaCy pipeline, loaded once
    headers = {"Authorization": f"Bearer {accounts.new_api_token(writable.app.state.store, CURATOR)}"}
    monkeypatch.setenv("ACCORDS_MAX_UPLOAD_BYTES", "1000")
    big = writable.post("/api/articles", headers=headers, content=b"x" * 1001)
    assert big.status_code == 413 and big.json()["status"] == 413
    text = ("Hungary and Russia signed an agreement on cooperation in tourism in Budapest on "
            "3 March 2025, the Hungarian foreign ministry said.")
    response = writable.post("/api/articles?name=tourism&published=2025-03-04", headers=headers,
                             content=text.encode())
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["result"] == "stored" and body["facts"] > 0
    article = writable.get(f"/api/articles/{body['article_id']}").json()["article"]
    assert article["published"] == "2025-03-04" and article["text"].startswith("Hungary")
    again = writable.post("/api/articles?name=tourism", headers=headers, content=text.encode())
    assert again.json()["result"] == "duplicate"


def test_users_cli_hashes_passwords(tmp_path):
    db = f"sqlite:///{tmp_path / 'u.sqlite'}"
    runner = CliRunner()
    added = runner.invoke(cli, ["users", "add", "ann", "--db", db, "--password-stdin"],
                          input="a good long password\n")
    assert added.exit_code == 0, added.output
    short = runner.invoke(cli, ["users", "add", "bob", "--db", db, "--password-stdin"],
                          input="short\n")
    assert short.exit_code == 1
    again = runner.invoke(cli, ["users", "add", "ann", "--db", db, "--password-stdin"],
                          input="a good long password\n")
    assert again.exit_code == 1
    listed = runner.invoke(cli, ["users", "list", "--db", db])
    assert listed.stdout.split() == ["ann"]
    with Store.open(db) as store:
        assert accounts.check_password(store, "ann", "a good long password")
        assert not accounts.check_password(store, "ann", "a good long passworD")
        with store.engine.connect() as connection:
            stored = connection.execute(select(accounts.UserRow.password_hash)).scalar_one()
        assert stored.startswith("$argon2id$") and "a good long password" not in stored
    token = runner.invoke(cli, ["users", "token", "ann", "--db", db])
    assert token.exit_code == 0 and len(token.stdout.strip()) >= 40
    with Store.open(db) as store:
        assert accounts.lookup(store, token.stdout.strip(), "api").name == "ann"


def test_upload_form_needs_a_curator_and_ingests(writable, extractor, monkeypatch):
    writable.app.state.extractor = extractor
    text = (b"Vietnam and Laos signed a memorandum of understanding on health cooperation "
            b"in Vientiane on 5 May 2025.")
    files = {"file": ("vnm-lao-health.txt", text, "text/plain")}
    assert writable.post("/review/upload", files=files, data={"csrf_token": "x"}).status_code == 401
    _login(writable)
    token = _csrf(writable.get("/review").text)
    assert writable.post("/review/upload", files=files, data={"csrf_token": "bad"}).status_code == 403
    monkeypatch.setenv("ACCORDS_MAX_UPLOAD_BYTES", "20")
    assert writable.post("/review/upload", files=files,
                         data={"csrf_token": token}).status_code == 413
    monkeypatch.delenv("ACCORDS_MAX_UPLOAD_BYTES")
    response = writable.post("/review/upload", files=files, follow_redirects=False,
                             data={"csrf_token": token, "published": "2025-05-06"})
    assert response.status_code == 303 and response.headers["location"].startswith("/articles/")
    article = writable.get("/api" + response.headers["location"]).json()["article"]
    assert article["name"] == "vnm-lao-health" and article["published"] == "2025-05-06"
    assert article["source"] == f"upload:{CURATOR}:vnm-lao-health.txt"
