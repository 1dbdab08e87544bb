"""Inter-annotator agreement (issue 14, item 5): pure functions over articles and their tags.

- Span F1 per label and per pair of annotators, for exact matches (same label, same start and end)
  and for overlapping ones (same label, at least one character in common). With A's spans as the
  reference, recall is the share of A's spans that B matched and precision the share of B's spans
  that A matched; F1 is their harmonic mean (for exact matches 2m / (|A| + |B|)). It is symmetric.
- Kappa on tokens: a token is a word (a run of letters or digits). Each token gets one category per
  annotator: the label of the tags covering it, or none. Per label that category is "L or not";
  over all labels it is the set of labels covering it ("DATE+QUANTITY" when two nest). Cohen's
  kappa for each pair, Fleiss' kappa for the whole group of annotators.
- Disagreements: places where the annotators' tags differ, each a cluster of overlapping tags in
  one article with what each annotator tagged there (nothing, another label, other offsets).

Which articles count: an article counts for a set of annotators when each of them worked on it
(tagged something in it or was assigned it): an article one of them never opened is not "no tags"
for them. The caller says who worked on which article (Doc.annotators)."""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

ALL_LABELS = "*"  # the label of a row over every label at once
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Span:
    annotator: str
    label: str
    start: int
    end: int
    annotation_id: int | None = None


@dataclass
class Doc:
    """One article: its text, its tags (every annotator's) and who worked on it."""

    article_id: int
    text: str
    spans: list[Span]
    annotators: frozenset[str] = frozenset()  # empty: everyone who tagged in it

    def workers(self) -> frozenset[str]:
        return self.annotators | {s.annotator for s in self.spans}


@dataclass(frozen=True)
class PairFigures:
    label: str  # ALL_LABELS for every label at once
    a: str
    b: str
    articles: int
    spans_a: int
    spans_b: int
    exact_f1: float | None  # None: neither tagged anything
    overlap_f1: float | None
    tokens: int
    kappa: float | None  # None: undefined (both gave every token the same one category)


@dataclass(frozen=True)
class GroupFigures:
    label: str
    annotators: tuple[str, ...]
    articles: int
    tokens: int
    fleiss_kappa: float | None


@dataclass(frozen=True)
class Disagreement:
    article_id: int
    start: int
    end: int
    text: str
    said: dict[str, list[tuple[str, int, int]]]  # annotator -> (label, start, end) tagged there
    annotation_ids: tuple[int, ...] = ()  # the tags there (to open the article at one)


@dataclass
class Agreement:
    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    pairs: list[PairFigures] = field(default_factory=list)
    groups: list[GroupFigures] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)


def span_f1(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]], *, exact: bool) -> float | None:
    """F1 of B's spans against A's (one label, one article set). None when both are empty."""
    if not a and not b:
        return None
    if exact:
        matched = len(set(a) & set(b))
        return 2 * matched / (len(a) + len(b))

    recall = _overlapping(a, b) / len(a) if a else 0.0
    precision = _overlapping(b, a) / len(b) if b else 0.0
    if recall + precision == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _overlapping(xs: Sequence[tuple[int, int]], ys: Sequence[tuple[int, int]]) -> int:
    """How many of xs share a character with one of ys, in O((n + m) log m): among the ys that
    start before x ends, one overlaps x when the furthest end among them is past x's start."""
    import bisect

    ordered = sorted(ys)
    starts = [y[0] for y in ordered]
    furthest: list[int] = []
    for y in ordered:
        furthest.append(max(y[1], furthest[-1]) if furthest else y[1])
    count = 0
    for x in xs:
        n = bisect.bisect_left(starts, x[1])  # the ys starting before x ends
        if n and furthest[n - 1] > x[0]:
            count += 1
    return count


def cohen_kappa(x: Sequence[str], y: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters' categories for the same items; None when undefined."""
    n = len(x)
    if n == 0 or n != len(y):
        return None
    return _cohen(n, sum(map(operator.eq, x, y)), Counter(x), Counter(y))


def _cohen(n: int, agreeing: int, cx: Counter[str], cy: Counter[str]) -> float | None:
    """Cohen's kappa from counts: n items, how many got the same category, each rater's totals."""
    if n == 0:
        return None
    observed = agreeing / n
    expected = sum(cx[c] * cy[c] for c in cx) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)


def fleiss_kappa(ratings: Sequence[Sequence[str]]) -> float | None:
    """Fleiss' kappa: ratings[i] holds every rater's category for item i (the same number each)."""
    if not ratings:
        return None
    n = len(ratings[0])
    if n < 2 or any(len(r) != n for r in ratings):
        return None
    return _fleiss(ratings, n, Counter())


