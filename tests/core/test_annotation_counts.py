"""An article's annotation count lives in a table of its own (schema 9): a tag or its undo writes a
few small pages, never the article's row again (its text and saved page: megabytes for a long
article), and every reader of the count (the library sorted by tags, `reader list`, stats, the
export's ranges) gives what counting the tags gives, on both backends, after an upgrade too."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli.main import cli
from reader.low_confidence import threshold
from reader.models import CleanResult
from reader.store import Store
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION

# Invented texts, in two languages.
EN = "Ayumi Kurose met Tomasz Wielgosz in Port Elsen. Kurose said 150 jobs would go by May."
DE = "Ingrid Halvorsen traf Kwame Mensah in Greystone. Mensah sagte, 40 Stellen fielen bis Juni weg."
SHORT = "Fenna Zwart left Marrowick."


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def true_counts(store: Store) -> dict[int, int]:
    """Each article's tags, counted from the tags themselves."""
    counted = dict.fromkeys(store.article_ids(), 0)
    for article_id, n in store._read("SELECT article_id, count(*) FROM annotations GROUP BY article_id"):
        counted[article_id] = n
    return counted


def by_count(counts: dict[int, int], *, descending: bool = False) -> list[int]:
    ordered = sorted(counts, key=lambda i: (counts[i], i))
    return ordered[::-1] if descending else ordered


def library(store: Store) -> tuple[int, int, int]:
    en = store.add_article(
        CleanResult(text=EN, title="Jobs", confidence=0.05), "raw en", "en.txt", "text"
    ).article_id
    de = store.add_article(CleanResult(text=DE, title="Stellen", language="de"), "raw de", "de.txt", "text")
    short = store.add_article(CleanResult(text=SHORT, title="Short"), "raw s", "s.txt", "text")
    return en, de.article_id, short.article_id


def check_every_reader(store: Store) -> None:
    counts = true_counts(store)
    rows = store.article_rows(store.article_ids())
    assert {r.id: r.annotation_count for r in rows} == counts
    assert store.article_ids(sort="annotations") == by_count(counts)
    assert store.article_ids(sort="annotations", descending=True) == by_count(counts, descending=True)
    labelled = {
        label: {r[0] for r in store._read("SELECT article_id FROM annotations a JOIN labels l ON l.id = a.label_id "
                                          "WHERE l.name = ?", (label,))}
        for label in ("PERSON", "PLACE")
    }  # fmt: skip
    low = {i for i in counts if (store.get_article(i).confidence or 1) < threshold()}
    for status in (None, "new", "in progress"):
        for label in (None, "PERSON", "PLACE"):
            for low_confidence in (False, True):
                kept = {
                    i: n
                    for i, n in counts.items()
                    if status in (None, store.article_status(i))
                    and (label is None or i in labelled[label])
                    and (not low_confidence or i in low)
                }
                for descending in (False, True):
                    assert store.article_ids(
                        sort="annotations",
                        descending=descending,
                        status=status,
                        label=label,
                        low_confidence=low_confidence,
                    ) == by_count(kept, descending=descending), (status, label, low_confidence)
    tagged = [i for i, n in counts.items() if n]
    expected = [
        {"id": i, "title": store.get_article(i).title, "status": store.article_status(i), "annotations": n}
        for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n
    ]
    assert store.stats()["articles"] == expected
    ranges = store.export_ranges(1)
    assert [(first, total) for first, _, total in ranges] == [(i, counts[i]) for i in tagged]
    listed = CliRunner().invoke(cli, ["--db", str(store.url if store.dialect == "postgresql" else store.path),
                                      "list", "--json", "--sort", "annotations", "--desc"])  # fmt: skip
    assert listed.exit_code == 0, listed.stderr
    lines = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(d["id"], d["annotations"]) for d in lines] == [
        (i, counts[i]) for i in by_count(counts, descending=True)
    ]


