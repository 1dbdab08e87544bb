"""Another program holds the library's write lock (a long `sqlite3` transaction, a stuck script):
the TUI still opens at once, says nothing is lost, and quits without a traceback."""

from __future__ import annotations

import sqlite3
import threading
import time

from pilot_helpers import settle, until

import reader.store.connection as connection
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.article_list import ArticleList


def hold_write_lock(db_path, seconds: float) -> threading.Thread:
    ready = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(str(db_path), isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        ready.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(5)
    return thread


async def test_the_library_opens_while_another_program_holds_the_write_lock(
    seeded: Store, db_path, monkeypatch
):
    monkeypatch.setattr(connection, "WRITE_RETRY_S", 4.0)  # as 30 s, sooner
    holder = hold_write_lock(db_path, 5.0)
    app = ReaderApp(seeded, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.query(ArticleList) and app.screen.query_one(ArticleList).ids)
        assert app.writer.pending  # the list is shown while the session still waits for the lock
        await settle(pilot)
        holder.join()
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code in (0, None)  # no exception in on_mount or at quit


async def test_quitting_while_the_lock_is_held_is_no_traceback(seeded: Store, db_path, monkeypatch):
    monkeypatch.setattr(connection, "WRITE_RETRY_S", 0.5)
    app = ReaderApp(seeded, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.session_id is not None
        holder = hold_write_lock(db_path, 2.0)
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code in (0, None)
    holder.join()
    with sqlite3.connect(str(db_path)) as conn:  # the session is there, only its end time is missing
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
