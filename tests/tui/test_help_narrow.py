"""The help screen (?) at 60, 80 and 120 columns: every key and every action readable, none cut
with an ellipsis (at 60 columns the key column took two thirds and cut "Suggestions: show / hide"
to "Suggestio…")."""

from __future__ import annotations

import pytest
from pilot_helpers import open_first

from reader.store import Store
from reader.tui.help import HelpScreen


def shown(screen: HelpScreen) -> str:
    static = screen.query_one("#help-table")
    return "\n".join(strip.text for strip in static.render_lines(static.size.region))


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_help_shows_every_key_and_action_whole(make_app, seeded: Store, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_first(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        text = shown(screen)
        assert "…" not in text
        flat = " ".join(text.split())
        for keys, description in screen.rows:
            for word in description.split():
                assert word in flat, (word, description)
            for key in keys.replace(",", " ").split():  # (a long list wraps between its keys)
                assert key in flat, (key, keys)
