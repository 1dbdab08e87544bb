"""The article cleaner: whole pages (plain-text dumps, HTML, Markdown) -> CleanResult.

Pure functions: no I/O, no Textual, no database. trafilatura is imported lazily by clean_html.
"""

from __future__ import annotations

from ..models import CleanResult
from .dump import clean_dump
from .html import clean_html
from .markdown import clean_markdown

__all__ = ["CleanResult", "clean", "clean_dump", "clean_html", "clean_markdown", "FORMATS"]

FORMATS = ("text", "html", "markdown")


def clean(raw: str, fmt: str) -> CleanResult:
    """Clean `raw` given its format: "text" (a page dump), "html" or "markdown"."""
    if fmt == "text":
        return clean_dump(raw)
    if fmt == "html":
        return clean_html(raw)
    if fmt == "markdown":
        return clean_markdown(raw)
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
