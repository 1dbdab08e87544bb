"""x on a tag someone changed since the screen drew it (another program, the same library) is
refused in one line, and the screen shows the tag as it is now: the change is not deleted unseen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pilot_helpers import open_first, select_words, settle

from reader.store import Store
from reader.tui.status_bar import StatusBar


async def test_x_on_a_tag_changed_meanwhile_keeps_it(make_app, seeded: Store, db_path: Path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await select_words(pilot, reading, "Dunkirk")
        await pilot.press("3")
        await settle(pilot)
        [tag] = reading.annotations
        reading.set_focus_annotation(tag.id)
        with Store(db_path) as other:  # a colleague's edit, not drawn here yet
            other.edit_annotation(tag.id, annotator="bob", label="ORG", note="the port company")
        await pilot.press("x")
        await settle(pilot)
        with sqlite3.connect(db_path) as conn:
            rows = conn.execute("SELECT text, note FROM annotations WHERE article_id = 1").fetchall()
        assert rows == [("Dunkirk", "the port company")]
        errors = [str(n.message) for n in app._notifications if n.severity == "error"]
        assert any("changed by bob" in m for m in errors), errors
        assert all("\n" not in m for m in errors)
        assert [(a.label, a.note) for a in reading.annotations] == [("ORG", "the port company")]


async def test_x_on_a_colleagues_tag_says_whose_it_was(make_app, seeded: Store, db_path: Path):
    text = seeded.get_article(1).text
    start = text.index("Dunkirk")
    theirs = seeded.add_annotation(1, "PLACE", start, start + len("Dunkirk"), annotator="bob")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await pilot.press("T")  # everyone's tags
        await settle(pilot)
        reading.set_focus_annotation(theirs.id)
        await pilot.press("x")
        await settle(pilot)
        flashed = reading.query_one(StatusBar).flash_text
        assert "Deleted bob's PLACE “Dunkirk”" in flashed, flashed
        assert seeded.annotations(1) == []
