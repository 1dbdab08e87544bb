"""Hostile text in every screen: a database written by another program (or a cleaner bug) holds raw
escapes, C0/C1 controls and bidi overrides in titles, notes, claimants, entity names and label
descriptions. Whatever screen shows them, the terminal receives none of it (issue 13: keep it all)."""

from __future__ import annotations

import sqlite3

from hostile_counts import exercised

from reader.tui.claims_screen import ClaimsScreen
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.help import HelpScreen
from reader.tui.library import LibraryScreen
from reader.tui.page_view import PageScreen

from .test_hostile_input import BIDI, C0, C1, ESCAPES, assert_frame_is_safe
from .tui_driver import make_app, open_article, run, seeded_store, settle, until

HOSTILE = ESCAPES + C0.replace("\n", "") + C1 + BIDI


def _tamper(db, sql: str, *args: object) -> None:  # noqa: ANN001
    con = sqlite3.connect(db)
    with con:
        con.execute(sql, args)
    con.close()


def test_every_screen_draws_stored_hostile_text_safely(tmp_path) -> None:  # noqa: ANN001
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=2)
    text = store.get_article(1).text
    person = store.add_annotation(1, "PERSON", 0, 12)
    start = text.index("Kurose said")
    claim = store.add_annotation(1, "CLAIM", start, text.index(".", start) + 1, claimant="Kurose")
    _tamper(db, "UPDATE articles SET title = ?, site = ? WHERE id = 1", f"Title {HOSTILE}", f"site {HOSTILE}")
    _tamper(db, "UPDATE annotations SET note = ? WHERE id = ?", f"note {HOSTILE}", person.id)
    _tamper(db, "UPDATE annotations SET claimant = ? WHERE id = ?", f"Kurose {HOSTILE}", claim.id)
    _tamper(db, "UPDATE labels SET description = ? WHERE name = 'PERSON'", f"people {HOSTILE}")
    app = make_app(store)
    seen: dict[str, str] = {}

    async def visit(pilot, name: str, screen_type: type, push) -> None:  # noqa: ANN001
        push()
        await until(pilot, lambda: isinstance(app.screen, screen_type))
        await settle(pilot)
        seen[name] = assert_frame_is_safe(app)

    async def script(pilot) -> None:  # noqa: ANN001
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        await settle(pilot)
        seen["library"] = assert_frame_is_safe(app)
        reading = await open_article(pilot, 1)
        seen["reading view"] = assert_frame_is_safe(app)
        await visit(pilot, "original page", PageScreen, reading.action_original_page)
        app.pop_screen()
        await visit(pilot, "help", HelpScreen, app.action_help)
        app.pop_screen()
        await visit(pilot, "entity index", EntityIndexScreen, app.action_entities)
        app.pop_screen()
        await visit(pilot, "claims", ClaimsScreen, app.action_claims)

    try:
        run(app, script)
    finally:
        store.close()
    assert app.return_code in (None, 0)
    # Each screen drew the hostile record (defanged), not an empty frame.
    assert "Title" in seen["library"] and "Ayumi Kurose" in seen["reading view"]
    assert "Ayumi Kurose" in seen["original page"]
    assert "Keys" in seen["help"]
    assert "Ayumi Kurose" in seen["entity index"]
    assert "Kurose" in seen["claims"]
    exercised("screens", len(seen))
