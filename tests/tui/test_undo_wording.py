"""One wording for undo and redo everywhere (found by a journalist's session, h103): "Undid" in
the article, "Undone" in the claims screen and the entity index, and undoing a verdict said "edit
CLAIM". Now every screen says "Undid: …" / "Redid: …" and names what changed as a journalist
would: the verdict on claim N, a tag's span, its label, its note, a claim's claimant."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, settle, tag

from reader.history import History
from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.reading import ReadingScreen
from reader.tui.status_bar import StatusBar


def said(screen) -> str:  # type: ignore[no-untyped-def]
    return screen.query_one(StatusBar).render_text().plain


async def test_undoing_a_verdict_says_so_in_every_screen(make_app, seeded: Store):
    text = seeded.get_article(1).text
    claim = seeded.add_annotation(
        1, "CLAIM", *offsets(text, CLAIM), annotator="alice", claimant="Ayumi Kurose"
    )
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        await pilot.press("2")  # a verdict at once
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "true"
        await pilot.press("u")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "unverified"
        assert f"Undid: verdict on claim {claim.id} “He said" in said(screen)
        await pilot.press("U")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "true"
        assert f"Redid: verdict on claim {claim.id}" in said(screen)
        # the same step undone from the article says the same
        await pilot.press("enter")  # open the article at the claim
        await settle(pilot)
        reading = app.screen
        assert isinstance(reading, ReadingScreen)
        await pilot.press("u")
        await settle(pilot)
        assert seeded.get_annotation(claim.id).claim_status == "unverified"
        assert f"Undid: verdict on claim {claim.id}" in said(reading)


async def test_undo_in_the_entity_index_and_the_article_use_one_verb(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reading = app.screen
        await tag(pilot, reading, "Douai", "3")
        await pilot.press("l")  # its end one word right: a new span
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "Undid: span of PLACE “Douai" in said(reading)
        await pilot.press("E")
        await settle(pilot)
        index = app.screen
        assert isinstance(index, EntityIndexScreen)
        await pilot.press("u")  # the tag itself, made in the article
        await settle(pilot)
        assert "Undid: tag PLACE “Douai”" in said(index)
        assert seeded.annotations(1) == []
        await pilot.press("U")
        await settle(pilot)
        assert "Redid: tag PLACE “Douai”" in said(index)


def test_descriptions_name_what_changed(seeded: Store):
    history = History(seeded, None, "alice")
    text = seeded.get_article(1).text
    ann = history.add(1, "PERSON", *offsets(text, "Ayumi Kurose"))
    history.update(ann.id, note="spelling checked")
    assert history.undo(1).description == "note on PERSON “Ayumi Kurose”"
    history.update(ann.id, label="ORG")
    assert history.undo(1).description == "label of “Ayumi Kurose” (PERSON → ORG)"
    claim = history.add(1, "CLAIM", *offsets(text, CLAIM), claimant="Ayumi Kurose")
    history.update(claim.id, claimant="AESC")
    assert history.undo(1).description.startswith(f"claimant of claim {claim.id} “He said")
