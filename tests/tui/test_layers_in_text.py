"""Everyone's tags (T) in the article text: yours filled with the label's colour, each colleague's
on a dark fill of their own, underlined, with the label's colour as the text's; the legend and the
status line name whose fill is whose. Asserts on the styles of the rendered line segments."""

from __future__ import annotations

from pilot_helpers import offsets, open_first, settle

from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel, Legend
from reader.tui.layers import OTHER_FILLS, others_colours
from reader.tui.status_bar import StatusBar


def style_of(screen, text: str, needle: str):  # type: ignore[no-untyped-def]
    """The style drawn over exactly `needle` in the article text (the last one applied)."""
    start, end = offsets(text, needle)
    row = text[:start].count("\n")
    line = screen.view.get_line(row)
    col = start - (text.rindex("\n", 0, start) + 1 if "\n" in text[:start] else 0)
    covering = [s for s in line.spans if s.start <= col and s.end >= col + (end - start)]
    assert covering, f"nothing drawn over {needle!r}"
    style = covering[0].style
    for s in covering[1:]:
        style = style + s.style
    return style


async def test_colleagues_tags_are_drawn_apart_from_yours_and_named_in_the_legend(make_app, seeded: Store):
    text = seeded.get_article(1).text
    colours = {lab.name: lab.colour for lab in seeded.labels()}
    seeded.add_annotation(1, "PERSON", *offsets(text, "Kurose"), annotator="alice")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="bob")
    seeded.add_annotation(1, "QUANTITY", *offsets(text, "150 Chinese experts"), annotator="carol")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        mine = style_of(screen, text, "Kurose")
        assert mine.bgcolor.name == colours["PERSON"] and not mine.underline
        await pilot.press("T")
        await settle(pilot)
        legend = screen.query_one(Legend)
        fills = legend.others
        assert set(fills) == {"bob", "carol"} and fills["bob"] != fills["carol"]
        assert not set(fills.values()) & set(colours.values())  # never a label's colour
        bob = style_of(screen, text, "Douai")
        assert bob.bgcolor.name == fills["bob"] and bob.color.name == colours["PLACE"] and bob.underline
        carol = style_of(screen, text, "150 Chinese experts")
        assert carol.bgcolor.name == fills["carol"] and carol.color.name == colours["QUANTITY"]
        assert carol.underline
        mine = style_of(screen, text, "Kurose")  # yours: unchanged, light fill and no underline
        assert mine.bgcolor.name == colours["PERSON"] and not mine.underline
        shown = str(legend.render())
        assert "Others' tags (T)" in shown and " bob " in shown and " carol " in shown
        # the list marks each colleague's tag with their name on their fill
        panel = screen.query_one(AnnotationPanel)
        rows = {panel.annotations[i].annotator: panel.prompt_at(i) for i in range(len(panel.annotations))}
        marks = [s.style for s in rows["bob"].spans if rows["bob"].plain[s.start : s.end] == "[bob]"]
        assert marks and marks[0].bgcolor.name == fills["bob"]
        status = screen.query_one(StatusBar).render_text().plain
        assert "T: bob, carol underlined" in status, status
        await pilot.press("T")  # only yours again: no colleague, no legend lines
        await settle(pilot)
        assert legend.others == {} and "Others' tags" not in str(legend.render())
        assert all(s.fill is None for s in screen.view.spans)


def test_each_colleague_keeps_a_fill_of_their_own():
    from reader.models import Annotation

    def tags(*names: str | None) -> list[Annotation]:
        return [
            Annotation(i, 1, "PLACE", "entity", 0, 1, "x", "", "", None, n, "", "")
            for i, n in enumerate(names)
        ]

    names = [f"reporter{n}" for n in range(len(OTHER_FILLS))]
    fills = others_colours(tags("me", *names, None), "me")
    assert set(fills) == set(names)  # not me, not a tag with no name
    assert len(set(fills.values())) == len(OTHER_FILLS)  # all different while there are enough
    alone = others_colours(tags("reporter3"), "me")
    assert alone["reporter3"] in OTHER_FILLS
    # a name keeps its fill from article to article when nobody else in the article wants it
    other = next(n for n in names if others_colours(tags(n), "me")[n] != alone["reporter3"])
    assert others_colours(tags("reporter3", other), "me")["reporter3"] == alone["reporter3"]


async def test_many_colleagues_are_counted_so_the_t_message_fits(make_app, seeded: Store):
    """Seven colleagues: the status line names four and counts the rest ("and 3 more"), so the
    whole message is visible at 120 columns."""
    text = seeded.get_article(1).text
    for name in ("bob", "carol", "dan", "eve", "femke", "gosia", "hugo"):
        seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator=name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("T")
        await settle(pilot)
        line = screen.query_one(StatusBar).render_line(0).text
        assert (
            "T: bob, carol, dan, eve and 3 more underlined, each in their colour (legend); yours filled"
            in line
        )
        assert "femke" not in line
