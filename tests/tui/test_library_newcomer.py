"""A newcomer's round of the library (h76, in tmux at 80x24 and 120x40, following only README.md).

Found by hand: the footer's filter keys read "flc Filter" (three keys run together as if one); an
empty library's footer offered Search, Status, Filter, Export, Delete (and, once the list had the
focus, Open), keys that do nothing or export nothing; the library's help listed the label keys
1-9 with their labels, though they tag only in an article."""

from __future__ import annotations

import pytest
from pilot_helpers import open_first, screen_lines, settle, until
from textual.widgets._footer import FooterKey

from reader.models import CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.export_dialog import ExportDialog
from reader.tui.help import HelpScreen

ARTICLE_KEYS = {
    "search",
    "cycle_status",
    "filter_status",
    "filter_label",
    "filter_low_confidence",
    "export",
    "delete_article",
    "open",
}


def footer_actions(app: ReaderApp) -> set[str]:
    return {key.action for key in app.screen.query(FooterKey)}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_filter_keys_are_told_apart_in_the_footer(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        footer = screen_lines(app)[-1]
        assert "flc" not in footer, footer
        assert "f l c Filter" in footer and "q Quit" in footer, footer


async def test_an_empty_library_offers_only_keys_that_work(store: Store, db_path):
    app = ReaderApp(store, "alice")
    app.cursor_blink = False
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "escape")  # Esc gave the hidden list the focus: "⏎ Open" appeared
        await settle(pilot)
        shown = footer_actions(app)
        assert not shown & ARTICLE_KEYS, shown & ARTICLE_KEYS
        assert "app.quit" in shown
        await pilot.press("X", "f")  # nothing to export, nothing to filter
        await settle(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert "status:" not in screen_lines(app)[0]
        # an import from another terminal: the keys come back with the articles
        other = Store(db_path)  # another terminal's import
        other.add_article(
            CleanResult(text="A short story about a harbour.", title="Harbour"), "r", None, "text"
        )
        other.close()
        await until(pilot, lambda: "1 article" in screen_lines(app)[0])
        await until(pilot, lambda: {"search", "export"} <= footer_actions(app))


async def test_the_library_help_does_not_offer_the_label_keys(make_app):
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = [desc for _keys, desc in app.screen.rows]
        assert not [desc for desc in listed if "PERSON" in desc or "CLAIM" in desc], listed
        await pilot.press("escape")
        await open_first(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {desc for _keys, desc in app.screen.rows}
        assert any("PERSON" in desc for desc in rows)  # in an article they tag: listed there


async def test_a_verdict_set_in_the_claims_screen_shows_back_in_the_article(make_app, seeded: Store):
    """The claims screen opened from an article (C) set the verdict; back in the article (Esc) the
    list of tags still said "unverified" (the article reloads only after another program's change)."""
    from pilot_helpers import CLAIM, offsets

    from reader.tui.claims_screen import ClaimsScreen
    from reader.tui.reading import ReadingScreen

    text = seeded.get_article(1).text
    claim = seeded.add_annotation(
        1, "CLAIM", *offsets(text, CLAIM), annotator="alice", claimant="Ayumi Kurose"
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        reading = await open_first(pilot)
        await until(pilot, lambda: any("unverified" in line for line in screen_lines(app)))
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        await pilot.press("5")  # false
        await until(pilot, lambda: seeded.get_annotation(claim.id).claim_status == "false")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reading and isinstance(reading, ReadingScreen)
        await until(pilot, lambda: reading.annotation(claim.id).claim_status == "false", timeout=5)
        assert not any("unverified" in line for line in screen_lines(app))


async def test_a_duplicate_in_the_import_notice_is_no_warning_that_stays_half_a_minute(make_app):
    """The quick start's second sample page is a duplicate, as the README says it will be: the notice
    stayed 30 s as a warning over the list's columns (and over the export dialog, X). A refusal
    still does."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.show_notice(
            ["duplicate: b.txt (already stored as article 1)", "imported 1 article (id 1); skipped 1"]
        )
        app.show_notice(["refused: c.bin (binary)", "imported 0 articles; refused 1"])
        await pilot.pause()
        duplicate, refused = list(app._notifications)[-2:]
        assert (duplicate.severity, duplicate.timeout) == ("information", 8)
        assert (refused.severity, refused.timeout) == ("warning", 30)


async def test_a_filter_that_leaves_no_article_offers_no_key_for_a_row(make_app):
    """`c` (only the articles whose text is unsure) on a library that has none: the footer still
    offered ⏎ Open, m Status and x Delete, which had no row to act on."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert {"open", "cycle_status", "delete_article"} <= footer_actions(app)
        await pilot.press("c")
        await until(pilot, lambda: "0 of 3 articles" in screen_lines(app)[0])
        await until(pilot, lambda: not {"open", "cycle_status", "delete_article"} & footer_actions(app))
        await pilot.press("c")  # all again
        await until(pilot, lambda: {"open", "cycle_status", "delete_article"} <= footer_actions(app))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_footer_shows_no_key_cut_in_half(make_app, size):
    """At 80 columns the reading view's footer ended on a bare "m" (its "Status" cut off at the
    right): a key offered with no word for what it does. A key that does not fit is left out whole
    (? Help, first, lists them all)."""
    from textual.widgets._footer import FooterLabel, KeyGroup

    from reader.tui.footer import Footer

    app = make_app()
    async with app.run_test(size=size) as pilot:
        for where in ("library", "reading"):
            if where == "reading":
                await open_first(pilot)
            await settle(pilot)
            footer = app.screen.query_one(Footer)
            right = footer.region.right

            def fits(footer: Footer = footer, right: int = right) -> bool:
                return all(w.region.right <= right for w in footer.children if w.display)

            await until(pilot, fits, timeout=5)
            shown = [w for w in footer.children if w.display and w.region.width > 0]
            assert shown and shown[0].action in ("help", "app.help")  # type: ignore[attr-defined]
            for w in shown:
                assert w.region.right <= right, (where, w, w.region, right)
            for i, w in enumerate(shown):  # a group's keys are never shown without their word
                if isinstance(w, KeyGroup):
                    assert i + 1 < len(shown) and isinstance(shown[i + 1], FooterLabel), where
