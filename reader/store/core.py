"""What the store's parts (the mixins of reader.store.store.Store) use of each other, declared once
so the type checker knows it. Store defines each of these in one of its parts."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.models import Label
    from reader.store.entity_store import EntityState


def inserted_id(cur: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (the sqlite3 module types lastrowid as optional)."""
    rowid = cur.lastrowid
    assert rowid is not None, "no row was inserted"
    return rowid


def run_later(conn: sqlite3.Connection, sql: str, params: Sequence = ()) -> None:
    """A statement of a write transaction whose result nobody reads: on PostgreSQL it goes to the
    server with the next one (the COMMIT at the latest), saving a round trip while the library's
    write lock is held; SQLite runs it now. An error in it fails that next statement."""
    defer = getattr(conn, "defer", None)
    if defer is None:
        conn.execute(sql, params)
    else:
        defer(sql, params)


class Result:
    """One statement's rows, and the id an INSERT made (read_together)."""

    def __init__(self, rows: list[tuple], lastrowid: int | None) -> None:
        self.rows, self.lastrowid = rows, lastrowid


def read_together(conn: sqlite3.Connection, statements: Sequence[tuple[str, Sequence]]) -> list[Result]:
    """Statements of a write transaction that do not depend on each other's results: on
    PostgreSQL sent in one pipeline (one round trip while the lock is held), on SQLite one after
    another. Each gives its rows and, for an INSERT, the new row's id."""
    together = getattr(conn, "read_together", None)
    if together is not None:
        return together(statements)
    out = []
    for sql, params in statements:
        cur = conn.execute(sql, params)
        out.append(Result(cur.fetchall(), cur.lastrowid))
    return out


def lock_entity_name(conn: sqlite3.Connection, key: str) -> None:
    """Before looking up or making the entity an alias key names: on PostgreSQL, where tags on
    different articles are added side by side, two of them naming a new entity at once must not
    make it twice (a lock on the key until the transaction ends; SQLite has one writer anyway)."""
    defer = getattr(conn, "defer", None)
    if defer is not None:
        defer("SELECT pg_advisory_xact_lock(?)", (conn.lock_key("entity", key),))  # type: ignore[attr-defined]


def lock_key(library: str, *parts: object) -> int:
    """A PostgreSQL advisory lock's key (one bigint) for a lock of the library in schema `library`:
    advisory locks are the database's, so a key without the schema made another library's writes
    (another desk's, the tests' schemas side by side) wait for ours. 64 bits of a hash: two keys
    alike would only make one write wait for an unrelated one."""
    import hashlib

    text = "\0".join(["reader", library, *(str(p) for p in parts)])
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big", signed=True)


class StoreCore:
    conn: sqlite3.Connection
    # The database file, or on a server its URL without the password (reader.store.pg_connection).
    path: Path | str
    dialect: str  # "sqlite" or "postgresql"
    readonly: bool
    # Told (from a timer thread) when a write has waited a second for another program's lock.
    on_wait: Callable[[str], None] | None
    _lock: threading.RLock
    # Store.batch (connection.py): the thread whose writes are savepoints of one transaction, how
    # deep they nest, and the labels read meanwhile (labels.get_label). Unset until a first batch.
    _batch_thread: int | None
    _batch_depth: int
    _batch_labels: dict[str, Label] | None
    _read_uri: str
    # PostgreSQL only: the full URL, the pool, the LISTEN connection and the changes it heard (those
    # NOTIFYed with the name of the library's schema, _schema).
    url: str
    _pool: Any
    _listener: Any
    _schema: str
    _listener_lock: threading.Lock
    _changes: int

    if TYPE_CHECKING:

        def _read(self, sql: str, params: Sequence | dict = ()) -> list[tuple]: ...

        def _write(self, article_id: int | None = None) -> AbstractContextManager[sqlite3.Connection]: ...

        def _reading(self) -> AbstractContextManager[None]: ...

        def get_label(self, name: str) -> Label: ...

        def _describe(self, e: sqlite3.Error) -> str: ...

        def labels(self) -> list[Label]: ...

        def _pg_ranked_ids(self, query: str, where: list[str], params: list) -> list[int]: ...

        def _article_text(self, conn: sqlite3.Connection, article_id: int) -> str: ...

        def _link_mention(
            self,
            conn: sqlite3.Connection,
            annotation_id: int,
            label_id: int,
            text: str,
            found: list[tuple] | None = None,
            again: tuple[int, str] | None = None,
        ) -> int: ...

        def _drop_if_orphan(self, conn: sqlite3.Connection, entity_id: int) -> None: ...

        def _drop_orphans(self, conn: sqlite3.Connection, entity_ids: Iterable[int]) -> None: ...

        def _set_aside(self, conn: sqlite3.Connection, article_id: int, set_aside: Iterable[int]) -> None: ...

        def delete_articles(
            self, article_ids: Sequence[int], expected: dict[int, tuple] | None = None
        ) -> list[tuple[int, str | None]]: ...

        def _relink_mention(
            self,
            conn: sqlite3.Connection,
            annotation_id: int,
            label_id: int | None,
            old_id: int | None,
            text: str,
        ) -> tuple[EntityState, EntityState]: ...

        def _apply_entity_state(
            self, conn: sqlite3.Connection, target: EntityState, current: EntityState
        ) -> None: ...

        def _entity_state(self, conn: sqlite3.Connection, ids_json: str) -> EntityState: ...

        @staticmethod
        def _alias_query(label_id: int | None, key: str) -> tuple[str, tuple]: ...

        def _claimant_entity(
            self,
            conn: sqlite3.Connection,
            claimant: str | None,
            entity_id: int | None,
            label: str | None = None,
            again: tuple[int, str] | None = None,
            new_label: str | None = None,
        ) -> tuple[str | None, int | None]: ...

        def _entity_named(
            self, conn: sqlite3.Connection, label_id: int, text: str, canonical: str
        ) -> int: ...

        def _claimant_label_id(self, label: str) -> int: ...
