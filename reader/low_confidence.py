"""Which articles count as low-confidence: the cleaner was unsure its text is the article.

The threshold is the cleaner's own (reader.clean.confidence.LOW_CONFIDENCE); the store filters on it
and the library and `reader list` mark such articles with MARK."""

from __future__ import annotations

MARK = "?"  # drawn before a low-confidence article's title: "check this text against the page"


def threshold() -> float:
    """Below this confidence an article is marked and listed by the low-confidence filter."""
    from reader.clean.confidence import LOW_CONFIDENCE

    return float(LOW_CONFIDENCE)


def is_low(confidence: float | None) -> bool:
    """Articles cleaned before confidence existed (None) are not marked."""
    return confidence is not None and confidence < threshold()
