"""The sorted column's heading keeps its arrow, and the status line names the sort as the heading
does.

Found in tmux (h70): sorted by tags, the heading read "Tags…" (the arrow cut, as "Words…"), and the
status line said "sorted by annotations" and "sorted by published" for the Tags and Date columns."""

from __future__ import annotations

import pytest
from pilot_helpers import settle

from reader.store import Store


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_each_sorted_heading_shows_its_arrow_whole(make_app, seeded: Store, size) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        for key, head, said in [
            ("a", "Tags", "sorted by tags"),
            ("w", "Words", "sorted by words"),
            ("d", "Date", "sorted by date"),
            ("g", "Status", "sorted by status"),
            ("i", "", "sorted by import time"),
        ]:
            await pilot.press(key)
            await settle(pilot)
            heads = str(screen.query_one("#columns").render())
            assert "…" not in heads, heads
            if head:
                assert any(m in heads for m in (f"▼{head}", f"▲{head}", f"{head} ▼", f"{head} ▲")), heads
            status = screen.query_one("StatusBar").render_text().plain
            assert said in status, status
