"""Tag every occurrence: o in this article, O in every article, each after a review of the
occurrences (a tick box each, in its sentence); the ticked ones tagged, one undo removes them all.
Whole words only; one inside a longer tag starts unticked."""

from __future__ import annotations

import re

from pilot_helpers import open_first, settle, tag

from reader.store import Store
from reader.tui.occurrence_review_dialog import OccurrenceReviewDialog, occurrence_line
from reader.tui.status_bar import StatusBar


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
        review = app.screen
        assert isinstance(review, OccurrenceReviewDialog)
        assert [o.start for o in review.found] == [s for s, _ in every[1:]]
        assert all(o.ticked and "Douai" in o.sentence for o in review.found)
        await pilot.press("enter")
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
        assert isinstance(dialog, OccurrenceReviewDialog)
        expected = len(every) - 1 + 1
        assert f"Tag “Douai” as PLACE: {expected} occurrences in 2 articles" in dialog.heading
        await pilot.press("escape")  # cancel: nothing changes
        await settle(pilot)
        assert places(seeded, 1) == every[:1] and places(seeded, 3) == []
        await pilot.press("O")
        await settle(pilot)
        await pilot.press("enter")
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


async def test_review_unticks_an_occurrence_inside_a_longer_tag_and_tags_only_the_ticked(
    make_app, seeded: Store
):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        text = screen.text
        every = [(m.start(), m.end()) for m in re.finditer(r"\bDouai\b", text)]
        # "the Douai ..." as an ORG around the second Douai: that one starts unticked
        second = every[1]
        org_end = text.index(" ", second[1] + 1)
        seeded.add_annotation(1, "ORG", second[0], org_end)
        await settle(pilot)
        await tag(pilot, screen, "Douai", "3")
        await pilot.press("o")
        await settle(pilot)
        review = app.screen
        assert isinstance(review, OccurrenceReviewDialog)
        assert [(o.start, o.ticked) for o in review.found] == [(every[1][0], False)] + [
            (s, True) for s, _ in every[2:]
        ]
        assert review.found[0].inside == text[second[0] : org_end]
        hint = " ".join(str(w.render()) for w in review.query("Static"))
        assert "1 inside a longer tag starts unticked" in hint, hint  # one: "starts"
        # each row is its sentence (cut around the occurrence), spaces and all
        for o in review.found:
            shown = occurrence_line(o, False).plain.split("  (inside")[0].strip("…")
            assert shown in " ".join(o.sentence.split("\n")) and o.sentence[o.offset : o.offset + 5] in shown
        # the box says ticked or not without colour: ✓ or empty (Textual draws an X in both)
        boxes = [review.query_one("#occurrences").render_line(y).text[:3] for y in range(len(review.found))]
        assert boxes == ["▐ ▌"] + ["▐✓▌"] * (len(review.found) - 1)
        await pilot.press("minus", "down", "space")  # untick all, tick the third Douai again
        assert "Tag 1" in str(review.query_one("#tag").label)
        assert review.query_one("#occurrences").render_line(1).text[:3] == "▐✓▌"
        await pilot.press("enter")
        await settle(pilot)
        assert places(seeded, 1) == [every[0], every[2]]
        await pilot.press("u")  # one undo step for all of them
        await settle(pilot)
        assert places(seeded, 1) == [every[0]]


async def test_u_undoes_an_everywhere_step_that_found_nothing_more_in_this_article(make_app, seeded: Store):
    """Found by hand (h57): every "Douai" here tagged with o, then O tagged only the one in article 3
    and said "(u undoes)"; u undid the earlier o instead, and the O step could not be reached from
    the article it was made in."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        every = [(m.start(), m.end()) for m in re.finditer(r"\bDouai\b", screen.text)]
        await tag(pilot, screen, "Douai", "3")
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert places(seeded, 1) == every
        await pilot.press("O")  # only article 3 is left to tag
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert len(places(seeded, 3)) == 1
        await pilot.press("u")
        await settle(pilot)
        assert places(seeded, 3) == [] and places(seeded, 1) == every
        assert "Undid: tag every “Douai” in all articles" in screen.query_one(StatusBar).render_text().plain
        await pilot.press("U")
        await settle(pilot)
        assert len(places(seeded, 3)) == 1 and places(seeded, 1) == every


async def test_looking_for_is_said_in_the_status_line_not_over_the_review(make_app, seeded: Store):
    """The "Looking for …" note used to be a toast, drawn over the review dialog's heading for two
    seconds ("One undo (u) remo▌ Looking for “Kurose”…"): it goes to the status line instead."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await tag(pilot, screen, "Douai", "3")
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, OccurrenceReviewDialog)
        assert not any("Looking for" in n.message for n in app._notifications)
        assert "Looking for “Douai” in this article" in screen.query_one(StatusBar).flash_text
