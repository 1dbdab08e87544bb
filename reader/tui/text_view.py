"""The article text: a read-only, soft-wrapped TextArea that draws annotations as coloured spans.

Spans are added in `get_line` (the hook TextArea documents for extra styling), in code-point
columns, so no byte offsets are involved. Changing the spans clears TextArea's line cache through
`notify_style_update()`; tests/tui/test_reading.py fails loudly if that stops working in a new
Textual release (textual is pinned)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from reader.models import Annotation
from reader.tui.selection import is_subheading

_INK = "#1a1a1a"  # dark text on the light label colours, readable under every theme


@dataclass
class Span:
    id: int
    start: int
    end: int
    colour: str
    label: str


class ArticleText(TextArea):
    """Read-only text with annotation spans. Offsets in and out are article code-point offsets."""

    BINDINGS = [
        # TextArea's own undo/redo edit the (read-only) document: send them to the screen instead.
        Binding("ctrl+z", "screen.undo", "Undo", show=False),
        Binding("ctrl+y", "screen.redo", "Redo", show=False),
    ]

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(
            text,
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
        self._line_starts: list[int] = [0]
        self._index_lines()

    # -- offsets --------------------------------------------------------------------------------

    def _index_lines(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    def load(self, text: str) -> None:
        self.load_text(text)
        self._index_lines()

    def offset_of(self, location: tuple[int, int]) -> int:
        return self.document.get_index_from_location(location)

    def location_of(self, offset: int) -> tuple[int, int]:
        return self.document.get_location_from_index(offset)

    @property
    def cursor_offset(self) -> int:
        return self.offset_of(self.selection.end)

    @property
    def selected_span(self) -> tuple[int, int]:
        a, b = self.offset_of(self.selection.start), self.offset_of(self.selection.end)
        return (a, b) if a <= b else (b, a)

    def select_offsets(self, start: int, end: int) -> None:
        """Select [start, end) with the cursor at end."""
        self.selection = Selection(self.location_of(start), self.location_of(end))
        self.scroll_cursor_visible()

    def move_to(self, offset: int, extend: bool = False) -> None:
        loc = self.location_of(max(0, min(offset, len(self.text))))
        if extend:
            self.selection = Selection(self.selection.start, loc)
        else:
            self.selection = Selection(loc, loc)
        self.scroll_cursor_visible()

    # -- spans ----------------------------------------------------------------------------------

    def set_spans(self, annotations: list[Annotation], colours: dict[str, str], focused_id: int | None) -> None:
        self.spans = [Span(a.id, a.start, a.end, colours.get(a.label, "#888888"), a.label) for a in annotations]
        self.focused_id = focused_id
        self.restyle()

    def set_focused(self, focused_id: int | None) -> None:
        if focused_id != self.focused_id:
            self.focused_id = focused_id
            self.restyle()

    def set_suggestions(self, spans: list[Span], focused: int | None) -> None:
        self.suggestions = spans
        self.focused_suggestion = focused
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
        if not (self.spans or self.suggestions) or line_index >= len(self._line_starts):
            return line
        ls = self._line_starts[line_index]
        le = ls + len(plain)
        # Suggestions first: dim, underlined, in the label colour; the focused one bold, italic
        # and not dim. Stored annotations are drawn over them with their background fill.
        for n, span in enumerate(self.suggestions):
            if span.start < le and span.end > ls:
                a, b = max(span.start, ls) - ls, min(span.end, le) - ls
                if n == self.focused_suggestion:
                    style = Style(color=span.colour, underline=True, bold=True, italic=True)
                else:
                    style = Style(color=span.colour, underline=True, dim=True)
                line.stylize(style, a, b)
        # Outer (longer) spans first, so nested ones are drawn on top with their own colour.
        visible = [s for s in self.spans if s.start < le and s.end > ls]
        visible.sort(key=lambda s: (-(s.end - s.start), s.start))
        for _n, span in enumerate(visible):
            a, b = max(span.start, ls) - ls, min(span.end, le) - ls
            style = Style(bgcolor=span.colour, color=_INK)
            # A span that holds another keeps an underline where the inner one covers it.
            if any(o is not span and o.start >= span.start and o.end <= span.end for o in visible):
                style += Style(underline=True)
            line.stylize(style, a, b)
        for span in visible:
            if span.id == self.focused_id:
                a, b = max(span.start, ls) - ls, min(span.end, le) - ls
                line.stylize(Style(reverse=True, bold=True), a, b)
        return line
