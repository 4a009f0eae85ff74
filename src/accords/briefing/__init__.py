"""Briefings on one pair of states: ``content.build`` (sections of footnoted sentences from
the registry) and ``render`` (HTML, Markdown, PDF). See docs/briefings.md."""

from accords.briefing.content import Briefing, NoSuchDyad, build
from accords.briefing.render import PdfUnavailable, to_html, to_markdown, to_pdf

__all__ = ["Briefing", "NoSuchDyad", "PdfUnavailable", "build", "to_html", "to_markdown",
           "to_pdf"]
