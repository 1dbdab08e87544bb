"""Time per MB of every cleaner, importer and the suggester on adversarial inputs (issue 13, item 14).

    python benchmarks/adversarial.py [--kb 200] [--only markdown,suggest]

Each input repeats one short unit (unclosed emphasis "*a ", "[", "<a ", a run of stops, ...) up to
the size asked: what regular expressions that backtrack, or loops that rescan, turn quadratic. For each
(target, input) the table gives seconds per MB of input, and beside it a reference measured in the
same run on the same string: str.split() over it (and, for the importers, reading the same bytes from
disk and decoding them). "x4" is the time on four times the input over the time on the input: about 4
when linear, 16 when quadratic.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.clean import clean_dump, clean_html, clean_markdown  # noqa: E402
from reader.suggest import suggest  # noqa: E402

# Units repeated to size, per kind of input.
TEXT_UNITS = {
    "dots": ".",
    "stops": "a. ",
    "newlines": "a\n",
    "blank lines": "a\n\n",
    "caps": "Ab ",
    "said": "said ",
    "quote": '"He had 3 cats." ',
    "numbers": "1,234 ",
    "date": "on 3 May 2024 ",
    "nav": "Home | World | Business\n",
    "byline": "By Anna Kurose\n",
    "dashes": "-",
    "spaces": " ",
}
MARKDOWN_UNITS = {
    "*a": "*a ",
    "~~a": "~~a ",
    "<a": "<a ",
    "[": "[",
    "_a": "_a ",
    "`a": "`a ",
    "![": "![",
    "[a](": "[a](",
    "<http:": "<http:",
    "# a": "# a",
    "|--": "|--",
    "> ": "> ",
    "- a": "- a\n",
}
HTML_UNITS = {
    "<a": "<a ",
    "<div>": "<div>",
    "<p>a": "<p>a",
    "&amp;": "&amp;",
    "<!--": "<!--",
    "<b><i>": "<b><i>x",
    "</p>": "</p>",
    "<li>": "<li>a b c</li>",
}
SUGGEST_UNITS = TEXT_UNITS | {
    "whosaid": ", who said ",
    "according": "according to ",
    "ratio": "one in five adults ",
    "spelled": "three people ",
    "money": "$3.5 million ",
    "mixed": "Mr. Jo Smith, 34, said 3 ",
}


def make(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def best_of(fn: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _importer(kind: str, folder: Path, store) -> Callable[[str], Callable[[], object]]:  # noqa: ANN001
    """A function of the body: writes the file for `kind` and returns the call importing it."""
    from reader.importing import import_paths

    suffix = {"text": ".txt", "html": ".html", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}[kind]
    counter = [0]

    def prepare(body: str) -> Callable[[], object]:
        counter[0] += 1
        path = folder / f"in{counter[0]}{suffix}"
        if kind == "json":
            body = json.dumps({"title": "t", "text": body})
        elif kind == "jsonl":
            # records of about 2 KB: many records, each adversarial
            body = "\n".join(
                json.dumps({"text": body[i : i + 2000] + f" {i}"}) for i in range(0, len(body), 2000)
            )
        path.write_text(body, encoding="utf-8")
        return lambda: import_paths(store, [path], workers=0)

    return prepare


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=200, help="size of each input in KB (default 200)")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--only", help="comma-separated targets: dump, html, markdown, suggest, import-KIND")
    args = ap.parse_args()
    size = args.kb * 1000
    tmp = tempfile.TemporaryDirectory()
    folder = Path(tmp.name)
    from reader.store import Store

    store = Store(folder / "bench.db")

    def direct(fn: Callable[[str], object]) -> Callable[[str], Callable[[], object]]:
        return lambda body: lambda: fn(body)

    targets: list[tuple[str, dict[str, str], Callable[[str], Callable[[], object]], int]] = [
        ("dump", TEXT_UNITS, direct(clean_dump), size),
        ("markdown", MARKDOWN_UNITS, direct(clean_markdown), size),
        ("html", HTML_UNITS, direct(clean_html), size // 4),  # trafilatura is slower per byte
        ("suggest", SUGGEST_UNITS, direct(suggest), size // 2),
        ("import-text", TEXT_UNITS, _importer("text", folder, store), size // 2),
        ("import-markdown", MARKDOWN_UNITS, _importer("markdown", folder, store), size // 2),
        ("import-html", HTML_UNITS, _importer("html", folder, store), size // 8),
        ("import-json", TEXT_UNITS, _importer("json", folder, store), size // 2),
        ("import-jsonl", TEXT_UNITS, _importer("jsonl", folder, store), size // 2),
    ]
    only = set(args.only.split(",")) if args.only else None
    print(f"{'target':16} {'input':12} {'KB':>5} {'s/MB':>8} {'split s/MB':>10} {'x slower':>9} {'x4':>5}")
    worst: dict[str, tuple[float, str]] = {}
    for name, units, prepare, n in targets:
        if only and name not in only:
            continue
        best_of(prepare(make("Warm up the imports. ", 2000)), 1)
        for label, unit in units.items():
            body = make(unit, n)
            mb = len(body.encode("utf-8")) / 1e6
            t = best_of(prepare(body), args.runs)
            big = make(unit, 4 * n)
            t4 = best_of(prepare(big), 1)
            ref = best_of(lambda b=body: b.split(), args.runs)
            if name.startswith("import-"):
                path = folder / "ref.bin"
                path.write_bytes(body.encode("utf-8"))
                ref += best_of(lambda p=path: p.read_bytes().decode("utf-8"), args.runs)
            per_mb, ref_mb = t / mb, ref / mb
            print(
                f"{name:16} {label:12} {len(body) // 1000:5d} {per_mb:8.3f} {ref_mb:10.4f} "
                f"{per_mb / ref_mb:9.0f} {t4 / t:5.1f}",
                flush=True,
            )
            if per_mb > worst.get(name, (0.0, ""))[0]:
                worst[name] = (per_mb, label)
    print()
    for name, (per_mb, label) in worst.items():
        print(f"worst {name}: {per_mb:.2f} s/MB ({label})")
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
