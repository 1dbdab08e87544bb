"""A filter or search that leaves no article says so in the status line, with the key that brings
the articles back: `c` on a library where no text is marked ? used to show a blank list and "0/0"."""

from __future__ import annotations

from pilot_helpers import settle

from reader.store import Store
from reader.tui.article_list import ArticleList
from reader.tui.status_bar import StatusBar


def said(app) -> str:  # type: ignore[no-untyped-def]
    return app.screen.query_one(StatusBar).render_text().plain


async def test_an_empty_unsure_filter_says_why_and_how_back(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "sorted by" in said(app)
        await pilot.press("c")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).ids == []
        assert "no article is marked ? (c again: all 3)" in said(app)
        await pilot.press("c")
        await settle(pilot)
        assert "sorted by" in said(app)


async def test_a_search_with_no_hit_says_so(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"zyxwvut")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).ids == []
        assert "no article matches “zyxwvut” (escape clears the search)" in said(app)


async def test_the_keys_named_are_the_remapped_ones(make_app, seeded: Store):
    keys = {"library.filter_low_confidence": "U", "library.filter_status": "F", "library.filter_label": "L"}
    app = make_app(keymap=keys)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("U")
        await settle(pilot)
        assert "no article is marked ? (U again: all 3)" in said(app)
        await pilot.press("U")
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        for _ in range(4):  # every article is new: a status after "new" lists none
            await pilot.press("F")
            await settle(pilot)
            if not lst.ids:
                break
        assert lst.ids == []
        assert "no article passes the filters (F, L: the next one, then all)" in said(app)
