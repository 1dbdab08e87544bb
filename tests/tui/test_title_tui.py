"""`t` in the reading view gives the article a title (found by a journalist's session, h103: an
article shown as "(untitled)" could not be given one): saved at once, shown in the header and the
library, undone with u."""

from __future__ import annotations

from pilot_helpers import screen_lines, settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.reading import ReadingScreen
from reader.tui.status_bar import StatusBar

TEXT = "Gwenola Tanguy opened the oyster market in Cancale on Sunday.\n\nThe stalls stay until March."


async def test_t_titles_an_untitled_article_and_u_undoes_it(make_app, seeded: Store):
    new = seeded.add_article(CleanResult(text=TEXT), TEXT, "cancale.txt", "text").article_id
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(new)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert any("(untitled)" in line for line in screen_lines(app)[:3])
        await pilot.press("t", *"Oyster market opens", "enter")
        await settle(pilot)
        assert seeded.get_article(new).title == "Oyster market opens"
        assert isinstance(app.screen, ReadingScreen)
        assert "Oyster market opens" in screen_lines(app)[0]
        await pilot.press("u")
        await settle(pilot)
        assert seeded.get_article(new).title is None
        assert "(untitled)" in screen_lines(app)[0]
        assert "Undid: title of article" in screen.query_one(StatusBar).render_text().plain
        await pilot.press("U", "escape")
        await settle(pilot)
        assert any("Oyster market opens" in line for line in screen_lines(app))
        assert seeded.get_article(new).title == "Oyster market opens"


async def test_t_changes_a_title_and_escape_keeps_it(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(3)
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert app.focused is not None and app.focused.value == "Wire note"  # type: ignore[attr-defined]
        await pilot.press("ctrl+u", *"Batteries in Douai", "escape")
        await settle(pilot)
        assert seeded.get_article(3).title == "Wire note"
        await pilot.press("t", "ctrl+u", *"Batteries in Douai", "enter")
        await settle(pilot)
        assert seeded.get_article(3).title == "Batteries in Douai"


async def test_enter_on_the_unchanged_title_confirms_it_by_hand(make_app, seeded: Store, monkeypatch):
    """h111: t then Enter on the title as the cleaner found it changed nothing, so a later `reader
    reclean` that found another title replaced the one the journalist had confirmed. Enter on an
    unchanged title now confirms it: marked as given by hand (one undo step), kept by reclean."""
    from dataclasses import replace

    import reader.clean
    from reader.reclean import reclean

    assert seeded.get_article(3).title == "Wire note" and not seeded.get_article(3).title_by_hand
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_article(3)
        await settle(pilot)
        screen = app.screen
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        article = seeded.get_article(3)
        assert (article.title, article.title_by_hand) == ("Wire note", True)
        assert "Wire note" in screen.query_one(StatusBar).render_text().plain  # said, not silent
        await pilot.press("u")
        await settle(pilot)
        assert not seeded.get_article(3).title_by_hand  # the mark undone with it
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    real = reader.clean.clean
    monkeypatch.setattr(
        reader.clean, "clean", lambda raw, fmt: replace(real(raw, fmt), title="A cleaner's title")
    )
    reclean(seeded, 3)
    article = seeded.get_article(3)
    assert (article.title, article.title_by_hand) == ("Wire note", True)
