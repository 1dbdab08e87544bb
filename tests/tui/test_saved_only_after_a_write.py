"""“✓ saved” says that a change made in this session is stored: a library with articles, opened and
read, has saved nothing yet, so the status bar says nothing about saving until the first change
has committed (then every screen says it, the library too). Another program's import is not a
change of this session either."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pilot_helpers import open_first, screen_lines, settle, tag, until

from reader.models import CleanResult
from reader.store import Store


def _status(app) -> str:  # type: ignore[no-untyped-def]
    return screen_lines(app)[-2].strip()


async def test_nothing_saved_until_a_change_commits(make_app, seeded: Store, db_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "1/3" in _status(app) and "saved" not in _status(app), _status(app)
        other = Store(db_path)  # another terminal's import: not saved by this session
        other.add_article(
            CleanResult(text="Der Hafen von Velmsdorf bleibt offen.", title="Hafen"), "r", None, "text"
        )
        other.close()
        await until(pilot, lambda: "/4" in _status(app))
        assert "saved" not in _status(app), _status(app)
        screen = await open_first(pilot)
        await settle(pilot)
        assert "saved" not in _status(app), _status(app)  # reading is not saving
        await tag(pilot, screen, "Ayumi Kurose", "1")
        await settle(pilot)
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT text FROM annotations").fetchall() == [("Ayumi Kurose",)]
        assert _status(app).startswith("✓ saved"), _status(app)
        await pilot.press("escape")
        await settle(pilot)
        assert _status(app).startswith("✓ saved"), _status(app)  # the session has saved: the library says so
    app = make_app()  # a new session: nothing of its own saved yet
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "saved" not in _status(app), _status(app)
