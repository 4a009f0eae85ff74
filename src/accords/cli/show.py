"""``accords show``: an article's facts, each with its evidence sentence highlighted."""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from accords.model import Evidence, Extraction


def highlighted(evidence: Evidence) -> Text:
    """The sentence with the evidence span in bold reverse video."""
    sentence = evidence.sentence
    start = max(0, evidence.start - evidence.sentence_start)
    end = min(len(sentence), evidence.end - evidence.sentence_start)
    text = Text(sentence)
    text.stylize("bold reverse", start, end)
    return text


def render(console: Console, extraction: Extraction) -> None:
    article = extraction.article
    console.print(f"[bold]{escape(article.title or article.id)}[/]  ({article.article_id})")
    meta = [f"published {article.published or 'unknown'}", f"source {article.source}"]
    if article.repairs:
        meta.append("repairs " + ", ".join(f"{r.kind} ({r.chars} chars)" for r in article.repairs))
    if article.trimmed:
        meta.append(f"trimmed {len(article.trimmed)} boilerplate lines")
    console.print(escape("; ".join(meta)), style="dim")
    if not extraction.facts:
        console.print("No facts: the article is not about bilateral cooperation between states.")
    for fact in extraction.facts:
        attrs = {k: v for k, v in fact.attrs.items() if v not in (None, [], "")}
        console.print(f"\n[cyan]{fact.kind}[/] {escape(json.dumps(attrs, ensure_ascii=False))}")
        for evidence in fact.evidence:
            console.print(Text("  ") + highlighted(evidence))
