"""The library marks the articles whose text the cleaner was unsure of, and `c` shows only those."""

from __future__ import annotations

from pilot_helpers import settle

from reader.low_confidence import MARK, threshold
from reader.store import Store
from reader.tui.article_list import ArticleList


async def test_low_confidence_rows_are_marked_and_filtered(make_app, seeded: Store):
    with seeded._write() as conn:
        conn.execute(
            "UPDATE articles SET confidence = ?, confidence_reason = 'very short body' WHERE id = 2",
            (threshold() / 2,),
        )
        conn.execute("UPDATE articles SET confidence = 0.99 WHERE id = 3")
        # a title trying to pass for the mark, or for markup, is shown as it is
        conn.execute("UPDATE articles SET title = '[b]? fake[/b]' WHERE id = 3")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lst = app.screen.query_one(ArticleList)
        rows = {i: lst.render_line(y).text for y, i in enumerate(lst.ids)}
        assert rows[2].startswith(f"{MARK} Zurich prices")
        assert rows[3].startswith("[b]? fake[/b]")
        assert not rows[1].startswith(MARK)
        await pilot.press("c")
        await settle(pilot)
        assert lst.ids == [2]
        assert "unsure only" in str(app.screen.query_one("#library-title").render())
        await pilot.press("c")
        await settle(pilot)
        assert lst.ids == [1, 2, 3]
