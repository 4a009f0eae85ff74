"""Failed logins are limited (429) per user name and address; /healthz says 503 when the
database is gone."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from webdb import CURATOR, PASSWORD

from accords.store.db import Store
from accords.web.app import create_app
from accords.web.deps import SESSION_COOKIE
from accords.web.ratelimit import LoginLimiter


class Clock:
    """A clock the test moves by hand (the limiter takes any ``() -> float``)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _login(client, name: str = CURATOR, password: str = PASSWORD):
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert found
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": found.group(1)},
        follow_redirects=False,
    )


def test_too_many_failures_lock_the_name_out_even_with_the_right_password(writable):
    limit = writable.app.state.login_limiter.max_failures
    for _ in range(limit):
        assert _login(writable, password="wrong password!").status_code == 401
    locked = _login(writable)
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert "Too many failed logins" in locked.text
    assert SESSION_COOKIE not in locked.headers.get("set-cookie", "")
    assert writable.get("/review", follow_redirects=False).status_code == 303  # not logged in
    # Another name from the same address is still let in to try.
    assert _login(writable, name="someone-else", password="wrong password!").status_code == 401


def test_the_lock_ends_with_the_window_and_a_success_clears_the_count(writable):
    clock = Clock()
    writable.app.state.login_limiter = LoginLimiter(max_failures=3, window=600, clock=clock)
    for _ in range(2):
        assert _login(writable, password="wrong password!").status_code == 401
    assert _login(writable).status_code == 303  # under the limit: in, and the count is reset
    for _ in range(3):
        assert _login(writable, password="wrong password!").status_code == 401
    assert _login(writable).status_code == 429
    clock.now += 599
    locked = _login(writable)
    assert locked.status_code == 429 and locked.headers["retry-after"] == "1"
    clock.now += 2
    assert _login(writable).status_code == 303


def test_limiter_counts_per_name_and_per_address():
    clock = Clock()
    limiter = LoginLimiter(max_failures=2, window=60, per_address=5, clock=clock)
    for _ in range(2):
        limiter.failed("Ann", "10.0.0.1")
    assert limiter.retry_after("ann", "10.0.0.1") == 60  # names compare case-insensitively
    assert limiter.retry_after("ann", "10.0.0.2") is None  # another address
    for name in ("bob", "cy", "dee"):
        assert limiter.retry_after(name, "10.0.0.1") is None
        limiter.failed(name, "10.0.0.1")
    assert limiter.retry_after("eve", "10.0.0.1") == 60  # five failures from one address
    clock.now += 61
    assert limiter.retry_after("ann", "10.0.0.1") is None
    assert limiter.retry_after("eve", "10.0.0.1") is None


@pytest.mark.postgresql
def test_healthz_is_503_when_the_database_is_unreachable(pg_server, pg_url):
    with Store.open(pg_url):
        pass
    app = create_app(pg_url)
    try:
        with TestClient(app) as client:
            assert client.get("/healthz").json() == {"ok": True, "status": 200}
            pg_server.drop(pg_url)  # ends the app's connections, and the database is gone
            for _ in range(2):  # the pooled connection, then a new one: both fail
                response = client.get("/healthz")
                assert response.status_code == 503
                body = response.json()
                assert body["ok"] is False and body["status"] == 503
                assert body["error"].startswith("database: ")
    finally:
        app.state.store.close()
