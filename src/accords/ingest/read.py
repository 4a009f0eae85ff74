"""Read inputs into ``RawDocument``s: files, directories, JSON Lines and standard input.

A reader never raises for one bad input: it yields an ``InputRejected`` in its place, so
that a caller working through many inputs can name each rejected one and go on.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from accords.errors import InputRejected
from accords.ingest.warc import is_archive, read_archive
from accords.model import RawDocument
from accords.settings import max_input_bytes

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
#: What a directory walk picks up; a file named explicitly is read whatever its suffix.
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

ReadResult = RawDocument | InputRejected


def iter_documents(
    paths: Iterable[str], stdin: IO[bytes] | None = None, skipped: Counter[str] | None = None
) -> Iterator[ReadResult]:
    """Yield one ``RawDocument`` (or ``InputRejected``) per article found under ``paths``.

    Web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) are read record by record
    (:mod:`accords.ingest.warc`); the records they hold that are not articles are counted
    in ``skipped``, by reason."""
    for name in paths:
        if name == "-":
            yield from _read_stream("-", (stdin or sys.stdin.buffer).read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_directory(path, skipped)
        elif path.exists():
            yield from _read_file(path, skipped)
        else:
            yield InputRejected(name, "no such file or directory")


def _read_directory(root: Path, skipped: Counter[str] | None = None) -> Iterator[ReadResult]:
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and (p.suffix.lower() in KNOWN_SUFFIXES or is_archive(p))
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    for path in files:
        yield from _read_file(path, skipped)


def read_limited(path: Path) -> bytes:
    """A file's bytes, or ``InputRejected`` when it is over the size limit."""
    limit = max_input_bytes()
    size = path.stat().st_size
    if size > limit:
        raise InputRejected(
            str(path),
            f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit "
            "(raise it with ACCORDS_MAX_INPUT_BYTES)",
        )
    return path.read_bytes()


def _read_file(path: Path, skipped: Counter[str] | None = None) -> Iterator[ReadResult]:
    if is_archive(path):  # streamed record by record: no whole-file size limit
        yield from read_archive(path, skipped)
        return
    try:
        data = read_limited(path)
    except InputRejected as rejected:
        yield rejected
        return
    except OSError as err:
        yield InputRejected.from_os_error(str(path), err)
        return
    yield from documents_from_bytes(str(path), data)


def documents_from_bytes(source: str, data: bytes) -> Iterator[ReadResult]:
    """The documents in one file's bytes, by its name: JSON Lines, HTML or text.
    (The Spark job calls this too, on bytes read by ``binaryFiles``.)"""
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(source, data)
    else:
        yield RawDocument(
            id=path.stem,
            source=source,
            data=data,
            is_html=suffix in HTML_SUFFIXES or _looks_like_html(data),
        )


def _read_stream(source: str, data: bytes) -> Iterator[ReadResult]:
    """Standard input: JSON Lines when every line is an object, else one article."""
    head = data.lstrip()[:1]
    if head == b"{":
        yield from _read_jsonl(source, data)
    else:
        yield RawDocument(id="stdin", source=source, data=data, is_html=_looks_like_html(data))


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def _read_jsonl(source: str, data: bytes) -> Iterator[ReadResult]:
    text = data.decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputRejected(where, f"malformed JSON line ({err.msg})")
            continue
        yield _document_from_record(where, record, default_id=f"{Path(source).stem}-{number}")


def _document_from_record(where: str, record: object, default_id: str) -> ReadResult:
    if not isinstance(record, dict):
        return InputRejected(where, "JSON line is not an object")
    body = record.get("html") or record.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputRejected(where, "JSON line has no 'text' or 'html' field")
    published = record.get("published")
    return RawDocument(
        id=str(record.get("id") or default_id),
        source=where,
        text=body,
        is_html=bool(record.get("html")),
        url=_str_or_none(record.get("url")),
        title=_str_or_none(record.get("title")),
        outlet=_str_or_none(record.get("outlet")),
        published=str(published)[:10] if published else None,
    )


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
