"""Opening an article fast: the app keeps a blank reading screen composed and laid out off screen
(ReaderApp.prepare_reading), opening loads the article into it, and each screen shows one article.

Also guards the Textual internals this relies on (textual is pinned)."""

from __future__ import annotations

import hashlib
import inspect

from pilot_helpers import offsets, seed, settle
from textual.app import App
from textual.document._wrapped_document import WrappedDocument
from textual.screen import Screen
from textual.widgets import TextArea

from reader.models import CleanResult
from reader.store import Store
from reader.tui.annotation_panel import AnnotationPanel
from reader.tui.app import ReaderApp
from reader.tui.reading import ReadingScreen


async def spare_ready(pilot) -> ReadingScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    spare = pilot.app._spare_reading
    assert isinstance(spare, ReadingScreen) and spare.blank and spare.is_mounted
    assert spare not in pilot.app.screen_stack
    return spare


async def test_the_library_prepares_a_blank_reading_screen_and_opening_uses_it(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        spare = await spare_ready(pilot)
        # laid out off screen at the terminal's size: the text has its final width already
        assert spare.view.size.width > 0 and spare.view.wrap_width > 0
        assert spare.query_one(AnnotationPanel).size.height > 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is spare and not spare.blank
        assert spare.article_id == 1 and spare.view.text == seed()["articleBody"]
        assert seed()["title"] in str(spare.query_one("#article-header").render())
        assert len(spare.annotations) == len(app.store.annotations(1))
        assert spare.focused is spare.view
        assert app._spare_reading is None  # used once
        await pilot.press("escape")
        spare2 = await spare_ready(pilot)  # back in the library: the next one is prepared
        assert spare2 is not spare and not spare.is_attached


async def test_the_text_is_wrapped_once_when_opened(make_app, monkeypatch):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await spare_ready(pilot)
        widths: list[int] = []
        original = WrappedDocument.wrap

        def wrap(self, width, tab_width=None):  # type: ignore[no-untyped-def]
            if len(self.document.text) > 1000:
                widths.append(width)
            original(self, width, tab_width)

        monkeypatch.setattr(WrappedDocument, "wrap", wrap)
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.view
        assert widths == [view.wrap_width]
        assert view.wrapped_document.height > view.document.line_count  # really wrapped


async def test_a_resize_while_the_screen_waits_is_taken_into_account(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await spare_ready(pilot)
        await pilot.resize_terminal(90, 30)
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen.view
        assert app.screen.has_class("-narrow")
        assert view.size.width < 70
        assert view.wrapped_document._width == view.wrap_width  # noqa: SLF001


async def test_without_a_prepared_screen_opening_still_works(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        spare = await spare_ready(pilot)
        app._spare_reading = None  # as if the library had not been idle yet
        app.open_article(2)
        await pilot.pause()
        assert isinstance(app.screen, ReadingScreen) and app.screen is not spare
        assert app.screen.view.text.startswith("Café Zürich")
        await settle(pilot)
        assert app.screen.view.wrapped_document._width == app.screen.view.wrap_width  # noqa: SLF001


async def test_switching_articles_leaks_no_state(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await spare_ready(pilot)
        await pilot.press("enter")
        await settle(pilot)
        first = app.screen
        assert isinstance(first, ReadingScreen)
        # leave the first article in a particular state
        s, e = offsets(first.text, "Battery Valley")
        first.view.select_offsets(s, e)
        first.view.scroll_to(y=30, animate=False)
        await pilot.press("g")  # suggestions on
        await settle(pilot)
        await pilot.press("tab")  # the annotation panel takes the focus
        await pilot.pause()
        assert first.show_suggestions and first.query_one(AnnotationPanel).has_focus
        await pilot.press("escape", "down", "enter")  # back, next article
        await settle(pilot)
        second = app.screen
        assert isinstance(second, ReadingScreen) and second is not first
        assert second.article_id == 2
        assert second.view.text.startswith("Café Zürich")
        assert "Zurich prices" in str(second.query_one("#article-header").render())
        assert "2/3" in second.query_one("#status").render_text().plain
        assert second.view.selected_span == (0, 0) and second.view.scroll_offset.y == 0
        assert not second.show_suggestions and second.suggestions == [] and second.view.suggestions == []
        assert second.focused is second.view and second.focused_id is None
        assert second.view.history.undo_stack == []  # TextArea's own edit history
        assert {a.article_id for a in second.annotations} <= {2}
        assert all(span.id in {a.id for a in second.annotations} for span in second.view.spans)


async def test_a_long_article_opens_with_every_annotation_drawn(tmp_path):
    store = Store(tmp_path / "r.db")
    paragraphs = [" ".join(f"word{p}x{w}" for w in range(80)) for p in range(60)]
    text = "\n\n".join(paragraphs)
    aid = store.add_article(CleanResult(text=text, title="Long one"), "raw", "long.html", "text").article_id
    starts = [text.index(f"word{p}x5 ") for p in range(60)]
    for s in starts:
        store.add_annotation(aid, "PERSON", s, s + len(text[s:].split(" ")[0]))
    app = ReaderApp(store, "alice", session=False)
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        await spare_ready(pilot)
        app.open_article(aid)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReadingScreen)
        assert len(screen.annotations) == 60 and len(screen.view.spans) == 60
        assert screen.query_one(AnnotationPanel).annotation_ids == [a.id for a in screen.annotations]
        # each paragraph's annotation is drawn in the label's colour (first and last)
        colour = next(lab.colour for lab in store.labels() if lab.name == "PERSON")
        for row in (0, 2 * 59):
            line = screen.view.get_line(row)
            drawn = [line.plain[s.start : s.end] for s in line.spans if s.style.bgcolor.name == colour]
            assert drawn == [f"word{row // 2}x5"]
    store.close()


def test_textual_internals_used_to_prepare_a_screen_are_unchanged():
    # ReaderApp.prepare_reading registers a screen the way push_screen does ...
    assert "self._register(self, _screen)" in inspect.getsource(App._get_screen)
    assert "_get_screen(screen)" in inspect.getsource(App.push_screen)
    # ... and ReadingScreen.on_idle lays it out with Screen._refresh_layout(size)
    params = list(inspect.signature(Screen._refresh_layout).parameters)
    assert params[:2] == ["self", "size"]
    assert "self._layout_required" in inspect.getsource(Screen._on_timer_update)
    # ... and starts its refresh timer, which pauses itself on each tick
    assert isinstance(Screen.__dict__["_update_timer"], property)
    assert "self._update_timer.pause()" in inspect.getsource(Screen._on_timer_update)
    # resuming a screen already laid out at the app's size does not lay it out again
    assert "if self._size != size:" in inspect.getsource(Screen._on_screen_resume)
    # ArticleText._set_document copies the plain-text path of this exact method
    digest = hashlib.sha256(inspect.getsource(TextArea._set_document).encode()).hexdigest()[:16]
    assert digest == "3bea23d1becf9f80", "TextArea._set_document changed: re-check ArticleText._set_document"
    # ArticleText skips rewraps when the width is the same; TextArea rewraps on these
    assert "_rewrap_and_refresh_virtual_size" in inspect.getsource(TextArea._on_resize)
    assert "_rewrap_and_refresh_virtual_size" in inspect.getsource(TextArea._watch_show_vertical_scrollbar)
    assert "self._width = width" in inspect.getsource(WrappedDocument.wrap)


async def test_a_theme_change_while_the_screen_waits_is_taken_into_account(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        spare = await spare_ready(pilot)
        before = spare.query_one("#status").styles.background
        app.theme = "textual-light" if app.current_theme.dark else "textual-dark"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is spare
        selectors = ("#status", "#article-header", "#annotations", "#text", "Footer")
        shown = {sel: spare.query_one(sel).styles.background for sel in selectors}
        first_row = spare.view.render_line(0)
        assert shown["#status"] != before
        # the same colours as a screen composed after the change
        await pilot.press("escape")
        await pilot.pause()
        app._spare_reading = None
        app.open_article(1)
        await settle(pilot)
        fresh = app.screen
        assert fresh is not spare and isinstance(fresh, ReadingScreen)
        assert {sel: fresh.query_one(sel).styles.background for sel in selectors} == shown
        assert list(fresh.view.render_line(0)) == list(first_row)
