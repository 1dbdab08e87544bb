"""A title given by hand is marked (schema 11: articles.title_by_hand), so that reader reclean keeps
it as it keeps a body chosen by hand. A library made before is upgraded: its titles are the
cleaner's (unmarked), a copy is kept, and a title given afterwards is marked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.schema import MIGRATIONS
from reader.title import set_title

TEXT = "Gwenola Tanguy opened the oyster market in Cancale on Sunday."


@pytest.mark.sqlite_only("a file made by the previous schema")
def test_a_library_of_schema_10_upgrades_with_its_titles_unmarked(tmp_path: Path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for number, step in enumerate(MIGRATIONS[:10]):  # the library as schema 10 made it
        conn.execute("BEGIN")
        assert callable(step)
        step(conn)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO articles (content_hash, title, raw, text, word_count, imported_at, status) "
        "VALUES ('h', 'Oyster market', ?, ?, 10, '2024-01-01', 'new')",
        (TEXT, TEXT),
    )
    conn.close()
    said: list[str] = []
    with Store(path, on_migrate=said.append) as store:
        assert store.schema_version == len(MIGRATIONS) >= 11
        article = store.get_article(1)
        assert (article.title, article.title_by_hand) == ("Oyster market", False)
        set_title(store, 1, "Cancale's oyster market")
        assert store.get_article(1).title_by_hand
    assert (tmp_path / "old.db.v10.bak").exists() and said


def test_a_server_library_of_schema_10_upgrades_with_its_titles_unmarked(db_url, tmp_path, monkeypatch):
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only")
    from test_postgres_backup import old_server_library  # tests/core, on the path

    monkeypatch.setenv("READER_BACKUPS", str(tmp_path / "backups"))
    old_server_library(db_url, 10)
    with Store(db_url) as store:
        assert store.schema_version == len(MIGRATIONS)
        article = store.get_article(1)
        assert (article.title, article.title_by_hand) == ("Douai", False)
        set_title(store, 1, "Douai: the plant")
        assert store.get_article(1).title_by_hand
    assert len(list((tmp_path / "backups").iterdir())) == 1  # the copy at schema 10
