"""Labels: the tag set, its names, colours and hotkeys."""

from __future__ import annotations

import sqlite3

from reader.errors import InvalidInput
from reader.models import (
    LABEL_KINDS,
    Label,
)
from reader.normalize import normalize_field
from reader.store.core import StoreCore
from reader.store.rows import (
    _check_colour,
    _check_hotkey,
    _label_name,
)


class LabelsMixin(StoreCore):
    """The labels table."""

    def labels(self) -> list[Label]:
        return [
            Label(*r)
            for r in self._read("SELECT id, name, kind, colour, hotkey, description FROM labels ORDER BY id")
        ]

    def builtin_label_names(self) -> dict[str, str]:
        """The built-in labels' names as the suggester knows them (PERSON, ..., CLAIM) -> their names
        now. They are the first rows of the labels table, so a rename keeps the id they are found by."""
        from reader.store.schema import DEFAULT_LABELS

        rows = self._read("SELECT id, name, kind FROM labels WHERE id <= ?", (len(DEFAULT_LABELS),))
        return builtin_names([Label(r[0], r[1], r[2], "", None) for r in rows])

    def get_label(self, name: str) -> Label:
        """The label named so (case ignored). Inside Store.batch, read once per name: the batch
        holds the library's write lock, so no other program changes labels meanwhile."""
        cache: dict[str, Label] | None = getattr(self, "_batch_labels", None)
        if cache is not None and name.casefold() in cache:
            return cache[name.casefold()]
        rows = self._read(
            "SELECT id, name, kind, colour, hotkey, description FROM labels WHERE name = ? COLLATE NOCASE",
            (name,),
        )
        if not rows:
            known = ", ".join(label.name for label in self.labels())
            raise InvalidInput(f"unknown label {name!r}; known labels: {known}")
        if cache is not None:
            cache[name.casefold()] = Label(*rows[0])
        return Label(*rows[0])

    def add_label(
        self,
        name: str,
        kind: str = "entity",
        colour: str = "#56b6c2",
        hotkey: str | None = None,
        description: str | None = None,
    ) -> Label:
        name = _label_name(name)
        description = normalize_field(description)
        if kind not in LABEL_KINDS:
            raise InvalidInput(f"unknown label kind {kind!r}; use entity or claim")
        _check_colour(colour)
        hotkey = _check_hotkey(hotkey)
        self._batch_labels = {} if getattr(self, "_batch_labels", None) is not None else None
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM labels WHERE name = ? COLLATE NOCASE", (name,)).fetchone():
                raise InvalidInput(f"a label named {name} already exists")
            self._hotkey_free(conn, hotkey, None)
            conn.execute(
                "INSERT INTO labels (name, kind, colour, hotkey, description) VALUES (?, ?, ?, ?, ?)",
                (name, kind, colour, hotkey, description),
            )
        return self.get_label(name)

    def _hotkey_free(self, conn: sqlite3.Connection, hotkey: str | None, label_id: int | None) -> None:
        if hotkey is None:
            return
        row = conn.execute("SELECT id, name FROM labels WHERE hotkey = ?", (hotkey,)).fetchone()
        if row and row[0] != label_id:
            raise InvalidInput(f"hotkey {hotkey} is already used by {row[1]}")

    def update_label(
        self,
        name: str,
        *,
        new_name: str | None = None,
        colour: str | None = None,
        hotkey: str | None = None,
        clear_hotkey: bool = False,
        description: str | None = None,
    ) -> Label:
        """Rename, recolour or re-key a label. Annotations point at the label's id, so they follow."""
        label = self.get_label(name)
        updates: dict[str, object] = {}
        if new_name is not None:
            updates["name"] = _label_name(new_name)
        if colour is not None:
            updates["colour"] = _check_colour(colour)
        if hotkey is not None:
            updates["hotkey"] = _check_hotkey(hotkey)
        if clear_hotkey:
            updates["hotkey"] = None
        if description is not None:
            updates["description"] = normalize_field(description)
        if not updates:
            return label
        self._batch_labels = {} if getattr(self, "_batch_labels", None) is not None else None
        with self._write() as conn:
            if "name" in updates:
                clash = conn.execute(
                    "SELECT id FROM labels WHERE name = ? COLLATE NOCASE AND id != ?",
                    (updates["name"], label.id),
                ).fetchone()
                if clash:
                    raise InvalidInput(f"a label named {updates['name']} already exists")
            if updates.get("hotkey"):
                self._hotkey_free(conn, updates["hotkey"], label.id)  # type: ignore[arg-type]
            sets = ", ".join(f"{k} = ?" for k in updates)
            conn.execute(f"UPDATE labels SET {sets} WHERE id = ?", (*updates.values(), label.id))
        return self.get_label(str(updates.get("name", label.name)))


def builtin_names(labels: list[Label]) -> dict[str, str]:
    """What each built-in label (PERSON, ORG, PLACE, QUANTITY, DATE, CLAIM) is called now, from the
    labels as stored: they are the first rows, found by id, so a renamed one ("PERSONNE") is still
    the person label; a row of another kind there, or none, leaves the built-in name."""
    from reader.store.schema import DEFAULT_LABELS

    rows = {label.id: label for label in labels}
    names = {}
    for i, (builtin, kind, *_rest) in enumerate(DEFAULT_LABELS, start=1):
        row = rows.get(i)
        names[builtin] = row.name if row is not None and row.kind == kind else builtin
    return names
