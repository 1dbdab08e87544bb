"""Snapshots of the library and of the reading view with the seed article tagged.

Regenerate with: pytest tests/tui/test_snapshots.py --snapshot-update (textual is pinned)."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets

from reader.store import Store
from reader.tui.app import ReaderApp


def make(store: Store) -> ReaderApp:
    app = ReaderApp(store, "alice", session=False)
    app.cursor_blink = False
    return app


def test_library_snapshot(snap_compare, seeded: Store):
    async def ready(pilot):  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make(seeded), run_before=ready, terminal_size=(120, 40))


def test_reading_snapshot_with_tags_and_claim(snap_compare, seeded: Store):
    text = seeded.get_article(1).text
    for needle, label in [
        ("Ayumi Kurose", "PERSON"),
        ("AESC", "ORG"),
        ("Douai", "PLACE"),
        ("Dunkirk", "PLACE"),
        ("150 Chinese experts", "QUANTITY"),
        ("800 local staff", "QUANTITY"),
    ]:
        seeded.add_annotation(1, label, *offsets(text, needle), annotator="alice")
    anns = {a.text: a.id for a in seeded.annotations(1)}
    seeded.add_annotation(
        1,
        "CLAIM",
        *offsets(text, CLAIM),
        annotator="alice",
        claimant="Ayumi Kurose",
        claim_status="mostly true",
        quantity_ids=[anns["150 Chinese experts"], anns["800 local staff"]],
    )

    async def open_and_scroll(pilot):  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        screen = pilot.app.screen
        screen.view.move_to(text.index("Founded in Japan"))
        screen.view.scroll_to(y=20, animate=False)
        await pilot.pause()

    assert snap_compare(make(seeded), run_before=open_and_scroll, terminal_size=(120, 40))
