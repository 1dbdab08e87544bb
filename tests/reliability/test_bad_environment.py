"""A hostile environment: read-only database, missing or impossible folder, corrupt file, full disk.
Each gives a clear one-line message (exit non-zero, no traceback) and leaves existing data intact."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import tempfile
import textwrap
from pathlib import Path

import pytest
from hostile_counts import exercised

from reader.errors import NotFound, StoreError
from reader.models import CleanResult
from reader.store import Store

from .conftest import (
    PYTHON,
    REPO,
    add_article,
    assert_one_line_error,
    child_env,
    cli_available,
    paragraph_text,
    run_cli,
)

needs_cli = pytest.mark.skipif(not cli_available(), reason="the CLI has not landed")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_rows(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return (
            conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            conn.execute("SELECT count(*) FROM annotations").fetchone()[0],
        )
    finally:
        conn.close()


def make_db(path: Path) -> Path:
    with Store(path) as store:
        for i in range(3):
            add_article(store, i)
        store.add_annotation(1, "PERSON", 0, 2)
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed on close
    return path


# -- read-only ------------------------------------------------------------------------------------


# Root ignores file modes; a child run through setpriv without the capabilities that bypass them
# (dac_override, dac_read_search, fowner) is held to them like any user.
AS_PLAIN_USER = (
    ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"] if os.geteuid() == 0 else []
)


@pytest.fixture
def read_only_db():
    """A database file with mode 444 in a folder with mode 555 (no -wal or -shm can be created)."""
    folder = Path(tempfile.mkdtemp(prefix="reader-ro-"))
    db = make_db(folder / "reader.db")
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    yield db
    os.chmod(folder, 0o755)
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


STORE_WRITE = """
    import sys
    from reader.errors import ReaderError
    from reader.store import Store
    try:
        store = Store(sys.argv[1])
        print("OPENED", store.count_articles(), flush=True)
        store.add_annotation(1, "ORG", 3, 8)
        print("WROTE", flush=True)
    except ReaderError as e:
        print("ERROR", type(e).__name__, e, flush=True)
