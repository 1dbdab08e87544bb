"""The claim form's first guess at who made a claim: one named in the claim itself first.

Found by hand (h76): on "The Port Cressing Boat Owners' Association said 40 of its 212 members
would leave.", its organisation tagged, the form proposed Helen Marrack, the person named two
paragraphs up (a wrong claimant one Enter away). A person or organisation tagged inside the claim
now comes first; else, as before, the person named last before it."""

from __future__ import annotations

from pilot_helpers import settle, tag
from textual.widgets import Input

from reader.models import CleanResult
from reader.store import Store
from reader.tui.claim_form import ClaimForm

TEXT = (
    "The wall needs repairs, said the board's chair, Helen Marrack.\n\n"
    "The Port Cressing Boat Owners' Association said 40 of its 212 members would leave."
)


async def test_an_organisation_named_in_the_claim_is_its_first_guess(make_app, seeded: Store):
    seeded.add_article(CleanResult(text=TEXT, title="Harbour"), "r", "harbour.txt", "text")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end")  # the harbour article, imported last
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        await tag(pilot, screen, "Helen Marrack", "1")
        await tag(pilot, screen, "Port Cressing Boat Owners' Association", "2")
        screen.view.move_to(TEXT.index("212 members"))
        await pilot.press("s", "6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "Port Cressing Boat Owners' Association"
