"""The first two words a regular expression's match can begin with, read from the parsed pattern,
so a long text is searched only where they stand (reader.suggest.dates: a large alternation of
prepositions, months, weekdays and relative words in six languages, tried at every word start).

A word is a maximal run of \\w characters; the second is the next such run, whatever stands
between (the pattern's own separator is not checked). FirstWords.may_start(first, second) is true
for every pair a match can begin with, and for others as well (it never says no wrongly):
lookarounds and anchors are ignored (they only narrow what matches), except a word boundary or a
"no word character follows" right after a word's letters, which end it; a class too large to list,
or the pattern's end, leaves "anything may follow"; letters are compared as the regular
expression engine compares them under IGNORECASE (its own lower-case mapping and its extra
equivalences: ı with i, ſ with s, ...), case-sensitive parts included (a superset). When the
pattern holds something this reading does not bound, or a match could begin with no word
character, first_words gives None: search everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

try:  # the parser's own modules: private, so every failure below means "search everywhere"
    import re._casefix as _casefix  # type: ignore[import-not-found,unused-ignore]
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
    from _sre import unicode_tolower  # type: ignore[import-not-found,unused-ignore]

    _EXTRA: dict[int, tuple[int, ...]] | None = _casefix._EXTRA_CASES
except ImportError:  # pragma: no cover - Python 3.10 names them differently: no filter there
    _EXTRA = None

_LIST_LIMIT = 40  # a class of more characters ends the word: "anything may follow"
_PATHS_LIMIT = 50_000  # more ways to begin than this: not worth it, search everywhere


def _is_word(ch: str) -> bool:
    """\\w as the engine reads it for str patterns."""
    return ch.isalnum() or ch == "_"


def _canon_table() -> dict[int, int]:
    """Each extra IGNORECASE equivalence class of lower-case code points, to its smallest member."""
    assert _EXTRA is not None
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, others in _EXTRA.items():
        for b in others:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in {*parent, *parent.values()}}


@dataclass(frozen=True)
class Follow:
    """What may follow one first word: anything, or a second word exactly, by its start, or any
    word that begins with a decimal digit."""

    anything: bool = False
    exact: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()
    digit: bool = False

    @cached_property
    def longest_prefix(self) -> int:
        return max(map(len, self.prefixes), default=0)


@dataclass(frozen=True)
class FirstWords:
    prefixes: frozenset[str]  # first words by their start (canonical), anything may follow
    follow: dict[str, Follow]  # whole first words (canonical) and what may follow each
    digit: bool  # a match may begin with any word that begins with a decimal digit
    canon: dict[int, int]

    @cached_property
    def longest_prefix(self) -> int:
        return max(map(len, self.prefixes), default=0)

    def key(self, word: str) -> str:
        """The word as compared: each letter lower-cased as the engine does, then its class."""
        canon = self.canon
        return "".join(chr(canon.get(c, c)) for c in map(unicode_tolower, map(ord, word)))

    def first(self, word: str) -> Follow | None:
        """What may follow this first word for a match to begin with it (None: no match can)."""
        if self.digit and word[0].isdecimal():
            return _ANYTHING
        key = self.key(word)
        if _has_prefix(key, self.prefixes, self.longest_prefix):
            return _ANYTHING
        return self.follow.get(key)

    def may_follow(self, follow: Follow, second: str | None) -> bool:
        """Whether a match may begin with a first word of `follow` then this second word (None:
        the text ends after the first)."""
        if follow.anything:
            return True
        if second is None:
            return False
        if follow.digit and second[0].isdecimal():
            return True
        key = self.key(second)
        return key in follow.exact or _has_prefix(key, follow.prefixes, follow.longest_prefix)

    def may_start(self, first: str, second: str | None) -> bool:
        """False only when no match can begin with these two words."""
        follow = self.first(first)
        return follow is not None and self.may_follow(follow, second)


_ANYTHING = Follow(anything=True)


def _has_prefix(key: str, prefixes: frozenset[str], longest: int) -> bool:
    """Whether the key begins with one of the prefixes (the longest `longest` characters long).
    Only that far: each key[:n] is a new slice, and a word of 40,000 letters ("aaaa…") made every
    prefix of it one (x13 the time for x4 the letters)."""
    return any(key[:n] in prefixes for n in range(1, min(len(key), longest) + 1))


class _Unknown(Exception):
    """Something the reading cannot bound: search everywhere."""


# A way a match can begin: the words completed before (at most one), then the last word and what
# is known of it: "exact", "prefix" (any word beginning so), "digit" (any word beginning with a
# decimal digit, the word is ""), or "any" (no constraint after the completed words; the word is "").
_Path = tuple[tuple[str, ...], str, str]


def first_words(pattern: str) -> FirstWords | None:
    """The first two words of pattern's matches, or None when they cannot be bounded."""
    if _EXTRA is None:
        return None
    try:
        tree = _parser.parse(pattern)
        ctx = _Context(_canon_table(), {}, [])
        prefixes: set[str] = set()
        digit = False
        after: dict[str, list[Follow]] = {}
        for n, (done, word, kind) in enumerate(_walk(list(tree), (), "", False, ctx)):
            if n > _PATHS_LIMIT:
                return None
            if kind == "seconds":  # word: the index of what may follow done[0]
                after.setdefault(done[0], []).append(ctx.follows[int(word)])
            elif kind == "digit":
                digit = True
            elif kind == "prefix":
                prefixes.add(word)
            else:  # the whole first word, anything after it
                after.setdefault(word, []).append(_ANYTHING)
    except (_Unknown, RecursionError, AttributeError, TypeError, ValueError):
        return None
    follow = {
        w: Follow(
            anything=any(f.anything for f in fs),
            exact=frozenset().union(*(f.exact for f in fs)),
            prefixes=frozenset().union(*(f.prefixes for f in fs)),
            digit=any(f.digit for f in fs),
        )
        for w, fs in after.items()
    }
    return FirstWords(frozenset(prefixes), follow, digit, ctx.canon)


