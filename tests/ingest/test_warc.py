"""Web archives (WARC, ARC): HTML responses become articles, the rest is skipped and counted,
a broken archive is one rejection naming the file and the record's offset.

The archives are written here with warcio's own writer, around pages written for these tests.
"""

from __future__ import annotations

import gzip
import io
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accords.errors import InputRejected
from accords.ingest.pipeline import iter_articles
from accords.ingest.read import iter_documents
from accords.ingest.warc import _slug, is_archive
from accords.model import RawDocument

ACCORDS = str(Path(sys.executable).with_name("accords"))


def page(title: str, body: str, meta: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


KENYA = page(
    "Kenya and Ethiopia agree to expand cross-border energy trade",
    "<p>Nairobi, 12 March 2024 - Kenya and Ethiopia signed an agreement on cross-border "
    "electricity trade on Tuesday, at the third session of the Kenya-Ethiopia Joint "
    "Ministerial Commission held in Nairobi.</p>"
    "<p>The energy ministers of both countries said the power line linking the two grids "
    "would carry more electricity from next year, and that a working group on tariffs "
    "would meet again in Addis Ababa before the end of the year.</p>",
)

# Declared only in the HTTP header: the page itself names no charset.
SERBIA = page(
    "Serbia and Belarus sign a programme of cooperation in education",
    "<p>Belgrade, 5 June 2023 - Serbia and Belarus signed a programme of cooperation in "
    "education and science for 2023-2025, the ministries said. Under the programme "
    "universities will exchange students and teachers.</p>"
    "<p>«Сотрудничество в области образования расширяется», said the Belarusian minister, "
    "adding that a joint commission would review progress next spring in Minsk.</p>",
)

CHILE = page(
    "Chile and Peru hold talks on customs and migration",
    "<p>Lima, 20 August 2022 - Delegations of Chile and Peru held talks in Lima on customs "
    "cooperation and on migration at the shared border, the Peruvian foreign ministry said. "
    "The two sides agreed to prepare a memorandum of understanding on customs data.</p>",
)


def http(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, records: list[tuple], gz: bool | None = None) -> list[int]:
    """Write ``records`` ((kind, uri, payload bytes, content type or None, status)) to ``path``.

    Returns the byte offset of each record in the file."""
    gz = path.name.endswith(".gz") if gz is None else gz
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for kind, uri, payload, content_type, status in records:
            offsets.append(fh.tell())
            headers = http(content_type, status) if content_type else None
            if kind == "request":
                headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                           is_http_request=True)
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload),
                                               http_headers=headers)
            writer.write_record(record)
    return offsets


def news_archive(path: Path) -> list[int]:
    return write_warc(path, [
        ("request", "https://news.example.org/africa/kenya-ethiopia-energy", b"", None, ""),
        ("response", "https://news.example.org/africa/kenya-ethiopia-energy",
         KENYA.encode("utf-8"), "text/html; charset=utf-8", "200 OK"),
        ("response", "https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\nxxxx",
         "image/png", "200 OK"),
        ("metadata", "https://news.example.org/africa/kenya-ethiopia-energy",
         b"fetchTimeMs: 120\n", None, ""),
        ("response", "http://www.example.rs/vesti/srbija-belarus?lang=en",
         SERBIA.encode("cp1251"), 'text/html; charset="windows-1251"', "200 OK"),
        ("response", "https://news.example.org/gone", b"<html>moved</html>",
         "text/html", "301 Moved Permanently"),
        ("response", "https://news.example.org/api/feed.json", b'{"items": []}',
         "application/json", "200 OK"),
        ("response", "https://news.example.org/americas/chile-peru-talks",
         CHILE.encode("utf-8"), "application/xhtml+xml", "200 OK"),
    ])


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path: Path, name: str):
    path = tmp_path / name
    offsets = news_archive(path)
    skipped: Counter[str] = Counter()
    docs = list(iter_documents([str(path)], skipped=skipped))
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.url for d in docs] == [
        "https://news.example.org/africa/kenya-ethiopia-energy",
        "http://www.example.rs/vesti/srbija-belarus?lang=en",
        "https://news.example.org/americas/chile-peru-talks",
    ]
    assert [d.id for d in docs] == [
        "news.example.org-africa-kenya-ethiopia-energy",
        "example.rs-vesti-srbija-belarus-lang-en",
        "news.example.org-americas-chile-peru-talks",
    ]
    assert [d.source for d in docs] == [f"{path}@{offsets[i]}" for i in (1, 4, 7)]
    assert [d.charset for d in docs] == ["utf-8", "windows-1251", None]
    assert all(d.is_html for d in docs)
    assert skipped == Counter({"warc warcinfo": 1, "warc request": 1, "warc metadata": 1,
                               "not HTML": 2, "HTTP status not 2xx": 1})


