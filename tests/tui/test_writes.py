"""Writes go through one writer thread, in order: the screen keeps responding while another
program holds SQLite's write lock, shows "saving…" at once and "✓ saved" only after the commit."""

from __future__ import annotations

import asyncio
import sqlite3

from pilot_helpers import offsets, open_first, settle, written

from reader.store import Store
from reader.tui.status_bar import StatusBar


def hold_lock(db_path) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    other = sqlite3.connect(str(db_path), isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return other


def bar(screen) -> str:  # type: ignore[no-untyped-def]
    return screen.query_one(StatusBar).render_text().plain


async def test_reading_view_responds_while_another_program_writes(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        other = hold_lock(db_path)
        try:
            await pilot.press("m")  # status: in progress… waits for the lock
            await pilot.pause()
            assert bar(screen).startswith("saving…")
            start, end = offsets(text, "Verkor")
            screen.view.move_to(start)
            await pilot.press("ctrl+shift+right", "2")  # tag Verkor: queued after the status change
            await pilot.pause()
            before = screen.view.cursor_offset
            await pilot.press("down", "down")  # the UI still responds
            await pilot.pause()
            assert screen.view.cursor_offset > before
            assert seeded.get_article(1).status == "new" and seeded.annotations(1) == []  # reads go on
            assert bar(screen).startswith("saving…") and not app.writer.idle
            await asyncio.sleep(0.3)
            assert seeded.annotations(1) == []
        finally:
            other.execute("ROLLBACK")
            other.close()
        await settle(pilot)
        assert seeded.get_article(1).status == "in progress"
        assert [(a.label, a.start, a.end) for a in seeded.annotations(1)] == [("ORG", start, end)]
        assert bar(screen).startswith("✓ saved")
        assert "Tagged ORG: Verkor" in bar(screen)  # the confirmation is in the status bar, not a toast
        assert screen.view.cursor_offset > before  # the commit did not pull the cursor back


async def test_undo_is_queued_after_the_change_it_undoes(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        other = hold_lock(db_path)
        try:
            screen.view.move_to(screen.text.index("Verkor"))
            await pilot.press("ctrl+shift+right", "2", "u")  # tag, then undo it, both waiting
            await pilot.pause()
        finally:
            other.execute("ROLLBACK")
            other.close()
        await settle(pilot)
        assert seeded.annotations(1) == []
        assert "Undid: tag ORG “Verkor”" in bar(screen)


async def test_quit_waits_for_queued_writes(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        other = hold_lock(db_path)
        released = False
        try:
            screen.view.move_to(screen.text.index("Verkor"))
            await pilot.press("ctrl+shift+right", "2")
            await pilot.pause()
            await pilot.press("ctrl+q")
            await pilot.pause(0.6)
            await pilot.press("up")  # the screen still works while it waits
            assert app._quitting and not app._exit  # still waiting for the write
            assert any("saving…" in n.message for n in app._notifications)
            other.execute("ROLLBACK")
            released = True
            await app.writer.drain_async(0.01)
            await pilot.pause()
            assert app._exit
        finally:
            if not released:
                other.execute("ROLLBACK")
            other.close()
    check = Store(db_path)
    try:
        assert [a.text for a in check.annotations(1)] == ["Verkor"]
    finally:
        check.close()


async def test_library_status_change_waits_off_the_loop(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        other = hold_lock(db_path)
        try:
            await pilot.press("m")
            await pilot.pause()
            assert bar(app.screen).startswith("saving…")
            await pilot.press("down")
            await pilot.pause()
            assert app.screen.query_one("ArticleList").cursor == 1  # the list still moves
            assert seeded.get_article(1).status == "new"
        finally:
            other.execute("ROLLBACK")
            other.close()
        await written(pilot)
        assert seeded.get_article(1).status == "in progress"
        assert bar(app.screen).startswith("✓ saved") and "Marked in progress" in bar(app.screen)
