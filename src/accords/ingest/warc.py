"""Read web archives (WARC, as Common Crawl's CC-NEWS ships them, and old ARC files).

Each ``response`` record whose HTTP ``Content-Type`` is HTML becomes a ``RawDocument``
that goes through the normal pipeline: its id is a slug of the target URI (else the
record's ``WARC-Record-ID``), its ``url`` the ``WARC-Target-URI``, its ``source``
``FILE@OFFSET`` (the record's byte offset in the file, compressed or not), and the
charset the HTTP header declares is handed to the decode stage. Every other record
(``warcinfo``, ``request``, ``metadata``, ``revisit``, responses that are not HTML or
have no body) is skipped and counted by kind in the caller's ``skipped`` counter.

The archive is read as a stream, one record at a time, so its size is not limited; one
record's body is, by ``ACCORDS_MAX_INPUT_BYTES``. A truncated or corrupt archive yields
an ``InputRejected`` naming the file and the offset of the record that could not be
read; the records before it have been yielded already.
"""

from __future__ import annotations

import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from accords.errors import InputRejected
from accords.model import RawDocument
from accords.settings import max_input_bytes

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

#: File names read as web archives (compared in lower case).
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")

#: HTTP content types read as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_SLUG_JUNK = re.compile(r"[^0-9A-Za-z]+")
_SLUG_MAX = 120


def is_archive(path: Path) -> bool:
    """Whether ``path`` is named like a WARC or ARC file."""
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_archive(
    path: Path, skipped: Counter[str] | None = None
) -> Iterator[RawDocument | InputRejected]:
    """Yield a ``RawDocument`` per HTML response in the archive at ``path``.

    Skipped records are counted in ``skipped`` (by reason, e.g. ``"warc request"``).
    Never raises for a bad archive: yields an ``InputRejected`` and stops.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counts = skipped if skipped is not None else Counter()
    try:
        fh = path.open("rb")
    except OSError as err:
        yield InputRejected.from_os_error(str(path), err)
        return
    with fh:
        records = ArchiveIterator(fh, arc2warc=True)
        read = 0
        while True:
            # warcio moves ``offset`` to the start of a record before parsing it, and
            # leaves it there if the parse (or the read of the rest of it) fails.
            try:
                record = next(records)
                _check_headers(record)
                result = _document(record, path, records.offset, counts)
                _read_to_end(record)
            except StopIteration:
                # warcio takes a file that ends inside a record's headers for the end of
                # the archive: what is left after the last whole record says otherwise.
                size = os.fstat(fh.fileno()).st_size
                if size == 0:
                    yield InputRejected(str(path), "empty file")
                elif records.offset < size:
                    yield InputRejected(
                        f"{path}@{records.offset}",
                        _corrupt_reason(EOFError("the file ends inside a record"), read),
                    )
                return
            except (
                ArchiveLoadFailed,
                zlib.error,
                EOFError,
                ValueError,
                OSError,
                IndexError,
                KeyError,
                TypeError,
                AttributeError,
            ) as err:
                yield InputRejected(f"{path}@{records.offset}", _corrupt_reason(err, read))
                return
            read += 1
            if result is not None:
                yield result


def _check_headers(record: ArcWarcRecord) -> None:
    """Raise ``EOFError`` for a WARC record whose headers stop before the mandatory ones."""
    if record.format.startswith("warc") and not (
        record.rec_headers.get_header("WARC-Type")
        and record.rec_headers.get_header("Content-Length")
    ):
        raise EOFError("the record's headers are incomplete")


def _read_to_end(record: ArcWarcRecord) -> None:
    """Read what is left of a record; raise ``EOFError`` if the file ends before its length."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    missing = getattr(stream, "limit", 0)
    if missing > 0:
        raise EOFError(f"the record ends {missing} bytes before its Content-Length")


def _corrupt_reason(err: BaseException, read: int) -> str:
    detail = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    where = "at its start" if read == 0 else f"after {read} records"
    return f"truncated or corrupt web archive {where} ({detail[:160]})"


def _document(
    record: ArcWarcRecord, path: Path, offset: int, skipped: Counter[str]
) -> RawDocument | InputRejected | None:
    """The document in one record, a rejection for an oversized one, None (counted) for the rest."""
    kind = record.rec_type or "unknown"
    if kind != "response":
        skipped[f"warc {kind}"] += 1
        return None
    content_type = ""
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if status and not status.startswith("2"):
            skipped["HTTP status not 2xx"] += 1
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in HTML_TYPES:
        skipped["not HTML"] += 1
        return None
    source = f"{path}@{offset}"
    limit = max_input_bytes()
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        return InputRejected(
            source,
            f"record is over the {limit / 1e6:.0f} MB limit "
            "(raise it with ACCORDS_MAX_INPUT_BYTES)",
        )
    if not data.strip():
        skipped["empty response"] += 1
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    charset = _CHARSET.search(content_type)
    return RawDocument(
        id=_slug(uri) or record_id.strip("<>").removeprefix("urn:uuid:") or f"{path.name}@{offset}",
        source=source,
        data=data,
        is_html=True,
        url=uri,
        charset=charset.group(1) if charset else None,
    )


def _slug(uri: str | None) -> str:
    """``https://www.example.org/news/2024/a-b.html?x=1`` → ``example.org-news-2024-a-b-html-x-1``."""
    if not uri:
        return ""
    parts = urlsplit(uri)
    host = parts.hostname or ""
    host = host.removeprefix("www.")
    rest = parts.path + (f"?{parts.query}" if parts.query else "")
    slug = "-".join(part for part in (host, _SLUG_JUNK.sub("-", rest).strip("-")) if part)
    return slug[:_SLUG_MAX].rstrip("-")
