"""A throw-away library for a benchmark: an SQLite file in a temporary folder, or, given a PostgreSQL
URL, a schema of its own on that server, dropped afterwards (the benchmarks of the store on both
backends: accept_claims.py, delete_articles.py, long_article.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def scratch_library(pg: str | None, folder: Path) -> Iterator[str]:
    """Where to open a Store: a new file in folder, or pg with a new schema on its search path."""
    if not pg:
        yield str(folder / f"{uuid.uuid4().hex}.db")
        return
    import psycopg

    schema = f"b_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(pg, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
