"""Reading view: header, wrapped text with one logical line per paragraph, subheadings, spans.

Also guards the TextArea internals the text view relies on (textual is pinned): if a Textual
release changes them, these tests fail loudly."""

from __future__ import annotations

import inspect

import textual
from pilot_helpers import open_first, seed, settle
from rich.style import Style
from textual.widgets import TextArea

from reader.models import CleanResult
from reader.store import Store
from reader.tui.app import ReaderApp
from reader.tui.text_view import ArticleText


def styles_at(view: ArticleText, y: int, text: str) -> list[Style]:
    """Styles of the rendered segments of row y that hold `text`."""
    strip = view.render_line(y)
    return [seg.style for seg in strip if seg.text and seg.text.strip() and seg.text.strip() in text]


async def test_header_and_text(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        header = str(screen.query_one("#article-header").render())
        s = seed()
        for value in (s["title"], s["byline"], s["dateline"], s["agency"], s["site"], s["published"]):
            assert value in header
        view = screen.view
        assert view.read_only and view.soft_wrap
        assert view.text == s["articleBody"]
        # one logical line per paragraph, blank lines between them
        paragraphs = s["articleBody"].split("\n\n")
        assert view.document.line_count == 2 * len(paragraphs) - 1
        # wrapped to the width: more visual rows than logical lines
        assert view.wrapped_document.height > view.document.line_count
        # the subheading is bold, a body paragraph is not
        row = s["articleBody"].split("\n").index("- Skills transfer -")
        assert view.get_line(row).spans and view.get_line(row).spans[0].style == "bold italic"
        assert not view.get_line(0).spans


def test_textarea_internals_we_rely_on_are_unchanged():
    assert textual.__version__ == "8.2.8", (
        "textual is pinned: re-check reader/tui/text_view.py before upgrading"
    )
    source = inspect.getsource(TextArea._render_line)
    assert "self.get_line(line_index)" in source, "TextArea no longer styles lines from get_line()"
    assert "selection_style" in source
    assert "_line_cache.clear()" in inspect.getsource(TextArea.notify_style_update)


async def test_spans_use_code_point_columns_with_non_ascii_text(tmp_path):
    store = Store(tmp_path / "r.db")
    text = "Café Zürich — 150 € for a coffee.\n\nZürich again."
    store.add_article(CleanResult(text=text, title="Prices"), "raw", None, "text")
    quantity = store.add_annotation(1, "QUANTITY", text.index("150 €"), text.index("150 €") + 5)
    place = store.add_annotation(1, "PLACE", text.index("Zürich", 20), text.index("Zürich", 20) + 6)
    app = ReaderApp(store, "alice", session=False)
    app.cursor_blink = False
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        view = screen.view
        line = view.get_line(0)
        spans = [(line.plain[s.start : s.end], s.style) for s in line.spans]
        assert spans[0][0] == "150 €"
        assert spans[0][1].bgcolor.name == "#d19a66"
        line2 = view.get_line(2)
        assert [line2.plain[s.start : s.end] for s in line2.spans] == ["Zürich"]
        # what reaches the screen: the highlighted cells hold exactly "150 €"
        strip = view.render_line(0)
        coloured = "".join(
            seg.text
            for seg in strip
            if seg.style and seg.style.bgcolor and seg.style.bgcolor.name == "#d19a66"
        )
        assert coloured == "150 €"
        # offsets: TextArea locations are code points
        assert view.offset_of((0, 18)) == text.index("€")
        # a span change reaches the rendered line (the line cache is cleared)
        store.delete_annotation(quantity.id)
        screen.refresh_annotations()
        strip = view.render_line(0)
        assert not any(
            seg.style and seg.style.bgcolor and seg.style.bgcolor.name == "#d19a66" for seg in strip
        )
        assert place.id in [a.id for a in screen.annotations]
    store.close()


async def test_nested_spans_and_focus_are_distinguishable(make_app, seeded):
    text = seeded.get_article(1).text
    from pilot_helpers import CLAIM, offsets

    cs, ce = offsets(text, CLAIM)
    qs, qe = offsets(text, "150 Chinese experts")
    claim = seeded.add_annotation(1, "CLAIM", cs, ce)
    quantity = seeded.add_annotation(1, "QUANTITY", qs, qe)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        row = text[:cs].count("\n")
        line = screen.view.get_line(row)
        by_text = {line.plain[s.start : s.end]: s.style for s in line.spans}
        assert by_text[CLAIM].underline  # the outer span stays marked under the inner one
        assert by_text["150 Chinese experts"].bgcolor.name == "#d19a66"
        screen.set_focus_annotation(quantity.id)
        line = screen.view.get_line(row)
        focused = [s for s in line.spans if s.style.reverse]
        assert [line.plain[s.start : s.end] for s in focused] == ["150 Chinese experts"]
        assert claim.id != quantity.id


async def test_selection_is_reversed_so_spans_do_not_hide_it(make_app):
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first(pilot)
        await settle(pilot)
        assert screen.view.get_component_rich_style("text-area--selection").reverse
