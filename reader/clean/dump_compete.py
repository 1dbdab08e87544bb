"""A dump's runner-up region: the page's best other run of the learned scores, beside the body.

When the learned scores find a second block of prose nearly as heavy as the body's, either may be the
article. Keeping both (in page order, with what lies between them left out) turns a silent loss into a
body with one extra block, which the journalist drops with one key in the original-page view, and the
page is marked low-confidence. Language-agnostic: the measures are weights, words and sentence ends.
"""

from __future__ import annotations

from .dump_context import _drop_inside
from .dump_lines import Unit, _is_junk, _sentence, other_run
from .paragraphs import is_label_line


def second_region(
    units: list[Unit], scores: list[float], start: int, end: int
) -> tuple[int, int, float, list[Unit]] | None:
    """The best run [s2, e2) of `scores` outside the body's region [start, end), its weight against
    the body's region's, and the units of it a body would keep (no boilerplate, junk or label line);
    None when there is none or the body's region weighs nothing."""
    best = sum(scores[start:end])
    if best <= 0:
        return None
    s2, e2, second = other_run(scores, start, end)
    if e2 <= s2 or second <= 0:
        return None
    kept = [
        u for u in units[s2:e2] if not _drop_inside(u) and not is_label_line(u.text) and not _is_junk(u.text)
    ]
    return s2, e2, second / best, kept


def sentence_share(units: list[Unit]) -> float:
    """The share of the units' words in units that end a sentence."""
    words = sum(u.words for u in units)
    return sum(u.words for u in units if _sentence(u)) / words if words else 0.0


# Chosen on tune material in a transfer view (a model trained on the other set: benchmarks/compete_regions.py
# --transfer, see benchmarks/README.md); out of fold and in sample it changes no tune page.
KEEP_RATIO: float | None = 0.4  # the runner-up weighs at least this share of the body's region; None: off
KEEP_SENTENCES = 0.5  # and at least this share of its words stands in sentences
# A long block of prose above the body is kept however little it weighs against the body (h87): a
# wiki's lead section above a much longer section the cleaner chose. Chosen on the transfer view
# (benchmarks/README.md, "h87"): words 200, weight floor 0.0-0.1 all alike; no 181 or written page changes.
KEEP_LONG_WORDS: int | None = 200  # None: off
KEEP_LONG_RATIO = 0.05


def runner_up_above(
    units: list[Unit], scores: list[float], start: int, end: int
) -> tuple[int, list[Unit]] | None:
    """Where the runner-up region starts and the units of it to keep, when it stands above the body's
    region [start, end), weighs at least KEEP_RATIO of it under the learned `scores` (or, KEEP_LONG_WORDS
    words long, KEEP_LONG_RATIO of it) and reads as prose (KEEP_SENTENCES); else None. Only above: what follows an article is comments, teasers or
    another story; on the tune material no runner-up below the body held a lost page's article, and
    keeping one cost precision on good pages, while runners-up above held the article of pages lost
    by a model that had not seen their kind."""
    if KEEP_RATIO is None:
        return None
    got = second_region(units, scores, start, end)
    if got is None:
        return None
    s2, e2, ratio, kept = got
    if e2 > start or not kept or sentence_share(units[s2:e2]) < KEEP_SENTENCES:
        return None
    long = KEEP_LONG_WORDS is not None and ratio >= KEEP_LONG_RATIO
    if ratio < KEEP_RATIO and not (long and sum(u.words for u in units[s2:e2]) >= (KEEP_LONG_WORDS or 0)):
        return None
    return s2, kept


def with_runner_up(
    units: list[Unit], start: int, end: int, kept: list[Unit]
) -> tuple[int, list[Unit]] | None:
    """(where the body now starts, its units) with the runner-up above kept before the body's `kept`
    units of the region [start, end) (runner_up_above; the learned scores are the units' own), or None
    when the body stays as it is."""
    scores = (
        [u.learned or 0.0 for u in units] if units and all(u.learned is not None for u in units) else None
    )
    above = runner_up_above(units, scores, start, end) if scores and kept else None
    if above is None:
        return None
    s2, extra = above
    taken = {id(u) for u in kept}
    return s2, [u for u in extra if id(u) not in taken] + kept
