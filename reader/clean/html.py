"""HTML page -> CleanResult, with trafilatura for the body and the metadata.

The page is parsed once: its URL is read (canonical link, og:url, JSON-LD), line breaks are put where
block elements meet (trafilatura would glue 'Wednesday.<div></div>The'), then trafilatura extracts the
body and metadata. Promotion lines, a headline repeated as the first paragraph, job titles in the byline,
a copyright year taken as the date and a title that is the site's name are then removed. When
trafilatura fails the page is rendered to text and cleaned as a dump, and the result says so
("fallback" in its flags).

trafilatura is imported inside clean_html: importing it costs start-up time the reader does not pay
until a page of HTML is cleaned.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..models import CleanResult
from ..normalize import normalize_field, normalize_text
from . import html_deep
from .html_filter import break_blocks, drop_promo_lines, headings
from .metadata import (
    declared_language,
    drop_title_echo,
    is_date_line,
    page_language,
    parse_byline,
    parse_date,
    parse_dateline,
    read_date,
    usable_byline,
    usable_site,
    usable_title,
)
from .page_url import url_from_html
from .paragraphs import paragraphs_from_lines

__all__ = ["clean_html"]

# trafilatura's fallback extractors compare each block with its neighbours in quadratic time (jusText:
# 8,000 list items took 27 s); past this many block elements (news pages have under 1,000) only
# trafilatura's own extraction runs.
MAX_BLOCKS_FOR_FALLBACK = 2000
# trafilatura asks for "//p//text()" once per candidate frame, and libxml2 merges those node sets in
# quadratic time (50,000 paragraphs: 4.8 s a query, 19 s a page). Past this many block elements (ten
# times what the longest news page holds) the page is rendered to text and cleaned as a dump.
MAX_BLOCKS_FOR_EXTRACTION = 20_000
_BLOCK = re.compile(r"<(?:p|li|div|td|tr|h[1-6]|blockquote|pre|dd|dt|section|article|table|ul|ol|br)\b", re.I)

_COPYRIGHT_YEAR = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:[^<>\d]{0,40})?((?:19|20)\d\d)", re.I)


def _copyright_date(published: str | None, raw: str) -> str | None:
    """htmldate falls back to the year of a copyright notice ('© 2024' -> 2024-01-01): such a date is
    dropped, and the page's date looked for again without that fallback."""
    if not published or not published.endswith("-01-01"):
        return published
    year = published[:4]
    if not any(m.group(1) == year for m in _COPYRIGHT_YEAR.finditer(raw)):
        return published
    try:
        from htmldate import find_date

        again = find_date(raw, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate may choke on odd markup: no date rather than a wrong one
        return None
    return again if again and again != published else None


LEAD_META_WORDS = 14  # a byline or date line at the top of the body is this short


def _lead_meta(paragraphs: list[str], language: str | None) -> tuple[list[str], str | None, str | None]:
    """(the body without the byline and date lines at its top, that byline, that date): trafilatura
    leaves "By Jane Doe" and "Published 5 March 2024" in the text when the page marks them as text."""
    byline = published = None
    i = 0
    while i < min(len(paragraphs) - 1, 4) and len(paragraphs[i].split()) <= LEAD_META_WORDS:
        p = paragraphs[i]
        b = parse_byline(p)
        if b:
            byline = byline or b
        elif not is_date_line(p):
            break
        published = published or read_date(p, language)
        i += 1
    return paragraphs[i:], byline, published


def _fallback(raw: str, trafilatura: Any, url: str | None) -> CleanResult:
    from .dump import clean_dump

    try:
        text = trafilatura.html2txt(raw) or ""
    except Exception:
        text = ""
    result = clean_dump(text)
    result.url = result.url or url
    result.language = page_language(declared_language(raw), result.text)
    result.flags.append("fallback")
    return result


def _deep_page(raw: str, url: str | None) -> CleanResult:
    from .dump import clean_dump

    result = clean_dump(html_deep.page_text(raw))
    result.title = result.title or usable_title(normalize_field(html_deep.page_title(raw)), result.site)
    result.url = result.url or url
    result.language = page_language(declared_language(raw), result.text)
    result.flags.append("fallback")
    return result


def clean_html(raw: str, url: str | None = None) -> CleanResult:
    """Extract the article of an HTML page: body (paragraphs separated by one blank line) and metadata.
    `url`, the address the page was fetched from, resolves a relative canonical link."""
    import trafilatura  # lazy: heavy import
    from trafilatura.utils import load_html

    if not raw or not raw.strip():
        return CleanResult(text="")
    try:
        tree = load_html(raw)
    except Exception:  # lxml may refuse the markup
        tree = None
    if tree is None:
        return _fallback(raw, trafilatura, None)
    page_url = url_from_html(tree, base=url)
    if html_deep.cut_by_depth(tree):  # the parser dropped the page past 256 levels: read it as text
        return _deep_page(raw, page_url)
    blocks = sum(1 for _ in _BLOCK.finditer(raw))
    if blocks > MAX_BLOCKS_FOR_EXTRACTION:
        return _fallback(raw, trafilatura, page_url)
    heads = headings(tree)
    break_blocks(tree)
    try:
        fast = blocks > MAX_BLOCKS_FOR_FALLBACK
        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, fast=fast
        )
    except Exception:  # trafilatura may choke on broken markup: fall back to the text dump cleaner
        doc = None
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    body = normalize_text(get("text") or "") if doc is not None else ""
    if not body.strip():
        return _fallback(raw, trafilatura, page_url)
    flags: list[str] = []
    paragraphs = paragraphs_from_lines(body.split("\n"))
    paragraphs, promo = drop_promo_lines(paragraphs)
    if promo:
        flags.append("promo lines")
    site = usable_site(normalize_field(get("sitename"))) or usable_site(normalize_field(get("hostname")))
    if site is None and page_url:
        site = usable_site((urlsplit(page_url).hostname or "").removeprefix("www."))
    title = usable_title(normalize_field(get("title")), site)
    if title is None:
        title = next((t for t in (usable_title(normalize_field(h), site) for h in heads) if t), None)
    paragraphs = drop_title_echo(title, paragraphs)
    declared = declared_language(raw) or normalize_field(get("language"))
    # (dates at the body's top are read in the declared language only: a guess may be wrong)
    paragraphs, lead_byline, lead_date = _lead_meta(paragraphs, declared)
    dateline = agency = None
    published = parse_date(get("date") or "")
    published = _copyright_date(published, raw) or lead_date
    if paragraphs:
        dl = parse_dateline(paragraphs[0])
        if dl:
            dateline, agency = dl[0], dl[1]
            published = published or dl[2]
    text = "\n\n".join(paragraphs)
    return CleanResult(
        text=text,
        title=title,
        byline=normalize_field(usable_byline(get("author"), site) or usable_byline(lead_byline, site)),
        dateline=normalize_field(dateline),
        agency=normalize_field(agency),
        published=published,
        language=page_language(declared, text),
        site=site,
        url=page_url,
        flags=flags,
    )
