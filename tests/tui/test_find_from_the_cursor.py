"""Find starts where the journalist is reading (found by a journalist's session, h103): the first
match is the first one at or after the cursor, going round to the top after the last."""

from __future__ import annotations

import re

from pilot_helpers import open_first


def spans(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(word, text, re.IGNORECASE)]


async def test_find_starts_at_the_cursor_and_goes_round(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        every = spans(screen.text, "douai")
        assert len(every) >= 3
        # the cursor between the first and the second match, moved with the keyboard
        screen.view.move_to(every[1][0] - 3)
        await pilot.press("right")
        await pilot.press("slash", *"douai")
        await pilot.pause()
        assert screen.view.selected_span == every[1]
        assert "2 of" in str(screen.query_one("#find-count").render())
        # at or after: the cursor on a match's first letter finds that match
        await pilot.press("escape")
        screen.view.move_to(every[2][0])
        await pilot.press("slash")
        await pilot.pause()
        assert screen.view.selected_span == every[2]
        # past the last match: round to the first
        await pilot.press("escape", "ctrl+end", "slash")
        await pilot.pause()
        assert screen.view.selected_span == every[0]


async def test_find_typed_word_by_word_keeps_to_the_cursor(make_app):
    """Each letter narrows the search from where the journalist started, not from the top."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        every = spans(screen.text, "douai")
        screen.view.move_to(every[-1][0] - 1)
        await pilot.press("right", "slash", *"dou")
        await pilot.pause()
        assert screen.view.selected_span[0] == every[-1][0]


async def test_find_after_scrolling_starts_at_the_text_shown(make_app):
    """Read down with the mouse wheel (the cursor stays at the top, out of sight): find starts at the
    first line shown, where the journalist is reading, not at the article's first match."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        view = screen.view
        every = spans(screen.text, "douai")
        assert view.cursor_offset == 0
        # scroll so that the second match's line is the first one shown
        row = view.wrapped_document.location_to_offset(view.location_of(every[1][0])).y
        view.scroll_to(y=row, animate=False)
        await pilot.pause()
        assert view.scroll_offset.y == row
        await pilot.press("slash", *"douai")
        await pilot.pause()
        assert view.selected_span == every[1]
