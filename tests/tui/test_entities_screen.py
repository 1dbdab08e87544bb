"""The entity index: grouped by label and normalised text with counts, filtered by label, mentions in
context, enter opens the article at the mention."""

from __future__ import annotations

from pilot_helpers import offsets, settle

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.reading import ReadingScreen


def annotate(store: Store) -> dict[str, int]:
    t1, t3 = store.get_article(1).text, store.get_article(3).text
    ids = {}
    ids["kurose"] = store.add_annotation(1, "PERSON", *offsets(t1, "Ayumi Kurose"), annotator="alice").id
    ids["kurose2"] = store.add_annotation(1, "PERSON", *offsets(t1, "Kurose", 1), annotator="alice").id
    ids["douai1"] = store.add_annotation(1, "PLACE", *offsets(t1, "Douai"), annotator="alice").id
    ids["douai3"] = store.add_annotation(3, "PLACE", *offsets(t3, "Douai"), annotator="alice").id
    return ids


async def test_entity_index_filter_mentions_and_open(make_app, seeded: Store):
    ids = annotate(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        rows = {(g.label, g.text, g.mentions, g.articles) for g in screen.groups}
        assert rows == {
            ("PLACE", "Douai", 2, 2),
            ("PERSON", "Ayumi Kurose", 1, 1),
            ("PERSON", "Kurose", 1, 1),
        }
        assert "3 entities" in screen.query_one("#entities-title").render().plain
        await pilot.press("l")  # PERSON only
        await settle(pilot)
        assert {g.label for g in screen.groups} == {"PERSON"} and screen.label_filter == "PERSON"
        await pilot.press("l", "l")  # ORG (none), then PLACE
        await settle(pilot)
        assert [(g.label, g.text) for g in screen.groups] == [("PLACE", "Douai")]
        await pilot.press("enter")  # its mentions
        await settle(pilot)
        assert [(m.article_id, m.annotation_id) for m in screen.mentions] == [
            (1, ids["douai1"]),
            (3, ids["douai3"]),
        ]
        assert "Douai" in screen.mentions[1].sentence
        await pilot.press("down", "enter")  # the second mention: the wire article
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen) and reading.article_id == 3
        assert reading.focused_id == ids["douai3"]
        wire = seeded.get_article(3).text
        assert reading.view.selected_span == offsets(wire, "Douai")
        await pilot.press("escape")  # back to the index, the mention list kept
        await settle(pilot)
        assert app.screen is screen and len(screen.mentions) == 2


async def test_going_between_the_entity_index_and_the_claims_does_not_pile_up_screens(
    make_app, seeded: Store
):
    """Found by hand (h61): C in the entity index and E in the claims each opened one more screen;
    after going back and forth four times, Esc had to be pressed eight times to reach the library
    (each covered list reloading on the way). Going to the screen just under the one in front goes
    back to it."""
    from pilot_helpers import settle

    from reader.tui.claims_screen import ClaimsScreen

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        base = len(app.screen_stack)
        for _ in range(4):
            await pilot.press("C")
            await settle(pilot)
            assert isinstance(app.screen, ClaimsScreen)
            await pilot.press("E")
            await settle(pilot)
            assert isinstance(app.screen, EntityIndexScreen)
        assert len(app.screen_stack) == base + 2
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert len(app.screen_stack) == base
