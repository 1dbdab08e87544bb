"""The article-extraction benchmark's shingle metric, as pure functions.

Tokens are ``\\w+`` runs; shingles are runs of 4 consecutive tokens (a text of fewer than 4 tokens is
one shingle). Per document, true positives, false positives and false negatives are counted over the
shingle multisets and normalised by their sum; precision and recall are averaged over documents (a
document with nothing predicted and nothing expected counts 1.0); F1 is the harmonic mean of the two
averages. As in the benchmark's own evaluation, precision is averaged over the documents where
something was predicted and recall over those where something was expected.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["tokens", "shingles", "doc_counts", "doc_precision_recall", "evaluate"]

_TOKEN = re.compile(r"\w+")
N = 4


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = N) -> Counter:
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def doc_counts(predicted: str, expected: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one document (all 0.0 when both texts have no token)."""
    pred, true = shingles(predicted), shingles(expected)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def doc_precision_recall(predicted: str, expected: str) -> tuple[float | None, float | None]:
    """Precision and recall of one document; None where undefined (nothing predicted / expected),
    except that nothing predicted for nothing expected is a perfect 1.0, 1.0."""
    tp, fp, fn = doc_counts(predicted, expected)
    if tp == fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def evaluate(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """(predicted, expected) pairs -> {"precision", "recall", "f1", "docs"}."""
    ps: list[float] = []
    rs: list[float] = []
    docs = 0
    for predicted, expected in pairs:
        docs += 1
        p, r = doc_precision_recall(predicted, expected)
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "docs": docs}
