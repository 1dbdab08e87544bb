"""What the store's parts (the entity and fact-check mixins) use of the Store they are mixed into,
declared once so the type checker knows it. Store (store.py) defines each of these."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.models import Label


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (the sqlite3 module types lastrowid as optional)."""
    rowid = cur.lastrowid
    assert rowid is not None, "no row was inserted"
    return rowid


class StoreCore:
    conn: sqlite3.Connection

    if TYPE_CHECKING:

        def _read(self, sql: str, params: Sequence | dict = ()) -> list[tuple]: ...

        def _write(self) -> AbstractContextManager[sqlite3.Connection]: ...

        def _reading(self) -> AbstractContextManager[None]: ...

        def get_label(self, name: str) -> Label: ...
