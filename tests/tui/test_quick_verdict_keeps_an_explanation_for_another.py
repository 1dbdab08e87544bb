"""A quick verdict key (1-6, m) on a claim whose public explanation was written for another verdict
kept that explanation, and the status line said only “Marked true”: ann's “false” with “the output
figure is not in ACC's reports” became “true” with the same words, ready to be published (seen on
a desk in tmux, h104). The line now says the explanation was written for the old verdict and that
v revises it. Invented claim, Norwegian."""

from __future__ import annotations

from pilot_helpers import settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.status_bar import StatusBar

TEXT = "Fiskeriselskapet Nordlys sier at fangsten økte med 40 prosent i fjor."


async def test_a_quick_verdict_says_the_explanation_was_for_another(make_app, seeded: Store):
    aid = seeded.add_article(CleanResult(text=TEXT, title="Fangst"), TEXT, None, "text").article_id
    claim = seeded.add_annotation(aid, "CLAIM", 0, len(TEXT) - 1, annotator="alice", claimant="Nordlys")
    seeded.update_annotation(claim.id, claim_status="false", explanation="Registeret viser 12 prosent.")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        await pilot.press("2")  # true
        await settle(pilot)
        said = str(screen.query_one(StatusBar).render())
        assert "Marked true" in said
        assert "false" in said and "v" in said, said
    stored = seeded.get_annotation(claim.id)
    assert (stored.claim_status, stored.explanation) == ("true", "Registeret viser 12 prosent.")
