"""Markdown -> CleanResult: strip the markup, then clean like a page dump if it looks like one.

Headings become paragraphs of their own, links keep their text, images, HTML comments and link
reference definitions are dropped, emphasis and code marks are removed (never inside a word).
"""

from __future__ import annotations

import re

from ..models import CleanResult
from ..normalize import normalize_field, normalize_text
from .boilerplate import BOILERPLATE_LINE, has_boilerplate
from .metadata import clean_byline, drop_title_echo, guess_language, parse_byline, parse_dateline, read_date
from .page_url import take_url_header
from .paragraphs import paragraphs_from_lines

__all__ = ["clean_markdown", "strip_markdown"]

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# Every repeated class below stops at the character that opens the construct again ("[", "(", "<",
# the emphasis mark): a line of unclosed openers ("[[[[", "<a <a", "*a *a") is then scanned once, not
# once from each opener (quadratic: 200,000 "*a " took over 60 s).
_URL = r"\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)"  # one level of parentheses, as Wikipedia URLs have
_IMAGE = re.compile(rf"!\[[^\[\]\n]*\]{_URL}|!\[[^\[\]\n]*\]\[[^\[\]\n]*\]")
_LINK = re.compile(rf"\[([^\[\]\n]*)\]{_URL}|\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.M)
_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*)$")  # closing #s are cut in Python (a lazy group was quadratic)
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_HR = re.compile(r"^ {0,3}(?:[-*_] ?){3,}$")
_QUOTE = re.compile(r"^ {0,3}(?:> ?)+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_EMPHASIS = re.compile(
    r"(?<![\w*])(?:(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1|(_{1,3})(?=\S)([^_\n]+?)(?<=\S)\3)(?![\w*])"
)
_STRIKE = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]*)`+")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
# No two runs of blanks side by side ("\s*\|?\s*" backtracked over 20,000 spaces for 25 s): the
# optional pipe carries the blanks after it.
_TABLE_SEP = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")


def _heading_text(rest: str) -> str:
    """The text of an ATX heading without its closing #s ("Title ##" -> "Title")."""
    return rest.rstrip().rstrip("#").rstrip()


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    for _ in range(2):
        line = _EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(4), line)
    line = _STRIKE.sub(r"\1", line)
    line = _HTML_TAG.sub(" ", line)
    if "|" in line:
        line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    return line


def strip_markdown(raw: str) -> tuple[list[str], list[tuple[int, str]]]:
    """Markdown -> (paragraph lines, headings as (level, text)). Paragraph lines are joined; list
    items, headings and table rows are paragraphs of their own."""
    text = normalize_text(raw)
    text = _COMMENT.sub("", text)
    text = _REF_DEF.sub("", text)
    lines = text.split("\n")
    paragraphs: list[str] = []
    headings: list[tuple[int, str]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    in_fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                paragraphs.append(line.strip())
            continue
        if not line.strip():
            flush()
            continue
        h = _HEADING.match(line)
        if h:
            flush()
            title = _inline(_heading_text(h.group(2))).strip()
            if title:
                headings.append((len(h.group(1)), title))
                paragraphs.append(title)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if current == [] and nxt.strip() and _SETEXT.match(nxt) and not _LIST.match(line):
            title = _inline(line).strip()
            if title:
                headings.append((1 if nxt.strip().startswith("=") else 2, title))
                paragraphs.append(title)
            lines[i + 1] = ""
            continue
        if _HR.match(line) or _TABLE_SEP.match(line):
            flush()
            continue
        line = _QUOTE.sub("", line)
        if _LIST.match(line):
            flush()
            item = _inline(_LIST.sub("", line)).strip()
            if item:
                paragraphs.append("- " + item if not item.endswith(("-", "–")) else item)
            continue
        if line.lstrip().startswith("|"):
            flush()
            paragraphs.append(_inline(line).strip())
            continue
        stripped = _inline(line).strip()
        if stripped:
            current.append(stripped)
    flush()
    return paragraphs, headings


def _looks_like_page(paragraphs: list[str]) -> bool:
    """Navigation, link lists or site boilerplate around the text."""
    if not paragraphs:
        return False
    noisy = sum(1 for p in paragraphs if has_boilerplate(p) or (len(p) < 60 and BOILERPLATE_LINE.match(p)))
    short_items = sum(1 for p in paragraphs if p.startswith("- ") and len(p.split()) <= 5)
    return noisy >= 2 or short_items >= 8 or (noisy >= 1 and short_items >= 4)


def clean_markdown(raw: str) -> CleanResult:
    """Markdown document -> CleanResult."""
    url, raw = take_url_header(raw)  # "source: https://..." in front matter, or a URL header line
    paragraphs, headings = strip_markdown(raw)
    if _looks_like_page(paragraphs):
        from .dump import clean_dump

        result = clean_dump("\n\n".join(paragraphs))
        result.url = result.url or url
        return result
    title = None
    if headings and headings[0][0] == 1 or (headings and paragraphs and paragraphs[0] == headings[0][1]):
        title = headings[0][1]
        if title in paragraphs:
            paragraphs.remove(title)
    byline = dateline = agency = published = None
    while paragraphs:
        first = paragraphs[0]
        b = parse_byline(first)
        dl = parse_dateline(first)
        if b and byline is None:
            byline = b
            published = published or read_date(first)
            paragraphs.pop(0)
            continue
        if dl and dateline is None:
            dateline, agency = dl[0], dl[1]
            published = published or dl[2]
            if len(first.split()) <= 8:
                paragraphs.pop(0)
            continue
        break
    body_paragraphs = drop_title_echo(title, paragraphs_from_lines(paragraphs))
    text = "\n\n".join(body_paragraphs)
    return CleanResult(
        text=text,
        title=normalize_field(title),
        byline=normalize_field(clean_byline(byline)),
        dateline=normalize_field(dateline),
        agency=normalize_field(agency),
        published=published,
        language=guess_language(text),
        site=None,
        url=url,
    )
