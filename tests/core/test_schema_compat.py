"""The schema steps made with sqlite-utils make what the earlier raw-SQL steps made, and files made by
that earlier code, at every schema version, still upgrade (with their backup copy).

The earlier code is kept frozen in tests/data/legacy/schema_before_sqlite_utils.py. Schemas are
compared object by object (tables, indexes, triggers, views) on their CREATE statements with the
identifier quoting and white space taken out (sqlite-utils writes "name" where the old SQL wrote
name; nothing else may differ), plus each table's columns as PRAGMA table_xinfo gives them; the
search index is compared on its columns, tokenizer and content table, and by searching."""

from __future__ import annotations

import importlib.util
import re
import sqlite3
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.schema import SCHEMA_VERSION, SERVER_ONLY_VERSIONS

pytestmark = pytest.mark.sqlite_only("SQLite files made by earlier versions of reader")

_LEGACY_FILE = Path(__file__).parents[1] / "data" / "legacy" / "schema_before_sqlite_utils.py"
_spec = importlib.util.spec_from_file_location("legacy_schema", _LEGACY_FILE)
assert _spec is not None and _spec.loader is not None
legacy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(legacy)

TEXT = "Anna Kurose met the mayor in Douai. She said 150 jobs would come by May."


def _normal(sql: str) -> str:
    sql = re.sub(r"--[^\n]*", "", sql)  # comments
    sql = re.sub(r"[\"`\[\]]", "", sql)  # identifier quotes
    return re.sub(r"\s+", "", sql).lower()


def _fts_options(sql: str) -> dict[str, str]:
    body = sql[sql.index("(") + 1 : sql.rindex(")")]
    parts = [p.strip() for p in body.split(",")]
    options = {}
    columns = []
    for part in parts:
        if "=" in part:
            key, value = part.split("=", 1)
            options[key.strip().lower()] = value.strip().strip("'\"")
        else:
            columns.append(part.strip("'\"[]"))
    options["columns"] = ",".join(columns)
    options.setdefault("content_rowid", "id")  # the rowid: articles.id is its alias
    return options


def describe(path: Path) -> dict[str, object]:
    """Every schema object by name: its normalised CREATE statement (or the search index's options)
    and, for a table, its columns."""
    out: dict[str, object] = {}
    with sqlite3.connect(path) as conn:
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ):
            if sql is None:  # an automatic index (UNIQUE, a primary key)
                out[name] = kind
            elif name == "articles_fts":
                out[name] = _fts_options(sql)
            elif name.startswith("articles_fts_"):
                out[name] = kind  # FTS5's own tables, made by FTS5 itself
            else:
                out[name] = _normal(sql)
            if kind == "table":
                out[name + " columns"] = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
        out["user_version"] = conn.execute("PRAGMA user_version").fetchone()[0]
    return out


def legacy_database(path: Path, version: int, *, with_rows: bool = True) -> Path:
    """A library made by the earlier code up to `version`, with an article and a few tags."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for number, step in enumerate(legacy.MIGRATIONS[:version]):
        conn.execute("BEGIN")
        if callable(step):
            step(conn)
        else:
            for statement in legacy._statements(step):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
        if number == 0 and with_rows:
            conn.execute(
                "INSERT INTO articles (content_hash, source, title, raw, text, word_count, imported_at) "
                "VALUES ('h', 'https://example.org/a', 'Jobs in Douai', ?, ?, 14, '2024-01-01')",
                (TEXT, TEXT),
            )
            for label, needle in [("PERSON", "Anna Kurose"), ("PLACE", "Douai"), ("QUANTITY", "150 jobs")]:
                start = TEXT.index(needle)
                conn.execute(
                    'INSERT INTO annotations (article_id, label_id, start, "end", text, annotator, created, '
                    "updated) VALUES (1, (SELECT id FROM labels WHERE name = ?), ?, ?, ?, 'ann', 'x', 'x')",
                    (label, start, start + len(needle), needle),
                )
    conn.close()
    return path


def test_a_new_library_has_the_schema_the_earlier_code_made(tmp_path: Path) -> None:
    Store(tmp_path / "new.db").close()
    old = legacy_database(tmp_path / "old.db", SCHEMA_VERSION, with_rows=False)
    assert len(legacy.MIGRATIONS) == SCHEMA_VERSION
    new, before = describe(tmp_path / "new.db"), describe(old)
    assert new.keys() == before.keys()
    for name in new:
        assert new[name] == before[name], name
    with sqlite3.connect(tmp_path / "new.db") as a, sqlite3.connect(old) as b:
        labels = "SELECT id, name, kind, colour, hotkey, description FROM labels ORDER BY id"
        assert a.execute(labels).fetchall() == b.execute(labels).fetchall()


# The versions an SQLite file upgrades from without a change (only SERVER_ONLY_VERSIONS' steps).
QUIET = {
    v
    for v in range(1, SCHEMA_VERSION)
    if all(n in SERVER_ONLY_VERSIONS for n in range(v + 1, SCHEMA_VERSION + 1))
}


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_file_made_by_the_earlier_code_upgrades_with_its_backup(tmp_path: Path, version: int) -> None:
    path = legacy_database(tmp_path / "old.db", version)
    said: list[str] = []
    store = Store(path, on_migrate=said.append)
    try:
        assert store.schema_version == SCHEMA_VERSION
        if version in QUIET:
            assert said == []  # nothing changes in the file: no notice, no copy
        else:
            assert said and f"from schema {version} to {SCHEMA_VERSION}" in said[0]
        tags = store.annotations(1)
        assert [(a.label, a.text, a.annotator) for a in tags] == [
            ("PERSON", "Anna Kurose", "ann"),
            ("PLACE", "Douai", "ann"),
            ("QUANTITY", "150 jobs", "ann"),
        ]
        sentence = store._read("SELECT sentence FROM annotations WHERE id = ?", (tags[0].id,))
        assert sentence == [("Anna Kurose met the mayor in Douai.",)]
        assert [h.id for h in store.search("douai")] == [1]  # the search index still works
        added = store.add_annotation(1, "DATE", *(TEXT.index("May"), TEXT.index("May") + 3), annotator="bob")
        assert added.field == "body"
        assert store._read("SELECT annotation_count FROM annotation_counts WHERE article_id = 1") == [(4,)]
        assert store.article_rows([1])[0].annotation_count == 4
    finally:
        store.close()
    Store(tmp_path / "new.db").close()
    migrated, new = describe(path), describe(tmp_path / "new.db")
    assert migrated.keys() == new.keys()
    for name in new:
        assert migrated[name] == new[name], name
    backup = tmp_path / f"old.db.v{version}.bak"
    if version in QUIET:
        assert not backup.exists()
        return
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 3
