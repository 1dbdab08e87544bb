"""HTML page -> CleanResult, with trafilatura for the body and the metadata.

trafilatura is imported inside clean_html: importing it costs start-up time the reader does not pay
until a page of HTML is cleaned.
"""

from __future__ import annotations

import re

from ..models import CleanResult
from ..normalize import normalize_field, normalize_text
from .metadata import guess_language, parse_date, parse_dateline
from .paragraphs import paragraphs_from_lines

__all__ = ["clean_html"]

# trafilatura's fallback extractors compare each block with its neighbours in quadratic time (jusText:
# 8,000 list items took 27 s); past this many block elements (news pages have under 1,000) only
# trafilatura's own extraction runs.
MAX_BLOCKS_FOR_FALLBACK = 2000
_BLOCK = re.compile(r"<(?:p|li|div|td|tr|h[1-6]|blockquote|pre|dd|dt|section|article|table|ul|ol|br)\b", re.I)


def clean_html(raw: str, url: str | None = None) -> CleanResult:
    """Extract the article of an HTML page: body (paragraphs separated by one blank line) and metadata."""
    import trafilatura  # lazy: heavy import

    if not raw or not raw.strip():
        return CleanResult(text="")
    try:
        fast = sum(1 for _ in _BLOCK.finditer(raw)) > MAX_BLOCKS_FOR_FALLBACK
        doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True, fast=fast)
    except Exception:  # trafilatura may choke on broken markup: fall back to the text dump cleaner
        doc = None
    if doc is None:
        from .dump import clean_dump

        try:
            text = trafilatura.html2txt(raw) or ""
        except Exception:
            text = ""
        return clean_dump(text)
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    body = normalize_text(get("text") or "")
    paragraphs = paragraphs_from_lines(body.split("\n"))
    dateline = agency = None
    published = parse_date(get("date") or "")
    if paragraphs:
        dl = parse_dateline(paragraphs[0])
        if dl:
            dateline, agency = dl[0], dl[1]
            published = published or dl[2]
    text = "\n\n".join(paragraphs)
    language = get("language")
    return CleanResult(
        text=text,
        title=normalize_field(get("title")),
        byline=normalize_field(get("author")),
        dateline=normalize_field(dateline),
        agency=normalize_field(agency),
        published=published,
        language=normalize_field(language) or guess_language(text),
        site=normalize_field(get("sitename") or get("hostname")),
    )
