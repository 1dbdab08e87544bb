"""The command palette provider: the same actions as the key bindings of the current screen."""

from __future__ import annotations

from functools import partial

from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider

from reader.tui.bindings import key_actions


class ReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, str, str]]:
        screen = self.screen
        out = []
        seen = set()
        store = getattr(self.app, "store", None)
        labels = store.labels() if store is not None else None
        for ka in key_actions(
            screen, list(type(self.app).BINDINGS), labels, getattr(self.app, "keymap", None)
        ):
            if not ka.action or ka.action == "app.command_palette" or ka.description in seen:
                continue
            seen.add(ka.description)
            out.append((ka.description, ka.action, ka.keys))
        return out

    async def _run(self, action: str) -> None:
        target = self.screen
        if action.startswith("app."):
            await self.app.run_action(action[4:])
        else:
            await self.app.run_action(action, target)

    async def discover(self) -> Hits:
        for name, action, keys in self._commands():
            yield DiscoveryHit(name, partial(self._run, action), help=f"key: {keys}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, keys in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._run, action), help=f"key: {keys}")


class ReaderCommandPalette(CommandPalette):
    """Textual's command palette, whose page keys wait until its list has a size: `ctrl+p` then
    `PgDn` typed at once raised KeyError out of OptionList._move_page (the list held its commands
    but, not laid out yet, no line for any of them), and the app closed with a traceback. Textual
    is pinned; tests/tui/test_key_walk_findings.py fails loudly if this stops holding."""

    def _action_command_list(self, action: str) -> None:
        if action in ("page_up", "page_down"):
            found = self.query(CommandList)
            if not found or not found.first().scrollable_content_region:
                return  # no page of commands on screen yet: nothing to move through
        super()._action_command_list(action)
