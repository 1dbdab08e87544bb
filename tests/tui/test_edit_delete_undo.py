"""Editing, deleting, navigating and undoing annotations; every step checked in SQLite."""

from __future__ import annotations

import time

from pilot_helpers import CLAIM, offsets, open_first, settle, tag, written
from textual.widgets import Input, Select

from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel
from reader.tui.claim_form import ClaimForm
from reader.tui.note_dialog import NoteDialog


def stored(store: Store) -> list[tuple[str, str, str | None]]:
    return [(a.label, a.text, a.note) for a in store.annotations(1)]


async def test_edit_note_and_label_delete_undo_redo(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Verkor", "2")
        await tag(pilot, screen, "Douai", "3")
        assert stored(seeded) == [("ORG", "Verkor", None), ("PLACE", "Douai", None)]
        # the new annotation is focused: edit it
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        dialog.query_one("#label", Select).value = "ORG"
        await pilot.press(*"site of AESC", "enter")
        await pilot.pause()
        assert stored(seeded) == [("ORG", "Verkor", None), ("ORG", "Douai", "site of AESC")]
        # undo the edit, redo it
        await pilot.press("u")
        await written(pilot)
        assert stored(seeded) == [("ORG", "Verkor", None), ("PLACE", "Douai", None)]
        await pilot.press("U")
        await written(pilot)
        assert stored(seeded)[1] == ("ORG", "Douai", "site of AESC")
        # go to the previous annotation and delete it
        await pilot.press("N")
        assert screen.focused_id == seeded.annotations(1)[0].id
        await pilot.press("x")
        await written(pilot)
        assert stored(seeded) == [("ORG", "Douai", "site of AESC")]
        await pilot.press("ctrl+z")
        assert stored(seeded) == [("ORG", "Verkor", None), ("ORG", "Douai", "site of AESC")]
        await pilot.press("ctrl+y")
        assert stored(seeded) == [("ORG", "Douai", "site of AESC")]
        await pilot.press("u", "u", "u")  # delete, edit, second tag
        assert stored(seeded) == [("ORG", "Verkor", None)]
        await pilot.press("U", "U")  # the second tag, then its edit
        assert stored(seeded) == [("ORG", "Verkor", None), ("ORG", "Douai", "site of AESC")]
        assert [a.text for a in screen.annotations] == ["Verkor", "Douai"]


async def test_panel_lists_in_text_order_and_jumps(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        await tag(pilot, screen, "Douai", "3")
        await tag(pilot, screen, "Verkor", "2")
        await tag(pilot, screen, "Dunkirk", "3")
        await tag(pilot, screen, "Renault", "2")
        panel = screen.query_one(AnnotationPanel)
        assert [seeded.get_annotation(i).text for i in panel.annotation_ids] == [
            "Verkor",
            "Dunkirk",
            "Douai",
            "Renault",
        ]
        await pilot.press("tab", "home", "down", "down")  # into the list, to the third entry
        await pilot.pause()
        douai = panel.annotation_ids[2]
        assert screen.focused_id == douai
        assert screen.view.cursor_offset == text.index("Douai")
        await pilot.press("tab", "greater_than_sign")  # next PLACE wraps to Dunkirk
        assert seeded.get_annotation(screen.focused_id).text == "Dunkirk"
        await pilot.press("n")
        assert seeded.get_annotation(screen.focused_id).text == "Douai"
        await pilot.press("n")
        assert seeded.get_annotation(screen.focused_id).text == "Renault"
        await pilot.press("less_than_sign")
        assert seeded.get_annotation(screen.focused_id).text == "Verkor"
        # enter on a list entry opens its editor; delete from the list
        await pilot.press("tab", "home", "enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press("escape")
        await pilot.pause()
        panel.focus()
        await pilot.press("x")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1)] == ["Dunkirk", "Douai", "Renault"]


async def test_edit_claim_fields(make_app, seeded: Store):
    text = seeded.get_article(1).text
    q1 = seeded.add_annotation(1, "QUANTITY", *offsets(text, "150 Chinese experts"))
    seeded.add_annotation(1, "PERSON", *offsets(text, "Ayumi Kurose"))
    claim = seeded.add_annotation(1, "CLAIM", *offsets(text, CLAIM), claimant="Kurose", quantity_ids=[q1.id])
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.set_focus_annotation(claim.id)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "Kurose"
        form.query_one("#claimant-name", Input).value = "Ayumi Kurose"  # a name of the entity index
        form.query_one("#status", Select).value = "false"
        form.query_one("#note", Input).focus()
        await pilot.press(*"disputed", "enter")
        await settle(pilot)
        after = seeded.get_annotation(claim.id)
        assert (after.claimant, after.claim_status, after.note, after.quantity_ids) == (
            "Ayumi Kurose",
            "false",
            "disputed",
            [q1.id],
        )
        await pilot.press("u")
        await settle(pilot)
        back = seeded.get_annotation(claim.id)
        assert (back.claimant, back.claim_status, back.note) == ("Kurose", "unverified", None)


async def test_x_pressed_twice_fast_deletes_once_and_says_nothing_failed(make_app, seeded: Store):
    """Found by hand (h61): x x (a double press, or x while the delete was still being saved) sent
    the same tag to be deleted twice; the second said "no annotation with id N" and the status bar
    "not saved", though the tag was deleted. The second x now finds no tag to delete."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Verkor", "2")
        await tag(pilot, screen, "Douai", "3")  # focused: the last tag made
        app.writer.submit(lambda: time.sleep(0.3))  # a save still under way
        await pilot.press("x", "x")
        await settle(pilot)
        assert stored(seeded) == [("ORG", "Verkor", None)]
        assert not any("no annotation" in str(n.message) for n in app._notifications)
