"""The one-line status bar: save state (always first, always visible), article position, a short
message (what just happened, or the suggestion under the cursor), counts per label.

When the line is narrow the counts shrink: "PERSON 2" becomes "PER 2", then the coloured square
and the number only, then they are dropped; the message is cut last, with an ellipsis. A flash (what
just happened, shown a few seconds) is read whole: the counts shrink or step aside while it shows, and
come back after; a standing message (a hint) only keeps its first 30 characters clear of the counts."""

from __future__ import annotations

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from reader.models import Label
from reader.tui.safe import clean
from reader.tui.save_state import SaveState

FLASH_S = 4.0  # how long a routine confirmation ("Tagged PERSON: …") stays


class StatusBar(Static):
    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; color: $foreground; padding: 0 1; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.position = ""
        self.counts: dict[str, int] = {}
        self.labels: list[Label] = []
        # Nothing said about saving until a change of this session has committed (AppScreen.write).
        self.save_state: SaveState = SaveState.NOTHING
        self.message = ""
        self.flash_text = ""
        self._flash_timer: Timer | None = None

    def show(
        self,
        *,
        position: str | None = None,
        counts: dict[str, int] | None = None,
        labels: list[Label] | None = None,
        save_state: SaveState | None = None,
        message: str | None = None,
    ) -> None:
        if position is not None:
            self.position = position
        if counts is not None:
            self.counts = counts
        if labels is not None:
            self.labels = labels
        if save_state is not None:
            self.save_state = SaveState(save_state)
        if message is not None:
            self.message = message
        self.refresh()

    def flash(self, text: str, seconds: float = FLASH_S) -> None:
        """Show a routine confirmation for a few seconds (in place of the message)."""
        self.flash_text = text
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self._flash_timer = self.set_timer(seconds, self._end_flash)
        self.refresh()

    def _end_flash(self) -> None:
        self.flash_text = ""
        self.refresh()

    def render(self) -> Text:  # type: ignore[override]
        return self.render_text(self.content_region.width or None)

    def _counts(self, style: str) -> Text:
        out = Text()
        for label in self.labels:
            n = self.counts.get(label.name, 0)
            name = clean(label.name)
            out.append("■", style=label.colour)
            if style == "full":
                out.append(f" {name} {n}  ")
            elif style == "short":
                out.append(f" {name[:3]} {n} ")
            else:
                out.append(f"{n} ")
        return out

    def render_text(self, width: int | None = None) -> Text:
        state = SaveState(self.save_state)
        head = Text(no_wrap=True)
        if state.shown:
            head.append(state.shown, state.style)
            head.append("  ")
        if self.position:
            head.append(clean(self.position), "bold")
            head.append("  ")
        message = clean(self.flash_text or self.message)
        flashing = bool(self.flash_text)
        counts = Text()
        if self.labels:
            want = len(message) if flashing else min(len(message), 30)
            for style in ("full", "short", "tiny"):
                counts = self._counts(style)
                need = len(head) + len(counts) + (want + 2 if message else 0)
                if width is None or need <= width:
                    break
            else:
                if width is not None and (
                    flashing or len(head) + len(counts) + min(len(message), 12) > width
                ):
                    counts = Text()
        out = head
        if message:
            room = None if width is None else max(0, width - len(head) - len(counts) - 2)
            if room is not None and len(message) > room:
                message = message[: max(0, room - 1)] + "…" if room > 1 else ""
            if message:
                out.append(message + "  ", "italic")
        out.append_text(counts)
        out.rstrip()
        out.no_wrap = True
        out.overflow = "ellipsis"
        return out