def _chars(items: list) -> list[str] | None:
    """The characters a class matches, or None when it holds a category, a negation or too many."""
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo >= _LIST_LIMIT:
                return None
            out.extend(chr(x) for x in range(lo, hi + 1))
        else:
            return None
        if len(out) > _LIST_LIMIT:
            return None
    return out


def _ends_word(op: object, av: object) -> bool:
    """A word boundary, or a look-ahead that no word character follows (after a word character,
    both say the word ends there)."""
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT and isinstance(av, tuple) and av[0] == 1:
        body = list(av[1])
        return (
            len(body) == 1 and body[0][0] is _c.IN and list(body[0][1]) == [(_c.CATEGORY, _c.CATEGORY_WORD)]
        )
    return False


def _non_word_only(body: list) -> bool:
    """Whether every character the sequence can match is a non-word one (white space, ",", ".")."""
    for op, av in body:
        if op is _c.LITERAL:
            if _is_word(chr(av)):
                return False
        elif op is _c.IN:
            chars = _chars(av)
            if chars is not None:
                if any(_is_word(ch) for ch in chars):
                    return False
            elif any(not (item is _c.CATEGORY and value is _c.CATEGORY_SPACE) for item, value in av):
                return False
        else:
            return False
    return True


MAX_WORDS = 2
_MORE = object()  # the rest of a repetition after its first pass: (_MORE, at least one more)


@dataclass
class _Context:
    canon: dict[int, int]
    seconds: dict[tuple[int, ...], int]  # a place in the pattern: its index in follows
    follows: list[Follow]  # what may come second after each place


def _follow(paths: Iterator[_Path]) -> Follow:
    exact: set[str] = set()
    prefixes: set[str] = set()
    anything = digit = False
    for _, word, kind in paths:
        anything = anything or kind == "any"
        digit = digit or kind == "digit"
        (exact if kind == "exact" else prefixes if kind == "prefix" else set()).add(word)
    return Follow(anything, frozenset(exact), frozenset(prefixes), digit)


