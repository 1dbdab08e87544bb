"""At 60 columns the footer has room for a few keys only: "? Help" (which lists every key) came
last and was cut off in the library, the reading view, the entity index and the claims. In a
narrow footer it comes first."""

from __future__ import annotations

import pytest
from pilot_helpers import open_first, settle
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from reader.store import Store
from reader.tui.footer import Footer


def help_key(app) -> FooterKey:  # type: ignore[no-untyped-def]
    footer = app.screen.query_one(TextualFooter)
    assert isinstance(footer, Footer)  # the reader's footer on every screen
    return next(k for k in footer.query(FooterKey) if k.action in ("help", "app.help"))


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_help_key_is_visible_in_the_footer(make_app, seeded: Store, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for where in ("library", "reading", "E", "C"):
            if where == "reading":
                await open_first(pilot)
            elif where in "EC":
                await pilot.press(where)
            await settle(pilot)
            key = help_key(app)
            region = key.region
            assert region.width > 0 and region.right <= size[0], (where, region)
            assert "Help" in key.description
