"""The library's list at scale: every sort, a status filter, the first page of rows, stats and the
export's ranges over the N-article corpus (benchmarks/corpus.py, cached), each beside a reference
measured in the same run: the list in import order (the library's default sort).

    python benchmarks/library_list.py [--articles 100000] [--annotations 1000000] [--repeats 5]
    python benchmarks/library_list.py --db PATH        # another library (a copy: it may be upgraded)

Every figure is a median of --repeats, in CPU time of this process (what other programs on a shared
machine disturb least; wall time beside it). Each line ends with a digest of what the call returned, so
two versions of reader run on copies of one library can be compared result for result.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def timed(repeats: int, fn: Callable[[], object]) -> tuple[float, float, object]:
    """(CPU ms, wall ms, result): medians. The process's CPU time is what other programs on a
    shared machine disturb least; the wall time is what a user waits."""
    cpu, wall, out = [], [], None
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(cpu) * 1000, statistics.median(wall) * 1000, out


def digest(value: object) -> str:
    return hashlib.sha1(repr(value).encode()).hexdigest()[:10]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--annotations", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--db", type=Path, help="a library to measure instead of the cached corpus")
    args = ap.parse_args(argv)
    if args.db is None:
        import corpus

        db, _ = corpus.cached_db(args.articles, args.annotations)
    else:
        db = args.db
    from reader.store import Store

    store = Store(db, on_migrate=lambda line: print(line, file=sys.stderr))
    n = store.count_articles()
    ref_ms, ref_wall, _ = timed(args.repeats, lambda: store.article_ids())
    first_page = store.article_ids(sort="annotations", descending=True)[:100]
    calls: list[tuple[str, Callable[[], object]]] = []
    for sort in ("annotations", "imported", "published", "title", "site", "words", "status"):
        for descending in (False, True):
            calls.append(
                (
                    f"article_ids(sort={sort}{', desc' if descending else ''})",
                    lambda s=sort, d=descending: store.article_ids(sort=s, descending=d),
                )  # fmt: skip
            )
    calls += [
        ("article_ids(sort=annotations, status=new)", lambda: store.article_ids(sort="annotations", status="new")),
        ("article_ids(sort=annotations, label=CLAIM)", lambda: store.article_ids(sort="annotations", label="CLAIM")),
        ("article_rows(first 100 by tags)", lambda: store.article_rows(first_page)),
        ("stats()", store.stats),
        ("export_ranges(10000)", lambda: store.export_ranges(10_000)),
    ]  # fmt: skip
    print(f"{n:,} articles, schema {store.schema_version}, medians of {args.repeats}; reference: "
          f"article_ids() in import order {ref_ms:.1f} ms CPU ({ref_wall:.1f} ms wall)")  # fmt: skip
    print(f"{'figure':<46} {'CPU ms':>8} {'x ref':>6} {'wall ms':>8}  result")
    for name, fn in calls:
        ms, wall, out = timed(args.repeats, fn)
        print(f"{name:<46} {ms:8.1f} {ms / ref_ms:6.2f} {wall:8.1f}  {digest(out)}")
    store.close()


if __name__ == "__main__":
    main()
