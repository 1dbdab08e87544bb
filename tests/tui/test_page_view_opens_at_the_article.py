"""The original page (P) opens scrolled to the article, however far down the page it starts, and
keeps the paragraph under the cursor in view when the terminal is resized."""

from __future__ import annotations

from pilot_helpers import settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.page_view import PageLines, PageScreen

MENU = [f"Menu entry number {n}: opening hours, tickets and the shop" for n in range(180)]
BODY = [
    "The ferry to Kallsund will stop running in March, the island council said on Tuesday.",
    "Its 62 daily passengers will be offered a bus and a water taxi in summer instead.",
    "The council said the crossing had lost money in each of the last nine years.",
]
PAGE = "\n\n".join([*MENU, *BODY, "Footer: contact, imprint, privacy"])


def _visible(lines: PageLines) -> list[str]:
    return [lines.render_line(y).text for y in range(lines.size.height)]


async def _open_page(store: Store, size: tuple[int, int]):
    store.add_article(CleanResult(text="\n\n".join(BODY), title="Ferry"), PAGE, "/news/ferry.txt", "text")
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    return app


async def test_the_page_opens_at_the_articles_first_paragraph(store: Store):
    app = await _open_page(store, (100, 30))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        page = app.screen
        assert isinstance(page, PageScreen)
        lines = page.query_one(PageLines)
        assert lines.marks.start == len(MENU)
        assert lines.scroll_offset.y > 0
        assert any(BODY[0][:40] in row for row in _visible(lines))


async def test_a_resize_keeps_the_cursors_paragraph_in_view(store: Store):
    app = await _open_page(store, (100, 30))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("P")
        await settle(pilot)
        lines = app.screen.query_one(PageLines)
        await pilot.press("down")  # the cursor on the article's second paragraph
        await settle(pilot)
        for size in ((40, 20), (140, 30), (60, 12)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert lines.cursor == len(MENU) + 1
            assert any(BODY[1][:12] in row for row in _visible(lines)), size
