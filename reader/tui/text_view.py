"""The article text: a read-only, soft-wrapped TextArea that draws annotations as coloured spans.

Spans are added in `get_line` (the hook TextArea documents for extra styling), in code-point
columns, so no byte offsets are involved. Changing the spans clears TextArea's line cache through
`notify_style_update()`; tests/tui/test_reading.py fails loudly if that stops working in a new
Textual release (textual is pinned).

The stored text is never drawn as is: `display_text` swaps every control, bidi and zero-width
character for one visible code point (a control picture or U+FFFD) and a tab for a space, so
nothing reaches the terminal raw and every code-point offset (annotations, selections) is
unchanged."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.document._document import Document
from textual.document._document_navigator import DocumentNavigator
from textual.document._wrapped_document import WrappedDocument
from textual.geometry import Offset
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from reader.models import Annotation
from reader.tui.layers import other_tag_style
from reader.tui.selection import is_subheading, next_word_start, prev_word_start, word_starts

_INK = "#1a1a1a"  # dark text on the light label colours, readable under every theme
# Find matches, drawn over the annotations: every match in yellow, the one at the cursor in orange.
_FIND_MATCH = Style(bgcolor="#ffe066", color=_INK, underline=True)
_FIND_CURRENT = Style(bgcolor="#ff8c1a", color=_INK, bold=True, underline=True)


def _display_table() -> dict[int, str]:
    table: dict[int, str] = {
        c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)
    }  # C0: ␀ ␁ … ␛ …
    table[0x09] = " "  # a tab: one cell, so columns and offsets stay one per code point
    table[0x7F] = "\u2421"  # DEL: ␡
    for c in range(0x80, 0xA0):  # C1 (with NEL, which str.splitlines would break on)
        table[c] = "\ufffd"
    for c in (
        0x200B,
        0x200E,
        0x200F,
        0x061C,
        0xFEFF,
        0x2060,
        0x180E,  # zero-width, marks
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),  # bidi embeddings, overrides, isolates
        0x2028,
        0x2029,  # line / paragraph separators: str.splitlines breaks on them
    ):
        table[c] = "\ufffd"
    return table  # ZWJ / ZWNJ (U+200D, U+200C) are kept: scripts and emoji need them


_DISPLAY = _display_table()
# Any character the table changes: most articles have none, and a search is 15 times faster
# than str.translate with a dict (0.3 ms against 5 ms for 10,000 words).
_UNSAFE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DISPLAY)) + "]")

# Whole terminal escape sequences (7-bit and 8-bit introducers): CSI, the string commands OSC,
# DCS, SOS, PM, APC (ended by BEL or ST within one line), and two-character escapes. Their
# payload is hidden too, not only the ESC, so no `]52;…` or `]8;;https://…` is left readable. An
# unended string command is not one: only its introducer is replaced and the text after it stays.
_ESCAPES = re.compile(
    "(?:\x1b\\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    "|(?:\x1b[\\]P_^X]|[\x9d\x90\x9f\x9e\x98])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x9c|\x1b\\\\)"
    "|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)
_INTRODUCERS = re.compile("[\x1b\x9b\x9d\x90\x9f\x9e\x98]")


def _hide_escape(match: re.Match[str]) -> str:
    return "\u241b" + "\ufffd" * (len(match.group()) - 1)  # ␛ then one � per code point


def display_text(text: str) -> str:
    """`text` safe to draw: each control, bidi or zero-width character becomes one visible code
    point (an escape sequence becomes ␛ and one � per code point of its payload), so the result
    has the same length and the same offsets as `text`."""
    if _UNSAFE.search(text) is None:
        return text
    if _INTRODUCERS.search(text):
        text = _ESCAPES.sub(_hide_escape, text)
    return text.translate(_DISPLAY)


class _WrappedDocument(WrappedDocument):
    """WrappedDocument whose height is counted once: Textual sums every line's wrap offsets each
    time, and TextArea asks for the height for every row it draws (on a 100,000-word article that
    was 3 ms a row, 90 ms a keypress). One entry of _offset_to_line_info per wrapped row, kept by
    wrap() and wrap_range(); tests/tui/test_find.py checks it equals the sum."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)


