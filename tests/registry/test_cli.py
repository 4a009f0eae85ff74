"""`accords consolidate` and `accords review …` against a real SQLite file."""

from __future__ import annotations

import json

from registry_helpers import article, meeting, open_store
from typer.testing import CliRunner

from accords.cli import app
from accords.registry import records

T1 = "The 5th session of the joint commission was held in Dhaka on 9 March."
T2 = "The joint commission's 5th session in Dhaka closed on 9 March."


def _db(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    with open_store(tmp_path, "cli.sqlite") as store:
        for aid, text in (("d1", T1), ("d2", T2)):
            store.add(article(aid, text, "2025-03-10", meeting(
                text, "5th session", date="2025-03-09", place="Dhaka", body="Joint Commission",
                countries=("BGD", "IND")), dyad=("BGD", "IND")))
    return url


def test_consolidate_then_review_list_accept_edit_history(tmp_path):
    runner = CliRunner()
    db = _db(tmp_path)
    result = runner.invoke(app, ["consolidate", "--db", db])
    assert result.exit_code == 0, result.output
    assert "2 articles" in result.output and "1 records created" in result.output
    listed = runner.invoke(app, ["review", "list", "--db", db, "--dyad", "BGD-IND", "--json"])
    assert listed.exit_code == 0, listed.output
    (line,) = listed.stdout.strip().splitlines()
    record = json.loads(line)
    assert record["state"] == "proposed" and record["attrs"]["number"] == 5
    rid = record["id"]
    assert runner.invoke(app, ["review", "accept", rid[:6], "--db", db, "--by", "cli-tester"]).exit_code == 0
    edited = runner.invoke(app, ["review", "edit", rid, "place", "Dhaka (Foreign Ministry)",
                                 "--db", db, "--by", "cli-tester"])
    assert edited.exit_code == 0, edited.output
    shown = runner.invoke(app, ["review", "show", rid, "--db", db])
    assert "Dhaka (Foreign Ministry)" in shown.stdout and "closed on 9 March" in shown.stdout
    history = runner.invoke(app, ["review", "history", rid, "--db", db, "--json"])
    events = [json.loads(x) for x in history.stdout.strip().splitlines()]
    assert [(e["action"], e["by"], e["after"]) for e in events] == [
        ("accept", "cli-tester", "accepted"), ("edit", "cli-tester", "Dhaka (Foreign Ministry)")]
    assert events[1]["before"] == "Dhaka"


def test_review_errors_are_one_line_and_exit_1(tmp_path):
    runner = CliRunner()
    db = _db(tmp_path)
    runner.invoke(app, ["consolidate", "--db", db])
    result = runner.invoke(app, ["review", "accept", "nosuchrecord", "--db", db])
    assert result.exit_code == 1
    assert "no record" in result.output


def test_review_by_defaults_to_user(tmp_path, monkeypatch):
    monkeypatch.setenv("USER", "env-curator")
    runner = CliRunner()
    db = _db(tmp_path)
    runner.invoke(app, ["consolidate", "--db", db])
    with open_store(tmp_path, "cli.sqlite") as store:
        rid = records(store)[0].id
    assert runner.invoke(app, ["review", "reject", rid, "--db", db]).exit_code == 0
    history = runner.invoke(app, ["review", "history", "--db", db, "--json"])
    assert json.loads(history.stdout.strip().splitlines()[0])["by"] == "env-curator"
    listed = runner.invoke(app, ["review", "list", "--db", db])
    assert rid not in listed.stdout  # rejected records leave the list…
    rejected = runner.invoke(app, ["review", "list", "--db", db, "--state", "rejected"])
    assert rid in rejected.stdout  # …but can be asked for


def test_consolidation_reports_its_progress_batch_by_batch(tmp_path):
    from accords.registry import consolidate

    with open_store(tmp_path, "progress.sqlite") as store:
        for n in range(5):
            text = f"The {n + 1}th session of the joint commission was held in Dhaka."
            store.add(article(f"p{n}", text, f"2025-03-1{n}", meeting(
                text, f"{n + 1}th session", body="Joint Commission", countries=("BGD", "IND")),
                dyad=("BGD", "IND")))
        calls = []
        report = consolidate(store, batch_size=2, progress=lambda *a: calls.append(a))
        assert report.articles == 5
        assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]
        calls.clear()
        consolidate(store, progress=lambda *a: calls.append(a))  # nothing new
        assert calls == [(0, 0)]
