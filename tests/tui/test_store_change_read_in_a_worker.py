"""A colleague's change to the open article is read in a worker, as the TUI's other database work:
read on the event loop, a slow disk or a far server froze the screen (keys, redraws) at every
poll that heard a change. What the screen shows afterwards is as before: the new text, the tags,
the reader's place (tests/tui/test_body_fix_while_reading.py) and the line saying who changed it."""

from __future__ import annotations

import threading
from pathlib import Path

from pilot_helpers import open_first, select_words, settle, until
from test_tag_after_a_body_fix import NOTE, _fix_body

from reader.store import Store

READS = ("annotations", "get_article", "set_aside_annotations", "layer_annotations")


def _reads_on_the_loop(store: Store, monkeypatch) -> list[str]:  # noqa: ANN001
    """The store's reads made on the event loop's thread from now on (by name)."""
    loop = threading.get_ident()
    made: list[str] = []
    for name in READS:
        real = getattr(store, name, None)
        if real is None:
            continue

        def spy(*args, _real=real, _name=name, **kwargs):  # noqa: ANN002, ANN003, ANN202
            if threading.get_ident() == loop:
                made.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(store, name, spy)
    return made


async def test_a_colleagues_body_fix_is_read_off_the_event_loop(
    make_app, seeded: Store, db_path: Path, monkeypatch
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await select_words(pilot, reading, "Dunkirk")
        await pilot.press("3")
        await settle(pilot)
        made = _reads_on_the_loop(app.store, monkeypatch)
        new = _fix_body(db_path, 1, lambda text: NOTE + text)
        await until(pilot, lambda: reading.text == new)
        await settle(pilot)
        assert made == []
        assert [a.text for a in reading.annotations] == ["Dunkirk"]
        said = [str(n.message) for n in app._notifications]
        assert any("changed by bob" in m for m in said), said


async def test_a_colleagues_tag_is_read_off_the_event_loop(
    make_app, seeded: Store, db_path: Path, monkeypatch
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await settle(pilot)
        made = _reads_on_the_loop(app.store, monkeypatch)
        with Store(db_path) as other:
            at = reading.text.index("Dunkirk")
            other.add_annotation(1, "PLACE", at, at + len("Dunkirk"), annotator=None)
        await until(pilot, lambda: [a.text for a in reading.annotations] == ["Dunkirk"])
        await settle(pilot)
        assert made == []


async def test_a_colleagues_tag_on_the_byline_is_read_off_the_event_loop(
    make_app, seeded: Store, db_path: Path, monkeypatch
):
    from reader.tui.metadata_screen import MetadataScreen

    byline = seeded.get_article(1).byline
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("M")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MetadataScreen)
        made = _reads_on_the_loop(app.store, monkeypatch)
        with Store(db_path) as other:
            tag = other.add_annotation(1, "PERSON", 0, len(byline.split()[0]), field="byline")
        await until(pilot, lambda: tag.id in [a.id for a in screen.tags])
        await settle(pilot)
        assert made == []


async def test_a_read_still_running_as_the_app_shuts_down_finds_the_store(make_app, seeded: Store):
    """A worker that reads the store as the app shuts down (a colleague's change heard at the last
    poll) found no app behind the screen (NoActiveAppError from self.app.store in its thread) and
    failed the run: the screen keeps the store it was shown with."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await settle(pilot)
        store = app.store
    found: list[object] = []

    def read() -> None:  # a thread outside the app's context, as a worker at shutdown
        try:
            found.append(reading.store)
        except Exception as e:  # noqa: BLE001 - the failure under test
            found.append(e)

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert found == [store]
