"""What the status bar says about the last change: a typed value, not a string to get wrong."""

from __future__ import annotations

from enum import Enum


class SaveState(str, Enum):
    """The save state at the left of the status bar. A str, so a state compares equal to its text."""

    SAVED = "saved"
    SAVING = "saving…"
    NOT_SAVED = "not saved"
    ALREADY_TAGGED = "already tagged"  # a duplicate tag refused: nothing was lost
    NOTHING = ""  # nothing there to save (an empty library): the bar says nothing

    @property
    def shown(self) -> str:
        return "✓ saved" if self is SaveState.SAVED else self.value

    @property
    def style(self) -> str:
        return "green" if self is SaveState.SAVED else "bold"
