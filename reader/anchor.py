"""Anchoring annotations to text: quote context, finding a quote, re-anchoring after a text changes.

Pure functions. Offsets are code-point offsets into the cleaned text (Python str indices)."""

from __future__ import annotations

from difflib import SequenceMatcher

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
