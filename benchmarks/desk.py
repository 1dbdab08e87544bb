"""The desk on PostgreSQL beside SQLite, in one run on the same library (issue 14, item 9).

    python benchmarks/desk.py [--articles N] [--annotations M] [--writers W] [--tags T] [--pg URL]

Builds (or reuses) the N-article SQLite library of benchmarks/corpus.py, copies it to PostgreSQL
with `reader db copy`'s code (timed), and measures on both backends:
  - search p95 (ms) over 64 typed queries (Store.search, best 20 with snippets);
  - tag-to-commit p95 (ms): W annotator processes at once, each adding T tags (bounded loops,
    loopback only), each tag timed from the call to its committed return;
  - CSV export rows/s: `reader.export.export(store, "csv", file)` as `reader export` runs it (worker
    processes on SQLite; the server's COPY on PostgreSQL), and one stream of Store.iter_export_table
    rows through csv.writer;
  - the copy back from the server into a new SQLite file.
Beside each figure, a reference measured in the same run on the same data (the machine is shared:
read the ratios): raw FTS5 / raw GIN `@@ ... LIMIT 20` for search; one writer alone for tagging;
`csv.writer` over one bare SELECT (SQLite) and a bare `COPY annotations TO STDOUT` (PostgreSQL) for
export. The load average is printed at the start and the end.

The SQLite library is built once per size (benchmarks/corpus.py, cached in $READER_BENCH_CACHE) and
its build time printed apart; later runs reuse it.
Without --pg (or READER_BENCH_PG) a throw-away server is started with .ci/postgres.sh and stopped at
the end. Figures are medians/p95 of this run; the targets are the issue's.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus  # noqa: E402

WRITER = r"""
import json, sys, time
from reader.store import Store
location, first, count, tags, name = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
times = []
with Store(location) as store:
    ids = store.article_ids()[first : first + count]
    for i in range(tags):
        article_id = ids[i % len(ids)]
        text = store.get_article(article_id).text
        start = (i // len(ids)) * 12 % max(1, len(text) - 10)
        while not text[start : start + 6].strip() or text[start : start + 6].strip() != text[start : start + 6]:
            start += 1
        t = time.perf_counter()
        try:
            store.add_annotation(article_id, "ORG", start, start + 6, annotator=name)
        except Exception as e:  # the same span twice: not timed
            continue
        times.append((time.perf_counter() - t) * 1000)
print(json.dumps(times))
"""


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def search_p95(location: str, queries: list[str]) -> float:
    from reader.store import Store

    with Store(location) as store:
        for q in queries[:8]:  # warm the caches, as an open library has them
            store.search(q, limit=20)
        times = []
        for q in queries:
            t = time.perf_counter()
            store.search(q, limit=20)
            times.append((time.perf_counter() - t) * 1000)
    return p95(times)


def search_reference_p95(location: str, queries: list[str]) -> float:
    """The index alone: FTS5 MATCH (SQLite) or tsvector @@ through GIN (PostgreSQL), best 20 ids."""
    from reader.store import Store
    from reader.store.pg_dialect import tsquery_words
    from reader.store.search import fts_query

    with Store(location) as store:
        if store.dialect == "postgresql":
            sql = "SELECT id FROM articles WHERE fts @@ to_tsquery('simple', reader_unaccent(?)) LIMIT 20"
            args = [tsquery_words(q) for q in queries]
        else:
            sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20"
            args = [fts_query(q) for q in queries]
        times = []
        for arg in args[:8] + args:
            t = time.perf_counter()
            store._read(sql, (arg,))
            times.append((time.perf_counter() - t) * 1000)
    return p95(times[8:])


def tag_p95(location: str, writers: int, tags: int, name: str = "bench") -> tuple[float, int]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, location, str(100 + w * 50), "50", str(tags), f"{name}{w}"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(REPO),
        )
        for w in range(writers)
    ]
    times: list[float] = []
    for p in procs:
        out, _ = p.communicate(timeout=900)
        if p.returncode != 0:
            raise RuntimeError("a writer failed")
        times += json.loads(out.strip().splitlines()[-1])
    return p95(times), len(times)


def export_rate(location: str) -> tuple[float, int]:
    """`reader export --format csv` as the CLI runs it, into a file."""
    from reader.export import export
    from reader.store import Store

    with Store(location) as store, tempfile.TemporaryDirectory() as folder:
        t = time.perf_counter()
        n = export(store, "csv", Path(folder) / "tags.csv")
        return n / (time.perf_counter() - t), n


def stream_rate(location: str) -> float:
    """One stream of Store.iter_export_table rows through csv.writer, in this process."""
    from reader.export.csv_format import COLUMNS, FORMULA_STARTS, QUANTITY_SEPARATOR
    from reader.store import Store

    with Store(location) as store:
        out = io.StringIO()
        writer = csv.writer(out)
        n = 0
        t = time.perf_counter()
        for rows in store.iter_export_table(
            COLUMNS, neutralise="".join(FORMULA_STARTS), separator=QUANTITY_SEPARATOR
        ):
            writer.writerows(rows)
            n += len(rows)
            if out.tell() > 50_000_000:
                out.seek(0)
                out.truncate()
        return n / (time.perf_counter() - t)


def export_reference_rate(location: str) -> float:
    """The machine's floor: csv.writer over one bare SELECT of the annotations (SQLite), or the
    server's own COPY of the annotations table read by psycopg (PostgreSQL)."""
    from reader.store import Store

    with Store(location) as store:
        t = time.perf_counter()
        n = 0
        if store.dialect == "postgresql":
            with store._pool.connection() as conn, conn.cursor() as cur:
                with cur.copy("COPY annotations TO STDOUT (FORMAT csv)") as copy:
                    for _ in copy:
                        n += 1
        else:
            out = io.StringIO()
            writer = csv.writer(out)
            cur = store.conn.execute("SELECT * FROM annotations")
            while rows := cur.fetchmany(5000):
                writer.writerows(rows)
                n += len(rows)
                if out.tell() > 50_000_000:
                    out.seek(0)
                    out.truncate()
        return n / (time.perf_counter() - t)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--writers", type=int, default=10)
    ap.add_argument("--tags", type=int, default=40)
    ap.add_argument("--pg", default=os.environ.get("READER_BENCH_PG", ""))
    args = ap.parse_args()

    from reader.store import Store
    from reader.store.copy import copy_library

    work = Path(tempfile.mkdtemp(prefix="reader-desk-bench-"))
    server_dir = None
    pg = args.pg
    if not pg:
        os.chmod(work, 0o755)
        server_dir = work / "pg"
        pg = subprocess.run(
            ["bash", str(REPO / ".ci" / "postgres.sh"), "start", str(server_dir)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    import psycopg

    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    server = f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
    try:
        started = time.perf_counter()
        print(f"load average at the start: {load()} ({os.cpu_count()} CPUs)", flush=True)
        cached = corpus.db_path_for(args.articles, args.annotations).exists()
        t = time.perf_counter()
        source, meta = corpus.cached_db(args.articles, args.annotations)
        built = time.perf_counter() - t
        print(
            f"library: {meta['articles']:,} articles, {meta.get('annotation_rows', args.annotations):,} "
            + (
                f"annotations, reused from {source} (built in {meta.get('build_seconds', 0):.0f} s)"
                if cached
                else f"annotations, built in {built:.0f} s into {source}"
            ),
            flush=True,
        )
        lite = work / "lite.db"
        shutil.copyfile(source, lite)  # the tagging below must not change the cached copy
        rows: list[tuple[str, ...]] = []

        with Store(lite) as src, Store(server) as dst:
            t = time.perf_counter()
            copy_library(src, dst)
            to_server = time.perf_counter() - t
        back = work / "back.db"
        with Store(server) as src, Store(back) as dst:
            t = time.perf_counter()
            copy_library(src, dst)
            from_server = time.perf_counter() - t
        back.unlink()
        rows.append(("db copy SQLite -> PostgreSQL (s)", f"{to_server:.1f}", "", "", "", "-"))
        rows.append(("db copy PostgreSQL -> SQLite (s)", "", "", f"{from_server:.1f}", "", "-"))

        queries = corpus.Generator(corpus.DEFAULT_SEED, sentences=10).query_words(64)
        rows.append(
            (
                "search p95, Store.search top 20 + snippets (ms)",
                f"{search_p95(str(lite), queries):.1f}",
                f"{search_reference_p95(str(lite), queries):.1f}",
                f"{search_p95(server, queries):.1f}",
                f"{search_reference_p95(server, queries):.1f}",
                "<= 50",
            )
        )

        lite_x, n = export_rate(str(lite))
        pg_x, _ = export_rate(server)
        lite_ref, pg_ref = export_reference_rate(str(lite)), export_reference_rate(server)
        rows.append(
            (
                f"CSV export, reader export (rows/s, {n:,} rows)",
                f"{lite_x:,.0f}",
                f"{lite_ref:,.0f}",
                f"{pg_x:,.0f}",
                f"{pg_ref:,.0f}",
                ">= 100,000",
            )
        )
        rows.append(
            (
                "CSV export, one stream of rows via csv.writer (rows/s)",
                f"{stream_rate(str(lite)):,.0f}",
                "",
                f"{stream_rate(server):,.0f}",
                "",
                "-",
            )
        )

        lite_1, _ = tag_p95(str(lite), 1, args.tags, "alone")
        pg_1, _ = tag_p95(server, 1, args.tags, "alone")
        lite_t, k1 = tag_p95(str(lite), args.writers, args.tags)
        pg_t, k2 = tag_p95(server, args.writers, args.tags)
        rows.append(
            (
                f"tag to commit p95, {args.writers} writers ({k1}/{k2} tags; ref: 1 writer) (ms)",
                f"{lite_t:.1f}",
                f"{lite_1:.1f}",
                f"{pg_t:.1f}",
                f"{pg_1:.1f}",
                "<= 30",
            )
        )
        print(f"{'figure':66} {'SQLite':>9} {'ref':>9} {'PostgreSQL':>10} {'ref':>9} {'target':>10}")
        for figure, a, a_ref, b, b_ref, target in rows:
            print(f"{figure:66} {a:>9} {a_ref:>9} {b:>10} {b_ref:>9} {target:>10}")
        print(f"load average at the end: {load()}; took {time.perf_counter() - started:.0f} s")
    finally:
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
        if server_dir is not None:
            subprocess.run(["bash", str(REPO / ".ci" / "postgres.sh"), "stop", str(server_dir)], check=False)
        for p in work.glob("*.db*"):
            p.unlink()


if __name__ == "__main__":
    main()
