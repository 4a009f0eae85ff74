"""Through the real extractor: articles written here → ingest → consolidate → records."""

from __future__ import annotations

from pathlib import Path

import pytest
from registry_helpers import open_store

from accords.registry import consolidate, get_record, records
from accords.workflow import ingest

ARTICLES = {
    "a1": """Serbia and Hungary sign energy agreement at joint commission session

Belgrade, 14 May 2025 – The Serbian-Hungarian Joint Commission for Economic Cooperation held its 7th session in Belgrade on Wednesday. Serbian Minister of Economy Ana Petrović and Hungarian Foreign Minister Péter Kovács co-chaired the session. The two ministers signed an agreement on cooperation in the energy sector. The next session of the commission will be held in Budapest in 2026.
""",
    "a2": """Hungary, Serbia deepen energy ties

Budapest, 15 May 2025 – Hungary and Serbia signed an agreement on energy cooperation in Belgrade on Wednesday, at the 7th session of the Serbian-Hungarian Joint Commission for Economic Cooperation. Peter Kovacs, Hungary's foreign minister, said the agreement would secure gas supplies for both countries.
""",
    "a3": """Serbia and Hungary to sign railway protocol

Belgrade, 3 March 2025 – Serbia and Hungary are finalising a protocol on railway transport, which is expected to be signed later this year, the Serbian transport ministry said.
""",
    "a4": """Serbia and Hungary sign railway protocol

Budapest, 20 October 2025 – Serbia and Hungary signed a protocol on railway transport in Budapest on Monday, the Hungarian government said.
""",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_real_extractions_consolidate_into_one_session_one_agreement_one_protocol(
    tmp_path, corpus, extractor
):
    with open_store(tmp_path) as store:
        report = ingest([str(corpus)], store, extractor=extractor)
        assert report.stored == 4
        consolidate(store)
        held = records(store, dyad="HUN-SRB", kind="meeting", status="held")
        assert len(held) == 1
        session = get_record(store, held[0].id)
        assert session.attrs["number"] == 7 and session.attrs["place"] == "Belgrade"
        assert session.date == "2025-05-14" and len(session.article_ids) == 2
        energy = [
            r
            for r in records(
                store, dyad="HUN-SRB", kind="instrument", status="signed", area="energy"
            )
        ]
        assert len(energy) == 1 and len(get_record(store, energy[0].id).article_ids) == 2
        (protocol,) = records(store, dyad="HUN-SRB", kind="instrument", area="transport")
        assert [s.status for s in protocol.lifecycle] == ["planned", "signed"]
        assert protocol.lifecycle[0].observed == "2025-03-03"
        assert protocol.status == "signed" and protocol.date == "2025-10-20"
        people = records(store, dyad="HUN-SRB", kind="person")
        kovacs = [p for p in people if "Kov" in p.attrs["name"]]
        assert len(kovacs) == 1 and kovacs[0].attrs["name"] == "Péter Kovács"
        assert len(get_record(store, kovacs[0].id).article_ids) == 2


def test_accords_ingest_consolidates_the_new_articles_at_the_end(tmp_path, corpus):
    import json

    from typer.testing import CliRunner

    from accords.cli import app

    db = f"sqlite:///{tmp_path / 'ingest.sqlite'}"
    first = corpus / "a1.txt"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(first), "--db", db])
    assert result.exit_code == 0, result.output
    assert "registry:" in result.output and "from 1 articles" in result.output
    listed = runner.invoke(
        app, ["review", "list", "--db", db, "--kind", "meeting", "--status", "held", "--json"]
    )
    (session,) = [json.loads(line) for line in listed.stdout.splitlines()]
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert "from 3 articles" in again.output  # only the new ones
    listed = runner.invoke(
        app, ["review", "list", "--db", db, "--kind", "meeting", "--status", "held", "--json"]
    )
    (after,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert after["id"] == session["id"] and after["reports"] == 2
    skipped = runner.invoke(
        app,
        [
            "ingest",
            str(corpus),
            "--db",
            f"sqlite:///{tmp_path / 'plain.sqlite'}",
            "--no-consolidate",
        ],
    )
    assert skipped.exit_code == 0 and "registry:" not in skipped.output


def test_letting_go_of_saved_records_between_batches_changes_no_record(tmp_path, extractor):
    """Consolidation keeps a bounded number of facts in memory: records let go after every
    one-article batch are read back from the database when a fact could join them, and
    the registry comes out equal."""
    from sqlalchemy.orm import Session

    from accords.model import RecordKind
    from accords.registry.candidates import filed_under
    from accords.registry.consolidate import Consolidator
    from accords.registry.match import Member
    from accords.registry.persist import read_drafts

    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"

    def registry_of(name: str, **options) -> list[tuple]:
        with open_store(tmp_path, name) as store:
            ingest([str(corpus)], store, extractor=extractor)
            consolidate(store, **options)
            return sorted(
                (
                    r.id,
                    r.kind,
                    r.dyad,
                    r.label,
                    r.status,
                    r.date,
                    repr(r.attrs),
                    repr(r.lifecycle),
                    tuple(get_record(store, r.id).fact_ids),
                )
                for r in records(store)
            )

    kept = registry_of("kept.sqlite")
    dropped = registry_of("dropped.sqlite", batch_size=1, max_members=0)
    assert len(kept) > 20
    assert dropped == kept

    with open_store(tmp_path, "kept.sqlite") as store, Session(store.engine) as session:
        engine = Consolidator(session)
        everything = read_drafts(session, [r.id for r in records(store)])
        for draft in everything:
            engine.hold(draft)
        unsaved = everything[0]
        unsaved.dirty = True  # not saved: must stay
        assert engine.forget(0) == len(everything) - 1
        assert engine.drafts() == [unsaved] and engine.indexes[(unsaved.kind, unsaved.dyad)].all

        # A meeting of 1990 can only join records the month index cannot place (undated
        # or later-step anchors, filed under every month): only those are read back.
        meetings = [d for d in everything if d.kind is RecordKind.MEETING]
        dyad = max({d.dyad for d in meetings}, key=[d.dyad for d in meetings].count)
        unplaced = {d.id for d in meetings if d.dyad == dyad and filed_under(d) is None}
        placed = [d for d in meetings if d.dyad == dyad and d.id not in unplaced]
        assert len(placed) >= 2 and unplaced
        unsaved.dirty = False
        engine.forget(0)
        old = Member(
            fact_id=-1,
            key="x:0000000:000000",
            kind=RecordKind.MEETING,
            dyad=dyad,
            article_id="x",
            cluster="x",
            observed="1990-01-20",
            attrs={"date": "1990-01-15", "status": "held"},
        )
        engine.prepare([old])
        assert {d.id for d in engine.drafts()} == unplaced
        assert {d.id for d in engine.candidates(old)} == unplaced
        # and they come back with the facts they were saved with
        assert {d.id: [m.fact_id for m in d.members] for d in engine.drafts()} == {
            d.id: [m.fact_id for m in d.members] for d in meetings if d.id in unplaced
        }
