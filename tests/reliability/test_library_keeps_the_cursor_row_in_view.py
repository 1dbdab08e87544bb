"""Issue 13 item 27: after a sort, or after clearing a search, the selected row was off screen;
during a search the status bar named a sort that was not applied."""

from __future__ import annotations

from reader.models import CleanResult
from reader.store import Store
from reader.tui.article_list import ArticleList

from .tui_driver import make_app, run, settle, status_line

N = 200


def _library(db) -> Store:  # type: ignore[no-untyped-def]
    store = Store(db)
    for i in range(N):
        # titles sort in the reverse of import order; one article holds a rare word
        word = "zeppelin" if i == 150 else "council"
        text = f"Article {i} about the {word}.\n\nA second paragraph."
        store.add_article(CleanResult(text=text, title=f"T{N - i:03d}"), text, f"/t/{i}.txt", "text")
    return store


def _visible(lst: ArticleList) -> bool:
    top = lst.scroll_offset.y
    return top <= lst.cursor < top + lst.size.height


def test_the_cursor_row_stays_on_screen_after_a_sort_and_a_cleared_search(tmp_path):
    store = _library(tmp_path / "r.db")
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        lst = app.screen.query_one(ArticleList)
        await pilot.press(*["down"] * 50)  # onto the 51st article (imported order)
        await settle(pilot)
        chosen = lst.current_id
        assert _visible(lst) and lst.cursor == 50
        await pilot.press("t")  # sort by title: the article moves to row 149, pages below
        await settle(pilot)
        assert lst.current_id == chosen and lst.cursor == N - 51
        assert _visible(lst), (lst.cursor, lst.scroll_offset.y)
        await pilot.press("t")  # descending: row 50 again
        await settle(pilot)
        assert lst.current_id == chosen and _visible(lst), (lst.cursor, lst.scroll_offset.y)
        await pilot.press("i", "home")  # imported order, first row
        await settle(pilot)
        await pilot.press("slash", *"zeppelin")
        await pilot.pause(0.3)
        await settle(pilot)
        assert lst.ids == [151]
        assert "ordered by relevance" in status_line(app.screen)
        assert "sorted by" not in status_line(app.screen)
        await pilot.press("escape")  # clear the search: back to all, the cursor on the match
        await pilot.pause(0.3)
        await settle(pilot)
        assert len(lst.ids) == N and lst.current_id == 151
        assert _visible(lst), (lst.cursor, lst.scroll_offset.y)
        assert "sorted by import time" in status_line(app.screen)

    try:
        run(app, script)
    finally:
        store.close()
