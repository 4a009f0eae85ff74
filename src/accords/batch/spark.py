"""The Spark batch job: read → decode → clean → extract on executors, results as Parquet.

    accords batch INPUT... --out DIR [--master local[2]] [--partitions N]
    PYSPARK_PYTHON=.venv/bin/python .venv/bin/spark-submit src/accords/batch/spark.py \\
        INPUT... --out DIR [--partitions N]

How it runs:

1. The driver lists the input files with the rules of ``accords extract`` (a directory is
   read recursively for ``.txt``/``.html``/``.jsonl`` files and web archives, hidden ones
   skipped; files over ``ACCORDS_MAX_INPUT_BYTES`` and missing paths are rejected there).
2. ``binaryFiles`` reads each file's bytes on the executors; a file becomes one
   ``RawDocument``, a JSON Lines file one per line (Accords' own reader, on the bytes). A
   web archive (WARC/ARC) is streamed record by record from its path by Accords' archive
   reader instead, one task per archive.
3. The documents are spread over ``--partitions`` partitions and each partition runs
   decode → clean → extract with one ``Extractor`` (the spaCy model is loaded once per
   Python worker and reused by its later partitions), through ``extract_many``.
4. Three Parquet datasets are written under ``--out``:

   * ``articles/``: ``article_id``, ``id`` (the input's name), ``source``, ``text``,
     ``title``, ``published``, ``outlet``, ``url``, ``encoding``, ``repairs`` (JSON
     string), ``trimmed`` (list of strings);
   * ``facts/``: ``article_id``, ``source``, ``fact_index`` (the fact's position in its
     article), ``kind``, ``attrs`` (JSON string), ``confidence``, ``evidence`` (JSON
     string: a list of ``{start, end, sentence, sentence_start}``);
   * ``rejected/``: ``source``, ``reason``.

   Articles and facts are sorted by ``source`` (facts then by ``fact_index``), so
   ``accords.batch.load`` joins them in one streaming pass. ``source`` is unique per input
   document (a path, or ``path:LINE`` for JSON Lines), while ``article_id`` is not when two
   inputs hold the same text.

The session works offline: no packages are fetched, the UI is off, Hive is not used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from accords.errors import InputRejected
from accords.ingest.read import KNOWN_SUFFIXES, documents_from_bytes, read_limited
from accords.ingest.warc import is_archive, read_archive
from accords.model import Extraction, RawDocument
from accords.settings import max_input_bytes

#: Articles sent to spaCy at a time inside a partition (one process per Spark worker).
BATCH_SIZE = 64
#: The driver's JVM heap: ample for the job's bookkeeping, far below a 24 GB machine's
#: memory, which the Python workers (one spaCy model each) need more.
DRIVER_MEMORY = "4g"
DEFAULT_MASTER = "local[2]"
#: JVM options of a local run (``ACCORDS_SPARK_JAVA_OPTIONS`` replaces them; empty: none).
#: In local mode the JVM shares the cores with the Python workers that do the work, and
#: its own work is mostly fixed start-up: C2 compilation and parallel GC threads took
#: ~20 CPU-seconds of a run whatever its size; C1 only and the serial collector halve it
#: (bench/spark_speedup.py). A cluster's JVMs are left to the cluster's configuration.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

#: Characters Hadoop reads as glob syntax or a path separator in ``binaryFiles``' argument;
#: files whose path holds one are read by the executors with plain Python instead.
_HADOOP_SPECIAL = frozenset(",{}[]*?\\^")

ARTICLE_COLUMNS = (
    "article_id",
    "id",
    "source",
    "text",
    "title",
    "published",
    "outlet",
    "url",
    "encoding",
    "repairs",
    "trimmed",
)
FACT_COLUMNS = ("article_id", "source", "fact_index", "kind", "attrs", "confidence", "evidence")
REJECTED_COLUMNS = ("source", "reason")


@dataclass
class BatchReport:
    """What the job wrote."""

    out: str
    articles: int = 0
    facts: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    extract_seconds: float = 0.0  # up to every partition extracted (the rest: writing)
    partitions: int = 0
    master: str = DEFAULT_MASTER

    @property
    def ok(self) -> bool:
        return not self.rejected

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# --- inputs (driver) -------------------------------------------------------------------


def list_inputs(paths: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The files to read under ``paths`` (as ``accords extract`` finds them) and the rejected."""
    files: list[str] = []
    rejected: list[tuple[str, str]] = []
    seen: set[str] = set()
    limit = max_input_bytes()

    def add(path: Path) -> None:
        name = str(path)
        key = os.path.abspath(name)
        if key in seen:
            return
        seen.add(key)
        try:
            if path.stat().st_size > limit and not is_archive(path):
                read_limited(path)  # raises InputRejected with the reader's own message
            if not os.access(path, os.R_OK):
                rejected.append((name, "permission denied"))
                return
        except InputRejected as error:
            rejected.append((error.source, error.reason))
            return
        except OSError as error:
            rejected.append((name, InputRejected.from_os_error(name, error).reason))
            return
        files.append(name)

    for name in paths:
        if name == "-":
            rejected.append(("-", "standard input cannot be read by the batch job"))
            continue
        path = Path(name)
        if path.is_dir():
            for found in sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and (p.suffix.lower() in KNOWN_SUFFIXES or is_archive(p))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ):
                add(found)
        elif path.exists():
            add(path)
        else:
            rejected.append((name, "no such file or directory"))
    return files, rejected


