"""Anchoring annotations to text: quote context, finding a quote, re-anchoring after a text changes.

Pure functions. Offsets are code-point offsets into the cleaned text (Python str indices)."""

from __future__ import annotations

from difflib import SequenceMatcher

from reader.errors import TextChanged

CONTEXT = 32  # characters of prefix/suffix kept with every annotation


def context(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The prefix and suffix around text[start:end], as stored with an annotation."""
    return text[max(0, start - width) : start], text[end : end + width]


def occurrences(text: str, quote: str) -> list[int]:
    """Start offsets of every occurrence of quote in text (overlapping ones included)."""
    found: list[int] = []
    if not quote:
        return found
    i = text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def reanchor(
    text: str, quote: str, prefix: str, suffix: str, old_start: int | None = None
) -> tuple[int, int] | None:
    """Where the quote stands in a new text, chosen by its context; None when it is not there.

    Among several occurrences, the one whose surrounding text best matches the stored prefix and
    suffix wins; ties go to the one nearest the old position."""
    starts = occurrences(text, quote)
    if not starts:
        return None
    if len(starts) == 1:
        return starts[0], starts[0] + len(quote)

    def score(s: int) -> tuple[float, float]:
        pre, suf = context(text, s, s + len(quote), max(len(prefix), len(suffix), 1))
        ctx = _similarity(pre[-len(prefix) :] if prefix else "", prefix) + _similarity(
            suf[: len(suffix)], suffix
        )
        distance = abs(s - old_start) if old_start is not None else 0
        return ctx, -distance

    best = max(starts, key=score)
    return best, best + len(quote)


def carry_span(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """old[start:end] as a span of new: the same offsets when the text is the same, else its quote
    placed by its context as reanchor places it (a text changed under a tag); None when the quote
    is not in new."""
    if old == new:
        return start, end
    prefix, suffix = context(old, start, end)
    return reanchor(new, old[start:end], prefix, suffix, start)


def place_on_new_text(old: str, new: str, offset: int, width: int = 24) -> int:
    """Where a reader's place (a cursor offset in old) stands in new: the text after it (or, at
    the end, before it) carried by its context, else the same offset clipped to new. A colleague's
    body fix keeps the reader where they were reading."""
    if old == new:
        return min(offset, len(new))
    if offset < len(old):
        span = carry_span(old, new, offset, min(len(old), offset + width))
        if span is not None:
            return span[0]
    if offset > 0:
        span = carry_span(old, new, max(0, offset - width), min(offset, len(old)))
        if span is not None:
            return span[1]
    return min(offset, len(new))


def span_on_new_text(old: str, new: str, span: tuple[int, int], where: str = "text") -> tuple[int, int]:
    """carry_span, or TextChanged (one line naming the words) when they are not in new: a tag
    counted in a text a colleague replaced meanwhile goes on its words, or is not made."""
    moved = carry_span(old, new, *span)
    if moved is None:
        raise TextChanged(old[span[0] : span[1]], where, "so it was not tagged")
    return moved


def span_by_quote(
    text: str, span: tuple[int, int], quote: tuple[str, str, str], where: str = "text"
) -> tuple[int, int]:
    """A stored tag's span in text, checked against its quote, prefix and suffix as they were
    stored (a tag put back by undo): the same span while they still stand there, else where
    reanchor finds them (the text was changed since), else TextChanged."""
    words, prefix, suffix = quote
    start, end = span
    pre, suf = context(text, start, end)
    # Either context may be the shorter one (a tag stored near the text's start or end, or with
    # a narrower context by an earlier version): the same words in the same surroundings stay.
    if text[start:end] == words and _agree(pre, prefix, "end") and _agree(suf, suffix, "start"):
        return span
    found = reanchor(text, words, prefix, suffix, start)
    if found is None:
        raise TextChanged(words, where, "so it cannot be put back")
    return found


def _agree(a: str, b: str, side: str) -> bool:
    if side == "end":
        return a.endswith(b) or b.endswith(a)
    return a.startswith(b) or b.startswith(a)
