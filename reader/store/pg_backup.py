"""A copy of a library on a PostgreSQL server, kept before reader upgrades its tables there.

As on SQLite (the file copied to READER.db.vN.bak before a migration), an upgrade on a server first
copies the whole library, as it stands, into an SQLite file in the user's data folder (or
$READER_BACKUPS): `reader db copy` does the copying, so what it keeps is a plain reader library at
the old schema. To go back: open the file with reader (it is upgraded as any old file is) or copy
it to a new database on the server with `reader db copy FILE postgresql://...`. pg_dump would need
the server's client tools on the journalist's machine, of a matching version, and pg_restore to
read; this needs nothing but reader.

The copy is taken while the upgrade holds the library's write lock, so nobody's tag falls between
the copy and the upgrade; it is written under a temporary name and renamed when complete, so a
file with the final name is always a whole library."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader.errors import ReaderError, StoreError

if TYPE_CHECKING:
    from reader.store.core import StoreCore


def backups_dir() -> Path:
    """$READER_BACKUPS, else a "backups" folder in reader's user data folder (platformdirs)."""
    env = os.environ.get("READER_BACKUPS")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("reader", appauthor=False) / "backups"


def backup_path(url: str, version: int) -> Path:
    """Where the copy of the library at url, at schema `version`, is kept: named after the server,
    the database and the time, e.g. db.newsroom-leak-schema5-20260301T101500Z.db."""
    parts = urlsplit(url)
    name = f"{parts.hostname or 'local'}-{parts.path.lstrip('/') or 'postgres'}"
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:80]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return backups_dir() / f"{name}-schema{version}-{stamp}.db"


def _sqlite_library_at(path: Path, version: int) -> None:
    """A new, empty SQLite library at schema `version` (the server's), made by the same migrations
    an SQLite library of that version went through."""
    from reader.store.connection import _split_sql
    from reader.store.schema import MIGRATIONS

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        for number, step in enumerate(MIGRATIONS[:version]):
            conn.execute("BEGIN IMMEDIATE")
            if callable(step):
                step(conn)
            else:
                for statement in _split_sql(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
    finally:
        conn.close()


def backup_to_sqlite(store: StoreCore, version: int, path: Path) -> Path:
    """Copy the server's library (at schema `version`) into a new SQLite library at path. A
    StoreError says why it could not be kept (then nothing is upgraded)."""
    from reader.store.copy import copy_library
    from reader.store.store import Store

    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)
        _sqlite_library_at(part, version)
        dst = Store(part, migrate=False)
        try:
            copy_library(store, dst)  # type: ignore[arg-type]  # store is the Store being opened
        finally:
            dst.close()
        # One file, nothing beside it: out of WAL mode (which writes what the log holds back into
        # it) before it takes its final name.
        with contextlib.closing(sqlite3.connect(part)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
        part.rename(path)
    except (OSError, sqlite3.Error, ReaderError) as e:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise StoreError(
            f"could not keep a copy of {store.path} in {path} before upgrading it ({reason}); nothing "
            "was changed (set READER_BACKUPS to another folder)"
        ) from None
    return path
