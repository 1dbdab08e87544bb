"""The article cleaner: whole pages (plain-text dumps, HTML, Markdown) -> CleanResult.

Pure functions: no I/O, no Textual, no database. trafilatura is imported lazily by clean_html.
"""

from __future__ import annotations

from ..models import CleanResult
from .confidence import LOW_CONFIDENCE, NO_OTHER_BLOCK, assess
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
    if result.reason in NO_OTHER_BLOCK and not _other_candidate(raw, fmt, result.text):
        result.reason = NO_OTHER_BLOCK[result.reason]
    return result


def _other_candidate(raw: str, fmt: str, text: str) -> bool:
    """The page view (`n`) has a candidate besides the cleaner's text to offer."""
    from ..body_candidates import body_candidates  # (the page view's own rules; only for such a reason)

    return len(body_candidates(raw, fmt, text, limit=2)) >= 2