@dataclass
class Span:
    id: int
    start: int
    end: int
    colour: str
    label: str
    fill: str | None = None  # a colleague's tag: their fill (reader.tui.layers); None: yours


class ArticleText(TextArea):
    """Read-only text with annotation spans. Offsets in and out are article code-point offsets."""

    BINDINGS = [
        # TextArea's own undo/redo edit the (read-only) document: send them to the screen instead.
        Binding("ctrl+z", "screen.undo", "Undo", show=False),
        Binding("ctrl+y", "screen.redo", "Redo", show=False),
    ]

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(
            display_text(text),
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            highlight_cursor_line=False,
            **kwargs,  # type: ignore[arg-type]
        )
        self.spans: list[Span] = []
        self.focused_id: int | None = None
        # Suggestions (not stored yet): drawn as underlined text in the label colour, no fill.
        self.suggestions: list[Span] = []
        self.focused_suggestion: int | None = None  # index into suggestions
        # Find in the article (reading.find): every match, and the current one, drawn on top.
        self.find_matches: list[tuple[int, int]] = []
        self.find_current: int | None = None  # index into find_matches
        self._line_finds: dict[int, list[int]] = {}
        self._line_starts: list[int] = [0]
        self._line_spans: dict[int, list[Span]] = {}  # spans crossing each line, outer ones first
        self._line_suggestions: dict[int, list[tuple[int, Span]]] = {}
        self._starts_cache: tuple[object, list[int], int] | None = None
        self._index_lines()

    # -- offsets --------------------------------------------------------------------------------

    def _index_lines(self) -> None:
        text = self.text
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._line_starts = starts
        self._bucket_spans()
        self._bucket_suggestions()
        self._bucket_finds()

    # -- word moves: to the start of the next / previous word, punctuation skipped ------------------

    def _word_starts(self) -> tuple[list[int], int]:
        """Word starts and the text length, computed once per document."""
        if self._starts_cache is None or self._starts_cache[0] is not self.document:
            text = self.text
            self._starts_cache = (self.document, word_starts(text), len(text))
        return self._starts_cache[1], self._starts_cache[2]

    def action_cursor_word_right(self, select: bool = False) -> None:
        starts, length = self._word_starts()
        self.move_to(next_word_start(starts, self.cursor_offset, length), extend=select)

    def action_cursor_word_left(self, select: bool = False) -> None:
        self.move_to(prev_word_start(self._word_starts()[0], self.cursor_offset), extend=select)

    # -- wrapping: once per document and width --------------------------------------------------

    def _wrapped_width(self) -> int | None:
        return getattr(self.wrapped_document, "_width", None)

    def _set_document(self, text: str, language: str | None) -> None:
        """TextArea._set_document for plain text (the only kind here), with the wrapped document
        built at the current width at once: TextArea builds it unwrapped and then wraps it again,
        a whole pass over the text for nothing. (tests/tui/test_open_ahead.py pins the original.)"""
        if language:
            super()._set_document(text, language)
            return
        self._highlight_query = None
        self.document = Document(text)
        self.wrapped_document = _WrappedDocument(self.document, self.wrap_width, self.indent_width)
        self.navigator = DocumentNavigator(self.wrapped_document)
        self._build_highlight_map()
        self.move_cursor((0, 0))
        self._line_cache.clear()
        self._refresh_size()

    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]  # Textual passes the event; its stub declares none
        # TextArea rewraps the whole document on every Resize, also when only the height or the
        # container changed; the wrap depends on the width alone.
        if self.wrap_width == self._wrapped_width():
            event.prevent_default()
        else:  # rewrapped (after this handler): the cursor's row moved, so bring it back into view
            self.call_after_refresh(self.reveal)

    def _watch_show_vertical_scrollbar(self) -> None:
        # TextArea rewraps whenever the scrollbar is shown or hidden, even when the wrap width
        # stays the same (styles.tcss keeps the scrollbar shown: it never changes the width).
        if self.wrap_width != self._wrapped_width():
            self._rewrap_and_refresh_virtual_size()
        self.scroll_cursor_visible()

    def load(self, text: str) -> None:
        """Show the stored `text` (drawn through `display_text`: same offsets)."""
        self.load_text(display_text(text))
        self._index_lines()

    def _text_document(self) -> Document:
        """The document (TextArea types it as any DocumentBase; a text view always holds a Document)."""
        document = self.document
        assert isinstance(document, Document)
        return document

    def offset_of(self, location: tuple[int, int]) -> int:
        return self._text_document().get_index_from_location(location)

    def location_of(self, offset: int) -> tuple[int, int]:
        return self._text_document().get_location_from_index(offset)

    @property
    def cursor_offset(self) -> int:
        return self.offset_of(self.selection.end)

    @property
    def selected_span(self) -> tuple[int, int]:
        a, b = self.offset_of(self.selection.start), self.offset_of(self.selection.end)
        return (a, b) if a <= b else (b, a)

    def reading_offset(self) -> int:
        """Where the journalist is reading: the selection's start when the cursor is on screen,
        else the first character shown (the wheel or the scroll bar moved the text, not the cursor)."""
        height = self.scrollable_content_region.height
        top = self.scroll_offset.y
        y = self.wrapped_document.location_to_offset(self.cursor_location).y
        if height <= 0 or top <= y < top + height:
            return self.selected_span[0]
        return self.offset_of(self.wrapped_document.offset_to_location(Offset(0, top)))

    def select_offsets(self, start: int, end: int) -> None:
        """Select [start, end) with the cursor at end."""
        self.selection = Selection(self.location_of(start), self.location_of(end))
        self.reveal()

    def move_to(self, offset: int, extend: bool = False, center: bool = False) -> None:
        """Put the cursor at offset (extend: keep the selection's other end). center: a jump (to
        an annotation, a sentence, a paragraph): bring the cursor to the middle of the view unless
        it is already comfortably inside it."""
        loc = self.location_of(max(0, min(offset, self._word_starts()[1])))
        if extend:
            self.selection = Selection(self.selection.start, loc)
        else:
            self.selection = Selection(loc, loc)
        if center:
            self.reveal()
        else:
            self.scroll_cursor_visible()

    def reveal(self) -> None:
        """Centre the cursor in the view when it is outside it or within a few lines of an edge."""
        height = self.scrollable_content_region.height
        if height <= 0:
            self.call_after_refresh(self.reveal)
            return
        y = self.wrapped_document.location_to_offset(self.cursor_location).y
        top = self.scroll_offset.y
        margin = max(1, height // 4)  # the outer quarters count as an edge
        if y < top + margin or y > top + height - 1 - margin:
            self.scroll_cursor_visible(center=True)
        else:
            self.scroll_cursor_visible()

    # -- spans ----------------------------------------------------------------------------------

    def set_spans(
        self,
        annotations: list[Annotation],
        colours: dict[str, str],
        focused_id: int | None,
        others: dict[str, str] | None = None,
    ) -> None:
        """others: each colleague's fill (reader.tui.layers); their tags are drawn apart from yours."""
        fills = others or {}
        self.spans = [
            Span(a.id, a.start, a.end, colours.get(a.label, "#888888"), a.label, fills.get(a.annotator or ""))
            for a in annotations
        ]
        self.focused_id = focused_id
        self._bucket_spans()
        self.restyle()

    def _lines_of(self, start: int, end: int) -> range:
        """The lines a span [start, end) touches."""
        first = bisect_right(self._line_starts, start) - 1
        last = bisect_right(self._line_starts, max(start, end - 1)) - 1
        return range(max(0, first), last + 1)

    def _bucket_spans(self) -> None:
        """Index the spans by line once, so drawing a line looks only at its own spans."""
        buckets: dict[int, list[Span]] = {}
        # Outer (longer) spans first, so nested ones are drawn on top with their own colour.
        for span in sorted(self.spans, key=lambda s: (-(s.end - s.start), s.start)):
            for line in self._lines_of(span.start, span.end):
                buckets.setdefault(line, []).append(span)
        self._line_spans = buckets

    def _bucket_suggestions(self) -> None:
        buckets: dict[int, list[tuple[int, Span]]] = {}
        for n, span in enumerate(self.suggestions):
            for line in self._lines_of(span.start, span.end):
                buckets.setdefault(line, []).append((n, span))
        self._line_suggestions = buckets

    def _bucket_finds(self) -> None:
        buckets: dict[int, list[int]] = {}
        for n, (start, end) in enumerate(self.find_matches):
            for line in self._lines_of(start, end):
                buckets.setdefault(line, []).append(n)
        self._line_finds = buckets

    def set_find(self, matches: list[tuple[int, int]], current: int | None) -> None:
        """Highlight the matches of a find (none: no highlight), `current` the one at the cursor."""
        if matches is not self.find_matches:
            self.find_matches = matches
            self._bucket_finds()
        self.find_current = current
        self.restyle()

    def set_focused(self, focused_id: int | None) -> None:
        if focused_id != self.focused_id:
            self.focused_id = focused_id
            self.restyle()

    def set_suggestions(self, spans: list[Span], focused: int | None) -> None:
        self.suggestions = spans
        self.focused_suggestion = focused
        self._bucket_suggestions()
        self.restyle()

    def set_focused_suggestion(self, focused: int | None) -> None:
        if focused != self.focused_suggestion:
            self.focused_suggestion = focused
            self.restyle()

    def restyle(self) -> None:
        self.notify_style_update()  # clears TextArea's rendered-line cache
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        plain = line.plain
        if is_subheading(plain):
            line.stylize("bold italic")
        if not (self.spans or self.suggestions or self.find_matches) or line_index >= len(self._line_starts):
            return line
        ls = self._line_starts[line_index]
        le = ls + len(plain)
        # Suggestions first: dim, underlined, in the label colour; the focused one bold, italic
        # and not dim. Stored annotations are drawn over them with their background fill.
        for n, span in self._line_suggestions.get(line_index, ()):
            if span.start < le and span.end > ls:
                a, b = max(span.start, ls) - ls, min(span.end, le) - ls
                if n == self.focused_suggestion:
                    style = Style(color=span.colour, underline=True, bold=True, italic=True)
                else:
                    style = Style(color=span.colour, underline=True, dim=True)
                line.stylize(style, a, b)
        # Outer (longer) spans first (the bucket's order), so nested ones are drawn on top.
        visible = [s for s in self._line_spans.get(line_index, ()) if s.start < le and s.end > ls]
        for _n, span in enumerate(visible):
            a, b = max(span.start, ls) - ls, min(span.end, le) - ls
            if span.fill is not None:  # a colleague's: the label's colour on their dark fill
                line.stylize(other_tag_style(span.colour, span.fill), a, b)
                continue
            style = Style(bgcolor=span.colour, color=_INK)
            # A span that holds another keeps an underline where the inner one covers it.
            if any(o is not span and o.start >= span.start and o.end <= span.end for o in visible):
                style += Style(underline=True)
            line.stylize(style, a, b)
        for span in visible:
            if span.id == self.focused_id:
                a, b = max(span.start, ls) - ls, min(span.end, le) - ls
                line.stylize(Style(reverse=True, bold=True), a, b)
        for n in self._line_finds.get(line_index, ()):
            start, end = self.find_matches[n]
            a, b = max(start, ls) - ls, min(end, le) - ls
            if n == self.find_current:
                line.stylize(_FIND_CURRENT, a, b)
            else:
                line.stylize(_FIND_MATCH, a, b)
        return line
