"""Keys a journalist remaps in a file: keys.toml in reader's config folder (or the file $READER_KEYS
names), read when the TUI starts. `reader keys` lists every key that can be remapped and the file.

    [keys]
    "reading.undo" = "z"            # a binding id = its keys, comma-separated
    "reading.next_annotation" = "n,tab"

Label keys (tag with PERSON, ...) belong to the labels: `reader labels` changes them."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from textual.binding import Binding
from textual.dom import DOMNode

from reader.errors import InvalidInput

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_LABEL_KEY = re.compile(r"reading\.tag\d+")
_MODIFIERS = {"ctrl", "alt", "shift", "super", "meta", "hyper"}
_NAMED = {
    "escape", "enter", "tab", "space", "backspace", "left", "right", "up", "down", "home", "end",
    "insert", "delete", "pageup", "pagedown", *(f"f{n}" for n in range(1, 25)),
}  # fmt: skip
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def _key_names() -> dict[str, str]:
    """Every base key a terminal sends, by what a keys file may call it: letters and digits, the
    named keys, ASCII punctuation by its character ("/") or by Textual's name ("slash")."""
    from textual.keys import _character_to_key

    names = {c: c for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"}
    names.update({n: n for n in _NAMED})
    for c in _PUNCTUATION:
        names[c] = names[_character_to_key(c)] = _character_to_key(c)
    return names


def check_key(key: str) -> str | None:
    """A key as Textual names it ("ctrl+z", "full_stop"), or None when no key sends it (a typo,
    a character no keyboard key gives, control characters)."""
    *mods, base = key.split("+") if key != "+" else ["+"]
    if any(m not in _MODIFIERS for m in mods) or len(set(mods)) != len(mods):
        return None
    name = _key_names().get(base)
    return "+".join([*mods, name]) if name else None


@dataclass(frozen=True)
class Remappable:
    id: str
    keys: str  # the default keys
    description: str
    where: str


def keys_path() -> Path:
    return Path(os.environ.get("READER_KEYS") or platformdirs.user_config_path("reader") / "keys.toml")


def _owners() -> list[tuple[str, type[DOMNode]]]:
    """(where, class) of every set of bindings; the app's apply on every screen."""
    from reader.tui.agreement_screen import AgreementScreen
    from reader.tui.annotation_panel import AnnotationPanel
    from reader.tui.app import ReaderApp
    from reader.tui.article_list import ArticleList
    from reader.tui.claim_form import ClaimForm
    from reader.tui.claims_screen import ClaimsScreen
    from reader.tui.confirm import ConfirmDialog
    from reader.tui.desk_screen import DeskScreen
    from reader.tui.entities_screen import EntityIndexScreen
    from reader.tui.export_dialog import ExportDialog
    from reader.tui.help import HelpScreen
    from reader.tui.library import LibraryScreen
    from reader.tui.metadata_screen import MetadataScreen
    from reader.tui.note_dialog import NoteDialog
    from reader.tui.occurrence_review_dialog import OccurrenceReviewDialog
    from reader.tui.page_view import PageScreen
    from reader.tui.reading import ReadingScreen
    from reader.tui.reading.find import FindBar
    from reader.tui.review_screen import ReviewScreen

    return [
        ("everywhere", ReaderApp),
        ("library", LibraryScreen),
        ("library", ArticleList),
        ("reading view", ReadingScreen),
        ("reading view", AnnotationPanel),
        ("title, byline, dateline", MetadataScreen),
        ("find bar", FindBar),
        ("entity index", EntityIndexScreen),
        ("claims", ClaimsScreen),
        ("dialogs", ClaimForm),
        ("dialogs", NoteDialog),
        ("review occurrences", OccurrenceReviewDialog),
        ("dialogs", ConfirmDialog),
        ("dialogs", ExportDialog),
        ("help", HelpScreen),
        ("original page", PageScreen),
        ("review", ReviewScreen),
        ("desk", DeskScreen),
        ("agreement", AgreementScreen),
    ]


def remappable() -> dict[str, Remappable]:
    """Every binding that has an id, by id (label keys excepted)."""
    found: dict[str, Remappable] = {}
    for where, owner in _owners():
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id and not _LABEL_KEY.fullmatch(binding.id):
                description = binding.tooltip or binding.description
                found.setdefault(binding.id, Remappable(binding.id, binding.key, description, where))
    return found


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The remapped keys in path (default keys_path()), checked: an unknown id, a label key, an empty
    value or one key given to two things in one place is an InvalidInput naming the file."""
    path = path or keys_path()
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InvalidInput(f"cannot read the keys file {path}: {e}") from None
    table = data.get("keys", {})
    if not isinstance(table, dict) or set(data) - {"keys"}:
        raise InvalidInput(f"the keys file {path} holds one [keys] table of binding id = keys")
    known = remappable()
    keymap: dict[str, str] = {}
    for binding_id, keys in table.items():
        if _LABEL_KEY.fullmatch(binding_id):
            raise InvalidInput(f"{path}: {binding_id} is a label key; change it with `reader labels`")
        if binding_id not in known:
            raise InvalidInput(f"{path}: no key binding is called {binding_id!r}; `reader keys` lists them")
        names = [k.strip() for k in keys.split(",")] if isinstance(keys, str) else []
        if not names or not all(names):
            raise InvalidInput(f'{path}: {binding_id} needs keys like "z" or "ctrl+z,u", not {keys!r}')
        checked = [check_key(name) for name in names]
        for name, key in zip(names, checked, strict=True):
            if key is None:  # repr: a name holding escapes is shown escaped, never sent raw
                raise InvalidInput(
                    f"{path}: {binding_id}: no key is called {name!r} "
                    '(use letters, digits, punctuation, names like "escape" or "f2", with "ctrl+")'
                )
        keymap[binding_id] = ",".join(k for k in checked if k)
    _check_conflicts(path, keymap)
    return keymap


def _check_conflicts(path: Path, keymap: dict[str, str]) -> None:
    """One key for two things on the same screen would leave one of them out of reach."""
    app_bindings = [b for b in _owners()[0][1].BINDINGS if isinstance(b, Binding)]
    for _, owner in _owners()[1:]:
        seen: dict[str, str] = {}
        # Label keys (1-9) count: they are taken on the reading view even though they are not remapped.
        for binding in [b for b in owner.BINDINGS if isinstance(b, Binding)] + app_bindings:
            if not binding.id:
                continue
            for key in keymap.get(binding.id, binding.key).split(","):
                other = seen.setdefault(key, binding.id)
                if other != binding.id and (binding.id in keymap or other in keymap):
                    raise InvalidInput(f"{path}: {key!r} would be both {other} and {binding.id}")
