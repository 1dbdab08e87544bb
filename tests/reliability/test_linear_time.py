"""Issue 13 item 14: every cleaner, parser and the suggester runs in linear (or bounded) time.

Each property builds an input by repeating a short unit (the known adversarial ones: unclosed
emphasis, "[", "<a ", a run of stops, ...; or a unit hypothesis makes from the characters markup is
made of) to n characters and to 4n, and compares the times: about x4 when linear, x16 when
quadratic. The bound is generous (x10, best of 3 runs, measured again before failing) and the time
is the CPU time of the thread that runs the code, with the garbage collector off: other processes
on a busy machine (a full test run at load 5) do not count in it, and a collection of the whole
heap does not land in one run and not the other. Absolute speeds are in benchmarks/adversarial.py.

The suggester's units include the two inputs that made it fail (h88): one very long word ("a":
FirstWords looked up every prefix of it, x13) and a chain of capitalised words joined by hyphens
("A-": the wire dateline's place split it every way, cubic: 2,000 characters took 14 s).
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable

import pytest
from hostile_counts import exercised
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.clean import clean_dump, clean_html, clean_markdown
from reader.importing.formats import parse
from reader.normalize import normalize_text
from reader.segments import sentence_spans
from reader.suggest import claim_quantities, suggest

RATIO = 10.0  # linear ~4, quadratic ~16
FLOOR = 0.005  # seconds: below this the small run is timer noise

PROPERTY = settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TEXT_UNITS = [".", "a. ", "a\n", "a\n\n", "Ab ", "said ", '"He had 3 cats." ', "1,234 ", "-", " ", "\n"]
MARKDOWN_UNITS = ["*a ", "~~a ", "<a ", "[", "_a ", "**a ", "`a ", "![", "[a](", "<http:", "# a", "|--", "> "]
HTML_UNITS = ["<a ", "<p>a", "<li>a b c</li>", "&amp;", "<!--", "<b><i>x", "</p>", "<div>"]
SUGGEST_UNITS = TEXT_UNITS + [
    ", who said ",
    "according to ",
    "one in five adults ",
    "three people ",
    "$3.5 million ",
    "Mr. Jo Smith, 34, said 3 ",
    "«",
    '"',
    "a",
    "A-",
]

# Units hypothesis builds from the characters the rules react to.
MARKUP = st.text(alphabet="*_~`[]()<>!#|-:.\"'«» \naA1", min_size=1, max_size=6)
PROSE = st.text(alphabet="aA .,;:!?\"'\n-1$%", min_size=1, max_size=6)


def _make(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _seconds(fn: Callable[[str], object], arg: str, runs: int = 3) -> float:
    """The best of `runs` CPU times of this thread (not wall time: another process holding the CPU
    does not count), the garbage collector off while it runs."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.thread_time()
            fn(arg)
            best = min(best, time.thread_time() - started)
    finally:
        gc.enable()
    return best


def assert_linear(fn: Callable[[str], object], unit: str, n: int) -> None:
    small, big = _make(unit, n), _make(unit, 4 * n)
    fn(small[:100])  # warm up (imports, compiled patterns)
    ratios = []
    for _ in range(3):  # measured again before failing: another process may have had the CPU
        t1, t4 = _seconds(fn, small), _seconds(fn, big)
        ratios.append(t4 / max(t1, FLOOR))
        if ratios[-1] <= RATIO:
            return
    pytest.fail(
        f"{getattr(fn, '__name__', fn)} on {unit!r} * n: 4n takes x{min(ratios):.1f} (n={n}, {t4:.2f} s)"
    )


@PROPERTY
@given(st.one_of(st.sampled_from(MARKDOWN_UNITS), MARKUP))
def test_markdown_cleaner_is_linear(unit):
    exercised("strings", 1)
    assert_linear(clean_markdown, unit, 20_000)


@PROPERTY
@given(st.one_of(st.sampled_from(TEXT_UNITS), PROSE))
def test_dump_cleaner_is_linear(unit):
    exercised("strings", 1)
    assert_linear(clean_dump, unit, 20_000)


@settings(PROPERTY, max_examples=4)
@given(st.one_of(st.sampled_from(HTML_UNITS), MARKUP))
def test_html_cleaner_is_linear(unit):
    # trafilatura is slow per byte: a smaller n, and past 2,000 blocks it runs without its fallbacks
    exercised("strings", 1)
    assert_linear(clean_html, unit, 8_000)


@PROPERTY
@given(st.one_of(st.sampled_from(SUGGEST_UNITS), PROSE))
def test_suggester_is_linear(unit):
    exercised("strings", 1)
    assert_linear(suggest, unit, 10_000)


@PROPERTY
@given(st.one_of(st.sampled_from(TEXT_UNITS + MARKDOWN_UNITS), MARKUP))
def test_text_normalisation_and_sentences_are_linear(unit):
    exercised("strings", 1)
    assert_linear(normalize_text, unit, 50_000)
    assert_linear(sentence_spans, unit, 50_000)


@settings(PROPERTY, max_examples=4)
@given(st.one_of(st.sampled_from(TEXT_UNITS), PROSE))
def test_json_and_jsonl_parsers_are_linear(unit):
    exercised("strings", 1)

    def as_json(body: str) -> object:
        return parse(json.dumps({"title": "t", "text": body}), "json", None)

    def as_jsonl(body: str) -> object:
        lines = (json.dumps({"text": body[i : i + 1000] + " x"}) for i in range(0, len(body), 1000))
        return parse("\n".join(lines), "jsonl", None)

    assert_linear(as_json, unit, 20_000)
    assert_linear(as_jsonl, unit, 20_000)


def test_issue_repros_finish_quickly():
    """The inputs of the issue, at their size: each took 12 s to over a minute before."""
    started = time.perf_counter()
    for unit in ("*a ", "~~a ", "<a ", "["):
        clean_markdown(unit * 200_000 if unit != "[" else "[" * 200_000)
    suggest("Intro. " + "." * 40_000)
    assert time.perf_counter() - started < 30


def test_claim_quantities_bounded_on_a_whole_article_selected():
    """Pressing 6 on a long selection: the claim form's quantities come from a bounded prefix."""
    sentence = "The council said 3,400 workers were hired in 2024, up 12% from a year before. "
    text = sentence * 5_000  # 400 KB
    started = time.perf_counter()
    found = claim_quantities(text)
    assert time.perf_counter() - started < 5
    assert found and all(g.label == "QUANTITY" and text[g.start : g.end] == g.text for g in found)
    assert claim_quantities(sentence)[0].text == "3,400 workers"