def test_the_http_charset_reaches_the_decoder(tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    news_archive(path)
    articles = list(iter_articles([str(path)]))
    assert [type(a).__name__ for a in articles] == ["Article"] * 3, articles
    serbia = articles[1]
    assert "«Сотрудничество в области образования расширяется»" in serbia.text
    assert serbia.encoding in ("windows-1251", "cp1251")
    assert serbia.url == "http://www.example.rs/vesti/srbija-belarus?lang=en"
    assert "All rights reserved" not in serbia.text  # the normal HTML cleaning ran
    assert articles[0].title == "Kenya and Ethiopia agree to expand cross-border energy trade"


def test_revisits_are_skipped(tmp_path: Path):
    path = tmp_path / "revisit.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_revisit_record(
            "https://news.example.org/africa/kenya-ethiopia-energy", digest="sha1:AAAA",
            refers_to_uri="https://news.example.org/africa/kenya-ethiopia-energy",
            refers_to_date="2024-03-12T10:00:00Z", http_headers=http("text/html")))
    skipped: Counter[str] = Counter()
    assert list(iter_documents([str(path)], skipped=skipped)) == []
    assert skipped == Counter({"warc revisit": 1})


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_a_truncated_archive_is_one_rejection_with_the_record_offset(tmp_path: Path, name: str):
    whole = tmp_path / f"whole-{name}"
    offsets = news_archive(whole)
    data = whole.read_bytes()
    cut = tmp_path / name
    cut.write_bytes(data[: offsets[4] + 300])  # in the middle of the Serbian response
    results = list(iter_documents([str(cut)]))
    assert isinstance(results[0], RawDocument)  # the Kenyan page, before the cut
    assert [type(r).__name__ for r in results] == ["RawDocument", "InputRejected"], results
    rejected = results[-1]
    assert rejected.source == f"{cut}@{offsets[4]}"
    assert "truncated or corrupt web archive after 5 records" in rejected.reason


def test_garbage_under_an_archive_name_is_rejected_not_raised(tmp_path: Path):
    noise = tmp_path / "noise.warc.gz"
    noise.write_bytes(gzip.compress(b"this is not a web archive at all\n" * 20))
    plain = tmp_path / "plain.warc"
    plain.write_text("<html><body>Kenya and Ethiopia</body></html>")
    corrupt = tmp_path / "corrupt.warc.gz"
    news_archive(corrupt)
    raw = bytearray(corrupt.read_bytes())
    raw[200:260] = b"\x00" * 60  # inside the first gzip member
    corrupt.write_bytes(bytes(raw))
    for path in (noise, plain, corrupt):
        results = list(iter_documents([str(path)]))
        assert len(results) == 1 and isinstance(results[0], InputRejected), (path, results)
        assert results[0].source.startswith(f"{path}@"), results[0].source
        assert "truncated or corrupt web archive" in results[0].reason


