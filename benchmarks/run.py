"""The scale benchmarks, each figure beside a reference measured in the same run on the same data.

    python benchmarks/run.py [--articles N] [--annotations M] [--repeats R] [--import-articles K]
                             [--only import,search,tui,export]

Prints one table: figure, value, reference, ratio, target, pass/fail. Every value is the median over
R repeats. The ratio is this project's cost over the reference's (time over time, or rate over
rate inverted): 1.0 means no overhead, 3.0 means three times the physical limit measured here.

The N-article database is built once by benchmarks/corpus.py and cached (see READER_BENCH_CACHE).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus  # noqa: E402


@dataclass
class Row:
    figure: str
    value: float | None
    unit: str
    reference: float | None
    reference_name: str
    target: float | None
    higher_is_better: bool
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.value or not self.reference:
            return None
        return self.reference / self.value if self.higher_is_better else self.value / self.reference

    @property
    def passed(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


def _fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "-"
    if v >= 1000:
        s = f"{v:,.0f}"
    elif v >= 100:
        s = f"{v:.0f}"
    elif v >= 10:
        s = f"{v:.1f}"
    else:
        s = f"{v:.2f}"
    return f"{s} {unit}"


def print_table(rows: list[Row], header: str) -> None:
    cells = [("figure", "value", "reference", "ratio", "target", "result")]
    for r in rows:
        ref = (
            f"{_fmt(r.reference, r.unit)} ({r.reference_name})"
            if r.reference is not None
            else r.reference_name
        )
        target = "-" if r.target is None else ("≥ " if r.higher_is_better else "≤ ") + _fmt(r.target, r.unit)
        ratio = "-" if r.ratio is None else f"x{r.ratio:.2f}"
        result = {True: "pass", False: "FAIL", None: "n/a"}[r.passed]
        if r.note:
            result += f" ({r.note})"
        cells.append((r.figure, _fmt(r.value, r.unit), ref, ratio, target, result))
    widths = [max(len(c[i]) for c in cells) for i in range(6)]
    print(header)
    for n, c in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def median_of(repeats: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(repeats))


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


# -- import ---------------------------------------------------------------------------------------


def _import_with_reader(store, folder: Path) -> int:
    try:
        from reader.importing.pipeline import import_paths
    except ImportError:  # the pipeline has not landed: clean and store each file as it would
        from reader.clean import clean

        n = 0
        for p in sorted(folder.glob("*.txt")):
            raw = p.read_text("utf-8")
            store.add_article(clean(raw, "text"), raw, str(p), "text")
            n += 1
        return n
    report = import_paths(store, [folder])
    if report.refused:
        raise RuntimeError(f"import refused {len(report.refused)} files, e.g. {report.refused[0]}")
    return len(report.imported)


def bench_import(n: int, repeats: int, work: Path) -> list[Row]:
    import sqlite_utils

    from reader.store import Store

    folder = work / "dumps"
    corpus.write_dumps(folder, n, seed=corpus.DEFAULT_SEED + 1)

    def ours() -> float:
        db = work / "import.db"
        for p in work.glob("import.db*"):
            p.unlink()
        store = Store(db)
        t = time.perf_counter()
        done = _import_with_reader(store, folder)
        elapsed = time.perf_counter() - t
        store.close()
        if done != n:
            raise RuntimeError(f"imported {done} of {n} dumps")
        return n / elapsed

    def reference() -> float:
        db = work / "bare.db"
        for p in work.glob("bare.db*"):
            p.unlink()
        t = time.perf_counter()
        rows = ({"source": str(p), "text": p.read_text("utf-8")} for p in sorted(folder.glob("*.txt")))
        sqlite_utils.Database(db)["articles"].insert_all(rows, batch_size=500)
        return n / (time.perf_counter() - t)

    value = median_of(repeats, ours)
    ref = median_of(repeats, reference)
    return [
        Row(
            f"import {n:,} text dumps, cleaning included",
            value,
            "art/s",
            ref,
            "bare sqlite-utils insert",
            300,
            True,
        )
    ]


# -- search ---------------------------------------------------------------------------------------


def bench_search(db: Path, repeats: int) -> list[Row]:
    from reader.store import Store, fts_query

    gen = corpus.Generator(corpus.DEFAULT_SEED, sentences=10)
    queries = gen.query_words(64)
    store = Store(db)
    raw = sqlite3.connect(str(db))

    def timed(fn: Callable[[str], object]) -> list[float]:
        out = []
        for q in queries:
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
        return out

    def ids(q: str) -> object:
        return store.article_ids(query=q)

    def top(q: str) -> object:
        return store.search(q, limit=20)

    def raw_ids(q: str) -> object:
        return raw.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank", (fts_query(q),)
        ).fetchall()

    def raw_top(q: str) -> object:
        return raw.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20",
            (fts_query(q),),
        ).fetchall()

    for fn in (ids, raw_ids):  # warm the page cache once
        timed(fn)
    results: dict[str, list[list[float]]] = {"ids": [], "raw_ids": [], "top": [], "raw_top": []}
    for _ in range(repeats):
        for name, fn in (("ids", ids), ("raw_ids", raw_ids), ("top", top), ("raw_top", raw_top)):
            results[name].append(timed(fn))
    store.close()
    raw.close()

    def med(name: str, p: float) -> float:
        return statistics.median(percentile(run, p) for run in results[name])

    n = len(queries)
    return [
        Row(
            f"search p50, article_ids(query=), {n} queries",
            med("ids", 50),
            "ms",
            med("raw_ids", 50),
            "raw FTS5 MATCH ORDER BY rank",
            None,
            False,
        ),
        Row(
            f"search p95, article_ids(query=), {n} queries",
            med("ids", 95),
            "ms",
            med("raw_ids", 95),
            "raw FTS5 MATCH ORDER BY rank",
            50,
            False,
        ),
        Row(
            "search p95, Store.search (top 20 + snippet)",
            med("top", 95),
            "ms",
            med("raw_top", 95),
            "raw FTS5 ... LIMIT 20",
            50,
            False,
        ),
    ]


# -- TUI ------------------------------------------------------------------------------------------


def _probe(args: list[str], timeout: float = 120) -> dict:
    """Run benchmarks/tui_probe.py; returns its JSON, with the wall time to its READY line."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "benchmarks" / "tui_probe.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = None
    assert proc.stdout is not None
    result: dict = {}
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - t
        elif line.startswith("{"):
            result = json.loads(line)
    err = proc.stderr.read() if proc.stderr else ""
    proc.wait(timeout=timeout)
    if proc.returncode != 0 or not result:
        raise RuntimeError(f"tui probe failed ({proc.returncode}): {err.strip()[-2000:]}")
    result["ready_wall"] = ready
    result["wall"] = time.perf_counter() - t
    return result


