"""The paragraph normalisation every cleaner ends with: one paragraph a line, junk lines dropped."""

from __future__ import annotations

import re

from ..normalize import normalize_field

__all__ = ["paragraphs_from_lines", "is_junk_line"]

_BARE_MARK = re.compile(r"^[\W_]*$")
_EDITOR_INITIALS = re.compile(r"^[a-z]{2,5}(?:/[a-z]{2,5}){1,6}$")
_SIGNATURE = re.compile(r"^[\w.'’-]{1,40}--[A-Z]{2,5}(?:-[A-Z]{2,5})*$")
_GALLERY_COUNTER = re.compile(
    r"^(?:(?:image|photo|picture|slide|foto|bild|imagen|diapositive)s?\s*)?\d{1,3}\s*(?:of|/|de|von|sur|di)\s*\d{0,3}$",
    re.I,
)
_URL_LINE = re.compile(
    r"^(?:\d{1,4}\.\s+(?:(?:https?|file|ftp|mailto|javascript):|/|#|www\.)\S"
    r"|(?:\d{1,4}\.\s*)?(?:(?:https?://|www\.|file:|mailto:|javascript:)\S*|#\S*)$)",
    re.I,
)


def is_junk_line(text: str) -> bool:
    """Lines that are never body text: editor initials ("etb/rl/jh"), signature codes
    ("O.Salim--SF-PST"), bare URLs, lone punctuation marks, gallery counters ("Image 1 of 6")."""
    if len(text) > 30 and text.count(" ") > 1:  # every junk form is short or has at most one space
        return False
    return bool(
        _BARE_MARK.match(text)
        or _EDITOR_INITIALS.match(text)
        or _SIGNATURE.match(text)
        or _URL_LINE.match(text)
        or _GALLERY_COUNTER.match(text)
    )


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Normalise each line to one paragraph (single-spaced, stripped); drop empty and junk lines."""
    out = []
    for line in lines:
        p = normalize_field(line)
        if p and not is_junk_line(p):
            out.append(p)
    return out
