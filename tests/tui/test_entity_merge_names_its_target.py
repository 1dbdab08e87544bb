"""Marking an entity moves the highlight on, as a file manager does; the title then names what m
would do: which entity is marked and which one (the highlighted) it merges into, and follows the
highlight, so a merge into the wrong entity is seen before m is pressed."""

from __future__ import annotations

from pilot_helpers import offsets, settle

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen


def title(screen: EntityIndexScreen) -> str:
    return str(screen.query_one("#entities-title").render())


async def test_the_title_names_the_marked_entity_and_the_merge_target(make_app, seeded: Store):
    text = seeded.get_article(1).text
    for name, nth in (("Ayumi Kurose", 0), ("Kurose", 1), ("Ericka Redjimi", 0)):
        seeded.add_annotation(1, "PERSON", *offsets(text, name, nth), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        names = [g.text for g in screen.groups]
        assert sorted(names) == ["Ayumi Kurose", "Ericka Redjimi", "Kurose"]
        lst = screen.query_one("#groups")
        lst.highlighted = 0
        await pilot.press("space")  # marks the first, the highlight moves on to the second
        await pilot.pause()
        assert lst.highlighted == 1
        assert f"1 marked ({names[0]}): m merges it into “{names[1]}”" in title(screen)
        lst.highlighted = 2
        await pilot.pause()
        assert f"m merges it into “{names[2]}”" in title(screen)
