"""Textual's Footer, recomposed only when the keys it shows change.

The stock Footer rebuilds all its keys after every focus change and bindings update (three times
while the reading view opens, about 20 widgets each). This one keeps what it last showed and
skips the rebuild when the shown keys are the same, and schedules at most one rebuild at a time.
Below NARROW columns it draws its keys compact (no padding), so an 80-column terminal shows them.
The help key (?, which lists every key) comes first when narrow or when it would be cut at the right
(some screens have more keys than even 120 columns hold)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as _Footer
from textual.widgets._footer import FooterKey

NARROW = 100
HELP_ACTIONS = ("help", "app.help")


class Footer(_Footer):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None
        self._pending = False

    def _signature(self) -> tuple:
        shown = tuple(
            (binding.key, binding.action, binding.description, enabled, tooltip, binding.group)
            for (_node, binding, enabled, tooltip) in self.screen.active_bindings.values()
            if binding.show
        )
        return (shown, self.show_command_palette, self.compact)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._signature()
        # the keys of a group ("Filter": f, l, c) are drawn without padding: a space between them,
        # else they read as one key ("flc Filter")
        after_grouped = False
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.has_class("-grouped"):
                if after_grouped:
                    widget.key_display = " " + widget.key_display
                after_grouped = True
            else:
                after_grouped = False
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        if self._shown is None or self._signature() != self._shown:
            await self.recompose()

    async def recompose(self) -> None:
        await super().recompose()
        self._help_first()
        self.call_after_refresh(self._help_first)  # once laid out: is it cut?

    def _help_first(self) -> None:
        """Move the help key first when narrow, or when it is laid out past the right edge."""
        if not self.children or not self.is_attached:
            return
        first = self.children[0]
        for key in self.query(FooterKey):
            if key.action in HELP_ACTIONS and key.parent is self and key is not first:
                cut = key.region.width > 0 and key.region.right > self.region.right
                if self.compact or cut:
                    self.move_child(key, before=first)
                break

    def on_resize(self, event: events.Resize) -> None:
        compact = event.size.width < NARROW
        if compact != self.compact:
            self.compact = compact
            self.show_command_palette = not compact  # ctrl+p still works; help (?) lists it
            if self.is_attached and not self._pending:
                self._pending = True
                self.call_after_refresh(self._recompose_if_changed)
