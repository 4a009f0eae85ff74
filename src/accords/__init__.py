"""Accords: a sourced registry of bilateral cooperation between states, read from the news."""

from accords.model import Article, Evidence, Fact, FactKind, RawDocument, Repair

__all__ = ["Article", "Evidence", "Fact", "FactKind", "RawDocument", "Repair"]
__version__ = "0.1.0"
