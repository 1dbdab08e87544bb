"""A worker's result that reaches the app while it closes (another program's change heard by the
poll, a list loaded a moment too late) is dropped, not run against a screen half taken down.

Found under load: the entity index's reload ran while Textual pruned its widgets ("No nodes match
'#entities-title'") or after the screen stack was cleared ("No screens on stack"), and the test
that had passed failed at its end."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from pilot_helpers import offsets, settle

from reader.store import Store
from reader.tui.entities_screen import EntityIndexScreen


async def test_a_change_heard_while_the_app_closes_runs_nothing(make_app, seeded: Store, db_path: Path):
    text = seeded.get_article(1).text
    tag = seeded.add_annotation(1, "PERSON", *offsets(text, "Ayumi Kurose"), annotator="alice").id
    app = make_app()
    raised: list[BaseException] = []
    reloads: list[str] = []

    def from_a_thread() -> None:  # what the data-version worker does when it hears a change
        try:
            app.call_from_thread(app._external_change)
        except BaseException as e:  # noqa: BLE001 - collected, asserted below
            raised.append(e)

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen)
        screen.reload = lambda: reloads.append("reload") or EntityIndexScreen.reload(screen)  # type: ignore[method-assign]
        close_all = app._close_all

        async def closing() -> None:  # as Textual's shutdown does: the screen's widgets go first
            for child in list(screen.children):
                await child.remove()
            with Store(db_path) as other:
                other.delete_annotation(tag, annotator="bob")
            thread = threading.Thread(target=from_a_thread)
            thread.start()
            while thread.is_alive():
                await asyncio.sleep(0.01)
            await close_all()

        app._close_all = closing  # type: ignore[method-assign]
    assert raised == []
    assert reloads == []
    assert app.return_code in (0, None)
