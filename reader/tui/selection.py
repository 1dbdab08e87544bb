"""Cursor moves of the reading view: by sentence and by paragraph. Pure functions over
reader.segments (which owns what a word, sentence and paragraph is). No Textual here.

Offsets are code-point offsets into the article text (Python str indices)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.segments import paragraph_spans, sentence_spans, snap_to_words, span_at, word_at, word_spans

__all__ = [
    "is_subheading",
    "next_word_start",
    "prev_word_start",
    "trim_to_words",
    "word_starts",
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


def word_starts(text: str) -> list[int]:
    """Where each word begins (reader.segments.word_spans: punctuation is not a word)."""
    return [s for s, _ in word_spans(text)]


def next_word_start(starts: list[int], i: int, length: int) -> int:
    """ctrl+right: the start of the next word after offset i (the end of the text after the last)."""
    k = bisect_right(starts, i)
    return starts[k] if k < len(starts) else length


def prev_word_start(starts: list[int], i: int) -> int:
    """ctrl+left: the start of the word before offset i (or of the word i is inside)."""
    k = bisect_left(starts, i)
    return starts[k - 1] if k > 0 else 0


def trim_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection made word by word (ctrl+shift+right) ends at the start of the next word: drop
    the spaces and punctuation before it, so "Verkor, " is tagged as "Verkor"."""
    spans = word_spans(text[start:end])
    if not spans:
        return start, end
    last_start, last_end = start + spans[-1][0], start + spans[-1][1]
    tail = text[last_end:end]
    ends_at_word = end == len(text) or text[end].isalnum() or (tail[-1:].isspace())
    if tail and not any(c.isalnum() for c in tail) and ends_at_word:
        # and a possessive: "Renault's " selected word by word is tagged "Renault"
        if last_end - last_start > 2 and text[last_end - 2] in "'’" and text[last_end - 1] in "sS":
            last_end -= 2
        return start, last_end
    return start, end


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
