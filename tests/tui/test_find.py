"""Find in the article (/): every match highlighted, case and accents ignored, next / previous,
escape closes and leaves the match selected so a label key tags it (checked in SQLite); a library
search opens its article with the hits highlighted; ctrl+home / ctrl+end."""

from __future__ import annotations

import re

from pilot_helpers import open_first, settle, written

from reader.store import Store
from reader.tui.reading import ReadingScreen
from reader.tui.reading.find import FindBar


def spans(text: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


async def test_find_highlights_steps_and_tags_the_match(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        every = spans(text, r"douai")
        assert len(every) >= 3
        await pilot.press("slash")
        bar = screen.query_one(FindBar)
        assert bar.display and bar.field.has_focus
        await pilot.press(*"DOUAÏ")  # case and accents are ignored
        await pilot.pause()
        assert screen.view.find_matches == every
        assert screen.view.selected_span == every[0]
        await pilot.press("enter", "down")  # next, next
        assert screen.view.selected_span == every[2]
        await pilot.press("up")
        assert screen.view.selected_span == every[1]
        assert "2 of" in str(bar.query_one("#find-count").render())
        await pilot.press("escape")  # closes find (not the article); the match stays selected
        assert isinstance(app.screen, ReadingScreen) and not bar.display
        assert screen.view.find_matches == []
        await pilot.press("3")  # PLACE
        await written(pilot)
        assert [(a.label, a.start, a.end) for a in seeded.annotations(1)] == [("PLACE", *every[1])]
        # f3 goes on with the last term with the bar closed
        await pilot.press("f3")
        assert screen.view.selected_span == every[2]
        await pilot.press("shift+f3", "shift+f3")
        assert screen.view.selected_span == every[0]


async def test_find_with_no_match_says_so_and_tags_nothing(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("ctrl+f", *"zzqx")
        await pilot.pause()
        assert screen.view.find_matches == []
        assert "no match" in str(screen.query_one("#find-count").render())
        await pilot.press("escape", "escape")  # closes find, then the article
        await settle(pilot)
        assert not isinstance(app.screen, ReadingScreen)
        assert seeded.annotations(1) == []


async def test_ctrl_home_and_ctrl_end(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("ctrl+end")
        assert screen.view.cursor_offset == len(screen.text)
        await pilot.press("ctrl+home")
        assert screen.view.cursor_offset == 0


async def test_opening_from_a_library_search_highlights_its_hits(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zurich")  # the second article, by an accent-free word
        await settle(pilot)
        await pilot.press("enter", "enter")  # to the list, open the hit
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen) and screen.article_id == 2
        hits = spans(screen.text, r"zürich\w*")
        assert hits and screen.view.find_matches == hits
        assert screen.view.selected_span == hits[0]


async def test_the_wrapped_height_shortcut_equals_textuals_sum(make_app):
    """ArticleText counts the wrapped height once (find and every redraw ask for it per row); this
    fails loudly if Textual's WrappedDocument stops keeping one entry per wrapped row."""
    from textual.document._wrapped_document import WrappedDocument

    app = make_app()
    async with app.run_test(size=(80, 30)) as pilot:
        screen = await open_first(pilot)
        wrapped = screen.view.wrapped_document
        assert wrapped.height == WrappedDocument.height.fget(wrapped) > len(screen.text.splitlines())
        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        wrapped = screen.view.wrapped_document
        assert wrapped.height == WrappedDocument.height.fget(wrapped)
