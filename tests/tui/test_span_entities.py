"""Widening a tag with h in the reading view renames the entity of its only mention (no hidden
entity with the old text is left behind), and u puts the old entity row back exactly."""

from __future__ import annotations

import sqlite3

from pilot_helpers import offsets, open_first, settle, tag

from reader.store import Store


def entity_table(store: Store) -> list[tuple]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(
            "SELECT e.id, e.canonical, al.key, al.alias FROM entities e "
            "JOIN entity_aliases al ON al.entity_id = e.id ORDER BY e.id, al.key"
        ).fetchall()
    finally:
        conn.close()


async def test_widening_a_tag_renames_its_entity_and_undo_restores_it(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        s, e = offsets(text, "Kurose")
        await tag(pilot, screen, "Kurose", "1")
        (before,) = entity_table(seeded)
        assert before[1:] == ("Kurose", "kurose", "Kurose")
        word_before = text.rindex(" ", 0, s - 1) + 1
        await pilot.press("h")
        await settle(pilot)
        wide = text[word_before:e]
        (ann,) = seeded.annotations(1)
        assert ann.text == wide and ann.entity_id == before[0]
        assert entity_table(seeded) == [(before[0], wide, wide.casefold(), wide)]
        await pilot.press("u")
        await settle(pilot)
        assert entity_table(seeded) == [before]
