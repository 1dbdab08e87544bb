"""Pure text-navigation helpers for the reading view: words, sentences, paragraphs, snapping.

Offsets are code-point offsets into the article text (Python str indices). No Textual here."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|$)")
_SUBHEADING_END = (".", "!", "?", "…", ":", ",", ";", '"', "”", "’", "'")


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) outward to whole words (letters and digits), then trim whitespace.

    Only letters and digits join: a selected "Renault" in "Renault's" stays "Renault"."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def word_bounds(text: str, i: int) -> tuple[int, int]:
    """The word at (or just before) offset i; an empty span when there is none."""
    if not text:
        return 0, 0
    i = max(0, min(i, len(text)))
    if (i == len(text) or not is_word_char(text[i])) and i > 0 and is_word_char(text[i - 1]):
        i -= 1
    if i >= len(text) or not is_word_char(text[i]):
        return i, i
    s = i
    while s > 0 and is_word_char(text[s - 1]):
        s -= 1
    e = i
    while e < len(text) and is_word_char(text[e]):
        e += 1
    # Hyphens and apostrophes only join letters: drop them at the edges.
    while s < e and text[s] in "'’-":
        s += 1
    while e > s and text[e - 1] in "'’-":
        e -= 1
    if e - s > 2 and text[e - 2] in "'’" and text[e - 1] in "sS":  # possessive: Renault's -> Renault
        e -= 2
    return s, e


def paragraph_bounds(text: str, i: int) -> tuple[int, int]:
    i = max(0, min(i, len(text)))
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, len(text) if e == -1 else e


def sentences(text: str, i: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph holding offset i."""
    ps, pe = paragraph_bounds(text, i)
    out: list[tuple[int, int]] = []
    pos = ps
    para = text[ps:pe]
    for m in _SENTENCE_END.finditer(para):
        end = ps + m.end()
        if end > pos:
            out.append((pos, end))
        pos = end
        while pos < pe and text[pos].isspace():
            pos += 1
    if pos < pe:
        out.append((pos, pe))
    return out or [(ps, pe)]


def sentence_bounds(text: str, i: int) -> tuple[int, int]:
    spans = sentences(text, i)
    for s, e in spans:
        if i < e:
            return s, e
    return spans[-1]


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        if m.end() < len(text) and text[m.end()] != "\n":
            starts.append(m.end())
    return starts


def next_paragraph(text: str, i: int) -> int:
    for s in paragraph_starts(text):
        if s > i:
            return s
    return len(text)


def prev_paragraph(text: str, i: int) -> int:
    best = 0
    for s in paragraph_starts(text):
        if s < i:
            best = s
    return best


def sentence_starts(text: str) -> list[int]:
    starts: list[int] = []
    for p in paragraph_starts(text):
        starts.extend(s for s, _ in sentences(text, p))
    return starts


def next_sentence(text: str, i: int) -> int:
    for s in sentence_starts(text):
        if s > i:
            return s
    return len(text)


def prev_sentence(text: str, i: int) -> int:
    best = 0
    for s in sentence_starts(text):
        if s < i:
            best = s
    return best


def is_subheading(line: str) -> bool:
    """A short in-body heading such as "- Skills transfer -": short, no final punctuation."""
    s = line.strip()
    return 0 < len(s) <= 60 and len(s.split()) <= 8 and not s.endswith(_SUBHEADING_END)
