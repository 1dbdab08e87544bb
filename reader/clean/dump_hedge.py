"""A hedged dump body: when the cleaner doubts its block is the story, its next candidate kept beside it.

The dump cleaner takes one block of the page whole. On a page of a kind it was not trained on it may take
the wrong one (a consent notice, a teaser, one entry of a live blog) and lose the article with no hedge.
When its own flags say the body is a small part of the page ("small share", "short for the page") and
the region it ranked next holds several times the body's words, the article is more likely in the larger
block than the body is: both are kept, in page order (what lies between them left out), and the page is
marked "both kept" (low confidence; the journalist drops the block that is not the article, or goes to
the cleaner's second choice). A little precision is traded for not losing the page. Language-agnostic:
words and the cleaner's own flags only. Chosen on pages no scorer had seen (benchmarks/hedge_regions.py;
benchmarks/README.md, "h109").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .confidence import FLAG_SHORT_ON_PAGE, FLAG_SMALL_SHARE
from .dump_lines import Unit

HEDGE_TIMES: float | None = 2.0  # the next region keeps this many times the body's words; None: off
HEDGE_WORDS = 100  # and at least this many words (a block that could be an article on its own)
DOUBTS = (FLAG_SMALL_SHARE, FLAG_SHORT_ON_PAGE)  # the cleaner's flags that say the body may be a side block

Finish = Callable[[list[Unit], int, int], tuple[int, int, list[Unit]]]


def hedged_body(
    units: list[Unit],
    fresh: list[Unit],
    kept: list[Unit],
    flags: list[str],
    next_region: tuple[int, int] | None,
    finish: Finish,
) -> tuple[int, list[Unit]] | None:
    """(index of the hedged body's first unit, its units of `units` in page order) when the body's `flags`
    doubt it and the cleaner's `next_region` (its next candidate, [start, end) of the page), finished as
    the cleaner finishes a region (`finish(work, start, end)` on a copy of `fresh`, the units as they
    were before the body's region was finished), keeps at least HEDGE_TIMES the words of the body's
    `kept` units (units of `units`) and HEDGE_WORDS; else None."""
    if HEDGE_TIMES is None or next_region is None or not kept or not any(f in flags for f in DOUBTS):
        return None
    work = [replace(u) for u in fresh]
    _s, _e, other = finish(work, *next_region)
    words = sum(u.words for u in other)
    if words < HEDGE_WORDS or words < HEDGE_TIMES * sum(u.words for u in kept):
        return None
    place = {id(u): i for i, u in enumerate(units)}
    place_work = {id(u): i for i, u in enumerate(work)}
    taken = {place[id(u)] for u in kept if id(u) in place} | {place_work[id(u)] for u in other}
    order = sorted(taken)
    return order[0], [units[i] for i in order]
