"""Article-extraction benchmark for the reader's cleaner.

    python benchmarks/cleaning.py [--bench-dir PATH] [--json]

Runs clean_html over html/ and clean_dump over dumps/inscriptis/ and dumps/flat/, with baselines in
the same run (each only if its package is importable): trafilatura.extract on the HTML, jusText (each
line as a paragraph, English stoplist) on the dumps, and the dump kept as-is. Prints one table:
input, method, precision, recall, F1, docs/s (total docs / total time). The metric is the
benchmark's shingle matching (reader/clean/score.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.clean import clean_dump, clean_html  # noqa: E402
from reader.clean.score import evaluate  # noqa: E402

DEFAULT_BENCH = REPO.parent / "shared" / "benchmarks" / "article-extraction"


def _load(bench: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    truth = {
        k: v["articleBody"] for k, v in json.loads((bench / "ground-truth.json").read_text("utf-8")).items()
    }
    inputs: dict[str, dict[str, str]] = {"html": {}, "dumps/inscriptis": {}, "dumps/flat": {}}
    for path in sorted((bench / "html").glob("*.html.gz")):
        inputs["html"][path.name.removesuffix(".html.gz")] = gzip.decompress(path.read_bytes()).decode(
            "utf-8", "replace"
        )
    for kind in ("dumps/inscriptis", "dumps/flat"):
        for path in sorted((bench / kind).glob("*.txt")):
            inputs[kind][path.stem] = path.read_text("utf-8", "replace")
    return truth, inputs


def _run(name: str, kind: str, docs: dict[str, str], truth: dict[str, str], fn: Callable[[str], str]) -> dict:
    pairs = []
    start = time.perf_counter()
    for doc_id, raw in docs.items():
        pairs.append((fn(raw) or "", truth.get(doc_id, "")))
    elapsed = time.perf_counter() - start
    ev = evaluate(pairs)
    return {
        "input": kind,
        "method": name,
        "precision": round(ev["precision"], 3),
        "recall": round(ev["recall"], 3),
        "f1": round(ev["f1"], 3),
        "docs": ev["docs"],
        "docs_per_s": round(len(pairs) / elapsed, 1) if elapsed > 0 else None,
    }


def _justext_lines(text: str) -> str:
    import justext

    stop = justext.get_stoplist("English")
    html = (
        "<html><body>"
        + "".join(
            "<p>" + line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"
            for line in text.split("\n")
            if line.strip()
        )
        + "</body></html>"
    )
    if html == "<html><body></body></html>":
        return ""
    paragraphs = justext.justext(html.encode("utf-8"), stop, encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except Exception:
        return False
    return True


def run(bench: Path) -> list[dict]:
    truth, inputs = _load(bench)
    rows = []
    rows.append(_run("reader clean_html", "html", inputs["html"], truth, lambda raw: clean_html(raw).text))
    if _importable("trafilatura"):
        import trafilatura

        rows.append(
            _run("trafilatura.extract", "html", inputs["html"], truth, lambda raw: trafilatura.extract(raw))
        )
    for kind in ("dumps/inscriptis", "dumps/flat"):
        rows.append(_run("reader clean_dump", kind, inputs[kind], truth, lambda raw: clean_dump(raw).text))
        if _importable("justext"):
            rows.append(_run("jusText, each line as a paragraph", kind, inputs[kind], truth, _justext_lines))
        rows.append(_run("kept as-is", kind, inputs[kind], truth, lambda raw: raw))
    return rows


def format_table(rows: list[dict]) -> str:
    head = ["input", "method", "precision", "recall", "F1", "docs/s"]
    body = [
        [
            r["input"],
            r["method"],
            f"{r['precision']:.3f}",
            f"{r['recall']:.3f}",
            f"{r['f1']:.3f}",
            f"{r['docs_per_s']:.0f}",
        ]
        for r in rows
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *body, strict=False)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)) + " |"]
    lines.append("| " + " | ".join("-" * w for w in widths) + " |")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in body]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = parser.parse_args(argv)
    if not (args.bench_dir / "ground-truth.json").exists():
        print(f"benchmark not found: {args.bench_dir}", file=sys.stderr)
        return 2
    rows = run(args.bench_dir)
    print(json.dumps(rows, indent=1) if args.json else format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
