"""Where the SQLite schema keeps raw SQL for speed (reader/store/schema.py), measured.

1. Search-index triggers. sqlite-utils' enable_fts(create_triggers=True) re-indexes an article on an
   UPDATE of any of its columns; reader's own triggers fire only on UPDATE OF title, text. Every tag
   updates its article's annotation count, so with sqlite-utils' triggers every tag re-indexes the
   whole article text. Timed: one tag (an INSERT into annotations, its own transaction, as the store
   commits a tag) on articles of WORDS words, with each set of triggers, on the same rows.
2. Bulk rows into SQLite (reader db copy): executemany of tuples, as copy.py does, beside
   sqlite-utils' insert_all of the same rows as dicts, inside one transaction.
3. One row at a time, as the store's write paths insert (a tag, a session): conn.execute beside
   sqlite-utils' Table.insert, which looks the table up and builds its statement on every call.

Medians over --repeats runs, each on a fresh database in a temporary folder.

    python benchmarks/schema_triggers.py [--articles 200] [--words 2000] [--tags 1000] [--rows 100000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from reader.store import Store
from reader.store.schema import utils_db

VOCAB = [f"w{n}" for n in range(5000)]


def library(path: Path, articles: int, words: int, sqlite_utils_triggers: bool) -> sqlite3.Connection:
    """A library made by Store, with N articles of `words` words; optionally with its search-index
    triggers swapped for the ones enable_fts(create_triggers=True) makes."""
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")  # as the store runs (WAL, no fsync per commit)
    if sqlite_utils_triggers:
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE articles_fts")
        utils_db(conn).table("articles").enable_fts(
            ["title", "text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
        )
    rnd = random.Random(7)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles (content_hash, title, raw, text, word_count, imported_at) VALUES (?, ?, '', ?, ?, 'x')",
        [(f"h{i}", f"Article {i}", " ".join(rnd.choices(VOCAB, k=words)), words) for i in range(articles)],
    )
    conn.execute("COMMIT")
    return conn


def time_tags(conn: sqlite3.Connection, articles: int, tags: int) -> float:
    """Seconds per tag (median), each tag its own transaction."""
    times = []
    for n in range(tags):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
            "VALUES (?, 1, ?, ?, 'x', 'x', 'x')",
            (n % articles + 1, n, n + 1),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def time_bulk(path: Path, rows: int, use_insert_all: bool) -> float:
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")  # the rows point at no article: only the insert is timed
    cols = ["article_id", "label", "start", "end"]
    data = [(i // 10 + 1, "PERSON", i, i + 1) for i in range(rows)]
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    if use_insert_all:
        utils_db(conn).table("rejected_suggestions").insert_all(
            (dict(zip(cols, r, strict=True)) for r in data), batch_size=2000
        )
    else:
        conn.executemany(
            'INSERT INTO rejected_suggestions (article_id, label, start, "end") VALUES (?, ?, ?, ?)',
            data,
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def time_single_rows(path: Path, rows: int, use_table_insert: bool) -> float:
    """Seconds per row (median) for one-row inserts, as the store's write paths make them (a
    session, a rejected suggestion), all in one transaction so only the insert itself is timed."""
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    table = utils_db(conn).table("sessions")
    times = []
    conn.execute("BEGIN")
    for n in range(rows):
        t0 = time.perf_counter()
        if use_table_insert:
            table.insert({"annotator": f"a{n}", "started": "x"})
        else:
            conn.execute("INSERT INTO sessions (annotator, started) VALUES (?, ?)", (f"a{n}", "x"))
        times.append(time.perf_counter() - t0)
    conn.execute("COMMIT")
    conn.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--tags", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    ours, theirs, many, insert_all, one_sql, one_table = [], [], [], [], [], []
    for r in range(args.repeats):
        with tempfile.TemporaryDirectory() as tmp:
            for flag, out in ((False, ours), (True, theirs)):
                conn = library(Path(tmp) / f"t{flag}{r}.db", args.articles, args.words, flag)
                out.append(time_tags(conn, args.articles, args.tags))
                conn.close()
            many.append(time_bulk(Path(tmp) / f"m{r}.db", args.rows, False))
            insert_all.append(time_bulk(Path(tmp) / f"i{r}.db", args.rows, True))
            one_sql.append(time_single_rows(Path(tmp) / f"s{r}.db", 5000, False))
            one_table.append(time_single_rows(Path(tmp) / f"u{r}.db", 5000, True))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"one tag, articles of {args.words} words (median of {args.tags} tags, {args.repeats} runs)")
    print(f"  reader's triggers (UPDATE OF title, text)      {a * 1000:8.2f} ms")
    print(f"  enable_fts(create_triggers=True) (any UPDATE)  {b * 1000:8.2f} ms   {b / a:5.1f}x")
    m, i = statistics.median(many), statistics.median(insert_all)
    print(f"{args.rows:,} rows in one transaction (rejected_suggestions)")
    print(f"  executemany of tuples (copy.py)                {args.rows / m:10,.0f} rows/s")
    print(
        f"  sqlite-utils insert_all of dicts               {args.rows / i:10,.0f} rows/s   {i / m:5.1f}x the time"
    )
    o, t = statistics.median(one_sql), statistics.median(one_table)
    print("one row (a session), median of 5,000 in one transaction")
    print(f"  INSERT by conn.execute (the store)             {o * 1e6:8.1f} µs")
    print(f"  sqlite-utils Table.insert                      {t * 1e6:8.1f} µs   {t / o:5.1f}x")


if __name__ == "__main__":
    main()
