"""Gathering the key bindings of the app and a screen, for the help screen and the command palette."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding
from textual.screen import Screen


@dataclass
class KeyAction:
    keys: str
    description: str
    action: str
    where: str  # "app" or the screen's name


def _display(keys: str) -> str:
    names = {
        "question_mark": "?",
        "slash": "/",
        "less_than_sign": "<",
        "greater_than_sign": ">",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "left_curly_bracket": "{",
        "right_curly_bracket": "}",
        "full_stop": ".",
        "comma": ",",
    }
    return ", ".join(names.get(k, k) for k in keys.split(","))


def hint_key(keymap: dict[str, str] | None, binding_id: str, default: str) -> str:
    """The key a hint names for binding_id: the first of its keys as remapped (keys.toml), else of
    `default` (its keys in the code), as the footer and help show it ("/", "ctrl+f")."""
    keys = (keymap or {}).get(binding_id) or default
    return _display(keys.split(",")[0].strip())


_TAG = re.compile(r"tag\('(\w)'\)")


def key_actions(
    screen: Screen, app_bindings: list, labels: list | None = None, keymap: dict[str, str] | None = None
) -> list[KeyAction]:
    """Every binding the user can use on this screen (the screen's own, its extra keys, the app's).

    With `labels` (store.labels()), the tag keys say which label they tag with ("Tag selection as
    PERSON"); a key with no label is left out. keymap: the keys the user remapped, by binding id."""
    keymap = keymap or {}

    def shown_keys(binding: Binding) -> str:
        return _display(keymap.get(binding.id, binding.key) if binding.id else binding.key)

    out: list[KeyAction] = []
    where = getattr(screen, "HELP_NAME", type(screen).__name__)
    names = {label.hotkey: label.name for label in labels or [] if label.hotkey}
    owned = []
    for widget in getattr(screen, "HELP_ALSO", ()):  # a widget's keys (open, move) before the screen's
        owned.extend(widget.BINDINGS)
    owned.extend(getattr(screen, "BINDINGS", []))
    for binding in owned:
        if isinstance(binding, Binding):
            description = binding.tooltip or binding.description  # the footer's label may be shorter
            tag = _TAG.fullmatch(binding.action)
            if tag and labels is not None:
                if tag.group(1) not in names:
                    continue
                description = f"Tag selection as {names[tag.group(1)]}"
            out.append(KeyAction(shown_keys(binding), description, binding.action, where))
    for keys, description in getattr(screen, "EXTRA_KEYS", []):
        out.append(KeyAction(keys, description, "", where))
    for binding in app_bindings:
        if isinstance(binding, Binding):
            out.append(
                KeyAction(shown_keys(binding), binding.tooltip or binding.description, binding.action, "app")
            )
    out.append(KeyAction("ctrl+p", "Command palette", "app.command_palette", "app"))
    return out
