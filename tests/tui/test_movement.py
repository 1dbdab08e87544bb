"""Moving in the article: ctrl+arrows by word (to word starts, punctuation skipped), and jumps
(n, N, [, ], paragraphs, opening at an annotation) that bring the cursor to the middle of the view."""

from __future__ import annotations

from pilot_helpers import offsets, open_first, until, written

from reader.store import Store
from reader.tui import selection as sel


async def test_ctrl_arrows_jump_to_word_starts(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        view = screen.view
        view.move_to(text.index("Dunkirk, which"))
        await pilot.press("ctrl+right")  # one press past "Dunkirk," to "which"
        assert view.cursor_offset == text.index("which will")
        await pilot.press("ctrl+right", "ctrl+right")
        assert view.cursor_offset == text.index("be inaugurated")
        await pilot.press("ctrl+left", "ctrl+left", "ctrl+left")
        assert view.cursor_offset == text.index("Dunkirk, which")
        await pilot.press("ctrl+left")  # from a word start to the previous word's start
        assert view.cursor_offset == text.index("city of Dunkirk") + len("city ")
        # shift: extends the selection the same way; the tag is the words, not the comma
        view.move_to(text.index("Dunkirk, which"))
        await pilot.press("ctrl+shift+right")
        assert view.selected_span == (text.index("Dunkirk, which"), text.index("which will"))
        await pilot.press("3")
        await written(pilot)
        assert [(a.label, a.text) for a in screen.annotations] == [("PLACE", "Dunkirk")]
        await pilot.press("ctrl+shift+left")
        assert view.selected_span == (
            text.index("Dunkirk, which"),
            text.index("Dunkirk, which") + len("Dunkirk"),
        )


def test_word_moves_are_pure():
    text = "In 2023, the year, prices rose.\n\nNext paragraph"
    starts = sel.word_starts(text)
    assert sel.next_word_start(starts, text.index("2023"), len(text)) == text.index("the")
    assert sel.next_word_start(starts, text.index("year"), len(text)) == text.index("prices")
    assert sel.next_word_start(starts, text.index("rose"), len(text)) == text.index("Next")
    assert sel.next_word_start(starts, text.index("paragraph"), len(text)) == len(text)
    assert sel.prev_word_start(starts, text.index("prices")) == text.index("year")
    assert sel.prev_word_start(starts, 0) == 0
    assert sel.trim_to_words(text, text.index("year"), text.index("prices")) == offsets(text, "year")
    assert sel.trim_to_words("Renault's plant", 0, 10) == (0, 7)
    assert sel.trim_to_words("the U.S. said", 4, 8) == (4, 8)  # an exact selection is kept


def _cursor_row(view) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    y = view.wrapped_document.location_to_offset(view.cursor_location).y
    return y - view.scroll_offset.y, view.scrollable_content_region.height


async def test_jumps_bring_the_cursor_to_the_middle(make_app, seeded: Store):
    text = seeded.get_article(1).text
    far = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai", 2), annotator="alice")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        view = screen.view
        await pilot.press("n")
        await pilot.pause()
        assert screen.focused_id == far.id
        row, height = _cursor_row(view)
        assert abs(row - height // 2) <= 1, (row, height)  # not on the last visible line
        view.move_to(0)
        view.scroll_home(animate=False)
        await pilot.pause()
        for _ in range(8):
            await pilot.press("ctrl+down")  # paragraph by paragraph
            await pilot.pause()
            row, height = _cursor_row(view)
            assert 0 <= row < height  # always on screen
            assert row <= height - 2 or row == height // 2


async def test_opening_at_an_annotation_centres_it(make_app, seeded: Store):
    text = seeded.get_article(1).text
    far = seeded.add_annotation(1, "PLACE", *offsets(text, "Douai", 2), annotator="alice")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_article(1, [1], focus=far.id)
        await until(pilot, lambda: getattr(app.screen, "focused_id", None) == far.id)

        def centred() -> bool:
            row, height = _cursor_row(app.screen.view)
            return abs(row - height // 2) <= 1

        await until(pilot, centred)


async def test_cursor_is_a_bold_accent_block(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        style = screen.view.get_component_rich_style("text-area--cursor")
        from textual.color import Color

        accent = Color.parse(app.current_theme.accent)
        assert style.bold and style.bgcolor is not None
        got = Color.from_rich_color(style.bgcolor)
        assert max(abs(a - b) for a, b in zip(got.rgb, accent.rgb, strict=True)) <= 2  # the theme's accent
