"""The claims screen keeps its highlight on the claim it was on when the list is read again (after
evidence is added, a verdict saved, an undo): the verdict keys act on that claim, never a neighbour.

Found in tmux (h70): evidence added to the third of four claims left the highlight, and the pane
beside the list, on the fourth. The list has a separator line between claims, and the screen took
each separator for an option (Textual 8 draws them under the option above), so claim n was looked
for at option 2n."""

from __future__ import annotations

from pilot_helpers import settle

from reader.models import CleanResult
from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.factcheck_dialogs import EvidenceDialog

TEXT = (
    "Die Bürgermeisterin Lena Vogt sagte, die Brücke habe 4 Millionen Euro gekostet.\n\n"
    "Le maire a promis 200 logements sociaux d'ici 2027.\n\n"
    "The council said the new tram line carried 12,000 riders a day.\n\n"
    "Karl Brenner said the costs rose by 30 percent."
)
CLAIMS = [
    "die Brücke habe 4 Millionen Euro gekostet",
    "a promis 200 logements sociaux d'ici 2027",
    "the new tram line carried 12,000 riders a day",
    "the costs rose by 30 percent",
]


def four_claims(store: Store) -> list[int]:
    article = store.add_article(
        CleanResult(text=TEXT, title="Städte und Versprechen", site="example.net"), "raw", "s.txt", "text"
    )
    ids = []
    article_id = article.article_id
    for n, claim in enumerate(CLAIMS):
        start = TEXT.index(claim)
        a = store.add_annotation(
            article_id, "CLAIM", start, start + len(claim), annotator="alice", claimant=f"Sprecher {n}"
        )
        ids.append(a.id)
    return ids


def detail(screen: ClaimsScreen) -> str:
    return screen.query_one("#claim-detail").render().plain


async def test_evidence_added_to_a_middle_claim_leaves_the_highlight_on_it(make_app, seeded: Store):
    ids = four_claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        assert [r.annotation.id for r in screen.rows] == ids
        await pilot.press("down", "down")  # the third claim
        await pilot.pause()
        assert screen.current()[1].annotation.id == ids[2]
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceDialog)
        await pilot.press(*"https://tram.example/riders", "enter")
        await settle(pilot)
        assert [e.source for e in seeded.evidence(ids[2])] == ["https://tram.example/riders"]
        # the list was read again: the highlight and the pane are still on the third claim
        assert screen.current()[1].annotation.id == ids[2]
        assert CLAIMS[2] in detail(screen) and "Evidence (1)" in detail(screen)
        await pilot.press("5")  # false: on that claim
        await settle(pilot)
        statuses = [seeded.get_annotation(i).claim_status for i in ids]
        assert statuses[2] == "false"
        assert all(s in (None, "unverified") for n, s in enumerate(statuses) if n != 2)


async def test_an_undo_leaves_the_highlight_on_the_second_claim(make_app, seeded: Store):
    ids = four_claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        screen = app.screen
        await pilot.press("down", "2")  # the second claim: true
        await settle(pilot)
        assert seeded.get_annotation(ids[1]).claim_status == "true"
        await pilot.press("u")
        await settle(pilot)
        assert seeded.get_annotation(ids[1]).claim_status in (None, "unverified")
        assert screen.current()[1].annotation.id == ids[1]
        assert CLAIMS[1] in detail(screen)


async def _claim_taken_away_by_a_colleague(
    pilot, app, seeded: Store, db_path, ids: list[int]
) -> ClaimsScreen:  # noqa: ANN001
    """The claims screen filtered on unverified, the second claim highlighted; a colleague's verdict
    on it (another program) takes it out of the list, and the highlight goes to the third."""
    from pilot_helpers import until

    await settle(pilot)
    await pilot.press("C")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ClaimsScreen)
    screen.status_filter = "unverified"
    screen.reload()
    await settle(pilot)
    screen.query_one("#claims").highlighted = 1
    assert screen.current()[1].annotation.id == ids[1]
    with Store(db_path) as other:
        other.update_annotation(ids[1], claim_status="true", annotator="bob")
    await until(pilot, lambda: ids[1] not in [r.annotation.id for r in screen.rows], timeout=30)
    assert screen.current()[1].annotation.id == ids[2]
    return screen


async def test_a_key_pressed_as_a_colleagues_change_takes_the_claim_away_means_that_claim(
    make_app, seeded: Store, db_path, monkeypatch
):
    """A verdict key pressed while a colleague's change took the highlighted claim out of the list
    (the key was on its way before the new list could be seen) acts on the claim the user saw
    highlighted, by its id, not on the one that took its place: here the colleague's verdict
    stands (a conflict, said) and the neighbour is left alone."""
    import reader.tui.held_list as held_list

    monkeypatch.setattr(held_list, "SEEN_S", 60.0)  # the key comes "before the change could be seen"
    ids = four_claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _claim_taken_away_by_a_colleague(pilot, app, seeded, db_path, ids)
        await pilot.press("5")  # false
        await settle(pilot)
        assert seeded.get_annotation(ids[2]).claim_status == "unverified"  # not the neighbour
        assert seeded.get_annotation(ids[1]).claim_status == "true"  # the colleague's, not overwritten
        said = [str(n.message) for n in app._notifications]
        assert any("bob" in m for m in said), said


async def test_a_key_pressed_once_the_new_list_could_be_seen_acts_on_its_highlight(
    make_app, seeded: Store, db_path, monkeypatch
):
    import reader.tui.held_list as held_list

    monkeypatch.setattr(held_list, "SEEN_S", 0.0)
    ids = four_claims(seeded)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _claim_taken_away_by_a_colleague(pilot, app, seeded, db_path, ids)
        await pilot.press("5")
        await settle(pilot)
        assert seeded.get_annotation(ids[2]).claim_status == "false"
        assert seeded.get_annotation(ids[1]).claim_status == "true"
