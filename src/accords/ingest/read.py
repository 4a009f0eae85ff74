"""Read inputs into ``RawDocument``s: files, directories, JSON Lines and standard input.

A reader never raises for one bad input: it yields an ``InputRejected`` in its place, so
that a caller working through many inputs can name each rejected one and go on.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


#: The name that stands for standard input among the paths.
STDIN = "-"


def find_inputs(paths: Iterable[str]) -> Iterator[str | Path | InputRejected]:
    """What a reader reads under ``paths``, in order: ``STDIN`` for ``-``, a ``Path`` for
    each file (a file named, or a file a directory walk picks up: :func:`_walk_directory`)
    and an ``InputRejected`` for each path that cannot be read (missing, a symbolic link
    loop, a broken symbolic link, permission denied, …). Nothing is read here: the Spark
    job lists its inputs with the same rules as ``accords extract``."""
    for name in paths:
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        try:
            info = path.stat()
        except OSError as err:
            yield _unreachable(name, err)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_directory(path)
        else:
            yield path


def iter_documents(
    paths: Iterable[str], stdin: IO[bytes] | None = None, skipped: Counter[str] | None = None
) -> Iterator[ReadResult]:
    """Yield one ``RawDocument`` (or ``InputRejected``) per article found under ``paths``.

    Web archives (``.warc``, ``.warc.gz``, ``.arc``, ``.arc.gz``) are read record by record
    (:mod:`accords.ingest.warc`); the records they hold that are not articles are counted
    in ``skipped``, by reason. A path that cannot be read (missing, a symbolic link loop,
    a broken symbolic link, permission denied) is rejected with that reason, and so is
    every such entry met while walking a directory (:func:`find_inputs`)."""
    for found in find_inputs(paths):
        if isinstance(found, InputRejected):
            yield found
        elif found == STDIN:
            yield from _read_stream(STDIN, (stdin or sys.stdin.buffer).read())
        else:
            yield from _read_file(Path(found), skipped)


def _unreachable(name: str, error: OSError) -> InputRejected:
    """Why ``stat`` failed on a path, in the readers' words: a symbolic link loop, a broken
    symbolic link (naming its target), a missing path, or the reason of ``from_os_error``."""
    if error.errno == errno.ELOOP:
        return InputRejected(name, "symbolic link loop")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        try:
            target = os.readlink(name)
        except OSError:
            return InputRejected(name, "no such file or directory")
        return InputRejected(name, f"broken symbolic link to {target}")
    return InputRejected.from_os_error(name, error)


def _is_candidate(name: str) -> bool:
    """Whether a directory walk reads a file of this name (a known suffix, or an archive)."""
    path = Path(name)
    return path.suffix.lower() in KNOWN_SUFFIXES or is_archive(path)


def _walk_directory(root: Path) -> Iterator[Path | InputRejected]:
    """Every article file under ``root``, in sorted order of path (``find_inputs`` for a
    directory).

    The walk picks up files with a known suffix (or web archives), and leaves out names
    that start with a dot. It follows symbolic links, to files and to directories, but:

    * a symbolic link to a directory that encloses it (an ancestor, or itself) is a loop:
      it is rejected once, as ``symbolic link loop``, and not followed;
    * a symbolic link to a directory elsewhere under ``root`` is not followed (that
      directory is walked under its own name), and a directory outside ``root`` reached by
      several links is walked once, so no layout of links makes the walk run forever;
    * a link that cannot be resolved (a loop of links, or a broken link) is rejected when
      its name is one the walk would read, or has no suffix (it may have been a directory);
    * a directory that cannot be listed, an entry that cannot be looked at, and a file that
      cannot be read (when it is read) are rejected with the system's reason (e.g.
      ``permission denied``);
    * a special file (a pipe, a device, a socket) with a known suffix is rejected as
      ``not a regular file`` rather than read, since reading it may never end.
    """
    try:
        root_id = _identity(root.stat())
    except OSError as err:
        yield _unreachable(str(root), err)
        return
    walk = _Walk(Path(os.path.realpath(root)), {root_id})
    yield from walk.directory(root, {root_id: root})


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


@dataclass
class _Walk:
    """The state of one :func:`_walk_directory`: the real path of its root and the (device,
    inode) of the directories walked so far."""

    root: Path
    seen: set[tuple[int, int]]

    def directory(
        self, directory: Path, ancestors: dict[tuple[int, int], Path]
    ) -> Iterator[Path | InputRejected]:
        """Read one directory; ``ancestors`` maps the (device, inode) of each directory
        enclosing it, itself included, to the path it was walked under."""
        try:
            with os.scandir(directory) as listing:
                names = sorted(entry.name for entry in listing)
        except OSError as err:
            yield _unreachable(str(directory), err)
            return
        for name in names:
            if not name.startswith("."):
                yield from self.entry(directory / name, ancestors)

    def entry(
        self, path: Path, ancestors: dict[tuple[int, int], Path]
    ) -> Iterator[Path | InputRejected]:
        """One entry of a directory, by the rules of :func:`_walk_directory`."""
        try:
            info = path.stat()
        except OSError as err:
            if not path.suffix or _is_candidate(path.name):
                yield _unreachable(str(path), err)
            return  # else e.g. a broken link named notes.md: the walk would not read it
        if stat.S_ISDIR(info.st_mode):
            identity = _identity(info)
            if identity in ancestors:
                yield InputRejected(
                    str(path), f"symbolic link loop (leads back to {ancestors[identity]})"
                )
            elif path.is_symlink() and Path(os.path.realpath(path)).is_relative_to(self.root):
                return
            elif identity not in self.seen:
                self.seen.add(identity)
                yield from self.directory(path, {**ancestors, identity: path})
        elif not _is_candidate(path.name):
            return
        elif stat.S_ISREG(info.st_mode):
            yield path
        else:
            yield InputRejected(str(path), "not a regular file")


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
