"""Registry benchmark: how many records come out of a corpus of re-told events, and how fast.

The corpus is generated (``bench/registry_corpus.py``, fixed seed): 60 true events
(30 commission sessions, 30 instruments) in 10 dyads, each re-told by 1–8 articles,
some printed by several outlets (near-duplicates). Two runs:

* ``extractor``: the articles go through ``accords ingest`` (the real extractor) and
  then consolidation — records versus true events, with extraction's own errors in;
* ``oracle``: the facts an ideal extractor would give (written by the generator) are
  stored directly and consolidated — consolidation's errors alone. Also run at 10× the
  size, to time consolidation where it is slowest (more records per dyad to compare).

Scoring, per record of kind meeting or instrument: its *on-target* facts are those
from articles about an event of the record's kind; a record with none is *noise*
(e.g. a meeting mentioned in an instrument story). A record whose on-target facts
come from two or more events is *over-merged* (each extra event counts once); an event
whose facts land in n > 1 records is *under-merged* (n − 1 extra records).

A third run, ``retellings``, uses a corpus written by hand rather than generated
(``bench/retellings/``: 38 articles of 5 country pairs telling 18 true events — numbered
commission sessions and instruments whose lifecycle spans articles — in the styles of
wire datelines, ministry releases, local papers and short briefs, with definite
references, relative dates and places). It goes through the real extractor (``accords
ingest`` into a fresh SQLite file) and consolidation, and is scored against the
manifest, which says which paragraphs of which article tell which event: a fact belongs
to the event of its kind that the paragraph of its evidence tells (when it tells several,
the one whose cue words the evidence or title contain; else the fact is *ambiguous*).
Reported per kind and per pair: records per true event (all records of the kind, noise
included: the registry's own count), events found, exact events, and pairs exact (every
event of the pair one record of its own, and no other record).

Writes bench/results/registry.json and prints it.

    python bench/registry.py [--out FILE] [--skip-extractor] [--only-retellings]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from machine import machine_info  # noqa: E402
from registry_corpus import Event, Telling, generate  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from accords.model import Article, Evidence, Extraction, Fact, FactKind  # noqa: E402
from accords.registry import consolidate  # noqa: E402
from accords.store import Store  # noqa: E402
from accords.store.schema import (  # noqa: E402
    ArticleRow,
    ArticleSignatureRow,
    EvidenceRow,
    FactRow,
    RecordFactRow,
    RecordRow,
)


def _oracle(telling: Telling) -> Extraction:
    article = Article(id=telling.id, text=telling.text, published=telling.published,
                      outlet=telling.outlet, title=telling.title)
    countries = telling.facts[0]["attrs"]["countries"]
    facts = [Fact(FactKind.DYAD, {"countries": countries}, [Evidence(0, 1, telling.text, 0)], 1.0)]
    for spec in telling.facts:
        start = telling.text.index(spec["phrase"])
        facts.append(Fact(FactKind(spec["kind"]), dict(spec["attrs"]),
                          [Evidence(start, start + len(spec["phrase"]), telling.text, 0)], 0.6))
    return Extraction(article, facts)


def score(store: Store, events: list[Event], tellings: list[Telling]) -> dict:
    """Records versus true events (see the module docstring)."""
    event_of = {t.id: t.event for t in tellings}
    kind_of = {e.id: e.kind for e in events}
    with Session(store.engine) as session:
        rows = session.execute(
            select(RecordRow.id, RecordRow.kind, ArticleRow.external_id)
            .join(RecordFactRow, RecordFactRow.record_id == RecordRow.id)
            .join(FactRow, FactRow.id == RecordFactRow.fact_id)
            .join(ArticleRow, ArticleRow.id == FactRow.article_id)
            .where(RecordRow.kind.in_(["meeting", "instrument"]))
        ).tuples().all()
    on_target: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    for rid, kind, external in rows:
        kinds[rid] = kind
        event = event_of[external]
        if kind_of[event] == kind:
            on_target[rid].add(event)
    records_of: dict[str, set[str]] = defaultdict(set)
    for rid, evs in on_target.items():
        for event in evs:
            records_of[event].add(rid)
    over = [rid for rid, evs in on_target.items() if len(evs) > 1]
    return {
        "true_events": len(events),
        "records_meeting_instrument": len(kinds),
        "records_on_target": len(on_target),
        "noise_records": len(kinds) - len(on_target),
        "events_found": len(records_of),
        "events_missed": len(events) - len(records_of),
        "over_merged_records": len(over),
        "over_merge_extra_events": sum(len(on_target[r]) - 1 for r in over),
        "under_merged_events": sum(1 for r in records_of.values() if len(r) > 1),
        "under_merge_extra_records": sum(len(r) - 1 for r in records_of.values()),
        "exact_events": sum(1 for e, r in records_of.items()
                            if len(r) == 1 and len(on_target[next(iter(r))]) == 1),
    }


def near_duplicates(store: Store, tellings: list[Telling]) -> dict:
    """MinHash grouping against the truth: copies of one wire story share a telling prefix."""
    def story(external_id: str) -> str:
        return external_id.rsplit("-c", 1)[0]

    with Session(store.engine) as session:
        rows = session.execute(
            select(ArticleRow.id, ArticleRow.external_id, ArticleSignatureRow.cluster)
            .join(ArticleSignatureRow, ArticleSignatureRow.article_id == ArticleRow.id)
        ).tuples().all()
    external = {aid: ext for aid, ext, _ in rows}
    grouped = [(ext, external[cluster]) for aid, ext, cluster in rows if cluster != aid]
    correct = sum(1 for ext, root in grouped if story(ext) == story(root))
    copies = sum(1 for t in tellings if not t.id.endswith("-c0"))
    return {"true_copies": copies, "grouped_as_copies": len(grouped),
            "grouped_correctly": correct,
            "precision": round(correct / len(grouped), 3) if grouped else None,
            "recall": round(correct / copies, 3) if copies else None}


def run_oracle(scale: int, folder: Path) -> dict:
    events, tellings = generate(scale=scale)
    store = Store.open(f"sqlite:///{folder / f'oracle{scale}.sqlite'}")
    try:
        for telling in tellings:
            store.add(_oracle(telling))
        started = time.perf_counter()
        consolidate(store)
        seconds = time.perf_counter() - started
        result = score(store, events, tellings)
        result["near_duplicates"] = near_duplicates(store, tellings)
        started = time.perf_counter()
        consolidate(store, rebuild=True)
        rebuild_seconds = time.perf_counter() - started
        rebuilt = score(store, events, tellings)
        rebuilt["near_duplicates"] = near_duplicates(store, tellings)
        result["rebuild_gives_same_counts"] = rebuilt == {
            k: v for k, v in result.items() if k != "rebuild_gives_same_counts"}
        with Session(store.engine) as session:
            total = session.query(RecordRow).count()
    finally:
        store.close()
    return {"articles": len(tellings), "records_all_kinds": total, **result,
            "consolidate_seconds": round(seconds, 2),
            "rebuild_seconds": round(rebuild_seconds, 2),
            "seconds_per_1000_articles": round(seconds / len(tellings) * 1000, 2)}


def run_extractor(folder: Path, chunks: int = 4) -> dict:
    from accords.extract.pipeline import Extractor
    from accords.workflow import ingest

    events, tellings = generate()
    extractor = Extractor()
    store = Store.open(f"sqlite:///{folder / 'extractor.sqlite'}")
    consolidate_seconds = ingest_seconds = 0.0
    try:
        size = -(-len(tellings) // chunks)
        for c in range(chunks):  # ingest in chunks, consolidating after each (incremental)
            path = folder / f"chunk{c}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for t in tellings[c * size:(c + 1) * size]:
                    fh.write(json.dumps({"id": t.id, "text": t.text, "title": t.title,
                                         "outlet": t.outlet, "published": t.published},
                                        ensure_ascii=False) + "\n")
            started = time.perf_counter()
            ingest([str(path)], store, extractor=extractor)
            ingest_seconds += time.perf_counter() - started
            started = time.perf_counter()
            consolidate(store)
            consolidate_seconds += time.perf_counter() - started
        incremental = score(store, events, tellings)
        incremental["near_duplicates"] = near_duplicates(store, tellings)
        started = time.perf_counter()
        consolidate(store, rebuild=True)
        rebuild_seconds = time.perf_counter() - started
        rebuilt = score(store, events, tellings)
        rebuilt["near_duplicates"] = near_duplicates(store, tellings)
    finally:
        store.close()
    return {"articles": len(tellings), "chunks": chunks, **incremental,
            "rebuild_gives_same_counts": rebuilt == incremental,
            "after_rebuild": {k: v for k, v in rebuilt.items() if v != incremental.get(k)},
            "ingest_seconds": round(ingest_seconds, 2),
            "consolidate_seconds": round(consolidate_seconds, 2),
            "rebuild_seconds": round(rebuild_seconds, 2),
            "consolidate_seconds_per_1000_articles": round(
                consolidate_seconds / len(tellings) * 1000, 2)}


RETELLINGS = ROOT / "bench" / "retellings"


def _resolve(fact_kind: str, start: int, phrase: str, attrs: dict, spans: list[dict],
             events: dict[str, dict]) -> str | None:
    """The true event a fact is about ("?" when its paragraph tells several of its kind and
    no cue decides; None when it tells none: the fact is noise)."""
    told = [s["event"] for s in spans if s["start"] <= start < s["end"]
            and events[s["event"]]["kind"] == fact_kind]
    told = list(dict.fromkeys(told))
    if len(told) <= 1:
        return told[0] if told else None
    words = " ".join([phrase, attrs.get("title") or "", *(attrs.get("areas") or [])]).lower()
    cued = [e for e in told if any(c.lower() in words for c in events[e]["cues"])]
    return cued[0] if len(cued) == 1 else "?"


def _rates(events: list[dict], records: dict[str, dict]) -> dict:
    """Counts for one slice (a kind, a pair, everything) of events and records."""
    ids = {e["id"] for e in events}
    records_of: dict[str, set[str]] = defaultdict(set)
    for rid, rec in records.items():
        for event in rec["events"] & ids:
            records_of[event].add(rid)
    clean = {e for e, rids in records_of.items()
             if len(rids) == 1 and records[next(iter(rids))]["events"] == {e}}
    noise = [r for r in records.values() if not r["events"] and not r["ambiguous"]]
    n = len(events)
    return {
        "true_events": n,
        "records": len(records),
        "records_per_event": round(len(records) / n, 2) if n else None,
        "on_target_records_per_event": round(
            sum(1 for r in records.values() if r["events"] & ids) / n, 2) if n else None,
        "events_found": round(len(records_of) / n, 2) if n else None,
        "events_missed": sorted(ids - set(records_of)),
        "exact_events": len(clean),
        "under_merged_events": sorted(e for e, rids in records_of.items() if len(rids) > 1),
        "over_merged_records": sum(1 for r in records.values() if len(r["events"]) > 1),
        "noise_records": len(noise),
        "ambiguous_only_records": sum(1 for r in records.values()
                                      if not r["events"] and r["ambiguous"]),
    }


def run_retellings(folder: Path) -> dict:
    """The hand-written corpus through the real extractor and consolidation, scored
    against its manifest (see the module docstring)."""
    sys.path.insert(0, str(RETELLINGS))
    from build import build  # rebuilt from articles.txt and events.json every run

    from accords.extract.pipeline import Extractor
    from accords.workflow import ingest

    jsonl, manifest_path = build()
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in manifest["events"]}
    written = {json.loads(line)["id"]: json.loads(line)["text"]
               for line in jsonl.read_text(encoding="utf-8").splitlines()}
    store = Store.open(f"sqlite:///{folder / 'retellings.sqlite'}")
    try:
        started = time.perf_counter()
        ingest([str(jsonl)], store, extractor=Extractor())
        ingest_seconds = time.perf_counter() - started
        started = time.perf_counter()
        consolidate(store)
        consolidate_seconds = time.perf_counter() - started
        with Session(store.engine) as session:
            texts = dict(session.execute(select(ArticleRow.external_id, ArticleRow.text)).tuples().all())
            rows = session.execute(
                select(RecordRow.id, RecordRow.kind, RecordRow.dyad, RecordRow.status,
                       RecordRow.label, ArticleRow.external_id, FactRow.id, FactRow.attrs,
                       EvidenceRow.start, EvidenceRow.end)
                .join(RecordFactRow, RecordFactRow.record_id == RecordRow.id)
                .join(FactRow, FactRow.id == RecordFactRow.fact_id)
                .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                .join(EvidenceRow, EvidenceRow.fact_id == FactRow.id)
                .where(RecordRow.kind.in_(["meeting", "instrument"]))
                .order_by(FactRow.id, EvidenceRow.id)
            ).tuples().all()
    finally:
        store.close()
    # the manifest's spans are offsets into the text as written; find them in the text
    # as stored (cleaning may have moved them)
    spans: dict[str, list[dict]] = {}
    for aid, entry in manifest["articles"].items():
        stored, mine = texts.get(aid, ""), written[aid]
        spans[aid] = []
        for span in entry["spans"]:
            at = stored.find(mine[span["start"]:span["end"]])
            if at >= 0:
                spans[aid].append({**span, "start": at, "end": at + span["end"] - span["start"]})
    records: dict[str, dict] = {}
    seen: set[int] = set()
    for rid, kind, dyad, status, label, aid, fact_id, attrs, start, end in rows:
        rec = records.setdefault(rid, {"kind": kind, "pair": dyad, "status": status,
                                       "label": label, "events": set(), "ambiguous": 0,
                                       "facts": []})
        if fact_id in seen:
            continue  # a fact's first evidence decides
        seen.add(fact_id)
        event = _resolve(kind, start, texts[aid][start:end], attrs, spans.get(aid, []), events)
        if event == "?":
            rec["ambiguous"] += 1
        elif event:
            rec["events"].add(event)
        rec["facts"].append(f"{aid}:{attrs.get('status')}:{event or '-'}")
    truth = list(events.values())
    result: dict = {"articles": len(manifest["articles"]), "pairs": len({e["pair"] for e in truth}),
                    "overall": _rates(truth, records)}
    for kind in ("meeting", "instrument"):
        result[kind] = _rates([e for e in truth if e["kind"] == kind],
                              {r: v for r, v in records.items() if v["kind"] == kind})
    per_pair = {}
    for pair in sorted({e["pair"] for e in truth}):
        in_pair = {r: v for r, v in records.items() if v["pair"] == pair}
        rates = _rates([e for e in truth if e["pair"] == pair], in_pair)
        rates["exact"] = (rates["exact_events"] == rates["true_events"] == rates["records"])
        per_pair[pair] = rates
    result["per_pair"] = per_pair
    result["pairs_exact"] = sum(1 for r in per_pair.values() if r["exact"])
    status_right = 0
    for event in truth:
        rids = [r for r, v in records.items() if event["id"] in v["events"]]
        if len(rids) == 1 and records[rids[0]]["status"] == event["status"]:
            status_right += 1
    result["events_one_record_with_final_status"] = status_right
    result["instrument_records_by_status"] = dict(sorted(
        {s: sum(1 for v in records.values() if v["kind"] == "instrument" and v["status"] == s)
         for s in {v["status"] for v in records.values() if v["kind"] == "instrument"}}.items(),
        key=lambda kv: str(kv[0])))
    result["records"] = [
        {"id": rid, "kind": v["kind"], "pair": v["pair"], "status": v["status"],
         "label": v["label"], "events": sorted(v["events"]), "ambiguous_facts": v["ambiguous"],
         "facts": v["facts"]}
        for rid, v in sorted(records.items(), key=lambda kv: (kv[1]["pair"] or "", kv[1]["kind"],
                                                              kv[1]["label"]))]
    result["ingest_seconds"] = round(ingest_seconds, 2)
    result["consolidate_seconds"] = round(consolidate_seconds, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "registry.json")
    parser.add_argument("--skip-extractor", action="store_true")
    parser.add_argument("--only-retellings", action="store_true",
                        help="run only the hand-written re-tellings (printed, and written "
                             "into the results file beside its other sections)")
    args = parser.parse_args()
    if args.only_retellings:
        with tempfile.TemporaryDirectory() as tmp:
            retellings = run_retellings(Path(tmp))
        result = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else {}
        result["retellings"] = {"date": dt.date.today().isoformat(), **retellings}
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
        print(json.dumps({k: v for k, v in retellings.items() if k != "records"}, indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        result = {
            "benchmark": "registry consolidation on a generated corpus of re-told events",
            "date": dt.date.today().isoformat(),
            "machine": machine_info(),
            "oracle": run_oracle(1, folder),
            "oracle_10x": run_oracle(10, folder),
        }
        if not args.skip_extractor:
            result["extractor"] = run_extractor(folder)
        result["retellings"] = run_retellings(folder)
    sizes = " and ".join(str(result[k]["articles"]) for k in ("oracle", "oracle_10x"))
    result["note"] = (
        "Timings are wall-clock (one process), SQLite file in a temporary directory; "
        f"'per 1000 articles' divides the measured time by the articles actually run ({sizes}), "
        "a linear extrapolation: matching compares a fact only with records of its own kind "
        "and dyad, so cost per article grows with records per dyad as well. The extractor "
        "run's records depend on the extractor's version at the time of the run.")
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
