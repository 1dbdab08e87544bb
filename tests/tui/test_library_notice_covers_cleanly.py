"""A notice in the library (after a delete, an import) stands over the right of the list: no letters
of the rows beneath may show beside it. Found in tmux (h111): Textual's toast rack keeps a hidden
scroll bar's two columns at the right edge, so "in progress" showed its last "ss" beside the notice,
as if the notice and the status column overlapped."""

from __future__ import annotations

from pilot_helpers import screen_lines, settle

from reader.store import Store


async def test_no_letter_of_the_rows_shows_beside_a_notice(make_app, seeded: Store):
    for article_id in (1, 2, 3):
        seeded.set_status(article_id, "in progress")
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        lines = screen_lines(app)
        rows = [n for n, line in enumerate(lines) if line.rstrip().endswith("in progress")]
        assert len(rows) == 3, lines
        app.notify("\n".join(f"notice line {n}" for n in range(10)), timeout=30)
        await pilot.pause(0.3)
        lines = screen_lines(app)
        covered = [n for n in rows if "notice line" in lines[n]]
        assert covered == rows, lines
        for n in rows:
            assert not lines[n].rstrip().endswith(("ss", "s")), lines[n]
