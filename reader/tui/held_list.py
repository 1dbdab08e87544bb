"""An OptionList that keeps the moves typed before its first options arrive (`C` then `↓` at once:
the claims are read in a worker) and makes them once the list is there, as the library holds the
keys typed ahead of a search."""

from __future__ import annotations

from textual.widgets import OptionList

_MOVES = ("cursor_up", "cursor_down", "first", "last", "page_up", "page_down")


class HeldOptionList(OptionList):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.filled = False  # set by filled_now(), when the screen has put the first options in
        self._held: list[str] = []

    def filled_now(self) -> None:
        """The first options are in: make the moves typed meanwhile, in order."""
        if self.filled:
            return
        self.filled = True
        held, self._held = self._held, []
        for move in held:
            getattr(super(), f"action_{move}")()

    def _hold(self, move: str) -> bool:
        if not self.filled:
            self._held.append(move)
        return not self.filled

    def action_cursor_up(self) -> None:
        if not self._hold("cursor_up"):
            super().action_cursor_up()

    def action_cursor_down(self) -> None:
        if not self._hold("cursor_down"):
            super().action_cursor_down()

    def action_first(self) -> None:
        if not self._hold("first"):
            super().action_first()

    def action_last(self) -> None:
        if not self._hold("last"):
            super().action_last()

    def action_page_up(self) -> None:
        if not self._hold("page_up"):
            super().action_page_up()

    def action_page_down(self) -> None:
        if not self._hold("page_down"):
            super().action_page_down()
