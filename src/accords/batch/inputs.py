"""The batch job's inputs, listed on the driver: the files ``accords extract`` would read
under the paths given (``accords.ingest.read.find_inputs``), and those rejected already.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from accords.errors import InputRejected
from accords.ingest.read import STDIN, find_inputs, read_limited
from accords.ingest.warc import is_archive
from accords.settings import max_input_bytes


def list_inputs(paths: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """The files to read under ``paths`` (as ``accords extract`` finds them, each once) and
    the rejected: paths that cannot be read, files over ``ACCORDS_MAX_INPUT_BYTES`` (web
    archives are streamed, whatever their size) and standard input."""
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

    for found in find_inputs(paths):
        if isinstance(found, InputRejected):
            rejected.append((found.source, found.reason))
        elif found == STDIN:
            rejected.append((STDIN, "standard input cannot be read by the batch job"))
        else:
            add(Path(found))
    return files, rejected


def local_path(uri: str) -> str:
    """``file:/a/b`` (as ``binaryFiles`` names a file) → ``/a/b``."""
    rest = uri[len("file:") :] if uri.startswith("file:") else uri
    return os.path.normpath("/" + rest.lstrip("/"))
