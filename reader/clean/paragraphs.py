"""The paragraph normalisation every cleaner ends with: one paragraph a line, junk lines dropped."""

from __future__ import annotations

import re

from ..normalize import normalize_field
from .boilerplate import ALL_STOPWORDS, BOILERPLATE_LINE, END_MARKERS

__all__ = ["paragraphs_from_lines", "is_junk_line", "is_label_line", "text_paragraphs"]

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


# Words that may follow a boilerplate label on its line ("Share this:", "Read more »", "Sign up now").
_LABEL_FILLER = ALL_STOPWORDS | frozenset(
    "this article story page post now here today free facebook twitter x whatsapp linkedin email "
    "mail link links our us me newsletter newsletters closed".split()
)
_LABEL_WORD = re.compile(r"\w+")
LABEL_MAX_WORDS = 6


def is_label_line(text: str) -> bool:
    """A line that is only a page's label or button ("Share this:", "Read more", "Advertisement",
    "12 Comments"): a boilerplate phrase with nothing but filler words after it, and never a
    sentence ("Share prices fell." and the headline "Share prices fall" are not labels)."""
    text = text.strip()
    if not text or text[-1] in ".!?…" or len(_LABEL_WORD.findall(text)) > LABEL_MAX_WORDS:
        return False
    m = BOILERPLATE_LINE.match(text) or END_MARKERS.match(text)
    if m is None:
        return False
    return all(w in _LABEL_FILLER for w in _LABEL_WORD.findall(text[m.end() :].lower()))


def text_paragraphs(text: str) -> list[str]:
    """A text that is the article body itself (a record's "text", a pasted note) -> its paragraphs:
    blocks between blank lines, each folded onto one line. Label lines ("Share this:", "Read more")
    are the only lines left out; every other line is kept, whatever its length."""
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln for ln in block.split("\n") if ln.strip() and not is_label_line(ln)]
        p = normalize_field(" ".join(lines))
        if p:
            out.append(p)
    return out
