"""Tag every occurrence: o in this article, O in every article after a question with the count;
one undo removes them all."""

from __future__ import annotations

import re

from pilot_helpers import open_first, settle, tag

from reader.store import Store
from reader.tui.confirm import ConfirmDialog


def places(store: Store, article_id: int) -> list[tuple[int, int]]:
    return sorted((a.start, a.end) for a in store.annotations(article_id) if a.label == "PLACE")


async def test_tag_every_occurrence_in_article_then_everywhere_with_one_undo_each(make_app, seeded: Store):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        every = [(m.start(), m.end()) for m in re.finditer(r"\bDouai\b", text)]
        assert len(every) >= 3
        await pilot.press("o", "O")  # nothing focused yet: a hint, nothing stored
        await settle(pilot)
        assert seeded.annotations(1) == []
        assert any("Tag a span first" in n.message for n in app._notifications)
        await tag(pilot, screen, "Douai", "3")
        assert places(seeded, 1) == every[:1]
        await pilot.press("o")
        await settle(pilot)
        assert places(seeded, 1) == every
        assert {a.origin for a in seeded.annotations(1)} == {"manual"}
        await pilot.press("u")  # one undo: only the one tagged by hand is left
        await settle(pilot)
        assert places(seeded, 1) == every[:1]

        # all articles: article 3 says "Douai." once; article 1's others too
        wire = seeded.get_article(3).text
        await pilot.press("O")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        expected = len(every) - 1 + 1
        assert f"Tag {expected} more occurrences of “Douai” as PLACE in 2 articles" in dialog.question.plain
        await pilot.press("n")  # no: nothing changes
        await settle(pilot)
        assert places(seeded, 1) == every[:1] and places(seeded, 3) == []
        await pilot.press("O")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert places(seeded, 1) == every
        assert places(seeded, 3) == [(wire.index("Douai"), wire.index("Douai") + 5)]
        assert app.writer.idle
        await pilot.press("u")
        await settle(pilot)
        assert places(seeded, 1) == every[:1] and places(seeded, 3) == []
        await pilot.press("U")  # redo puts them all back
        await settle(pilot)
        assert len(places(seeded, 1)) == len(every) and len(places(seeded, 3)) == 1
