"""The claim form: the Kurose claim with its claimant, status, quantities and note."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, open_first, settle, tag
from textual.widgets import Checkbox, Input, Select

from reader.store import Store
from reader.tui.claim_form import ClaimForm


def check_entity(store: Store, text: str) -> int | None:
    return next(a.entity_id for a in store.annotations(1) if a.text == text)


async def test_kurose_claim_with_its_fields(make_app, seeded: Store, db_path):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        await tag(pilot, screen, "Ayumi Kurose", "1")
        await tag(pilot, screen, "Ericka Redjimi", "1")
        await tag(pilot, screen, "150 Chinese experts", "4")
        await tag(pilot, screen, "800 local staff", "4")
        await tag(pilot, screen, "1,200 people", "4")  # outside the claim: not offered
        # select the sentence with the keyboard, tag it as a CLAIM
        screen.view.move_to(text.index("currently nearly"))
        await pilot.press("s", "6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        assert CLAIM in str(form.query_one("#span-text").render())
        # the person named before the claim, as the entity of that tag
        assert form.query_one("#claimant-name", Input).value == "Ayumi Kurose"
        assert form.picked_id == check_entity(seeded, "Ayumi Kurose")
        boxes = list(form.query(Checkbox))
        assert [str(b.label) for b in boxes] == ["150 Chinese experts", "800 local staff"]
        assert all(b.value for b in boxes)
        form.query_one("#status", Select).value = "mostly true"
        form.query_one("#note", Input).focus()
        await pilot.press(*"check ILO figures", "enter")
        await pilot.pause()
        assert app.screen is screen
    check = Store(db_path)
    try:
        claims = [a for a in check.annotations(1) if a.label == "CLAIM"]
        assert len(claims) == 1
        claim = claims[0]
        assert claim.text == CLAIM
        assert (claim.start, claim.end) == offsets(text, CLAIM)
        assert claim.claimant == "Ayumi Kurose"
        assert claim.claimant_entity_id == check_entity(check, "Ayumi Kurose")
        assert claim.claim_status == "mostly true"
        assert claim.note == "check ILO figures"
        assert claim.annotator == "alice"
        quantities = {check.get_annotation(q).text for q in claim.quantity_ids}
        assert quantities == {"150 Chinese experts", "800 local staff"}
    finally:
        check.close()


async def test_typed_claimant_and_unchecked_quantity(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        await tag(pilot, screen, "150 Chinese experts", "4")
        await tag(pilot, screen, "800 local staff", "4")
        screen.view.select_offsets(*offsets(text, CLAIM))
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        form.query_one("#q" + str(seeded.annotations(1)[1].id), Checkbox).value = False
        form.query_one("#claimant-name", Input).focus()
        await pilot.press(*"Kurose", "enter")
        await pilot.pause()
    claim = next(a for a in seeded.annotations(1) if a.label == "CLAIM")
    assert claim.claimant == "Kurose" and claim.claim_status == "unverified"
    assert [seeded.get_annotation(q).text for q in claim.quantity_ids] == ["150 Chinese experts"]


async def test_cancelled_claim_stores_nothing(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.move_to(screen.text.index("currently nearly"))
        await pilot.press("s", "6")
        await pilot.pause()
        assert isinstance(app.screen, ClaimForm)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
    assert seeded.annotations(1) == []


async def test_suggested_quantities_are_tagged_and_linked_in_one_undo_step(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Ayumi Kurose", "1")
        screen.view.select_offsets(*offsets(screen.text, CLAIM))
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        boxes = list(form.query(Checkbox))
        labels = [str(b.label) for b in boxes]
        assert labels[0].startswith("150 Chinese experts") and "(new" in labels[0]
        assert labels[1].startswith("800 local staff") and "(new" in labels[1]
        assert all(b.value for b in boxes)
        boxes[1].value = False  # only the first one
        form.query_one("#save").press()
        await settle(pilot)
        assert app.screen is screen
        claim = next(a for a in seeded.annotations(1) if a.label == "CLAIM")
        quantities = [a for a in seeded.annotations(1) if a.label == "QUANTITY"]
        assert [(q.text, q.origin) for q in quantities] == [("150 Chinese experts", "suggested")]
        assert claim.quantity_ids == [quantities[0].id]
        await pilot.press("u")  # one step: the claim and its new quantity
        await settle(pilot)
        assert [a.label for a in seeded.annotations(1)] == ["PERSON"]


async def test_tabbing_into_the_note_keeps_it(make_app, seeded: Store):
    text = seeded.get_article(1).text
    claim = seeded.add_annotation(1, "CLAIM", *offsets(text, CLAIM), annotator="alice", note="call the union")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.show_annotation(claim.id)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        while not form.query_one("#note", Input).has_focus:
            await pilot.press("tab")
        await pilot.press(*" first", "enter")
        await settle(pilot)
    assert seeded.get_annotation(claim.id).note == "call the union first"


async def test_claimant_picked_from_the_entity_index_or_typed_as_a_new_organisation(make_app, seeded: Store):
    """An organisation tagged in another article is found by typing part of its name; a name in no
    index becomes a new entity of the kind chosen."""
    wire = seeded.get_article(3).text
    batteries = seeded.add_annotation(3, "ORG", *offsets(wire, "batteries"), annotator="alice")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Ayumi Kurose", "1")
        screen.view.select_offsets(*offsets(screen.text, CLAIM))
        await pilot.press("6")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ClaimForm)
        matches = form.query_one("#claimant-matches")
        name = form.query_one("#claimant-name", Input)
        name.value = ""
        await pilot.press(*"BATT")  # case ignored: the ORG from the wire article
        await pilot.pause()
        assert [matches.get_option_at_index(i).id for i in range(matches.option_count)] == [
            str(batteries.entity_id)
        ]
        assert "ORG" in matches.get_option_at_index(0).prompt.plain
        await pilot.press("down", "enter")  # pick it; the field shows its name, focus back there
        await pilot.pause()
        assert name.value == "batteries" and name.has_focus and form.picked_id == batteries.entity_id
        await pilot.press("enter")  # save
        await settle(pilot)
        claim = next(a for a in seeded.annotations(1) if a.label == "CLAIM")
        assert (claim.claimant, claim.claimant_entity_id) == ("batteries", batteries.entity_id)
        # edit it: a new name, as an organisation
        screen.show_annotation(claim.id)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ClaimForm)
        form.query_one("#claimant-label", Select).value = "ORG"
        name = form.query_one("#claimant-name", Input)
        name.value = ""
        name.focus()
        await pilot.press(*"Swedish Prosecution Authority", "enter")
        await settle(pilot)
    claim = seeded.get_annotation(claim.id)
    assert claim.claimant == "Swedish Prosecution Authority"
    entity = seeded.get_entity(claim.claimant_entity_id)
    assert (entity.label, entity.canonical, entity.claims) == ("ORG", "Swedish Prosecution Authority", 1)


async def test_a_status_set_in_the_claim_form_records_who_checked_it(make_app, seeded: Store):
    """Found by hand (h61), as with the status keys of the claims screen: a claim saved from the
    form as "false" had no checker and no time, so ClaimReview named "Unnamed fact-checker"."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.move_to(screen.text.index("currently nearly"))
        await pilot.press("s", "6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        form.query_one("#status", Select).value = "false"
        form.query_one("#note", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
    (claim,) = [a for a in seeded.annotations(1) if a.label == "CLAIM"]
    assert claim.claim_status == "false" and claim.checked_by == "alice" and claim.checked_at


async def test_quantities_found_after_the_form_closed_are_dropped_quietly(make_app, seeded: Store):
    # The suggester runs in a worker; its answer may arrive after Esc closed the form (seen under load
    # in the tmux e2e: NoMatches '#quantities' ended the app).
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.select_offsets(*offsets(screen.text, CLAIM))
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        await form.query_one("#quantities").remove()  # as while the form is being taken down
        form.show_suggested([(0, 3, "150")])
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        form.show_suggested([(0, 3, "150")])  # late: the form is gone
        await pilot.pause()
        assert app.is_running and app.screen is screen
    assert seeded.annotations(1) == []


async def test_a_new_claimant_is_offered_only_kinds_that_can_speak(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        screen.view.select_offsets(*offsets(screen.text, CLAIM))
        await pilot.press("6")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ClaimForm)
        kinds = [
            value for _, value in form.query_one("#claimant-label", Select)._options if value != Select.NULL
        ]
        assert "PERSON" in kinds and "ORG" in kinds and "PLACE" in kinds
        assert "QUANTITY" not in kinds and "DATE" not in kinds
