"""A small dialog to change an entity annotation's label, note and span (its start and end move by
a word, or by a character with "by character" ticked: reader.span_edit.adjust_span)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Checkbox, Select, Static

from reader.errors import InvalidInput
from reader.models import Annotation
from reader.span_edit import Unit, adjust_span
from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean
from reader.tui.typing_input import Input


class NoteDialog(TypingDialog[dict | None]):
    FIRST_FIELD = "#note"
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("alt+h", "span('start_left')", "Span: start one left", id="dialog.start_left"),
        Binding("alt+j", "span('start_right')", "Span: start one right", id="dialog.start_right"),
        Binding("alt+k", "span('end_left')", "Span: end one left", id="dialog.end_left"),
        Binding("alt+l", "span('end_right')", "Span: end one right", id="dialog.end_right"),
        Binding("alt+c", "by_character", "Span: by word / by character", id="dialog.by_character"),
    ]
    HELP_NAME = "Edit annotation"

    def __init__(self, annotation: Annotation, labels: list[str], text: str | None = None) -> None:
        """text: the article's text, to move the span's edges in (none: the span stays)."""
        super().__init__()
        self.annotation = annotation
        self.labels = labels
        self.article_text = text
        self.span = (annotation.start, annotation.end)

    def compose(self) -> ComposeResult:
        a = self.annotation
        with Vertical(classes="dialog"):
            yield Static(Text("Edit annotation — enter saves · escape cancels", "bold"), markup=False)
            yield Static(Text(clean(a.text)), id="span-text", markup=False)
            if self.article_text is not None:
                with Horizontal(classes="span-buttons"):
                    yield Button("◀ start", id="start_left", compact=True)
                    yield Button("start ▶", id="start_right", compact=True)
                    yield Button("◀ end", id="end_left", compact=True)
                    yield Button("end ▶", id="end_right", compact=True)
                    yield Checkbox("by character", id="by-char", compact=True)
                yield Static(
                    "alt+h alt+j move the start, alt+k alt+l the end", classes="field-label", markup=False
                )
            # The note first: the dialog starts there, and tab goes on to the label, then the buttons.
            yield Static("Note (enter saves)", classes="field-label", markup=False)
            yield Input(
                # cleaned: an Input draws its value as it is, escapes and all (a note from a file)
                value=clean(a.note),
                placeholder="a note for this annotation",
                id="note",
                select_on_focus=False,
            )
            yield Static("Label", classes="field-label", markup=False)
            yield Select(
                [(Text(clean(n)), n) for n in self.labels], value=a.label, allow_blank=False, id="label"
            )
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def result(self) -> dict:
        return {
            "label": self.query_one("#label", Select).value,
            "note": self.query_one("#note", Input).value.strip(),
            "start": self.span[0],
            "end": self.span[1],
        }

    def action_span(self, move: str) -> None:
        from reader.tui.reading.spans import MOVES

        if self.article_text is None:
            return
        edge, grow = MOVES[move]
        unit: Unit = "char" if self.query_one("#by-char", Checkbox).value else "word"
        try:
            self.span = adjust_span(self.article_text, *self.span, edge=edge, grow=grow, unit=unit)
        except InvalidInput as e:
            self.notify(clean(str(e)), markup=False, severity="warning", timeout=3)
            return
        self.query_one("#span-text", Static).update(Text(clean(self.article_text[slice(*self.span)])))

    def action_by_character(self) -> None:
        box = self.query_one("#by-char", Checkbox)
        box.value = not box.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id in ("start_left", "start_right", "end_left", "end_right"):
            self.action_span(event.button.id)
            return
        self.dismiss(self.result() if event.button.id == "save" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
