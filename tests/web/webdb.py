"""A real SQLite database for the web tests: the sample corpus, one hostile article, a curator."""

from __future__ import annotations

from pathlib import Path

from accords import accounts, registry
from accords.model import Article, Evidence, Extraction, Fact, FactKind
from accords.store.db import Store
from accords.workflow import ingest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"
CURATOR, PASSWORD = "curator", "a long curator password"

#: Untrusted text as a hostile page could carry it: a script, attribute-breaking quotes.
SCRIPT = "<script>alert('xss')</script>"
BREAKER = '"><img src=x onerror="alert(1)">'
HOSTILE_TEXT = (
    f"Andorra and Monaco signed the {SCRIPT} agreement on {BREAKER} cooperation in Andorra "
    "la Vella on 3 March 2025. The next session is planned in Monaco."
)


def hostile_extraction() -> Extraction:
    text = HOSTILE_TEXT
    start = text.index("signed")
    sentence_end = text.index(". ") + 1
    evidence = [Evidence(start, start + 20, text[:sentence_end], 0)]
    facts = [
        Fact(FactKind.DYAD, {"countries": ["AND", "MCO"]}, [Evidence(0, 7, text[:sentence_end], 0)], 1.0),
        Fact(FactKind.INSTRUMENT, {
            "kind": "agreement", "title": f"{SCRIPT} agreement {BREAKER}", "status": "signed",
            "date": "2025-03-03", "place": BREAKER, "countries": ["AND", "MCO"], "parties": [],
            "areas": ["culture"]}, evidence, 0.8),
        Fact(FactKind.STATEMENT, {"speaker": BREAKER, "quote": SCRIPT}, evidence, 0.6),
    ]
    article = Article(id="hostile", text=text, source="test", title=f"{SCRIPT} {BREAKER}",
                      published="2025-03-04", url="javascript:alert(1)",
                      trimmed=[f"Read more {SCRIPT}"])
    return Extraction(article, facts)


def build_db(path: Path, extractor, hostile: bool = True) -> str:  # type: ignore[no-untyped-def]
    """Ingest the corpus (and the hostile article), consolidate, add a curator; the URL."""
    url = f"sqlite:///{path}"
    with Store.open(url) as store:
        report = ingest([str(CORPUS)], store, extractor=extractor)
        assert report.stored == 24, report
        if hostile:
            store.add(hostile_extraction())
        registry.consolidate(store)
        accounts.ensure_tables(store)
        accounts.add_user(store, CURATOR, PASSWORD)
    return url
