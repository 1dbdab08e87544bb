"""Dialogs close once, and those with a text field keep what is typed right after the key that
opened them.

A dialog focuses its first field when it is mounted, a moment after the key that opened it:
keys typed in that moment (fast typing, tmux send-keys, a macro) reached the dialog with nothing
focused and were lost. Here they go into the field."""

from __future__ import annotations

from typing import TypeVar

from textual import events
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.screen import ModalScreen

from reader.tui.typing_input import Input

ResultT = TypeVar("ResultT")


class OnceDialog(ModalScreen[ResultT]):
    """A dialog that closes only while it is in front. Textual's dismiss pops whatever screen is in
    front: Enter then Esc typed at once in the export dialog (both read while it was in front)
    closed it, then the library under it, leaving a blank screen that no key but quitting left
    (the key walk, benchmarks/key_walk.py, seed 233). A second close is now nothing."""

    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete.nothing()
        return super().dismiss(result)


class TypingDialog(OnceDialog[ResultT]):
    FIRST_FIELD = "Input"  # the field early keys go to (a CSS selector)
    # Widgets (CSS selectors) whose typed keys go to FIRST_FIELD too: a choice the dialog opens on
    # (the verdict), so typing at once still writes the explanation.
    TYPED_FROM: tuple[str, ...] = ()
    # Tab as a priority key: the focus moves when the app reads the key, so what is typed right
    # after it goes to the next field (as a plain binding, it reached the field before and stayed).
    BINDINGS = [
        Binding("tab", "app.focus_next", "Next field", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "Previous field", show=False, priority=True),
    ]

    def first_field(self) -> Input | None:
        found = self.query(self.FIRST_FIELD)
        field = found.first() if found else None
        return field if isinstance(field, Input) else None

    def early_key(self, key: events.Key) -> bool:
        """A key read while the screen below was still in front (the app hands it here): Enter
        is the first field's Enter once the dialog has focused it (X then Enter at once exports
        to the path proposed; it was lost). Other keys go on as usual (on_key)."""
        if key.key != "enter" or self.first_field() is None:
            return False
        self.call_after_refresh(self._early_enter)
        return True

    async def _early_enter(self) -> None:
        field = self.first_field()
        if field is not None and self.is_active:
            self.set_focus(field)
            await field.action_submit()

    def on_key(self, event: events.Key) -> None:
        # Only keys nothing else took: an Input stops the printable keys it inserts.
        if not event.is_printable or not event.character:
            return
        field = self.first_field()
        if field is None:
            return
        typed_from = [w for selector in self.TYPED_FROM for w in self.query(selector)]
        if self.focused not in (None, field, *typed_from):
            return
        event.stop()
        event.prevent_default()
        field.insert_text_at_cursor(event.character)
        if self.focused is not field:
            self.set_focus(field)
