"""Before reader upgrades its tables on a PostgreSQL server, it keeps a copy of the library, as it
does for an SQLite file: an SQLite library at the server's old schema, in $READER_BACKUPS (else the
user data folder), made by `reader db copy`'s code; reader opens it, and `reader db copy` puts it
back on a server. Run against a real server (READER_TEST_PG); skipped without one."""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.errors import StoreError
from reader.models import CleanResult
from reader.store import Store
from reader.store.pg_connection import PgConnection, open_pool
from reader.store.pg_schema import PG_STEPS
from reader.store.schema import SCHEMA_VERSION

TEXT = "Ayumi Kurose runs the plant in Douai. The Élysée said 150 experts came."
OLD = 5  # the schema before the last step: a server library made by the previous reader


@pytest.fixture
def pg_url(db_url):
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only")
    return db_url


@pytest.fixture
def backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv("READER_BACKUPS", str(folder))
    return folder


def old_server_library(url: str, old: int = OLD) -> None:
    """The tables as a reader of schema old made them (PG_STEPS up to old), with an article, two
    annotators' tags, an assignment and a session."""
    pool = open_pool(url)
    conn = PgConnection(pool)
    try:
        conn.execute("CREATE TABLE reader_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        (where,) = conn.execute(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
        ).fetchone()
        version = 0
        while version < old:
            version, statements = PG_STEPS[version]
            for statement in statements(where):
                conn.execute(statement)
        conn.execute("INSERT INTO reader_meta (key, value) VALUES ('schema_version', ?)", (str(old),))
        conn.execute(
            "INSERT INTO articles (content_hash, title, raw, text, word_count, imported_at) "
            "VALUES ('h', 'Douai', ?, ?, 13, '2024-01-01')",
            (TEXT, TEXT),
        )
        for annotator, needle in [("ann", "Ayumi Kurose"), ("bob", "Douai")]:
            start = TEXT.index(needle)
            conn.execute(
                'INSERT INTO annotations (article_id, label_id, start, "end", text, annotator, created, '
                "updated) VALUES (1, (SELECT id FROM labels WHERE name = 'PERSON'), ?, ?, ?, ?, 'x', 'x')",
                (start, start + len(needle), needle, annotator),
            )
        conn.execute("INSERT INTO assignments (article_id, annotator, assigned_at) VALUES (1, 'ann', 'x')")
        conn.execute("INSERT INTO sessions (annotator, started) VALUES ('ann', 'x')")
    finally:
        conn.close()
        pool.close()


def test_an_upgrade_on_a_server_keeps_a_copy_that_reader_opens_and_copies_back(pg_url, backups, tmp_path):
    old_server_library(pg_url)
    said: list[str] = []
    with Store(pg_url, on_migrate=said.append) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [(a.annotator, a.text, a.field) for a in store.annotations(1)] == [
            ("ann", "Ayumi Kurose", "body"),
            ("bob", "Douai", "body"),
        ]
    (copy,) = backups.iterdir()
    assert copy.name.endswith(".db") and f"-schema{OLD}-" in copy.name
    assert said == [
        f"upgrading {store.path} from schema {OLD} to {SCHEMA_VERSION}; a copy is kept as {copy} "
        "(reader db copy puts it back)"
    ]
    assert not [p for p in copy.parent.iterdir() if p != copy]  # one file: no -wal, no .part
    with sqlite3.connect(copy) as conn:  # the library as it stood, at its old schema
        assert conn.execute("PRAGMA user_version").fetchone()[0] == OLD
        assert conn.execute(
            'SELECT annotator, text, start, "end" FROM annotations ORDER BY id'
        ).fetchall() == [("ann", "Ayumi Kurose", 0, 12), ("bob", "Douai", 31, 36)]
        assert conn.execute("SELECT article_id, annotator FROM assignments").fetchall() == [(1, "ann")]
        assert conn.execute("SELECT annotation_count, title FROM articles").fetchall() == [(2, "Douai")]
    # Going back: reader opens the copy (upgrading it as any old file), and db copy puts it on a server
    with Store(copy) as restored:
        assert [a.text for a in restored.annotations(1)] == ["Ayumi Kurose", "Douai"]
        assert restored.article_rows([1])[0].annotation_count == 2  # counted into schema 9's table
    schema = f"r_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    back = re.sub(r"options=-csearch_path%3D[^,&]+", f"options=-csearch_path%3D{schema}", pg_url)
    assert back != pg_url
    try:
        result = CliRunner().invoke(cli, ["db", "copy", str(copy), back])
        assert result.exit_code == 0, result.output
        with Store(back) as server:
            assert [(a.annotator, a.text) for a in server.annotations(1)] == [
                ("ann", "Ayumi Kurose"),
                ("bob", "Douai"),
            ]
            assert server.article_rows([1])[0].annotation_count == 2
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def test_an_upgrade_that_cannot_keep_its_copy_changes_nothing(pg_url, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    monkeypatch.setenv("READER_BACKUPS", str(blocked))
    old_server_library(pg_url)
    with pytest.raises(StoreError, match="could not keep a copy of .* nothing was changed"):
        Store(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        (version,) = conn.execute("SELECT value FROM reader_meta WHERE key = 'schema_version'").fetchone()
    assert version == str(OLD)


def test_a_new_library_on_a_server_keeps_no_copy(pg_url, backups):
    with Store(pg_url) as store:
        store.add_article(CleanResult(text=TEXT), "r", "x", "text")
    assert not backups.exists()


def test_a_server_step_alone_keeps_no_copy_and_needs_no_backups_folder(pg_url, tmp_path, monkeypatch):
    """From schema 9 to 10 only a function changes (each change notified with its library): no
    table is touched, so no copy of the whole library is made. It was copied anyway (minutes for a
    large desk), and a colleague whose backups folder could not be written could not open it.
    (Schema 11 changes a table: a reader of schema 10 is simulated.)"""
    from reader.store import pg_connection
    from reader.store.schema import SERVER_ONLY_VERSIONS, same_tables

    assert 10 in SERVER_ONLY_VERSIONS and same_tables(9, 10)
    monkeypatch.setattr(pg_connection, "SCHEMA_VERSION", 10)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backups folder should be")
    monkeypatch.setenv("READER_BACKUPS", str(blocked))
    old_server_library(pg_url, 9)
    said: list[str] = []
    with Store(pg_url, on_migrate=said.append) as store:
        assert store.schema_version == 10 and said == []
        assert [a.text for a in store.annotations(1)] == ["Ayumi Kurose", "Douai"]
    assert blocked.read_text() == "a file where the backups folder should be"
