"""The hints a screen shows in its status line, its search box and its panes name the keys as the
journalist remapped them in keys.toml, as the footer and the help do.

Found in tmux (h70): with "claims.verdict" = "V" and "entities.merge" = "M", the footer said "V
Verdict" and "M Merge marked here", while the status lines still said "v verdict" and "m merge", the
pane "(none yet: v sets it)", the library's search box "/" for a search moved to ctrl+f."""

from __future__ import annotations

from pilot_helpers import CLAIM, offsets, settle

from reader.store import Store
from reader.tui.claims_screen import ClaimsScreen
from reader.tui.entities_screen import EntityIndexScreen
from reader.tui.status_bar import StatusBar

KEYS = {
    "library.search": "ctrl+f",
    "claims.verdict": "V",
    "claims.evidence": "A",
    "claims.search": "ctrl+f",
    "claims.filter_status": "F",
    "entities.merge": "M",
    "entities.mark": "x",
}


def status(screen) -> str:  # type: ignore[no-untyped-def]
    return screen.query_one(StatusBar).render_text().plain


async def test_hints_name_the_remapped_keys(make_app, seeded: Store):
    text = seeded.get_article(1).text
    seeded.add_annotation(1, "CLAIM", *offsets(text, CLAIM), annotator="alice", claimant="Ayumi Kurose")
    seeded.add_annotation(1, "PLACE", *offsets(text, "Douai"), annotator="alice")
    app = make_app(keymap=KEYS)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#search").placeholder.startswith("Search titles and text: ctrl+f")
        await pilot.press("C")
        await settle(pilot)
        claims = app.screen
        assert isinstance(claims, ClaimsScreen)
        line = status(claims)
        assert "V verdict" in line and "A evidence" in line and "F status" in line and "ctrl+f search" in line
        assert "v verdict" not in line and "a evidence" not in line
        assert claims.query_one("#claims-search").placeholder.startswith("ctrl+f search")
        pane = claims.query_one("#claim-detail").render().plain
        assert "(none yet: V sets it)" in pane and "(none yet: A adds a source)" in pane
        await pilot.press("escape", "E")
        await settle(pilot)
        entities = app.screen
        assert isinstance(entities, EntityIndexScreen)
        line = status(entities)
        assert "M merge" in line and "x mark" in line and "m merge" not in line
        await pilot.press("x")
        await pilot.pause()
        # Douai (a PLACE) marked, the highlight on the claimant Ayumi Kurose (a PERSON): the title
        # says the remapped key cannot merge across labels (h104)
        title = entities.query_one("#entities-title").render().plain
        assert "M cannot merge it into" in title and "m cannot" not in title
