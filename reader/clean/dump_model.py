"""A learned unit scorer for page dumps: each unit's chance of being the article's, from the hand
features of the unit and of its neighbours (dump_lines._score and the context passes), its place on
the page and in the hand densest region. Language-agnostic: no word, site or phrase is a feature.

The model (boosted depth-2 trees over these features, weights in dump_model.json) is trained by
benchmarks/train_dump_model.py on the 181-page set and the tune half of the multilingual set only.
Inference is pure Python. The probabilities become region scores (p - THRESHOLD) * (words + WEIGHT_PAD)
decoded by the same maximum-subarray pass and context rules as the hand scores.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .dump_context import _drop_inside
from .dump_lines import Unit, _barrier, _densest_region, _sentence

MODEL_PATH = Path(__file__).with_name("dump_model.json")
WINDOW = 3  # neighbours on each side whose scores are features
WIDE = 10  # the wider window whose positive mass is a feature

FEATURES = (
    ["hand", "lifted", "log_words", "sentence", "boiler", "consent", "bullet", "link_share", "blank_before"]
    + ["barrier", "drop_inside", "short_line"]
    + [f"lifted_{d:+d}" for d in range(-WINDOW, WINDOW + 1) if d]
    + ["mass_before_near", "mass_after_near", "mass_before_wide", "mass_after_wide"]
    + ["in_region", "region_distance", "region_position", "page_position", "log_units"]
    + [
        "word_share",
        "score_share_of_max",
        "longest_distance",
        "short_run",
        "mass_above_share",
        "region_share",
    ]
    # a second stage's: the first stage's probability of the unit and of its neighbours, and the likely
    # article words (words x probability) near it (0 for a model without a first stage)
    + ["p1"]
    + [f"p1_{d:+d}" for d in range(-WINDOW, WINDOW + 1) if d]
    + ["pmass_before_near", "pmass_after_near", "pmass_before_wide", "pmass_after_wide"]
)


def _slog(x: float) -> float:
    return math.copysign(math.log1p(abs(x)), x)


# the unit's place against the hand densest region: a model trained without them (its "unused") does
# not need that region found at run time
REGION_FEATURES = ("in_region", "region_distance", "region_position", "region_share")


def unit_features(
    units: list[Unit],
    hand: list[float],
    lifted: list[float],
    region: bool = True,
    probs1: list[float] | None = None,
) -> list[list[float]]:
    """One feature row per unit (see FEATURES). `hand`: _score of each unit; `lifted`: the scores after
    the context passes (lists, live entries, consent bridges...). `region=False`: REGION_FEATURES are
    left at 0 (a model trained without them reads none)."""
    return list(iter_unit_features(units, hand, lifted, region, probs1))


def iter_unit_features(
    units: list[Unit],
    hand: list[float],
    lifted: list[float],
    region: bool = True,
    probs1: list[float] | None = None,
) -> Iterator[list[float]]:
    """unit_features one row at a time: scoring reads each row once, and a million-line dump held
    all its rows at once (about 1 KB a unit: 1.3 GB)."""
    n = len(units)
    if n == 0:
        return
    sl = [_slog(s) for s in lifted]
    pos = [max(0.0, s) for s in lifted]
    cum = [0.0]
    for p in pos:
        cum.append(cum[-1] + p)
    total = cum[-1] or 1.0
    start, end = _densest_region(lifted) if region else (0, 0)
    region_mass = cum[end] - cum[start]
    page_words = sum(u.words for u in units) or 1
    best = max(lifted) if lifted else 0.0
    longest = max(range(n), key=lambda i: units[i].words)
    short = [u.words <= 5 for u in units]
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = j + 1 if j == i else j
    log_n = math.log1p(n)
    pc = [0.0]  # likely article words before each unit: read by a second stage only
    if probs1 is not None:
        for u, q in zip(units, probs1, strict=True):
            pc.append(pc[-1] + u.words * q)
    for i, u in enumerate(units):
        w = u.words
        row = [
            _slog(hand[i]),
            sl[i],
            math.log1p(w),
            1.0 if w and _sentence(u) else 0.0,
            1.0 if u.boiler else 0.0,
            1.0 if u.consent else 0.0,
            1.0 if u.bullet else 0.0,
            min(1.0, u.links / w) if w else 0.0,
            1.0 if u.blank_before else 0.0,
            1.0 if _barrier(u) else 0.0,
            1.0 if _drop_inside(u) else 0.0,
            1.0 if short[i] else 0.0,
        ]
        for d in range(-WINDOW, WINDOW + 1):
            if d:
                j = i + d
                row.append(sl[j] if 0 <= j < n else -3.0)
        row.append(_slog(cum[i] - cum[max(0, i - WINDOW)]))
        row.append(_slog(cum[min(n, i + 1 + WINDOW)] - cum[i + 1]))
        row.append(_slog(cum[i] - cum[max(0, i - WIDE)]))
        row.append(_slog(cum[min(n, i + 1 + WIDE)] - cum[i + 1]))
        if region:
            inside = start <= i < end
            if inside:
                dist = min(i - start, end - 1 - i) + 1
            else:
                dist = -(start - i if i < start else i - end + 1)
            row.append(1.0 if inside else 0.0)
            row.append(_slog(float(dist)))
            row.append((i - start) / (end - start) if end > start else -1.0)
        else:
            row += [0.0, 0.0, 0.0]
        row.append(i / n)
        row.append(log_n)
        row.append(w / page_words)
        row.append(lifted[i] / best if best > 0 else 0.0)
        row.append(math.log1p(abs(i - longest)))
        row.append(math.log1p(run[i]))
        row.append(cum[i] / total)
        row.append(region_mass / total if region else 0.0)
        if probs1 is None:
            row += [0.0] * (2 * WINDOW + 5)
        else:
            row.append(probs1[i])
            for d in range(-WINDOW, WINDOW + 1):
                if d:
                    j = i + d
                    row.append(probs1[j] if 0 <= j < n else -1.0)
            row.append(math.log1p(pc[i] - pc[max(0, i - WINDOW)]))
            row.append(math.log1p(pc[min(n, i + 1 + WINDOW)] - pc[i + 1]))
            row.append(math.log1p(pc[i] - pc[max(0, i - WIDE)]))
            row.append(math.log1p(pc[min(n, i + 1 + WIDE)] - pc[i + 1]))
        yield row


@lru_cache(maxsize=1)
def _load(path: str) -> dict | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text("utf-8"))


_override: dict | None = None


def set_model(model: dict | None) -> None:
    """Use `model` (a dict as dump_model.json holds) instead of the shipped one; None: back to it.
    For the training script's cross-validation."""
    global _override
    _override = model


