"""Batch processing at scale: read → decode → clean → extract on Spark, facts as Parquet.

* ``accords.batch.job``: the Spark job (``run_batch``). It writes three Parquet datasets
  under its output folder: ``articles/``, ``facts/`` and ``rejected/`` (see
  :mod:`accords.batch.job` for the columns).
* ``accords.batch.spark``: the script ``spark-submit`` runs, with the command line of
  ``accords batch``.
* ``accords.batch.inputs``: the input files, listed on the driver as ``accords extract``
  finds them.
* ``accords.batch.partition``: a partition's work on the executors (documents → article,
  fact and rejected rows).
* ``accords.batch.load``: reads those datasets back as ``Extraction``s and stores them
  through ``Store.add`` (idempotent), then consolidates when the registry offers it.

PySpark is an optional dependency (``pip install -e '.[batch]'``); only the Spark job
needs it. Reading the output back needs pyarrow, which the same extra installs.
"""
