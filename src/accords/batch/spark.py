"""The script ``spark-submit`` runs: the batch job with the command line of ``accords batch``.

    PYSPARK_PYTHON=.venv/bin/python .venv/bin/spark-submit [--master URL] \\
        src/accords/batch/spark.py INPUT... --out DIR [--master URL] [--partitions N] \\
        [--published YYYY-MM-DD] [--overwrite]

The options, their defaults and the checks are those of ``accords batch``
(``accords.cli.batch``); the job is ``accords.batch.job.run_batch``. Run this way it also
prints its report as one JSON line on standard output. Exit 0, 1 when inputs were
rejected, 2 for usage errors.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``accords batch``'s command line over ``argv`` (default: ``sys.argv[1:]``)."""
    from accords.cli.batch import submitted_command_line

    try:
        submitted_command_line()(args=argv, prog_name="accords.batch.spark")
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
