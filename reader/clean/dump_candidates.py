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

from .dump import (
    Scored,
    _plain_article,
    finish_body,
    hedged,
    page_units,
    pick_region,
    ranked_regions,
    score_regions,
)
from .dump_compete import with_runner_up
from .dump_lines import Unit
from .dump_regions import candidate_runs
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
    ranked = [r for r in ranked_regions(units, sc) if r != own]
    # (finished one by one as the caller asks: the other views only when the ranked ones are not enough)
    for region in [own, *ranked, *other_regions(units, sc, [own, *ranked])]:
        # (finish_body marks threads and galleries on the units: each region starts from the same marks)
        work = [replace(u) for u in units]
        start, end, kept = finish_body(work, sc, *region)
        two = with_runner_up(work, start, end, kept) if region == own else None
        if two is None and region == own:
            # (or, doubting a small body, the next region beside it: dump_hedge)
            two = hedged(work, units, sc, own, start, end, kept)
        if two is not None:
            # the cleaner kept another block too: that is its text, its region alone next
            yield "\n\n".join(paragraphs_from_lines([u.text for u in two[1]]))
        yield "\n\n".join(paragraphs_from_lines([u.text for u in kept]))


LOW_THRESHOLD = 0.2  # the learned probability a unit needs in the lower threshold's runs (the model's: 0.4)


def other_regions(units: list[Unit], sc: Scored, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Regions the learned ranking does not offer: the best runs of the hand scores after the context
    passes, then those of the learned probabilities above LOW_THRESHOLD, none of `known` and none twice."""
    views = [sc.scores]
    if sc.learned is not None and all(u.prob is not None for u in units):
        pad = sc.learned.get("weight_pad", 0.0)
        views.append([((u.prob or 0.0) - LOW_THRESHOLD) * (u.words + pad) for u in units])
    out: list[tuple[int, int]] = []
    seen = set(known)
    for view in views:
        for run in candidate_runs(view):
            if run not in seen:
                seen.add(run)
                out.append(run)
    return out
