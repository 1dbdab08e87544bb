"""Teasers told in prose, left out of a chosen region: runs of other stories, each a headline and one
paragraph of summary, after a teaser header ("More from ...", "Sur le même sujet") or around a story
headed by its own byline or date. The unit model may take them for the article: their summaries are
well-written sentences. Read from the layout only (headline, one paragraph, next headline), in any
language."""

from .boilerplate import END_MARKERS
from .dump_context import _is_header_line
from .dump_lines import _TEASER_HEAD, Unit, _sentence

PROSE_TEASERS = True  # switch (benchmarks/ablate_dump.py)
HEAD_WORDS = 14  # a teaser's headline is at most this long, and no sentence
SUMMARY_WORDS = 12  # a teaser's summary is one paragraph of at least this many words
MARKER_WORDS = 8  # a teaser header ("More from the region") is at most this long
HEADER_REACH = 4  # how far above the region a story's headline and byline are looked for


def _head(u: Unit) -> bool:
    return 2 <= u.words <= HEAD_WORDS and not u.bullet and not _sentence(u) and not _is_header_line(u)


def _summary(u: Unit) -> bool:
    return u.words >= SUMMARY_WORDS and not _head(u)


def _teaser_run(units: list[Unit], i: int, stop: int) -> int:
    """How many teasers (a headline and one paragraph) fill units[i:stop] exactly; 0 if anything else
    stands there."""
    n = 0
    while i < stop:
        if i + 1 < stop and _head(units[i]) and _summary(units[i + 1]):
            n += 1
            i += 2
        else:
            return 0
    return n


def _after_marker(units: list[Unit], scores: list[float], start: int, end: int) -> int:
    """The region's end moved up to a teaser header that only teasers follow."""
    for m in range(start + 1, end):
        u = units[m]
        if (
            u.words <= MARKER_WORDS
            and (END_MARKERS.match(u.text) or _TEASER_HEAD.match(u.text))
            and any(s > 0 for s in scores[start:m])
            and _teaser_run(units, m + 1, end) >= 2
        ):
            return m
    return end


def _around_story(units: list[Unit], start: int, end: int) -> tuple[int, int]:
    """A story headed by its headline and byline (or date) among teasers: the teasers above it (one
    at least) and below it are left out. Only when exactly one headline in reach carries a byline."""
    lo = max(0, start - HEADER_REACH)
    headed = [
        h
        for h in range(lo, end - 2)
        if _head(units[h]) and _is_header_line(units[h + 1]) and units[h + 2].words >= SUMMARY_WORDS
    ]
    if len(headed) != 1:
        return start, end
    h = headed[0]
    first = start - 1 if start > 0 and _head(units[start - 1]) and not _head(units[start]) else start
    above = _teaser_run(units, first, h) if first < h else 0
    if above < 1:
        return start, end
    body = h + 1
    while body < end and _is_header_line(units[body]):
        body += 1
    stop = end
    for k in range(body + 1, end):
        if _head(units[k]) and _teaser_run(units, k, end) >= 1:
            stop = k
            break
    return body, stop


def prose_teasers(units: list[Unit], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The region [start, end) without the prose teasers at its edges (their scores in `scores`
    and their learned scores sunk)."""
    if not PROSE_TEASERS or end - start < 3:
        return start, end
    cut = _after_marker(units, scores, start, end)
    new_start, new_end = _around_story(units, start, cut)
    # what was cut is no lead cut off above the region nor a block to take back (_islands)
    for m in [*(range(max(0, start - 1), new_start) if new_start > start else ()), *range(new_end, end)]:
        scores[m] = min(scores[m], -5.0 - units[m].words)
        u = units[m]
        if u.learned is not None:  # nor a runner-up region to keep beside the body (dump_compete)
            u.learned = min(u.learned, -5.0 - u.words)
    return new_start, new_end
