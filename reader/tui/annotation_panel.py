"""The side panel: the article's annotations in text order, and the label legend."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from reader.models import Annotation, Label
from reader.tui.layers import name_style, others_legend
from reader.tui.safe import clean, shorten


def legend_text(labels: list[Label], width: int | None = None) -> Text:
    """The keyed labels in two columns, the first as wide as the longest name (fits the 80-column
    panel); one column when `width` is narrower than a row of two (a 60-column terminal)."""
    out = Text(no_wrap=True, overflow="ellipsis")
    keyed = [label for label in labels if label.hotkey]
    widest = max((len(clean(label.name)[:12]) for label in keyed), default=0)
    columns = 1 if width and 2 * widest + 13 > width else 2
    for n, label in enumerate(keyed):
        out.append(f" {clean(label.hotkey)} ", "bold reverse")
        out.append(" ")
        name = clean(label.name)[:12]
        out.append(f" {name} ", style=f"#1a1a1a on {label.colour}")
        if n + 1 == len(keyed):
            break
        if n % columns < columns - 1:
            out.append(" " * (widest + 1 - len(name)))
        else:
            out.append("\n")
    return out


class Legend(Static):
    """The labels and their keys; with everyone's tags shown (T), who each colleague's colour is."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.labels: list[Label] = []
        self.others: dict[str, str] = {}
        self._drawn_width = 0

    def set_labels(self, labels: list[Label]) -> None:
        self.labels = labels
        self._draw()

    def set_others(self, others: dict[str, str]) -> None:
        if others != self.others:
            self.others = dict(others)
            self._draw()

    def on_resize(self) -> None:
        if self.content_region.width != self._drawn_width:
            self._draw()

    def _draw(self) -> None:
        self._drawn_width = self.content_region.width
        out = legend_text(self.labels, self._drawn_width or None)
        if self.others:
            out.append("\n")
            out.append_text(others_legend(self.others))
        self.update(out)


_EMPTY_HINT = "No annotations yet: select text, then press a label key."


