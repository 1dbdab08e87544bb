"""The one-line status bar: article position, counts per label, save state."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.models import Label
from reader.tui.safe import clean


class StatusBar(Static):
    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.position = ""
        self.counts: dict[str, int] = {}
        self.labels: list[Label] = []
        self.save_state = "saved"
        self.message = ""

    def show(
        self,
        *,
        position: str | None = None,
        counts: dict[str, int] | None = None,
        labels: list[Label] | None = None,
        save_state: str | None = None,
        message: str | None = None,
    ) -> None:
        if position is not None:
            self.position = position
        if counts is not None:
            self.counts = counts
        if labels is not None:
            self.labels = labels
        if save_state is not None:
            self.save_state = save_state
        if message is not None:
            self.message = message
        self.update(self.render_text())

    def render_text(self) -> Text:
        out = Text(no_wrap=True, overflow="ellipsis")
        if self.position:
            out.append(clean(self.position), "bold")
            out.append("  ")
        if self.message:  # before the counts: it is what just changed (suggestions, sort order)
            out.append(clean(self.message) + "  ", "italic")
        for label in self.labels:
            n = self.counts.get(label.name, 0)
            out.append("■", style=label.colour)
            out.append(f" {clean(label.name)} {n}  ")
        state = self.save_state
        out.append("✓ saved" if state == "saved" else state, "bold" if state != "saved" else "")
        return out
