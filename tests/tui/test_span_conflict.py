"""Moving a tag's edges with h j k l (H J K L) is checked against a colleague's change, as the edit
dialog is: a press made on a copy someone else has changed since is refused and shown, never
written over their change. Two connections to one database: the app (alice) and bob's Store."""

from __future__ import annotations

import re

from backends import connect
from pilot_helpers import offsets, open_first, settle

from reader.store import Store

WORD = re.compile(r"\w+")


def stored_span(db_path, annotation_id: int) -> tuple:  # type: ignore[no-untyped-def]
    with connect(db_path) as conn:
        return tuple(
            conn.execute(
                'SELECT start, "end", note FROM annotations WHERE id = ?', (annotation_id,)
            ).fetchone()
        )


async def test_a_key_move_on_a_tag_a_colleague_changed_is_refused_and_shown(make_app, seeded: Store, db_path):
    text = seeded.get_article(1).text
    s, e = offsets(text, "Kurose")
    mine = seeded.add_annotation(1, "PERSON", s, e, annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert screen.focused_id == mine.id
        # alice's screen has not yet noticed bob's change (its poll comes every second or so)
        app._external_change = lambda: None
        bob_end = WORD.search(text, e).end()
        other = Store(db_path)
        try:
            other.update_annotation(mine.id, end=bob_end, note="bob grew it", annotator="bob")
        finally:
            other.close()
        await pilot.press("h")  # alice moves the start a word earlier, on her old copy
        await settle(pilot)
        assert stored_span(db_path, mine.id) == (s, bob_end, "bob grew it")  # bob's change stands
        shown = [str(n.message) for n in app._notifications]
        assert any("changed by bob" in m for m in shown), shown
        assert (screen.annotation(mine.id).start, screen.annotation(mine.id).end) == (s, bob_end)
        # Now that she sees it, the same key works, from bob's version
        await pilot.press("h")
        await settle(pilot)
        word_before = text.rindex(" ", 0, s - 1) + 1
        assert stored_span(db_path, mine.id) == (word_before, bob_end, "bob grew it")


async def test_fast_presses_build_on_each_other_without_a_conflict(make_app, seeded: Store, db_path):
    text = seeded.get_article(1).text
    s, e = offsets(text, "Kurose")
    mine = seeded.add_annotation(1, "PERSON", s, e, annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("l", "l", "L")  # three presses before any is drawn: each one its own save
        await settle(pilot)
        end = e
        for _ in range(2):
            end = WORD.search(text, end).end()
        assert stored_span(db_path, mine.id)[:2] == (s, end + 1)
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_the_edit_dialogs_new_span_on_a_tag_a_colleague_changed_is_refused(
    make_app, seeded: Store, db_path
):
    from reader.tui.note_dialog import NoteDialog

    text = seeded.get_article(1).text
    s, e = offsets(text, "Kurose")
    mine = seeded.add_annotation(1, "PERSON", s, e, annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("n")
        await settle(pilot)
        app._external_change = lambda: None  # alice's screen has not noticed bob's change yet
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        other = Store(db_path)  # bob changes the note while alice's dialog is open
        try:
            other.update_annotation(mine.id, note="bob's note", annotator="bob")
        finally:
            other.close()
        await pilot.press("alt+h")  # the start a word earlier
        await pilot.click("#save")
        await settle(pilot)
        assert stored_span(db_path, mine.id) == (s, e, "bob's note")
        assert any("changed by bob" in str(n.message) for n in app._notifications)