def _local_path(uri: str) -> str:
    """``file:/a/b`` (as ``binaryFiles`` names a file) → ``/a/b``."""
    rest = uri[len("file:") :] if uri.startswith("file:") else uri
    return os.path.normpath("/" + rest.lstrip("/"))


# --- executors ---------------------------------------------------------------------------

Tagged = tuple[str, Any]


def _tagged(items: Iterable[Any]) -> Iterator[Tagged]:
    for item in items:
        if isinstance(item, InputRejected):
            yield "rejected", (item.source, item.reason)
        else:
            yield "doc", item


def documents(source: str, data: bytes) -> Iterator[Tagged]:
    """One file's documents, as ``accords.ingest.read`` makes them from the same bytes."""
    return _tagged(documents_from_bytes(source, data))


def archive_documents(source: str) -> Iterator[Tagged]:
    """A web archive's documents, streamed from its path as ``accords extract`` reads them."""
    return _tagged(read_archive(Path(source)))


def process_partition(
    items: Iterable[Tagged], published: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Tagged]:
    """decode → clean → extract a partition's documents; tagged article, fact, rejected rows."""
    from accords.extract.pipeline import Extractor
    from accords.ingest.pipeline import to_article

    extractor: Extractor | None = None
    stream = iter(items)
    while batch := list(islice(stream, batch_size)):
        articles = []
        for tag, value in batch:
            if tag == "rejected":
                yield "rejected", value
                continue
            raw: RawDocument = value
            try:
                article = to_article(raw)
            except InputRejected as error:
                yield "rejected", (raw.source, error.reason)
                continue
            if published and not article.published:
                article.published = published
            articles.append(article)
        if not articles:
            continue
        if extractor is None:
            # one process per Spark worker: Spark runs the workers in parallel itself
            extractor = Extractor(processes=1)  # the model is cached per worker process
        for extraction in extractor.extract_many(articles, batch_size=batch_size):
            if isinstance(extraction, InputRejected):
                yield "rejected", (extraction.source, extraction.reason)
            else:
                yield from extraction_rows(extraction)


def extraction_rows(extraction: Extraction) -> Iterator[Tagged]:
    """The article row and one row per fact (tuples in ``*_COLUMNS`` order)."""
    article = extraction.article
    article_id = article.article_id
    yield (
        "article",
        (
            article_id,
            article.id,
            article.source,
            article.text,
            article.title,
            article.published,
            article.outlet,
            article.url,
            article.encoding,
            json.dumps([asdict(r) for r in article.repairs], ensure_ascii=False),
            list(article.trimmed),
        ),
    )
    for index, fact in enumerate(extraction.facts):
        yield (
            "fact",
            (
                article_id,
                article.source,
                index,
                str(fact.kind),
                json.dumps(fact.attrs, ensure_ascii=False),
                float(fact.confidence),
                json.dumps([e.to_dict() for e in fact.evidence], ensure_ascii=False),
            ),
        )


