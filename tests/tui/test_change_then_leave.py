"""A change made just before leaving the screen is stored all the same: x on a tag, then Esc at
once, while an earlier write still holds the writer (a slow server, a long import). The change ran
on the writer thread after the reading screen had gone, read the app through it, found none
(NoActiveAppError), and was not saved; putting the gone screen back then crashed the app."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from pilot_helpers import open_first, select_words, settle, until

from reader.store import Store
from reader.tui.reading import ReadingScreen


async def test_x_then_escape_deletes_the_tag(make_app, seeded: Store, db_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await select_words(pilot, reading, "Dunkirk")
        await pilot.press("3")
        await settle(pilot)
        [tag] = reading.annotations
        reading.set_focus_annotation(tag.id)
        ahead = threading.Event()
        app.writer.submit(lambda: ahead.wait(60))  # a write still running ahead of the delete
        await pilot.press("x", "escape")
        await until(pilot, lambda: not isinstance(app.screen, ReadingScreen))
        ahead.set()
        await settle(pilot)
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert errors == []
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT text FROM annotations").fetchall() == []
        assert "Dunkirk" not in [a.text for a in seeded.annotations(1)]
