"""On a long article the suggester runs for tens of seconds. Meanwhile (60×20) the status line says
suggestions are being found (not "0 suggestions"), the journalist can read and tag, and leaving the
article while it runs brings no error and no suggestion onto the next article opened."""

from __future__ import annotations

import threading

from pilot_helpers import open_first, tag, until, written

import reader.suggest
from reader.store import Store
from reader.tui.status_bar import StatusBar


def slow_suggester(monkeypatch):  # type: ignore[no-untyped-def]
    release = threading.Event()
    asked: list[str] = []
    real = reader.suggest.suggest

    def slow(text, *args, **kw):  # type: ignore[no-untyped-def]
        asked.append(text)
        release.wait(20)
        return real(text, *args, **kw)

    monkeypatch.setattr(reader.suggest, "suggest", slow)
    return release, asked


def status(screen) -> str:  # type: ignore[no-untyped-def]
    bar = screen.query_one(StatusBar)
    return bar.render_text(bar.content_region.width).plain


async def test_pending_suggestions_say_so_and_tagging_goes_on(make_app, seeded: Store, monkeypatch):
    release, asked = slow_suggester(monkeypatch)
    app = make_app()
    try:
        async with app.run_test(size=(60, 20)) as pilot:
            screen = await open_first(pilot)
            await pilot.press("g")
            await until(pilot, lambda: len(asked) == 1)
            assert "finding suggestions…" in status(screen)
            assert "0 suggestions" not in status(screen)
            # tagging goes on, and what it stores is in SQLite at once
            await tag(pilot, screen, "Verkor", "2")
            assert [(a.label, a.text) for a in seeded.annotations(1)] == [("ORG", "Verkor")]
            # ("Tagged ORG: Verkor" shows a few seconds, then the standing message again)
            assert screen.query_one(StatusBar).message == "finding suggestions…"
            release.set()
            await until(pilot, lambda: bool(screen.suggestions))
            assert screen.query_one(StatusBar).message.endswith(" · . next")
            assert "suggestions" in screen.query_one(StatusBar).message
            assert len(asked) == 1  # the tag made during the run did not start the whole suggester again
    finally:
        release.set()


async def test_leaving_during_a_run_lands_nothing_elsewhere(make_app, seeded: Store, monkeypatch):
    release, asked = slow_suggester(monkeypatch)
    app = make_app()
    errors: list[BaseException] = []
    try:
        async with app.run_test(size=(60, 20)) as pilot:
            app._handle_exception = errors.append  # type: ignore[method-assign]
            first = await open_first(pilot)
            await pilot.press("g")
            await until(pilot, lambda: len(asked) == 1)
            await pilot.press("escape")
            await written(pilot)
            assert app.screen is not first
            await pilot.press("down", "enter")
            await until(pilot, lambda: getattr(app.screen, "article_id", None) == 2)
            second = app.screen
            release.set()
            await until(pilot, lambda: all(not w.is_running for w in app.workers))
            await written(pilot)
            assert app.screen is second and second.suggestions == [] and not second.show_suggestions
            assert second.view.suggestions == []
            assert errors == []
    finally:
        release.set()
