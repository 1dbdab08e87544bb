"""A command that writes while another program holds the library's write lock (a long import, a
colleague's reclean, a DB browser with a transaction open) says within about a second, in one line
on stderr, that it is waiting; when the lock is still held at the end of the wait it stops with one
clear line and a non-zero exit, no traceback, and what it had already saved stays saved. Every
writing command gets this from one place (reader.cli.common.open_store): import and tag are tried."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import is_server
from click.testing import CliRunner

from reader.cli.main import cli
from reader.models import CleanResult
from reader.store import Store

ARTICLE = "Die Stadtwerke Velmsdorf erhöhen den Strompreis zum 1. März um 12 Prozent.\n\nDas teilte die Sprecherin mit."
OTHER = "Le port de Koltava fermera son plus ancien terminal en 2027, selon l'autorité portuaire."


@contextlib.contextmanager
def write_lock_held(url: str) -> Iterator[threading.Event]:
    """Another program holds the library's write lock until the event is set (or the block ends)."""
    release, held = threading.Event(), threading.Event()

    def hold() -> None:
        if is_server(url):
            import psycopg

            from reader.store.core import lock_key

            with psycopg.connect(url, autocommit=True) as conn:
                (schema,) = conn.execute("SELECT current_schema()").fetchone()
                key = lock_key(schema, "write")  # the library's write lock (its schema's)
                conn.execute(f"SELECT pg_advisory_lock({key})")
                held.set()
                release.wait(60)
                conn.execute(f"SELECT pg_advisory_unlock({key})")
        else:
            conn = sqlite3.connect(url, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            held.set()
            release.wait(60)
            conn.execute("COMMIT")
            conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    try:
        yield release
    finally:
        release.set()
        thread.join(10)


def _files(tmp_path: Path) -> list[str]:
    paths = []
    for n, text in enumerate((ARTICLE, OTHER)):
        path = tmp_path / f"page{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _stderr_lines(result) -> list[str]:  # noqa: ANN001
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.mark.parametrize("command", ["import", "tag"])
def test_a_writer_says_it_waits_and_goes_on_when_the_lock_is_let_go(db_url, tmp_path, command):
    with Store(db_url) as store:
        aid = store.add_article(CleanResult(text=OTHER), OTHER, "koltava.txt", "text").article_id
    args = {
        "import": ["import", _files(tmp_path)[0]],
        "tag": ["tag", str(aid), "Koltava", "--label", "PLACE"],
    }
    with write_lock_held(db_url) as release:
        # Let go after 1.8 s: the waiting line must be out before then (it comes after about 1 s).
        timer = threading.Timer(1.8, release.set)
        timer.start()
        started = time.monotonic()
        result = CliRunner().invoke(cli, args[command])
        took = time.monotonic() - started
        timer.cancel()
    assert result.exit_code == 0, result.output + result.stderr
    assert took >= 1.5
    waiting = [line for line in _stderr_lines(result) if "waiting" in line]
    assert len(waiting) == 1, result.stderr
    assert "another program" in waiting[0] and "writing" in waiting[0]


def test_an_import_that_waits_too_long_stops_in_one_line_and_keeps_what_it_saved(
    db_url, tmp_path, monkeypatch
):
    import reader.importing.pipeline as pipeline
    import reader.store.connection as connection

    monkeypatch.setattr(connection, "WRITE_RETRY_S", 2.0)
    monkeypatch.setattr(pipeline, "BATCH_ARTICLES", 1)  # each article its own commit
    if is_server(db_url):
        import reader.store.pg_connection as pg_connection

        monkeypatch.setattr(pg_connection, "WRITE_WAIT", "500ms")
    first, second = _files(tmp_path)
    lock = contextlib.ExitStack()
    original = Store.add_articles

    def add_then_lock(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        out = original(self, *args, **kwargs)
        if not lock._exit_callbacks:  # another program takes the lock after the first article
            lock.enter_context(write_lock_held(db_url))
        return out

    monkeypatch.setattr(Store, "add_articles", add_then_lock)
    with lock:
        result = CliRunner().invoke(cli, ["import", first, second])
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    lines = _stderr_lines(result)
    assert len(lines) == 2, result.stderr  # "waiting …", then why it stopped
    assert "waiting" in lines[0]
    assert lines[1].startswith("Error:") or lines[1].startswith("reader:")
    assert "1 article" in lines[1] and "kept" in lines[1], lines[1]
    with Store(db_url) as store:
        [kept] = store.article_ids()
        assert "Velmsdorf" in store.get_article(kept).text


@contextlib.contextmanager
def new_file_held(path: Path) -> Iterator[threading.Event]:
    """Another program made the library's file and holds it (a brand-new database, still in
    rollback mode, where even a read waits) until the event is set."""
    release, held = threading.Event(), threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        held.set()
        release.wait(60)
        conn.execute("COMMIT")
        conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert held.wait(10)
    try:
        yield release
    finally:
        release.set()
        thread.join(10)


def test_opening_a_new_file_another_program_holds_says_it_waits(tmp_path, monkeypatch):
    path = tmp_path / "new.db"
    monkeypatch.setenv("READER_DB", str(path))
    with new_file_held(path) as release:
        timer = threading.Timer(1.8, release.set)
        timer.start()
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["list"])
        took = time.monotonic() - started
        timer.cancel()
    assert result.exit_code == 0, result.output + result.stderr
    assert took >= 1.5
    waiting = [line for line in _stderr_lines(result) if "waiting" in line]
    assert len(waiting) == 1, result.stderr
    assert "another program" in waiting[0] and str(path) in waiting[0]


def test_opening_a_new_file_held_too_long_gives_up_in_one_line(tmp_path, monkeypatch):
    import reader.store.connection as connection

    monkeypatch.setattr(connection, "WRITE_RETRY_S", 2.0)
    path = tmp_path / "new.db"
    monkeypatch.setenv("READER_DB", str(path))
    with new_file_held(path):
        result = CliRunner().invoke(cli, ["list"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output + result.stderr
    lines = _stderr_lines(result)
    assert len(lines) == 2, result.stderr  # "waiting …", then why it stopped
    assert "waiting" in lines[0]
    assert "gave up after waiting 2 s" in lines[1] and str(path) in lines[1], lines[1]
