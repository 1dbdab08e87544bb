"""M in the reading view: the title, byline and dateline as selectable text; a label key tags the
selection with its own offsets (checked in SQLite); u undoes; the header colours the tags; the tag
reaches the entity index."""

from __future__ import annotations

from pilot_helpers import open_first, settle

from reader.store import Store
from reader.tui.metadata_screen import FieldText, MetadataScreen
from reader.tui.reading import header_text


def metadata_rows(store: Store) -> list[tuple]:
    return store.conn.execute(
        'SELECT a.field, l.name, a.start, a."end", a.text FROM annotations a JOIN labels l ON l.id = a.label_id '
        "WHERE a.field != 'body' ORDER BY a.id"
    ).fetchall()


async def test_tag_the_dateline_and_the_byline_then_undo(make_app, seeded: Store):
    article = seeded.get_article(1)
    assert article.dateline and article.byline
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await pilot.press("M")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MetadataScreen)
        views = {v.field: v for v in screen.query(FieldText)}
        assert views["dateline"].text == article.dateline
        # the dateline's first word, as PLACE
        views["dateline"].focus()
        views["dateline"].move_to(0)
        await pilot.press("w", "3")
        await settle(pilot)
        first = article.dateline.split()[0].strip(",")
        assert metadata_rows(seeded) == [("dateline", "PLACE", 0, len(first), first)]
        # a word of the byline, selected with the keyboard, as PERSON
        views["byline"].focus()
        words = article.byline.split()
        name_at = article.byline.index(words[-1])
        views["byline"].move_to(name_at)
        await pilot.press("ctrl+shift+right", "1")
        await settle(pilot)
        rows = metadata_rows(seeded)
        assert rows[-1][:3] == ("byline", "PERSON", name_at)
        assert seeded.annotations(1) == []  # nothing on the body
        await pilot.press("u")  # undoes the byline tag
        await settle(pilot)
        assert metadata_rows(seeded) == [("dateline", "PLACE", 0, len(first), first)]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reading
        # the header shows the dateline's place in the PLACE colour
        assert [a.text for a in reading.metadata_tags] == [first]
        header = header_text(reading.article, reading.metadata_tags, reading.colours)
        colour = reading.colours["PLACE"]
        assert any(colour in str(span.style) for span in header.spans)
        groups = seeded.entity_index("PLACE")
        assert [g.text for g in groups] == [first]


async def test_a_claim_label_is_refused_on_the_title(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MetadataScreen)
        views = {v.field: v for v in screen.query(FieldText)}
        views["title"].focus()
        await pilot.press("w", "6")
        await settle(pilot)
        assert metadata_rows(seeded) == []


async def test_tab_goes_from_field_to_field(make_app, seeded: Store):
    """The screen opens on the dateline; tab goes to the title, then the byline, shift+tab back: each
    press lands on a field (no invisible stop on the scrolling container between them)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MetadataScreen)

        def focused() -> str | None:
            return screen.focused.field if isinstance(screen.focused, FieldText) else None

        assert focused() == "dateline"
        await pilot.press("tab")
        assert focused() == "title"
        await pilot.press("tab")
        assert focused() == "byline"
        await pilot.press("shift+tab")
        assert focused() == "title"
        await pilot.press("shift+tab")
        assert focused() == "dateline"


async def test_a_tag_made_elsewhere_shows_in_the_metadata_screen(make_app, seeded: Store, db_path):
    """Found by hand (h61): `reader tag ID NAME --field byline` in another terminal while M was open:
    the screen never showed it (counts, colours), and x on it said "No tag at the cursor"."""
    from pilot_helpers import until

    article = seeded.get_article(1)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MetadataScreen)
        other = Store(db_path)  # another program
        try:
            made = other.add_annotation(1, "PERSON", 0, len(article.byline.split()[0]), field="byline")
        finally:
            other.close()
        version = app._data_version
        await until(pilot, lambda: app._data_version != version)
        await settle(pilot)
        assert made.id in [a.id for a in screen.tags]
        views = {v.field: v for v in screen.query(FieldText)}
        views["byline"].focus()
        views["byline"].move_to(0)
        await pilot.press("x")
        await settle(pilot)
        assert metadata_rows(seeded) == []


async def test_x_pressed_twice_fast_deletes_the_tag_once(make_app, seeded: Store):
    """Found by hand (h61), as in the reading view: x x on the dateline's tag while the delete was
    saving sent it to be deleted twice ("no annotation with id N", "not saved")."""
    import time

    article = seeded.get_article(1)
    seeded.add_annotation(1, "PLACE", 0, len(article.dateline.split()[0].strip(",")), field="dateline")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await settle(pilot)
        view = {v.field: v for v in app.screen.query(FieldText)}["dateline"]
        view.focus()
        view.move_to(0)
        app.writer.submit(lambda: time.sleep(0.3))  # a save still under way
        await pilot.press("x", "x")
        await settle(pilot)
        assert metadata_rows(seeded) == []
        assert not any("no annotation" in str(n.message) for n in app._notifications)
