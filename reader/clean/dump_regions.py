"""A second stage for page dumps: re-rank the candidate regions the learned unit scores give.

The maximum-sum run of the learned scores is usually the article, but on some pages (table layouts,
wiki and shop pages, forums) a run of link-free sidebar or teaser text outweighs it. Here the
page's best few disjoint runs (and the join of two of them split by a short interruption) are each
described by region features (summed probability, words, sentence-end share, place on the page,
link, bullet and boilerplate marks, a header or headline above it, the share of the page's probable
article words it holds, its weight against the best run) and a linear choice model (weights in
dump_model.json under "regions", trained by benchmarks/train_dump_model.py --rerank on tune material
with out-of-fold unit scores) picks one. Language-agnostic: no word, site or phrase is a feature.
"""

from __future__ import annotations

import math

from .dump_context import _has_header
from .dump_lines import Unit, _sentence, densest_run

TOP_K = 4  # candidate runs per page
JOIN_GAP = 6  # two candidates at most this many units apart are also tried as one region
NEG = -1e9

REGION_FEATURES = [
    "is_top",
    "rank",
    "weight_ratio",
    "log_weight",
    "prob_share",
    "mean_prob",
    "log_words",
    "word_share",
    "sentence_share",
    "link_share",
    "bullet_share",
    "boiler_share",
    "start_pos",
    "end_pos",
    "header",
    "headline_above",
    "lifted_ratio",
    "has_longest",
    "log_units",
    "words_per_unit",
    "joined",
    "gap_next",
]


def candidate_runs(scores: list[float], k: int = TOP_K) -> list[tuple[int, int]]:
    """The best k disjoint maximum-sum runs [start, end) of the scores, best first."""
    work = list(scores)
    out: list[tuple[int, int]] = []
    for _ in range(k):
        s, e, total = densest_run(work)
        if e <= s or total <= 0:
            break
        out.append((s, e))
        for i in range(s, e):
            work[i] = NEG
    return out


def candidates(scores: list[float], k: int = TOP_K, gap: int = JOIN_GAP) -> list[tuple[int, int, bool]]:
    """The runs (start, end, joined) to choose from: the best k runs and, for two of them at most `gap`
    units apart, the two joined with what lies between them."""
    runs = candidate_runs(scores, k)
    out = [(s, e, False) for s, e in runs]
    by_place = sorted(runs)
    for (s1, e1), (s2, e2) in zip(by_place[:-1], by_place[1:], strict=True):
        if s2 - e1 <= gap:
            out.append((s1, e2, True))
    return out


def _headline_above(units: list[Unit], start: int) -> bool:
    """A short line without a sentence end and without links within three units above the region."""
    for i in range(max(0, start - 3), start):
        u = units[i]
        if 2 <= u.words <= 20 and not u.links and not _sentence(u) and not u.bullet:
            return True
    return False


def region_features(
    units: list[Unit], chosen: list[float], lifted: list[float], cands: list[tuple[int, int, bool]]
) -> list[list[float]]:
    """One feature row per candidate (see REGION_FEATURES). `chosen`: the scores the runs come from;
    `lifted`: the hand scores after the context passes; the units' prob is set (dump_model.rescore)."""
    n = len(units)
    page_words = sum(u.words for u in units) or 1
    page_mass = sum(u.words * (u.prob or 0.0) for u in units) or 1.0
    longest = max(range(n), key=lambda i: units[i].words) if n else 0
    weights = [sum(chosen[s:e]) for s, e, _ in cands]
    top = max(weights[0], 1e-6) if weights else 1.0
    lifts = [sum(x for x in lifted[s:e] if x > 0) for s, e, _ in cands]
    top_lift = max(max(lifts, default=0.0), 1e-6)
    rows = []
    for c, (s, e, joined) in enumerate(cands):
        span = units[s:e]
        words = sum(u.words for u in span) or 1
        mass = sum(u.words * (u.prob or 0.0) for u in span)
        later = [s2 - e for s2, _, j2 in cands if not j2 and s2 >= e]
        gap_next = min(later) if later else n
        rows.append(
            [
                1.0 if c == 0 else 0.0,
                float(c if not joined else 0),
                weights[c] / top,
                math.log1p(max(0.0, weights[c])),
                mass / page_mass,
                mass / words,
                math.log1p(words),
                words / page_words,
                sum(u.words for u in span if _sentence(u)) / words,
                sum(min(u.links, u.words) for u in span) / words,
                sum(u.words for u in span if u.bullet) / words,
                sum(u.words for u in span if u.boiler) / words,
                s / n,
                e / n,
                1.0 if _has_header(units, s) else 0.0,
                1.0 if _headline_above(units, s) else 0.0,
                lifts[c] / top_lift,
                1.0 if s <= longest < e else 0.0,
                math.log1p(e - s),
                words / (e - s),
                1.0 if joined else 0.0,
                math.log1p(gap_next),
            ]
        )
    return rows


def region_values(m: dict, rows: list[list[float]]) -> list[float]:
    """The choice model's value of each candidate (a linear function of its standardised features)."""
    mean, scale, coef = m["mean"], m["scale"], m["coef"]
    return [sum(c * (x - mu) / sd for c, x, mu, sd in zip(coef, r, mean, scale, strict=True)) for r in rows]


def ranked(
    units: list[Unit], chosen: list[float], lifted: list[float], m: dict
) -> list[tuple[int, int, float]]:
    """Every candidate (start, end, value) the choice model `m` weighs, best first: what `choose`
    picks from, and the cleaner's other choices the journalist may go through (reader.body_candidates)."""
    cands = candidates(chosen, m.get("top_k", TOP_K), m.get("join_gap", JOIN_GAP))
    if not cands:
        return []
    values = region_values(m, region_features(units, chosen, lifted, cands))
    order = sorted(range(len(cands)), key=lambda i: -values[i])
    return [(cands[i][0], cands[i][1], values[i]) for i in order]


def choose(
    units: list[Unit], chosen: list[float], lifted: list[float], m: dict
) -> tuple[int, int, float | None]:
    """(start, end) of the region the choice model `m` prefers, and its margin over the next best
    candidate (None with one candidate or none)."""
    order = ranked(units, chosen, lifted, m)
    if not order:
        return 0, 0, None
    margin = order[0][2] - order[1][2] if len(order) > 1 else None
    return order[0][0], order[0][1], margin
