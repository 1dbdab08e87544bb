"""Keys typed right after the key that opens a search box belong in the box: on the claims screen,
"/mia" typed fast sent "m" to the list and changed a verdict; in the reading view "/mu" would change
the article's status and undo it. (The library's search was fixed the same way before.)"""

from __future__ import annotations

from textual.widgets import Input

from reader.tui.claims_screen import ClaimsScreen

from .tui_driver import TEXT, burst, make_app, open_article, rows, run, seeded_store, settle, until


def store_with_claim(db):  # type: ignore[no-untyped-def]
    store = seeded_store(db, articles=1)
    claim = "Kurose said 40 workers were hired."
    start = TEXT.index(claim)
    store.add_annotation(1, "CLAIM", start, start + len(claim), annotator="alice", claimant="Ayumi Kurose")
    return store


async def open_claims(pilot):  # type: ignore[no-untyped-def]
    await pilot.press("C")
    await until(pilot, lambda: isinstance(pilot.app.screen, ClaimsScreen))
    await settle(pilot)


def test_keys_typed_right_after_slash_go_to_the_claims_search(tmp_path):
    db = tmp_path / "r.db"
    store = store_with_claim(db)
    app = make_app(store)
    before = rows(db, "select id, claim_status from annotations")

    async def script(pilot):  # type: ignore[no-untyped-def]
        await open_claims(pilot)
        burst(app, "/mia")
        await settle(pilot)
        assert app.screen.query_one("#claims-search", Input).value == "mia"

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select id, claim_status from annotations") == before  # no verdict changed


def test_keys_typed_right_after_slash_go_to_the_find_bar(tmp_path):
    db = tmp_path / "r.db"
    store = seeded_store(db, articles=1)
    app = make_app(store)
    before = rows(db, "select id, status from articles")

    async def script(pilot):  # type: ignore[no-untyped-def]
        screen = await open_article(pilot, 1)
        burst(app, "/mu")
        await settle(pilot)
        assert screen.find_bar.field.value == "mu"

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select id, status from articles") == before  # m did not change the status


def test_keys_typed_right_after_tab_go_to_the_next_field(tmp_path):
    from textual import events

    from reader.tui.factcheck_dialogs import EvidenceDialog

    db = tmp_path / "r.db"
    store = store_with_claim(db)
    app = make_app(store)

    async def script(pilot):  # type: ignore[no-untyped-def]
        await open_claims(pilot)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, EvidenceDialog))
        await settle(pilot)
        burst(app, "report")
        app.post_message(events.Key("tab", None))
        burst(app, "forty")
        app.post_message(events.Key("tab", None))
        burst(app, "ask hr")
        await settle(pilot)
        dialog = app.screen
        assert [dialog.query_one(f"#{f}", Input).value for f in ("source", "quote", "evidence-note")] == [
            "report",
            "forty",
            "ask hr",
        ]
        await pilot.press("enter")
        await settle(pilot)

    try:
        run(app, script)
    finally:
        store.close()
    assert rows(db, "select source, quote, note from evidence") == [("report", "forty", "ask hr")]