def test_every_reader_of_the_count_agrees_with_the_tags(store: Store):
    en, de, short = library(store)
    check_every_reader(store)  # nothing tagged: every article counted 0
    person = store.add_annotation(en, "PERSON", *span(EN, "Ayumi Kurose"))
    store.add_annotation(en, "PLACE", *span(EN, "Port Elsen"))
    store.add_tags(de, [("PERSON", *span(DE, "Ingrid Halvorsen")), ("PERSON", *span(DE, "Kwame Mensah"))])
    store.add_annotation(de, "PLACE", *span(DE, "Greystone"))
    check_every_reader(store)
    store.delete_annotation(person.id)
    check_every_reader(store)
    store.restore_annotation(person)
    check_every_reader(store)
    store.delete_article(de)
    check_every_reader(store)
    assert short not in store.article_ids(label="PERSON")
    assert store.article_ids(sort="annotations", label="PERSON") == [en]


def test_an_article_imported_later_is_listed_with_no_tags(store: Store):
    en, de, short = library(store)
    store.add_annotation(en, "PERSON", *span(EN, "Tomasz Wielgosz"))
    late = store.add_article(CleanResult(text="Oskar Delacroix sprach in Valdoria."), "r", "l.txt", "text")
    assert store.article_rows([late.article_id])[0].annotation_count == 0
    assert store.article_ids(sort="annotations") == [de, short, late.article_id, en]
    check_every_reader(store)


@pytest.mark.sqlite_only("SQLite's write-ahead log shows what a write rewrote")
def test_a_tag_and_its_undo_do_not_rewrite_a_long_article(tmp_path: Path):
    """Before schema 9 each tag rewrote the article's row: here 2 MB of text and page, ~500 pages."""
    path = tmp_path / "long.db"
    text = " ".join(f"Mensah sprach {i} Mal mit Kurose in Greystone." for i in range(40_000))
    with Store(path) as store:
        aid = store.add_article(CleanResult(text=text), text, "long.txt", "text").article_id
        first = store.add_annotation(aid, "PERSON", 0, 6)  # the first tag also sets "in progress"
        assert store.article_status(aid) == "in progress"

        def pages_written(change) -> int:
            with sqlite3.connect(path) as other:
                other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            change()
            with sqlite3.connect(path) as other:
                return other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]

        start = text.index("Kurose")
        tag = store.add_annotation
        assert pages_written(lambda: tag(aid, "PERSON", start, start + 6)) < 30
        assert pages_written(lambda: store.delete_annotation(first.id)) < 30
        assert store.article_rows([aid])[0].annotation_count == 1


