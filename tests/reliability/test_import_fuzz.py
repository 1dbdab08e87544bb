"""Issue 13: property-based fuzzing of every importer (text, HTML, Markdown, JSON, JSONL) through the
real pipeline (reader.importing.import_paths) into a real SQLite store.

For each generated input: no exception escapes (each input is imported, reported as a duplicate or
refused with a one-line reason), and nothing already stored changes (every row of every table before
the import is still there, identical, afterwards). Time linear in size is checked on repeated units.
Example counts are kept small so the suite stays fast.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from hostile_counts import exercised
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.importing import import_paths
from reader.store import Store

from .conftest import add_article

FUZZ = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_names = itertools.count()

# Text with what hostile pages carry: controls and escapes, bidi and zero-width characters, lone
# surrogates, markup characters, and ordinary words.
HOSTILE = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\x00\x1b\x07\x9b\x9d\u202e\u200b\ufeff\r\n\t<>&[]()*_~`#|!\"'{}:,.")),
        st.sampled_from(["<p>", "</p>", "<script>", "<!--", "-->", "\x1b[2J", "\x1b]52;c;aGk=\x07", " the "]),
    ),
    max_size=400,
).map("".join)
BODY = st.lists(
    st.sampled_from(["Anna Kurose said", "3,400 workers", "in Douai.", "\n\n", " "]), max_size=60
).map("".join)
TEXT = st.one_of(HOSTILE, BODY, st.tuples(BODY, HOSTILE, BODY).map("".join))
JSON_VALUE = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=False),
        TEXT,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.sampled_from(["text", "html", "title", "url", "date", "author", "published", "byline", "x"])
RECORD = st.one_of(
    st.dictionaries(FIELDS, st.one_of(TEXT, JSON_VALUE), max_size=6),
    st.fixed_dictionaries(
        {"text": TEXT}, optional={"title": TEXT, "date": TEXT, "url": TEXT, "author": TEXT}
    ),
    JSON_VALUE,
)


@pytest.fixture(scope="module")
def shelf():
    """A store holding articles with tags, claims and a session, shared by a test's examples (each
    import adds to it: what was stored before any example must survive them all)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "reader.db")
        for i in range(3):
            aid = add_article(store, i)
            text = store.get_article(aid).text
            start = text.index("workers")
            store.add_annotation(aid, "QUANTITY", start - 4, start + 7, annotator="fuzz", note="n")
            store.add_annotation(
                aid, "CLAIM", 0, text.index(".") + 1, claimant="Anna", claim_status="unverified"
            )
        yield store, Path(folder)
        store.close()


def snapshot(db: Path) -> dict[str, dict[object, tuple]]:
    """Every row of every table (the full-text index's own tables aside), by rowid."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'articles_fts%'"
            )
        ]
        return {t: {r[0]: r[1:] for r in conn.execute(f'SELECT rowid, * FROM "{t}"')} for t in tables}
    finally:
        conn.close()


def import_one(store: Store, folder: Path, content: str | bytes, suffix: str):
    path = folder / f"fuzz{next(_names)}{suffix}"
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    path.write_bytes(content)
    try:
        return import_paths(store, [path], workers=0)
    finally:
        path.unlink()


def check_import(shelf, content: str | bytes, suffix: str) -> None:
    store, folder = shelf
    db = folder / "reader.db"
    before = snapshot(db)
    report = import_one(store, folder, content, suffix)  # an exception here fails the test
    assert report.total >= 1
    for label, reason in report.refused:
        assert reason and "\n" not in reason and "Traceback" not in reason, (label, reason)
    after = snapshot(db)
    for table, rows in before.items():
        changed = {k for k, v in rows.items() if after.get(table, {}).get(k) != v}
        assert not changed, f"{table}: rows {sorted(changed)[:5]} changed by importing a {suffix} file"
    for aid in report.imported:
        assert store.get_article(aid).text.strip()


@FUZZ
@given(st.one_of(TEXT, st.binary(max_size=3000)))
def test_fuzz_text_import(shelf, content):
    exercised("files", 1)
    check_import(shelf, content, ".txt")


@FUZZ
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.tuples(st.sampled_from(["p", "div", "li", "h1", "title", "script", "a", "table"]), TEXT),
            max_size=12,
        ).map(lambda parts: "<html><body>" + "".join(f"<{t}>{x}</{t}>" for t, x in parts)),
    )
)
def test_fuzz_html_import(shelf, content):
    exercised("files", 1)
    check_import(shelf, content, ".html")


@FUZZ
@given(
    st.one_of(
        TEXT,
        st.lists(
            st.tuples(
                st.sampled_from(["# ", "## ", "- ", "> ", "1. ", "```\n", "| ", "", "*", "[", "]("]), TEXT
            ),
            max_size=12,
        ).map(lambda parts: "\n".join(a + b for a, b in parts)),
    )
)
def test_fuzz_markdown_import(shelf, content):
    exercised("files", 1)
    check_import(shelf, content, ".md")


@FUZZ
@given(st.one_of(RECORD.map(json.dumps), st.lists(RECORD, max_size=5).map(json.dumps), TEXT))
def test_fuzz_json_import(shelf, content):
    exercised("files", 1)
    check_import(shelf, content, ".json")


@FUZZ
@given(st.lists(st.one_of(RECORD.map(json.dumps), TEXT.map(lambda t: t.replace("\n", " "))), max_size=6))
def test_fuzz_jsonl_import(shelf, lines):
    exercised("files", 1)
    check_import(shelf, "\n".join(lines), ".jsonl")


# -- time linear in size ------------------------------------------------------------------------------

RATIO = 10.0  # linear ~4, quadratic ~16
UNITS = {
    ".txt": ["a. ", "a\n", "Ab ", "said ", "-", "Home | World\n"],
    ".md": ["*a ", "~~a ", "<a ", "[", "- a\n", "> "],
    ".html": ["<p>a", "<a ", "<li>a b</li>", "&amp;"],
    ".json": ["a. ", "said ", "\\u001b[2J "],
    ".jsonl": ["a. ", "said "],
}


def _body(suffix: str, unit: str, size: int) -> str:
    text = (unit * (size // len(unit) + 1))[:size]
    if suffix == ".json":
        return '{"title": "t", "text": "' + text.replace('"', "") + '"}'
    if suffix == ".jsonl":
        return "\n".join(
            json.dumps({"text": text[i : i + 1000] + f" {i}"}) for i in range(0, len(text), 1000)
        )
    return text


def _import_seconds(store: Store, folder: Path, content: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        import_one(store, folder, content, SUFFIX[0])
        best = min(best, time.perf_counter() - started)
    return best


SUFFIX = [""]


@settings(FUZZ, max_examples=6)
@given(st.sampled_from([(s, u) for s, units in UNITS.items() for u in units]))
def test_import_time_is_linear_in_size(shelf, case):
    exercised("files", 1)
    suffix, unit = case
    store, folder = shelf
    n = 4000 if suffix == ".html" else 15000
    SUFFIX[0] = suffix
    small, big = _body(suffix, unit, n), _body(suffix, unit, 4 * n)
    ratios = []
    for _ in range(3):
        t1, t4 = _import_seconds(store, folder, small), _import_seconds(store, folder, big)
        ratios.append(t4 / max(t1, 0.01))
        if ratios[-1] <= RATIO:
            return
    pytest.fail(f"importing {suffix} of {unit!r}: 4n takes x{min(ratios):.1f} ({t4:.2f} s)")
