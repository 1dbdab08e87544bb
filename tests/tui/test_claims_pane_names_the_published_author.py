"""The claims pane names who a published review gives as author: ann, with no display name, saw
“Checked by: ann” and nothing about the ClaimReview, which gives “Unnamed fact-checker” (seen on a
desk of two in tmux, h104). The pane now says so, as `reader claims --json` (published_as) does."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, settle

from reader.factcheck import NO_DISPLAY_NAME
from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen


async def test_a_checker_without_a_display_name_is_published_unnamed(make_app, seeded: Store):
    claim = seeded.add_annotation(1, "CLAIM", *offsets(seeded.get_article(1).text, CLAIM), annotator="alice")
    seeded.update_annotation(
        claim.id, claim_status="false", explanation="The register says 90.", checked_by="alice",
        checked_at="2026-03-01T10:00:00+00:00",
    )  # fmt: skip
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        shown = screen.query_one("#claim-detail").render().plain
        assert f"Checked by: alice (published as {NO_DISPLAY_NAME}" in shown, shown
