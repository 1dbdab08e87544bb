"""Words, sentences and paragraphs of a cleaned text, as code-point spans. Pure functions.

Shared by the reading view (cursor moves, selection), export (the sentence an annotation stands in)
and suggestions."""

from __future__ import annotations

import re
from bisect import bisect_right

# A number keeps its group and decimal separators: "150,000" and "3.5" are one word each.
_WORD = re.compile(r"\w+(?:[-'’.]\w+|(?<=\d),\d+)*")
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace,
# unless the word before the stop is a known abbreviation or a single capital (an initial).
# (?<!...): a run of stops is tried once from its start, not from each stop (quadratic on "....").
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)")
_LAST_WORD = re.compile(r"\w+$")
_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt gov sen rep rev inc ltd co corp vs etc no nos fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ av ave m mme mlle".split()
)


SENTENCE_REACH = 2000


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of non-empty lines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, never crossing a paragraph break; trailing spaces excluded."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        para = text[p_start:p_end]
        start = 0
        for m in _SENTENCE_END.finditer(para):
            before = _LAST_WORD.search(para, max(0, m.start() - 24), m.start())
            word = before.group(0) if before else ""
            if m.group(0).startswith(".") and (
                word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
            ):
                continue
            # Lower-case continuation ("e.g. this") is not a new sentence.
            nxt = _NEXT_VISIBLE.match(para, m.end())
            if nxt and nxt.group(1).islower():
                continue
            spans.append((p_start + start, p_start + m.end()))
            start = m.end()
            while start < len(para) and para[start].isspace():
                start += 1
        if start < len(para):
            spans.append((p_start + start, p_start + len(para.rstrip())))
    return [s for s in spans if s[1] > s[0]]


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _first(span: tuple[int, int]) -> int:
    return span[0]


def span_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing offset (or the one just before it, when offset sits in a gap)."""
    if not spans:
        return None
    i = bisect_right(spans, offset, key=_first) - 1
    if i < 0:
        return spans[0]
    return spans[i]


def sentence_at(text: str, offset: int) -> tuple[int, int] | None:
    return span_at(sentence_spans(text), offset)


def sentence_around(
    text: str, start: int, end: int, spans: list[tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The sentence holding text[start:end], or every sentence it touches when it crosses a boundary.
    Pass the text's sentence_spans when asking many times about one text."""
    if spans is None:
        # Only the paragraphs the span touches need splitting, and of those only SENTENCE_REACH
        # characters either side: a page saved without blank lines is one paragraph of 500 KB, and
        # splitting it all cost 25-85 ms a tag. A sentence longer than that is cut at the reach.
        lo = text.rfind("\n\n", max(0, start - SENTENCE_REACH), start)
        lo = max(0, start - SENTENCE_REACH) if lo == -1 else lo + 2
        hi = text.find("\n\n", end, end + SENTENCE_REACH)
        hi = min(len(text), end + SENTENCE_REACH) if hi == -1 else hi
        spans = [(s + lo, e + lo) for s, e in sentence_spans(text[lo:hi])]
    first = span_at(spans, start)
    last = span_at(spans, max(start, end - 1))
    if first is None or last is None:
        return start, end
    return min(first[0], start), max(last[1], end)


class SentenceBounds:
    """sentence_around for many spans of one text: each paragraph is split once, when first asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        # (start, end) of the text split -> its sentences: the paragraphs a span touches, split as
        # sentence_around splits them (a span crossing a blank line splits the later paragraphs too,
        # and a later span inside the first paragraph alone must not get that split)
        self._split: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def around(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        lo = text.rfind("\n\n", 0, start)
        lo = 0 if lo == -1 else lo + 2
        hi = text.find("\n\n", end)
        hi = len(text) if hi == -1 else hi
        cached = self._split.get((lo, hi))
        if cached is None:
            cached = self._split[(lo, hi)] = [(s + lo, e + lo) for s, e in sentence_spans(text[lo:hi])]
        return sentence_around(text, start, end, cached)

    def sentence(self, start: int, end: int) -> str:
        return self.text[slice(*self.around(start, end))]


def sentence_text(text: str, start: int, end: int) -> str:
    """The text of sentence_around(text, start, end)."""
    return text[slice(*sentence_around(text, start, end))]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"


def _in_word(text: str, k: int) -> bool:
    """text[k] belongs to a word: a word character, or a separator between digits (150,000 / 3.5)."""
    return _is_word_char(text[k]) or _separates_digits(text, k)


def word_at(text: str, i: int) -> tuple[int, int]:
    """The word at (or just before) offset i, without edge hyphens/apostrophes or a possessive 's;
    an empty span when there is none."""
    if not text:
        return 0, 0
    i = max(0, min(i, len(text)))
    if (i == len(text) or not _in_word(text, i)) and i > 0 and _in_word(text, i - 1):
        i -= 1
    if i >= len(text) or not _in_word(text, i):
        return i, i
    s = i
    while s > 0 and _in_word(text, s - 1):
        s -= 1
    e = i
    while e < len(text) and _in_word(text, e):
        e += 1
    # Hyphens and apostrophes only join letters: drop them at the edges.
    while s < e and text[s] in "'’-":
        s += 1
    while e > s and text[e - 1] in "'’-":
        e -= 1
    if e - s > 2 and text[e - 2] in "'’" and text[e - 1] in "sS":  # possessive: Renault's -> Renault
        e -= 2
    return s, e


def _separates_digits(text: str, k: int) -> bool:
    return text[k] in ",." and 0 < k < len(text) - 1 and text[k - 1].isdigit() and text[k + 1].isdigit()


def _joined(text: str, k: int) -> bool:
    """text[k - 1] and text[k] are in one word: letters and digits, or a number's separator."""
    a, b = text[k - 1], text[k]
    return (a.isalnum() and b.isalnum()) or _separates_digits(text, k) or _separates_digits(text, k - 1)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow [start, end) outward to whole words (letters and digits), then trim whitespace.

    Only letters and digits join, so a selected "Renault" in "Renault's" stays "Renault".
    An empty or blank selection becomes the word at start."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    # A selection that stops on a joining hyphen or apostrophe takes the rest of that word.
    if 0 < start < len(text) and text[start] in "'’-" and text[start - 1].isalnum():
        start -= 1
    if 0 < end < len(text) and text[end - 1] in "'’-" and text[end].isalnum():
        end += 1
    while 0 < start < len(text) and _joined(text, start):
        start -= 1
    while 0 < end < len(text) and _joined(text, end):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return word_at(text, start)
    return start, end
