"""Textual's Input, with its own editing keys run as they are read.

Textual's Input inserts a letter the moment it reads the key, but a key it has a binding for
(backspace, ctrl+u, end, the arrows...) goes up the widget tree to the app, hop by hop through
message queues, and its action runs only there. Typed in a burst, the letters after it overtook it:
"battery", End, two backspaces and "xyz" gave "batteryx" (Textual issue 6605; the fix proposed
upstream, pull request 6631, is not released). Here the field runs its own non-priority binding at
once, as the app would have (the same action, the same checks), and stops the key; keys it has no
binding for (escape, tab, enter for a screen) still go up as before. Every text field of reader
uses this class. It reads `_bindings`, a Textual internal: Textual is pinned, and
tests/tui/test_typing_order.py fails if this stops holding."""

from __future__ import annotations

from textual import events
from textual.widgets import Input as TextualInput


class Input(TextualInput):
    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # Textual's Input._on_key, next in the class order, inserts it
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the app ran priority bindings before the key came here
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
