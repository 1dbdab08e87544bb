"""Esc closes the entity index from either list (found by a journalist's session, h103: the first
Esc from the mentions only moved the focus back to the entities, and nothing on screen said so;
Tab is the key that goes between the two lists)."""

from __future__ import annotations

from pilot_helpers import offsets, screen_lines, settle

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.library import LibraryScreen


async def test_escape_from_the_mentions_closes_the_index(make_app, seeded: Store):
    text = seeded.get_article(1).text
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        await pilot.press("enter")  # the mentions of the highlighted entity, focused
        await settle(pilot)
        assert screen.query_one("#mentions").has_focus and screen.mentions
        assert "esc Back" in screen_lines(app)[-1]  # as in every other list: back where it was opened
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        # tab is the way between the two lists, and back
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab")
        assert screen.query_one("#groups").has_focus
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
