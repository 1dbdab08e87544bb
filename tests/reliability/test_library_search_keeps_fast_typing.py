"""Issue 13 item 2: `/` then fast typing (tmux send-keys '/mtrump') must type into the search box,
not run the library's one-letter commands (m changed a status, t re-sorted)."""

from __future__ import annotations

from textual.widgets import Input

from .tui_driver import burst, make_app, rows, run, seeded_store, settle


def test_keys_typed_right_after_slash_go_to_the_search_box(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db)
    app = make_app(store)
    before = rows(db, "select id, status from articles order by id")

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = app.screen
        sort_before = screen.sort
        burst(app, "/mtrump")
        await settle(pilot)
        assert screen.query_one("#search", Input).value == "mtrump"
        assert screen.sort == sort_before
        burst(app, "/x")  # a slash typed in the box is text too
        await settle(pilot)
        assert screen.query_one("#search", Input).value == "mtrump/x"

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select id, status from articles order by id") == before  # no status changed
