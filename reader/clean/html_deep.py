"""Pages nested deeper than libxml2 parses: read as text.

libxml2 stops at 256 levels of nesting and drops the rest of the page (300 nested <div>s, or 400
<font> tags an old page never closed, left no text at all). A tree that reached that depth is not
trusted: the page is rendered to text by patterns instead (scripts, styles and comments out, block
tags as line breaks, other tags dropped, entities decoded) and cleaned as a dump.

Every pattern here stops at the next "<" or runs to the end, so a page of unclosed tags is scanned
once, not once from each tag.
"""

from __future__ import annotations

import html
import re
from typing import Any

PARSER_DEPTH = 256  # libxml2's limit without its "huge" option: a tree this deep was cut there

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HIDDEN = re.compile(r"<(script|style|noscript|template|svg)\b[^<>]*>.*?(?:</\1\s*>|\Z)", re.S | re.I)
# Not the whole <head>: its end tag is optional, and without it the rest of the page went with it.
# What text it holds is the title's (scripts and styles go above; meta and link are bare tags).
_TITLE_ELEMENT = re.compile(r"<title\b[^<>]*>[^<]*", re.I)
_BLOCK = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|section|article|aside|header|footer"
    r"|main|nav|blockquote|pre|figure|figcaption|form|address|details|summary)\b[^<>]*>",
    re.I,
)
_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_TITLE = re.compile(r"<title\b[^<>]*>([^<]*)", re.I)


def cut_by_depth(tree: Any) -> bool:
    """Whether the parsed tree reaches libxml2's depth limit (the page after that point is gone)."""
    from lxml import etree

    depth = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth >= PARSER_DEPTH:
                return True
        else:
            depth -= 1
    return False


def page_title(raw: str) -> str | None:
    """The text of the page's <title>, by pattern."""
    m = _TITLE.search(raw)
    return html.unescape(m.group(1)).strip() or None if m else None


def page_text(raw: str) -> str:
    """The page as text, by patterns: a paragraph a block element, no markup."""
    text = _COMMENT.sub("", raw)
    text = _HIDDEN.sub("", text)
    text = _TITLE_ELEMENT.sub("", text)
    text = _BLOCK.sub("\n\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text)
