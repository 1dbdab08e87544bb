"""A committee of the learned dump scorer: does the region the cleaner chose hold up when the scorer
was trained on other samples of the same pages?

dump_model.json may carry `committee`: a few unit models (each {"base", "trees"}), each trained as
the shipped one but on a bootstrap sample of its pages (benchmarks/train_dump_model.py --committee).
Each chooses the page's region again with the shipped model's decoding setting (the same scores,
maximum-subarray pass and header preference as dump.pick_region). Where most of them take another
part of the page, the choice rests on details of the training material: the cleaner hesitated
between two parts of the page (reader.clean.confidence reads `committee_disagree`).
"""

from __future__ import annotations

from collections.abc import Callable

from . import dump_model
from .dump_lines import Unit

# a member's region that shares under this part of its words with the chosen one (words in both over
# words in either) took another part of the page
MIN_OVERLAP = 0.5


def _words(units: list[Unit], start: int, end: int) -> dict[int, int]:
    return {i: units[i].words for i in range(start, end) if units[i].words}


def overlap(units: list[Unit], a: tuple[int, int], b: tuple[int, int]) -> float:
    """Words in both regions over words in either (1.0: the same words)."""
    wa, wb = _words(units, *a), _words(units, *b)
    both = sum(w for i, w in wa.items() if i in wb)
    either = sum(wa.values()) + sum(wb.values()) - both
    return both / either if either else 1.0


def disagreement(
    units: list[Unit],
    lifted: list[float],
    region: tuple[int, int],
    m: dict,
    member_probs: list[list[float]],
    pick: Callable[[list[float]], tuple[int, int]],
) -> float | None:
    """The share of the committee's members (`member_probs`: each one's probability of each unit,
    dump_model.with_committee) whose own region (`pick` over their scores, decoded with m's setting)
    shares under MIN_OVERLAP of its words with `region`, the one the cleaner chose; None without one."""
    if not member_probs:
        return None
    mix = m.get("hand_mix", 0.0)
    away = 0
    for probs in member_probs:
        chosen = [mix * s + r for s, r in zip(lifted, dump_model.region_scores(units, probs, m), strict=True)]
        away += overlap(units, region, pick(chosen)) < MIN_OVERLAP
    return away / len(member_probs)
