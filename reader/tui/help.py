"""The help screen: every key binding of the current screen and of the app."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from reader.tui.bindings import key_actions
from reader.tui.dialog import OnceDialog
from reader.tui.safe import clean


class HelpScreen(OnceDialog[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, padding=(0, 2))
        # at most a third of the width for the keys (they wrap between keys): at 60 columns the
        # longest list of keys took two thirds and cut the actions' words
        table.add_column("Key", max_width=max(16, self.app.size.width // 3))
        table.add_column("Action")
        self.rows: list[tuple[str, str]] = []
        store = getattr(self.app, "store", None)
        labels = store.labels() if store is not None else []
        keymap = getattr(self.app, "keymap", None)
        actions = key_actions(self.under, list(type(self.app).BINDINGS), labels, keymap)
        for ka in actions:
            self.rows.append((ka.keys, ka.description))
        for keys, description in self.rows:
            table.add_row(Text(keys, "bold"), Text(clean(description)))
        # the labels and their keys only where those keys tag (an article, its title and dateline):
        # the library's help listed them, and 1-9 do nothing there
        tagging = any(ka.action.startswith("tag(") for ka in actions)
        if labels and tagging:
            table.add_row(Text(""), Text(""))
            table.add_row(Text("Labels", "bold underline"), Text(""))
            for label in labels:
                if label.hotkey:
                    row = Text()
                    row.append("■ ", style=label.colour)
                    row.append(clean(label.name))
                    if label.description:
                        row.append(" — " + clean(label.description), "italic")
                    self.rows.append((clean(label.hotkey), row.plain))
                    table.add_row(Text(clean(label.hotkey), "bold"), row)
        name = getattr(self.under, "HELP_NAME", "")
        with Vertical(classes="dialog"):
            yield Static(Text(f"Keys — {name}  (escape closes)", "bold"), markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(table, id="help-table")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
