"""Inputs that made a cleaner take far longer than a normal page of the same size (backtracking
regular expressions, work per line): each is timed beside an ordinary page of the same size cleaned
in the same run, and must stay within a generous factor of it (benchmarks/hostile_inputs.py has the
figures)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hostile_counts import exercised

from reader.clean import clean_dump, clean_markdown

from .conftest import paragraph_text

FACTOR = 8.0  # a quadratic path is x100 or worse at these sizes; a busy machine is not x8
SLACK = 0.5  # seconds: start-up noise on small inputs


def _seconds(fn: Callable[[str], object], raw: str) -> float:
    started = time.perf_counter()
    fn(raw)
    return time.perf_counter() - started


def _normal(size: int) -> str:
    """An ordinary article of about `size` characters (paragraphs of sentences)."""
    parts, n, i = [], 0, 0
    while n < size:
        p = paragraph_text(i, 120)
        parts.append(p)
        n += len(p) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def assert_like_a_normal_page(fn: Callable[[str], object], raw: str) -> None:
    reference = _normal(len(raw))
    fn(reference[:200])  # imports and compiled patterns
    ref = min(_seconds(fn, reference) for _ in range(2))
    took = _seconds(fn, raw)
    assert took <= FACTOR * ref + SLACK, f"{took:.2f} s against {ref:.2f} s for a normal page"


SPACES = 20_000
MARKDOWN = {
    # the table-separator rule backtracked over a run of spaces twice over (25 s for 20,000 spaces)
    "indented-dash": "Title\n\n" + " " * SPACES + "- x\n\nA closing paragraph.",
    "dashes-then-spaces": "Title\n\n--" + " " * SPACES + "x\n\nA closing paragraph.",
    "pipe-between-spaces": "Title\n\n" + " " * SPACES + "|" + " " * SPACES + "x\n\nEnd.",
    "tabs-before-a-dash": "Title\n\n" + "\t" * SPACES + "-- x\n\nEnd.",
}


@pytest.mark.parametrize("raw", MARKDOWN.values(), ids=MARKDOWN.keys())
def test_markdown_with_long_runs_of_blanks_cleans_like_a_normal_page(raw: str) -> None:
    exercised("strings", 1)
    assert_like_a_normal_page(clean_markdown, raw)


def test_table_separator_rule_still_reads_tables() -> None:
    exercised("strings", 1)
    table = "Intro paragraph here.\n\n| Stadt | Einwohner |\n| :--- | ---: |\n| Köln | 1.084.000 |\n"
    assert "---" not in clean_markdown(table).text
    assert "Köln 1.084.000" in clean_markdown(table).text


def test_dump_with_long_runs_of_blanks_cleans_like_a_normal_page() -> None:
    exercised("strings", 1)
    assert_like_a_normal_page(clean_dump, "Title\n\n" + " " * SPACES + "- x\n\n" + paragraph_text(1))


def test_many_short_lines_hold_no_feature_table_in_memory() -> None:
    """A dump of many short lines (a log, a word list) is scored one line at a time: the scorer held a
    row of 60 features for every line at once (1.1 KB a line: 1.3 GB for a million lines)."""
    import tracemalloc

    exercised("strings", 1)
    lines = 3000
    raw = "\n".join(f"Zeile {i} wiersz" for i in range(lines))
    clean_dump(raw[:500])
    tracemalloc.start()
    try:
        clean_dump(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / lines < 800, f"{peak / lines:.0f} bytes a line"


def _normal_html(size: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in _normal(size).split("\n\n"))
    return f"<html><head><title>Ein Bericht</title></head><body><article><h1>Ein Bericht</h1>{body}</article></body></html>"[
        :size
    ]


def test_html_of_tens_of_thousands_of_paragraphs_cleans_like_a_normal_page() -> None:
    """trafilatura asks libxml2 for "//p//text()" once per candidate frame, and libxml2 merges those
    node sets in quadratic time (50,000 paragraphs: 4.8 s a query, 19 s a page). Past a number of
    block elements no news page has, the page is rendered to text and cleaned as a dump."""
    from reader.clean import clean_html

    exercised("strings", 1)
    raw = (
        "<html><head><title>Listen</title></head><body><article>"
        + "<p>x</p>" * 60_000
        + "</article></body></html>"
    )
    reference = _normal_html(len(raw))
    clean_html(reference[:3000])
    ref = _seconds(clean_html, reference)
    took = _seconds(clean_html, raw)
    assert took <= FACTOR * ref + SLACK, f"{took:.2f} s against {ref:.2f} s for a normal page"
