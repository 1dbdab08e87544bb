"""Status bar, article status, the help screen and the command palette provider."""

from __future__ import annotations

from pilot_helpers import open_first, settle, tag

from reader.store import Store
from reader.tui.commands import ReaderCommands
from reader.tui.help import HelpScreen
from reader.tui.reading import ReadingScreen
from reader.tui.status_bar import StatusBar


async def test_status_bar_and_status_change(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        bar = screen.query_one(StatusBar).render_text().plain
        assert bar.startswith("1/3") and "PERSON 0" in bar  # nothing saved yet this session
        await tag(pilot, screen, "Ayumi Kurose", "1")
        await tag(pilot, screen, "AESC", "2")
        await tag(pilot, screen, "ACC", "2")
        bar = screen.query_one(StatusBar).render_text().plain
        assert "PERSON 1" in bar and "ORG 2" in bar and "✓ saved" in bar
        assert seeded.get_article(1).status == "in progress"  # tagging starts the work
        await pilot.press("m")
        await settle(pilot)
        assert seeded.get_article(1).status == "done"
        assert "done" in str(screen.query_one("#article-header").render())
        await pilot.press("m")
        await settle(pilot)
        assert seeded.get_article(1).status == "new"
        await pilot.press("escape")
        await settle(pilot)
        row = app.screen.query_one("ArticleList").render_line(0).text
        assert " 3 " in row and "new" in row  # annotation count and status refreshed in the list


async def test_help_lists_every_binding(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(f"{k}  {d}" for k, d in app.screen.rows)
        for binding in ReadingScreen.BINDINGS:
            if binding.action.startswith("tag("):
                continue
            assert binding.description in shown, binding.description
        # the tag keys with their label names, from the store
        for label in app.store.labels():
            if label.hotkey:
                assert f"Tag selection as {label.name}" in shown
        assert ("1", "Tag selection as PERSON") in app.screen.rows
        assert "Tag with label" not in shown
        for needle in ("Undo", "Redo", "Select sentence", "PERSON", "CLAIM", "Help", "Quit", "ctrl+p"):
            assert needle in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_command_palette_offers_the_same_actions(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Verkor", "2")
        provider = ReaderCommands(screen)
        names = [hit.text async for hit in provider.discover()]
        assert "Undo" in names and "Select sentence" in names and "Tag selection as CLAIM" in names
        hits = [hit async for hit in provider.search("undo")]
        assert hits
        await hits[0].command()
        await pilot.pause()
        assert seeded.annotations(1) == []


def test_a_read_only_database_opens_for_reading(tmp_path, monkeypatch):
    from reader.models import CleanResult
    from reader.store import Store
    from reader.store import connection as store_module
    from reader.tui.app import ReaderApp

    path = tmp_path / "ro.db"
    with Store(path) as s:
        s.add_article(
            CleanResult(text="A short article about Douai.", title="Read only"), "raw", None, "text"
        )
    monkeypatch.setattr(store_module.os, "access", lambda p, mode: False)
    store = Store(path)

    async def run() -> None:
        app = ReaderApp(store, "ana")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.session_id is None
            assert any("read-only" in str(n.message) for n in app._notifications)

    import asyncio

    asyncio.run(run())
    assert store.stats()["sessions"] == []
    store.close()


def test_a_status_change_refused_by_a_read_only_database_is_not_shown(tmp_path, monkeypatch):
    """m on a read-only database: the write is refused, and the screen goes back to the stored
    status (it kept the new one, so the next m went on from a status that was never saved)."""
    from reader.models import CleanResult
    from reader.store import Store
    from reader.store import connection as store_module
    from reader.tui.app import ReaderApp

    path = tmp_path / "ro.db"
    with Store(path) as s:
        s.add_article(
            CleanResult(text="A short article about Douai.", title="Read only"), "raw", None, "text"
        )
    monkeypatch.setattr(store_module.os, "access", lambda p, mode: False)
    store = Store(path)

    async def run() -> None:
        app = ReaderApp(store, "ana")
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_first(pilot)
            await pilot.press("m")
            await settle(pilot)
            assert screen.article.status == "new"
            assert any("read-only" in str(n.message) for n in app._notifications)

    import asyncio

    asyncio.run(run())
    assert store.get_article(1).status == "new"
    store.close()
