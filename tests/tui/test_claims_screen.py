"""The claims screen: every claim with claimant, status and article; filter by status; change the
status in place (stored, undoable); enter opens the article at the claim."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, settle

from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.commands import ReaderCommands
from reader.tui.help import HelpScreen
from reader.tui.reading import ReadingScreen


def claims(store: Store) -> tuple[int, int]:
    t1 = store.get_article(1).text
    a = store.add_annotation(1, "CLAIM", *offsets(t1, CLAIM), annotator="alice", claimant="Ayumi Kurose")
    second = "The Douai factory should be ready to operate on its own by the end of 2026"
    b = store.add_annotation(
        1, "CLAIM", *offsets(t1, second), annotator="alice", claimant="Ayumi Kurose", claim_status="false"
    )
    return a.id, b.id


async def test_claims_filter_change_status_and_open(make_app, seeded: Store):
    unverified, false = claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        hits = [hit async for hit in ReaderCommands(app.screen).search("claims")]  # the palette offers C
        assert "key: C" in hits[0].help
        await hits[0].command()
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        await pilot.press("question_mark")  # help lists the screen's keys
        await pilot.pause()
        shown = "\n".join(f"{k}  {d}" for k, d in app.screen.rows)
        assert isinstance(app.screen, HelpScreen)
        for binding in ClaimsScreen.BINDINGS:
            assert binding.description in shown
        await pilot.press("escape")
        await pilot.pause()
        assert [r.annotation.id for r in screen.rows] == [unverified, false]
        first = screen.query_one("#claims").get_option_at_index(0).prompt.plain
        assert (
            "Ayumi Kurose" in first and "unverified" in first and "Battery Valley" in first
        )  # the article's title
        await pilot.press("f")  # only the unverified ones
        await settle(pilot)
        assert screen.status_filter == "unverified"
        assert [r.annotation.id for r in screen.rows] == [unverified]
        await pilot.press("3")  # mostly true
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status == "mostly true"
        assert screen.query_one("#claims").get_option_at_index(0).prompt.plain.startswith("mostly true")
        await pilot.press("m")  # the next status: misleading
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status == "misleading"
        await pilot.press("f")  # true: none
        await settle(pilot)
        assert screen.rows == []
        await pilot.press("f", "f")  # mostly true, misleading
        await settle(pilot)
        assert screen.status_filter == "misleading" and [r.annotation.id for r in screen.rows] == [unverified]
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen) and reading.focused_id == unverified
        assert reading.view.selected_span == offsets(reading.text, CLAIM)
        await pilot.press("u", "u")  # the status changes go through the undo history
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status in (None, "unverified")


async def test_u_past_the_screens_own_changes_can_be_redone_here(make_app, seeded: Store):
    """Found by hand (h57): u in the claims screen undoes the last change anywhere, so a u too many
    undid the tagging of the claim itself (the claim and its evidence left the list) and the
    screen had no redo: U (or ctrl+y) now redoes, as in the entity index."""
    from pilot_helpers import open_first, tag

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await tag(pilot, reading, "Douai", "3")
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        unverified, _ = claims(seeded)
        screen.reload()
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status == "mostly true"
        await pilot.press("u", "u")  # the status, then the PLACE tagged in the article
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status in (None, "unverified")
        assert [a.text for a in seeded.annotations(1) if a.label == "PLACE"] == []
        await pilot.press("U")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1) if a.label == "PLACE"] == ["Douai"]
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status == "mostly true"
        assert screen.rows[0].annotation.claim_status == "mostly true"


async def test_the_highlight_stays_on_its_claim_when_a_colleague_adds_one_above(make_app, seeded: Store):
    """Found by hand (h57), as in the entity index: the list kept the highlighted row by position,
    so a claim a colleague tagged earlier in the order moved the highlight onto another claim, and
    the next verdict key (1-6, m, v) changed that one."""
    first, second = claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        screen.query_one("#claims").highlighted = 1  # the second claim
        assert screen.current()[1].annotation.id == second
        text = seeded.get_article(1).text
        above = seeded.add_annotation(
            1, "CLAIM", *offsets(text, "Verkor is the third battery gigafactory"), annotator="bob"
        )
        screen.reload()
        await settle(pilot)
        assert [r.annotation.id for r in screen.rows] == [above.id, first, second]
        assert screen.current()[1].annotation.id == second
        await pilot.press("5")  # false: on the claim highlighted before
        await settle(pilot)
        assert seeded.get_annotation(second).claim_status == "false"
        assert seeded.get_annotation(first).claim_status in (None, "unverified")


async def test_u_goes_on_past_a_verdict_on_a_claim_deleted_elsewhere(make_app, seeded: Store):
    """Found by hand (h61): a verdict set here, then the claim deleted from another terminal
    (`reader untag`): every u (here and in the article) said "no annotation with id N" and nothing
    older could ever be undone. The first u now says the change cannot be undone; the next one
    undoes the change before it (the PLACE tagged in the article)."""
    from pilot_helpers import open_first, tag

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await tag(pilot, reading, "Douai", "3")
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        unverified, _ = claims(seeded)
        screen.reload()
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert seeded.get_annotation(unverified).claim_status == "mostly true"
        seeded.delete_annotation(unverified)  # a colleague, in another terminal
        await pilot.press("u")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1) if a.label == "PLACE"] == ["Douai"]
        await pilot.press("u")
        await settle(pilot)
        assert [a.text for a in seeded.annotations(1) if a.label == "PLACE"] == []
