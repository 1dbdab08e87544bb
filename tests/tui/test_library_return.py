"""Back from an article, the library keeps its filter and its place in the list.

Found in tmux (h70): with the status filter on "new", a journalist opened the fourth article, tagged
in it (so it became "in progress" and left the filter) and pressed Escape: the highlight jumped to
the first row, not to the article that took its place."""

from __future__ import annotations

from pilot_helpers import settle, tag

from reader.models import CleanResult
from reader.store import Store
from reader.tui.article_list import ArticleList
from reader.tui.reading import ReadingScreen


def more(store: Store) -> None:
    for i, (title, text) in enumerate(
        [
            ("Hafen von Gdańsk wächst", "Der Hafen von Gdańsk wächst weiter."),
            ("Le port de Sète s'agrandit", "Le port de Sète s'agrandit encore."),
            ("Rotterdam widens its canal", "Rotterdam widens its canal again."),
        ]
    ):
        store.add_article(CleanResult(text=text, title=title), f"raw {i}", f"m{i}.txt", "text")


async def test_an_article_that_leaves_the_filter_leaves_the_highlight_in_its_place(make_app, seeded: Store):
    more(seeded)  # six articles, all new
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        library = app.screen
        lst = library.query_one(ArticleList)
        await pilot.press("f")  # status: new
        await settle(pilot)
        assert library.status_filter == "new" and len(lst.ids) == 6
        await pilot.press("down", "down", "down")
        await pilot.pause()
        opened, after = lst.ids[3], lst.ids[4]
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen) and screen.article.id == opened
        word = screen.text.split()[1]
        await tag(pilot, screen, word, "3")
        assert seeded.get_article(opened).status == "in progress"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is library and library.status_filter == "new"
        assert opened not in lst.ids and len(lst.ids) == 5
        assert lst.current_id == after  # the row that took its place, not the first row
