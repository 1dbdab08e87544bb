"""reader/suggest/spans.py: the log-time span look-ups agree with a plain scan of every span."""

import random

from reader.suggest.spans import Cover, Disjoint, Overlaps


def _random_spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(200)
        out.append((s, s + rng.randrange(1, 30)))
    return out


def test_disjoint_keeps_a_span_only_where_it_overlaps_none_kept():
    rng = random.Random(7)
    for _ in range(200):
        kept: list[tuple[int, int]] = []
        free = Disjoint()
        for s, e in _random_spans(rng, 40):
            expected = not any(a < e and s < b for a, b in kept)
            assert free.add(s, e) == expected
            if expected:
                kept.append((s, e))
        assert sorted(kept) == list(zip(free.starts, free.ends, strict=True))


def test_disjoint_spans_that_touch_do_not_overlap():
    free = Disjoint()
    assert free.add(10, 20)
    assert free.add(20, 25) and free.add(5, 10)
    assert not free.add(19, 21) and not free.add(0, 6) and not free.add(12, 14)


def test_cover_and_overlaps_agree_with_a_scan():
    rng = random.Random(11)
    for _ in range(100):
        spans = _random_spans(rng, 15)
        cover, overlaps = Cover(spans), Overlaps(spans)
        for pos in range(0, 240, 3):
            assert cover(pos) == any(a <= pos < b for a, b in spans)
            e = pos + rng.randrange(1, 20)
            assert overlaps(pos, e) == any(a < e and pos < b for a, b in spans)
