"""A yes/no question before a bulk change (reject all, tag every occurrence across articles)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from reader.tui.dialog import OnceDialog


class ConfirmDialog(OnceDialog[bool]):
    """Dismisses with True (y, or enter on the focused Yes button) or False (n, escape). With
    default_yes False (a change that cannot be undone and loses work) No has the focus: enter keeps."""

    HELP_NAME = "Confirm"
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: Text, yes: str = "Yes", default_yes: bool = True) -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.default_yes = default_yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, id="question", markup=False)
            hint = (
                "y or enter: yes · n or escape: no" if self.default_yes else "y: yes · n, enter or escape: no"
            )
            yield Static(Text(hint, "italic"), markup=False)
            with Horizontal(classes="buttons"):
                yield Button("No", id="no")
                yield Button(Text(self.yes), id="yes", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#yes" if self.default_yes else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
