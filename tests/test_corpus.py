"""The shipped sample corpus (examples/corpus/) matches its manifest and its specification.

These tests read the files only; they do not run the pipeline. They check that the corpus
keeps the properties the demo and the bad-input tests rely on: enough articles, country
pairs and formats, re-told events, trap articles, and the input defects each file claims.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
import pytest

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"
BAD = CORPUS.parent / "bad-input"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))

FORMATS = {"txt", "html", "jsonl"}
DEFECTS = {
    "mojibake-cp874",
    "mojibake-cp1252",
    "mojibake-cp1252-cyrillic",
    "mojibake-cp1250",
    "mojibake-cp1251",
    "mojibake-latin1",
    "encoding-cp1252",
    "encoding-cp1251",
    "quoted-printable",
    "escaped-apostrophe",
    "boilerplate",
    "no-date",
    "dateline",
    "dateline-no-year",
    "double-escaped-entities",
    "no-meta-charset",
}
BOILERPLATE = (
    "Read more news about",
    "Read also:",
    "Read more:",
    "Share this article",
    "Subscribe to our newsletter",
    "Related:",
    "All rights reserved",
)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
C1_CONTROLS = re.compile("[\x80-\x9f]")


def _jsonl_records(path: Path) -> dict[str, dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def raw_content(article_id: str) -> str:
    """The article as stored: the whole file, or the JSONL record's text or html."""
    entry = MANIFEST[article_id]
    path = CORPUS / entry["file"]
    if entry["format"] == "jsonl":
        record = _jsonl_records(path)[article_id]
        return record.get("html") or record["text"]
    return path.read_bytes().decode(entry["encoding"])


def is_html(article_id: str) -> bool:
    entry = MANIFEST[article_id]
    if entry["format"] == "html":
        return True
    if entry["format"] == "jsonl":
        return "html" in _jsonl_records(CORPUS / entry["file"])[article_id]
    return False


def body_words(article_id: str) -> int:
    content = raw_content(article_id)
    if is_html(article_id):
        match = re.search(r"<article\b[^>]*>(.*?)</article>", content, re.S)
        assert match, f"{article_id}: no <article> element"
        text = html.unescape(re.sub(r"<[^>]+>", " ", match.group(1)))
    elif MANIFEST[article_id]["format"] == "txt":
        text = content.split("\n", 1)[1]
    else:
        text = content
    return len(text.split())


def test_manifest_entries_are_well_formed():
    assert len(MANIFEST) >= 20
    for article_id, entry in MANIFEST.items():
        assert entry["format"] in FORMATS, article_id
        assert set(entry["defects"]) <= DEFECTS, (article_id, entry["defects"])
        assert entry["countries"] == sorted(entry["countries"]), article_id
        assert len(entry["countries"]) in (0, 2), article_id
        for code in entry["countries"]:
            assert pycountry.countries.get(alpha_3=code) is not None, (article_id, code)
        if entry["published"] is not None:
            dt.date.fromisoformat(entry["published"])
        assert entry["encoding"] in {"utf-8", "cp1252", "cp1251"}
        assert entry["trap"] == (entry["countries"] == []), article_id
        if entry["format"] != "jsonl":
            assert Path(entry["file"]).stem == article_id, "file articles are named by their id"


def test_every_manifest_file_exists_and_every_article_is_listed():
    listed_files = {entry["file"] for entry in MANIFEST.values()}
    for name in listed_files:
        assert (CORPUS / name).is_file(), name
    on_disk = {p.name for p in CORPUS.iterdir() if p.is_file() and p.suffix[1:] in FORMATS}
    assert on_disk == listed_files
    for name in listed_files:
        if name.endswith(".jsonl"):
            ids = set(_jsonl_records(CORPUS / name))
            assert ids == {i for i, e in MANIFEST.items() if e["file"] == name}, name
    others = {p.name for p in CORPUS.iterdir()} - on_disk
    assert others == {"README.md", "manifest.json"}


def test_readme_describes_every_file():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name in {entry["file"] for entry in MANIFEST.values()}:
        assert f"`{name}`" in readme, name
    bad_readme = (BAD / "README.md").read_text(encoding="utf-8")
    for name in ("empty.txt", "not-text.txt", "archive.txt", "broken.jsonl", "nothing.html"):
        assert name in bad_readme


