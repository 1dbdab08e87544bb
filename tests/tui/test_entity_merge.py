"""The entity index groups mentions by entity; merging "Kurose" into "Ayumi Kurose" and splitting it
off again happen there, each one undoable step; a new tag of an alias joins the merged entity."""

from __future__ import annotations

from pilot_helpers import offsets, settle, tag

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.reading import ReadingScreen


def kurose(store: Store) -> tuple[int, int]:
    text = store.get_article(1).text
    full = store.add_annotation(1, "PERSON", *offsets(text, "Ayumi Kurose"), annotator="alice").id
    short = store.add_annotation(1, "PERSON", *offsets(text, "Kurose", 1), annotator="alice").id
    return full, short


def entity_of(store: Store, annotation_id: int) -> int | None:
    return store.get_annotation(annotation_id).entity_id


def highlight(screen: EntityIndexScreen, name: str) -> None:
    screen.query_one("#groups").highlighted = [g.text for g in screen.groups].index(name)


async def test_merge_split_and_undo_in_the_entity_index(make_app, seeded: Store):
    full, short = kurose(seeded)
    ayumi = entity_of(seeded, full)
    assert ayumi is not None and entity_of(seeded, short) != ayumi  # two people to begin with
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        assert sorted(g.text for g in screen.groups) == ["Ayumi Kurose", "Kurose"]
        highlight(screen, "Kurose")
        await pilot.press("space")  # mark it
        await pilot.pause()
        assert screen.marked == {entity_of(seeded, short)}
        highlight(screen, "Ayumi Kurose")
        await pilot.press("m")  # merge the marked one into Ayumi Kurose
        await settle(pilot)
        assert entity_of(seeded, short) == ayumi and entity_of(seeded, full) == ayumi
        assert seeded.get_entity(ayumi).aliases == ["Ayumi Kurose", "Kurose"]
        assert [(g.text, g.mentions, g.aliases) for g in screen.groups] == [
            ("Ayumi Kurose", 2, ["Ayumi Kurose", "Kurose"])
        ]
        assert "also: Kurose" in screen.query_one("#groups").get_option_at_index(0).prompt.plain
        await pilot.press("enter")  # the merged entity's mentions: both
        await settle(pilot)
        assert sorted(m.annotation_id for m in screen.mentions) == sorted([full, short])
        await pilot.press("tab", "u")  # back to the entities; undo the merge
        await settle(pilot)
        assert entity_of(seeded, full) == ayumi and entity_of(seeded, short) not in (None, ayumi)
        assert sorted(g.text for g in screen.groups) == ["Ayumi Kurose", "Kurose"]
        await pilot.press("U")  # redo: merged again
        await settle(pilot)
        assert entity_of(seeded, short) == ayumi
        highlight(screen, "Ayumi Kurose")
        await pilot.press("s")  # split "Kurose" off again
        await settle(pilot)
        split = entity_of(seeded, short)
        assert split not in (None, ayumi) and entity_of(seeded, full) == ayumi
        assert seeded.get_entity(ayumi).aliases == ["Ayumi Kurose"]
        assert sorted(g.text for g in screen.groups) == ["Ayumi Kurose", "Kurose"]
        await pilot.press("u")  # undo the split: one entity again
        await settle(pilot)
        assert entity_of(seeded, short) == ayumi
        assert [g.text for g in screen.groups] == ["Ayumi Kurose"]
        # A new tag of an alias joins the merged entity.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        await tag(pilot, reading, "Kurose", "1", nth=2)
        new = next(a for a in seeded.annotations(1) if a.start == offsets(reading.text, "Kurose", 2)[0])
        assert new.label == "PERSON" and new.entity_id == ayumi


async def test_merge_needs_marked_entities(make_app, seeded: Store):
    full, short = kurose(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("m")  # nothing marked: nothing merged
        await settle(pilot)
    assert entity_of(seeded, full) != entity_of(seeded, short)


async def test_the_highlight_stays_on_its_entity_when_the_list_reorders(make_app, seeded: Store):
    """Found by hand (h57): the index kept the highlighted row by position, so when a merge or a
    colleague's tags reordered the list (most mentioned first) the highlight landed on another
    entity, and the next m merged into that one."""
    text = seeded.get_article(1).text
    for nth in range(3):
        seeded.add_annotation(1, "ORG", *offsets(text, "AESC", nth), annotator="alice")
    seeded.add_annotation(1, "PERSON", *offsets(text, "Ericka Redjimi"), annotator="alice")
    seeded.add_annotation(1, "PERSON", *offsets(text, "Redjimi", 1), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        assert [g.text for g in screen.groups][0] == "AESC"
        highlight(screen, "Ericka Redjimi")
        await pilot.press("space")  # marked
        highlight(screen, "Redjimi")
        await pilot.press("m")  # "Redjimi" now has 2 mentions and moves up the list
        await settle(pilot)
        lst = screen.query_one("#groups")
        assert screen.groups[lst.highlighted].text == "Redjimi"
        # a colleague's tags put "Redjimi" first: the highlight follows it
        seeded.add_annotation(1, "PERSON", *offsets(text, "Redjimi", 2), annotator="bob")
        seeded.add_annotation(1, "PERSON", *offsets(text, "Ericka Redjimi"), annotator="bob")
        screen.reload()
        await settle(pilot)
        assert [g.text for g in screen.groups][0] == "Redjimi"
        assert screen.groups[lst.highlighted].text == "Redjimi"


async def test_s_pressed_twice_fast_splits_once_and_says_nothing_failed(make_app, seeded: Store):
    """Found by hand (h61): s s on a merged entity while the split was saving: the second s split
    the same stale line again, "has no other name to split off" came as an error and the status
    bar said "not saved", though the split was done."""
    import time

    full, short = kurose(seeded)
    seeded.merge_entities([entity_of(seeded, short)], entity_of(seeded, full))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        highlight(screen, "Ayumi Kurose")
        app.writer.submit(lambda: time.sleep(0.3))  # a save still under way
        await pilot.press("s", "s")
        await settle(pilot)
        assert entity_of(seeded, short) != entity_of(seeded, full)
        assert not any(n.severity == "error" for n in app._notifications)
