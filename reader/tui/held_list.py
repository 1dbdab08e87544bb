"""An OptionList that keeps the moves typed before its first options arrive (`C` then `↓` at once:
the claims are read in a worker) and makes them once the list is there, as the library holds the
keys typed ahead of a search."""

from __future__ import annotations

from textual.widgets import OptionList


def _held(move: str):  # noqa: ANN202
    """OptionList's action for `move`, kept for later while the list has no options yet."""

    def action(self: HeldOptionList) -> None:
        if self.filled:
            getattr(OptionList, f"action_{move}")(self)
        else:
            self._held.append(move)

    return action


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
            getattr(OptionList, f"action_{move}")(self)

    action_cursor_up = _held("cursor_up")
    action_cursor_down = _held("cursor_down")
    action_first = _held("first")
    action_last = _held("last")
    action_page_up = _held("page_up")
    action_page_down = _held("page_down")