def bench_tui(db: Path, meta: dict, repeats: int) -> list[Row]:
    articles = meta["articles"] + 1
    rows: list[Row] = []
    if not (REPO / "benchmarks" / "tui_probe.py").exists():
        return [Row("TUI figures", None, "s", None, "benchmarks/tui_probe.py missing", None, False)]

    def import_textual() -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import textual.app"], check=True)
        return time.perf_counter() - t

    ref_start = median_of(repeats, import_textual)
    runs = [_probe(["--db", str(db), "--long", str(meta["long_article_id"])]) for _ in range(repeats)]
    base = [_probe(["--baseline", "--db", str(db)]) for _ in range(repeats)]

    def med(key: str, source: list[dict] = runs) -> float | None:
        vals = [r[key] for r in source if r.get(key) is not None]
        return statistics.median(vals) if vals else None

    rows.append(
        Row(
            f"TUI cold start to a populated library ({articles:,} articles)",
            med("ready_wall"),
            "s",
            ref_start,
            "python -c 'import textual.app'",
            1.5,
            False,
        )
    )
    rows.append(
        Row(
            "open a 10,000-word article with 500 annotations",
            med("open_ms"),
            "ms",
            med("open_ms", base),
            "plain TextArea with the same text",
            150,
            False,
            runs[0].get("open_note", ""),
        )
    )
    rows.append(
        Row(
            "tag keypress to annotation committed",
            med("tag_ms"),
            "ms",
            med("tag_ms", base),
            "Store.add_annotation alone",
            30,
            False,
            runs[0].get("tag_note", ""),
        )
    )
    rows.append(
        Row(
            f"TUI peak memory ({articles:,} articles, scrolled to the end)",
            med("peak_mb"),
            "MB",
            med("peak_mb", base),
            "empty Textual app in run_test",
            300,
            False,
        )
    )
    return rows