def test_counts_of_articles_pairs_and_formats():
    pairs = Counter(tuple(e["countries"]) for e in MANIFEST.values() if e["countries"])
    assert len(pairs) >= 8
    assert 2 <= pairs[("HUN", "RUS")] <= 3
    formats = Counter(e["format"] for e in MANIFEST.values())
    assert formats["txt"] >= 8
    assert formats["html"] >= 5
    jsonl_files = Counter(e["file"] for e in MANIFEST.values() if e["format"] == "jsonl")
    assert len(jsonl_files) >= 2
    assert all(n >= 2 for n in jsonl_files.values())
    assert 1 <= sum(e["trap"] for e in MANIFEST.values()) <= 2


@pytest.mark.parametrize("article_id", sorted(MANIFEST))
def test_article_length(article_id):
    assert 150 <= body_words(article_id) <= 400


def test_retold_events_and_finalised_then_signed():
    stories = defaultdict(list)
    for entry in MANIFEST.values():
        stories[entry["story"]].append(entry)
    retold = [s for s, entries in stories.items() if len(entries) >= 2]
    assert len(retold) >= 4
    for story in retold:
        dates = {e["published"] for e in stories[story]}
        assert len(dates) == len(stories[story]), f"{story}: re-tellings share a date"
    planned = raw_content("lao-vnm-transport-finalising")
    signed = raw_content("lao-vnm-igc-signed")
    assert "final touches" in planned and "expected to be signed" in planned
    assert "signing of a new Agreement on Cross-Border Road Transport" in signed
    story = MANIFEST["lao-vnm-igc-signed"]["story"]
    assert MANIFEST["lao-vnm-transport-finalising"]["story"] == story


@pytest.mark.parametrize("article_id", sorted(MANIFEST))
def test_published_date_is_consistent(article_id):
    entry = MANIFEST[article_id]
    content = raw_content(article_id)
    meta = re.search(r'property="article:published_time" content="([^"]+)"', content)
    if entry["format"] == "jsonl":
        record = _jsonl_records(CORPUS / entry["file"])[article_id]
        assert record.get("published") == entry["published"]
    if meta:
        assert meta.group(1)[:10] == entry["published"]
    if entry["published"] is None:
        assert meta is None
    else:
        year = entry["published"][:4]
        assert year in content or entry["format"] == "jsonl"


def test_no_date_articles_have_no_date_anywhere():
    undated = [i for i, e in MANIFEST.items() if "no-date" in e["defects"]]
    assert len(undated) >= 3
    for article_id in undated:
        assert MANIFEST[article_id]["published"] is None
        content = raw_content(article_id)
        assert not YEAR.search(content), article_id
        assert "published_time" not in content and "<time" not in content


def test_datelines():
    kinds = {"dateline", "dateline-no-year"}
    with_dateline = [i for i, e in MANIFEST.items() if kinds & set(e["defects"])]
    assert len(with_dateline) >= 3
    assert any("(VNA)" in MANIFEST[i].get("dateline", "") for i in with_dateline)
    for article_id in with_dateline:
        assert MANIFEST[article_id]["dateline"] in raw_content(article_id), article_id
    for article_id, entry in MANIFEST.items():
        if "dateline-no-year" in entry["defects"]:
            assert entry["published"] is None and not YEAR.search(raw_content(article_id))


MARKERS = {
    "mojibake-cp874": ("ร", "โ€"),
    "mojibake-cp1252": ("Ã", "â€", "á»", "Ä"),
    "mojibake-cp1252-cyrillic": ("Ð", "Ñ"),
    "mojibake-cp1251": ("вЂ", "Г", "Е‚"),
    "mojibake-cp1250": ("Ĺ", "â€", "Ă"),
    "mojibake-latin1": ("Ã", "â\x80"),
    "escaped-apostrophe": ("\\'",),
    "double-escaped-entities": ("&amp;#8217;", "&amp;amp;"),
    "boilerplate": BOILERPLATE,
}


