"""A briefing as HTML (a Jinja2 template, print CSS for A4 with page numbers), as
Markdown, and as PDF (WeasyPrint, imported only when a PDF is asked for: it needs the
Pango libraries, and a machine without them still makes HTML and Markdown)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader

from accords.briefing.content import Briefing
from accords.errors import AccordsError
from accords.web.svg import timeline

HERE = Path(__file__).parent
CSS_PATH = HERE / "brief.css"


class PdfUnavailable(AccordsError):
    """WeasyPrint or the system libraries it needs (Pango) are missing."""


@cache
def _env() -> Environment:
    from accords.web.deps import http_url

    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["http_url"] = http_url
    return env


def css() -> str:
    return CSS_PATH.read_text(encoding="utf-8")


def _picture(briefing: Briefing):  # type: ignore[no-untyped-def]
    entries = [{"date": e.date, "kind": str(e.kind), "status": e.status, "label": e.label,
                "href": f"/records/{e.record_id}"} for e in briefing.timeline]
    return timeline(entries, width=700)


def to_html(briefing: Briefing, css_href: str | None = None) -> str:
    """The briefing as one HTML page; its CSS inline unless ``css_href`` links it."""
    template = _env().get_template("brief.html")
    return template.render(b=briefing, css=css(), css_href=css_href, pic=_picture(briefing))


def to_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown: footnotes as ``[^n]`` references, listed at the end."""
    lines = [f"# {briefing.name}", "",
             f"Briefing on {briefing.dyad}"
             + (f", period from {briefing.since}" if briefing.since else "")
             + f". Generated on {briefing.generated} from {briefing.articles} article"
             + ("s" if briefing.articles != 1 else "")
             + f". Curation: {briefing.reviewed} of {briefing.records} records reviewed by a "
             "curator" + (f", {briefing.rejected} rejected and left out" if briefing.rejected
                          else "") + "; the rest are as extracted.", ""]
    for section in briefing.sections:
        lines += [f"## {section.title}", ""]
        if not section.sentences:
            lines += [f"_{section.empty}_", ""]
            continue
        for sentence in section.sentences:
            refs = "".join(f"[^{n}]" for n in sentence.notes)
            lines.append(f"- {sentence.text}{refs}")
        lines.append("")
    lines += ["## Timeline", ""]
    if briefing.timeline:
        lines += [f"- {e.date}: {e.label} ({e.status})" for e in briefing.timeline]
    else:
        lines.append("_Nothing dated in the period._")
    lines += ["", "## Sources", ""]
    for note in briefing.notes:
        lines.append(f"[^{note.number}]: {note.title or 'Untitled article'}. "
                     f"{note.outlet or 'Unknown outlet'}, {note.published or 'undated'}."
                     + (f" <{note.url}>" if note.url else "") + f" (article {note.article_id})")
    return "\n".join(lines) + "\n"


def to_pdf(briefing: Briefing) -> bytes:
    """The briefing as PDF bytes (WeasyPrint); ``PdfUnavailable`` when it cannot run here."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:
        raise PdfUnavailable(
            "PDF needs WeasyPrint and the Pango libraries (Debian: apt-get install "
            f"libpango-1.0-0 libpangoft2-1.0-0); HTML and Markdown work without them ({error})"
        ) from error
    return bytes(HTML(string=to_html(briefing), base_url=str(HERE)).write_pdf())