@pytest.mark.sqlite_only("a file made by the previous schema")
def test_an_upgrade_counts_the_tags_into_the_new_table(tmp_path: Path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for number, step in enumerate(MIGRATIONS[:8]):  # the library as schema 8 made it
        conn.execute("BEGIN")
        assert callable(step)
        step(conn)
        conn.execute(f"PRAGMA user_version = {number + 1}")
        conn.execute("COMMIT")
    for i, text in enumerate([EN, DE, SHORT, EN + " Again."]):
        conn.execute(
            "INSERT INTO articles (content_hash, title, raw, text, word_count, imported_at, status) "
            "VALUES (?, ?, ?, ?, 9, '2024-01-01', ?)",
            (f"h{i}", f"t{i}", text, text, "in progress" if i % 2 else "new"),
        )
    tags = [(1, "Kurose"), (1, "Port Elsen"), (2, "Mensah"), (4, "Kurose"), (4, "Tomasz"), (4, "May")]
    for article_id, needle in tags:
        start, end = span(EN if article_id != 2 else DE, needle)
        conn.execute(
            'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
            "VALUES (?, 1, ?, ?, ?, 'x', 'x')",
            (article_id, start, end, needle),
        )
    before = {
        (status, descending): [
            r[0]
            for r in conn.execute(
                "SELECT id FROM articles WHERE ? IS NULL OR status = ? ORDER BY annotation_count "
                + ("DESC, id DESC" if descending else "ASC, id ASC"),
                (status, status),
            )
        ]
        for status in (None, "new", "in progress")
        for descending in (False, True)
    }
    conn.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 9
        assert true_counts(store) == {1: 2, 2: 1, 3: 0, 4: 3}
        for (status, descending), ids in before.items():
            assert store.article_ids(sort="annotations", status=status, descending=descending) == ids
        check_every_reader(store)
        assert "annotation_count" not in {c[1] for c in store._read("PRAGMA table_info(articles)")}
    assert (tmp_path / "old.db.v8.bak").exists()


def test_a_server_upgrade_counts_the_tags_and_keeps_each_roles_rights(db_url, tmp_path, monkeypatch):
    """A reporter who could read the library before the upgrade still lists it sorted by tags; a
    role that could update articles (the old count trigger needed it) may update the counts."""
    if not db_url.startswith("postgresql://"):
        pytest.skip("PostgreSQL only")
    import psycopg

    from reader.store.pg_connection import PgConnection, open_pool
    from reader.store.pg_schema import PG_STEPS

    monkeypatch.setenv("READER_BACKUPS", str(tmp_path / "backups"))
    pool = open_pool(db_url)
    conn = PgConnection(pool)
    try:
        conn.execute("CREATE TABLE reader_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        (where,) = conn.execute(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'unaccent'"
        ).fetchone()
        version = 0
        while version < 8:
            version, statements = PG_STEPS[version]
            for statement in statements(where):
                conn.execute(statement)
        conn.execute("INSERT INTO reader_meta (key, value) VALUES ('schema_version', '8')")
        for i, text in enumerate([EN, DE, SHORT]):
            conn.execute(
                "INSERT INTO articles (content_hash, title, raw, text, word_count, imported_at) "
                "VALUES (?, ?, ?, ?, 9, '2024-01-01')",
                (f"h{i}", f"t{i}", text, text),
            )
        for article_id, text, needle in [(1, EN, "Kurose"), (1, EN, "May"), (2, DE, "Mensah")]:
            start, end = span(text, needle)
            conn.execute(
                'INSERT INTO annotations (article_id, label_id, start, "end", text, created, updated) '
                "VALUES (?, 1, ?, ?, ?, 'x', 'x')",
                (article_id, start, end, needle),
            )
        schema = conn.execute("SELECT current_schema()").fetchone()[0]
    finally:
        conn.close()
        pool.close()
    reporter, tagger = f"reporter_{schema}", f"tagger_{schema}"
    with psycopg.connect(db_url, autocommit=True) as raw:
        for role in (reporter, tagger):
            raw.execute(f"CREATE ROLE {role} LOGIN")
            raw.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        raw.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {reporter}")
        raw.execute(f"GRANT SELECT, UPDATE ON articles TO {tagger}")
    try:
        with Store(db_url) as store:
            assert store.schema_version == SCHEMA_VERSION
            assert true_counts(store) == {1: 2, 2: 1, 3: 0}
            check_every_reader(store)
        with Store(db_url.replace("postgresql://reader@", f"postgresql://{reporter}@")) as theirs:
            assert theirs.readonly
            assert theirs.article_ids(sort="annotations", descending=True) == [1, 2, 3]
            assert [r.annotation_count for r in theirs.article_rows([1, 2, 3])] == [2, 1, 0]
        with psycopg.connect(db_url, autocommit=True) as raw:
            rights = raw.execute(
                "SELECT has_table_privilege(%s, 'annotation_counts', 'UPDATE'), "
                "has_table_privilege(%s, 'annotation_counts', 'UPDATE')",
                (tagger, reporter),
            ).fetchone()
            assert rights == (True, False)
    finally:
        with psycopg.connect(db_url, autocommit=True) as raw:
            for role in (reporter, tagger):
                raw.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}")
                raw.execute(f"REVOKE USAGE ON SCHEMA {schema} FROM {role}")
                raw.execute(f"DROP ROLE {role}")