# --- the job -----------------------------------------------------------------------------


def spark_session(
    master: str | None = DEFAULT_MASTER,
    shuffle_partitions: int = 4,
    driver_memory: str = DRIVER_MEMORY,
    app_name: str = "accords-batch",
):
    """A Spark session for the job: offline, UI off, small shuffles, workers on this Python.

    ``master`` None leaves the master to ``spark-submit --master``."""
    from pyspark.sql import SparkSession

    if master is None or master.startswith("local"):
        # Executors are Python workers on this machine: the interpreter running Accords.
        os.environ["PYSPARK_PYTHON"] = sys.executable
    else:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder if master is None else SparkSession.builder.master(master)
    builder = (
        builder.appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(shuffle_partitions))
        .config("spark.driver.memory", driver_memory)
        .config("spark.sql.catalogImplementation", "in-memory")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
        .config("spark.python.worker.reuse", "true")
    )
    if master is not None and master.startswith("local"):
        # Nothing leaves the machine: no hostname lookup, no listening on outside addresses.
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
        java_options = local_java_options()
        if java_options:
            builder = builder.config("spark.driver.extraJavaOptions", java_options)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    return session


def local_java_options() -> str:
    """The local JVM's options: ``LOCAL_JAVA_OPTIONS`` unless the environment says otherwise."""
    return os.environ.get("ACCORDS_SPARK_JAVA_OPTIONS", LOCAL_JAVA_OPTIONS).strip()


