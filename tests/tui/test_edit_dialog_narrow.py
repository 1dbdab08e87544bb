"""The edit dialog (e) at 60, 80 and 120 columns: the span buttons and the "by character" box
fit beside each other (at 60 columns the box was cut to "by ch"), and Save is on screen."""

from __future__ import annotations

import pytest
from pilot_helpers import open_first, settle, tag
from textual.widgets import Button, Checkbox

from reader.store import Store
from reader.tui.note_dialog import NoteDialog


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_edit_dialog_controls_are_whole(make_app, seeded: Store, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Verkor", "2")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        row = dialog.query_one(".span-buttons")
        inside = row.content_region
        box = dialog.query_one("#by-char", Checkbox)
        controls = [*row.query(Button), box]
        for widget in controls:
            assert inside.contains_region(widget.region), (widget, widget.region, inside)
        assert "by character" in str(box.label)
        assert box.region.width >= len("by character") + 3
        save = dialog.query_one("#save", Button)
        assert save.region.width > 0 and app.screen.region.contains_region(save.region)
