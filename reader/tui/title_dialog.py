"""A dialog for the article's title (`t` in the reading view): the title as it is (empty for an
article shown as "(untitled)"), Enter saves, Esc keeps the old one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from reader.tui.dialog import TypingDialog
from reader.tui.safe import clean
from reader.tui.typing_input import Input


class TitleDialog(TypingDialog[str | None]):
    HELP_NAME = "Title"
    FIRST_FIELD = "#title"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="title.cancel")]

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.title_now = title or ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Title — enter saves · escape cancels", "bold"), markup=False)
            yield Input(
                value=clean(self.title_now),
                placeholder="the article's title",
                id="title",
                select_on_focus=False,
            )

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.notify("Give a title (escape keeps the old one)", severity="warning", markup=False)
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
