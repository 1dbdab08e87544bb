"""Moving a whole library between two stores, SQLite or PostgreSQL either way (`reader db copy`).

Every table is copied row for row with its ids, parents before children, in one transaction on
the destination, which must hold no library yet (only the labels a new database starts with).
Counts kept by triggers (an article's annotation count, in its own table since schema 9, not
copied: each article's row is made with the article) are computed again afterwards, and on
PostgreSQL each id sequence is moved past the highest id copied, so new rows get new ids.

Columns are those both sides have: on SQLite they are read with sqlite-utils' introspection, on
PostgreSQL from information_schema (the server's search column is not copied: its trigger makes
it). The rows go in with executemany on SQLite (raw for speed: sqlite-utils' insert_all of the same
rows as dicts takes 2 to 3 times as long, benchmarks/schema_triggers.py) and with COPY on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from reader.errors import InvalidInput
from reader.store.pg_schema import TABLES
from reader.store.store import Store

BATCH = 2000
# The order rows are read in: by their key, so two copies of one library read the same.
ORDER = {
    "claim_quantities": "claim_id, quantity_id",
    "rejected_suggestions": 'article_id, label, start, "end"',
    "entity_aliases": "entity_id, key",
    "settings": "key",
    "assignments": "article_id, annotator",
    "reviews": "annotation_id",
}


def columns(store: Store, table: str) -> list[str]:
    """The table's columns in schema order."""
    if store.dialect == "postgresql":
        rows = store._read(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            (table,),
        )
        return [r[0] for r in rows]
    from reader.store.schema import utils_db

    with store._lock:
        return [c.name for c in utils_db(store.conn)[table].columns]  # type: ignore[union-attr]


def tables(store: Store) -> list[str]:
    """The copied tables the library has (one at an older schema has fewer: reader.store.pg_backup
    copies a server's library at the schema it has before upgrading it)."""
    return [t for t in TABLES if columns(store, t)]


def row_counts(store: Store) -> dict[str, int]:
    """Rows per copied table."""
    return {t: int(store._read(f"SELECT count(*) FROM {t}")[0][0]) for t in tables(store)}


def _check_empty(dst: Store) -> None:
    counts = row_counts(dst)
    from reader.store.schema import DEFAULT_LABELS

    held = {t: n for t, n in counts.items() if n and t != "labels"}
    if held or counts["labels"] > len(DEFAULT_LABELS):
        raise InvalidInput(f"{dst.path} already holds a library; copy into a new, empty one")


def check_copy(src: Store, dst: Store) -> None:
    """InvalidInput unless src can be copied into dst: the same schema, and dst empty."""
    from reader.store.schema import same_tables

    if not same_tables(src.schema_version, dst.schema_version):
        raise InvalidInput(
            f"{src.path} has schema {src.schema_version} and {dst.path} {dst.schema_version}: "
            "open both with this version of reader first"
        )
    _check_empty(dst)


def copy_library(src: Store, dst: Store, progress: Callable[[int], None] = lambda n: None) -> dict[str, int]:
    """Copy every table of src into dst (empty); progress is told how many rows each batch moved.
    Returns the rows copied per table."""
    check_copy(src, dst)
    copied: dict[str, int] = {}
    plan = []
    for table in tables(src):
        theirs = set(columns(dst, table))
        plan.append((table, [c for c in columns(src, table) if c in theirs]))
    with dst._write() as conn:
        conn.execute("DELETE FROM labels")  # the new database's own labels: src's come instead
        counting_off = False
        if dst.dialect == "postgresql":
            # The per-tag count trigger updates a row for every tag copied (the counts are
            # computed once at the end instead); only the tables' owner may turn it off.
            conn.execute("SAVEPOINT copy_triggers")
            try:
                conn.execute("ALTER TABLE annotations DISABLE TRIGGER annotations_count")
                counting_off = True
            except sqlite3.DatabaseError:
                conn.execute("ROLLBACK TO SAVEPOINT copy_triggers")
            conn.execute("RELEASE SAVEPOINT copy_triggers")
        for table, cols in plan:
            names = ", ".join(f'"{c}"' for c in cols)
            order = ORDER.get(table, "id")
            select = f"SELECT {names} FROM {table} ORDER BY {order}"
            insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(cols))})"
            copied[table] = 0
            for rows in src._stream(select, [], BATCH):
                if dst.dialect == "postgresql":
                    conn.copy_rows(table, cols, rows)  # type: ignore[attr-defined]
                else:
                    conn.executemany(insert, rows)
                copied[table] += len(rows)
                progress(len(rows))
        if "annotation_count" in columns(dst, "articles"):  # a library before schema 9 (pg_backup)
            conn.execute(
                "UPDATE articles SET annotation_count = "
                "(SELECT count(*) FROM annotations WHERE annotations.article_id = articles.id)"
            )
        else:  # each article's row was made with it (a trigger), at 0
            conn.execute(
                "UPDATE annotation_counts SET annotation_count = (SELECT count(*) FROM annotations "
                "WHERE annotations.article_id = annotation_counts.article_id)"
            )
        if counting_off:
            conn.execute("ALTER TABLE annotations ENABLE TRIGGER annotations_count")
        if dst.dialect == "postgresql":
            from reader.store.pg_dialect import ID_TABLES

            for table in sorted(ID_TABLES):
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table})) WHERE EXISTS (SELECT 1 FROM {table})"
                )
    return copied