def _walk(seq: list, done: tuple[str, ...], word: str, sep: bool, ctx: _Context) -> Iterator[_Path]:
    """Each way seq can begin, given the words completed (done), the word begun (word) and whether
    the walk stands between two words (sep)."""
    start = not done and not word and not sep

    def unbounded() -> Iterator[_Path]:  # anything may come next
        if start:
            raise _Unknown
        yield (done, "", "any") if sep else (done, word, "prefix")

    def word_ends(rest: list) -> Iterator[_Path]:  # a non-word character follows the word begun
        if start:
            raise _Unknown  # a match may begin with no word character
        if sep:
            yield from _walk(rest, done, "", True, ctx)
        elif len(done) + 1 == MAX_WORDS:
            yield done, word, "exact"
        else:  # what may come second after this place is the same after every first word: walked once
            key = tuple(map(id, rest))
            if key not in ctx.seconds:
                ctx.seconds[key] = len(ctx.follows)
                ctx.follows.append(_follow(_walk(rest, ("",), "", True, ctx)))
            yield (word,), str(ctx.seconds[key]), "seconds"  # not each pair: a product

    if not seq:
        yield from unbounded()  # the pattern ends: what the text holds next is not bounded
        return
    (op, av), rest = seq[0], seq[1:]
    if op is _c.LITERAL:
        if _is_word(chr(av)):
            c = unicode_tolower(av)
            yield from _walk(rest, done, ("" if sep else word) + chr(ctx.canon.get(c, c)), False, ctx)
        else:
            yield from word_ends(rest)
    elif op is _c.IN:
        chars = _chars(av)
        members = [(_c.LITERAL, ord(ch)) for ch in dict.fromkeys(chars)] if chars is not None else av
        for item, value in members:
            if item is _c.LITERAL:
                yield from _walk([(item, value), *rest], done, word, sep, ctx)
            elif item is _c.CATEGORY and value is _c.CATEGORY_SPACE:
                yield from word_ends(rest)
            elif item is _c.CATEGORY and value is _c.CATEGORY_DIGIT and (sep or start):
                yield done, "", "digit"
            else:  # a digit inside a word, a negation, \w, a long range
                yield from unbounded()
                break  # anything may follow: the other members add nothing
    elif op is _c.ASSERT_NOT and not av[1]:
        return  # (?!): this way never matches
    elif word and not sep and _ends_word(op, av):
        yield from word_ends(rest)
    elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        yield from _walk(rest, done, word, sep, ctx)  # zero-width: it only narrows what matches
    elif op is _c.SUBPATTERN:
        yield from _walk([*av[3], *rest], done, word, sep, ctx)
    elif op is _c.ATOMIC_GROUP:
        yield from _walk([*av, *rest], done, word, sep, ctx)
    elif op is _c.BRANCH:
        for alternative in av[1]:
            yield from _walk([*alternative, *rest], done, word, sep, ctx)
    elif op is _c.GROUPREF_EXISTS:
        _, yes, no = av
        yield from _walk([*yes, *rest], done, word, sep, ctx)
        yield from _walk([*(no or []), *rest], done, word, sep, ctx)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = av
        if low == 0:
            yield from _walk(rest, done, word, sep, ctx)
        if high == 0:
            return
        if _non_word_only(list(body)):  # white space and the like: once or many times, the same here
            yield from word_ends(rest)
        elif high == 1:
            yield from _walk([*body, *rest], done, word, sep, ctx)
        else:  # the first pass, then "maybe more", not followed further
            yield from _walk([*body, (_MORE, low > 1), *rest], done, word, sep, ctx)
    elif op is _MORE:
        if not av:
            yield from _walk(rest, done, word, sep, ctx)
        yield from unbounded()
    else:  # ANY, NOT_LITERAL, a back reference, anything else
        yield from unbounded()
