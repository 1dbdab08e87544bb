"""A search hit's snippet made from the article's text as SQLite's FTS5 snippet() makes it (its
fts5SnippetFunction, followed step by step): the window of 16 words holding the most of the
query's terms, preferring one that starts a sentence; matches between \\x02 and \\x03; "…" where the
window does not reach the text's start or end.

PostgreSQL's ts_headline parses the whole article each time (1.4 ms an article: 29 ms of a search
showing 20 hits, EXPLAIN ANALYZE), so on the server the snippets are made here from the texts of the
hits shown, and read as they do on SQLite."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# FTS5's unicode61 tokens: runs of letters and digits (the underscore separates).
TOKEN = re.compile(r"[^\W_]+")
# Each token with what stands before it (never a letter or digit): read in one pass, no match objects.
_GAP_TOKEN = re.compile(r"([\W_]*)([^\W_]+)")
WINDOW = 16
START, STOP, ELLIPSIS = "\x02", "\x03", "…"
_OPERATORS = {"AND", "OR", "NOT"}
_RAW_TERM = re.compile(r'"((?:[^"]|"")*)"|([^\W_]+)(\*?)')


@dataclass(frozen=True)
class Term:
    """One phrase of a query: its words (folded), the last one a prefix or not."""

    words: tuple[str, ...]
    prefix: bool = False


def fold(word: str) -> str:
    """A token as the full-text index keeps it: lower case, accents removed."""
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def query_terms(query: str, *, raw: bool, prefix_min: int = 3) -> list[Term]:
    """The phrases a search for query matches: what a user types (every word, the last one a prefix
    once it has prefix_min characters and the text does not end in a space), or FTS5 syntax (raw:
    words, "phrases" and prefix*; AND, OR and NOT are operators)."""
    if not raw:
        words = TOKEN.findall(query)
        last_prefix = bool(words) and len(words[-1]) >= prefix_min and not query.endswith(" ")
        return [Term((fold(w),), last_prefix and i == len(words) - 1) for i, w in enumerate(words)]
    terms = []
    for m in _RAW_TERM.finditer(query):
        phrase, word, star = m.groups()
        if phrase is not None:
            phrase_words = tuple(fold(w) for w in TOKEN.findall(phrase))
            if phrase_words:
                terms.append(Term(phrase_words))
        elif word not in _OPERATORS or star:
            terms.append(Term((fold(word),), bool(star)))
    return terms


def _instances(tokens: list[str], terms: list[Term]) -> list[tuple[int, int, int]]:
    """(position, term, size) of each place a term matches, in text order."""
    found = []
    for t, term in enumerate(terms):
        size, head = len(term.words), term.words[0]
        if term.prefix and size == 1:
            places = [i for i, token in enumerate(tokens) if token.startswith(head)]
        else:
            places = [i for i, token in enumerate(tokens) if token == head]
        for pos in places:
            got = tokens[pos : pos + size]
            if size > 1 and not (
                len(got) == size
                and got[1:-1] == list(term.words[1:-1])
                and (got[-1] == term.words[-1] or (term.prefix and got[-1].startswith(term.words[-1])))
            ):
                continue
            found.append((pos, t, size))
    return sorted(found)


def _score(instances: list[tuple[int, int, int]], first: int, window: int) -> tuple[int, int, int]:
    """fts5SnippetScore: 1000 for each term in [first, first + window), 1 for each repeat; and the
    first position and the end of the last match in it."""
    score, seen, i_first, i_last = 0, set(), -1, 0
    for pos, t, size in instances:
        if first <= pos < first + window:
            score += 1 if t in seen else 1000
            seen.add(t)
            if i_first < 0:
                i_first = pos
            i_last = pos + size
    return score, i_first, i_last


def _sentence_start(gaps: list[str], pos: int) -> int:
    """The token starting pos's sentence as FTS5 counts them: the first, or one after '.' or ':'
    and space (the gap before a token is all it reads)."""
    while pos > 0:
        gap = gaps[pos]
        stripped = gap.rstrip(" \t\n\r")
        if len(stripped) != len(gap) and stripped.endswith((".", ":")):
            return pos
        pos -= 1
    return 0


def _best_start(gaps: list[str], instances: list, window: int) -> int:
    n = len(gaps)
    best, best_start = 0, 0
    for pos, _, _ in instances:
        score, i_first, i_last = _score(instances, pos, window)
        if score > best:
            adjusted = i_first - (window - (i_last - i_first)) // 2
            best, best_start = score, max(0, min(adjusted, n - window))
        if n > window:
            sentence = _sentence_start(gaps, pos)
            if sentence < pos:
                score = _score(instances, sentence, window)[0] + (120 if sentence == 0 else 100)
                if score > best:
                    best, best_start = score, sentence
    return best_start


def snippet(text: str, terms: list[Term], window: int = WINDOW) -> str:
    """The snippet FTS5's snippet(..., '\\x02', '\\x03', '…', window) gives for text and terms."""
    pairs = _GAP_TOKEN.findall(text)
    gaps = [g for g, _ in pairs]
    words = [w for _, w in pairs]
    lowered = TOKEN.findall(text.lower())  # a token that lowers oddly is lowered alone
    if len(lowered) != len(words):
        lowered = [w.lower() for w in words]
    tokens = lowered if text.isascii() else [w if w.isascii() else fold(w) for w in lowered]
    instances = _instances(tokens, terms)
    first = _best_start(gaps, instances, window)
    last = min(first + window, len(words)) - 1
    if last < first:
        return text
    # Matches that overlap are marked as one (fts5CInstIterNext); side by side, each is its own.
    spans: list[list[int]] = []
    for pos, _, size in instances:
        if spans and pos <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], pos + size - 1)
        else:
            spans.append([pos, pos + size - 1])
    opens = {a for a, _ in spans}
    closes = {b for _, b in spans}
    out = [ELLIPSIS] if first > 0 else []
    for i in range(first, last + 1):
        # A match running into or out of the window is marked from or to its edge, as FTS5 does.
        opening = i in opens or (i == first and any(a < i <= b for a, b in spans))
        closing = i in closes or (i == last and any(a <= i < b for a, b in spans))
        out += [gaps[i] if i > first else "", START if opening else "", words[i], STOP if closing else ""]
    if last >= len(words) - 1:
        out.append(text[sum(map(len, gaps)) + sum(map(len, words)) :])
    else:
        out.append(ELLIPSIS)
    return "".join(out)
