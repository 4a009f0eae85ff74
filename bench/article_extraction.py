"""Accords' HTML cleaning against bare trafilatura on the article-extraction benchmark.

Runs ``clean_html`` (after decoding the page bytes) and ``trafilatura.extract`` on
the 181 pages of ``shared/eval/peers/article-extraction``, scores both against
the hand-marked bodies with the benchmark's shingle F1 (``shingles.py``), prints a
table and writes ``bench/results/article-extraction.json``.

    .venv/bin/python bench/article_extraction.py [--data DIR] [--out FILE] [--lowercase]

Two trafilatura rows: ``trafilatura`` is ``trafilatura.extract(html)`` with its
defaults (the bar Accords must clear); ``trafilatura_no_comments`` adds
``include_comments=False``, the setting the benchmark's public table used.
A page Accords rejects counts as an empty prediction, as does a ``None`` from
trafilatura.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import trafilatura
from shingles import aggregate, page_counts

from accords.errors import InputRejected
from accords.ingest.clean import clean_html

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "eval" / "peers" / "article-extraction"
OUT = ROOT / "bench" / "results" / "article-extraction.json"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)

Extractor = Callable[[bytes, str | None], str]


def _fallback_decode(data: bytes) -> str:
    """The page's declared charset, else UTF-8, replacing what does not decode."""
    match = _META_CHARSET.search(data[:4096])
    for encoding in (match.group(1).decode("ascii") if match else None, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("utf-8", errors="replace")


def decode_page(data: bytes) -> str:
    """Decode page bytes the way the pipeline does."""
    try:
        from accords.ingest.decode import decode_bytes
    except ImportError:  # TODO(lead): drop this fallback once ingest/decode.py is in place
        return _fallback_decode(data)
    return decode_bytes(data, is_html=True).text


def accords_text(data: bytes, url: str | None) -> str:
    """What Accords gives as the page's text: decode, then ``clean_html``."""
    try:
        return clean_html(decode_page(data), url=url).text
    except InputRejected:
        return ""


def trafilatura_text(data: bytes, url: str | None) -> str:
    """Bare trafilatura with its default settings, on the page read as UTF-8."""
    return trafilatura.extract(data.decode("utf-8", errors="replace")) or ""


def trafilatura_no_comments_text(data: bytes, url: str | None) -> str:
    """Trafilatura as the benchmark's public table ran it."""
    html = data.decode("utf-8", errors="replace")
    return trafilatura.extract(html, include_comments=False) or ""


EXTRACTORS: dict[str, Extractor] = {
    "accords": accords_text,
    "trafilatura": trafilatura_text,
    "trafilatura_no_comments": trafilatura_no_comments_text,
}


def load_pages(data_dir: Path) -> list[tuple[str, bytes, str, str | None]]:
    """(name, page bytes, true body, url) for every page with a hand-marked body."""
    truth = json.loads((data_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for name, item in sorted(truth.items()):
        data = gzip.decompress((data_dir / "html" / f"{name}.html.gz").read_bytes())
        pages.append((name, data, item.get("articleBody") or "", item.get("url")))
    return pages


def compare(data_dir: Path = DATA, lowercase: bool = False) -> dict[str, object]:
    """Score every extractor on every page; the result is what the JSON file holds."""
    pages = load_pages(data_dir)
    result: dict[str, object] = {
        "date": date.today().isoformat(),
        "n_pages": len(pages),
        "method": "word 4-gram shingles, per-page P/R averaged, F1 of the means"
        + ("; lowercased" if lowercase else "; case kept, as the benchmark's evaluate.py"),
    }
    for name, extract in EXTRACTORS.items():
        start = time.perf_counter()
        counts = [page_counts(true, extract(data, url), lowercase) for _, data, true, url in pages]
        scores: dict[str, float] = aggregate(counts)
        scores["seconds"] = time.perf_counter() - start
        result[name] = scores
    return result


def table(result: dict[str, object]) -> str:
    """The scores as a small text table."""
    lines = [f"{'extractor':<26}{'precision':>10}{'recall':>10}{'F1':>10}{'seconds':>10}"]
    for name in EXTRACTORS:
        s = result[name]
        assert isinstance(s, dict)
        lines.append(
            f"{name:<26}{s['precision']:>10.4f}{s['recall']:>10.4f}{s['f1']:>10.4f}"
            f"{s['seconds']:>10.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--lowercase", action="store_true", help="fold case before shingling")
    args = parser.parse_args()
    result = compare(args.data, args.lowercase)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"{result['n_pages']} pages, {result['method']}")
    print(table(result))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
