"""The desk screen's title counts in words that agree with the number: "1 article", "2 articles"
(it said "1 articles" on a desk of two with one article tagged)."""

from __future__ import annotations

from pilot_helpers import offsets, settle
from textual.widgets import Static

from reader.store import Store


async def _title(make_app) -> str:  # type: ignore[no-untyped-def]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        return str(app.screen.query_one("#desk-title", Static).render())


async def test_one_article_is_one_article(make_app, seeded: Store):
    text = seeded.get_article(1).text
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="ana")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Dunkirk"), annotator="ben")
    title = await _title(make_app)
    assert "2 annotators · 1 article" in title and "1 articles" not in title, title


async def test_two_articles(make_app, seeded: Store):
    seeded.assign([1, 2], "ana")
    title = await _title(make_app)
    assert "1 annotator · 2 articles" in title, title
