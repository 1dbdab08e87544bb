"""On a desk, bob opened an article ann had tagged and the list of tags said “No annotations yet”
(seen in tmux, h104): his own layer was empty, but the article was not. The empty list now says
whose tags there are and which key shows them; an article nobody tagged keeps the first hint."""

from __future__ import annotations

from pilot_helpers import offsets, open_first, settle

from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel


def panel_text(screen) -> str:  # type: ignore[no-untyped-def]
    panel = screen.query_one(AnnotationPanel)
    return " ".join(panel.render_line(y).text for y in range(6))


async def test_an_empty_layer_says_whose_tags_the_article_has(make_app, seeded: Store):
    text = seeded.get_article(1).text
    seeded.add_annotation(1, "ORG", *offsets(text, "AESC"), annotator="bob")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        shown = panel_text(screen)
        assert "No annotations yet" not in shown
        assert "bob" in shown and "2" in shown and "T" in shown, shown
        await pilot.press("T")  # everyone's: bob's two are listed
        await settle(pilot)
        assert len(screen.query_one(AnnotationPanel).annotations) == 2


async def test_an_article_nobody_tagged_keeps_the_first_hint(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        assert "No annotations yet" in panel_text(screen)


async def test_a_colleagues_tag_made_while_reading_is_said_at_once(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        assert "No annotations yet" in panel_text(screen)
        with Store(db_path) as other:  # bob, in another program
            other.add_annotation(1, "ORG", *offsets(other.get_article(1).text, "AESC"), annotator="bob")
        for _ in range(40):
            await pilot.pause(0.1)
            if "bob 1" in panel_text(screen):
                break
        assert "bob 1" in panel_text(screen), panel_text(screen)
