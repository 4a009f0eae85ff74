"""The Spark batch job: read → decode → clean → extract on executors, results as Parquet.

    accords batch INPUT... --out DIR [--master URL] [--partitions N] [--published DATE] [--overwrite]
    PYSPARK_PYTHON=.venv/bin/python .venv/bin/spark-submit [--master URL] \\
        src/accords/batch/spark.py INPUT... --out DIR [same options]

One command line (``accords.cli.batch``) for both: ``accords.batch.spark`` is the script
``spark-submit`` runs, and adds the report as one JSON line on standard output.
``--master`` defaults to ``spark-submit``'s own ``--master`` under ``spark-submit``, else
``local[2]`` (``default_master``). ``run_batch`` (here) is the job itself.

How it runs:

1. The driver lists the input files (``accords.batch.inputs``) with the rules of
   ``accords extract`` (a directory is read recursively for ``.txt``/``.html``/``.jsonl``
   files and web archives, hidden ones skipped; files over ``ACCORDS_MAX_INPUT_BYTES``
   and paths that cannot be read are rejected there).
2. ``binaryFiles`` reads each file's bytes on the executors; a file becomes one
   ``RawDocument``, a JSON Lines file one per line (Accords' own reader, on the bytes). A
   web archive (WARC/ARC) is streamed record by record from its path by Accords' archive
   reader instead, one task per archive (``accords.batch.partition``).
3. The documents are spread over ``--partitions`` partitions and each partition runs
   decode → clean → extract with one ``Extractor`` (the spaCy model is loaded once per
   Python worker and reused by its later partitions), through ``extract_many``
   (``accords.batch.partition.process_partition``).
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

import os
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from accords.batch.inputs import list_inputs, local_path
from accords.batch.partition import (
    ARTICLE_COLUMNS,
    REJECTED_COLUMNS,
    archive_documents,
    documents,
    process_partition,
)
from accords.ingest.warc import is_archive

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


def default_master() -> str | None:
    """The master when none is given: under ``spark-submit`` (which starts the JVM first,
    and says so in ``PYSPARK_GATEWAY_PORT``) None, which leaves it to ``spark-submit
    --master``; otherwise ``DEFAULT_MASTER``."""
    return None if "PYSPARK_GATEWAY_PORT" in os.environ else DEFAULT_MASTER


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    *,
    master: str | None = None,
    partitions: int | None = None,
    published: str | None = None,
    overwrite: bool = False,
    session=None,
) -> BatchReport:
    """Run the job over ``inputs``; write ``articles/``, ``facts/``, ``rejected/`` under ``out``.

    ``partitions`` defaults to twice the session's parallelism. A session passed in is
    used and left running; otherwise one is made for ``master`` (None: ``default_master()``)
    and stopped at the end.
    Raises ``FileExistsError`` when ``out`` already holds results and not ``overwrite``.
    """
    from pyspark import StorageLevel

    out = Path(out).resolve()
    if not overwrite and any((out / name).exists() for name in ("articles", "facts", "rejected")):
        raise FileExistsError(f"{out} already holds batch results (use overwrite)")
    started = time.perf_counter()
    files, rejected_here = list_inputs(inputs)
    own_session = session is None
    spark = session or spark_session(master or default_master(), shuffle_partitions=partitions or 4)
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
            parts.append(raw.map(lambda kv: (by_local.get(local_path(kv[0]), kv[0]), kv[1])))
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
