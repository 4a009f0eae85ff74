"""``accords sources`` and ``accords watch`` as a user runs them, in subprocesses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

ACCORDS = [str(Path(sys.executable).with_name("accords"))]


def _env() -> dict[str, str]:
    return {**os.environ, "ACCORDS_FETCH_ALLOW_PRIVATE": "1", "ACCORDS_FETCH_DELAY": "0.05",
            "ACCORDS_FETCH_TIMEOUT": "1", "ACCORDS_PROCESSES": "1", "COLUMNS": "250"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ACCORDS, *args], capture_output=True, text=True, env=_env(),
                          timeout=300)


def test_sources_commands_and_one_pass(tmp_path: Path, news_site) -> None:
    db = str(tmp_path / "w.sqlite")
    added = _run("sources", "add", news_site.base + "/atom.xml", "--every", "1h",
                 "--name", "Daily Test", "--db", db)
    assert added.returncode == 0, added.stderr
    assert _run("sources", "add", news_site.base + "/atom.xml", "--db", db).returncode == 1
    assert _run("sources", "add", "ftp://x", "--db", db).returncode == 2
    watched = _run("watch", "--once", "--db", db)
    assert watched.returncode == 0, watched.stderr
    lines = [json.loads(line) for line in watched.stdout.splitlines()]
    fetches = [r for r in lines if r["event"] == "fetch"]
    assert {r["what"] for r in fetches} == {"source", "article"}
    assert lines[-1]["event"] == "pass" and lines[-1]["new"] == 3
    assert "3 new, 0 duplicate, 0 rejected" in watched.stderr
    listed = _run("sources", "list", "--db", db)
    assert "Daily Test" in listed.stdout and "atom" in listed.stdout
    assert _run("sources", "pause", "1", "--db", db).returncode == 0
    again = _run("watch", "--once", "--force", "--db", db)
    assert json.loads(again.stdout.splitlines()[-1])["sources"] == 0  # paused
    shown = _run("sources", "show", news_site.base + "/atom.xml", "--db", db)
    assert "paused: True" in shown.stdout and "articles_stored: 3" in shown.stdout
    assert _run("sources", "remove", "1", "--db", db).returncode == 0
    assert _run("sources", "show", "1", "--db", db).returncode == 1


def test_discover_finds_feeds_and_robots_sitemaps(news_site) -> None:
    from accords.watch.discover import discover
    from accords.watch.settings import FetchSettings

    found = {f.url.removeprefix(news_site.base): (f.kind, f.how)
             for f in discover(news_site.base + "/", FetchSettings(delay=0.0, timeout=1.0,
                                                                   allow_private=True))}
    assert found["/rss.xml"] == ("rss", "link")
    assert found["/atom.xml"] == ("atom", "link")
    assert "/private/secret" not in found


def test_sigterm_finishes_the_article_and_nothing_is_fetched_again(tmp_path, news_site):
    db = str(tmp_path / "w.sqlite")
    for path in ("/rss.xml", "/atom.xml"):
        assert _run("sources", "add", news_site.base + path, "--db", db).returncode == 0
    watcher = subprocess.Popen([*ACCORDS, "watch", "--db", db], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env())
    assert watcher.stdout is not None
    for line in watcher.stdout:
        record = json.loads(line)
        if record.get("outcome") == "stored":
            watcher.send_signal(signal.SIGTERM)
            break
    rest, _ = watcher.communicate(timeout=120)
    assert watcher.returncode == 0
    stored_first = news_site.paths()
    assert json.loads(rest.splitlines()[-1])["stopped"] is True
    finished = _run("watch", "--once", "--force", "--db", db)
    assert finished.returncode == 0, finished.stderr
    article_paths = [p for p in news_site.paths() if p.startswith(("/news/", "/amp/", "/go/"))]
    assert len(article_paths) == len(set(article_paths))  # nothing read twice
    assert len(news_site.paths()) > len(stored_first)
