"""The article cleaner: whole pages (plain-text dumps, HTML, Markdown) -> CleanResult.

Pure functions: no I/O, no Textual, no database. trafilatura is imported lazily by clean_html.
"""

from __future__ import annotations

from ..models import CleanResult
from .confidence import LOW_CONFIDENCE, assess
from .dump import clean_dump
from .html import clean_html
from .markdown import clean_markdown

__all__ = ["CleanResult", "clean", "clean_dump", "clean_html", "clean_markdown", "FORMATS", "LOW_CONFIDENCE"]

FORMATS = ("text", "html", "markdown")


def clean(raw: str, fmt: str) -> CleanResult:
    """Clean `raw` given its format: "text" (a page dump), "html" or "markdown". The result carries a
    confidence, and a reason when it is under LOW_CONFIDENCE."""
    if fmt == "text":
        result = clean_dump(raw)
    elif fmt == "html":
        result = clean_html(raw)
    elif fmt == "markdown":
        result = clean_markdown(raw)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    result.confidence, result.reason = assess(raw, fmt, result)
    return result
