"""At 80×24: the save state stays visible, the status bar shrinks its counts, the footer fits,
the library uses the reader's footer, routine confirmations go to the status bar (not toasts)."""

from __future__ import annotations

from pilot_helpers import open_first, settle, tag

from reader.models import Label
from reader.tui.footer import Footer
from reader.tui.save_state import SaveState
from reader.tui.status_bar import StatusBar


def test_status_bar_degrades_with_the_width():
    bar = StatusBar()
    names = ["PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM"]
    labels = [Label(n, name, "entity", "#ff0000", str(n)) for n, name in enumerate(names, start=1)]
    bar.position, bar.labels, bar.counts = "1/3", labels, {"ORG": 2}
    bar.save_state = SaveState.SAVED  # as after a change of this session
    wide = bar.render_text(118).plain
    assert wide.startswith("✓ saved  1/3") and "ORG 2" in wide and "QUANTITY 0" in wide
    narrow = bar.render_text(78).plain
    assert narrow.startswith("✓ saved  1/3") and "ORG 2" in narrow and len(narrow) <= 78
    bar.flash_text = "Tagged PERSON: Ayumi Kurose"
    busy = bar.render_text(78).plain
    assert busy.startswith("✓ saved") and "Tagged PERSON: Ayumi Kurose" in busy and len(busy) <= 78
    bar.save_state = "saving…"
    tiny = bar.render_text(30).plain
    assert tiny.startswith("saving…") and len(tiny) <= 30


async def test_80x24_status_footer_and_confirmations(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(Footer)  # the reader's footer in the library too
        assert footer.compact
        screen = await open_first(pilot)
        await tag(pilot, screen, "Verkor", "2")
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        shown = bar.render_text(bar.content_region.width).plain
        assert shown.startswith("✓ saved") and "Tagged ORG: Verkor" in shown
        assert not any("Tagged" in n.message for n in app._notifications)  # no toast over it
        assert screen.query_one("#side").outer_size.width == 32
        keys = " ".join(str(k.render()) for k in screen.query_one(Footer).query("FooterKey"))
        assert "Help" in keys
        await pilot.pause(0.1)
        assert footer.is_attached


async def test_toasts_stay_clear_of_the_status_bar(make_app):
    from textual.widgets._toast import ToastRack

    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_first(pilot)
        app.notify("Something went wrong", severity="error")
        await pilot.pause(0.3)
        from textual.widgets._toast import Toast

        rack = screen.get_child_by_type(ToastRack)
        toasts = list(rack.query(Toast))
        bar = screen.query_one(StatusBar)
        assert toasts and toasts[0].region.height > 0
        assert toasts[0].region.bottom <= bar.region.y and toasts[0].region.y < 8  # at the top


async def test_the_text_keeps_most_of_a_very_narrow_terminal(make_app):
    """At 60 and 40 columns the annotation panel shrinks with the terminal: the article text keeps
    about two thirds of the width (a fixed 32-column panel left it 23 and 3 columns)."""
    from reader.tui.text_view import ArticleText

    for width in (60, 40):
        app = make_app()
        async with app.run_test(size=(width, 24)) as pilot:
            screen = await open_first(pilot)
            await pilot.pause()
            text_width = screen.query_one(ArticleText).content_region.width
            assert text_width >= width // 2, (width, text_width)
            assert screen.query_one("#side").display


async def test_the_empty_panel_hint_is_wrapped_not_cut(make_app):
    """At 80 columns the side panel is 32 cells wide: the newcomer's hint is read whole, over lines."""
    from reader.tui.annotation_panel import AnnotationPanel

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        panel = screen.query_one(AnnotationPanel)
        assert not panel.annotations
        lines = [panel.render_line(y).text.strip() for y in range(4)]
        assert "…" not in "".join(lines)
        assert (
            " ".join(line for line in lines if line)
            == "No annotations yet: select text, then press a label key."
        )


def test_a_long_flash_is_shown_whole_and_the_counts_give_way_while_it_shows():
    bar = StatusBar()
    names = ["PERSON", "ORG", "PLACE", "QUANTITY", "DATE", "CLAIM"]
    labels = [Label(n, name, "entity", "#ff0000", str(n)) for n, name in enumerate(names, start=1)]
    bar.position, bar.labels, bar.counts = "1/3", labels, {"ORG": 2}
    bar.save_state = SaveState.SAVED  # as after a change of this session
    hint = "/ search · f status · r review · c claimant · a evidence · v verdict · x export · enter opens"
    bar.message = hint
    standing = bar.render_text(118).plain
    assert "ORG 2" in standing and "…" in standing and len(standing) <= 118  # a hint: the counts stay
    done = "Text replaced: 12 paragraphs, 31 tags moved, 2 tags set aside, 1 set-aside tag back (u undoes)"
    bar.flash_text = done
    busy = bar.render_text(118).plain
    assert busy.startswith("✓ saved  1/3") and done in busy and len(busy) <= 118
    assert bar.render_text(78).plain.endswith("…")  # narrower than the message: cut, never wrapped
    bar.flash_text = ""
    assert bar.render_text(118).plain == standing
