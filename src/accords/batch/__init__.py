"""Batch processing at scale: read → decode → clean → extract on Spark, facts as Parquet.

* ``accords.batch.spark``: the Spark job (``run_batch``; ``spark-submit`` runs its
  ``main``). It writes three Parquet datasets under its output folder: ``articles/``,
  ``facts/`` and ``rejected/`` (see :mod:`accords.batch.spark` for the columns).
* ``accords.batch.load``: reads those datasets back as ``Extraction``s and stores them
  through ``Store.add`` (idempotent), then consolidates when the registry offers it.

PySpark is an optional dependency (``pip install -e '.[batch]'``); only the Spark job
needs it. Reading the output back needs pyarrow, which the same extra installs.
"""