def test_directories_pick_up_archives_and_names_are_recognised(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    news_archive(tmp_path / "sub" / "a.warc.gz")
    news_archive(tmp_path / "b.WARC")
    (tmp_path / "c.txt").write_text("Chile and Peru held talks on customs cooperation in Lima.")
    docs = [d for d in iter_documents([str(tmp_path)]) if isinstance(d, RawDocument)]
    assert len(docs) == 7
    assert is_archive(Path("x.arc.gz")) and is_archive(Path("CC-NEWS-2024.warc.gz"))
    assert not is_archive(Path("warc.txt")) and not is_archive(Path("x.gz"))


def test_oversized_records_are_rejected_by_offset(tmp_path: Path, monkeypatch):
    path = tmp_path / "big.warc"
    offsets = news_archive(path)
    limit = max(len(CHILE.encode()), len(SERBIA.encode("cp1251"))) + 10
    assert len(KENYA.encode()) > limit
    monkeypatch.setenv("ACCORDS_MAX_INPUT_BYTES", str(limit))
    results = list(iter_documents([str(path)]))
    rejected = [r for r in results if isinstance(r, InputRejected)]
    assert [r.source for r in rejected] == [f"{path}@{offsets[1]}"]  # Kenya is the longest
    assert "limit" in rejected[0].reason
    assert sum(isinstance(r, RawDocument) for r in results) == 2


def test_slugs() -> None:
    assert _slug("https://www.example.org/news/2024/a-b.html?x=1") == \
        "example.org-news-2024-a-b-html-x-1"
    assert _slug(None) == ""
    assert len(_slug("https://example.org/" + "x" * 500)) == 120


def test_cli_ingest_stores_pages_and_reports_skipped_records(tmp_path: Path):
    archive = tmp_path / "crawl.warc.gz"
    news_archive(archive)
    db = tmp_path / "db.sqlite"
    result = subprocess.run([ACCORDS, "ingest", str(archive), "--db", str(db)],
                            capture_output=True, text=True, timeout=300, check=False,
                            env=dict(os.environ, COLUMNS="200"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "3 articles stored" in result.stderr
    assert ("6 archive records skipped (no article): 1 HTTP status not 2xx, 2 not HTML, "
            "1 warc metadata, 1 warc request, 1 warc warcinfo") in result.stderr
    with sqlite3.connect(db) as conn:
        rows = sorted(conn.execute("select external_id, url, source from articles"))
    assert [r[0] for r in rows] == [
        "example.rs-vesti-srbija-belarus-lang-en",
        "news.example.org-africa-kenya-ethiopia-energy",
        "news.example.org-americas-chile-peru-talks",
    ]
    assert all(r[2].startswith(f"{archive}@") for r in rows)
    with sqlite3.connect(db) as conn:
        kinds = {k for (k,) in conn.execute("select distinct kind from facts")}
    assert {"dyad", "instrument"} <= kinds


@pytest.mark.parametrize("name", ["every.warc", "every.warc.gz"])
def test_a_cut_anywhere_is_rejected_and_never_raises(tmp_path: Path, name: str):
    whole = tmp_path / name
    starts = [0, *news_archive(whole)]  # the warcinfo record, then the others
    data = whole.read_bytes()
    ends = [*starts[1:], len(data)]
    complete = list(iter_documents([str(whole)]))
    cut = tmp_path / f"cut-{name}"
    for size in range(1, len(data), 23):
        cut.write_bytes(data[:size])
        results = list(iter_documents([str(cut)]))
        documents = [r for r in results if isinstance(r, RawDocument)]
        assert [(d.id, d.data, d.source.rsplit("@")[1]) for d in documents] == [
            (d.id, d.data, d.source.rsplit("@")[1]) for d in complete[: len(documents)]
        ]  # what precedes the cut is read as in the whole file
        assert [type(r) for r in results[len(documents):]] in ([], [InputRejected]), results
        inside = any(start < size <= end - 20 for start, end in zip(starts, ends, strict=True))
        if inside:  # only a cut in the blank lines (or gzip trailer) after a record may pass
            assert results and isinstance(results[-1], InputRejected), (size, results)
            assert results[-1].source.startswith(f"{cut}@")
    empty = tmp_path / f"empty-{name}"
    empty.write_bytes(b"")
    assert [r.reason for r in iter_documents([str(empty)])] == ["empty file"]


def arc_record(header: bytes, body: bytes) -> bytes:
    """One ARC (version 1) record: ``URL IP DATE TYPE LENGTH`` on a line, then the body."""
    return header + b" " + str(len(body)).encode() + b"\n" + body + b"\n"


@pytest.mark.parametrize("gz", [False, True])
def test_old_arc_files_are_read_too(tmp_path: Path, gz: bool):
    filedesc = arc_record(b"filedesc://old.arc 0.0.0.0 20090101000000 text/plain",
                          b"1 0 Tests\nURL IP-address Archive-date Content-type Archive-length\n")
    response = arc_record(
        b"http://www.example.cl/noticias/chile-peru 192.0.2.1 20090101000000 text/html",
        b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n"
        + CHILE.replace("Peruvian", "Peruvian (Perú)").encode("latin-1"),
    )
    path = tmp_path / ("old.arc.gz" if gz else "old.arc")
    path.write_bytes(gzip.compress(filedesc) + gzip.compress(response) if gz
                     else filedesc + response)
    skipped: Counter[str] = Counter()
    articles = list(iter_articles([str(path)], skipped=skipped))
    assert [a.id for a in articles] == ["example.cl-noticias-chile-peru"], articles
    assert "Peruvian (Perú) foreign ministry" in articles[0].text
    assert articles[0].url == "http://www.example.cl/noticias/chile-peru"
    assert skipped == Counter({"warc warcinfo": 1})