def model() -> dict | None:
    return _override if _override is not None else _load(str(MODEL_PATH))


def _tree_value(tree: list, row: list[float]) -> float:
    # a node: [feature, threshold, left, right]; a leaf: [value]
    while len(tree) == 4:
        tree = tree[2] if row[tree[0]] <= tree[1] else tree[3]
    return tree[0]


def _tree_source(tree: list) -> str:
    """A tree as one Python expression over `r` (the feature row); repr() gives back each float exactly."""
    if len(tree) != 4:
        return repr(tree[0])
    feature, threshold, left, right = tree
    return f"({_tree_source(left)} if r[{int(feature)}] <= {threshold!r} else {_tree_source(right)})"


_COMPILED: dict[tuple[int, float], tuple[list, Callable[[list[float]], float]]] = {}


def _scorer(m: dict) -> Callable[[list[float]], float]:
    """m's margin as one compiled function: the trees walked by _tree_value cost 1.6 us each per unit
    (150 trees: a million-line dump spent 80 s there). Same sums in the same order as _tree_value's
    loop, so the same floats. Kept per trees list (training copies a model's dict with other settings)."""
    trees = m["trees"]
    key = (id(trees), m["base"])
    hit = _COMPILED.get(key)
    if hit is not None and hit[0] is trees:
        return hit[1]
    lines = ["def margin(r):", f"    z = {m['base']!r}"]
    lines += [f"    z += {_tree_source(t)}" for t in m["trees"]]
    lines.append("    return z")
    namespace: dict = {}
    exec(compile("\n".join(lines), "<dump model>", "exec"), namespace)  # noqa: S102 - our own model's numbers
    if len(_COMPILED) >= 8:  # cross-validation sets many models: keep the cache small
        _COMPILED.clear()
    _COMPILED[key] = (trees, namespace["margin"])
    return namespace["margin"]


