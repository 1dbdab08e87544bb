"""Cleaning time and peak memory of hostile inputs, each beside an ordinary page of the same size
and format cleaned in the same run (the reference), so a slow machine slows both.

    python benchmarks/hostile_inputs.py [--runs 3] [--scale 1.0] [--only NAME,...]

Each input is cleaned --runs times (median wall time) and once more under tracemalloc (peak of the
Python heap: lxml's own C memory is not counted). "x ref" is the input's time over its reference's:
about 1 for a linear path, far more for a quadratic one. Every input is invented; nothing is read
from disk or the network.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from long_article import long_article  # noqa: E402

from reader.clean import clean  # noqa: E402


def _prose(size: int) -> str:
    """An ordinary article of `size` characters: paragraphs of sentences."""
    text = long_article(size // 5 + 200)
    while len(text) < size:
        text += "\n\n" + text
    return text[:size]


def _html_page(size: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _prose(size).split("\n\n"))
    page = (
        f"<html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>{paragraphs}"
    )
    return page[:size] + "</article></body></html>"


def _markdown_page(size: int) -> str:
    return "# Harbour report\n\n" + _prose(size)


def inputs(scale: float) -> dict[str, tuple[str, str, Callable[[int], str]]]:
    """name -> (format, raw, reference maker taking the size)."""
    n = lambda k: max(10, int(k * scale))  # noqa: E731
    lede = _prose(600).replace("\n", " ")
    return {
        "dump: 50,000 short lines": ("text", "\n".join(f"line {i}" for i in range(n(50_000))), _prose),
        "dump: one 0.5 MB line": ("text", _prose(n(500_000)).replace("\n", " "), _prose),
        "dump: a line x 30,000": ("text", "\n".join(["Share this article"] * n(30_000)), _prose),
        "dump: 30,000 near-identical lines": (
            "text",
            "\n".join(f"Share this article {i}" for i in range(n(30_000))),
            _prose,
        ),
        "markdown: 20,000 spaces before '- x'": (
            "markdown",
            f"# Report\n\n{lede}\n\n" + " " * n(20_000) + "- x\n\nEnd.",
            _markdown_page,
        ),
        "html: 30,000 paragraphs": (
            "html",
            "<html><body><article>" + "<p>x</p>" * n(30_000) + "</article></body></html>",
            _html_page,
        ),
        "html: 10,000-row table": (
            "html",
            f"<html><body><article><p>{lede}</p><table>"
            + "".join(f"<tr><td>{i}</td><td>cell {i}</td></tr>" for i in range(n(10_000)))
            + "</table></article></body></html>",
            _html_page,
        ),
        "html: 20,000 links": (
            "html",
            f"<html><body><article><p>{lede}</p>"
            + "".join(f'<a href="/a{i}">link {i}</a> ' for i in range(n(20_000)))
            + "</article></body></html>",
            _html_page,
        ),
        "html: 0.5 MB title": (
            "html",
            "<html><head><title>"
            + "Title word " * n(50_000)
            + f"</title></head><body><article><p>{lede}</p></article></body></html>",
            _html_page,
        ),
        "html: nested 50,000 deep": (
            "html",
            "<html><body>" + "<div>" * n(50_000) + f"<p>{lede}</p>" + "</div>" * n(50_000) + "</body></html>",
            _html_page,
        ),
    }


def _time(fmt: str, raw: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        clean(raw, fmt)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _peak(fmt: str, raw: str) -> float:
    tracemalloc.start()
    try:
        clean(raw, fmt)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="timed runs per input (median)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every input's size")
    ap.add_argument("--only", default="", help="comma-separated substrings of the input names to run")
    args = ap.parse_args(argv)
    for fmt, sample in (
        ("text", _prose(3000)),
        ("html", _html_page(3000)),
        ("markdown", _markdown_page(3000)),
    ):
        clean(sample, fmt)  # imports, lazy tables and compiled patterns out of the first timing
    wanted = [w.strip() for w in args.only.split(",") if w.strip()]
    print(
        f"| input | size | time (s) | ref time (s) | x ref | peak MB | ref peak MB |  (median of {args.runs})"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, (fmt, raw, reference) in inputs(args.scale).items():
        if wanted and not any(w in name for w in wanted):
            continue
        ref_raw = reference(len(raw))
        t, r = _time(fmt, raw, args.runs), _time(fmt, ref_raw, args.runs)
        p, rp = _peak(fmt, raw), _peak(fmt, ref_raw)
        size = f"{len(raw) / 1e6:.2f} MB"
        print(
            f"| {name} | {size} | {t:.2f} | {r:.2f} | {t / max(r, 1e-3):.1f} | {p:.1f} | {rp:.1f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
