"""Moving down a library longer than the screen keeps the highlighted row on screen.

Found in tmux (h70, 342 articles at 120x40 and 80x24): End said "342/342" but the last row was not
on screen, and going down with j the highlighted row slid under the bottom line. The list's width
was its whole width, wider than the room beside its vertical scroll bar, so a horizontal scroll bar
took the bottom line and hid the row under it."""

from __future__ import annotations

from pilot_helpers import screen_lines, settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.article_list import ArticleList


def many(store: Store, n: int) -> list[str]:
    titles = []
    for i in range(n):
        title = f"Bericht {i:03d} über den Hafen" if i % 2 else f"Rapport {i:03d} sur le port"
        store.add_article(
            CleanResult(text=f"Text {i} über Hafen und Schiffe.", title=title, site="hafen.example"),
            f"raw {i}",
            f"p{i}.txt",
            "text",
        )
        titles.append(title)
    return titles


async def test_end_and_down_show_the_highlighted_row(make_app, seeded: Store) -> None:
    titles = many(seeded, 40)
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        await pilot.press("end")
        await settle(pilot)
        assert lst.cursor == len(lst.ids) - 1
        shown = "\n".join(screen_lines(app))
        assert titles[-1] in shown  # the last article, highlighted, is on screen
        # the highlighted row stands inside the part of the list that is drawn
        assert lst.cursor - lst.scroll_offset.y < lst.scrollable_content_region.height
        await pilot.press("home", *["j"] * 25)
        await settle(pilot)
        row = lst.row(lst.cursor)
        assert row is not None and row.title in "\n".join(screen_lines(app))
        assert lst.cursor - lst.scroll_offset.y < lst.scrollable_content_region.height
