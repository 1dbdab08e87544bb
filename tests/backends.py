"""Reading what a test stored, on either backend: connect(location) gives an SQLite connection
for a file and, for a PostgreSQL URL, a connection that runs the same SQL through the store's
dialect translation (reader.store.pg_dialect)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def schema_url(server: str, schema: str) -> str:
    """The URL of a library in `schema` of the server's database, searching that schema only: a
    test pointed at a database that also holds a real library (in public, say) never reads or
    writes it. pg_catalog is searched anyway, and reader finds unaccent wherever it is installed."""
    return f"{server}{'&' if '?' in server else '?'}options=-csearch_path%3D{schema}"


def is_server(location: object) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


class ServerConnection:
    def __init__(self, url: str) -> None:
        import psycopg

        self.raw = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Any = ()) -> Any:
        from reader.store.pg_connection import PgCursor
        from reader.store.pg_dialect import translate

        return PgCursor(self.raw.execute(translate(sql), list(params)))

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(location: str | Path) -> Any:
    """A connection to the library at location (a file or a postgresql:// URL)."""
    return ServerConnection(str(location)) if is_server(location) else sqlite3.connect(location)
