"""Build articles.jsonl and manifest.json from articles.txt and events.json.

    python bench/retellings/build.py

articles.txt is the corpus as written (one article per "### id | outlet | published |
title" header, paragraphs tagged with the true events they tell); articles.jsonl is what
``accords ingest`` reads (id, title, outlet, published, text); manifest.json is the truth:
the events, and for each article the character spans of the paragraphs that tell each
event. bench/registry.py reads the two built files (and rebuilds them if stale).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_TAGS = re.compile(r"^\[([a-z0-9 -]+)\]\s*")


def parse(source: str) -> list[dict]:
    articles: list[dict] = []
    for block in re.split(r"^### ", source, flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        aid, outlet, published, title = (p.strip() for p in header.split("|"))
        text, spans = "", []
        for paragraph in (p.strip() for p in body.strip().split("\n\n")):
            if not paragraph:
                continue
            tags: list[str] = []
            if match := _TAGS.match(paragraph):
                tags = match.group(1).split()
                paragraph = paragraph[match.end() :]
            if text:
                text += "\n\n"
            start = len(text)
            text += " ".join(paragraph.split())
            spans.extend({"event": tag, "start": start, "end": len(text)} for tag in tags)
        articles.append(
            {
                "id": aid,
                "outlet": outlet,
                "published": published,
                "title": title,
                "text": text,
                "spans": spans,
            }
        )
    return articles


def build() -> tuple[Path, Path]:
    source = (HERE / "articles.txt").read_text(encoding="utf-8")
    source = "\n".join(line for line in source.splitlines() if not line.startswith("# "))
    articles = parse(source)
    events = json.loads((HERE / "events.json").read_text(encoding="utf-8"))["events"]
    known = {e["id"] for e in events}
    unknown = {s["event"] for a in articles for s in a["spans"]} - known
    if unknown:
        raise SystemExit(f"articles.txt names events events.json lacks: {sorted(unknown)}")
    jsonl = HERE / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(
                json.dumps(
                    {k: a[k] for k in ("id", "title", "outlet", "published", "text")},
                    ensure_ascii=False,
                )
                + "\n"
            )
    manifest = HERE / "manifest.json"
    tellings = {
        e["id"]: sorted({a["id"] for a in articles for s in a["spans"] if s["event"] == e["id"]})
        for e in events
    }
    manifest.write_text(
        json.dumps(
            {
                "events": [{**e, "told_by": tellings[e["id"]]} for e in events],
                "articles": {
                    a["id"]: {
                        "published": a["published"],
                        "outlet": a["outlet"],
                        "spans": a["spans"],
                    }
                    for a in articles
                },
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    return jsonl, manifest


if __name__ == "__main__":
    for path in build():
        print(path)