@pytest.mark.parametrize("article_id", sorted(MANIFEST))
def test_claimed_defects_are_present(article_id):
    entry = MANIFEST[article_id]
    content = raw_content(article_id)
    for defect in entry["defects"]:
        if defect in MARKERS:
            assert any(m in content for m in MARKERS[defect]), (article_id, defect)
        if defect == "mojibake-latin1":
            assert C1_CONTROLS.search(content), "latin-1 mojibake leaves C1 control characters"
        if defect == "quoted-printable":
            assert re.search(r"=[0-9A-F]{2}", content) and "communiqu=E9" in content
        if defect == "no-meta-charset":
            assert "charset" not in content.lower()
            assert not content.isascii(), "the point is non-ASCII text with no declared charset"
    if not {d for d in entry["defects"] if d.startswith(("mojibake", "encoding"))}:
        for markers in ("Ã", "â€", "ร", "Ð", "Ĺ", "вЂ"):
            assert markers not in content, (article_id, markers)


def test_mojibake_files_are_valid_utf8():
    for entry in MANIFEST.values():
        if any(d.startswith("mojibake") for d in entry["defects"]):
            (CORPUS / entry["file"]).read_bytes().decode("utf-8")


def test_cp874_garbling_of_hungarian_names():
    content = (CORPUS / "hun-rus-prep-talks.txt").read_bytes().decode("utf-8")
    assert "Szลฑcs" in content and "Bรณdi" in content and "Russiaโ€™s" in content
    assert "Szűcs".encode().decode("cp874") == "Szลฑcs"


@pytest.mark.parametrize(
    ("article_id", "codec", "names"),
    [
        ("esp-mar-high-level-meeting", "cp1252", ("José Ángel Muñoz Ibáñez", "Saïda", "Spain’s")),
        ("kaz-chn-cooperation-committee", "cp1251", ("Нурлан Сейткали", "«Our aim")),
    ],
)
def test_legacy_encoded_files(article_id, codec, names):
    entry = MANIFEST[article_id]
    assert entry["encoding"] == codec and f"encoding-{codec}" in entry["defects"]
    data = (CORPUS / entry["file"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    text = data.decode(codec)
    for name in names:
        assert name in text


def test_html_pages_carry_site_furniture():
    pages = [i for i, e in MANIFEST.items() if e["format"] == "html"]
    with_meta_date = 0
    for article_id in pages:
        page = raw_content(article_id).lower()
        for needle in (
            "<html",
            "<head",
            "<title>",
            "<nav",
            "<header",
            "<footer",
            "<script",
            "cookie",
            "share",
            "related",
            "<article",
        ):
            assert needle in page, (article_id, needle)
        with_meta_date += "article:published_time" in page
    assert with_meta_date >= 2
    visible_only = [
        i
        for i in pages
        if MANIFEST[i]["published"] and "article:published_time" not in raw_content(i)
    ]
    assert visible_only, "at least one page shows its date only in the visible text"


def test_jsonl_records_have_expected_fields():
    for name in {e["file"] for e in MANIFEST.values() if e["format"] == "jsonl"}:
        for record in _jsonl_records(CORPUS / name).values():
            assert set(record) <= {"id", "text", "html", "url", "title", "outlet", "published"}
            assert ("text" in record) != ("html" in record)
            if record.get("published"):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["published"])


# ---------------------------------------------------------------- bad/


def test_bad_folder_contents():
    assert {p.name for p in BAD.iterdir()} == {
        "README.md",
        "empty.txt",
        "not-text.txt",
        "archive.txt",
        "broken.jsonl",
        "nothing.html",
    }
    assert (BAD / "empty.txt").stat().st_size == 0
    assert (BAD / "not-text.txt").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert zipfile.is_zipfile(BAD / "archive.txt")
    with zipfile.ZipFile(BAD / "archive.txt") as archive:
        assert archive.namelist()


def test_broken_jsonl_has_exactly_one_bad_line():
    lines = [ln for ln in (BAD / "broken.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    failures = 0
    for line in lines:
        try:
            json.loads(line)
        except json.JSONDecodeError:
            failures += 1
    assert len(lines) == 3 and failures == 1
    json.loads(lines[0])
    json.loads(lines[2])


def test_nothing_html_has_no_article_text():
    page = (BAD / "nothing.html").read_text(encoding="utf-8")
    assert "<nav" in page and "<footer" in page
    assert "<p>" not in page.split("<footer")[0] and "<article" not in page
