"""Changing a tag's span (issue 12): grow or shrink its start or end by a word or a character.

adjust_span is pure (words as reader.segments sees them: a number keeps its separators, "Kurose's"
is one word); retag stores a new span through a History (one undoable step, with the quote, its
context and its sentence following) or straight through a Store (`reader retag`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from reader.errors import InvalidInput
from reader.models import Annotation
from reader.segments import _WORD

Edge = Literal["start", "end"]
Unit = Literal["word", "char"]
_REACH = 400  # characters looked at beside an edge for the next word; more only when none is there


def _last_word(text: str, offset: int, keep: Callable[[re.Match[str]], bool]) -> re.Match[str] | None:
    """The last word ending at or before offset that keep() accepts, looked for in a window that
    widens until one is found (a whole text is split only when it has none)."""
    reach = _REACH
    while True:
        lo = max(0, offset - reach)
        # A match at the window's very start may be the tail of a longer word: not trusted.
        found = [m for m in _WORD.finditer(text, lo, offset) if (lo == 0 or m.start() > lo) and keep(m)]
        if found or lo == 0:
            return found[-1] if found else None
        reach *= 4


def _first_word(text: str, offset: int, keep: Callable[[re.Match[str]], bool]) -> re.Match[str] | None:
    """The first word starting at or after offset that keep() accepts (see _last_word)."""
    reach = _REACH
    while True:
        hi = min(len(text), offset + reach)
        found = [m for m in _WORD.finditer(text, offset, hi) if (hi == len(text) or m.end() < hi) and keep(m)]
        if found or hi == len(text):
            return found[0] if found else None
        reach *= 4


def adjust_span(
    text: str, start: int, end: int, *, edge: Edge, grow: bool, unit: Unit = "word"
) -> tuple[int, int]:
    """The span [start, end) of text with one edge moved by a word or a character: grow moves the
    start back or the end on, shrink the other way. A span never becomes empty or only white
    space, nor leaves the text: that is an InvalidInput saying why."""
    if not (0 <= start < end <= len(text)):
        raise InvalidInput(f"span {start}-{end} is outside the text (0-{len(text)})")
    new_start, new_end = start, end
    if unit == "char":
        if edge == "start":
            new_start = start - 1 if grow else start + 1
        else:
            new_end = end + 1 if grow else end - 1
    elif edge == "start" and grow:
        word = _last_word(text, start, lambda m: m.start() < start)
        if word is None:
            raise InvalidInput("the tag already starts at the first word of the text")
        new_start = word.start()
    elif edge == "start":
        word = _first_word(text, start, lambda m: m.start() > start)
        if word is None or word.start() >= end:
            raise InvalidInput("the tag is one word: it cannot be shorter")
        new_start = word.start()
    elif grow:
        word = _first_word(text, end, lambda m: m.end() > end)
        if word is None:
            raise InvalidInput("the tag already ends at the last word of the text")
        new_end = word.end()
    else:
        word = _last_word(text, end, lambda m: m.end() < end)
        if word is None or word.end() <= start:
            raise InvalidInput("the tag is one word: it cannot be shorter")
        new_end = word.end()
    if not (0 <= new_start < new_end <= len(text)):
        where = "the start of the text" if new_start < 0 else "the end of the text"
        if new_start >= new_end:
            raise InvalidInput("the tag is one character: it cannot be shorter")
        raise InvalidInput(f"the tag already reaches {where}")
    if not text[new_start:new_end].strip():
        raise InvalidInput("the tag would be only white space")
    return new_start, new_end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without white space at its ends (a tag's quote never starts or ends with a space).
    A span outside the text, empty or of white space only is returned as it is, for the store to
    refuse with its own message."""
    if not 0 <= start < end <= len(text) or not text[start:end].strip():
        return start, end
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


def retag(target: Any, annotation_id: int, start: int, end: int, annotator: str | None = None) -> Annotation:
    """Give an annotation a new span. target is a reader.history.History (the change is one
    undoable step) or a Store (annotator: who made the change, named to a colleague whose edit it
    stops). The store refuses a span outside the text, an empty or white-space span, and the span
    of another tag of the same label."""
    if hasattr(target, "update_annotation"):
        return target.update_annotation(annotation_id, start=start, end=end, annotator=annotator)[1]
    return target.update(annotation_id, start=start, end=end)


def adjust(target: Any, annotation_id: int, *, edge: Edge, grow: bool, unit: Unit = "word") -> Annotation:
    """Grow or shrink one edge of a stored annotation (see adjust_span) and store it (see retag)."""
    store = target if hasattr(target, "update_annotation") else target.store
    ann = store.get_annotation(annotation_id)
    text = store.get_article(ann.article_id).text
    start, end = adjust_span(text, ann.start, ann.end, edge=edge, grow=grow, unit=unit)
    return retag(target, annotation_id, start, end)
