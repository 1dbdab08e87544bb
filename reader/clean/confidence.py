"""How sure the cleaner is that a CleanResult's text is the page's article: a pure function.

`assess(raw, fmt, result)` looks at the page as stored, its format and what the cleaner returned
(its text and the `flags` the cleaner appended: "fallback", "competing regions", ...), and gives a
confidence in 0..1 and, when it is under LOW_CONFIDENCE, a short reason a journalist can act on.
"""

from __future__ import annotations

import re

from ..models import CleanResult

__all__ = ["LOW_CONFIDENCE", "assess"]

# Under this, an article is "low confidence": the library marks it and can filter it.
LOW_CONFIDENCE = 0.5

_WORD = re.compile(r"\w+")
SHORT_BODY = 60  # words: under this the body is likely a teaser, a caption or a consent notice


def assess(raw: str, fmt: str, result: CleanResult) -> tuple[float, str | None]:
    """(confidence 0..1, reason or None) for `result`, cleaned from `raw` given as `fmt`."""
    words = len(_WORD.findall(result.text or ""))
    if words == 0:
        return 0.0, "no article text found"
    if words < SHORT_BODY:
        return 0.3, f"very short body ({words} words)"
    if "fallback" in result.flags:
        return 0.4, "a fall-back cleaner was used"
    return 0.9, None
