"""Issue 13 item 3: undoing an `O` bulk tag (every occurrence in every article) must also undo the
automatic new -> in progress it caused in the articles it touched."""

from __future__ import annotations

from .tui_driver import make_app, open_article, rows, run, seeded_store, settle, tag_word


def test_undo_of_tag_everywhere_puts_untouched_articles_back_to_new(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=3)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        await tag_word(pilot, screen, "Douai", "3")  # PLACE, by hand: article 1 is now in progress
        await pilot.press("O")
        await settle(pilot)
        await pilot.press("enter")  # the review: all 3 more in 3 articles ticked, enter tags them
        await settle(pilot)
        assert rows(db, "select article_id, count(*) from annotations group by article_id") == [
            (1, 2),
            (2, 1),
            (3, 1),
        ]
        assert rows(db, "select id, status from articles order by id") == [
            (1, "in progress"),
            (2, "in progress"),
            (3, "in progress"),
        ]
        await pilot.press("u")
        await settle(pilot)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select article_id, text from annotations") == [(1, "Douai")]
    # the articles only the bulk tag had touched are new again; the one tagged by hand is not
    assert rows(db, "select id, status from articles order by id") == [
        (1, "in progress"),
        (2, "new"),
        (3, "new"),
    ]


def test_undo_keeps_a_status_set_by_hand_after_the_tag(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        await tag_word(pilot, screen, "Douai", "3")
        await pilot.press("m")  # in progress -> done, by hand
        await settle(pilot)
        await pilot.press("u")  # undoes the tag (the status is not an undo step)
        await settle(pilot)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select count(*) from annotations") == [(0,)]
    assert rows(db, "select status from articles") == [("done",)]
