"""What the random keystroke walk (benchmarks/key_walk.py, tests/tui/test_key_walk.py) found, each
as the shortest key sequence that shows it, checked in SQLite."""

from __future__ import annotations

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
