"""What the random keystroke walk (benchmarks/key_walk.py, tests/tui/test_key_walk.py) found, each
as the shortest key sequence that shows it, checked in SQLite."""

from __future__ import annotations

import pytest
from pilot_helpers import offsets, open_first, settle

from reader.store import Store

OLD = "2020-01-02T03:04:05+00:00"


def old_tag(store: Store, needle: str, label: str) -> int:
    """A tag made long ago (its created and updated times are in 2020)."""
    text = store.get_article(1).text
    start, end = offsets(text, needle)
    return store.add_annotation(1, label, start, end, annotator="alice", created=OLD, updated=OLD).id


async def test_undoing_an_edit_puts_back_the_tags_updated_time(make_app, seeded: Store):
    """Seed 1 and 2 (h97): an edit undone left the tag's `updated` at the time of the undo, so the
    export said the tag was changed when it was as it had been; undoing a delete already kept it."""
    tag_id = old_tag(seeded, "Kurose", "PERSON")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("n", "l")  # the tag, its end one word later
        await settle(pilot)
        assert seeded.get_annotation(tag_id).updated != OLD
        await pilot.press("u")
        await settle(pilot)
        ann = seeded.get_annotation(tag_id)
        assert ann.text == "Kurose"
        assert ann.updated == OLD
        await pilot.press("n", "e", *"a note", "enter")  # a note, then undo it
        await settle(pilot)
        assert seeded.get_annotation(tag_id).note == "a note"
        await pilot.press("u")
        await settle(pilot)
        assert (seeded.get_annotation(tag_id).note, seeded.get_annotation(tag_id).updated) == (None, OLD)


async def test_down_on_the_last_entity_stays_there(make_app, seeded: Store):
    """Seen and left before h97: in the entity index (and the claims list) ↓ on the last row went to
    the first (Textual's OptionList wraps), so holding ↓ to reach the end ran past it to the top;
    the library stops at its ends, and so do these lists now. ↑ on the first row stays too."""
    from textual.widgets import OptionList

    from reader.tui.entities_screen import EntityIndexScreen

    for needle, label in [("Kurose", "PERSON"), ("Douai", "PLACE"), ("Verkor", "ORG")]:
        old_tag(seeded, needle, label)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EntityIndexScreen)
        groups = app.screen.query_one("#groups", OptionList)
        last = groups.option_count - 1
        await pilot.press("end", "down", "down")
        assert groups.highlighted == last
        await pilot.press("home", "up")
        assert groups.highlighted == 0
        await pilot.press("enter", "tab")  # the first entity's mentions
        await settle(pilot)
        mentions = app.screen.query_one("#mentions", OptionList)
        at = mentions.highlighted
        await pilot.press("down")
        assert mentions.highlighted == at


async def test_looking_for_is_said_in_the_status_line_not_over_the_review(make_app, seeded: Store):
    """Seen and left before h97: "Looking for “Douai” in this article…" was a toast, and the review
    dialog opening under it had its first line (what is tagged, how many) covered for two seconds.
    A routine message: the status line says it, as it says "Tagged"."""
    from pilot_helpers import tag

    from reader.tui.occurrence_review_dialog import OccurrenceReviewDialog
    from reader.tui.status_bar import StatusBar

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Douai", "3")
        await pilot.press("o")
        assert "Looking for “Douai” in this article" in screen.query_one(StatusBar).flash_text
        await settle(pilot)
        assert isinstance(app.screen, OccurrenceReviewDialog)
        assert not any("Looking for" in str(n.message) for n in app._notifications)


async def typed_ahead(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """Keys sent as a fast typist sends them: each without waiting for the app to act on the last."""
    import asyncio

    from textual import events

    for key in keys:
        event = events.Key(key, None)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)
        await asyncio.sleep(0)
    await pilot.pause()


async def test_page_keys_typed_right_after_ctrl_p_raise_nothing(make_app):
    """Seed 201 (h97): ctrl+p then PgUp or PgDn typed at once raised KeyError out of Textual's
    OptionList (the palette's list had its commands but no size yet, so no line for any of them)
    and the app closed with a traceback."""
    from textual.command import CommandPalette

    for keys in [("ctrl+p", "pagedown"), ("ctrl+p", "up", "pageup")]:
        app = make_app()
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await typed_ahead(pilot, *keys)
            await settle(pilot)
            assert isinstance(app.screen, CommandPalette)
            await pilot.press("pagedown", "pageup")  # laid out now: the page keys move
            await pilot.press("escape")
            await settle(pilot)
            assert not isinstance(app.screen, CommandPalette)
        assert app._exception is None


@pytest.mark.parametrize(
    "opening, typed",
    [
        (["X"], ["enter", "escape"]),  # seed 233: export, and Esc typed right after Enter
        (["enter"], ["escape", "escape"]),  # back from the article, twice at once
        (["enter", "n", "e"], ["enter", "escape", "escape"]),  # the edit dialog, then back
        (["E"], ["escape", "escape"]),
        (["C"], ["escape", "escape"]),
        (["enter", "n", "x", "D"], ["escape", "escape"]),
        (["question_mark"], ["escape", "escape"]),
        (["enter", "P"], ["escape", "escape"]),
        (["enter", "w", "6"], ["enter", "escape"]),  # the claim form
        (["enter", "w", "6"], ["escape", "escape"]),
        (["enter", "n", "o"], ["enter", "escape"]),  # the review of every occurrence
        (["enter", "n", "e"], ["escape", "escape"]),
        (["enter", "w", "X"], ["enter", "escape"]),
        (["enter", "n", "x", "x"], ["y", "escape"]),
    ],
)
async def test_keys_typed_after_a_screen_closes_never_close_the_library(
    make_app, seeded: Store, opening: list[str], typed: list[str], tmp_path, monkeypatch
):
    """Seed 233 (h97): in the export dialog, Enter then Esc typed at once closed the dialog and
    then the library under it (Textual's dismiss pops whatever screen is in front): a blank screen
    that no key left but quitting. The same with Esc twice in the article, the entity index, the
    claims, the help... A screen that has gone now ignores the keys that were meant for it."""
    from reader.tui.library import LibraryScreen

    monkeypatch.chdir(tmp_path)
    old_tag(seeded, "Kurose", "PERSON")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*opening)
        await settle(pilot)
        await typed_ahead(pilot, *typed)
        await settle(pilot)
        assert [type(s) for s in app.screen_stack][1:2] == [LibraryScreen]
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
