"""The claim form's first guess at who made a claim: one named in the claim itself first.

Found by hand (h76): on "The Port Cressing Boat Owners' Association said 40 of its 212 members
would leave.", its organisation tagged, the form proposed Helen Marrack, the person named two
paragraphs up (a wrong claimant one Enter away). A person or organisation tagged inside the claim
now comes first; else, as before, the person named last before it."""

from __future__ import annotations

from pilot_helpers import select_words, settle, tag
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


async def test_renamed_person_and_organisation_labels_still_guess_the_claimant(
    make_app, seeded: Store, db_path
):
    """The guess goes by what a label is (the built-in person and organisation labels, found by
    their id as the suggester finds them), not by its name: a desk that renamed PERSON to PERSONNE
    and ORG to ORGANISATION (reader labels) got no guess at all."""
    import sqlite3

    seeded.update_label("PERSON", new_name="PERSONNE")
    seeded.update_label("ORG", new_name="ORGANISATION")
    seeded.add_article(CleanResult(text=TEXT, title="Harbour"), "r", "harbour.txt", "text")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        await tag(pilot, screen, "Helen Marrack", "1")
        screen.view.move_to(TEXT.index("wall needs"))
        await pilot.press("s", "6")  # the person named after it (none before)
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "Helen Marrack"
        await pilot.press("escape")
        await settle(pilot)
        await tag(pilot, screen, "Port Cressing Boat Owners' Association", "2")
        screen.view.move_to(TEXT.index("212 members"))
        await pilot.press("s", "6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "Port Cressing Boat Owners' Association"
        await pilot.press("enter")  # saves the form
        await settle(pilot)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT a.claimant, e.canonical, el.name FROM annotations a JOIN labels l ON l.id = a.label_id"
            " JOIN entities e ON e.id = a.claimant_entity_id JOIN labels el ON el.id = e.label_id"
            " WHERE l.kind = 'claim'"
        ).fetchall()
    assert rows == [("Port Cressing Boat Owners' Association",) * 2 + ("ORGANISATION",)]


TRAILING = (
    "The harbour board met on Monday.\n\n"
    "Brelwick Freight lost 40 million euros last year, said Maria Duval.\n\n"
    "Landing fees at Brelwick Docks rose by 12 percent, according to the ministry."
)


async def test_the_speaker_the_sentence_names_comes_before_a_body_inside_the_claim(
    make_app, seeded: Store, db_path
):
    """h111: "Brelwick Freight lost 40 million euros last year, said Maria Duval", both tagged, the
    claim selected without its attribution: the form proposed Brelwick Freight (the body the claim is
    about), not Maria Duval (who said it). "according to the ministry", untagged: the ministry, as a
    new organisation."""
    import sqlite3

    seeded.add_article(CleanResult(text=TRAILING, title="Freight"), "r", "freight.txt", "text")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        await tag(pilot, screen, "Brelwick Freight", "2")
        await tag(pilot, screen, "Maria Duval", "1")
        await tag(pilot, screen, "Brelwick Docks", "2")
        await select_words(pilot, screen, "Brelwick Freight lost 40 million euros last year")
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "Maria Duval"
        await pilot.press("escape")
        await settle(pilot)
        await select_words(pilot, screen, "Landing fees at Brelwick Docks rose by 12 percent")
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert form.query_one("#claimant-name", Input).value == "ministry"
        await pilot.press("enter")
        await settle(pilot)
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT a.claimant, e.canonical, el.name FROM annotations a JOIN labels l ON l.id = a.label_id"
            " JOIN entities e ON e.id = a.claimant_entity_id JOIN labels el ON el.id = e.label_id"
            " WHERE l.kind = 'claim'"
        ).fetchall()
    assert rows == [("ministry", "ministry", "ORG")]
