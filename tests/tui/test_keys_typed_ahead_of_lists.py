"""Keys typed right after opening the claims screen or the entity index (before their lists are
read) move in the list once it is there, as the library holds keys typed ahead of a search.

Found in tmux (h70): `C` then `↓` a third of a second later left the highlight on the first claim:
the list was still empty when `↓` came, and the key did nothing."""

from __future__ import annotations

from pilot_helpers import settle
from test_claims_highlight import four_claims

from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.entities_screen import EntityIndexScreen


def slow(monkeypatch, store: Store, name: str) -> None:  # type: ignore[no-untyped-def]
    """The list is read 0.3 s after the screen opens (a busy machine, a server far away)."""
    read = getattr(store, name)

    def later(*args, **kwargs):  # type: ignore[no-untyped-def]
        import time

        time.sleep(0.3)
        return read(*args, **kwargs)

    monkeypatch.setattr(store, name, later)


async def test_down_typed_with_c_moves_to_the_third_claim(make_app, seeded: Store, monkeypatch):
    ids = four_claims(seeded)
    slow(monkeypatch, seeded, "claims")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("C", "down", "down")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ClaimsScreen)
        assert screen.current()[1].annotation.id == ids[2]


async def test_down_typed_with_e_moves_to_the_second_entity(make_app, seeded: Store, monkeypatch):
    four_claims(seeded)  # four claimants: four entities named only as claimants
    slow(monkeypatch, seeded, "entity_index")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E", "down")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, EntityIndexScreen) and len(screen.groups) == 4
        assert screen.query_one("#groups").highlighted == 1
