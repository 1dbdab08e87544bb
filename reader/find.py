"""Finding a term in an article's text the way the library search matches it: case and accents
ignored ("kurosé" finds "Kurose", "munchen" finds "München"). Pure, no Textual.

`fold` maps every code point to one code point, so an offset in the folded text is the same offset
in the article: matches are found with str.find over the folded text (computed once per article)
and their offsets used as they are."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One code point without its accents, lower-cased; the character itself lower-cased when that
    would take more or fewer than one code point (ß, İ, ligatures: they match only themselves)."""
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    low = ch.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """text with case and accents folded, one code point for one (same length, same offsets)."""
    if text.isascii():
        return text.lower()
    # The distinct non-ASCII characters are folded one by one (str.translate), then str.lower()
    # does the rest in C; should lower() change the length anyway, every character is folded alone.
    table = {ord(c): f for c in set(text) if ord(c) > 127 and (f := _fold_char(c)) != c}
    out = (text.translate(table) if table else text).lower()
    if len(out) == len(text):
        return out
    return "".join(_fold_char(c) for c in text)


def fold_query(query: str) -> str:
    """What a user typed, folded like the text, its runs of white space made one space."""
    return fold(" ".join(query.split()))


def find_all(folded_text: str, query: str) -> list[tuple[int, int]]:
    """Every (start, end) of the query in the text (given folded, see fold), left to right and not
    overlapping. An empty query finds nothing."""
    needle = fold_query(query)
    if not needle:
        return []
    out: list[tuple[int, int]] = []
    find, n = folded_text.find, len(needle)
    i = find(needle)
    while i >= 0:
        out.append((i, i + n))
        i = find(needle, i + n)
    return out


def find_words(folded_text: str, query: str, prefix_min: int = 3) -> list[tuple[int, int]]:
    """The hits of a library search in its article: each word of the query where a word of the text
    starts with it; the whole word for every query word but the last, which may be a prefix once it
    has `prefix_min` characters (as reader.store.fts_query searches). Sorted by start."""
    words = _WORDS.findall(fold(query))
    if not words:
        return []
    parts = [re.escape(w) + r"\b" for w in words[:-1]]
    last = re.escape(words[-1])
    parts.append(last + (r"\w*" if len(words[-1]) >= prefix_min and not query.endswith(" ") else r"\b"))
    pattern = re.compile(r"\b(?:" + "|".join(parts) + ")")
    return [(m.start(), m.end()) for m in pattern.finditer(folded_text)]


def next_match(matches: list[tuple[int, int]], offset: int, direction: int = 1) -> int | None:
    """The index of the first match starting after offset (direction 1) or the last starting before
    it (-1), going round at the ends; None when there are none."""
    if not matches:
        return None
    if direction > 0:
        i = bisect_right(matches, offset, key=_start)
        return i if i < len(matches) else 0
    i = bisect_left(matches, offset, key=_start) - 1
    return i if i >= 0 else len(matches) - 1


def _start(span: tuple[int, int]) -> int:
    return span[0]
