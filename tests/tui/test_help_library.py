"""The library's help (?) is titled "Library" and says how to open an article and move in the list,
with the keys as remapped.

Found in tmux (h70): the help's title read "Keys —   (escape closes)" in the library, and it listed
no key to open an article (Enter) or to move (j, k, PgUp...): they belong to the list, not the
screen, and the help read the screen's keys only."""

from __future__ import annotations

from pilot_helpers import settle

from reader.store import Store
from reader.tui.help import HelpScreen


async def test_library_help_names_the_screen_and_lists_open_and_moves(make_app, seeded: Store):
    app = make_app(keymap={"library.open": "o,enter"})
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        title = str(screen.query_one("Static").render())
        assert "Keys — Library" in title
        rows = {desc: keys for keys, desc in screen.rows}
        assert rows["Open the article"] == "o, enter"
        moves = [keys for keys, desc in screen.rows if desc.startswith("Move")]
        assert moves and all(k in ", ".join(moves) for k in ("up", "k", "pagedown", "home", "end"))
