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
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

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
        self._move_help_first()
        self.call_after_refresh(self._leave_out_cut)  # once laid out again, help moved first

    def _leave_out_cut(self, tries: int = 20) -> None:
        """Leave out, whole, the keys that do not fit: at 80 columns the reading view's footer
        ended on a bare "m" (its "Status" cut off), a key offered with no word for what it does.
        A group's keys go with its word. ? Help, first, lists them all."""
        if not self.is_attached or self.region.width == 0:
            return
        shown = [w for w in self.children if w.display and not w.has_class("-command-palette")]
        laid = [w.region for w in shown]
        if any(r.width == 0 for r in laid) or any(a.x >= b.x for a, b in zip(laid, laid[1:], strict=False)):
            if tries:  # not laid out yet (the help key just moved first): in a moment
                self.set_timer(0.05, lambda: self._leave_out_cut(tries - 1))
            return
        right = self.region.right
        for i, widget in enumerate(shown):
            if widget.region.right > right:
                cut = shown[i:]
                help_key = next((w for w in cut if getattr(w, "action", None) in HELP_ACTIONS), None)
                if help_key is not None:  # ? Help goes first instead (it lists what is left out)
                    self.move_child(help_key, before=self.children[0])
                    self.refresh(layout=True)
                    if tries:
                        self.set_timer(0.05, lambda: self._leave_out_cut(tries - 1))
                    return
                for later in shown[i:]:
                    later.display = False
                if i > 0 and isinstance(widget, FooterLabel) and isinstance(shown[i - 1], KeyGroup):
                    shown[i - 1].display = False
                break

    def _move_help_first(self) -> None:
        """Move the help key first when narrow, or when it is laid out past the right edge."""
        if not self.children or not self.is_attached:
            return
        first = self.children[0]
        for key in self.query(FooterKey):
            if key.action in HELP_ACTIONS and key.parent is self and key is not first:
                cut = key.region.width > 0 and key.region.right > self.region.right
                if self.compact or cut:
                    self.move_child(key, before=first)
                    self.refresh(layout=True)  # lay the keys out again (what fits is read from it)
                break

    def on_resize(self, event: events.Resize) -> None:
        compact = event.size.width < NARROW
        if compact != self.compact:
            self.compact = compact
            self.show_command_palette = not compact  # ctrl+p still works; help (?) lists it
            if self.is_attached and not self._pending:
                self._pending = True
                self.call_after_refresh(self._recompose_if_changed)
        elif self.is_attached and not self._pending:
            self._pending = True
            self.call_after_refresh(self._refit)

    async def _refit(self) -> None:
        """The width changed: keys left out may fit now (all shown again), or others may not."""
        self._pending = False
        if not self.is_attached:
            return
        if any(not w.display for w in self.children):
            await self.recompose()
        else:
            self._leave_out_cut()
