"""An OptionList that keeps the moves typed before its first options arrive (`C` then `↓` at once:
the claims are read in a worker) and makes them once the list is there, as the library holds the
keys typed ahead of a search; and that remembers the row it showed highlighted when a reload took
that row away (a colleague's change), for the keys pressed before the new list could be seen."""

from __future__ import annotations

import time
from typing import Any

from textual.widgets import OptionList

# How long after a reload took the highlighted row away a key still means that row: a key pressed
# within it was on its way before the new highlight could be seen (about a human reaction time).
SEEN_S = 0.5


class EndOptionList(OptionList):
    """An OptionList whose ↑ and ↓ stop at its ends, as the library's list does (Textual's wraps:
    holding ↓ to reach the last entity ran past it to the first)."""

    def _step(self, direction: int) -> None:
        if self.highlighted is None:
            (OptionList.action_cursor_down if direction > 0 else OptionList.action_cursor_up)(self)
            return
        i = self.highlighted + direction
        while 0 <= i < self.option_count:
            if not self.get_option_at_index(i).disabled:
                self.highlighted = i
                return
            i += direction

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)


def _held(move: str):  # noqa: ANN202
    """EndOptionList's action for `move`, kept for later while the list has no options yet."""

    def action(self: HeldOptionList) -> None:
        self._gone = None  # the user moves from what they see now
        if self.filled:
            getattr(EndOptionList, f"action_{move}")(self)
        else:
            self._held.append(move)

    return action


class HeldOptionList(EndOptionList):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.filled = False  # set by filled_now(), when the screen has put the first options in
        self._held: list[str] = []
        self._gone: tuple[Any, float] | None = None  # (the row taken away, until when it counts)

    def taken_away(self, row: Any) -> None:
        """A reload took the highlighted row away (the highlight moved to another): keys pressed in
        the next SEEN_S still mean it (seen)."""
        self._gone = (row, time.monotonic() + SEEN_S)

    def seen(self, now_highlighted: Any) -> Any:
        """The row a key pressed now means: the one a reload just took away (the user saw it
        highlighted, not the one that took its place), else the one highlighted now."""
        if self._gone is not None and time.monotonic() < self._gone[1]:
            return self._gone[0]
        self._gone = None
        return now_highlighted

    def filled_now(self) -> None:
        """The first options are in: make the moves typed meanwhile, in order."""
        if self.filled:
            return
        self.filled = True
        held, self._held = self._held, []
        for move in held:
            getattr(EndOptionList, f"action_{move}")(self)

    action_cursor_up = _held("cursor_up")
    action_cursor_down = _held("cursor_down")
    action_first = _held("first")
    action_last = _held("last")
    action_page_up = _held("page_up")
    action_page_down = _held("page_down")
