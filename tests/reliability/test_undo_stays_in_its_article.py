"""Issue 13 item 4: `u` in one article must not undo a tag in another article without a word.
Decision (README, "Undo"): in the reading view, u and U undo and redo the changes to the article
on screen only; a change that touched other articles too (O) is undone as one and says so."""

from __future__ import annotations

from .tui_driver import make_app, open_article, rows, run, seeded_store, settle, status_line, tag_word


def test_u_undoes_only_the_article_on_screen(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=2)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        first = await open_article(pilot, 1)
        await tag_word(pilot, first, "Kurose", "1")
        await pilot.press("escape")
        second = await open_article(pilot, 2)
        await pilot.press("u")  # nothing was done here
        await settle(pilot)
        assert "Nothing to undo in this article" in status_line(second)
        assert rows(db, "select article_id, text from annotations") == [(1, "Kurose")]
        await tag_word(pilot, second, "Douai", "3")
        await tag_word(pilot, second, "Kurose", "1")
        await pilot.press("u")
        await settle(pilot)
        assert rows(db, "select article_id, text from annotations order by id") == [
            (1, "Kurose"),
            (2, "Douai"),
        ]
        await pilot.press("escape")
        first = await open_article(pilot, 1)
        await pilot.press("u")  # the last change to article 1, though article 2 changed since
        await settle(pilot)
        assert "Undid: tag PERSON" in status_line(first)
        await pilot.press("U")  # and redo brings back that one, not article 2's
        await settle(pilot)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select article_id, text from annotations order by article_id") == [
        (1, "Kurose"),
        (2, "Douai"),
    ]


def test_undo_of_a_change_to_several_articles_names_them(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=3)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 2)
        await tag_word(pilot, screen, "Douai", "3")
        await pilot.press("O")
        await settle(pilot)
        await pilot.press("enter")  # the review of the occurrences: enter tags the ticked ones
        await settle(pilot)
        await pilot.press("escape")
        screen = await open_article(pilot, 3)
        await pilot.press("u")  # article 3's last change is the bulk tag from article 2
        await settle(pilot)
        assert "also in 1 other article" in status_line(screen)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select article_id, text from annotations") == [(2, "Douai")]
