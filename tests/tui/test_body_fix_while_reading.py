"""A colleague's body fix lands while the article is open and nothing is typed: the screen shows the
new text where the reader was (not at its top) and says in one line who changed it and which of
your tags it set aside. Found on a desk of two (tmux, PostgreSQL): ana was reading halfway down
when ben's `reader body --drop` landed; her view jumped to the first line, and her three tags on
the dropped paragraph vanished from the list without a word."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import open_first, select_words, settle, until
from test_tag_after_a_body_fix import NOTE, _fix_body

from reader.store import Store


def _drop_paragraph(word: str):  # noqa: ANN202
    def change(text: str) -> str:
        gone = next(p for p in text.split("\n\n") if word in p)
        return NOTE + text.replace(gone + "\n\n", "")

    return change


async def test_the_reader_keeps_their_place_and_hears_what_was_set_aside(
    make_app, seeded: Store, db_path: Path
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await select_words(pilot, reading, "Dunkirk")
        await pilot.press("3")  # alice's PLACE, on the paragraph bob will drop
        await settle(pilot)
        assert [a.text for a in reading.annotations] == ["Dunkirk"]
        old = reading.text
        place = old.rindex("Billy-Berclau")  # reading near the end
        reading.view.move_to(place, center=True)
        await settle(pilot)
        assert reading.view.scroll_y > 0

        new = _fix_body(db_path, 1, _drop_paragraph("Dunkirk"))
        await until(pilot, lambda: reading.text == new)
        await settle(pilot)

        assert reading.view.cursor_offset == new.rindex("Billy-Berclau")  # the same word
        assert reading.view.scroll_y > 0
        assert reading.annotations == []
        said = [str(n.message) for n in app._notifications]
        line = next((m for m in said if "changed by bob" in m), None)
        assert line is not None, said
        assert "1 of your tags set aside" in line and "Dunkirk" in line and "\n" not in line


async def test_a_fix_that_sets_nothing_aside_says_who_changed_the_text(
    make_app, seeded: Store, db_path: Path
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        new = _fix_body(db_path, 1, lambda text: NOTE + text)
        await until(pilot, lambda: reading.text == new)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("changed by bob" in m and "set aside" not in m for m in said), said


async def test_your_own_fix_in_the_page_view_is_not_called_a_colleagues(store: Store, db_path: Path):
    import asyncio

    from test_page_view import CLEANED, P1, P2, P3, P4, PAGE

    from reader.models import CleanResult
    from reader.tui.app import EXTERNAL_POLL_S, ReaderApp
    from reader.tui.page_view import PageScreen

    store.add_article(CleanResult(text=CLEANED, title="Port"), PAGE, "/news/port.txt", "text")
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(100, 40)) as pilot:
        reading = await open_first(pilot)
        await pilot.press("P")
        await settle(pilot)
        assert isinstance(app.screen, PageScreen)
        await pilot.press("home", "down", "down", "s", "down", "down", "d", "down", "down", "e", "enter")
        await settle(pilot)
        assert reading.text == "\n\n".join([P1, P2, P3, P4])
        await asyncio.sleep(EXTERNAL_POLL_S * 3)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert not any("text was changed" in m for m in said), said
