"""Another program's SQLite file is refused in one line and left byte for byte as it was, whatever
its PRAGMA user_version says (negative, reader's own numbers, or beyond)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.errors import StoreError
from reader.store import Store
from reader.store.schema import SCHEMA_VERSION

from .cli_run import assert_refused, reader


def foreign_db(path: Path, user_version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not reader''s')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("user_version", [-2, -1, 0, 1, SCHEMA_VERSION, SCHEMA_VERSION + 7, 2**31 - 1])
def test_foreign_database_is_refused_untouched(tmp_path: Path, user_version: int) -> None:
    exercised("files", 1)
    (tmp_path / "f").mkdir()
    db = foreign_db(tmp_path / "f" / "other.sqlite", user_version)
    before = db.read_bytes()
    for args in (("list",), ("stats",), ("import", "-"), ("labels", "add", "X")):
        assert_refused(reader(db, *args, input="Some text for an article."), "not a reader database")
    with pytest.raises(StoreError, match="not a reader database"):
        Store(db)
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["other.sqlite"]  # no -wal, no backup
