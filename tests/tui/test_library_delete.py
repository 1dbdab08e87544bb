"""Deleting an article from the library (a junk import): x asks in a dialog that names the title
and what goes with it; y deletes it through the app's writer (Enter too when it has no tags or
claims), Esc keeps it. The list, its count and the status line follow, and the cursor stays on the
row that takes the deleted one's place."""

from __future__ import annotations

import sqlite3

from pilot_helpers import screen_lines, settle, until

from reader.store import Store
from reader.tui.article_list import ArticleList
from reader.tui.confirm import ConfirmDialog
from reader.tui.keymap import remappable
from reader.tui.library import LibraryScreen
from reader.tui.status_bar import StatusBar


def _stored(db_path) -> tuple[list[int], int]:
    with sqlite3.connect(db_path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        tags = conn.execute("SELECT count(*) FROM annotations WHERE article_id = 2").fetchone()[0]
    return ids, tags


async def test_delete_from_the_library(make_app, seeded: Store, db_path):
    text = seeded.get_article(2).text
    seeded.add_annotation(2, "PLACE", text.index("Zürich"), text.index("Zürich") + len("Zürich"))
    seeded.add_annotation(2, "CLAIM", 0, text.index("\n"))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        lst = screen.query_one(ArticleList)
        assert lst.ids == [1, 2, 3]
        await pilot.press("down", "x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        shown = "\n".join(screen_lines(app))
        assert "Zurich prices" in shown and "1 tag and 1 claim" in shown
        assert "reader restore brings it back" in shown  # a copy goes to the trash first

        await pilot.press("escape")  # keeps it
        await settle(pilot)
        assert app.screen is screen and _stored(db_path) == ([1, 2, 3], 2)

        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert "y: yes · n, enter or escape: no" in "\n".join(screen_lines(app))
        await pilot.press("enter")  # its tag and claim would be lost: enter keeps it
        await settle(pilot)
        assert app.screen is screen and _stored(db_path) == ([1, 2, 3], 2)

        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("y")
        await settle(pilot)
        await until(pilot, lambda: lst.ids == [1, 3])
        assert _stored(db_path) == ([1, 3], 0)
        assert lst.current_id == 3  # the row that took its place
        assert "2 articles" in str(screen.query_one("#library-title").render())
        bar = screen.query_one(StatusBar).render_text().plain
        assert "2/2" in bar and "Deleted" in bar and "a copy is in the trash" in bar
        notices = [n.message for n in app._notifications]
        assert any(
            m.startswith("reader restore ") and m.endswith("brings “Zurich prices” back") for m in notices
        )
        trash = sorted((db_path.parent / f"{db_path.stem}-trash").glob("*-article-2.jsonl"))
        assert len(trash) == 1 and "Zürich" in trash[0].read_text(encoding="utf-8")

        await pilot.press("x")  # the last row, untagged: enter deletes; the cursor goes to the one above
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("enter")
        await settle(pilot)
        await until(pilot, lambda: lst.ids == [1])
        assert _stored(db_path)[0] == [1] and lst.current_id == 1


async def test_delete_key_is_remappable_and_in_the_help(make_app):
    assert remappable()["library.delete"].keys.split(",")[0] == "x"
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = "\n".join(f"{k}  {d}" for k, d in app.screen.rows)
        assert "Delete the article" in shown
