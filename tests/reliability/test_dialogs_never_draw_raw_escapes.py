"""Issue 13 item 7: the note dialog and the claim form drew notes and claimants as they were
stored: ESC[2J and OSC 52 (clipboard) reached the terminal. Every field they draw, and the label
descriptions in the help, goes through reader/tui/safe.py."""

from __future__ import annotations

import sqlite3

from hostile_counts import exercised

from reader.tui.claim_form import ClaimForm
from reader.tui.help import HelpScreen
from reader.tui.note_dialog import NoteDialog

from .test_hostile_input import BIDI, C0, C1, ESCAPES, assert_frame_is_safe
from .tui_driver import make_app, open_article, rows, run, seeded_store, settle, until

HOSTILE = ESCAPES + C0.replace("\n", "") + C1 + BIDI


def _tamper(db, sql: str, *args) -> None:  # type: ignore[no-untyped-def]
    """Write a field as another program (or import-annotations from someone's file) could."""
    con = sqlite3.connect(db)
    with con:
        con.execute(sql, args)
    con.close()


def test_note_dialog_and_claim_form_draw_stored_fields_safely(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    person = store.add_annotation(1, "PERSON", 0, 12)
    text = store.get_article(1).text
    start = text.index("Kurose said")
    claim = store.add_annotation(1, "CLAIM", start, text.index(".", start) + 1)
    _tamper(db, "UPDATE annotations SET note = ? WHERE id = ?", f"note {HOSTILE}", person.id)
    _tamper(
        db,
        "UPDATE annotations SET note = ?, claimant = ? WHERE id = ?",
        f"claim note {HOSTILE}",
        f"Kurose {HOSTILE}",
        claim.id,
    )
    _tamper(db, "UPDATE labels SET description = ? WHERE name = 'PERSON'", f"people {HOSTILE}")
    app = make_app(store)
    frames = []

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        screen.set_focus_annotation(person.id)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, NoteDialog))
        frames.append(assert_frame_is_safe(app))
        await pilot.press("escape")
        await settle(pilot)
        screen.set_focus_annotation(claim.id)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ClaimForm))
        frames.append(assert_frame_is_safe(app))
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        frames.append(assert_frame_is_safe(app))

    try:
        run(app, script)
    finally:
        store.close()
    note, claim_form, help_ = frames
    assert "Edit annotation" in note and "Claim —" in claim_form and "Keys —" in help_
    # cancelled dialogs wrote nothing
    assert rows(db, "select count(*) from annotations where note like ?", f"%{ESCAPES[:4]}%") == [(2,)]
    exercised("screens", len(frames))