def _schemas():
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )

    def strings(names: Sequence[str], nullable: Iterable[str] = ()) -> list[StructField]:
        optional = set(nullable)
        return [StructField(n, StringType(), n in optional) for n in names]

    articles = StructType(
        [
            *strings(ARTICLE_COLUMNS[:4]),
            *strings(ARTICLE_COLUMNS[4:9], nullable=ARTICLE_COLUMNS[4:9]),
            StructField("repairs", StringType(), False),
            StructField("trimmed", ArrayType(StringType(), False), False),
        ]
    )
    facts = StructType(
        [
            *strings(("article_id", "source")),
            StructField("fact_index", IntegerType(), False),
            *strings(("kind", "attrs")),
            StructField("confidence", DoubleType(), False),
            StructField("evidence", StringType(), False),
        ]
    )
    rejected = StructType(strings(REJECTED_COLUMNS))
    return articles, facts, rejected


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    master: str = DEFAULT_MASTER,
    partitions: int | None = None,
    published: str | None = None,
    overwrite: bool = False,
    session=None,
) -> BatchReport:
    """Run the job over ``inputs``; write ``articles/``, ``facts/``, ``rejected/`` under ``out``.

    ``partitions`` defaults to twice the session's parallelism. A session passed in is
    used and left running; otherwise one is made for ``master`` and stopped at the end.
    Raises ``FileExistsError`` when ``out`` already holds results and not ``overwrite``.
    """
    from pyspark import StorageLevel

    out = Path(out).resolve()
    if not overwrite and any((out / name).exists() for name in ("articles", "facts", "rejected")):
        raise FileExistsError(f"{out} already holds batch results (use overwrite)")
    started = time.perf_counter()
    files, rejected_here = list_inputs(inputs)
    own_session = session is None
    spark = session or spark_session(master, shuffle_partitions=partitions or 4)
    try:
        sc = spark.sparkContext
        n = partitions or max(2, 2 * sc.defaultParallelism)
        by_local = {os.path.abspath(f): f for f in files}
        archives = [f for f in files if is_archive(Path(f))]
        plain = [f for f in files if f not in archives]
        unsafe = [f for f in plain if _HADOOP_SPECIAL & set(os.path.abspath(f))]
        safe = [f for f in plain if f not in unsafe]
        parts = []
        if safe:
            raw = sc.binaryFiles(",".join(os.path.abspath(f) for f in safe), minPartitions=n)
            parts.append(raw.map(lambda kv: (by_local.get(_local_path(kv[0]), kv[0]), kv[1])))
        if unsafe:
            parts.append(
                sc.parallelize(unsafe, min(n, len(unsafe))).map(lambda f: (f, Path(f).read_bytes()))
            )
        streams = []
        if parts:
            raw_all = parts[0] if len(parts) == 1 else sc.union(parts)
            streams.append(raw_all.flatMap(lambda kv: documents(kv[0], bytes(kv[1]))))
        if archives:
            streams.append(
                sc.parallelize(archives, min(n, len(archives))).flatMap(archive_documents)
            )
        if streams:
            docs = streams[0] if len(streams) == 1 else sc.union(streams)
        else:
            docs = sc.parallelize([], 1)
        rows = (
            docs.repartition(n)
            .mapPartitions(lambda it: process_partition(it, published))
            .persist(StorageLevel.MEMORY_AND_DISK)
        )
        counts = rows.map(lambda r: r[0]).countByValue()
        extracted_at = time.perf_counter()
        article_schema, fact_schema, rejected_schema = _schemas()
        mode = "overwrite" if overwrite else "errorifexists"

        def frame(tag: str, schema):
            return spark.createDataFrame(
                rows.filter(lambda r: r[0] == tag).map(lambda r: r[1]), schema
            )

        frame("article", article_schema).orderBy("source").write.mode(mode).parquet(
            str(out / "articles")
        )
        frame("fact", fact_schema).orderBy("source", "fact_index").write.mode(mode).parquet(
            str(out / "facts")
        )
        executor_rejected = [
            tuple(r)
            for r in rows.filter(lambda r: r[0] == "rejected").map(lambda r: r[1]).collect()
        ]
        all_rejected = sorted(rejected_here + executor_rejected)
        spark.createDataFrame(all_rejected, rejected_schema).coalesce(1).write.mode(mode).parquet(
            str(out / "rejected")
        )
        rows.unpersist()
        return BatchReport(
            out=str(out),
            articles=int(counts.get("article", 0)),
            facts=int(counts.get("fact", 0)),
            rejected=all_rejected,
            seconds=round(time.perf_counter() - started, 2),
            extract_seconds=round(extracted_at - started, 2),
            partitions=n,
            master=sc.master,
        )
    finally:
        if own_session:
            spark.stop()


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit src/accords/batch/spark.py INPUT... --out DIR``: exit 0, or 1 if rejects."""
    parser = argparse.ArgumentParser(
        prog="accords.batch.spark", description=__doc__.splitlines()[0]
    )
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument(
        "--master", default=None, help="default: spark-submit's --master, else local[2]"
    )
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--published", default=None)
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    # Under spark-submit (which starts the JVM first), its --master applies unless --master
    # is given here; run with plain Python, the default is local[2].
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ
    master = args.master or (None if submitted else DEFAULT_MASTER)
    session = spark_session(master, shuffle_partitions=args.partitions or 4)
    try:
        report = run_batch(
            args.inputs,
            args.out,
            partitions=args.partitions,
            published=args.published,
            overwrite=args.overwrite,
            session=session,
        )
    finally:
        session.stop()
    for source, reason in report.rejected:
        print(f"rejected {source}: {reason}", file=sys.stderr)
    print(
        json.dumps(
            {k: v for k, v in report.to_json().items() if k != "rejected"}
            | {"rejected": len(report.rejected)}
        )
    )
    return 0 if report.ok else 1


if __name__ == "__main__":
    # Import the module by its name, so the functions shipped to executors are
    # ``accords.batch.spark``'s and not copies of this script's ``__main__``.
    from accords.batch.spark import main as _main

    sys.exit(_main())