def _fleiss(ratings: Iterable[Sequence[str]], n: int, unanimous: Counter[str]) -> float | None:
    """Fleiss' kappa over ratings (n raters each) and, besides them, unanimous[c] items every
    rater put in category c (most words: nobody tagged them; P_i = 1 each)."""
    totals: Counter[str] = Counter()
    agreement = 0.0
    unanimous = Counter(unanimous)
    for item in ratings:
        first = item[0]
        if item.count(first) == n:
            unanimous[first] += 1
            continue
        counts = Counter(item)
        totals.update(counts)
        agreement += (sum(c * c for c in counts.values()) - n) / (n * (n - 1))
    items = sum(unanimous.values()) + sum(totals.values()) // n
    if items == 0:
        return None
    agreement += sum(unanimous.values())
    for category, count in unanimous.items():
        totals[category] += count * n
    p_bar = agreement / items
    all_ratings = items * n
    p_e = sum((c / all_ratings) ** 2 for c in totals.values())
    if p_e >= 1.0:
        return None
    return (p_bar - p_e) / (1 - p_e)


def tokens(text: str) -> list[tuple[int, int]]:
    """The words of a text as (start, end) offsets."""
    return [m.span() for m in _WORD.finditer(text)]


def covered_words(words: Sequence[tuple[int, int]], spans: Iterable[Span]) -> dict[int, frozenset[str]]:
    """The words an annotator's tags cover (index -> the labels covering it); the rest have none.
    Sparse: most words are untagged."""
    import bisect

    starts = [w[0] for w in words]
    covering: dict[int, set[str]] = {}
    for s in spans:
        i = max(bisect.bisect_right(starts, s.start) - 1, 0)
        while i < len(words) and words[i][0] < s.end:
            if words[i][1] > s.start:  # the word has a character inside the tag
                covering.setdefault(i, set()).add(s.label)
            i += 1
    return {i: frozenset(labs) for i, labs in covering.items()}


def categories(n: int, covered: dict[int, frozenset[str]], label: str = ALL_LABELS) -> list[str]:
    """One annotator's category for each of n words: for one label, that label or "" (none); over
    all labels, the labels covering the word joined with "+" (or "")."""
    out = [""] * n
    for i, labs in covered.items():
        if label == ALL_LABELS:
            out[i] = "+".join(sorted(labs))
        elif label in labs:
            out[i] = label
    return out


def token_categories(
    words: Sequence[tuple[int, int]], spans: Iterable[Span], label: str = ALL_LABELS
) -> list[str]:
    """One annotator's category for each word (see categories)."""
    return categories(len(words), covered_words(words, spans), label)


class _Cover:
    """Each document's words and each annotator's covered words, computed once for every figure."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        self.words = {d.article_id: tokens(d.text) for d in docs}
        self._covered: dict[tuple[int, str], dict[int, frozenset[str]]] = {}
        self._spans = {d.article_id: d.spans for d in docs}

    def sparse(self, article_id: int, annotator: str, label: str) -> dict[int, str]:
        """The annotator's category of each word that has one (word index -> category); every
        other word's is "" (none). Figures are computed from these: most words are untagged."""
        key = (article_id, annotator)
        if key not in self._covered:
            mine = (s for s in self._spans[article_id] if s.annotator == annotator)
            self._covered[key] = covered_words(self.words[article_id], mine)
        if label == ALL_LABELS:
            return {i: "+".join(sorted(labs)) for i, labs in self._covered[key].items()}
        return {i: label for i, labs in self._covered[key].items() if label in labs}


def compute(
    docs: Sequence[Doc],
    *,
    annotators: Sequence[str] | None = None,
    labels: Sequence[str] | None = None,
) -> Agreement:
    """Every figure for these annotators (default: everyone who tagged) and labels (default: every
    label tagged), plus a row over all labels at once when there is more than one label."""
    who = tuple(sorted(annotators if annotators else {s.annotator for d in docs for s in d.spans}))
    chosen = set(who)
    found_labels = sorted({s.label for d in docs for s in d.spans if s.annotator in chosen})
    label_list = tuple(labels) if labels else tuple(found_labels)
    result = Agreement(who, label_list)
    rows = list(label_list) + ([ALL_LABELS] if len(label_list) > 1 else [])
    keep = set(label_list)
    docs = [
        Doc(
            d.article_id,
            d.text,
            [s for s in d.spans if s.annotator in chosen and s.label in keep],
            d.annotators,
        )
        for d in docs
        if len(d.workers() & chosen) > 1  # one person's article counts for no pair
    ]
    cover = _Cover(docs)
    for label in rows:
        for a, b in combinations(who, 2):
            result.pairs.append(_pair(docs, cover, label, a, b))
        if len(who) > 2:
            result.groups.append(_group(docs, cover, label, who))
    result.disagreements = disagreements(docs, who)
    return result


