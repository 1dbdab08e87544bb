"""A very long word ("aaaa…", a pasted hash, a URL without separators) costs the suggester work in
proportion to its length. FirstWords (the date pattern's first words) looked up every prefix of the
word, each a new slice: 40,000 letters took x13 the CPU time of 10,000 (tests/reliability/
test_linear_time.py, unit "a", failed whenever hypothesis drew it). Counted here, not timed: the
lookups for one word stay within the longest prefix the pattern can begin with."""

from __future__ import annotations

from reader.suggest.dates import DATE_RE
from reader.suggest.first_words import FirstWords, Follow, first_words


class CountingSet(frozenset):
    looked: list[str] = []

    def __contains__(self, item: object) -> bool:
        CountingSet.looked.append(str(item))
        return super().__contains__(item)


def _found() -> FirstWords:
    found = first_words(DATE_RE.pattern)
    assert found is not None and found.prefixes
    return found


LONG = ("a" * 50_000, "Z" * 20_000, "Montag" + "x" * 30_000, "mid" + "-" * 5 + "y" * 9_000)


def test_prefix_lookups_are_bounded_by_the_longest_prefix():
    found = _found()
    longest = max(map(len, found.prefixes))
    counted = FirstWords(CountingSet(found.prefixes), found.follow, found.digit, found.canon)
    for word in LONG:
        CountingSet.looked.clear()
        counted.first(word)
        assert len(CountingSet.looked) <= longest, (word[:10], len(CountingSet.looked))
    follows = [f for f in found.follow.values() if f.prefixes]
    assert follows
    for follow in follows[:5]:
        longest = max(map(len, follow.prefixes))
        counting = Follow(follow.anything, follow.exact, CountingSet(follow.prefixes), follow.digit)
        for word in LONG:
            CountingSet.looked.clear()
            counted.may_follow(counting, word)
            assert len(CountingSet.looked) <= longest + 1  # the exact lookup, then the prefixes


def test_the_same_answers_as_every_prefix_looked_up():
    found = _found()
    words = ["mid", "Mid", "Montagabend", "mid" + "x" * 3_000, "a" * 3_000, "2026", "ıN", "ſince", "zeszłym"]
    words += [p + "qq" for p in sorted(found.prefixes)[:50]]
    for word in words:
        key = found.key(word)
        every = any(key[:n] in found.prefixes for n in range(1, len(key) + 1))
        expected = (
            Follow(anything=True) if (found.digit and word[0].isdecimal()) or every else found.follow.get(key)
        )
        assert found.first(word) == expected, word[:20]
        for follow in list(found.follow.values())[:20]:
            k = found.key(word)
            want = (
                follow.anything
                or (follow.digit and word[0].isdecimal())
                or k in follow.exact
                or any(k[:n] in follow.prefixes for n in range(1, len(k) + 1))
            )
            assert found.may_follow(follow, word) == want, word[:20]
