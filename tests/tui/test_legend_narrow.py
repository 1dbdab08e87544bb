"""The label legend at 60, 80 and 120 columns: every key beside its whole label name, the keys in
aligned columns (at 60 columns the side panel is too narrow for two, and wrapped pairs came out
staggered: " 1   PERSON" above "2   ORG")."""

from __future__ import annotations

import re

import pytest
from pilot_helpers import open_first

from reader.store import Store
from reader.tui.annotation_panel import Legend

NAMES = ["PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM"]


def legend_rows(legend: Legend) -> list[str]:
    return [strip.text.rstrip() for strip in legend.render_lines(legend.size.region)]


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_legend_keys_align_and_names_are_whole(make_app, seeded: Store, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_first(pilot)
        await pilot.pause()
        legend = screen.query_one(Legend)
        rows = [r for r in legend_rows(legend) if r.strip()]
        shown = " ".join(rows)
        for n, name in enumerate(NAMES, start=1):
            assert re.search(rf"\b{n}\s+{name}\b", shown), (name, rows)
        # every row starts a key in the same column, and no key is cut from its name
        key_columns = {re.search(r"\d", r).start() for r in rows}  # type: ignore[union-attr]
        assert len(key_columns) == 1, rows
        assert len(rows) <= 6
        assert all(len(r) <= legend.content_region.width + 2 for r in rows)