def _shared(docs: Sequence[Doc], people: Iterable[str]) -> list[Doc]:
    need = set(people)
    return [d for d in docs if need <= d.workers()]


def _pair(docs: Sequence[Doc], cover: _Cover, label: str, a: str, b: str) -> PairFigures:
    shared = _shared(docs, (a, b))
    spans_a: list[tuple[int, int, int, str]] = []
    spans_b: list[tuple[int, int, int, str]] = []
    words = agreeing = 0
    count_a: Counter[str] = Counter()
    count_b: Counter[str] = Counter()
    for d in shared:
        for s in d.spans:
            if label in (ALL_LABELS, s.label):
                if s.annotator == a:
                    spans_a.append((d.article_id, s.start, s.end, s.label))
                elif s.annotator == b:
                    spans_b.append((d.article_id, s.start, s.end, s.label))
        n = len(cover.words[d.article_id])
        in_a, in_b = cover.sparse(d.article_id, a, label), cover.sparse(d.article_id, b, label)
        either = in_a.keys() | in_b.keys()
        words += n
        agreeing += n - len(either) + sum(1 for i in either if in_a.get(i, "") == in_b.get(i, ""))
        count_a.update(in_a.values())
        count_a[""] += n - len(in_a)
        count_b.update(in_b.values())
        count_b[""] += n - len(in_b)
    exact = _f1_by_key(spans_a, spans_b, exact=True)
    overlap = _f1_by_key(spans_a, spans_b, exact=False)
    return PairFigures(
        label,
        a,
        b,
        len(shared),
        len(spans_a),
        len(spans_b),
        exact,
        overlap,
        words,
        _cohen(words, agreeing, count_a, count_b),
    )


def _f1_by_key(
    a: list[tuple[int, int, int, str]], b: list[tuple[int, int, int, str]], *, exact: bool
) -> float | None:
    """Span F1 where spans only match within one article and one label: the offsets of each
    (article, label) are shifted apart so that span_f1 can compare them all at once."""
    if not a and not b:
        return None
    keys = sorted({(s[0], s[3]) for s in a + b})
    offset_of: dict[tuple[int, str], int] = {}
    base = 0
    width = max(s[2] for s in a + b) + 1
    for k in keys:
        offset_of[k] = base
        base += width
    shift = [(offset_of[(s[0], s[3])] + s[1], offset_of[(s[0], s[3])] + s[2]) for s in a]
    shift_b = [(offset_of[(s[0], s[3])] + s[1], offset_of[(s[0], s[3])] + s[2]) for s in b]
    return span_f1(shift, shift_b, exact=exact)


def _group(docs: Sequence[Doc], cover: _Cover, label: str, who: tuple[str, ...]) -> GroupFigures:
    shared = _shared(docs, who)
    ratings: list[tuple[str, ...]] = []  # the words someone tagged
    untagged = 0  # the words nobody tagged: every annotator says "" (none)
    words = 0
    for d in shared:
        per_person = [cover.sparse(d.article_id, p, label) for p in who]
        tagged = set().union(*(p.keys() for p in per_person))
        ratings += [tuple(p.get(i, "") for p in per_person) for i in sorted(tagged)]
        n = len(cover.words[d.article_id])
        words += n
        untagged += n - len(tagged)
    kappa = _fleiss(ratings, len(who), Counter({"": untagged})) if words else None
    return GroupFigures(label, who, len(shared), words, kappa)


def disagreements(docs: Sequence[Doc], who: Sequence[str]) -> list[Disagreement]:
    """Clusters of overlapping tags (of any label) where the annotators who worked on the article
    did not all tag the same labels at the same offsets, in article and text order."""
    found: list[Disagreement] = []
    for d in sorted(docs, key=lambda d: d.article_id):
        present = [p for p in who if p in d.workers()]
        if len(present) < 2:
            continue
        spans = sorted((s for s in d.spans if s.annotator in present), key=lambda s: (s.start, s.end))
        cluster: list[Span] = []
        end = -1
        for s in [*spans, None]:
            if s is not None and cluster and s.start < end:
                cluster.append(s)
                end = max(end, s.end)
                continue
            if cluster:
                said = {
                    p: sorted((c.label, c.start, c.end) for c in cluster if c.annotator == p) for p in present
                }
                if len({tuple(v) for v in said.values()}) > 1:
                    start = min(c.start for c in cluster)
                    ids = tuple(c.annotation_id for c in cluster if c.annotation_id is not None)
                    found.append(Disagreement(d.article_id, start, end, d.text[start:end], said, ids))
            if s is not None:
                cluster, end = [s], s.end
    return found