# -- export ---------------------------------------------------------------------------------------


def bench_export(db: Path, meta: dict, repeats: int, work: Path) -> list[Row]:
    """Reuses benchmarks/export.py (the export engineer's): its --phase children export the cached
    database with reader.export (CSV) and with a bare csv.writer over one SELECT, each in a fresh
    interpreter so its peak memory (ru_maxrss) is its own."""
    script = REPO / "benchmarks" / "export.py"
    if not script.exists():
        return [
            Row(
                "CSV export of annotations",
                None,
                "rows/s",
                None,
                "benchmarks/export.py not landed",
                100_000,
                True,
                "left to the export engineer",
            )
        ]

    def phase(name: str) -> dict:
        # export.py's own phase functions, run in a fresh interpreter that reports VmHWM (ru_maxrss,
        # which export.py reads, is inherited across execve from this larger parent process).
        out = work / f"{name}.csv"
        code = (
            "import json, runpy, sys\n"
            "from pathlib import Path\n"
            "def vm(key):\n"
            "    for line in open('/proc/self/status'):\n"
            "        if line.startswith(key): return int(line.split()[1]) / 1024\n"
            f"mod = runpy.run_path({str(script)!r})\n"
            "before = vm('VmRSS:')\n"
            f"r = mod['run_{name}'](Path(sys.argv[1]), Path(sys.argv[2]))\n"
            "r['rss_before'], r['rss_peak'] = before, vm('VmHWM:')\n"
            "print(json.dumps(r))\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", code, str(db), str(out)], capture_output=True, text=True, cwd=str(REPO)
        )
        out.unlink(missing_ok=True)
        if proc.returncode != 0:
            raise RuntimeError(f"export {name} failed: {proc.stderr.strip()[-1000:]}")
        return json.loads(proc.stdout.strip().splitlines()[-1])

    ours = [phase("reader") for _ in range(repeats)]
    serial = [phase("reader_serial") for _ in range(repeats)]
    bare = [phase("bare") for _ in range(repeats)]

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    rows_n = ours[0]["rows"]
    rate = statistics.median(r["rows"] / r["seconds"] for r in ours)
    serial_rate = statistics.median(r["rows"] / r["seconds"] for r in serial)
    bare_rate = statistics.median(r["rows"] / r["seconds"] for r in bare)
    growth = statistics.median(r["rss_peak"] - r["rss_before"] for r in ours)
    bare_growth = statistics.median(r["rss_peak"] - r["rss_before"] for r in bare)
    return [
        Row(
            f"CSV export of {rows_n:,} annotations",
            rate,
            "rows/s",
            bare_rate,
            "bare csv.writer over one SELECT",
            100_000,
            True,
            f"{min(4, len(os.sched_getaffinity(0)))} worker processes",
        ),
        Row(
            "CSV export, in one process (workers=1)",
            serial_rate,
            "rows/s",
            bare_rate,
            "bare csv.writer over one SELECT",
            None,
            True,
        ),
        Row(
            "CSV export memory growth during the export",
            growth,
            "MB",
            bare_growth,
            "bare csv.writer",
            None,
            False,
            f"peak RSS {med(ours, 'rss_peak'):.0f} MB, each worker ≤ {med(ours, 'rss_workers_peak'):.0f} MB",
        ),
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--annotations", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument(
        "--import-articles", type=int, default=1000, help="dumps imported by the import benchmark"
    )
    ap.add_argument("--only", default="import,search,tui,export")
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    started = time.perf_counter()
    db, meta = corpus.cached_db(args.articles, args.annotations)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        work = Path(tmp)
        if "import" in only:
            rows += bench_import(min(args.import_articles, args.articles), args.repeats, work)
        if "search" in only:
            rows += bench_search(db, args.repeats)
        if "tui" in only:
            rows += bench_tui(db, meta, args.repeats)
        if "export" in only:
            rows += bench_export(db, meta, args.repeats, work)
    elapsed = time.perf_counter() - started
    header = (
        f"reader benchmarks: {args.articles:,} articles, {meta.get('annotation_rows', args.annotations):,} "
        f"annotations, medians of {args.repeats} repeats, {os.cpu_count()} CPUs, took {elapsed:.0f} s"
    )
    print_table(rows, header)
    if any(r.passed is False for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
