"""Errors a user can cause. The CLI prints their message on one line and exits non-zero."""

from __future__ import annotations


class ReaderError(Exception):
    """Base class: the message is written for the user."""


class StoreError(ReaderError):
    """The database cannot be opened, is locked, corrupt, read-only or full."""


class NotFound(ReaderError):
    """An article, label or annotation id that does not exist."""


class InvalidInput(ReaderError):
    """A value the user gave that cannot be used (unknown label, text not found, bad query...)."""


class AlreadyTagged(InvalidInput):
    """The same label on the same words twice: refused, and nothing is lost (the TUI says
    "already tagged", not "not saved")."""


class EditConflict(ReaderError):
    """Two people edited one tag: someone else changed it after this editor last saw it. Nothing
    was written; the editor sees what is stored now and decides again."""


class TextChanged(EditConflict):
    """The article's text was replaced (a colleague's body fix, a reclean) after the writer counted
    a tag's offsets in it, and the tag's words could not be found in the new text: nothing was
    written; the screen shows the new text. The message names the words, and who changed the text
    once the store knows (by)."""

    def __init__(self, words: str, where: str, outcome: str, by: str | None = None) -> None:
        self.words, self.where, self.outcome, self.by = words, where, outcome, by
        short = " ".join(words.split())
        short = short if len(short) <= 30 else short[:29] + "…"
        who = f" by {by}" if by else ""
        super().__init__(
            f"the article's {where} was changed{who} meanwhile (a body fix or a reclean): "
            f"“{short}” is not in it any more, {outcome}"
        )

    def by_whom(self, by: str | None) -> TextChanged:
        """The same error naming who changed the text."""
        return TextChanged(self.words, self.where, self.outcome, by) if by else self
