"""The snippets search shows on PostgreSQL (reader.snippet) are the ones SQLite's FTS5 snippet()
gives for the same text and query: compared on texts drawn at random (sentences, accents, colons,
line breaks, repeated and adjacent matches), with typed and FTS5-syntax queries."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.snippet import query_terms, snippet
from reader.store.search import fts_query

WORDS = [
    "Kurose",
    "kurose",
    "Élysée",
    "elysee",
    "plant",
    "plants",
    "in",
    "Douai",
    "the",
    "150",
    "experts",
    "x_y",
]
GAPS = [" ", " ", " ", ", ", ". ", ": ", ".\n\n", " - ", "\n", " (", ") "]


def fts5_snippet(text: str, match: str) -> str | None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5 (title, text, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('', ?)", (text,))
    row = conn.execute(
        "SELECT snippet(t, 1, '\x02', '\x03', '…', 16) FROM t WHERE t MATCH ?", (match,)
    ).fetchone()
    conn.close()
    return row[0] if row else None


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=60).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)


@settings(max_examples=150, deadline=None)
@given(text=texts, words=st.lists(st.sampled_from(WORDS[:9]), min_size=1, max_size=3), typing=st.booleans())
def test_a_typed_query_gives_fts5s_snippet(text, words, typing):
    query = " ".join(words) + ("" if typing else " ")
    expected = fts5_snippet(text, fts_query(query))
    if expected is not None:
        assert snippet(text, query_terms(query, raw=False)) == expected


@settings(max_examples=80, deadline=None)
@given(
    text=texts,
    query=st.sampled_from(['"plant in douai"', "kurose OR experts", "plan* NOT nothing", '"the 150" elysee']),
)
def test_fts5_syntax_gives_fts5s_snippet(text, query):
    expected = fts5_snippet(text, query)
    if expected is not None:
        assert snippet(text, query_terms(query, raw=True)) == expected


def test_a_long_article_is_cut_around_its_best_sentence():
    text = (
        "Nothing here at all. " * 20 + "Then Kurose spoke about the plant. " + "More words follow on. " * 20
    )
    got = snippet(text, query_terms("kurose plant", raw=False))
    assert got == fts5_snippet(text, fts_query("kurose plant"))
    assert got.startswith("…Then \x02Kurose\x03") and got.endswith("…")
