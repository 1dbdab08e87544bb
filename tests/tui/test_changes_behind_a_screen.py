"""A change another program makes while a screen is covered (the entity index or a dialog over the
reading view) shows when that screen is back in front, as it does when the screen is in front."""

from __future__ import annotations

from pathlib import Path

from pilot_helpers import offsets, open_first, settle, until

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.help import HelpScreen


async def test_a_tag_made_elsewhere_while_the_article_was_covered_shows_on_return(
    make_app, seeded: Store, db_path: Path
):
    """Found by hand (h57): `reader tag` in another terminal while the entity index covered the
    article; back in the article, neither the tag nor its count showed (only the front screen
    heard of the change)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        text = reading.text
        for cover, key in ((EntityIndexScreen, "E"), (HelpScreen, "question_mark")):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, cover)
            other = Store(db_path)  # another program
            try:
                n = 0 if cover is EntityIndexScreen else 1
                made = other.add_annotation(1, "PLACE", *offsets(text, "Douai", n), annotator="alice")
            finally:
                other.close()
            version = app._data_version
            await until(pilot, lambda v=version: app._data_version != v)  # the app has heard of it
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is reading
            assert made.id in [a.id for a in reading.annotations]


async def test_a_covered_list_screen_catches_up_with_one_reload(make_app, seeded: Store, db_path: Path):
    """A list screen reloads each time it is back in front; a change it missed while covered must not
    make it load a second time (Textual runs both the list screen's and AppScreen's resume handler)."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("E")
        await settle(pilot)
        index = app.screen
        assert isinstance(index, EntityIndexScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        other = Store(db_path)  # another program tags while the help covers the index
        try:
            other.add_annotation(1, "PLACE", 0, 6, annotator="alice")
        finally:
            other.close()
        version = app._data_version
        await until(pilot, lambda: app._data_version != version)
        loads: list[int] = []
        reload = index.reload
        index.reload = lambda: (loads.append(1), reload())[1]  # type: ignore[method-assign]
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is index
        assert len(loads) == 1
        assert not index.missed_change