def margins(m: dict, rows: Iterable[list[float]]) -> list[float]:
    """The model's log-odds for each feature row."""
    margin = _scorer(m)
    return [margin(row) for row in rows]


def probabilities(
    units: list[Unit],
    hand: list[float],
    lifted: list[float],
    m: dict | None = None,
    probs1: list[float] | None = None,
) -> list[float]:
    """Each unit's probability of being the article's under m (the shipped model by default). A
    stacked model (m["stage1"]) reads its first stage's probabilities too: `probs1` when the caller
    has them already, else computed here."""
    m = m if m is not None else model()
    if m is None or not units:
        return []
    region = not set(REGION_FEATURES) <= set(m.get("unused", ()))
    if m.get("stage1") and probs1 is None:
        probs1 = probabilities(units, hand, lifted, m["stage1"])
    zs = margins(m, iter_unit_features(units, hand, lifted, region, probs1 if m.get("stage1") else None))
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in zs]


def region_scores(units: list[Unit], probs: list[float], m: dict) -> list[float]:
    """Scores for the maximum-subarray pass: (p - threshold) weighted by the unit's length."""
    t, pad, gain, cost = m["threshold"], m["weight_pad"], m.get("gain", 1.0), m.get("unit_cost", 0.0)
    # a unit the model does not take costs a fixed amount more, as the hand score's LINE_COST: a run
    # of one-word menu lines keeps two texts apart however short its lines are
    return [
        gain * (p - t) * (u.words + pad) - (cost if p < t else 0.0) for u, p in zip(units, probs, strict=True)
    ]


def rescore(units: list[Unit], hand: list[float], lifted: list[float], m: dict) -> list[float]:
    """The scores the region is chosen by: the hand scores after the context passes, times
    m["hand_mix"], plus the model's (p - threshold) * (words + weight_pad)."""
    probs1 = probabilities(units, hand, lifted, m["stage1"]) if m.get("stage1") else None
    probs = probabilities(units, hand, lifted, m, probs1)
    for u, p in zip(units, probs, strict=True):
        u.prob = p
    mix = m.get("hand_mix", 0.0)
    chosen = [mix * s + r for s, r in zip(lifted, region_scores(units, probs, m), strict=True)]
    if probs1 is not None and m.get("stage1_mix"):
        # the first stage's own region scores mixed in (beside the hand scores)
        first = region_scores(units, probs1, m)
        chosen = [c + m["stage1_mix"] * f for c, f in zip(chosen, first, strict=True)]
    for u, c in zip(units, chosen, strict=True):
        u.learned = c  # kept for the confidence measures, so they read these very scores
    return chosen


def learned_scores(units: list[Unit]) -> list[float] | None:
    """The scores rescore chose the region by, as it left them on the units, for the confidence
    measures; None when the scorer did not run."""
    if not units or any(u.learned is None for u in units):
        return None
    return [u.learned or 0.0 for u in units]


def region_sums(units: list[Unit], start: int, end: int) -> tuple[int, float, float]:
    """(words in the region [start, end), its likely article words, the page's likely article words):
    likely article words are words times the unit's probability."""
    inside_w = sum(u.words for u in units[start:end]) or 1
    inside = sum(u.words * (u.prob or 0.0) for u in units[start:end])
    total = sum(u.words * (u.prob or 0.0) for u in units) or 1.0
    return inside_w, inside, total


def confidence_from_sums(inside_w: int, inside: float, total: float) -> float:
    """region_confidence from region_sums."""
    return (inside / inside_w) * (inside / total)


def region_confidence(units: list[Unit], start: int, end: int) -> float | None:
    """How sure the learned scorer is of the region [start, end): the words-weighted mean of its units'
    probabilities, times the share of the page's likely article words (words times probability) that
    the region holds. 1.0: every word in the region is surely the article's and none outside is;
    None when the scorer did not run (no model, or a bare article with no region to choose)."""
    if end <= start or any(u.prob is None for u in units[start:end]):
        return None
    return confidence_from_sums(*region_sums(units, start, end))
