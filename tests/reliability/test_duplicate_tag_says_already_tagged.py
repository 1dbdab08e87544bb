"""Issue 13 item 26: a duplicate tag is refused, and the status bar says "already tagged", not
"not saved" (nothing was lost)."""

from __future__ import annotations

from .tui_driver import make_app, open_article, rows, run, seeded_store, status_line, tag_word


def test_a_refused_duplicate_tag_says_already_tagged(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        await tag_word(pilot, screen, "Douai", "3")
        assert status_line(screen).startswith("✓ saved")
        await tag_word(pilot, screen, "Douai", "3")
        line = status_line(screen)
        assert line.startswith("already tagged"), line
        assert "not saved" not in line

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select text from annotations") == [("Douai",)]