class AnnotationPanel(ScrollView, can_focus=True):
    """Annotations in text order, drawn lazily: only the visible rows are rendered.

    Each entry takes a fixed number of rows known without rendering it (the label and text on one
    row, cut to the width; a row for a claim's status; a row for the note), so 500 annotations cost
    a list of row offsets, not 500 rendered options. Highlighting one (keyboard or mouse) while the
    panel has focus focuses it in the text; enter edits it."""

    COMPONENT_CLASSES = {
        "annotation-panel--highlighted",
        "annotation-panel--highlighted-blurred",
        "annotation-panel--empty",
    }

    DEFAULT_CSS = """
    AnnotationPanel {
        height: 1fr;
        color: $foreground;
        background: $surface;
        padding: 0 1;
        overflow-x: hidden;
    }
    AnnotationPanel:focus { background-tint: $foreground 5%; }
    AnnotationPanel > .annotation-panel--highlighted {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    AnnotationPanel > .annotation-panel--highlighted-blurred {
        color: $foreground;
        background: $block-cursor-blurred-background;
    }
    AnnotationPanel > .annotation-panel--empty { color: $text-disabled; text-style: italic; }
    """

    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("enter", "select", "Edit", show=False),
        Binding("x,delete", "screen.delete_annotation", "Delete", show=False),
    ]

    @dataclass
    class Chosen(Message):
        annotation_id: int
        edit: bool

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.annotations: list[Annotation] = []
        self.me: str | None = None  # the annotator at the keyboard: others' tags carry their name
        self.others: dict[str, str] = {}  # each colleague's fill (reader.tui.layers)
        self.annotation_ids: list[int] = []
        self.colours: dict[str, str] = {}
        self.highlighted: int | None = None
        self._tops: list[int] = [0]  # first row of each entry, then the total row count
        # Said when nothing is listed though colleagues tagged the article (their layers hidden).
        self.empty_hint = ""
        self._cache: dict[tuple, list[Text]] = {}  # the rows of one entry, by what they show

    # -- data -----------------------------------------------------------------------------------

    def set_annotations(
        self, annotations: list[Annotation], colours: dict[str, str], focused: int | None
    ) -> None:
        self.annotations = list(annotations)
        self.annotation_ids = [a.id for a in annotations]
        self.colours = colours
        tops = [0]
        for a in annotations:
            tops.append(tops[-1] + entry_height(a))
        self._tops = tops
        if len(self._cache) > 4 * len(annotations) + 100:
            self._cache.clear()
        if self.highlighted is not None and self.highlighted >= len(annotations):
            self.highlighted = len(annotations) - 1 if annotations else None
        self.virtual_size = Size(self.scrollable_content_region.width, max(1, tops[-1]) if annotations else 1)
        self.refresh()
        self.show_focused(focused)

    def show_focused(self, annotation_id: int | None) -> None:
        """Highlight this annotation's entry and scroll it into view (no message is sent)."""
        if annotation_id in self.annotation_ids:
            self._highlight(self.annotation_ids.index(annotation_id), announce=False)  # type: ignore[arg-type]

    def prompt_at(self, index: int) -> Text:
        """The text of entry `index` as the panel shows it (all its rows)."""
        return Text("\n").join(self._rows(index, 10_000))

    def _rows(self, index: int, width: int) -> list[Text]:
        ann = self.annotations[index]
        colour = self.colours.get(ann.label, "#888888")
        key = (
            ann.id,
            ann.label,
            ann.text,
            ann.note,
            ann.kind,
            ann.claim_status,
            ann.claimant,
            len(ann.quantity_ids or ()),
            colour,
            width,
            self.me,
            ann.annotator,
            self.others.get(ann.annotator or ""),
        )
        rows = self._cache.get(key)
        if rows is None:
            rows = entry_rows(ann, colour, width, me=self.me, fill=self.others.get(ann.annotator or ""))
            self._cache[key] = rows
        return rows

    # -- drawing --------------------------------------------------------------------------------

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, max(1, self._tops[-1]))

    def _entry_at_row(self, row: int) -> int | None:
        if not self.annotations or row < 0 or row >= self._tops[-1]:
            return None
        return bisect_right(self._tops, row) - 1

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = self.scroll_offset.y + y
        console = self.app.console
        if not self.annotations:
            # Wrapped, not cut: the hint is the first thing a newcomer reads in a narrow panel.
            hint = Text(self.empty_hint or _EMPTY_HINT).wrap(console, max(1, width))
            if row < len(hint):
                style = base + self.get_component_rich_style("annotation-panel--empty")
                line = hint[row]
                line.truncate(width, overflow="ellipsis", pad=True)
                return Strip(line.render(console), width).apply_style(style)
            return Strip.blank(width, base)
        index = self._entry_at_row(row)
        if index is None:
            return Strip.blank(width, base)
        style = base
        if index == self.highlighted:
            name = (
                "annotation-panel--highlighted" if self.has_focus else "annotation-panel--highlighted-blurred"
            )
            style = base + self.get_component_rich_style(name)
        line = self._rows(index, width)[row - self._tops[index]]
        return Strip(line.render(console), width).apply_style(style)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- cursor ---------------------------------------------------------------------------------

    def _highlight(self, index: int | None, announce: bool = True) -> None:
        if index is not None:
            if not self.annotations:
                return
            index = max(0, min(len(self.annotations) - 1, index))
        self.highlighted = index
        self.refresh()
        if index is None:
            return
        top, bottom = self._tops[index], self._tops[index + 1]
        height = max(1, self.scrollable_content_region.height)
        y = self.scroll_offset.y
        if top < y:
            self.scroll_to(y=top, animate=False, immediate=True)
        elif bottom > y + height:
            self.scroll_to(y=max(top, bottom - height), animate=False, immediate=True)
        if announce and self.has_focus:
            self.post_message(self.Chosen(self.annotation_ids[index], edit=False))

    def _move(self, delta: int) -> None:
        if self.annotations:
            start = (
                self.highlighted
                if self.highlighted is not None
                else (-1 if delta > 0 else len(self.annotations))
            )
            self._highlight(start + delta)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_first(self) -> None:
        self._highlight(0)

    def action_last(self) -> None:
        self._highlight(len(self.annotations) - 1)

    def _page_entries(self) -> int:
        height = max(1, self.scrollable_content_region.height)
        if self.highlighted is None or not self.annotations:
            return 1
        rows = self._tops[self.highlighted]
        target = self._entry_at_row(min(self._tops[-1] - 1, rows + height - 1))
        return max(1, (target or 0) - self.highlighted)

    def action_page_up(self) -> None:
        if self.highlighted is None or not self.annotations:
            return
        height = max(1, self.scrollable_content_region.height)
        target = self._entry_at_row(max(0, self._tops[self.highlighted] - height + 1)) or 0
        self._highlight(min(target, self.highlighted - 1))

    def action_page_down(self) -> None:
        self._move(self._page_entries())

    def action_select(self) -> None:
        if self.highlighted is not None and self.annotations:
            self.post_message(self.Chosen(self.annotation_ids[self.highlighted], edit=True))

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        index = self._entry_at_row(self.scroll_offset.y + event.y)
        if index is None:
            return
        if index == self.highlighted and event.chain >= 2:
            self.action_select()
            return
        self._highlight(index)


def entry_height(ann: Annotation) -> int:
    return 1 + (ann.kind == "claim") + bool(ann.note)


def entry_rows(
    ann: Annotation, colour: str, width: int, me: str | None = None, fill: str | None = None
) -> list[Text]:
    """The rows of one entry, each cut to `width` cells: `■ LABEL text`, the claim's status, the note.
    A tag of another annotator than `me` is marked with their name: `■ LABEL [bob] text`, on
    their fill (reader.tui.layers) when given."""
    first = Text(no_wrap=True, overflow="ellipsis")
    first.append("■ ", style=colour)
    first.append(clean(ann.label), "bold")
    first.append(" ")
    if me is not None and ann.annotator and ann.annotator != me:
        first.append(f"[{shorten(ann.annotator, 16)}]", name_style(fill) if fill else "italic reverse")
        first.append(" ")
    first.append(shorten(ann.text, 60))
    rows = [first]
    if ann.kind == "claim":
        extra = [clean(ann.claim_status or "unverified")]
        if ann.claimant:
            extra.append("by " + clean(ann.claimant))
        if ann.quantity_ids:
            n = len(ann.quantity_ids)
            extra.append(f"{n} quantit{'y' if n == 1 else 'ies'}")
        rows.append(Text("  " + " · ".join(extra), "italic", no_wrap=True, overflow="ellipsis"))
    if ann.note:
        rows.append(Text("  ✎ " + shorten(ann.note, 60), "dim", no_wrap=True, overflow="ellipsis"))
    for row in rows:
        row.truncate(width, overflow="ellipsis", pad=True)
    return rows
