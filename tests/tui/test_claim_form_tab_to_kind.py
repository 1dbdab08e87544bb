"""The claim form with a new claimant name: the list of matching entities under the field is empty
(it only says "a new name"), so tab goes straight on to the kind of the new name, and the kind chosen
there is the claimant's in SQLite. With names that match, tab still reaches the list."""

from __future__ import annotations

import sqlite3

from pilot_helpers import open_first, settle, tag
from textual.widgets import OptionList, Select

from reader.tui.claim_form import ClaimForm


async def _claim_form(pilot, app):
    screen = await open_first(pilot)
    await tag(pilot, screen, "Ayumi Kurose", "1")
    screen.view.move_to(screen.text.index("currently nearly"))
    await pilot.press("s", "6")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, ClaimForm)
    return form


async def test_tab_after_a_new_name_goes_to_its_kind(make_app, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _claim_form(pilot, app)
        await pilot.press("end", "ctrl+u", *"Harbour Board")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert isinstance(app.focused, Select) and app.focused.id == "claimant-label"
        await pilot.press("enter", "down", "down", "enter")  # the list opens on its prompt: ORG is 2 down
        await settle(pilot)
        assert form.query_one("#claimant-label", Select).value == "ORG"
        form.query_one("#note").focus()
        await pilot.press("enter")
        await settle(pilot)
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "SELECT e.canonical, l.name FROM annotations a JOIN entities e ON e.id = a.claimant_entity_id"
            " JOIN labels l ON l.id = e.label_id WHERE a.claimant IS NOT NULL"
        ).fetchone()
    assert row == ("Harbour Board", "ORG")


async def test_tab_reaches_the_list_when_names_match(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _claim_form(pilot, app)
        await pilot.press("end", "ctrl+u", *"Kuro")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        assert isinstance(app.focused, OptionList) and app.focused.id == "claimant-matches"
