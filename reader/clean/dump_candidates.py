"""The dump cleaner's other choices: the article text each candidate region would give.

The choice model (reader.clean.dump_regions) ranks a page's candidate regions and the cleaner keeps
the best; when it loses the article (a consent notice, a teaser list, one live-blog entry taken
instead), the article is often the region it ranked next. Here each ranked region is finished as the
cleaner finishes its own (edges, lists, threads, what is left out inside: dump.finish_body), the
cleaner's own region first. A pure function: reader.body_candidates turns the texts into body choices.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .dump import _plain_article, finish_body, page_units, pick_region, ranked_regions, score_regions
from .dump_compete import with_runner_up
from .paragraphs import paragraphs_from_lines


def region_texts(raw: str) -> Iterator[str]:
    """The article text of each candidate region of a page dump, the cleaner's own choice first, then
    the others best first (paragraphs separated by a blank line; two regions may give the same text).
    Nothing for a text with no page chrome (a bare article: there is no region to choose)."""
    _url, units, scores = page_units(raw)
    if not units or _plain_article([replace(u) for u in units], scores) is not None:
        return
    sc = score_regions(units, scores)
    own = pick_region(units, sc)
    for region in [own, *(r for r in ranked_regions(units, sc) if r != own)]:
        # (finish_body marks threads and galleries on the units: each region starts from the same marks)
        work = [replace(u) for u in units]
        start, end, kept = finish_body(work, sc, *region)
        two = with_runner_up(work, start, end, kept) if region == own else None
        if two is not None:
            # the cleaner kept a close block above its region too: that is its text, its region alone next
            yield "\n\n".join(paragraphs_from_lines([u.text for u in two[1]]))
        yield "\n\n".join(paragraphs_from_lines([u.text for u in kept]))
