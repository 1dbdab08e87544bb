"""`A` in the library shows only the articles assigned to you (the app's annotator), and again all;
X then exports those. Asked for by the h70 round: a newcomer on a desk looked for "my articles"."""

from __future__ import annotations

from pilot_helpers import settle

from reader.store import Store
from reader.tui.article_list import ArticleList


async def test_a_shows_the_articles_assigned_to_me(make_app, seeded: Store):
    seeded.assign([3, 1], "alice")  # the app's annotator
    seeded.assign([2], "bob")
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        library = app.screen
        lst = library.query_one(ArticleList)
        assert lst.ids == [1, 2, 3]
        await pilot.press("A")
        await settle(pilot)
        assert lst.ids == [1, 3]
        assert "assigned to alice" in library.query_one("#library-title").render().plain
        await pilot.press("X")
        await pilot.pause()
        assert "2 articles assigned to alice" in app.screen.query_one("#export-what").render().plain
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("A")
        await settle(pilot)
        assert lst.ids == [1, 2, 3]
        assert "assigned" not in library.query_one("#library-title").render().plain
