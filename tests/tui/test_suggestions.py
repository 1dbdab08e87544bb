"""Suggestions in the reading view: shown with g, accepted (origin "suggested"), rejected for good,
accepted by label, all rejected after a question, never duplicating an annotation."""

from __future__ import annotations

from pilot_helpers import offsets, open_first, settle

from reader.store import Store
from reader.tui.confirm import ConfirmDialog

CLAIM_START = "He said there are currently"


def keys(items) -> set[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return {(g.label, g.start, g.end) for g in items}


async def test_toggle_accept_entity_and_claim_one_undo(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        # an existing annotation: never offered again, never duplicated
        douai = offsets(text, "Douai")
        seeded.add_annotation(1, "PLACE", *douai, annotator="alice")
        screen.refresh_annotations()
        assert screen.view.suggestions == []
        await pilot.press("g")
        await settle(pilot)
        assert screen.show_suggestions and len(screen.suggestions) > 20
        assert ("PLACE", *douai) not in keys(screen.suggestions)
        assert len(screen.view.suggestions) == len(screen.suggestions)
        # drawn distinctly: underlined in the label colour, no background fill
        line = screen.view.get_line(text[: text.index("Ericka Redjimi")].count("\n"))
        col = text.index("Ericka Redjimi") - (text.rfind("\n", 0, text.index("Ericka Redjimi")) + 1)
        styles = [s.style for s in line.spans if s.start <= col < s.end]
        assert any(getattr(st, "underline", False) and st.bgcolor is None for st in styles)

        # the PERSON under the cursor
        screen.view.move_to(text.index("Ericka Redjimi") + 2)
        await pilot.pause()
        assert screen.current_suggestion().text == "Ericka Redjimi"
        await pilot.press("a")
        await settle(pilot)
        person = [a for a in seeded.annotations(1) if a.text == "Ericka Redjimi"]
        assert [(a.label, a.origin, a.annotator) for a in person] == [("PERSON", "suggested", "alice")]
        assert screen.focused_id == person[0].id  # editable like any other: e edits it
        assert ("PERSON", person[0].start, person[0].end) not in keys(screen.suggestions)

        # the claim with its claimant and quantities
        screen.view.move_to(text.index(CLAIM_START))
        await pilot.pause()
        assert screen.current_suggestion().label == "CLAIM"
        await pilot.press("a")
        await settle(pilot)
        anns = seeded.annotations(1)
        claim = next(a for a in anns if a.label == "CLAIM")
        assert claim.origin == "suggested" and claim.claimant == "Ayumi Kurose"
        assert claim.claim_status in (None, "unverified")
        qs = sorted((a.text, a.origin) for a in anns if a.id in claim.quantity_ids)
        assert qs == [("150 Chinese experts", "suggested"), ("800 local staff", "suggested")]
        assert len(anns) == 5  # Douai, Redjimi, the claim, two quantities
        # one undo removes the claim and both quantities
        await pilot.press("u")
        await settle(pilot)
        assert sorted(a.text for a in seeded.annotations(1)) == ["Douai", "Ericka Redjimi"]
        assert "CLAIM" in {g.label for g in screen.suggestions if g.start == claim.start}
        await pilot.press("U")
        await settle(pilot)
        assert len(seeded.annotations(1)) == 5
        # no suggestion duplicates an annotation
        stored = {(a.label, a.start, a.end) for a in seeded.annotations(1)}
        assert not stored & keys(screen.suggestions)
        await pilot.press("g")
        await pilot.pause()
        assert screen.view.suggestions == [] and not screen.show_suggestions


async def test_reject_persists_accept_label_and_reject_all(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await pilot.press("g")
        await settle(pilot)
        await pilot.press("full_stop")  # the first suggestion: "France", PLACE
        await pilot.pause()
        first = screen.current_suggestion()
        assert (first.label, first.text, screen.view.cursor_offset) == ("PLACE", "France", 0)
        await pilot.press("r")
        await settle(pilot)
        assert seeded.rejected_suggestions(1) == {("PLACE", 0, 6)}
        assert seeded.annotations(1) == []
        # reopen the article: the rejected one does not come back
        await pilot.press("escape")
        screen = await open_first(pilot)
        await pilot.press("g")
        await settle(pilot)
        assert ("PLACE", 0, 6) not in keys(screen.suggestions)
        # accept every ORG
        orgs = [g for g in screen.suggestions if g.label == "ORG"]
        screen.view.move_to(orgs[0].start)
        await pilot.pause()
        await pilot.press("A")
        await settle(pilot)
        stored = seeded.annotations(1)
        assert sorted((a.start, a.end) for a in stored) == sorted((g.start, g.end) for g in orgs)
        assert {(a.label, a.origin) for a in stored} == {("ORG", "suggested")}
        assert not [g for g in screen.suggestions if g.label == "ORG"]
        # reject all, after a question
        pending = keys(screen.suggestions)
        await pilot.press("R")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert f"Reject all {len(pending)} suggestions" in app.screen.question.plain
        await pilot.press("y")
        await settle(pilot)
        assert seeded.rejected_suggestions(1) == pending | {("PLACE", 0, 6)}
        assert screen.suggestions == []
        assert len(seeded.annotations(1)) == len(orgs)  # the accepted ones stay
        await pilot.press("u")  # one undo offers them all again
        await settle(pilot)
        assert seeded.rejected_suggestions(1) == {("PLACE", 0, 6)}
        assert keys(screen.suggestions) == pending
        await pilot.press("U")
        await settle(pilot)
        assert seeded.rejected_suggestions(1) == pending | {("PLACE", 0, 6)}
