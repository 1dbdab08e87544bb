"""A claim's status set with m, or its verdict set in the dialog, on a copy a colleague has changed
since is refused and shown, never written over their change (as span moves and the edit dialog
are). Two connections to one database: the app (alice) and bob's Store."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, settle
from textual.widgets import Input, Select

from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.factcheck_dialogs import VerdictDialog


def bob_marks(db_path, claim_id: int, status: str, explanation: str) -> None:  # type: ignore[no-untyped-def]
    other = Store(db_path)
    try:
        other.update_annotation(claim_id, claim_status=status, explanation=explanation, annotator="bob")
    finally:
        other.close()


async def open_claims(app, pilot) -> ClaimsScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("C")
    await settle(pilot)
    assert isinstance(app.screen, ClaimsScreen)
    app._external_change = lambda: None  # alice's screen has not yet noticed bob's change
    return app.screen


async def test_m_on_a_claim_a_colleague_marked_is_refused_and_shown(make_app, seeded: Store, db_path):
    claim = seeded.add_annotation(1, "CLAIM", *offsets(seeded.get_article(1).text, CLAIM), annotator="alice")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await open_claims(app, pilot)
        bob_marks(db_path, claim.id, "false", "The company denies it.")
        await pilot.press("m")  # alice goes on from "unverified", her old copy
        await settle(pilot)
        stored = seeded.get_annotation(claim.id)
        assert (stored.claim_status, stored.explanation) == ("false", "The company denies it.")
        shown = [str(n.message) for n in app._notifications]
        assert any("changed by bob" in m for m in shown), shown
        assert screen.rows[0].annotation.claim_status == "false"  # the screen shows what is stored
        # Now that she sees bob's verdict, m goes on from it
        await pilot.press("m")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "unproven"


async def test_two_quick_m_presses_are_no_conflict(make_app, seeded: Store):
    claim = seeded.add_annotation(1, "CLAIM", *offsets(seeded.get_article(1).text, CLAIM), annotator="alice")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_claims(app, pilot)
        await pilot.press("m", "m")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "mostly true"
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_a_verdict_on_a_claim_a_colleague_changed_is_refused(make_app, seeded: Store, db_path):
    claim = seeded.add_annotation(1, "CLAIM", *offsets(seeded.get_article(1).text, CLAIM), annotator="alice")
    seeded.set_setting("display-name", "Alice Berg")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_claims(app, pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        bob_marks(db_path, claim.id, "false", "The company denies it.")  # while alice's dialog is open
        dialog.query_one("#verdict", Select).value = "true"
        dialog.query_one("#explanation", Input).value = "The minister confirmed it."
        await pilot.press("enter")
        await settle(pilot)
        stored = seeded.get_annotation(claim.id)
        assert (stored.claim_status, stored.explanation) == ("false", "The company denies it.")
        assert any("changed by bob" in str(n.message) for n in app._notifications)


async def test_a_refused_verdict_is_kept_and_v_opens_it_again(make_app, seeded: Store, db_path):
    """Seen on a desk of two in tmux (h104): bob's verdict and the explanation he had typed were
    refused because ann had set hers meanwhile, and were gone: v opened on ann's. The refused one is
    kept: v opens it again as typed, saying what is stored now, and Enter saves it over the verdict
    the journalist has now seen."""
    claim = seeded.add_annotation(1, "CLAIM", *offsets(seeded.get_article(1).text, CLAIM), annotator="alice")
    seeded.set_setting("display-name", "Alice Berg")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        screen = await open_claims(app, pilot)
        await pilot.press("v")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, VerdictDialog)
        bob_marks(db_path, claim.id, "false", "The company denies it.")  # while alice's dialog is open
        dialog.query_one("#verdict", Select).value = "mostly true"
        dialog.query_one("#explanation", Input).value = "The ministry's register lists 150."
        await pilot.press("enter")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).explanation == "The company denies it."  # refused
        assert screen.rows[0].annotation.claim_status == "false"  # what is stored now, shown
        await pilot.press("v")
        await settle(pilot)
        again = app.screen
        assert isinstance(again, VerdictDialog)
        assert again.query_one("#explanation", Input).value == "The ministry's register lists 150."
        assert again.query_one("#verdict", Select).value == "mostly true"
        said = " ".join(str(w.render()) for w in again.query("Static"))
        assert "false" in said and "The company denies it." in said  # what her save would replace
        await pilot.press("enter")
        await settle(pilot)
    stored = seeded.get_annotation(claim.id)
    assert (stored.claim_status, stored.explanation) == ("mostly true", "The ministry's register lists 150.")