"""


def test_store_on_a_read_only_database_says_so(read_only_db):
    exercised("files", 1)
    db = read_only_db
    before = digest(db)
    proc = subprocess.run(
        [*AS_PLAIN_USER, PYTHON, "-c", textwrap.dedent(STORE_WRITE), str(db)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "WROTE" not in proc.stdout
    error = [line for line in proc.stdout.splitlines() if line.startswith("ERROR")]
    assert error and "StoreError" in error[0], proc.stdout
    assert "read-only" in error[0] or "cannot open" in error[0], error[0]
    assert digest(db) == before
    assert count_rows(db) == (3, 1)


@needs_cli
def test_cli_on_a_read_only_database_fails_on_one_line(read_only_db):
    db = read_only_db
    before = digest(db)
    proc = subprocess.run(
        [
            *AS_PLAIN_USER,
            PYTHON,
            "-m",
            "reader",
            "--db",
            str(db),
            "tag",
            "1",
            "workers",
            "--label",
            "ORG",
            "--nth",
            "1",
        ],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=str(REPO),
        timeout=60,
    )
    line = assert_one_line_error(proc)
    assert "read-only" in line or "cannot open" in line or "readonly" in line, line
    assert digest(db) == before
    assert count_rows(db) == (3, 1)


# -- missing or impossible folder -------------------------------------------------------------------


def test_store_creates_a_missing_folder(tmp_path):
    db = tmp_path / "not" / "there" / "yet" / "reader.db"
    with Store(db) as store:
        aid = add_article(store, 1)
        assert store.get_article(aid).title == "Article 1"
    assert db.exists()


def test_store_explains_a_folder_it_cannot_create(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("I am a file", "utf-8")
    with pytest.raises(StoreError) as info:
        Store(blocker / "sub" / "reader.db")
    assert "\n" not in str(info.value) and "cannot create the folder" in str(info.value)
    assert blocker.read_text("utf-8") == "I am a file"


def test_store_explains_a_folder_given_as_the_database(tmp_path):
    with pytest.raises(StoreError) as info:
        Store(tmp_path)
    assert "directory" in str(info.value)


@needs_cli
def test_cli_creates_a_missing_folder_and_explains_an_impossible_one(tmp_path):
    ok = run_cli("--db", str(tmp_path / "new" / "dir" / "reader.db"), "list")
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "new" / "dir" / "reader.db").exists()
    # not silently: a mistyped folder would otherwise hold a new, empty library unnoticed
    assert ok.stderr.strip().splitlines() == [
        f"reader: made the folder {tmp_path / 'new' / 'dir'} for a new library (check the path if you meant an existing one)"
    ]
    again = run_cli("--db", str(tmp_path / "new" / "dir" / "reader.db"), "list")
    assert again.returncode == 0 and again.stderr == "", again.stderr
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    bad = run_cli("--db", str(blocker / "reader.db"), "list")
    assert_one_line_error(bad, "folder")
    assert blocker.read_text("utf-8") == "x"


# -- corrupt files ---------------------------------------------------------------------------------


def _garbage(path: Path) -> Path:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(64 * 1024)))
    return path


def _damaged(path: Path) -> Path:
    """A real reader database with pages in the middle overwritten."""
    make_db(path)
    with Store(path) as store:
        for i in range(3, 40):
            add_article(store, i, words=600)
    data = bytearray(path.read_bytes())
    page = 4096
    for p in range(3, len(data) // page - 1, 2):
        data[p * page + 100 : p * page + 2000] = bytes(range(256)) * 7 + bytes(1900 - 256 * 7)
    path.write_bytes(bytes(data))
    return path


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [_garbage, _foreign], ids=["garbage", "foreign-sqlite"])
def test_store_refuses_a_file_that_is_not_a_reader_database(tmp_path, make):
    exercised("files", 1)
    db = make(tmp_path / "reader.db")
    before = digest(db)
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "not a reader database" in str(info.value) and "\n" not in str(info.value)
    assert digest(db) == before


def test_store_reports_a_damaged_database_as_store_errors(tmp_path):
    exercised("files", 1)
    db = _damaged(tmp_path / "reader.db")
    errors = []
    try:
        store = Store(db)
    except StoreError as e:
        errors.append(str(e))
    else:
        with store:
            calls = [
                store.integrity_check,
                lambda: store.article_ids(),
                lambda: [store.get_article(i) for i in store.article_ids()],
                lambda: store.search("workers"),
                lambda: store.add_annotation(2, "ORG", 0, 3),
                lambda: [store.annotations(i) for i in store.article_ids()],
                lambda: store.get_annotation(1),
                store.stats,
                store.entity_index,
                store.claims,
            ]
            for call in calls:
                try:
                    result = call()
                except StoreError as e:  # the only kind of failure allowed (or no such annotation)
                    errors.append(str(e))
                except NotFound:
                    pass
                else:
                    if call is calls[0]:
                        assert result != "ok"
    assert errors, "a damaged database went unnoticed"
    assert all("\n" not in e for e in errors)
    assert any("corrupt" in e for e in errors), errors


@needs_cli
@pytest.mark.parametrize("make", [_garbage, _foreign, _damaged], ids=["garbage", "foreign-sqlite", "damaged"])
def test_cli_on_a_corrupt_database_fails_on_one_line(tmp_path, make):
    exercised("files", 1)
    db = make(tmp_path / "reader.db")
    before = digest(db)
    proc = run_cli("--db", str(db), "list")
    if make is _damaged and proc.returncode == 0:  # listing may not touch a damaged page: read them all
        proc = run_cli("--db", str(db), "search", "workers")
        if proc.returncode == 0:
            proc = run_cli("--db", str(db), "tag", "2", "workers", "--label", "ORG")
    assert_one_line_error(proc)
    assert "corrupt" in proc.stderr or "not a reader database" in proc.stderr, proc.stderr
    if make is not _damaged:
        assert digest(db) == before


# -- a full disk ------------------------------------------------------------------------------------


def _fill(store: Store) -> None:
    """Leave the database two pages to grow: the next big write hits 'database or disk is full'."""
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")


def test_a_full_disk_is_a_store_error_and_nothing_is_half_written(tmp_path):
    exercised("files", 1)
    db = make_db(tmp_path / "reader.db")
    with Store(db) as store:
        _fill(store)
        big = "\n\n".join(paragraph_text(100 + i, 400) for i in range(40))
        with pytest.raises(StoreError) as info:
            store.add_article(CleanResult(text=big, title="Too big"), big, "/big.txt", "text")
        assert "full" in str(info.value) and "\n" not in str(info.value)
        # The store is still usable: reads work, small writes that fit still commit.
        assert store.count_articles() == 3
        assert store.get_article(1).title == "Article 0"
        assert not store.conn.in_transaction
        with pytest.raises(StoreError):
            for i in range(200):  # annotations until the space runs out
                store.add_annotation(2, "PLACE", i, i + 5, note="n" * 500)
        done = len(store.annotations(2))
    arts, anns = count_rows(db)
    assert arts == 3 and anns == 1 + done
    with Store(db) as store:
        assert store.integrity_check() == "ok"
        assert "Too big" not in [store.get_article(i).title for i in store.article_ids()]


FULL_DISK_CLI = """
    import sys
    import reader.store.store as s
    opened = s.Store.__init__
    def init(self, *args, **kwargs):
        opened(self, *args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    s.Store.__init__ = init
    from reader.cli.main import main
    main(sys.argv[1:])
"""


@needs_cli
def test_cli_import_on_a_full_disk_fails_cleanly(tmp_path):
    db = make_db(tmp_path / "reader.db")
    page = tmp_path / "big.txt"
    page.write_text("Big page\n\n" + "\n\n".join(paragraph_text(200 + i, 400) for i in range(40)), "utf-8")
    proc = subprocess.run(
        [PYTHON, "-c", textwrap.dedent(FULL_DISK_CLI), "--db", str(db), "import", str(page)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=str(REPO),
        timeout=60,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "Traceback" not in out, out
    assert "full" in proc.stderr, out
    errors = [line for line in proc.stderr.splitlines() if "error" in line.lower()]
    assert len(errors) == 1, out
    assert count_rows(db) == (3, 1)


def test_reading_a_damaged_table_is_a_store_error(tmp_path):
    """Only the annotations table is damaged: the database opens, and reading tags, statistics or
    a tag by id fails with a StoreError (one line), not a raw sqlite3 error."""
    path = tmp_path / "reader.db"
    with Store(path) as store:
        aid = add_article(store, 1, words=200)
        for n in range(40):
            store.add_annotation(aid, "ORG", n * 2, n * 2 + 2, note="x" * 200)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = store.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'annotations'"
        ).fetchone()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 : root * 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))
    with Store(path) as store:
        for call in (lambda: store.annotations(aid), lambda: store.get_annotation(1), store.stats):
            with pytest.raises(StoreError, match="corrupt"):
                call()


@needs_cli
def test_the_first_run_on_the_default_library_says_where_it_is_without_doubting_the_path(tmp_path):
    """Found in tmux (h70): the very first `reader`, with no --db, said "made the folder … for a new
    library (check the path if you meant an existing one)": a newcomer typed no path to check. On
    the default place it now says where the new library is and how to choose another."""
    env = child_env(XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("READER_DB", None)
    first = run_cli("list", env=env)
    assert first.returncode == 0, first.stderr
    db = tmp_path / "data" / "reader" / "reader.db"
    assert db.exists()
    assert first.stderr.strip().splitlines() == [
        f"reader: a new library in {db} (the default place; --db or READER_DB chooses another)"
    ]
    again = run_cli("list", env=env)
    assert again.returncode == 0 and again.stderr == ""
