"""Cursor moves of the reading view: by sentence and by paragraph. Pure functions over
reader.segments (which owns what a word, sentence and paragraph is). No Textual here.

Offsets are code-point offsets into the article text (Python str indices)."""

from __future__ import annotations

from reader.segments import paragraph_spans, sentence_spans, snap_to_words, span_at, word_at

__all__ = [
    "is_subheading",
    "next_paragraph",
    "next_sentence",
    "paragraph_bounds",
    "prev_paragraph",
    "prev_sentence",
    "sentence_bounds",
    "snap_to_words",
    "word_bounds",
]

_SUBHEADING_END = (".", "!", "?", "…", ":", ",", ";", '"', "”", "’", "'")

word_bounds = word_at


def paragraph_bounds(text: str, i: int) -> tuple[int, int]:
    """The line holding offset i (each paragraph is one line of the cleaned text)."""
    i = max(0, min(i, len(text)))
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    return s, len(text) if e == -1 else e


def sentence_bounds(text: str, i: int) -> tuple[int, int]:
    found = span_at(sentence_spans(text), i)
    return found if found is not None else paragraph_bounds(text, i)


def _next(starts: list[int], i: int, end: int) -> int:
    return next((s for s in starts if s > i), end)


def _prev(starts: list[int], i: int) -> int:
    return max((s for s in starts if s < i), default=0)


def next_paragraph(text: str, i: int) -> int:
    return _next([s for s, _ in paragraph_spans(text)], i, len(text))


def prev_paragraph(text: str, i: int) -> int:
    return _prev([s for s, _ in paragraph_spans(text)], i)


def next_sentence(text: str, i: int) -> int:
    return _next([s for s, _ in sentence_spans(text)], i, len(text))


def prev_sentence(text: str, i: int) -> int:
    return _prev([s for s, _ in sentence_spans(text)], i)


def is_subheading(line: str) -> bool:
    """A short in-body heading such as "- Skills transfer -": short, no final punctuation."""
    s = line.strip()
    return 0 < len(s) <= 60 and len(s.split()) <= 8 and not s.endswith(_SUBHEADING_END)
