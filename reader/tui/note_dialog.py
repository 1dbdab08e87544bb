"""A small dialog to change an entity annotation's label and note."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Select, Static

from reader.models import Annotation
from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean


class NoteDialog(TypingDialog[dict | None]):
    FIRST_FIELD = "#note"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]
    HELP_NAME = "Edit annotation"

    def __init__(self, annotation: Annotation, labels: list[str]) -> None:
        super().__init__()
        self.annotation = annotation
        self.labels = labels

    def compose(self) -> ComposeResult:
        a = self.annotation
        with Vertical(classes="dialog"):
            yield Static(Text("Edit annotation — enter saves · escape cancels", "bold"), markup=False)
            yield Static(Text(clean(a.text)), id="span-text", markup=False)
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
        }

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self.result())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self.result() if event.button.id == "save" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
