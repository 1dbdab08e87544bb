"""Three things a journalist saw (h81): the verdict dialog opened on the explanation field, though
a verdict starts with its status; an empty library's status bar said "✓ saved" with nothing saved;
the export dialog had its buttons the other way round from every other dialog (Cancel, then the
action, as the claim form, the verdict, the evidence and the delete dialogs have them)."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, open_first, screen_lines, settle, until
from textual.widgets import Button, Select

from reader.models import CLAIM_STATUSES, CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.export_dialog import ExportDialog
from reader.tui.factcheck_dialogs import VerdictDialog


async def test_the_verdict_dialog_opens_on_the_verdict(make_app, seeded: Store):
    text = seeded.get_article(1).text
    claim = seeded.add_annotation(
        1, "CLAIM", *offsets(text, CLAIM), annotator="alice", claimant="Ayumi Kurose"
    )
    seeded.set_display_name("alice", "Sam Lee")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        assert isinstance(app.focused, Select) and app.focused.id == "verdict"
        await pilot.press("down")  # the list of verdicts opens on the current one, unverified
        await pilot.pause()
        steps = CLAIM_STATUSES.index("false") - CLAIM_STATUSES.index("unverified")
        await pilot.press(*["down"] * steps, "enter")
        await pilot.pause()
        assert dialog.query_one("#verdict", Select).value == "false"
        await pilot.press("tab", *"Keine solche Planung.", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        assert "false" in app.screen.query_one("#claim-detail").render().plain
    stored = seeded.conn.execute(
        "SELECT claim_status, explanation, checked_by FROM annotations WHERE id = ?", (claim.id,)
    ).fetchone()
    assert tuple(stored) == ("false", "Keine solche Planung.", "alice")


async def test_an_empty_library_says_nothing_was_saved(db_path):
    store = Store(db_path)
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        status = screen_lines(app)[-2]
        assert "0/0" in status and "saved" not in status, status
        other = Store(db_path)  # another terminal's import
        other.add_article(
            CleanResult(text="Der Hafen von Velmsdorf bleibt offen.", title="Hafen"), "r", None, "text"
        )
        other.close()
        await until(pilot, lambda: "1/1" in screen_lines(app)[-2])
        assert "saved" not in screen_lines(app)[-2]  # another program's import: not saved here
    store.close()


async def test_the_export_dialog_has_cancel_first_as_the_other_dialogs(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first(pilot)
        await pilot.press("X")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert [b.id for b in dialog.query(Button)] == ["cancel", "export"]
        line = next(line for line in screen_lines(app) if "Export" in line and "Cancel" in line)
        assert line.index("Cancel") < line.index("Export"), line
        await pilot.press("tab")  # from the path: Cancel, then Export, as in the other dialogs
        assert app.focused is not None and app.focused.id == "cancel"
        await pilot.press("tab")
        assert app.focused is not None and app.focused.id == "export"
