"""The title, byline and dateline screen (M) at 60, 80 and 120 columns: each field shows its whole
text (at 60 columns the seed's title wrapped to two lines in a one-line field: "experts" was
hidden), and the status line is on screen."""

from __future__ import annotations

import pytest
from pilot_helpers import open_first, settle

from reader.store import Store
from reader.tui.metadata_screen import FieldText, MetadataScreen
from reader.tui.status_bar import StatusBar


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_every_field_shows_its_whole_text(make_app, seeded: Store, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MetadataScreen)
        views = list(screen.query(FieldText))
        assert views
        for view in views:
            shown = view.scrollable_content_region.height
            assert view.wrapped_document.height <= shown, (view.field, view.wrapped_document.height, shown)
        bar = screen.query_one(StatusBar)
        assert bar.region.height == 1 and screen.region.contains_region(bar.region)
